import * as fs from 'fs';
import * as path from 'path';
import { Chart, Testing } from 'cdk8s';
import {
  AlertmanagerServer,
  AnalysisGate,
  DeliveryStrategy,
  DEPLOYMENT_ALERTS,
  KUBE_STATE_METRICS_IMAGE,
  MonitoringStack,
  MonitoringStackProps,
  PrometheusOperator,
  PrometheusServer,
  SERVICE_ALERTS,
  Workload,
} from '../constructs';
import { builtInDashboards, dashboardQueries, deploymentAlertGroups, serviceAlertGroup } from '../constructs/testing';
import { applicationMetrics, metricNames, SCRAPED_METRICS } from '../constructs/monitoring/metrics';
import { validateAll } from './helpers/schema';
import { find, inventory } from './helpers/synth';

const IMAGE = 'registry.example.com/shop/web:1.4.2';
const GRAFANA = { adminSecret: { name: 'grafana-admin' } };

function stackIn(props: Partial<MonitoringStackProps> = {}): {
  stack: MonitoringStack;
  monitoring: Chart;
  apps: Chart;
  app: ReturnType<typeof Testing.app>;
} {
  const app = Testing.app();
  const monitoring = new Chart(app, 'monitoring', { namespace: 'monitoring' });
  const stack = new MonitoringStack(monitoring, 'Monitoring', { environment: 'prod', grafana: GRAFANA, ...props });
  return { stack, monitoring, apps: new Chart(app, 'apps', { namespace: 'shop' }), app };
}

