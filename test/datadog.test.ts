/**
 * Datadog as an optional second monitoring target: the Agent's OpenMetrics naming (from
 * DataDog/integrations-core datadog_checks_base openmetrics/v2), Autodiscovery annotations, the
 * DatadogMonitor objects (strictly valid against the Datadog Operator v1.29.0 CRD), the stack
 * setting, and both doors emitting the same objects.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'yaml';
import { autodiscoveryAnnotations, DatadogMonitors, DatadogMonitorOptions, SERVICE_ALERTS, DEPLOYMENT_ALERTS } from '../constructs';
import { applicationMetrics, datadogMetricName, datadogMonitorSpecs } from '../constructs/testing';
import { parseStackConfig } from '../stacks/config';
import { checkEnvironment, defaultSources, synthesize } from '../stacks/main';
import { validateManifest } from './helpers/schema';
import { cliConfig, runStackProgram } from './helpers/stack-program';
import { chart, synth } from './helpers/synth';

const ROOT = path.join(__dirname, '..');

describe('the names the OpenMetrics check gives Prometheus series', () => {
  test.each([
    // counter: family without _total (prometheus_client's parser), `.count` (transformers/counter.py)
    ['http_requests_total', 'counter', 'shop.http_requests.count'],
    // histogram with collect_counters_with_distributions: the buckets one distribution, _sum/_count monotonic counts
    ['http_request_duration_seconds_bucket', 'histogram', 'shop.http_request_duration_seconds'],
    ['http_request_duration_seconds_sum', 'histogram', 'shop.http_request_duration_seconds.sum'],
    ['http_request_duration_seconds_count', 'histogram', 'shop.http_request_duration_seconds.count'],
    // a gauge keeps its name
    ['process_resident_memory_bytes', 'gauge', 'shop.process_resident_memory_bytes'],
  ] as const)('%s (%s) -> %s', (series, type, expected) => {
    expect(datadogMetricName(series, type, 'shop')).toBe(expected);
  });

  test("Autodiscovery annotations configure the OpenMetrics check on the pod's metrics port, as those names assume", () => {
    const annotations = autodiscoveryAnnotations({ container: 'web', port: 8080, namespace: 'shop', tags: ['service:web', 'env:prod'] });
    expect(Object.keys(annotations)).toEqual(['ad.datadoghq.com/web.checks']);
    expect(JSON.parse(annotations['ad.datadoghq.com/web.checks'])).toEqual({
      openmetrics: {
        init_config: {},
        instances: [
          {
            openmetrics_endpoint: 'http://%%host%%:8080/metrics',
            namespace: 'shop',
            metrics: ['.*'],
            collect_counters_with_distributions: true,
            tags: ['service:web', 'env:prod'],
          },
        ],
      },
    });
  });
});

const OPTIONS: DatadogMonitorOptions = {
  environment: 'prod',
  appNamespaces: ['shop'],
  metricNamespace: 'shop',
  services: [
    { service: 'web', namespace: 'shop' },
    { service: 'api', namespace: 'shop', maxErrorRatio: 0.01, latency: { quantile: 0.95, maxSeconds: 0.5 } },
  ],
  roles: [
    { name: 'ops', severities: ['critical'], handles: ['@pagerduty-shop-prod', '@slack-ops-alerts'] },
    { name: 'dev', handles: ['@slack-shop-dev'] },
  ],
};

describe('DatadogMonitors', () => {
  test("the deployment and service alerts, with their severities, as DatadogMonitor objects valid against the operator's CRD", () => {
    const c = chart('shop');
    const construct = new DatadogMonitors(c, 'datadog', OPTIONS);
    const out = synth(c);
    out.forEach((o) => expect(validateManifest(o)).toBe(1));
    // every Prometheus deployment and service alert that pages or warns has its monitor
    const covered = new Set(construct.monitors.map((m) => m.alert));
    for (const alert of [
      'DeploymentFailed',
      'DeploymentLongRunning',
      'DeploymentRollbackFailed',
      'DeploymentCanaryIssue',
      ...SERVICE_ALERTS,
    ]) {
      expect({ alert, covered: covered.has(alert) }).toEqual({ alert, covered: true });
      expect(DEPLOYMENT_ALERTS.includes(alert as never) || SERVICE_ALERTS.includes(alert as never)).toBe(true);
    }
    const failed = out.find((o) => o.metadata.name === 'kubeship-prod-deployment-failed');
    expect(failed).toMatchObject({
      apiVersion: 'datadoghq.com/v1alpha1',
      kind: 'DatadogMonitor',
      spec: {
        type: 'query alert',
        priority: 1,
        name: '[prod] DeploymentFailed',
        query:
          'max(last_1m):max:argo_rollouts.rollout.info{argo_rollout_namespace IN (shop) AND phase IN (abort,error,timeout,invalidspec)} by {argo_rollout_namespace,argo_rollout_name} >= 1',
        options: { thresholds: { critical: '1' } },
        tags: ['managed-by:kubeship', 'env:prod', 'alert:DeploymentFailed', 'severity:critical'],
      },
    });
    // critical monitors notify ops and dev; warnings only dev (ops takes critical only), as the Alertmanager routes them
    expect(failed.spec.message).toMatch(/@pagerduty-shop-prod @slack-ops-alerts @slack-shop-dev$/);
    const longRunning = out.find((o) => o.metadata.name === 'kubeship-prod-deployment-long-running');
    expect(longRunning.spec).toMatchObject({ priority: 3, query: expect.stringMatching(/^min\(last_15m\):/) });
    expect(longRunning.spec.message).toMatch(/@slack-shop-dev$/);
    expect(longRunning.spec.message).not.toContain('@pagerduty');
    // every monitor's threshold is the one its query compares with (the Datadog API refuses a mismatch)
    for (const o of out) {
      expect(o.spec.query.endsWith(` ${o.spec.options.thresholds.critical}`)).toBe(true);
    }
  });

  test("each service monitor queries exactly the metrics the OpenMetrics check makes of the app's Prometheus metrics", () => {
    const types = (series: string) => (series.endsWith('_total') ? 'counter' : 'histogram') as 'counter' | 'histogram';
    const expected = new Set(applicationMetrics().map((series) => datadogMetricName(series, types(series), 'shop')));
    const specs = datadogMonitorSpecs(OPTIONS).filter((m) => m.alert.startsWith('Service'));
    expect(specs).toHaveLength(4);
    for (const m of specs) {
      // metric names follow the aggregator: `sum:<metric>{`, `p95:<metric>{`
      const names = [...m.query.matchAll(/(?:sum|avg|max|min|p\d+):([a-z0-9_.]+)\{/g)].map((x) => x[1]);
      expect(names.length).toBeGreaterThan(0);
      expect({ monitor: m.id, unknown: names.filter((n) => !expected.has(n)) }).toEqual({ monitor: m.id, unknown: [] });
    }
    expect(specs.find((m) => m.id === 'kubeship-prod-api-high-latency')!.query).toBe(
      'avg(last_10m):p95:shop.http_request_duration_seconds{kube_namespace:shop AND service:api} > 0.5',
    );
    expect(specs.find((m) => m.id === 'kubeship-prod-api-high-error-rate')!.query).toBe(
      'sum(last_5m):sum:shop.http_requests.count{kube_namespace:shop AND service:api AND code:5*}.as_count() / sum:shop.http_requests.count{kube_namespace:shop AND service:api}.as_count() > 0.01',
    );
  });

  test('every problem at once: a metric prefix Datadog refuses, handles that are not handles, a percentile Datadog does not compute', () => {
    const c = chart('shop');
    new DatadogMonitors(c, 'datadog', {
      ...OPTIONS,
      metricNamespace: 'Shop-Metrics',
      roles: [{ name: 'ops', handles: ['pagerduty-shop'] }],
      services: [{ service: 'web', namespace: 'shop', latency: { quantile: 0.999 } }],
    });
    expect(() => synth(c)).toThrow(
      /metricNamespace: got "Shop-Metrics"[\s\S]*roles\[0\]\.handles\[0\]: got "pagerduty-shop"[\s\S]*services\[0\]\.latency\.quantile: got 0\.999/,
    );
    // the environment names the objects
    const named = chart('shop');
    new DatadogMonitors(named, 'datadog', { ...OPTIONS, environment: 'Prod_EU' });
    expect(() => synth(named)).toThrow(/environment: got "Prod_EU"; allowed: a lowercase DNS label/);
  });
});

describe('the datadog stack setting', () => {
  const prodWithDatadog = () => {
    const file = yaml.parse(fs.readFileSync(path.join(ROOT, 'Pulumi.prod.yaml'), 'utf8'));
    file.config['kubeship:datadog'] = { metricNamespace: 'shop', handles: { ops: ['@pagerduty-shop-prod'], dev: ['@slack-shop-dev'] } };
    return file;
  };

  test('on: the apps carry Autodiscovery annotations and the monitors render; both doors emit the same objects', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-datadog-'));
    try {
      const configFile = path.join(dir, 'Pulumi.prod.yaml');
      fs.writeFileSync(configFile, yaml.stringify(prodWithDatadog()));
      const [result] = synthesize([{ env: 'prod', configFile, outdir: path.join(dir, 'prod') }]);
      const apps = yaml
        .parseAllDocuments(
          fs.readFileSync(
            path.join(
              dir,
              'prod',
              result.files.find((f) => f.endsWith('-apps.k8s.yaml'))!,
            ),
            'utf8',
          ),
        )
        .map((d) => d.toJS());
      const monitors = apps.filter((o) => o.kind === 'DatadogMonitor');
      expect(monitors.length).toBe(5 + 2 * 2);
      monitors.forEach((o) => expect(validateManifest(o)).toBe(1));
      const web = apps.find((o) => o.kind === 'Rollout' && o.metadata.name === 'web');
      expect(JSON.parse(web.spec.template.metadata.annotations['ad.datadoghq.com/web.checks']).openmetrics.instances[0]).toMatchObject({
        openmetrics_endpoint: 'http://%%host%%:8080/metrics',
        namespace: 'shop',
        tags: ['service:web', 'env:prod'],
      });
      // the app's NetworkPolicy admits the node Agent (Datadog Operator v1.29.0 pod labels) to the pods, as it admits Prometheus
      const policy = apps.find((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'web');
      expect(policy.spec.ingress).toContainEqual(
        expect.objectContaining({
          from: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'datadog' } },
              podSelector: { matchLabels: { 'agent.datadoghq.com/component': 'agent' } },
            },
          ],
        }),
      );

      const config = { ...cliConfig('prod'), 'kubeship:datadog': JSON.stringify(prodWithDatadog().config['kubeship:datadog']) };
      const { registered } = await runStackProgram('prod', {}, config);
      const byKey = (objects: any[]) =>
        Object.fromEntries(objects.map((o) => [`${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`, o]));
      const fromPulumi = byKey(
        registered.filter((r) => r.custom && ['DatadogMonitor', 'Rollout'].includes(r.inputs.kind)).map((r) => r.inputs),
      );
      for (const o of apps.filter((x) => ['DatadogMonitor', 'Rollout'].includes(x.kind))) {
        expect(fromPulumi[`${o.kind}/${o.metadata.namespace}/${o.metadata.name}`]).toEqual(o);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('off (every shipped stack file): nothing of Datadog is rendered', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-datadog-off-'));
    try {
      synthesize(defaultSources(dir));
      for (const env of fs.readdirSync(dir)) {
        for (const file of fs.readdirSync(path.join(dir, env))) {
          expect(fs.readFileSync(path.join(dir, env, file), 'utf8')).not.toMatch(/datadog/i);
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('handles of a role the notifications do not have are refused', () => {
    const config = prodWithDatadog().config;
    const raw = Object.fromEntries(
      Object.entries(config)
        .filter(([k]) => k.startsWith('kubeship:'))
        .map(([k, v]) => [k.slice('kubeship:'.length), v]),
    );
    (raw.datadog as any).handles.sre = ['@slack-sre'];
    expect(() => parseStackConfig(raw, 'test')).toThrow(
      /kubeship:datadog\.handles\.sre: got "sre"; allowed: a notifications role: ops, dev/,
    );
  });

  test("prod's plan carries no Datadog unless asked", () => {
    expect(checkEnvironment({ env: 'prod', configFile: path.join(ROOT, 'Pulumi.prod.yaml') }).datadog).toBeUndefined();
  });
});
