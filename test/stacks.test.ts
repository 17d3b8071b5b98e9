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

  test('writes the apps, the monitoring stack and the operator as schema-valid YAML, byte-identical on re-run', () => {
    const first = synthesizeExample(path.join(outdir, 'a'));
    synthesizeExample(path.join(outdir, 'b'));
    expect(first.files).toEqual(['example.k8s.yaml', 'monitoring.k8s.yaml', 'prometheus-operator.k8s.yaml']);
    for (const file of first.files) {
      expect(fs.readFileSync(path.join(outdir, 'b', file), 'utf8')).toBe(fs.readFileSync(path.join(outdir, 'a', file), 'utf8'));
    }
    const read = (file: string) => yaml.parseAllDocuments(fs.readFileSync(path.join(outdir, 'a', file), 'utf8')).map((d) => d.toJS());
    const objects = read('example.k8s.yaml');
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'ConfigMap/argo-rollouts-notification-configmap',
      'Deployment/api', 'Service/api', 'PodDisruptionBudget/api', 'HorizontalPodAutoscaler/api', 'ServiceMonitor/api', 'PrometheusRule/api-alerts',
      'Rollout/web', 'Service/web', 'Service/web-canary', 'AnalysisTemplate/web-success-rate', 'AnalysisTemplate/web-latency-p95',
      'Ingress/web', 'PodDisruptionBudget/web', 'HorizontalPodAutoscaler/web', 'ServiceMonitor/web', 'PrometheusRule/web-alerts',
    ]);
    expect(first.objects).toMatchObject({
      Deployment: 3, Service: 5, PodDisruptionBudget: 2, HorizontalPodAutoscaler: 2, Rollout: 1, AnalysisTemplate: 2, Ingress: 1,
      Prometheus: 1, Alertmanager: 1, ServiceMonitor: 4, PrometheusRule: 3, CustomResourceDefinition: 7,
    });
    const monitoring = read('monitoring.k8s.yaml');
    validateAll([...objects, ...monitoring, ...read('prometheus-operator.k8s.yaml').filter((o) => o.kind !== 'CustomResourceDefinition')]);
    // the analysis gates query the Prometheus the stack runs
    const prometheus = monitoring.find((o) => o.kind === 'Prometheus');
    const template = objects.find((o) => o.kind === 'AnalysisTemplate');
    expect(template.spec.metrics[0].provider.prometheus.address).toBe(`http://prometheus-operated.${prometheus.metadata.namespace}.svc:9090`);
  });
});

describe('Pulumi program (stacks/index.ts) under mocks', () => {
  let registered: pulumi.runtime.MockResourceArgs[] = [];
  let program: typeof import('../stacks/index');

  beforeAll(async () => {
    registered = await recordRegistrations('kubeship', 'dev');
    program = require('../stacks/index');
  });

  test('registers the operator, the monitoring stack and both workloads with their typed children', async () => {
    const services = await new Promise((resolve) => pulumi.output(program.services).apply(resolve));
    expect(services).toEqual({ api: { kind: 'Deployment', service: 'api' }, web: { kind: 'Rollout', service: 'web' } });
    await registrationsSettled(registered);
    const counts: Record<string, number> = {};
    for (const r of registered) {
      counts[r.type] = (counts[r.type] ?? 0) + 1;
    }
    expect(counts).toEqual({
      'kubeship:monitoring:PrometheusOperator': 1,
      'kubeship:monitoring:MonitoringStack': 1,
      'kubeship:delivery:Workload': 2,
      'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition': 7,
      'kubernetes:apps/v1:Deployment': 3,
      'kubernetes:argoproj.io/v1alpha1:Rollout': 1,
      'kubernetes:argoproj.io/v1alpha1:AnalysisTemplate': 2,
      'kubernetes:core/v1:Service': 5,
      'kubernetes:core/v1:ServiceAccount': 2,
      'kubernetes:core/v1:ConfigMap': 5,
      'kubernetes:core/v1:Secret': 1,
      'kubeship:notifications:DeploymentEvents': 1,
      'kubernetes:rbac.authorization.k8s.io/v1:ClusterRole': 2,
      'kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding': 2,
      'kubernetes:monitoring.coreos.com/v1:Prometheus': 1,
      'kubernetes:monitoring.coreos.com/v1:Alertmanager': 1,
      'kubernetes:monitoring.coreos.com/v1:ServiceMonitor': 4,
      'kubernetes:monitoring.coreos.com/v1:PrometheusRule': 3,
      'kubernetes:networking.k8s.io/v1:Ingress': 1,
      'kubernetes:policy/v1:PodDisruptionBudget': 2,
      'kubernetes:autoscaling/v2:HorizontalPodAutoscaler': 2,
    });
    const workloadChildren = registered.filter((r) => r.custom && r.inputs.metadata.labels?.['app.kubernetes.io/name'] && ['api', 'web'].includes(r.inputs.metadata.labels['app.kubernetes.io/name']));
    expect(workloadChildren.length).toBe(16);
    expect(workloadChildren.every((r) => r.inputs.metadata.namespace === 'shop')).toBe(true);
  });
});