function synthError(chart: Chart): string {
  try {
    Testing.synth(chart);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('synthesis succeeded');
}

describe('MonitoringStack (defaults)', () => {
  const { stack, monitoring } = stackIn({ cluster: 'eu-1' });
  const out = Testing.synth(monitoring);
  const prometheus = find(out, 'Prometheus');
  const alertmanager = find(out, 'Alertmanager');

  test('emits Prometheus with RBAC, Alertmanager, kube-state-metrics, exporter and self monitors, alerts and Grafana', () => {
    expect(inventory(out)).toEqual([
      'ServiceAccount/monitoring-prometheus',
      'ClusterRole/monitoring-prometheus',
      'ClusterRoleBinding/monitoring-prometheus',
      'Prometheus/monitoring',
      'Alertmanager/monitoring',
      'ServiceAccount/monitoring-kube-state-metrics',
      'ClusterRole/monitoring-kube-state-metrics',
      'ClusterRoleBinding/monitoring-kube-state-metrics',
      'Deployment/monitoring-kube-state-metrics',
      'Service/monitoring-kube-state-metrics',
      'ServiceMonitor/monitoring-kube-state-metrics',
      'ServiceMonitor/monitoring-argo-rollouts-metrics',
      'ServiceMonitor/monitoring-prometheus',
      'ServiceMonitor/monitoring-alertmanager',
      'ServiceMonitor/monitoring-grafana',
      'ServiceMonitor/monitoring-prometheus-operator',
      'NetworkPolicy/monitoring-prometheus',
      'NetworkPolicy/monitoring-alertmanager',
      'NetworkPolicy/monitoring-grafana',
      'NetworkPolicy/monitoring-kube-state-metrics',
      'PrometheusRule/monitoring-deployment-alerts',
      'PrometheusRule/monitoring-monitoring-alerts',
      'ConfigMap/monitoring-grafana-datasources',
      'ConfigMap/monitoring-grafana-dashboards-deployments',
      'ConfigMap/monitoring-grafana-dashboards-services',
      'ConfigMap/monitoring-grafana-dashboard-providers',
      'Deployment/monitoring-grafana',
      'Service/monitoring-grafana',
    ]);
  });

  test('every object validates against kubernetes-models and the upstream CRD schemas', () => {
    expect(() => validateAll(out)).not.toThrow();
  });

  test('Prometheus selects monitors and rules by the stack label, in every namespace', () => {
    const selector = { matchLabels: { 'monitoring.kubeship.dev/stack': 'monitoring' } };
    expect(stack.selectorLabels).toEqual({ 'monitoring.kubeship.dev/stack': 'monitoring' });
    for (const field of ['serviceMonitorSelector', 'podMonitorSelector', 'ruleSelector']) {
      expect(prometheus.spec[field]).toEqual(selector);
    }
    for (const field of ['serviceMonitorNamespaceSelector', 'podMonitorNamespaceSelector', 'ruleNamespaceSelector']) {
      expect(prometheus.spec[field]).toEqual({});
    }
  });

  test('Prometheus defaults: 1 replica, 15d retention, 30s scrape and evaluation, environment and cluster external labels', () => {
    expect(prometheus.spec).toMatchObject({
      replicas: 1,
      retention: '15d',
      scrapeInterval: '30s',
      evaluationInterval: '30s',
      serviceAccountName: 'monitoring-prometheus',
      externalLabels: { environment: 'prod', cluster: 'eu-1' },
      resources: { requests: { cpu: '100m', memory: '512Mi' }, limits: { cpu: '1', memory: '2Gi' } },
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      alerting: { alertmanagers: [{ name: 'alertmanager-operated', namespace: 'monitoring', port: 'web', apiVersion: 'v2' }] },
    });
    expect(prometheus.spec.storage).toBeUndefined();
  });

  test('Alertmanager reads the native alertmanager.yaml from its Secret and keeps 120h of state', () => {
    expect(alertmanager.spec).toMatchObject({
      replicas: 1,
      retention: '120h',
      configSecret: 'alertmanager-monitoring',
      automountServiceAccountToken: false,
    });
    expect(stack.alertmanagerConfigSecret).toBe('alertmanager-monitoring');
    expect(stack.prometheusUrl).toBe('http://prometheus-operated.monitoring.svc:9090');
    expect(stack.alertmanagerUrl).toBe('http://alertmanager-operated.monitoring.svc:9093');
  });

  test("exporter monitors keep the exporters' labels, fix the job name and add environment and cluster", () => {
    const ksm = find(out, 'ServiceMonitor', 'monitoring-kube-state-metrics');
    expect(ksm.metadata.labels['monitoring.kubeship.dev/stack']).toBe('monitoring');
    expect(ksm.spec).toEqual({
      namespaceSelector: { matchNames: ['monitoring'] },
      selector: { matchLabels: { 'app.kubernetes.io/name': 'kube-state-metrics' } },
      endpoints: [
        {
          port: 'http-metrics',
          interval: '30s',
          honorLabels: true,
          relabelings: [
            { action: 'replace', targetLabel: 'job', replacement: 'kube-state-metrics' },
            { action: 'replace', targetLabel: 'cluster', replacement: 'eu-1' },
            { action: 'replace', targetLabel: 'environment', replacement: 'prod' },
          ],
        },
      ],
    });
    const argo = find(out, 'ServiceMonitor', 'monitoring-argo-rollouts-metrics');
    expect(argo.spec.namespaceSelector).toEqual({ matchNames: ['argo-rollouts'] });
    expect(argo.spec.endpoints[0]).toMatchObject({
      port: 'metrics',
      relabelings: [{ targetLabel: 'job', replacement: 'argo-rollouts-metrics' }, {}, {}],
    });
  });

  test('kube-state-metrics runs with the stack: pinned image, only the collectors the rules read, list/watch only, restricted pod', () => {
    // before: nothing ran kube-state-metrics and the monitor selected port `http`, which upstream's
    // Service does not have (kubernetes/kube-state-metrics v2.19.1 examples/standard/service.yaml: http-metrics, telemetry)
    const deployment = find(out, 'Deployment', 'monitoring-kube-state-metrics');
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];
    expect(container.image).toBe(KUBE_STATE_METRICS_IMAGE);
    expect(container.image).toMatch(/^registry\.k8s\.io\/kube-state-metrics\/kube-state-metrics:v2\.19\.1@sha256:[a-f0-9]{64}$/);
    expect(container.args).toEqual([
      '--resources=deployments,horizontalpodautoscalers,pods,replicasets',
      '--metric-labels-allowlist=deployments=[app.kubernetes.io/managed-by]',
    ]);
    expect(container.ports.map((p: any) => [p.name, p.containerPort])).toEqual([
      ['http-metrics', 8080],
      ['telemetry', 8081],
    ]);
    expect(container.securityContext).toMatchObject({
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(pod.serviceAccountName).toBe('monitoring-kube-state-metrics');
    const role = find(out, 'ClusterRole', 'monitoring-kube-state-metrics');
    expect(role.rules).toEqual([
      { apiGroups: [''], resources: ['pods'], verbs: ['list', 'watch'] },
      { apiGroups: ['apps'], resources: ['deployments', 'replicasets'], verbs: ['list', 'watch'] },
      { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: ['list', 'watch'] },
    ]);
    expect(find(out, 'ClusterRoleBinding', 'monitoring-kube-state-metrics').subjects).toEqual([
      { kind: 'ServiceAccount', name: 'monitoring-kube-state-metrics', namespace: 'monitoring' },
    ]);
    const service = find(out, 'Service', 'monitoring-kube-state-metrics');
    const monitor = find(out, 'ServiceMonitor', 'monitoring-kube-state-metrics');
    // the monitor selects the Service it installs: labels and port name
    expect(service.metadata.labels).toMatchObject(monitor.spec.selector.matchLabels);
    expect(service.spec.ports.map((p: any) => p.name)).toContain(monitor.spec.endpoints[0].port);
  });

  test('the Argo Rollouts monitor selects the metrics Service of either upstream install', () => {
    // argo-rollouts v1.9.1 manifests/install.yaml: Service argo-rollouts-metrics, labels
    // app.kubernetes.io/name=argo-rollouts-metrics, component=server, port `metrics`; argo-helm
    // charts/argo-rollouts templates/controller/metrics-service.yaml: name=argo-rollouts,
    // component=rollouts-controller, port `metrics` (portName default)
    const argo = find(out, 'ServiceMonitor', 'monitoring-argo-rollouts-metrics');
    const selects = (labels: Record<string, string>) =>
      argo.spec.selector.matchExpressions.every((e: any) => e.operator === 'In' && e.values.includes(labels[e.key]));
    expect(
      selects({
        'app.kubernetes.io/name': 'argo-rollouts-metrics',
        'app.kubernetes.io/component': 'server',
        'app.kubernetes.io/part-of': 'argo-rollouts',
      }),
    ).toBe(true);
    expect(
      selects({
        'app.kubernetes.io/name': 'argo-rollouts',
        'app.kubernetes.io/component': 'rollouts-controller',
        'app.kubernetes.io/instance': 'argo-rollouts',
      }),
    ).toBe(true);
    expect(selects({ 'app.kubernetes.io/name': 'argo-rollouts', 'app.kubernetes.io/component': 'rollouts-dashboard' })).toBe(false);
  });

  test("self-monitoring scrapes this stack's Prometheus and Alertmanager pods, Grafana and the operator", () => {
    // prometheus-operator v0.93.0: the governing Services prometheus-operated / alertmanager-operated
    // carry operated-prometheus / operated-alertmanager and port `web` and select every instance of the namespace
    const prom = find(out, 'ServiceMonitor', 'monitoring-prometheus');
    expect(prom.spec.selector).toEqual({ matchLabels: { 'operated-prometheus': 'true' } });
    expect(prom.spec.endpoints[0].port).toBe('web');
    expect(prom.spec.endpoints[0].relabelings[0]).toEqual({
      action: 'keep',
      sourceLabels: ['__meta_kubernetes_pod_label_prometheus'],
      regex: 'monitoring',
    });
    const am = find(out, 'ServiceMonitor', 'monitoring-alertmanager');
    expect(am.spec.selector).toEqual({ matchLabels: { 'operated-alertmanager': 'true' } });
    expect(am.spec.endpoints[0].relabelings[0]).toEqual({
      action: 'keep',
      sourceLabels: ['__meta_kubernetes_pod_label_alertmanager'],
      regex: 'monitoring',
    });
    const grafana = find(out, 'ServiceMonitor', 'monitoring-grafana');
    expect(find(out, 'Service', 'monitoring-grafana').metadata.labels).toMatchObject(grafana.spec.selector.matchLabels);
    const operator = find(out, 'ServiceMonitor', 'monitoring-prometheus-operator');
    expect(operator.spec).toMatchObject({
      namespaceSelector: { matchNames: ['monitoring'] },
      selector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus-operator' } },
    });
    const jobs = ['prometheus', 'alertmanager', 'grafana', 'prometheus-operator'];
    expect(
      [prom, am, grafana, operator].map((m) => m.spec.endpoints[0].relabelings.find((r: any) => r.targetLabel === 'job').replacement),
    ).toEqual(jobs);
    const rules = find(out, 'PrometheusRule', 'monitoring-monitoring-alerts').spec.groups[0].rules.map((r: any) => r.alert);
    expect(rules).toEqual([
      'TargetDown',
      'PrometheusBadConfig',
      'PrometheusRuleFailures',
      'PrometheusNotConnectedToAlertmanagers',
      'AlertmanagerFailedReload',
      'AlertmanagerFailedToSendAlerts',
      'PrometheusOperatorReconcileErrors',
      'MonitoringComponentAbsent',
      'MonitoringComponentAbsent',
      'MonitoringComponentAbsent',
    ]);
  });

  test("the stack's pods are isolated: each admits only the callers it serves (labels as the operator sets them)", () => {
    // prometheus-operator v0.93.0 pkg/prometheus/server/operator.go and pkg/alertmanager/operator.go makeSelectorLabels
    const spec = (name: string) => find(out, 'NetworkPolicy', name).spec;
    const prometheus = { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus', prometheus: 'monitoring' } } };
    const grafana = { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'monitoring-grafana' } } };
    expect(spec('monitoring-prometheus')).toEqual({
      podSelector: prometheus.podSelector,
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [prometheus, grafana, { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'argo-rollouts' } } }],
          ports: [{ protocol: 'TCP', port: 9090 }],
        },
      ],
    });
    const am = spec('monitoring-alertmanager');
    expect(am.podSelector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'alertmanager', alertmanager: 'monitoring' } });
    expect(am.ingress[1].ports).toEqual([
      { protocol: 'TCP', port: 9093 },
      { protocol: 'TCP', port: 9094 },
      { protocol: 'UDP', port: 9094 },
    ]);
    expect(spec('monitoring-grafana').ingress[0].from[1]).toEqual(prometheus);
    expect(spec('monitoring-kube-state-metrics').ingress).toEqual([
      {
        from: [prometheus],
        ports: [
          { protocol: 'TCP', port: 8080 },
          { protocol: 'TCP', port: 8081 },
        ],
      },
    ]);
    expect(stack.prometheusPods).toEqual({ namespace: 'monitoring', podLabels: prometheus.podSelector.matchLabels });
  });

  test('the deployment alerts PrometheusRule carries the stack label and every deployment alert', () => {
    const rule = find(out, 'PrometheusRule', 'monitoring-deployment-alerts');
    expect(rule.metadata.labels['monitoring.kubeship.dev/stack']).toBe('monitoring');
    expect(rule.spec.groups.flatMap((g: any) => g.rules.map((r: any) => r.alert))).toEqual([...DEPLOYMENT_ALERTS]);
  });

  test('Grafana: admin credentials only through secretKeyRef, locked-down pod, provisioned datasources with stable uids', () => {
    const deployment = find(out, 'Deployment', 'monitoring-grafana');
    const pod = deployment.spec.template.spec;
    const container = pod.containers[0];
    const env = Object.fromEntries(container.env.map((e: any) => [e.name, e]));
    expect(env.GF_SECURITY_ADMIN_USER).toEqual({
      name: 'GF_SECURITY_ADMIN_USER',
      valueFrom: { secretKeyRef: { name: 'grafana-admin', key: 'admin-user' } },
    });
    expect(env.GF_SECURITY_ADMIN_PASSWORD).toEqual({
      name: 'GF_SECURITY_ADMIN_PASSWORD',
      valueFrom: { secretKeyRef: { name: 'grafana-admin', key: 'admin-password' } },
    });
    expect(container.env.filter((e: any) => /PASSWORD|SECRET|TOKEN/.test(e.name) && e.value !== undefined)).toEqual([]);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 472, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    expect(container.resources).toEqual({ requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '512Mi' } });
    const datasources = find(out, 'ConfigMap', 'monitoring-grafana-datasources').data['datasources.yaml'];
    expect(datasources).toContain('uid: prometheus');
    expect(datasources).toContain('url: http://prometheus-operated:9090');
    expect(datasources).toContain('uid: alertmanager');
    expect(datasources).toContain('url: http://alertmanager-operated:9093');
  });

  test('dashboards are ConfigMaps per folder with the sidecar label, folder annotation, and mounted file providers', () => {
    const deployments = find(out, 'ConfigMap', 'monitoring-grafana-dashboards-deployments');
    expect(deployments.metadata.labels.grafana_dashboard).toBe('1');
    expect(deployments.metadata.annotations).toEqual({ grafana_folder: 'Deployments' });
    expect(Object.keys(deployments.data)).toEqual(['kubeship-deployment-alerts.json', 'kubeship-deployment-metrics.json']);
    const providers = find(out, 'ConfigMap', 'monitoring-grafana-dashboard-providers').data['dashboards.yaml'];
    expect(providers).toContain('path: /etc/grafana/dashboards/deployments');
    expect(providers).toContain('path: /etc/grafana/dashboards/services');
    const mounts = find(out, 'Deployment', 'monitoring-grafana').spec.template.spec.containers[0].volumeMounts.map((m: any) => m.mountPath);
    expect(mounts).toEqual(
      expect.arrayContaining([
        '/etc/grafana/dashboards/deployments',
        '/etc/grafana/dashboards/services',
        '/etc/grafana/provisioning/datasources',
        '/etc/grafana/provisioning/dashboards',
        '/var/lib/grafana',
        '/tmp',
      ]),
    );
  });
});

