import * as pulumi from '@pulumi/pulumi';
import type * as door from '../constructs/pulumi';
import { MonitoringStack as CdkMonitoringStack, PROMETHEUS_OPERATOR_CRD_FILES } from '../constructs';
import { recordRegistrations } from './helpers/pulumi-mocks';
import { prodNotifications, RECEIVERS_SECRET } from './helpers/alerting-fixture';
import { chart, synth } from './helpers/synth';

let registered: pulumi.runtime.MockResourceArgs[] = [];
let kubeship: typeof door;

beforeAll(async () => {
  registered = await recordRegistrations('kubeship', 'prod');
  kubeship = require('../constructs/pulumi');
});

beforeEach(() => {
  registered.length = 0;
});

async function settle(resources: pulumi.Resource[]): Promise<string[]> {
  return new Promise((resolve) => pulumi.all(resources.map((r) => r.urn)).apply(resolve));
}

const PASSWORD = 'canary-grafana-password-7f3a';

describe('Pulumi MonitoringStack', () => {
  test('creates the Grafana admin Secret from secret config and points Grafana at it; the value appears nowhere else', async () => {
    const stack = new kubeship.MonitoringStack('monitoring', {
      namespace: 'monitoring',
      environment: 'prod',
      grafana: { adminPassword: pulumi.secret(PASSWORD) },
    });
    await settle([...stack.resources, stack.grafanaAdminSecret!]);
    const secret = registered.find((r) => r.type === 'kubernetes:core/v1:Secret')!;
    expect(secret.name).toBe('monitoring-grafana-admin');
    expect(secret.inputs.metadata).toEqual({
      name: 'monitoring-grafana-admin',
      namespace: 'monitoring',
      labels: { 'app.kubernetes.io/managed-by': 'kubeship' },
    });
    // the engine receives the data as a Pulumi secret (encrypted in state, masked in output)
    expect(secret.inputs.stringData).toEqual({
      [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig,
      value: { 'admin-user': 'admin', 'admin-password': PASSWORD },
    });
    const grafana = registered.find((r) => r.type === 'kubernetes:apps/v1:Deployment' && r.name === 'monitoring-grafana')!;
    const env = grafana.inputs.spec.template.spec.containers[0].env;
    expect(env.find((e: any) => e.name === 'GF_SECURITY_ADMIN_PASSWORD').valueFrom.secretKeyRef).toEqual({
      name: 'monitoring-grafana-admin',
      key: 'admin-password',
    });
    const others = registered.filter((r) => r !== secret);
    expect(JSON.stringify(others.map((r) => r.inputs))).not.toContain(PASSWORD);
  });

  test('registers typed children identical to the cdk8s output for the same props', async () => {
    const props = { namespace: 'monitoring', environment: 'prod', cluster: 'eu-1', grafana: { adminSecret: { name: 'grafana-admin' } } };
    const c = chart('monitoring');
    new CdkMonitoringStack(c, 'monitoring', props);
    const fromCdk8s = synth(c);
    const stack = new kubeship.MonitoringStack('monitoring', props);
    await settle(stack.resources);
    const key = (o: any) => `${o.apiVersion}/${o.kind}/${o.metadata.name}`;
    const sorted = (objects: any[]) => [...objects].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sorted(registered.filter((r) => r.custom).map((r) => r.inputs))).toEqual(sorted(fromCdk8s));
    expect(registered.filter((r) => r.custom).map((r) => r.type)).toEqual(
      expect.arrayContaining([
        'kubernetes:monitoring.coreos.com/v1:Prometheus',
        'kubernetes:monitoring.coreos.com/v1:Alertmanager',
        'kubernetes:monitoring.coreos.com/v1:PrometheusRule',
        'kubernetes:monitoring.coreos.com/v1:ServiceMonitor',
        'kubernetes:core/v1:ConfigMap',
        'kubernetes:apps/v1:Deployment',
        'kubernetes:rbac.authorization.k8s.io/v1:ClusterRole',
      ]),
    );
    expect(stack.selectorLabels).toEqual({ 'monitoring.kubeship.dev/stack': 'monitoring' });
    expect(stack.prometheusUrl).toBe('http://prometheus-operated.monitoring.svc:9090');
  });

  test('a Pulumi Workload monitored by the Pulumi stack gets its ServiceMonitor and alerts', async () => {
    const stack = new kubeship.MonitoringStack('monitoring', { namespace: 'monitoring', environment: 'prod', grafana: false });
    const web = new kubeship.Workload('web', {
      image: 'registry.example.com/shop/web:1.4.2',
      namespace: 'shop',
      ports: [{ containerPort: 8080 }],
      monitoring: { stack },
    });
    await settle([...stack.resources, ...web.resources]);
    const monitor = registered.find((r) => r.type === 'kubernetes:monitoring.coreos.com/v1:ServiceMonitor' && r.name === 'web')!;
    expect(monitor.inputs.metadata.labels['monitoring.kubeship.dev/stack']).toBe('monitoring');
    expect(registered.map((r) => `${r.type}::${r.name}`)).toContain('kubernetes:monitoring.coreos.com/v1:PrometheusRule::web-alerts');
  });

  test('creates the receiver credential Secrets from secret config; only they hold the values', async () => {
    const values = {
      'pagerduty-routing-key': 'canary-pd-key-19af',
      'slack-ops-webhook': 'https://hooks.slack.com/services/canary-ops-77',
      'slack-dev-webhook': 'https://hooks.slack.com/services/canary-dev-78',
      'teams-workflow-url': 'https://canary-teams.example/79',
      'ops-webhook-url': 'https://canary-hook.example/80',
    };
    const stack = new kubeship.MonitoringStack('monitoring', {
      name: 'main',
      namespace: 'monitoring',
      environment: 'prod',
      grafana: false,
      notifications: prodNotifications(),
      credentials: { [RECEIVERS_SECRET]: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, pulumi.secret(v)])) },
    });
    await settle([...stack.resources, ...stack.credentialSecrets]);
    const secrets = registered.filter((r) => r.type === 'kubernetes:core/v1:Secret');
    expect(secrets.map((r) => r.inputs.metadata.name).sort()).toEqual(['alertmanager-main', RECEIVERS_SECRET]);
    const credentials = secrets.find((r) => r.inputs.metadata.name === RECEIVERS_SECRET)!;
    expect(credentials.inputs.stringData).toEqual({ [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig, value: values });
    const alertmanager = registered.find((r) => r.type === 'kubernetes:monitoring.coreos.com/v1:Alertmanager')!;
    expect(alertmanager.inputs.spec.secrets).toEqual([RECEIVERS_SECRET]);
    const others = JSON.stringify(registered.filter((r) => r !== credentials).map((r) => r.inputs));
    for (const value of Object.values(values)) {
      expect(others).not.toContain(value);
    }
  });

  test('a credential Secret lacking a key a channel reads is one clear error', () => {
    expect(
      () =>
        new kubeship.MonitoringStack('monitoring', {
          environment: 'prod',
          grafana: false,
          notifications: prodNotifications(),
          credentials: { [RECEIVERS_SECRET]: { 'slack-ops-webhook': pulumi.secret('x') } },
        }),
    ).toThrow(
      /credentials\.alertmanager-receivers: got \["slack-ops-webhook"\]; allowed: a key "pagerduty-routing-key" \(a channel reads it\)[^]*a key "teams-workflow-url"/,
    );
  });

  test('invalid props surface as one RunError listing every problem, without the private chart id', () => {
    expect(() => new kubeship.MonitoringStack('bad', { environment: 'Prod!', grafana: false, prometheus: { replicas: 0 } })).toThrow(
      /\[bad\] environment: got "Prod!".*\n.*\[bad\] prometheus.replicas: got 0/,
    );
  });
});

