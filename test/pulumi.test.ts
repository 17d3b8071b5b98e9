import * as pulumi from '@pulumi/pulumi';
import type * as door from '../constructs/pulumi';
import {
  AnalysisGate,
  CanaryStep,
  DeliveryStrategy,
  EnvValue,
  TrafficRouting,
  Workload as CdkWorkload,
  WorkloadProps,
} from '../constructs';
import { recordRegistrations } from './helpers/pulumi-mocks';
import { chart, synth } from './helpers/synth';

// Every registration the mock engine sees, in order.
let registered: pulumi.runtime.MockResourceArgs[] = [];
let kubeship: typeof door;

beforeAll(async () => {
  // Mocks first, then the module under test (its imports must see the mock runtime).
  registered = await recordRegistrations('kubeship', 'test');
  kubeship = require('../constructs/pulumi');
});

beforeEach(() => {
  registered.length = 0;
});

/** Resolves when every child has been registered with the engine. */
async function settle(component: door.Workload | door.ChartResources): Promise<string[]> {
  return new Promise((resolve) => pulumi.all(component.resources.map((r) => r.urn)).apply(resolve));
}

const IMAGE = 'registry.example.com/shop/web:1.4.2';
const canaryProps = (): WorkloadProps => ({
  image: IMAGE,
  namespace: 'shop',
  ports: [{ containerPort: 8080, servicePort: 80 }],
  env: { LOG_LEVEL: 'info', DATABASE_URL: EnvValue.fromSecret('web-db', 'url') },
  strategy: DeliveryStrategy.canary({
    steps: [CanaryStep.setWeight(10), CanaryStep.pause('2m'), CanaryStep.analysis(AnalysisGate.successRate()), CanaryStep.setWeight(50)],
    analysis: { gates: [AnalysisGate.latency({ maximumSeconds: 0.5 })] },
    trafficRouting: TrafficRouting.nginx({ host: 'shop.example.com' }),
  }),
  autoscaling: { minReplicas: 2, maxReplicas: 10 },
});