describe('MonitoringStack (options)', () => {
  test('replicas, retention, storage, resources, remote write from Secrets and extra external labels', () => {
    const { monitoring } = stackIn({
      prometheus: {
        replicas: 2,
        retention: '30d',
        retentionSize: '40GB',
        storage: { size: '50Gi', storageClassName: 'gp3' },
        resources: { memory: { limit: '4Gi' } },
        externalLabels: { region: 'eu-west-1' },
        remoteWrite: [
          {
            url: 'https://mimir.example.com/api/v1/push',
            basicAuthSecret: { name: 'mimir', usernameKey: 'user', passwordKey: 'password' },
          },
        ],
      },
      alertmanager: { replicas: 3, storage: { size: '1Gi' }, secrets: ['alertmanager-receivers'] },
      grafana: false,
      argoRollouts: false,
      deploymentAlerts: false,
    });
    const out = Testing.synth(monitoring);
    validateAll(out);
    expect(inventory(out)).not.toContain('Deployment/monitoring-grafana');
    expect(inventory(out)).not.toContain('ServiceMonitor/monitoring-argo-rollouts-metrics');
    expect(inventory(out)).not.toContain('PrometheusRule/monitoring-deployment-alerts');
    const prometheus = find(out, 'Prometheus').spec;
    expect(prometheus).toMatchObject({
      replicas: 2,
      retention: '30d',
      retentionSize: '40GB',
      externalLabels: { region: 'eu-west-1', environment: 'prod' },
      resources: { requests: { cpu: '100m', memory: '512Mi' }, limits: { cpu: '1', memory: '4Gi' } },
      storage: { volumeClaimTemplate: { spec: { storageClassName: 'gp3', resources: { requests: { storage: '50Gi' } } } } },
      remoteWrite: [
        {
          url: 'https://mimir.example.com/api/v1/push',
          basicAuth: { username: { name: 'mimir', key: 'user' }, password: { name: 'mimir', key: 'password' } },
        },
      ],
    });
    const alertmanager = find(out, 'Alertmanager').spec;
    expect(alertmanager).toMatchObject({
      replicas: 3,
      secrets: ['alertmanager-receivers'],
      storage: { volumeClaimTemplate: { spec: { resources: { requests: { storage: '1Gi' } } } } },
    });
  });

  test('every invalid option is reported at once, with path, value, allowed and fix', () => {
    const { monitoring } = stackIn({
      environment: 'Prod Env',
      scrapeInterval: '2s',
      prometheus: {
        replicas: 0,
        retention: '15 days',
        retentionSize: '60GB',
        storage: { size: '50Gi' },
        externalLabels: { environment: 'x' },
        remoteWrite: [{ url: 'mimir:9009' }],
      },
      alertmanager: { retention: 'forever', resources: { cpu: { request: '2', limit: '1' } } },
      grafana: { adminSecret: { name: 'Grafana Admin' }, image: 'grafana/grafana' },
      deploymentAlerts: { overrides: { DeploymentFaild: { severity: 'warning' } }, longRunningAfter: '30s' },
    });
    const message = synthError(monitoring);
    for (const path of [
      'environment: got "Prod Env"',
      'scrapeInterval: got "2s"',
      'prometheus.replicas: got 0',
      'prometheus.retention: got "15 days"',
      'prometheus.retentionSize: got "60GB"; allowed: less than the volume size (50Gi)',
      'prometheus.externalLabels.environment',
      'prometheus.remoteWrite[0].url: got "mimir:9009"',
      'alertmanager.retention: got "forever"',
      'alertmanager.resources.cpu.request: got "2"',
      'grafana.adminSecret.name: got "Grafana Admin"',
      'grafana.image: got "grafana/grafana"',
      'deploymentAlerts.overrides.DeploymentFaild: got "DeploymentFaild"; allowed: one of DeploymentFailed,',
      'deploymentAlerts.longRunningAfter: got "30s"',
    ]) {
      expect(message).toContain(path);
    }
    expect(message).toMatch(/fix: /);
    // nothing half-built
    expect(monitoring.node.findAll().filter((c) => (c as any).apiVersion !== undefined)).toHaveLength(0);
  });

  test('grafana must be configured or explicitly disabled', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'm', { namespace: 'monitoring' });
    new MonitoringStack(chart, 'Monitoring', { environment: 'dev' } as MonitoringStackProps);
    expect(synthError(chart)).toContain('grafana: got nothing; allowed: Grafana options with an admin Secret, or false');
  });
});

