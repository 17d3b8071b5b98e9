/**
 * The whole alert chain, timed: a real Prometheus (Debian trixie's 2.53) with prod's scrape and
 * evaluation intervals and prod's rendered alert rules scrapes a stub exporter on 127.0.0.1 that
 * speaks like Argo Rollouts v1.9.1, Velero v1.18.1 and an app; it sends to a real Alertmanager
 * 0.28.1 running the synthesized configuration, whose receivers are loopback stubs. After a
 * healthy minute the exporter flips into failure: a Rollout aborts (DeploymentFailed), another
 * aborts with its stable version short of pods (DeploymentRollbackFailed), a backup fails
 * (VeleroBackupFailed), the app answers half its requests with 5xx (ServiceHighErrorRate).
 *
 * For each critical alert it prints the time from the flip to firing (Prometheus' alerts API) and
 * to the first notification, beside the worst case computed from the configuration (scrape +
 * evaluation + for + group_wait: `alertLatencies`) and the 30 s target for delivery after firing.
 * Waits as long as the slowest alert's `for` (about 7 minutes). `--record` writes bench/chain-results.json.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'yaml';
import { alertLatencies } from '../constructs/policy';
import { defaultSources, synthesize } from '../stacks/main';
import { RealAlertmanager } from '../test/helpers/alertmanager';
import { prodNotifications, stubCredentials, synthesizedConfigFiles } from '../test/helpers/alerting-fixture';
import { closeServer, freePort, listenLoopback, LoopbackStub, ToolServer, until } from '../test/helpers/servers';
import { record } from './lib';

const ALERTS = ['DeploymentFailed', 'DeploymentRollbackFailed', 'VeleroBackupFailed', 'ServiceHighErrorRate'] as const;
const HEALTHY_MS = Number(process.env.BENCH_CHAIN_HEALTHY_MS ?? 75_000);

/** What the stub exporter serves, before and after the flip. */
function exposition(failing: boolean, requests: { ok: number; errors: number }): Record<string, string> {
  const rollout = (name: string, phase: string) =>
    `rollout_info{namespace="shop",name="${name}",strategy="canary",traffic_router="",phase="${phase}"} 1`;
  return {
    '/argo': [
      '# TYPE rollout_info gauge',
      rollout('web', failing ? 'Abort' : 'Completed'),
      rollout('api', failing ? 'Abort' : 'Completed'),
      '# TYPE rollout_info_replicas_available gauge',
      `rollout_info_replicas_available{namespace="shop",name="api"} ${failing ? 2 : 5}`,
      'rollout_info_replicas_available{namespace="shop",name="web"} 5',
      '# TYPE rollout_info_replicas_desired gauge',
      'rollout_info_replicas_desired{namespace="shop",name="api"} 5',
      'rollout_info_replicas_desired{namespace="shop",name="web"} 5',
      '',
    ].join('\n'),
    '/velero': [
      '# TYPE velero_backup_last_status gauge',
      `velero_backup_last_status{schedule="kubeship-prod"} ${failing ? 0 : 1}`,
      '# TYPE velero_backup_success_total counter',
      'velero_backup_success_total{schedule="kubeship-prod"} 3',
      '# TYPE velero_backup_last_successful_timestamp gauge',
      `velero_backup_last_successful_timestamp{schedule="kubeship-prod"} ${Math.floor(Date.now() / 1000) - 600}`,
      '',
    ].join('\n'),
    '/app': [
      '# TYPE http_requests_total counter',
      `http_requests_total{code="200"} ${requests.ok}`,
      `http_requests_total{code="500"} ${requests.errors}`,
      '# TYPE http_request_duration_seconds histogram',
      ...['0.1', '0.5', '1', '+Inf'].map((le) => `http_request_duration_seconds_bucket{le="${le}"} ${requests.ok + requests.errors}`),
      `http_request_duration_seconds_sum ${(requests.ok + requests.errors) * 0.05}`,
      `http_request_duration_seconds_count ${requests.ok + requests.errors}`,
      '',
    ].join('\n'),
  };
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-chain-'));
  // prod as rendered: its Prometheus intervals and every PrometheusRule
  const [prod] = synthesize(defaultSources(path.join(tmp, 'dist'), ['prod']));
  const objects = prod.files
    .filter((f) => f.endsWith('.yaml') && !f.includes('crds'))
    .flatMap((f) => yaml.parseAllDocuments(fs.readFileSync(path.join(prod.outdir, f), 'utf8')).map((d) => d.toJS()));
  const prometheusCr = objects.find((o) => o.kind === 'Prometheus');
  const groups = objects.filter((o) => o.kind === 'PrometheusRule').flatMap((o) => o.spec.groups);
  const { scrapeInterval, evaluationInterval } = prometheusCr.spec;

  const stub = await new LoopbackStub().start();
  const { files } = synthesizedConfigFiles(prodNotifications(stub.url('/pagerduty')));
  const alertmanager = await RealAlertmanager.start(files, stubCredentials(stub, 'chain-routing-key'));
  const bounds = alertLatencies({ scrapeInterval, evaluationInterval, groups, alertmanager: yaml.parse(files['alertmanager.yaml']) });

  let failing = false;
  const requests = { ok: 0, errors: 0 };
  const ticker = setInterval(() => {
    requests.ok += 100;
    requests.errors += failing ? 100 : 0;
  }, 1000);
  const exporter = await listenLoopback((req, _raw, res) => {
    const body = exposition(failing, requests)[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(body ?? '');
  });
  const target = `127.0.0.1:${exporter.port}`;
  const port = await freePort();
  const amTarget = alertmanager.base.replace(/^http:\/\//, '');
  fs.writeFileSync(path.join(tmp, 'rules.yaml'), yaml.stringify({ groups }));
  fs.writeFileSync(
    path.join(tmp, 'prometheus.yml'),
    yaml.stringify({
      global: { scrape_interval: scrapeInterval, evaluation_interval: evaluationInterval, external_labels: { environment: 'prod' } },
      rule_files: [path.join(tmp, 'rules.yaml')],
      alerting: { alertmanagers: [{ api_version: 'v2', static_configs: [{ targets: [amTarget] }] }] },
      scrape_configs: [
        // as the stack's monitors label them: the exporters keep their own labels, the app gets its Service's
        { job_name: 'argo-rollouts-metrics', honor_labels: true, metrics_path: '/argo', static_configs: [{ targets: [target] }] },
        {
          job_name: 'velero',
          honor_labels: true,
          metrics_path: '/velero',
          static_configs: [{ targets: [target], labels: { namespace: 'velero' } }],
        },
        {
          job_name: 'web',
          metrics_path: '/app',
          static_configs: [{ targets: [target], labels: { namespace: 'shop', service: 'web', workload: 'web' } }],
        },
      ],
    }),
  );
  const prometheus = new ToolServer('prometheus', [
    `--config.file=${path.join(tmp, 'prometheus.yml')}`,
    `--storage.tsdb.path=${path.join(tmp, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--log.level=warn',
  ]);
  try {
    await until('Prometheus to be ready', 30_000, async () =>
      (await fetch(`http://127.0.0.1:${port}/-/ready`).catch(() => undefined))?.ok ? true : undefined,
    );
    // healthy for a while: counters have history, nothing fires
    await new Promise((r) => setTimeout(r, HEALTHY_MS));
    const before = stub.deliveries.length;
    failing = true;
    const flipped = Date.now();
    const fired = new Map<string, number>();
    const delivered = new Map<string, number>();
    const slowest = Math.max(...bounds.filter((b) => (ALERTS as readonly string[]).includes(b.alert)).map((b) => b.worstSeconds));
    await until(
      'every alert of the chain to be delivered',
      (slowest + 120) * 1000,
      async () => {
        const active = (await (await fetch(`http://127.0.0.1:${port}/api/v1/alerts`)).json()) as {
          data: { alerts: Array<{ labels: Record<string, string>; state: string }> };
        };
        for (const a of active.data.alerts.filter((x) => x.state === 'firing')) {
          if (!fired.has(a.labels.alertname)) {
            fired.set(a.labels.alertname, Date.now());
          }
        }
        for (const d of stub.deliveries.slice(before).filter((x) => x.path === '/webhook')) {
          for (const a of (d.body?.alerts ?? []) as Array<{ labels: Record<string, string>; status: string }>) {
            if (a.status === 'firing' && !delivered.has(a.labels.alertname)) {
              delivered.set(a.labels.alertname, d.at);
            }
          }
        }
        return ALERTS.every((a) => delivered.has(a)) ? true : undefined;
      },
      1000,
    );
    const rows = ALERTS.map((alert) => {
      const bound = bounds.filter((b) => b.alert === alert).sort((a, b) => b.worstSeconds - a.worstSeconds)[0];
      const toFire = (fired.get(alert)! - flipped) / 1000;
      const toPage = (delivered.get(alert)! - flipped) / 1000;
      return {
        alert,
        firedAfterS: Math.round(toFire),
        deliveredAfterS: Math.round(toPage),
        deliveryAfterFiringS: Math.round(toPage - toFire),
        computedWorstS: bound.worstSeconds,
        computedParts: `scrape ${bound.scrapeSeconds}s + evaluation ${bound.evaluationSeconds}s + for ${bound.forSeconds}s + group_wait ${bound.groupWaitSeconds}s`,
      };
    });
    console.log(
      `The alert chain, timed (real Prometheus 2.53 with prod's rules at ${scrapeInterval}/${evaluationInterval}, real Alertmanager 0.28.1, Node ${process.version})`,
    );
    console.log('alert | fired after | delivered after | delivery after firing (target 30 s) | computed worst case');
    for (const r of rows) {
      console.log(
        `${r.alert} | ${r.firedAfterS} s | ${r.deliveredAfterS} s | ${r.deliveryAfterFiringS} s ${r.deliveryAfterFiringS <= 30 ? 'met' : 'MISSED'}` +
          ` | ${r.computedWorstS} s (${r.computedParts}) ${r.deliveredAfterS <= r.computedWorstS + 5 ? 'within' : 'OVER'}`,
      );
    }
    record('chain-results.json', {
      benchmark: 'alert chain from a change in the exporter to the notification',
      scrapeInterval,
      evaluationInterval,
      rows,
    });
  } finally {
    clearInterval(ticker);
    await prometheus.stop();
    await alertmanager.stop();
    await closeServer(exporter.server);
    await stub.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
