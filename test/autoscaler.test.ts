import { AnalysisGate, Autoscaler, DEFAULT_SCALE_DOWN, DEFAULT_SCALE_UP, DeliveryStrategy, ScalingMetric, Workload } from '../constructs';
import { desiredReplicas, maxChangePerPeriod, minimumScaleUpSeconds, resolveScalingRules } from '../constructs/testing';
import { validateAll } from './helpers/schema';
import { chart, find, inventory, synth } from './helpers/synth';

const IMAGE = 'registry.example.com/shop/web:1.4.2';

describe('Autoscaler', () => {
  test('a plain object where a ScalingMetric belongs (JavaScript, a config layer) is one clear problem, not a TypeError', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      autoscaling: { maxReplicas: 10, metrics: [{ type: 'cpu', targetUtilization: 70 } as never, ScalingMetric.cpuUtilization(200)] },
    });
    expect(() => synth(c)).toThrow(
      /autoscaling\.metrics\[0\]: got \{"type":"cpu","targetUtilization":70\}; allowed: a ScalingMetric: ScalingMetric\.cpuUtilization\(70\)/,
    );
    const lone = chart();
    new Workload(lone, 'api', { image: IMAGE, autoscaling: { maxReplicas: 10, metrics: ScalingMetric.cpuUtilization(70) as never } });
    expect(() => synth(lone)).toThrow(/autoscaling\.metrics: got .*; allowed: a list of ScalingMetric/);
  });

  test('defaults: minReplicas 2, CPU at 70% of requests, the Kubernetes default behavior rendered explicitly', () => {
    const c = chart();
    const web = new Workload(c, 'web', { image: IMAGE, autoscaling: { maxReplicas: 10 } });
    const out = synth(c);
    const hpa = find(out, 'HorizontalPodAutoscaler');
    expect(web.autoscaler?.minReplicas).toBe(2);
    expect(hpa.metadata.name).toBe('web');
    expect(hpa.spec).toEqual({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
      behavior: {
        scaleUp: {
          stabilizationWindowSeconds: 0,
          selectPolicy: 'Max',
          policies: [
            { type: 'Percent', value: 100, periodSeconds: 15 },
            { type: 'Pods', value: 4, periodSeconds: 15 },
          ],
        },
        scaleDown: { stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] },
      },
    });
    expect(() => validateAll(out)).not.toThrow();
  });

  test('the autoscaled Deployment drops its fixed replicas', () => {
    const c = chart();
    const web = new Workload(c, 'web', { image: IMAGE, autoscaling: { maxReplicas: 10 } });
    expect(web.replicas).toBeUndefined();
    expect(find(synth(c), 'Deployment').spec.replicas).toBeUndefined();
  });

  test('targets the Rollout (kind Rollout) of a canary workload, which drops its replicas too', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({ analysis: { gates: [AnalysisGate.successRate()] } }),
      autoscaling: { minReplicas: 3, maxReplicas: 12 },
    });
    const out = synth(c);
    expect(find(out, 'HorizontalPodAutoscaler').spec.scaleTargetRef).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      name: 'web',
    });
    expect(find(out, 'Rollout').spec.replicas).toBeUndefined();
    expect(() => validateAll(out)).not.toThrow();
  });

  test('a separate Autoscaler construct works like the prop, and keeps the PDB only when minReplicas >= 2', () => {
    const c = chart();
    const one = new Workload(c, 'one', { image: IMAGE });
    const two = new Workload(c, 'two', { image: IMAGE });
    new Autoscaler(c, 'one-hpa', { target: one, minReplicas: 1, maxReplicas: 4 });
    new Autoscaler(c, 'two-hpa', { target: two, name: 'two-scaler', minReplicas: 2, maxReplicas: 4 });
    const out = synth(c);
    expect(inventory(out)).toEqual([
      'Deployment/one',
      'NetworkPolicy/one',
      'Deployment/two',
      'PodDisruptionBudget/two',
      'NetworkPolicy/two',
      'HorizontalPodAutoscaler/one',
      'HorizontalPodAutoscaler/two-scaler',
    ]);
  });

  test('an autoscaled workload keeps its PodDisruptionBudget options', () => {
    const c = chart();
    new Workload(c, 'web', { image: IMAGE, disruptionBudget: { maxUnavailable: 2 }, autoscaling: { minReplicas: 4, maxReplicas: 8 } });
    expect(find(synth(c), 'PodDisruptionBudget').spec.maxUnavailable).toBe(2);
  });

  test('memory, custom Pods and External metrics and custom behavior', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      autoscaling: {
        maxReplicas: 20,
        metrics: [
          ScalingMetric.cpuUtilization(60),
          ScalingMetric.memoryUtilization(80),
          ScalingMetric.memoryAverageValue('400Mi'),
          ScalingMetric.pods('http_requests_per_second', '100'),
          ScalingMetric.external('sqs_messages_visible', { averageValue: '30' }, { queue: 'orders' }),
          ScalingMetric.external('backlog', { value: '1k' }),
        ],
        scaleUp: { stabilizationWindowSeconds: 30, policies: [{ type: 'Pods', value: 2, periodSeconds: 60 }] },
        scaleDown: {
          selectPolicy: 'Min',
          policies: [
            { type: 'Pods', value: 1, periodSeconds: 60 },
            { type: 'Percent', value: 10, periodSeconds: 60 },
          ],
        },
      },
    });
    const out = synth(c);
    const spec = find(out, 'HorizontalPodAutoscaler').spec;
    expect(spec.metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } },
      { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 80 } } },
      { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '400Mi' } } },
      { type: 'Pods', pods: { metric: { name: 'http_requests_per_second' }, target: { type: 'AverageValue', averageValue: '100' } } },
      {
        type: 'External',
        external: {
          metric: { name: 'sqs_messages_visible', selector: { matchLabels: { queue: 'orders' } } },
          target: { type: 'AverageValue', averageValue: '30' },
        },
      },
      { type: 'External', external: { metric: { name: 'backlog' }, target: { type: 'Value', value: '1k' } } },
    ]);
    expect(spec.behavior).toEqual({
      scaleUp: { stabilizationWindowSeconds: 30, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 2, periodSeconds: 60 }] },
      scaleDown: {
        stabilizationWindowSeconds: 300,
        selectPolicy: 'Min',
        policies: [
          { type: 'Pods', value: 1, periodSeconds: 60 },
          { type: 'Percent', value: 10, periodSeconds: 60 },
        ],
      },
    });
    expect(() => validateAll(out)).not.toThrow();
  });
});