describe('workload monitoring (one prop)', () => {
  const { stack, apps } = stackIn({ environment: 'staging' });
  new Workload(apps, 'web', {
    image: IMAGE,
    ports: [{ containerPort: 8080 }],
    strategy: DeliveryStrategy.canary({ analysis: { gates: [AnalysisGate.successRate({ prometheusUrl: stack.prometheusUrl })] } }),
    monitoring: { stack, alerts: { maxErrorRatio: 0.02, overrides: { ServiceHighLatency: { severity: 'critical' } } } },
  });
  new Workload(apps, 'worker', {
    image: IMAGE,
    ports: [{ containerPort: 9090, name: 'metrics' }],
    service: false,
    monitoring: { stack, alerts: false },
  });
  const out = Testing.synth(apps);

  test('a Rollout is scraped once per pod by a PodMonitor carrying its pod-template hash and the stack label', () => {
    // before: a ServiceMonitor selected both `web` and `web-canary`, which select the same pods
    // whenever no rollout is under way (Argo pins both to the stable ReplicaSet): every pod scraped twice
    expect(inventory(out)).not.toContain('ServiceMonitor/web');
    const monitor = find(out, 'PodMonitor', 'web');
    expect(monitor.metadata.namespace).toBe('shop');
    expect(monitor.metadata.labels['monitoring.kubeship.dev/stack']).toBe('monitoring');
    expect(monitor.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'web' } });
    for (const service of ['web', 'web-canary']) {
      expect(find(out, 'Service', service).spec.selector).toEqual(monitor.spec.selector.matchLabels);
    }
    // the operator copies the pod label onto every series as rollouts_pod_template_hash (v0.93.0 promcfg.go)
    expect(monitor.spec.podTargetLabels).toEqual(['rollouts-pod-template-hash']);
    expect(monitor.spec.podMetricsEndpoints).toEqual([
      {
        port: 'http',
        path: '/metrics',
        interval: '30s',
        relabelings: [
          { action: 'replace', targetLabel: 'service', replacement: 'web' },
          { action: 'replace', targetLabel: 'job', replacement: 'web' },
          { action: 'replace', targetLabel: 'environment', replacement: 'staging' },
        ],
      },
    ]);
    // the gates select the same label, valued by the controller with the newest ReplicaSet's hash
    const gate = find(out, 'AnalysisTemplate', 'web-success-rate').spec.metrics[0].provider.prometheus.query;
    expect(gate).toContain('service="{{args.service}}",rollouts_pod_template_hash="{{args.pod-template-hash}}"');
  });

  test('a Deployment (one Service) keeps its ServiceMonitor, without the hash label', () => {
    const { stack: s, apps: a } = stackIn();
    new Workload(a, 'api', { image: IMAGE, ports: [{ containerPort: 8080 }], monitoring: { stack: s } });
    const monitor = find(Testing.synth(a), 'ServiceMonitor', 'api');
    expect(monitor.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'api' } });
  });

  test('service alerts watch the primary Service with the given budget and overrides', () => {
    const rule = find(out, 'PrometheusRule', 'web-alerts');
    expect(rule.metadata.labels['monitoring.kubeship.dev/stack']).toBe('monitoring');
    const [errors, latency] = rule.spec.groups[0].rules;
    expect(errors.alert).toBe('ServiceHighErrorRate');
    expect(errors.expr).toContain('http_requests_total{namespace="shop", service="web", code=~"5.."}[5m]');
    expect(errors.expr).toContain('> 0.02');
    expect(latency.labels.severity).toBe('critical');
  });

  test('a PodMonitor labels series with the workload as `service`, so gates and alerts work alike', () => {
    const monitor = find(out, 'PodMonitor', 'worker');
    expect(monitor.spec.podMetricsEndpoints[0].relabelings[0]).toEqual({
      action: 'replace',
      targetLabel: 'service',
      replacement: 'worker',
    });
    expect(inventory(out)).not.toContain('PrometheusRule/worker-alerts');
  });

  test('the monitors and rules validate against the upstream CRDs', () => {
    expect(() => validateAll(out.filter((m: any) => m.apiVersion.startsWith('monitoring.coreos.com')))).not.toThrow();
  });

  test('invalid monitoring options fail synthesis with paths under monitoring', () => {
    const { stack: s, apps: a } = stackIn();
    new Workload(a, 'api', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      monitoring: { stack: s, port: 'metrics', alerts: { rateWindow: '30s', maxErrorRatio: 5, overrides: { Nope: {} } } },
    });
    const message = synthError(a);
    expect(message).toContain('monitoring.port: got "metrics"; allowed: one of the workload\'s ports: http');
    expect(message).toContain('monitoring.alerts.rateWindow: got "30s"; allowed: at least twice the scrape interval (1m)');
    expect(message).toContain('monitoring.alerts.maxErrorRatio: got 5');
    expect(message).toContain('monitoring.alerts.overrides.Nope');
  });
});

