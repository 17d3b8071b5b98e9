// Documented defaults not covered by the behavior tests of each construct: every `@default` in
// constructs/ is asserted somewhere in test/ (here, or in the file of its construct).
import { Chart, Testing } from 'cdk8s';
import { AnalysisGate, DeliveryStrategy, EnvValue, IMAGES, Probe, TrafficRouting, VERSIONS, Workload } from '../constructs';
import { chart, find, synth } from './helpers/synth';

const IMAGE = 'registry.example.com/shop/web:1.4.2';

test('default probe timings and scheme are not rendered, so the kubelet defaults apply', () => {
  const c = chart();
  new Workload(c, 'web', {
    image: IMAGE,
    ports: [{ containerPort: 8080 }],
    readiness: Probe.http('/ready'),
    liveness: Probe.exec(['true']),
  });
  const container = find(synth(c), 'Deployment').spec.template.spec.containers[0];
  expect(container.readinessProbe).toEqual({ httpGet: { path: '/ready', port: 'http' } });
  expect(container.livenessProbe).toEqual({ exec: { command: ['true'] } });
});

test('a gRPC probe defaults to the first container port number', () => {
  const c = chart();
  new Workload(c, 'web', { image: IMAGE, ports: [{ containerPort: 9090, name: 'grpc' }], readiness: Probe.grpc() });
  expect(find(synth(c), 'Deployment').spec.template.spec.containers[0].readinessProbe).toEqual({ grpc: { port: 9090 } });
});

test('Secret and ConfigMap references are not optional by default', () => {
  const c = chart();
  new Workload(c, 'web', { image: IMAGE, env: { A: EnvValue.fromSecret('s', 'k'), B: EnvValue.fromConfigMap('c', 'k') } });
  const env = find(synth(c), 'Deployment').spec.template.spec.containers[0].env;
  expect(env[0].valueFrom.secretKeyRef).toEqual({ name: 's', key: 'k' });
  expect(env[1].valueFrom.configMapKeyRef).toEqual({ name: 'c', key: 'k' });
});

test('defaults of a canary with routing: dynamicStableScale false, no startingStep, no ingress class or extra annotations', () => {
  const c = chart();
  new Workload(c, 'web', {
    image: IMAGE,
    ports: [{ containerPort: 8080 }],
    strategy: DeliveryStrategy.canary({
      analysis: { gates: [AnalysisGate.successRate()] },
      trafficRouting: TrafficRouting.nginx({ host: 'a.example.com' }),
    }),
  });
  const out = synth(c);
  const canary = find(out, 'Rollout').spec.strategy.canary;
  expect(canary.dynamicStableScale).toBe(false);
  expect(canary.analysis.startingStep).toBeUndefined();
  expect(canary.trafficRouting).toEqual({ nginx: { stableIngress: 'web' } });
  expect(find(out, 'Ingress').spec.ingressClassName).toBeUndefined();
});

test("Istio routing manages the VirtualService's only route by default", () => {
  const c = chart();
  new Workload(c, 'web', {
    image: IMAGE,
    ports: [{ containerPort: 8080 }],
    strategy: DeliveryStrategy.canary({
      analysis: { gates: [AnalysisGate.successRate()] },
      trafficRouting: TrafficRouting.istio({ virtualService: 'web' }),
    }),
  });
  expect(find(synth(c), 'Rollout').spec.strategy.canary.trafficRouting).toEqual({ istio: { virtualService: { name: 'web' } } });
});

test('no pod annotations, Service annotations or extra labels by default', () => {
  const c = chart();
  new Workload(c, 'web', { image: IMAGE, ports: [{ containerPort: 8080 }] });
  const out = synth(c);
  expect(find(out, 'Deployment').spec.template.metadata).toEqual({ labels: { 'app.kubernetes.io/name': 'web' } });
  expect(find(out, 'Service').metadata.annotations).toBeUndefined();
});

test('without a namespace prop or chart namespace, objects carry no namespace', () => {
  const c = new Chart(Testing.app(), 'plain');
  new Workload(c, 'web', { image: IMAGE });
  expect(find(synth(c), 'Deployment').metadata.namespace).toBeUndefined();
});

test('an explicit namespace prop wins over the chart namespace', () => {
  const c = chart('shop');
  new Workload(c, 'web', { image: IMAGE, namespace: 'payments' });
  expect(synth(c).map((o) => o.metadata.namespace)).toEqual(['payments', 'payments', 'payments']);
});

test('every image kubeship runs is in IMAGES, pinned by digest, at the version of the version matrix', () => {
  for (const [name, image] of Object.entries(IMAGES)) {
    expect({ name, pinned: /^[^@\s]+:[^@\s]+@sha256:[a-f0-9]{64}$/.test(image) }).toEqual({ name, pinned: true });
  }
  expect(IMAGES.prometheusOperator).toContain(`:v${VERSIONS.prometheusOperator}@`);
  expect(IMAGES.prometheusConfigReloader).toContain(`:v${VERSIONS.prometheusOperator}@`);
  expect(IMAGES.alertmanager).toContain(`:v${VERSIONS.alertmanager}@`);
  expect(IMAGES.kubeStateMetrics).toContain(`:v${VERSIONS.kubeStateMetrics}@`);
  expect(IMAGES.grafana).toContain(`:${VERSIONS.grafana}@`);
});
