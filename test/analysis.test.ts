import { Duration } from 'cdk8s';
import { AnalysisGate, GATE_DEFAULTS, NoDataBehavior, Problems } from '../constructs';

/** Evaluates an Argo condition the way expr-lang does for these simple forms. */
function evaluate(condition: string, result: number[]): boolean {
  const js = condition
    .replace(/len\(result\)/g, 'result.length')
    .replace(/isNaN\(/g, 'Number.isNaN(');
  // eslint-disable-next-line no-new-func
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
      query: 'sum(rate(http_requests_total{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}",code!~"5.."}[2m]))'
        + ' / sum(rate(http_requests_total{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}"}[2m]))',
    });
    expect(metric.interval).toBe('1m');
    expect(metric.initialDelay).toBeUndefined();
    expect(metric.count.value).toBe(5);
    expect(metric.failureLimit.value).toBe(1);
    expect(metric.inconclusiveLimit.value).toBe(2);
    expect(metric.consecutiveErrorLimit.value).toBe(2);
    expect(gate.onNoData).toBe(NoDataBehavior.INCONCLUSIVE);
    expect(spec.args).toEqual([{ name: 'service' }, { name: 'namespace' }, { name: 'pod-template-hash' }]);
    expect(GATE_DEFAULTS).toMatchObject({ interval: '1m', count: 5, failureLimit: 1, inconclusiveLimit: 2, consecutiveErrorLimit: 2, window: '2m' });
  });

  test('conditions are guarded against empty and NaN results', () => {
    expect(gate.successCondition).toBe('len(result) > 0 && !isNaN(result[0]) && result[0] >= 0.99');
    expect(gate.failureCondition).toBe('len(result) > 0 && !isNaN(result[0]) && (result[0] < 0.99)');
  });

  test.each([
    [[0.995], 'Successful'],
    [[0.99], 'Successful'],
    [[0.5], 'Failed'],
    [[], 'Inconclusive'],       // empty vector: argo-rollouts#1466 would otherwise error
    [[NaN], 'Inconclusive'],    // 0/0 while the canary gets no traffic: argo-rollouts#180
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
      minimum: 0.95, requestsMetric: 'http_server_requests_seconds_count', statusLabel: 'status', errorStatusRegex: '5.*',
      window: '5m', interval: Duration.seconds(30), initialDelay: '1m', count: 10, failureLimit: 3, inconclusiveLimit: 0,
      consecutiveErrorLimit: 4, prometheusAddress: 'http://prometheus.monitoring:9090', name: 'availability',
    });
    const m = (g._toTemplateSpec() as any).metrics[0];
    expect(m.name).toBe('availability');
    expect(m.provider.prometheus.query).toBe(
      'sum(rate(http_server_requests_seconds_count{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}",status!~"5.*"}[5m]))'
      + ' / sum(rate(http_server_requests_seconds_count{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}"}[5m]))');
    expect(m.provider.prometheus.address).toBe('http://prometheus.monitoring:9090');
    expect([m.interval, m.initialDelay, m.count.value, m.failureLimit.value, m.inconclusiveLimit.value, m.consecutiveErrorLimit.value])
      .toEqual(['30s', '1m', 10, 3, 0, 4]);
    expect(m.successCondition).toBe('len(result) > 0 && !isNaN(result[0]) && result[0] >= 0.95');
  });
});

describe('AnalysisGate.latency and AnalysisGate.query', () => {
  test('latency defaults: p95 of http_request_duration_seconds over 2m', () => {
    const g = AnalysisGate.latency({ maximumSeconds: 0.5 });
    expect(g.name).toBe('latency-p95');
    expect(g.query).toBe('histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket'
      + '{namespace="{{args.namespace}}",service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}"}[2m])))');
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
