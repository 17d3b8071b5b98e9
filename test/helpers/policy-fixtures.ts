/**
 * Policy fixtures: one production set that passes every rule, and for each rule a change that makes
 * the set fail exactly that rule's check (the passing and failing fixture of every rule).
 */
import * as yaml from 'yaml';
import { KubeObject } from '../../constructs/policy';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const restricted = {
  allowPrivilegeEscalation: false,
  privileged: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};
const container = (name: string, image: string, extra: Record<string, unknown> = {}) => ({
  name,
  image,
  ports: [{ name: 'http', containerPort: 8080 }],
  readinessProbe: { httpGet: { path: '/ready', port: 'http' } },
  livenessProbe: { httpGet: { path: '/healthz', port: 'http' } },
  resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } },
  securityContext: { ...restricted },
  ...extra,
});
const podSpec = (containers: unknown[], extra: Record<string, unknown> = {}) => ({
  automountServiceAccountToken: false,
  securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
  containers,
  volumes: [{ name: 'tmp', emptyDir: {} }],
  ...extra,
});

const ALERTMANAGER_CONFIG = {
  route: {
    receiver: 'dev',
    group_by: ['alertname'],
    group_wait: '10s',
    routes: [
      { receiver: 'ops', matchers: ['severity="critical"'], continue: true },
      { receiver: 'dev', matchers: ['severity=~"critical|warning"'] },
    ],
  },
  receivers: [
    { name: 'ops', pagerduty_configs: [{ routing_key_file: '/etc/alertmanager/secrets/receivers/pagerduty' }] },
    { name: 'dev', slack_configs: [{ channel: '#dev', api_url_file: '/etc/alertmanager/secrets/receivers/slack' }] },
  ],
};

/** A production set (namespace shop / monitoring) that passes every rule. */
export function compliantSet(): KubeObject[] {
  const labels = { 'app.kubernetes.io/name': 'api' };
  return [
    {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'api', namespace: 'shop', labels },
      spec: {
        selector: { matchLabels: labels },
        strategy: {
          canary: { steps: [{ setWeight: 10 }, { analysis: { templates: [{ templateName: 'api-success-rate' }] } }, { setWeight: 50 }] },
        },
        template: {
          metadata: { labels },
          spec: podSpec([
            container('api', `ghcr.io/example/shop-api:1.8.0@${DIGEST}`, {
              env: [
                { name: 'LOG_LEVEL', value: 'info' },
                { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'api-database', key: 'url' } } },
                { name: 'TOKEN_PATH', value: '/var/run/secrets/tokens/api' },
              ],
            }),
          ]),
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'api', namespace: 'shop' },
      spec: { type: 'ClusterIP', selector: labels, ports: [{ port: 80, targetPort: 'http' }] },
    },
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: 'api', namespace: 'shop' },
      spec: { maxUnavailable: 1, selector: { matchLabels: labels } },
    },
    // the api's own policy, and a default deny that isolates every other pod of the namespace (the migration Job)
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'api', namespace: 'shop' },
      spec: { podSelector: { matchLabels: labels }, policyTypes: ['Ingress', 'Egress'] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'default-deny', namespace: 'shop' },
      spec: { podSelector: {}, policyTypes: ['Ingress'] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'grafana', namespace: 'monitoring' },
      spec: { podSelector: { matchLabels: { app: 'grafana' } } },
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'api-reader', namespace: 'shop' },
      rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] }],
    },
    {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'api', namespace: 'shop' },
      spec: {
        scaleTargetRef: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', name: 'api' },
        minReplicas: 3,
        maxReplicas: 10,
        behavior: {
          scaleUp: { policies: [{ type: 'Percent', value: 100, periodSeconds: 60 }] },
          scaleDown: { stabilizationWindowSeconds: 300 },
        },
      },
    },
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'migrate', namespace: 'shop' },
      spec: {
        template: {
          spec: podSpec(
            [container('migrate', `ghcr.io/example/shop-migrate:1.8.0@${DIGEST}`, { readinessProbe: undefined, livenessProbe: undefined })],
            { restartPolicy: 'Never' },
          ),
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'api-settings', namespace: 'shop' },
      data: { LOG_FORMAT: 'json', 'notifications.yaml': 'token: $slack-token\nchannel: ops\n' },
    },
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'deployments', namespace: 'monitoring' },
      spec: {
        groups: [
          {
            name: 'deployments',
            rules: [
              { record: 'job:up:sum', expr: 'sum by (job) (up)' },
              {
                alert: 'DeploymentFailed',
                expr: 'x > 0',
                labels: { severity: 'critical' },
                annotations: { summary: 'failed', runbook_url: 'https://runbooks.example.com/DeploymentFailed' },
              },
              {
                alert: 'DeploymentLongRunning',
                expr: 'y > 0',
                labels: { severity: 'warning' },
                annotations: { summary: 'slow', runbook_url: 'https://runbooks.example.com/DeploymentLongRunning' },
              },
            ],
          },
        ],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'alertmanager-main', namespace: 'monitoring' },
      stringData: { 'alertmanager.yaml': yaml.stringify(ALERTMANAGER_CONFIG) },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'grafana',
        namespace: 'monitoring',
        annotations: { 'policy.kubeship.dev/exempt.rollout-with-analysis': 'UI outside the request path' },
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: { app: 'grafana' } },
        template: {
          metadata: { labels: { app: 'grafana' } },
          spec: podSpec([
            container('grafana', `docker.io/grafana/grafana:12.1.1@${DIGEST}`, {
              env: [{ name: 'GF_SECURITY_ADMIN_PASSWORD', valueFrom: { secretKeyRef: { name: 'grafana-admin', key: 'admin-password' } } }],
            }),
          ]),
        },
      },
    },
    {
      // the gate of the Rollout's analysis step: 3 measurements 30 s apart (deploy 1m), fails on the 2nd (rollback 30 s)
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AnalysisTemplate',
      metadata: { name: 'api-success-rate', namespace: 'shop', labels },
      spec: {
        metrics: [
          {
            name: 'success-rate',
            interval: '30s',
            count: 3,
            failureLimit: 1,
            provider: { prometheus: { address: 'http://prometheus:9090', query: 'vector(1)' } },
          },
        ],
      },
    },
    // production data backed up (Velero v1.18.1 Schedule, as BackupSchedule renders it)
    {
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      metadata: { name: 'kubeship-prod', namespace: 'velero' },
      spec: { schedule: '0 3 * * *', template: { includedNamespaces: ['shop', 'monitoring'], ttl: '720h0m0s' } },
    },
  ];
}

