/**
 * The stack's servers: the Prometheus and the Alertmanager custom resources (prometheus-operator
 * v0.93.0), with their ServiceAccount and RBAC where they need them.
 */
import { k8s } from 'cdk8s-plus-27';
import { formatDuration } from '../core/duration';
import { ResolvedResources, withDefaults } from '../core/container';
import {
  Alertmanager,
  AlertmanagerSpecResourcesLimits,
  AlertmanagerSpecResourcesRequests,
  AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests,
} from '../imports/prom-alertmanager-monitoring.coreos.com';
import {
  Prometheus,
  PrometheusSpecAlertingAlertmanagersApiVersion,
  PrometheusSpecAlertingAlertmanagersPort,
  PrometheusSpecResourcesLimits,
  PrometheusSpecResourcesRequests,
  PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests,
} from '../imports/prom-prometheus-monitoring.coreos.com';
import { clusterScoped } from './selection';
import { POD_SECURITY, StackRenderContext, VELERO_EXCLUDE_LABEL, VELERO_VOLUMES_EXCLUDES } from './stack-context';
import {
  DEFAULT_ALERTMANAGER_IMAGE,
  DEFAULT_ALERTMANAGER_RESOURCES,
  DEFAULT_ALERTMANAGER_VERSION,
  DEFAULT_PROMETHEUS_RESOURCES,
  DEFAULT_PROMETHEUS_VERSION,
} from './stack-props';