describe('Pulumi PrometheusOperator', () => {
  test('registers the CRDs, then the controller and its RBAC', async () => {
    const operator = new kubeship.PrometheusOperator('prometheus-operator', { namespace: 'monitoring' });
    await settle([...operator.crds, ...operator.resources]);
    const crds = registered.filter((r) => r.type === 'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition');
    expect(crds.map((r) => r.inputs.metadata.name).sort()).toEqual(
      PROMETHEUS_OPERATOR_CRD_FILES.map((f) => `${f.replace('.yaml', '')}.monitoring.coreos.com`).sort(),
    );
    expect(operator.crds).toHaveLength(PROMETHEUS_OPERATOR_CRD_FILES.length);
    expect(
      registered
        .filter((r) => r.custom && r.type !== 'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition')
        .map((r) => r.type)
        .sort(),
    ).toEqual([
      'kubernetes:apps/v1:Deployment',
      'kubernetes:core/v1:Service',
      'kubernetes:core/v1:ServiceAccount',
      'kubernetes:networking.k8s.io/v1:NetworkPolicy',
      'kubernetes:rbac.authorization.k8s.io/v1:ClusterRole',
      'kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding',
    ]);
    const deployment = registered.find((r) => r.type === 'kubernetes:apps/v1:Deployment')!;
    expect(deployment.inputs.spec.template.spec.containers[0].image).toMatch(
      /^quay\.io\/prometheus-operator\/prometheus-operator:v0\.93\.0@sha256:[0-9a-f]{64}$/,
    );
  });
});