describe('HPA math', () => {
  test.each([
    // current, currentMetric, target, min, max, expected
    [4, 140, 70, 2, 10, 8], // twice the target doubles the pods
    [4, 75, 70, 2, 10, 4], // within the 10% tolerance: unchanged
    [4, 35, 70, 2, 10, 2], // half the target halves the pods
    [4, 700, 70, 2, 10, 10], // clamped to max
    [3, 10, 70, 2, 10, 2], // clamped to min
  ])('desiredReplicas(%i pods at %i vs %i, [%i, %i]) = %i', (current, currentMetric, targetMetric, minReplicas, maxReplicas, expected) => {
    expect(desiredReplicas({ current, currentMetric, targetMetric, minReplicas, maxReplicas })).toBe(expected);
  });

  test('maxChangePerPeriod takes the largest (Max) or smallest (Min) policy limit; 0 when disabled', () => {
    expect(maxChangePerPeriod(DEFAULT_SCALE_UP, 2, 'scaleUp')).toBe(4); // max(100% of 2, 4 pods)
    expect(maxChangePerPeriod(DEFAULT_SCALE_UP, 10, 'scaleUp')).toBe(10); // max(100% of 10, 4 pods)
    expect(maxChangePerPeriod({ ...DEFAULT_SCALE_UP, selectPolicy: 'Min' }, 10, 'scaleUp')).toBe(4);
    expect(
      maxChangePerPeriod({ ...DEFAULT_SCALE_DOWN, policies: [{ type: 'Percent', value: 10, periodSeconds: 60 }] }, 15, 'scaleDown'),
    ).toBe(1);
    expect(maxChangePerPeriod({ ...DEFAULT_SCALE_UP, selectPolicy: 'Disabled' }, 10, 'scaleUp')).toBe(0);
  });

  test('minimumScaleUpSeconds: the default behavior scales 2 -> 10 in two changes, 15 s apart (well under 2 minutes)', () => {
    expect(minimumScaleUpSeconds(DEFAULT_SCALE_UP, 2, 10)).toBe(15);
    const slow = resolveScalingRules('scaleUp', {
      stabilizationWindowSeconds: 60,
      policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
    });
    expect(minimumScaleUpSeconds(slow, 2, 10)).toBe(60 + 7 * 60);
    expect(minimumScaleUpSeconds({ ...DEFAULT_SCALE_UP, selectPolicy: 'Disabled' }, 2, 10)).toBe(Infinity);
    expect(minimumScaleUpSeconds(DEFAULT_SCALE_UP, 5, 5)).toBe(0);
  });

  test('resolveScalingRules defaults each field independently', () => {
    expect(resolveScalingRules('scaleDown', { selectPolicy: 'Min' })).toEqual({ ...DEFAULT_SCALE_DOWN, selectPolicy: 'Min' });
    expect(resolveScalingRules('scaleUp', undefined)).toEqual(DEFAULT_SCALE_UP);
  });
});