describe('alert rule quality', () => {
  const groups = [...deploymentAlertGroups(), serviceAlertGroup({ service: 'web', namespace: 'shop' })];
  const rules = groups.flatMap((g) => g.rules);

  test('every alert has a severity, summary, description and runbook_url; every runbook of ours exists', () => {
    expect(rules.map((r) => r.alert)).toEqual([...DEPLOYMENT_ALERTS, ...SERVICE_ALERTS]);
    for (const rule of rules) {
      expect(['critical', 'warning', 'info', 'none']).toContain(rule.labels.severity);
      expect(rule.annotations.summary).toMatch(/^[A-Z].*\.$/);
      expect(rule.annotations.description.length).toBeGreaterThan(20);
      expect(rule.annotations.runbook_url).toMatch(/^https:\/\//);
      const ours = /\/docs\/runbooks\/([a-z]+\.md)$/.exec(rule.annotations.runbook_url);
      if (ours) {
        expect(fs.existsSync(path.join(__dirname, '..', 'docs', 'runbooks', ours[1]))).toBe(true);
      }
      expect(rule.alert === 'Watchdog' || rule.for !== undefined).toBe(true);
    }
  });

  test('the four deployment alerts have the requested severities', () => {
    const severity = Object.fromEntries(rules.map((r) => [r.alert, r.labels.severity]));
    expect(severity).toMatchObject({
      DeploymentFailed: 'critical',
      DeploymentLongRunning: 'warning',
      DeploymentRollbackFailed: 'critical',
      DeploymentCanaryIssue: 'warning',
    });
  });

  test('overrides change for, severity, labels and annotations, and disable alerts', () => {
    const [deployments, general] = deploymentAlertGroups({
      labels: { team: 'platform' },
      overrides: {
        DeploymentLongRunning: {
          for: '45m',
          severity: 'critical',
          labels: { tier: 'gold' },
          annotations: { dashboard_url: 'https://grafana.example.com/d/x' },
        },
        KubeDeploymentReplicasMismatch: { disabled: true },
      },
    });
    const longRunning = deployments.rules.find((r) => r.alert === 'DeploymentLongRunning')!;
    expect(longRunning.for).toBe('45m');
    expect(longRunning.labels).toEqual({ team: 'platform', tier: 'gold', severity: 'critical' });
    expect(longRunning.annotations.dashboard_url).toBe('https://grafana.example.com/d/x');
    expect(deployments.rules.map((r) => r.alert)).not.toContain('KubeDeploymentReplicasMismatch');
    expect(general.rules[0].labels).toEqual({ team: 'platform', severity: 'none' });
  });

  test('invalid alert options throw one error listing every problem', () => {
    expect(() =>
      deploymentAlertGroups({
        kubeStateMetricsSelector: 'job=kube-state-metrics',
        runbookBaseUrl: 'wiki/runbooks',
        overrides: { Watchdog: { for: 'soon', severity: 'page' as any, labels: { severity: 'critical' } } },
      }),
    ).toThrow(/Invalid deployment alert options \(5 problems\)/);
  });

  test('every rule and dashboard query reads only series the stack scrapes or Prometheus produces', () => {
    const known = new Set<string>([
      ...SCRAPED_METRICS.kubeStateMetrics,
      ...SCRAPED_METRICS.argoRollouts,
      ...SCRAPED_METRICS.prometheus,
      ...applicationMetrics(),
    ]);
    const queries = [...rules.map((r) => r.expr), ...builtInDashboards().flatMap((d) => dashboardQueries(d.dashboard))];
    const unknown = queries.flatMap((q) =>
      metricNames(q)
        .filter((m) => !known.has(m))
        .map((m) => `${m} in ${q}`),
    );
    expect(unknown).toEqual([]);
    // exporter series are read through the job names the stack's ServiceMonitors set
    for (const q of queries) {
      for (const m of metricNames(q)) {
        if ((SCRAPED_METRICS.kubeStateMetrics as readonly string[]).includes(m)) {
          expect(q).toMatch(new RegExp(`${m}\\{job="kube-state-metrics"`));
        }
        if ((SCRAPED_METRICS.argoRollouts as readonly string[]).includes(m)) {
          expect(q).toMatch(new RegExp(`${m}\\{job="argo-rollouts-metrics"`));
        }
      }
    }
    // ALERTS queries name alerts that exist
    const alertNames = queries.flatMap((q) => [...q.matchAll(/alertname="([A-Za-z]+)"/g)].map((m) => m[1]));
    expect(alertNames.filter((a) => !(DEPLOYMENT_ALERTS as readonly string[]).includes(a))).toEqual([]);
  });
});

describe('dashboards', () => {
  const dashboards = builtInDashboards();

  test('three dashboards with stable uids, in folders, read-only, on the provisioned Prometheus datasource', () => {
    expect(dashboards.map((d) => [d.folder, d.dashboard.uid, d.dashboard.title])).toEqual([
      ['Deployments', 'kubeship-deployment-metrics', 'Deployment Metrics'],
      ['Deployments', 'kubeship-deployment-alerts', 'Deployment Alerts'],
      ['Services', 'kubeship-service-overview', 'Service Overview'],
    ]);
    for (const { dashboard } of dashboards) {
      expect(dashboard.editable).toBe(false);
      for (const panel of dashboard.panels as any[]) {
        expect(panel.datasource).toEqual({ type: 'prometheus', uid: 'prometheus' });
        expect(panel.targets.length).toBeGreaterThan(0);
        expect(panel.targets.every((t: any) => t.datasource.uid === 'prometheus' && typeof t.refId === 'string')).toBe(true);
        expect(new Set(panel.targets.map((t: any) => t.refId)).size).toBe(panel.targets.length);
      }
    }
  });

  test('panels fit the 24-column grid without overlapping', () => {
    for (const { dashboard } of dashboards) {
      const cells = new Set<string>();
      for (const panel of dashboard.panels as any[]) {
        const { x, y, w, h } = panel.gridPos;
        expect(x + w).toBeLessThanOrEqual(24);
        for (let i = x; i < x + w; i++) {
          for (let j = y; j < y + h; j++) {
            expect(cells.has(`${i},${j}`)).toBe(false);
            cells.add(`${i},${j}`);
          }
        }
      }
    }
  });

  test('the requested panels are there', () => {
    const titles = (uid: string) => (dashboards.find((d) => d.dashboard.uid === uid)!.dashboard.panels as any[]).map((p) => p.title);
    expect(titles('kubeship-deployment-metrics')).toEqual(
      expect.arrayContaining([
        'Success rate (time range)',
        'Time spent rolling out (minutes, per rollout)',
        'Deployments by status',
        'Deployments by environment',
        'Deployments by strategy',
      ]),
    );
    expect(titles('kubeship-deployment-alerts')).toEqual(
      expect.arrayContaining(['Recent failures', 'Long-running deployments', 'Failed rollbacks', 'Canary issues']),
    );
    expect(titles('kubeship-service-overview')).toEqual(
      expect.arrayContaining([
        'Request rate',
        'Error ratio (5xx)',
        'Duration',
        'Saturation (HPA metric vs target)',
        'Replicas vs autoscaling bounds',
      ]),
    );
  });
});

describe("PrometheusServer and AlertmanagerServer (the stack's servers, on their own)", () => {
  test('render what the stack renders for them: the same objects, valid against the operator CRDs', () => {
    const standalone = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
    const labels = { 'app.kubernetes.io/managed-by': 'kubeship', 'app.kubernetes.io/part-of': 'main' };
    new PrometheusServer(standalone, 'Prometheus', {
      name: 'main',
      labels,
      selectorLabels: { 'monitoring.kubeship.dev/stack': 'main' },
      targetLabels: { environment: 'prod' },
      retention: '30d',
    });
    new AlertmanagerServer(standalone, 'Alertmanager', { name: 'main', labels, replicas: 2, secrets: ['receivers'] });
    const own = Testing.synth(standalone);
    validateAll(own);
    const stackChart = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
    new MonitoringStack(stackChart, 'Monitoring', {
      name: 'main',
      environment: 'prod',
      grafana: false,
      deploymentAlerts: false,
      selfMonitoring: false,
      kubeStateMetrics: false,
      argoRollouts: false,
      networkPolicies: false,
      prometheus: { retention: '30d' },
      alertmanager: { replicas: 2, secrets: ['receivers'] },
    });
    const fromStack = Testing.synth(stackChart).filter((o: any) =>
      own.some((m: any) => m.kind === o.kind && m.metadata.name === o.metadata.name),
    );
    expect(own).toEqual(fromStack);
    expect(own.map((o: any) => o.kind)).toEqual(['ServiceAccount', 'ClusterRole', 'ClusterRoleBinding', 'Prometheus', 'Alertmanager']);
  });

  test('check their own props: every problem at once, nothing rendered', () => {
    const c = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
    new PrometheusServer(c, 'Prometheus', { name: 'Main', selectorLabels: {}, retention: '30 days', scrapeInterval: '1s' });
    new AlertmanagerServer(c, 'Alertmanager', { name: 'main', replicas: 0, secrets: ['Bad_Secret'] });
    expect(() => Testing.synth(c)).toThrow(
      /name: got "Main"[\s\S]*scrapeInterval: got "1s"[\s\S]*retention: got "30 days"[\s\S]*replicas: got 0[\s\S]*secrets: got "Bad_Secret"/,
    );
  });
});

describe('PrometheusOperator (optional installation)', () => {
  const app = Testing.app();
  const c = new Chart(app, 'operator', { namespace: 'monitoring' });
  new PrometheusOperator(c, 'Operator');
  const out = Testing.synth(c);

  test('the upstream 0.93.0 CRDs (cluster-scoped, no namespace) and the controller with its RBAC', () => {
    const crds = out.filter((m: any) => m.kind === 'CustomResourceDefinition');
    expect(crds.map((m: any) => m.metadata.name)).toEqual(
      expect.arrayContaining([
        'prometheuses.monitoring.coreos.com',
        'alertmanagers.monitoring.coreos.com',
        'servicemonitors.monitoring.coreos.com',
        'podmonitors.monitoring.coreos.com',
        'prometheusrules.monitoring.coreos.com',
      ]),
    );
    for (const m of out.filter((o: any) => ['CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding'].includes(o.kind))) {
      expect(m.metadata.namespace).toBeUndefined();
    }
    expect(crds.every((m: any) => m.metadata.annotations['operator.prometheus.io/version'] === '0.93.0')).toBe(true);
    const deployment = find(out, 'Deployment', 'prometheus-operator');
    expect(deployment.spec.template.spec.containers[0].image).toMatch(
      /^quay\.io\/prometheus-operator\/prometheus-operator:v0\.93\.0@sha256:[0-9a-f]{64}$/,
    );
    expect(find(out, 'ClusterRoleBinding').subjects).toEqual([
      { kind: 'ServiceAccount', name: 'prometheus-operator', namespace: 'monitoring' },
    ]);
  });

  test('the controller objects validate against the Kubernetes schemas', () => {
    expect(() => validateAll(out.filter((m: any) => m.kind !== 'CustomResourceDefinition'))).not.toThrow();
  });
});

test('the operator CRDs read as JSON are exactly the upstream YAML files (crds/prometheus-operator-crds.json is generated, never edited)', () => {
  const { prometheusOperatorCrds, prometheusOperatorCrdsFromYaml } = require('../constructs/monitoring/operator');
  const fromJson = prometheusOperatorCrds();
  expect(fromJson).toEqual(prometheusOperatorCrdsFromYaml());
  expect(fromJson.map((c: any) => c.metadata.name)).toHaveLength(7);
  // fresh objects per call: a caller changing one does not change the next
  fromJson[0].metadata.name = 'changed';
  expect(prometheusOperatorCrds()[0].metadata.name).not.toBe('changed');
});