describe('Pulumi Workload component', () => {
  test('registers the component and one typed child per object, with the kubeship:delivery:Workload token', async () => {
    const web = new kubeship.Workload('web', canaryProps());
    await settle(web);
    expect(registered.filter((r) => !r.custom).map((r) => `${r.type}::${r.name}`)).toEqual(['kubeship:delivery:Workload::web']);
    // registration order is up to the engine; the set is what matters
    expect(
      registered
        .filter((r) => r.custom)
        .map((r) => `${r.type}::${r.name}`)
        .sort(),
    ).toEqual([
      'kubernetes:argoproj.io/v1alpha1:AnalysisTemplate::web-latency-p95',
      'kubernetes:argoproj.io/v1alpha1:AnalysisTemplate::web-success-rate',
      'kubernetes:argoproj.io/v1alpha1:Rollout::web',
      'kubernetes:autoscaling/v2:HorizontalPodAutoscaler::web',
      'kubernetes:core/v1:Service::web',
      'kubernetes:core/v1:Service::web-canary',
      'kubernetes:networking.k8s.io/v1:Ingress::web',
      'kubernetes:networking.k8s.io/v1:NetworkPolicy::web',
      'kubernetes:policy/v1:PodDisruptionBudget::web',
    ]);
    expect(web.kind).toBe('Rollout');
    expect(web.workloadName).toBe('web');
  });

  test('every child is parented to the component (its URN carries the component type)', async () => {
    const web = new kubeship.Workload('web', canaryProps());
    const urns = await settle(web);
    expect(urns).toHaveLength(9);
    for (const urn of urns) {
      expect(urn).toMatch(/^urn:pulumi:test::kubeship::kubeship:delivery:Workload\$kubernetes:/);
    }
  });

  test('both doors emit the same objects for the same props', async () => {
    const c = chart('shop');
    new CdkWorkload(c, 'web', canaryProps());
    const fromCdk8s = synth(c);

    const web = new kubeship.Workload('web', canaryProps());
    await settle(web);
    const key = (o: any) => `${o.apiVersion}/${o.kind}/${o.metadata.name}`;
    const byKey = (objects: any[]) => [...objects].sort((a, b) => key(a).localeCompare(key(b)));
    const fromPulumi = registered.filter((r) => r.custom).map((r) => r.inputs);

    expect(fromPulumi).toHaveLength(9);
    expect(byKey(fromPulumi)).toEqual(byKey(fromCdk8s));
  });

  test('a pulumi.Output image is substituted into the pod template', async () => {
    const web = new kubeship.Workload('api', {
      image: pulumi.output('registry.example.com/shop/api').apply((repo) => `${repo}@sha256:${'a'.repeat(64)}`),
      namespace: pulumi.output('payments'),
      ports: [{ containerPort: 9000 }],
    });
    await settle(web);
    const deployment = registered.find((r) => r.type === 'kubernetes:apps/v1:Deployment')!;
    expect(deployment.name).toBe('api');
    expect(deployment.inputs.metadata.namespace).toBe('payments');
    expect(deployment.inputs.spec.template.spec.containers[0].image).toBe(`registry.example.com/shop/api@sha256:${'a'.repeat(64)}`);
    expect(JSON.stringify(registered.map((r) => r.inputs))).not.toContain('pulumi-input-');
    const service = registered.find((r) => r.type === 'kubernetes:core/v1:Service')!;
    expect(service.inputs.metadata.namespace).toBe('payments');
  });

  test('invalid props fail with one RunError listing every problem (no stack trace), and register nothing', () => {
    let error: unknown;
    try {
      new kubeship.Workload('bad', { image: 'x:1', replicas: -1, strategy: DeliveryStrategy.canary() });
    } catch (e) {
      error = e;
    }
    expect(pulumi.RunError.isInstance(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toContain('[bad] replicas: got -1; allowed: a whole number from 0 to 2147483647');
    expect(message).toContain('[bad] strategy.canary.analysis: got nothing');
    expect(message).toContain('[bad] ports: got []');
    expect(registered.filter((r) => r.custom)).toEqual([]);
  });

  test('ChartResources registers any chart as typed children', async () => {
    const platform = new kubeship.ChartResources('platform', {
      namespace: 'ops',
      build: (c) => {
        new CdkWorkload(c, 'worker', { image: IMAGE, replicas: 1 });
      },
    });
    await settle(platform);
    const names = registered.map((r) => `${r.type}::${r.name}`);
    // the component first; its children in the engine's order
    expect([names[0], ...names.slice(1).sort()]).toEqual([
      'kubeship:index:ChartResources::platform',
      'kubernetes:apps/v1:Deployment::platform-worker',
      'kubernetes:networking.k8s.io/v1:NetworkPolicy::platform-worker',
    ]);
    expect(registered.find((r) => r.type === 'kubernetes:apps/v1:Deployment')!.inputs.metadata.namespace).toBe('ops');
  });
});

describe('the emergency path in the Pulumi door', () => {
  test('the preview warns that this release skips its gates, and the Rollout runs none', async () => {
    const warnings: string[] = [];
    const spy = jest.spyOn(pulumi.log, 'warn').mockImplementation(async (message: string) => {
      warnings.push(message);
    });
    try {
      const web = new kubeship.Workload('web', { ...canaryProps(), emergency: { reason: 'hotfix for INC-4711' } });
      await settle(web);
      expect(warnings).toEqual([
        'EMERGENCY release of web: canary steps and analysis are skipped (hotfix for INC-4711); remove `emergency` after this deploy',
      ]);
      const rollout = registered.find((r) => r.type === 'kubernetes:argoproj.io/v1alpha1:Rollout')!.inputs;
      expect(rollout.metadata.annotations['kubeship.dev/emergency']).toBe('hotfix for INC-4711');
      expect(rollout.spec.strategy.canary.steps).toBeUndefined();
      expect(rollout.spec.strategy.canary.analysis).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });
});
