import { Chart, Testing } from 'cdk8s';
import {
  AnalysisGate,
  Autoscaler,
  CanaryStep,
  ConfigurationError,
  DeliveryStrategy,
  EnvValue,
  Probe,
  Problems,
  ScalingMetric,
  TrafficRouting,
  Workload,
  formatProblem,
} from '../constructs';
import { validateManifest } from './helpers/schema';
import { chart } from './helpers/synth';

const IMAGE = 'registry.example.com/shop/web:1.4.2';

/** The synthesis error message, or fails the test when synthesis succeeds. */
function synthError(c: Chart): string {
  try {
    Testing.synth(c);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('synthesis succeeded but should have failed');
}

/** The field paths of the problems reported for the construct at `path`, in order. */
function problemFields(c: Chart, path: string): string[] {
  return synthError(c)
    .split('\n')
    .filter((l) => l.includes(`[${path}]`))
    .map((l) => l.trim().split(':')[0].replace(`[${path}] `, ''));
}

describe('problems', () => {
  test('a problem names the field, the value, what is allowed and the fix', () => {
    expect(
      formatProblem({ path: 'strategy.canary.steps[2].setWeight', value: 150, allowed: 'a whole percentage 1-100', fix: 'use 50' }),
    ).toBe('strategy.canary.steps[2].setWeight: got 150; allowed: a whole percentage 1-100; fix: use 50');
  });

  test('ConfigurationError lists every problem, numbered', () => {
    const p = Problems.root('web');
    p.at('ports').at('[0]').add('containerPort', 0, 'a whole number 1-65535', 'set the port');
    p.add('image', '', 'an image', 'set it');
    expect(() => p.throwIfAny('workload')).toThrow(ConfigurationError);
    expect(() => p.throwIfAny('workload')).toThrow(
      'Invalid workload (2 problems):\n' +
        '  1. web.ports[0].containerPort: got 0; allowed: a whole number 1-65535; fix: set the port\n' +
        '  2. web.image: got ""; allowed: an image; fix: set it',
    );
  });
});

describe('invalid props fail at synthesis with one error listing every problem', () => {
  test('fails, listing canary weights, pause durations, empty analysis and HPA bounds together', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({
        steps: [
          CanaryStep.setWeight(50),
          CanaryStep.setWeight(30),
          CanaryStep.pause('5 minutes'),
          CanaryStep.analysis(),
          CanaryStep.setWeight(150),
        ],
      }),
      autoscaling: { minReplicas: 5, maxReplicas: 3 },
    });
    const message = synthError(c);
    expect(message).toContain('Validation failed with the following errors:');
    const lines = message.split('\n').filter((l) => l.includes('[test/web'));
    expect(lines).toEqual([
      '  [test/web] autoscaling.minReplicas: got 5; allowed: at most maxReplicas (3); fix: lower minReplicas or raise maxReplicas',
      '  [test/web] strategy.canary.steps[1].setWeight: got 30; allowed: a weight greater than the previous one (50); fix: make weights rise step by step, e.g. 10, 25, 50',
      '  [test/web] strategy.canary.steps[2].pause.duration: got "5 minutes"; allowed: a whole number followed by s, m or h (e.g. "30s", "5m", "1h"), or a cdk8s Duration of whole seconds, greater than 0; fix: use e.g. CanaryStep.pause("5m"), or CanaryStep.pause() to wait for a manual promotion',
      '  [test/web] strategy.canary.steps[3].analysis: got []; allowed: at least one AnalysisGate; fix: pass gates, e.g. CanaryStep.analysis(AnalysisGate.successRate())',
      '  [test/web] strategy.canary.steps[4].setWeight: got 150; allowed: a whole percentage 1-100; fix: use a weight such as 10, 25 or 50',
      '  [test/web] strategy.canary.analysis: got nothing; allowed: at least one AnalysisGate in `analysis.gates` or in a CanaryStep.analysis step; fix: add e.g. analysis: { gates: [AnalysisGate.successRate()] } so a bad version is rolled back automatically',
    ]);
  });

  test('fails, and builds no objects, when a blue-green has no analysis and a gate query is empty', () => {
    const c = chart();
    const web = new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.blueGreen({ prePromotionAnalysis: [AnalysisGate.query({ name: 'errors', query: '  ', atMost: 0.01 })] }),
    });
    const other = new Workload(c, 'api', { image: IMAGE, ports: [{ containerPort: 8080 }], strategy: DeliveryStrategy.blueGreen() });
    expect(web.node.children).toHaveLength(0);
    expect(other.node.children).toHaveLength(0);
    const message = synthError(c);
    expect(message).toContain('[test/web] strategy.blueGreen.prePromotionAnalysis[0].query: got "  "; allowed: a non-empty PromQL query');
    expect(message).toContain(
      '[test/api] strategy.blueGreen.prePromotionAnalysis: got []; allowed: at least one AnalysisGate in prePromotionAnalysis or postPromotionAnalysis',
    );
  });

  test('fails on fixed replicas together with autoscaling', () => {
    const c = chart();
    new Workload(c, 'web', { image: IMAGE, replicas: 3, autoscaling: { maxReplicas: 5 } });
    expect(synthError(c)).toContain(
      '[test/web] replicas: got 3; allowed: nothing when autoscaling is set; fix: remove replicas; autoscaling.minReplicas sets the floor',
    );
  });

  test('fails at synthesis when a separate Autoscaler targets a workload with fixed replicas', () => {
    const c = chart();
    const web = new Workload(c, 'web', { image: IMAGE, replicas: 3 });
    new Autoscaler(c, 'hpa', { target: web, maxReplicas: 6 });
    expect(synthError(c)).toContain(
      "[test/web] replicas: got 3; allowed: nothing when an autoscaler manages the workload; fix: remove replicas and set the autoscaler's minReplicas (2) instead",
    );
  });

  test('fails when a second autoscaler targets the same workload', () => {
    const c = chart();
    const web = new Workload(c, 'web', { image: IMAGE });
    new Autoscaler(c, 'hpa-a', { target: web, maxReplicas: 4 });
    new Autoscaler(c, 'hpa-b', { target: web, name: 'web-b', maxReplicas: 6 });
    expect(synthError(c)).toContain(
      '[test/web] autoscaler: got "test/hpa-b"; allowed: one autoscaler per workload; fix: remove the second autoscaler (the first is test/hpa-a)',
    );
  });

  test('an autoscaler attached to an invalid workload adds nothing to it', () => {
    const c = chart();
    const web = new Workload(c, 'web', { image: '' });
    new Autoscaler(c, 'hpa', { target: web, maxReplicas: 4 });
    expect(web.node.children).toHaveLength(0);
    expect(synthError(c)).toContain('[test/web] image: got ""');
  });

  test('fails on non-positive HPA policies and out-of-range windows', () => {
    const c = chart();
    const web = new Workload(c, 'web', { image: IMAGE });
    new Autoscaler(c, 'hpa', {
      target: web,
      maxReplicas: 0,
      metrics: [ScalingMetric.cpuUtilization(0), ScalingMetric.external('queue', { value: '10', averageValue: '2' })],
      scaleUp: { policies: [{ type: 'Pods', value: 0, periodSeconds: 15 }], stabilizationWindowSeconds: 4000 },
      scaleDown: { policies: [{ type: 'Percent', value: 10, periodSeconds: 0 }] },
    });
    const lines = synthError(c)
      .split('\n')
      .filter((l) => l.includes('[test/hpa]'))
      .map((l) => l.trim().split(';')[0]);
    expect(lines).toEqual([
      '[test/hpa] maxReplicas: got 0',
      '[test/hpa] metrics[0].cpuUtilization: got 0',
      '[test/hpa] metrics[1].external.target: got {"value":"10","averageValue":"2"}',
      '[test/hpa] scaleUp.stabilizationWindowSeconds: got 4000',
      '[test/hpa] scaleUp.policies[0].value: got 0',
      '[test/hpa] scaleDown.policies[0].periodSeconds: got 0',
    ]);
  });

  test('fails on bad container settings, listing all of them', () => {
    const c = chart();
    new Workload(c, 'Bad_Name', {
      image: 'nginx latest',
      ports: [{ containerPort: 70000 }, { containerPort: 80, name: 'http' }],
      resources: { cpu: { request: '2', limit: '1' }, memory: { request: 'lots' } },
      env: { 'BAD KEY': 'x', DB: EnvValue.fromSecret('', 'url') },
      readiness: Probe.http('healthz'),
      liveness: Probe.tcp({ successThreshold: 2 }),
      runAsUser: 0,
      writablePaths: ['tmp'],
      disruptionBudget: { maxUnavailable: 0 },
    });
    const fields = problemFields(c, 'test/Bad_Name');
    expect(fields).toEqual([
      'image',
      'ports[0].containerPort',
      'ports[1].name',
      'resources.cpu.request',
      'resources.memory.request',
      'readiness.path',
      'liveness.successThreshold',
      'env.BAD KEY',
      'env.DB.name',
      'runAsUser',
      'writablePaths[0]',
      'disruptionBudget.maxUnavailable',
    ]);
  });

  test('fails on strategy conflicts: setCanaryScale and dynamicStableScale without routing, timed promotion when disabled, zero surge', () => {
    const c = chart();
    new Workload(c, 'can', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({
        steps: [CanaryStep.setCanaryScale({ weight: 10 }), CanaryStep.setWeight(10)],
        analysis: { gates: [AnalysisGate.successRate()], startingStep: 5 },
        dynamicStableScale: true,
        maxSurge: 0,
      }),
    });
    new Workload(c, 'bg', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.blueGreen({
        autoPromotionEnabled: false,
        autoPromotionSeconds: 60,
        postPromotionAnalysis: [AnalysisGate.successRate()],
      }),
    });
    new Workload(c, 'roll', { image: IMAGE, strategy: DeliveryStrategy.rolling(), adoptDeployment: {} });
    new Workload(c, 'noports', { image: IMAGE, strategy: DeliveryStrategy.canary({ analysis: { gates: [AnalysisGate.successRate()] } }) });
    const message = synthError(c);
    expect(message).toContain('[test/can] strategy.canary.maxSurge: got 0; allowed: more than 0 when maxUnavailable is 0');
    expect(message).toContain('[test/can] strategy.canary.steps[0].setCanaryScale: got {"weight":10}; allowed: only with trafficRouting');
    expect(message).toContain('[test/can] strategy.canary.analysis.startingStep: got 5; allowed: a step index 0-1');
    expect(message).toContain('[test/can] strategy.canary.dynamicStableScale: got true; allowed: only with trafficRouting');
    expect(message).toContain(
      '[test/bg] strategy.blueGreen.autoPromotionSeconds: got 60; allowed: nothing when autoPromotionEnabled is false',
    );
    expect(message).toContain('[test/roll] adoptDeployment: got {}; allowed: only with a blueGreen or canary strategy');
    expect(message).toContain('[test/noports] ports: got []; allowed: at least one port with Services enabled for a canary strategy');
  });

  test('a gate takes prometheusUrl, and prometheusAddress (its former name) alone or with the same value', () => {
    const gates = [
      AnalysisGate.successRate({ prometheusUrl: 'http://prom.monitoring.svc:9090' }),
      AnalysisGate.successRate({ prometheusAddress: 'http://prom.monitoring.svc:9090' }),
      AnalysisGate.successRate({ prometheusUrl: 'http://prom.monitoring.svc:9090', prometheusAddress: 'http://prom.monitoring.svc:9090' }),
    ];
    expect(gates.map((g) => [g.prometheusUrl, g.prometheusAddress])).toEqual(
      Array(3).fill(['http://prom.monitoring.svc:9090', 'http://prom.monitoring.svc:9090']),
    );
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({
        analysis: {
          gates: [
            AnalysisGate.successRate({ prometheusUrl: 'prometheus:9090' }),
            AnalysisGate.latency({ maximumSeconds: 0.5, prometheusUrl: 'http://a.svc:9090', prometheusAddress: 'http://b.svc:9090' }),
          ],
        },
      }),
    });
    expect(problemFields(c, 'test/web')).toEqual([
      'strategy.canary.analysis.gates[0].prometheusUrl',
      'strategy.canary.analysis.gates[1].prometheusAddress',
    ]);
  });

  test('fails on malformed gates and traffic routing', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({
        analysis: {
          gates: [
            AnalysisGate.successRate({
              minimum: 99,
              interval: '1 minute',
              count: 2,
              failureLimit: 2,
              prometheusAddress: 'prometheus:9090',
            }),
            AnalysisGate.latency({ maximumSeconds: -1, percentile: 95 }),
            AnalysisGate.query({ name: 'Bad Name', query: 'up' }),
          ],
        },
        trafficRouting: TrafficRouting.nginx({ stableIngress: 'a', host: 'b.example.com' }),
      }),
    });
    const fields = problemFields(c, 'test/web');
    expect(fields).toEqual([
      'strategy.canary.analysis.gates[0].interval',
      'strategy.canary.analysis.gates[0].failureLimit',
      'strategy.canary.analysis.gates[0].prometheusAddress',
      'strategy.canary.analysis.gates[0].minimum',
      'strategy.canary.analysis.gates[1].percentile',
      'strategy.canary.analysis.gates[1].maximumSeconds',
      'strategy.canary.analysis.gates[2].name',
      'strategy.canary.analysis.gates[2].atLeast',
      'strategy.canary.trafficRouting.nginx',
    ]);
  });

  test('fails when two different gates share a name', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({
        steps: [CanaryStep.setWeight(10), CanaryStep.analysis(AnalysisGate.successRate({ minimum: 0.9 }))],
        analysis: { gates: [AnalysisGate.successRate({ minimum: 0.99 })] },
      }),
    });
    expect(synthError(c)).toContain('[test/web] strategy: got "success-rate"; allowed: distinct names for gates that differ');
  });

  test('the same gate used in a step and in background analysis: a bounded template for the step, an unbounded one for the background', () => {
    const c = chart();
    const g = AnalysisGate.successRate();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({
        steps: [CanaryStep.setWeight(10), CanaryStep.analysis(g)],
        analysis: { gates: [AnalysisGate.successRate()] },
      }),
    });
    expect(
      Testing.synth(c)
        .filter((m) => m.kind === 'AnalysisTemplate')
        .map((t) => [t.metadata.name, t.spec.metrics[0].count ?? 'until the rollout ends']),
    ).toEqual([
      ['web-success-rate', 5],
      ['web-success-rate-background', 'until the rollout ends'],
    ]);
  });

  test('a blue-green pre-promotion gate must exercise the preview; smoke tests need Services and stay out of background analysis', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.blueGreen({ prePromotionAnalysis: [AnalysisGate.successRate()] }),
    });
    new Workload(c, 'api', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({ analysis: { gates: [AnalysisGate.smokeTest()] } }),
    });
    new Workload(c, 'worker', {
      image: IMAGE,
      strategy: DeliveryStrategy.blueGreen({ prePromotionAnalysis: [AnalysisGate.smokeTest({ path: 'no slash' })] }),
    });
    const message = synthError(c);
    expect(message).toContain('strategy.blueGreen.prePromotionAnalysis[0]: got "success-rate"; allowed: gates that exercise the preview');
    expect(message).toContain('move "success-rate" to postPromotionAnalysis');
    expect(message).toContain('strategy.canary.analysis.gates[0]: got "smoke-test"; allowed: gates that measure');
    expect(message).toContain('strategy.blueGreen.prePromotionAnalysis[0].path: got "no slash"');
    expect(message).toContain('strategy: got "smoke-test"; allowed: smoke tests only for a workload with Services');
  });
});

describe('the strict CRD schema check is real', () => {
  test('rejects a Rollout with a field the CRD does not declare', () => {
    expect(() =>
      validateManifest({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Rollout',
        metadata: { name: 'x' },
        spec: { selector: { matchLabels: { a: 'b' } }, strategy: { canary: { stepz: [] } } },
      }),
    ).toThrow(/must NOT have additional properties/);
  });

  test('rejects an AnalysisTemplate whose count is not int-or-string', () => {
    expect(() =>
      validateManifest({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'AnalysisTemplate',
        metadata: { name: 'x' },
        spec: { metrics: [{ name: 'm', count: true, provider: { prometheus: { query: 'up' } } }] },
      }),
    ).toThrow();
  });
});