type Mutation = (set: any[]) => void;
const find = (set: any[], kind: string, name?: string) => set.find((o) => o.kind === kind && (!name || o.metadata.name === name));
const api = (set: any[]) => find(set, 'Rollout', 'api').spec.template.spec;
const apiContainer = (set: any[]) => api(set).containers[0];

/** For each rule id: a change to the compliant set that violates that rule. */
export const FAILING: Record<string, Mutation> = {
  'run-as-non-root': (set) => {
    apiContainer(set).securityContext.runAsUser = 0;
  },
  'no-privilege-escalation': (set) => {
    apiContainer(set).securityContext.allowPrivilegeEscalation = true;
  },
  'drop-all-capabilities': (set) => {
    apiContainer(set).securityContext.capabilities = { drop: ['ALL'], add: ['NET_ADMIN'] };
  },
  'seccomp-runtime-default': (set) => {
    apiContainer(set).securityContext.seccompProfile = { type: 'Unconfined' };
  },
  'no-host-access': (set) => {
    api(set).hostNetwork = true;
    api(set).volumes.push({ name: 'docker', hostPath: { path: '/var/run/docker.sock' } });
  },
  'read-only-root-filesystem': (set) => {
    apiContainer(set).securityContext.readOnlyRootFilesystem = false;
  },
  'resource-requests-limits': (set) => {
    delete apiContainer(set).resources.limits;
  },
  probes: (set) => {
    delete apiContainer(set).livenessProbe;
  },
  'image-tag-pinned': (set) => {
    apiContainer(set).image = 'ghcr.io/example/shop-api:latest';
  },
  'image-digest': (set) => {
    apiContainer(set).image = 'ghcr.io/example/shop-api:1.8.0';
  },
  'no-default-service-account-token': (set) => {
    delete api(set).automountServiceAccountToken;
  },
  // an excluded namespace is not backed up even when listed (Velero: exclusions win)
  'production-backup': (set) => {
    find(set, 'Schedule').spec.template.excludedNamespaces = ['shop'];
  },
  'pod-disruption-budget': (set) => {
    set.splice(set.indexOf(find(set, 'PodDisruptionBudget')), 1);
  },
  'hpa-sane': (set) => {
    find(set, 'HorizontalPodAutoscaler').spec.minReplicas = 1;
  },
  'rollout-with-analysis': (set) => {
    find(set, 'Rollout').spec.strategy.canary.steps = [{ setWeight: 10 }, { pause: { duration: '1m' } }];
  },
  'delivery-timing-budget': (set) => {
    find(set, 'Rollout').spec.strategy.canary.steps.push({ pause: { duration: '10m' } });
  },
  'no-node-port': (set) => {
    find(set, 'Service').spec.type = 'NodePort';
  },
  'network-policy-isolation': (set) => {
    set.splice(
      set.findIndex((o) => o.kind === 'NetworkPolicy' && o.metadata.name === 'grafana'),
      1,
    );
  },
  'rbac-no-wildcards': (set) => {
    find(set, 'Role').rules[0].verbs = ['*'];
  },
  'alert-rule-metadata': (set) => {
    delete find(set, 'PrometheusRule').spec.groups[0].rules[1].annotations.runbook_url;
  },
  'critical-alerts-page': (set) => {
    const config = { ...ALERTMANAGER_CONFIG, route: { ...ALERTMANAGER_CONFIG.route, routes: [ALERTMANAGER_CONFIG.route.routes[1]] } };
    find(set, 'Secret').stringData['alertmanager.yaml'] = yaml.stringify(config);
  },
  // the critical route waits a minute before it sends: over the 30 s delivery budget
  'critical-alert-delivery': (set) => {
    const config = {
      ...ALERTMANAGER_CONFIG,
      route: {
        ...ALERTMANAGER_CONFIG.route,
        routes: [{ ...ALERTMANAGER_CONFIG.route.routes[0], group_wait: '1m' }, ALERTMANAGER_CONFIG.route.routes[1]],
      },
    };
    find(set, 'Secret').stringData['alertmanager.yaml'] = yaml.stringify(config);
  },
  'no-plaintext-secrets': (set) => {
    apiContainer(set).env.push({ name: 'DB_PASSWORD', value: 'hunter2' });
  },
  'grafana-admin-password-secret': (set) => {
    find(set, 'Deployment', 'grafana').spec.template.spec.containers[0].env = [];
  },
  'no-load-balancer': (set) => {
    find(set, 'Service').spec.type = 'LoadBalancer';
  },
};

/** The compliant set with one rule's failing change applied. */
export function failingSet(ruleId: string): KubeObject[] {
  const set = compliantSet();
  FAILING[ruleId](set);
  return set;
}