/** Renders the Prometheus custom resource, its ServiceAccount and its RBAC into `ctx.scope`. */
export function renderPrometheus(ctx: StackRenderContext): void {
  const prom = ctx.props.prometheus ?? {};
  const account = `${ctx.name}-prometheus`;
  new k8s.KubeServiceAccount(ctx.scope, 'PrometheusServiceAccount', { metadata: ctx.meta(account), automountServiceAccountToken: true });
  // the discovery permissions kube-prometheus grants Prometheus, cluster-wide and read-only
  clusterScoped(
    new k8s.KubeClusterRole(ctx.scope, 'PrometheusClusterRole', {
      metadata: ctx.meta(account),
      rules: [
        { apiGroups: [''], resources: ['nodes/metrics', 'services', 'endpoints', 'pods'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
        { nonResourceUrLs: ['/metrics'], verbs: ['get'] },
      ],
    }),
  );
  clusterScoped(
    new k8s.KubeClusterRoleBinding(ctx.scope, 'PrometheusClusterRoleBinding', {
      metadata: ctx.meta(account),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: account },
      subjects: [{ kind: 'ServiceAccount', name: account, namespace: ctx.effectiveNamespace ?? 'default' }],
    }),
  );
  const everywhere = {};
  const interval = formatDuration(ctx.scrapeIntervalSeconds);
  const resources = withDefaults(DEFAULT_PROMETHEUS_RESOURCES, prom.resources);
  new Prometheus(ctx.scope, 'Prometheus', {
    metadata: ctx.meta(ctx.name),
    spec: {
      replicas: prom.replicas ?? 1,
      version: prom.version ?? DEFAULT_PROMETHEUS_VERSION,
      serviceAccountName: account,
      retention: prom.retention ?? '15d',
      retentionSize: prom.retentionSize,
      scrapeInterval: interval,
      evaluationInterval: interval,
      externalLabels: { ...prom.externalLabels, ...ctx.targetLabels },
      serviceMonitorSelector: { matchLabels: { ...ctx.selectorLabels } },
      serviceMonitorNamespaceSelector: everywhere,
      podMonitorSelector: { matchLabels: { ...ctx.selectorLabels } },
      podMonitorNamespaceSelector: everywhere,
      ruleSelector: { matchLabels: { ...ctx.selectorLabels } },
      ruleNamespaceSelector: everywhere,
      alerting: {
        alertmanagers: [
          {
            name: 'alertmanager-operated',
            namespace: ctx.effectiveNamespace,
            port: PrometheusSpecAlertingAlertmanagersPort.fromString('web'),
            apiVersion: PrometheusSpecAlertingAlertmanagersApiVersion.V2,
          },
        ],
      },
      remoteWrite: prom.remoteWrite?.map((rw) => ({
        url: rw.url,
        name: rw.name,
        authorization: rw.bearerTokenSecret ? { type: 'Bearer', credentials: { ...rw.bearerTokenSecret } } : undefined,
        basicAuth: rw.basicAuthSecret
          ? {
              username: { name: rw.basicAuthSecret.name, key: rw.basicAuthSecret.usernameKey },
              password: { name: rw.basicAuthSecret.name, key: rw.basicAuthSecret.passwordKey },
            }
          : undefined,
      })),
      // the operator names the volume prometheus-<name>-db (v0.93.0 pkg/prometheus/common.go VolumeName)
      podMetadata:
        prom.storage && prom.excludeFromBackup ? { annotations: { [VELERO_VOLUMES_EXCLUDES]: `prometheus-${ctx.name}-db` } } : undefined,
      storage: prom.storage
        ? {
            volumeClaimTemplate: {
              metadata: prom.excludeFromBackup ? { labels: { [VELERO_EXCLUDE_LABEL]: 'true' } } : undefined,
              spec: {
                accessModes: ['ReadWriteOnce'],
                storageClassName: prom.storage.storageClassName,
                resources: {
                  requests: { storage: PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString(prom.storage.size) },
                },
              },
            },
          }
        : undefined,
      securityContext: POD_SECURITY,
      resources: {
        limits: quantities(resources, 'limit', PrometheusSpecResourcesLimits.fromString),
        requests: quantities(resources, 'request', PrometheusSpecResourcesRequests.fromString),
      },
    },
  });
}

/** Renders the Alertmanager custom resource into `ctx.scope`. */
export function renderAlertmanager(ctx: StackRenderContext): void {
  const am = ctx.props.alertmanager ?? {};
  const resources = withDefaults(DEFAULT_ALERTMANAGER_RESOURCES, am.resources);
  new Alertmanager(ctx.scope, 'Alertmanager', {
    metadata: ctx.meta(ctx.name),
    spec: {
      replicas: am.replicas ?? 1,
      version: ctx.alertmanagerVersion,
      image: ctx.alertmanagerVersion === DEFAULT_ALERTMANAGER_VERSION ? DEFAULT_ALERTMANAGER_IMAGE : undefined,
      retention: am.retention ?? '120h',
      configSecret: ctx.alertmanagerConfigSecret,
      secrets: ctx.alertmanagerSecrets.length > 0 ? ctx.alertmanagerSecrets : undefined,
      serviceAccountName: am.serviceAccountName,
      automountServiceAccountToken: false,
      securityContext: POD_SECURITY,
      resources: {
        limits: quantities(resources, 'limit', AlertmanagerSpecResourcesLimits.fromString),
        requests: quantities(resources, 'request', AlertmanagerSpecResourcesRequests.fromString),
      },
      storage: am.storage
        ? {
            volumeClaimTemplate: {
              spec: {
                accessModes: ['ReadWriteOnce'],
                storageClassName: am.storage.storageClassName,
                resources: {
                  requests: { storage: AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString(am.storage.size) },
                },
              },
            },
          }
        : undefined,
    },
  });
}

/**
 * kube-state-metrics (installed unless an existing one is named) and the ServiceMonitors of every
 * source the rules and dashboards read, each with a fixed job label: the exporters, and with
 * self-monitoring Prometheus, Alertmanager, Grafana and the operator.
 */

/** CPU and memory limits or requests as the generated CRD types want them (quantity classes). */
function quantities<T>(resources: ResolvedResources, which: 'limit' | 'request', of: (value: string) => T): { cpu: T; memory: T } {
  return { cpu: of(resources.cpu[which]), memory: of(resources.memory[which]) };
}
