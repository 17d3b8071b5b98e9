/**
 * The worst-case latency of each alert, from the change in the cluster to the notification, as
 * the rendered configuration decides it (core/alert-latency.ts): what the synth summary prints
 * and the policy rule critical-alert-delivery checks.
 */
import * as path from 'path';
import { alertLatencies, alertLatenciesIn, prometheusDurationSeconds } from '../constructs/policy';
import { synthesize } from '../stacks/main';
import { yamlFileDocuments } from '../policies/documents';
import * as fs from 'fs';
import * as os from 'os';

test('Prometheus durations', () => {
  expect(['30s', '1m', '1h30m', '2d', '500ms', '1w'].map(prometheusDurationSeconds)).toEqual([30, 60, 5400, 172_800, 0.5, 604_800]);
  expect(['', '5', '1 m', 'PT1M'].map(prometheusDurationSeconds)).toEqual([undefined, undefined, undefined, undefined]);
});

test("scrape + evaluation (the group's own interval wins) + for + the longest group_wait of the routes the alert takes", () => {
  const latencies = alertLatencies({
    scrapeInterval: '15s',
    evaluationInterval: '30s',
    groups: [
      {
        rules: [
          { alert: 'A', for: '1m', labels: { severity: 'critical' } },
          { alert: 'B', labels: { severity: 'warning' } },
        ],
      },
      { interval: '1m', rules: [{ alert: 'C', for: '5m', labels: { severity: 'critical' } }, { record: 'x' } as never] },
    ],
    alertmanager: {
      route: {
        receiver: 'default',
        group_wait: '30s',
        routes: [
          { receiver: 'pager', matchers: ['severity="critical"'], group_wait: '10s', continue: true },
          { receiver: 'chat', matchers: ['alertname="C"'], group_wait: '45s' },
        ],
      },
      receivers: [],
      inhibit_rules: [],
      templates: [],
    },
  });
  expect(latencies.map((l) => [l.alert, l.detectionSeconds, l.deliverySeconds, l.worstSeconds])).toEqual([
    ['A', 15 + 30 + 60, 10, 115],
    // no child matches a warning: the root's group_wait
    ['B', 15 + 30, 30, 75],
    // both routes take C: the slower one decides
    ['C', 15 + 60 + 300, 45, 420],
  ]);
});

test('prod as rendered: the numbers the summary prints come from its Prometheus, rules and Alertmanager routes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-latency-'));
  try {
    const [result] = synthesize([
      { env: 'prod', configFile: path.join(__dirname, '..', 'Pulumi.prod.yaml'), outdir: path.join(dir, 'prod') },
    ]);
    const objects = result.files
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => [...yamlFileDocuments(path.join(dir, 'prod', f))].flatMap((d) => ('value' in d && d.value ? [d.value as any] : [])));
    const prometheus = objects.find((o) => o.kind === 'Prometheus');
    expect([prometheus.spec.scrapeInterval, prometheus.spec.evaluationInterval]).toEqual(['30s', '30s']);
    const failed = alertLatenciesIn(objects).find((l) => l.alert === 'DeploymentFailed')!;
    // 30 s scrape + 30 s evaluation + for 1m + the critical route's group_wait 10 s
    expect(failed).toMatchObject({ scrapeSeconds: 30, evaluationSeconds: 30, forSeconds: 60, groupWaitSeconds: 10, worstSeconds: 130 });
    expect(result.alertLatencies.find((l) => l.alert === 'DeploymentFailed')?.worstSeconds).toBe(130);
    // every critical alert is sent within the delivery budget once it fires
    expect(
      alertLatenciesIn(objects)
        .filter((l) => l.severity === 'critical')
        .every((l) => l.deliverySeconds <= 30),
    ).toBe(true);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
