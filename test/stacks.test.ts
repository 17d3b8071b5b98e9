import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as yaml from 'yaml';
import { synthesizeExample } from '../stacks/main';
import { recordRegistrations, registrationsSettled } from './helpers/pulumi-mocks';
import { validateAll } from './helpers/schema';

describe('example app (npm run synth)', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-test-'));
  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test('writes one YAML file of schema-valid objects, byte-identical on re-run', () => {
    const first = synthesizeExample(path.join(outdir, 'a'));
    synthesizeExample(path.join(outdir, 'b'));
    expect(first.files).toEqual(['example.k8s.yaml']);
    const a = fs.readFileSync(path.join(outdir, 'a', 'example.k8s.yaml'), 'utf8');
    expect(fs.readFileSync(path.join(outdir, 'b', 'example.k8s.yaml'), 'utf8')).toBe(a);
    const objects = yaml.parseAllDocuments(a).map((d) => d.toJS());
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Deployment/api', 'Service/api', 'PodDisruptionBudget/api', 'HorizontalPodAutoscaler/api',
      'Rollout/web', 'Service/web', 'Service/web-canary', 'AnalysisTemplate/web-success-rate', 'AnalysisTemplate/web-latency-p95',
      'Ingress/web', 'PodDisruptionBudget/web', 'HorizontalPodAutoscaler/web',
    ]);
    expect(first.objects).toEqual({
      Deployment: 1, Service: 3, PodDisruptionBudget: 2, HorizontalPodAutoscaler: 2, Rollout: 1, AnalysisTemplate: 2, Ingress: 1,
    });
    validateAll(objects);
  });
});

describe('Pulumi program (stacks/index.ts) under mocks', () => {
  let registered: pulumi.runtime.MockResourceArgs[] = [];
  let program: typeof import('../stacks/index');

  beforeAll(async () => {
    registered = await recordRegistrations('kubeship', 'dev');
    program = require('../stacks/index');
  });

  test('registers both workloads with their typed children and exports their Services', async () => {
    const services = await new Promise((resolve) => pulumi.output(program.services).apply(resolve));
    expect(services).toEqual({ api: { kind: 'Deployment', service: 'api' }, web: { kind: 'Rollout', service: 'web' } });
    await registrationsSettled(registered);
    const counts: Record<string, number> = {};
    for (const r of registered) {
      counts[r.type] = (counts[r.type] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'kubeship:delivery:Workload': 2,
      'kubernetes:apps/v1:Deployment': 1,
      'kubernetes:argoproj.io/v1alpha1:Rollout': 1,
      'kubernetes:argoproj.io/v1alpha1:AnalysisTemplate': 2,
      'kubernetes:core/v1:Service': 3,
      'kubernetes:networking.k8s.io/v1:Ingress': 1,
      'kubernetes:policy/v1:PodDisruptionBudget': 2,
      'kubernetes:autoscaling/v2:HorizontalPodAutoscaler': 2,
    });
    expect(registered.filter((r) => r.custom).every((r) => r.inputs.metadata.namespace === 'shop')).toBe(true);
  });
});
