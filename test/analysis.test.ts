import { spawn } from 'child_process';
import { Duration } from 'cdk8s';
import { AnalysisGate, GATE_DEFAULTS, NoDataBehavior, Problems, SMOKE_TEST_IMAGE } from '../constructs';
import { closeServer, listenLoopback } from './helpers/servers';

/** Evaluates an Argo condition the way expr-lang does for these simple forms. */
function evaluate(condition: string, result: number[]): boolean {
  const js = condition.replace(/len\(result\)/g, 'result.length').replace(/isNaN\(/g, 'Number.isNaN(');
  return new Function('result', `return (${js});`)(result) as boolean;
}

/** Argo Rollouts' verdict for one measurement (utils/evaluate: failure wins, neither = inconclusive). */
function verdict(gate: AnalysisGate, result: number[]): 'Successful' | 'Failed' | 'Inconclusive' {
  if (evaluate(gate.failureCondition, result)) {
    return 'Failed';
  }
  return evaluate(gate.successCondition, result) ? 'Successful' : 'Inconclusive';
}

describe('AnalysisGate.successRate', () => {
  const gate = AnalysisGate.successRate();
  const spec = gate._toTemplateSpec() as any;
  const metric = spec.metrics[0];

  test('defaults: 99% over 2m of http_requests_total by code, 5 measurements 1m apart, 1 failure and 2 inconclusive tolerated', () => {
    expect(gate.name).toBe('success-rate');
    expect(metric.provider.prometheus).toEqual({
      address: 'http://prometheus-operated.monitoring.svc:9090',
      query:
        'sum(rate(http_requests_total{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}",code!~"5.."}[2m]))' +
        ' / sum(rate(http_requests_total{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}"}[2m]))',
    });
    expect(metric.interval).toBe('1m');
    expect(metric.initialDelay).toBeUndefined();
    expect(metric.count.value).toBe(5);
    expect(metric.failureLimit.value).toBe(1);
    expect(metric.inconclusiveLimit.value).toBe(2);
    expect(metric.consecutiveErrorLimit.value).toBe(2);
    expect(gate.onNoData).toBe(NoDataBehavior.INCONCLUSIVE);
    expect(spec.args).toEqual([{ name: 'service' }, { name: 'namespace' }, { name: 'pod-template-hash' }]);
    expect(GATE_DEFAULTS).toMatchObject({
      interval: '1m',
      count: 5,
      failureLimit: 1,
      inconclusiveLimit: 2,
      consecutiveErrorLimit: 2,
      window: '2m',
    });
  });

  test('conditions are guarded against empty and NaN results', () => {
    expect(gate.successCondition).toBe('len(result) > 0 && !isNaN(result[0]) && result[0] >= 0.99');
    expect(gate.failureCondition).toBe('len(result) > 0 && !isNaN(result[0]) && (result[0] < 0.99)');
  });

  test.each([
    [[0.995], 'Successful'],
    [[0.99], 'Successful'],
    [[0.5], 'Failed'],
    [[], 'Inconclusive'], // empty vector: argo-rollouts#1466 would otherwise error
    [[NaN], 'Inconclusive'], // 0/0 while the canary gets no traffic: argo-rollouts#180
  ])('default (inconclusive on no data): result %p is %s', (result, expected) => {
    expect(verdict(gate, result as number[])).toBe(expected);
  });

  test.each([
    [NoDataBehavior.PASS, [], 'Successful'],
    [NoDataBehavior.PASS, [NaN], 'Successful'],
    [NoDataBehavior.PASS, [0.5], 'Failed'],
    [NoDataBehavior.FAIL, [], 'Failed'],
    [NoDataBehavior.FAIL, [NaN], 'Failed'],
    [NoDataBehavior.FAIL, [0.999], 'Successful'],
  ])('onNoData %s: result %p is %s', (onNoData, result, expected) => {
    expect(verdict(AnalysisGate.successRate({ onNoData }), result as number[])).toBe(expected);
  });

  test('options change the query, threshold and timing', () => {
    const g = AnalysisGate.successRate({
      minimum: 0.95,
      requestsMetric: 'http_server_requests_seconds_count',
      statusLabel: 'status',
      errorStatusRegex: '5.*',
      window: '5m',
      interval: Duration.seconds(30),
      initialDelay: '1m',
      count: 10,
      failureLimit: 3,
      inconclusiveLimit: 0,
      consecutiveErrorLimit: 4,
      prometheusAddress: 'http://prometheus.monitoring:9090',
      name: 'availability',
    });
    const m = (g._toTemplateSpec() as any).metrics[0];
    expect(m.name).toBe('availability');
    expect(m.provider.prometheus.query).toBe(
      'sum(rate(http_server_requests_seconds_count{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}",status!~"5.*"}[5m]))' +
        ' / sum(rate(http_server_requests_seconds_count{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}"}[5m]))',
    );
    expect(m.provider.prometheus.address).toBe('http://prometheus.monitoring:9090');
    expect([
      m.interval,
      m.initialDelay,
      m.count.value,
      m.failureLimit.value,
      m.inconclusiveLimit.value,
      m.consecutiveErrorLimit.value,
    ]).toEqual(['30s', '1m', 10, 3, 0, 4]);
    expect(m.successCondition).toBe('len(result) > 0 && !isNaN(result[0]) && result[0] >= 0.95');
  });
});

describe('AnalysisGate.latency and AnalysisGate.query', () => {
  test('latency defaults: p95 of http_request_duration_seconds over 2m', () => {
    const g = AnalysisGate.latency({ maximumSeconds: 0.5 });
    expect(g.name).toBe('latency-p95');
    expect(g.query).toBe(
      'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket' +
        '{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}"}[2m])))',
    );
    expect(verdict(g, [0.2])).toBe('Successful');
    expect(verdict(g, [0.7])).toBe('Failed');
    expect(verdict(g, [NaN])).toBe('Inconclusive');
    expect(AnalysisGate.latency({ maximumSeconds: 1, percentile: 0.999 }).name).toBe('latency-p99-9');
  });

  test('query gate with both bounds', () => {
    const g = AnalysisGate.query({ name: 'saturation', query: 'avg(up)', atLeast: 0.2, atMost: 0.8 });
    expect(g.successCondition).toBe('len(result) > 0 && !isNaN(result[0]) && result[0] >= 0.2 && result[0] <= 0.8');
    expect(g.failureCondition).toBe('len(result) > 0 && !isNaN(result[0]) && (result[0] < 0.2 || result[0] > 0.8)');
    expect(verdict(g, [0.5])).toBe('Successful');
    expect(verdict(g, [0.9])).toBe('Failed');
    expect(verdict(g, [0.1])).toBe('Failed');
  });

  test('a valid gate reports no problems', () => {
    const p = Problems.root();
    AnalysisGate.successRate()._validate(p);
    AnalysisGate.latency({ maximumSeconds: 0.5 })._validate(p);
    expect(p.all).toEqual([]);
  });
});

describe('AnalysisGate.smokeTest', () => {
  const spec = AnalysisGate.smokeTest({ path: '/checkout', requests: 3, expectedStatus: 200, timeoutSeconds: 2 })._toTemplateSpec();
  const metric = spec.metrics![0] as any;
  const container = metric.provider.job.spec.template.spec.containers[0];

  test('an Argo job metric: one Job run decides, no conditions; a restricted pod with the pinned curl image', () => {
    // argo-rollouts v1.9.1 metricproviders/job: the measurement succeeds when the Job completes, fails when it fails
    expect(metric).toMatchObject({ name: 'smoke-test', count: { value: 1 }, failureLimit: { value: 0 } });
    expect(metric.successCondition).toBeUndefined();
    expect(metric.interval).toBeUndefined();
    expect(spec.args).toEqual([{ name: 'target-service' }, { name: 'target-port' }, { name: 'namespace' }]);
    expect(metric.provider.job.spec).toMatchObject({ backoffLimit: 0, activeDeadlineSeconds: 69 });
    expect(metric.provider.job.spec.template.spec).toMatchObject({
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      securityContext: { runAsNonRoot: true, runAsUser: 100 },
    });
    expect(container.image).toBe(SMOKE_TEST_IMAGE);
    expect(container.image).toMatch(/^curlimages\/curl:8\.11\.1@sha256:[a-f0-9]{64}$/);
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.env).toEqual([
      { name: 'URL', value: 'http://{{args.target-service}}.{{args.namespace}}.svc:{{args.target-port}}/checkout' },
    ]);
  });

  test("the Job's script passes when every request answers the expected status and fails at the first that does not (run with sh and curl)", async () => {
    const statuses: number[] = [];
    let answer = 200;
    const { server, port } = await listenLoopback((_req, _raw, res) => {
      statuses.push(answer);
      res.writeHead(answer);
      res.end();
    });
    const runScript = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn('/bin/sh', ['-c', container.command[2]], { env: { ...process.env, URL: `http://127.0.0.1:${port}/checkout` } });
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
        });
        child.stderr.on('data', (d) => {
          out += d;
        });
        child.on('close', (code) => resolve({ code, out }));
      });
    try {
      const ok = await runScript();
      expect(ok).toEqual({ code: 0, out: `3 requests to http://127.0.0.1:${port}/checkout answered 200\n` });
      expect(statuses).toHaveLength(3);
      answer = 503;
      const failed = await runScript();
      expect(failed.code).toBe(1);
      expect(failed.out).toBe(`request 1 of 3 to http://127.0.0.1:${port}/checkout: 503, expected 200\n`);
    } finally {
      await closeServer(server);
    }
    // nothing listening: curl's 000 fails it as well
    const refused = await new Promise<number | null>((resolve) =>
      spawn('/bin/sh', ['-c', container.command[2]], { env: { ...process.env, URL: `http://127.0.0.1:${port}/checkout` } }).on(
        'close',
        resolve,
      ),
    );
    expect(refused).toBe(1);
  });
});
