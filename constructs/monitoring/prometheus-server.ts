/**
 * A Prometheus run by the Prometheus Operator (v0.93.0): the `Prometheus` custom resource, its
 * ServiceAccount and the read-only discovery RBAC it needs. `MonitoringStack` composes one; it can
 * be used on its own beside an operator you run.
 */
import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { MANAGED_BY_LABELS, checkUrl } from '../core/checks';
import { ResolvedResources, ResourcesProps, validateResources, withDefaults } from '../core/container';
import { DurationInput, formatDuration } from '../core/duration';
import { isDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { parseQuantity } from '../core/quantity';
import { VERSIONS } from '../core/versions';
import {
  Prometheus,
  PrometheusSpecAlertingAlertmanagersApiVersion,
  PrometheusSpecAlertingAlertmanagersPort,
  PrometheusSpecResourcesLimits,
  PrometheusSpecResourcesRequests,
  PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests,
} from '../imports/prom-prometheus-monitoring.coreos.com';
import { SecretKeyRef } from '../notifications/channels';
import { checkLabels } from './rules';
import { clusterScoped } from './selection';
import {
  BYTE_SIZE,
  checkPromDuration,
  checkReplicas,
  checkScrapeInterval,
  checkServerName,
  checkStorage,
  parseByteSize,
  POD_SECURITY,
  quantities,
  StorageOptions,
  VELERO_EXCLUDE_LABEL,
  VELERO_VOLUMES_EXCLUDES,
} from './server-options';

/** A remote-write destination (Thanos, Mimir, Cortex, a managed Prometheus). */
export interface RemoteWriteOptions {
  /** The remote write endpoint, e.g. `https://prometheus-prod.grafana.net/api/prom/push`. */
  readonly url: string;
  /** @default - derived by Prometheus from the URL */
  readonly name?: string;
  /** Bearer token from a Secret key (never a literal). @default - none */
  readonly bearerTokenSecret?: SecretKeyRef;
  /** Basic auth from Secret keys (never literals). @default - none */
  readonly basicAuthSecret?: {
    /** The Secret's name (in the stack's namespace). */
    readonly name: string;
    /** The key holding the user name. */
    readonly usernameKey: string;
    /** The key holding the password. */
    readonly passwordKey: string;
  };
}

/** Options of the stack's Prometheus. */
export interface PrometheusOptions {
  /** @default 1 */
  readonly replicas?: number;
  /**
   * How long samples are kept (Prometheus duration: `15d`, `12h`, `2w`).
   *
   * @default '15d'
   */
  readonly retention?: string;
  /** Size bound of the TSDB, e.g. `40GB`; set it below the volume size. @default - none */
  readonly retentionSize?: string;
  /** @default - no volume (data lives in an emptyDir and is lost when the pod moves) */
  readonly storage?: StorageOptions;
  /** @default - cpu 100m request / 1 limit, memory 512Mi request / 2Gi limit */
  readonly resources?: ResourcesProps;
  /** Extra external labels (added to alerts and remote-written series). @default - none */
  readonly externalLabels?: Record<string, string>;
  /** @default - none */
  readonly remoteWrite?: RemoteWriteOptions[];
  /** Prometheus version the operator runs. @default DEFAULT_PROMETHEUS_VERSION (the version the rules are proven with) */
  readonly version?: string;
  /**
   * Keep Prometheus' volume out of Velero backups: its PersistentVolumeClaims carry
   * `velero.io/exclude-from-backup: "true"` (no snapshot; Velero v1.18.1 pkg/backup/item_backupper.go)
   * and its pods `backup.velero.io/backup-volumes-excludes` naming the volume (no file-system copy;
   * pkg/util/podvolume/pod_volume.go). Metrics are collected again, and a TSDB copied while it is
   * written is not a consistent one. Only with `storage`.
   *
   * @default false
   */
  readonly excludeFromBackup?: boolean;
}

/** The Prometheus version the stack runs unless told otherwise: the one the rules are proven with (promtool, a real Prometheus in tests). */
export const DEFAULT_PROMETHEUS_VERSION = `v${VERSIONS.prometheus}`;

/** Prometheus' resources unless the props say otherwise. */
export const DEFAULT_PROMETHEUS_RESOURCES: ResolvedResources = {
  cpu: { request: '100m', limit: '1' },
  memory: { request: '512Mi', limit: '2Gi' },
};

/** Prometheus' options with every default applied: the one place the defaults live. */
export interface ResolvedPrometheusOptions {
  /** Replicas. */
  readonly replicas: number;
  /** The version the operator runs. */
  readonly version: string;
  /** How long samples are kept. */
  readonly retention: string;
  /** Requests and limits. */
  readonly resources: ResolvedResources;
}

/** The options with their defaults (pure; values are not checked: `validatePrometheusOptions` does that). */
export function resolvePrometheus(options: PrometheusOptions): ResolvedPrometheusOptions {
  return {
    replicas: options.replicas ?? 1,
    version: options.version ?? DEFAULT_PROMETHEUS_VERSION,
    retention: options.retention ?? '15d',
    resources: withDefaults(DEFAULT_PROMETHEUS_RESOURCES, options.resources),
  };
}

/** Records every problem of Prometheus' options. */
export function validatePrometheusOptions(prom: PrometheusOptions, pp: Problems): void {
  checkReplicas(pp, prom.replicas);
  checkPromDuration(pp, 'retention', prom.retention);
  if (prom.retentionSize !== undefined) {
    pp.check(
      typeof prom.retentionSize === 'string' && BYTE_SIZE.test(prom.retentionSize),
      'retentionSize',
      prom.retentionSize,
      'a byte size such as "40GB" or "500MiB"',
      'write the size with a unit ending in B, below the volume size',
    );
  }
  checkStorage(pp.at('storage'), prom.storage);
  if (prom.storage && prom.retentionSize && BYTE_SIZE.test(prom.retentionSize)) {
    const volume = parseQuantity(prom.storage.size);
    const bound = parseByteSize(prom.retentionSize);
    if (volume !== undefined && bound >= volume) {
      pp.add(
        'retentionSize',
        prom.retentionSize,
        `less than the volume size (${prom.storage.size})`,
        'leave ~15% headroom for the WAL and compaction, e.g. 85% of the volume',
      );
    }
  }
  validateResources(resolvePrometheus(prom).resources, pp.at('resources'));
  checkLabels(pp, 'externalLabels', prom.externalLabels);
  for (const reserved of ['environment', 'cluster', 'prometheus', 'prometheus_replica']) {
    if (prom.externalLabels && reserved in prom.externalLabels) {
      pp.add(
        `externalLabels.${reserved}`,
        prom.externalLabels[reserved],
        'labels other than environment, cluster, prometheus, prometheus_replica',
        reserved === 'environment' || reserved === 'cluster'
          ? `set \`${reserved}\` on the stack instead`
          : 'the operator sets this label itself',
      );
    }
  }
  (prom.remoteWrite ?? []).forEach((rw, i) => {
    const at = pp.at(`remoteWrite[${i}]`);
    checkUrl(at, 'url', rw.url, 'https://mimir.example.com/api/v1/push');
    if (rw.bearerTokenSecret && rw.basicAuthSecret) {
      at.add('basicAuthSecret', 'both', 'one of bearerTokenSecret or basicAuthSecret', 'keep the one your endpoint expects');
    }
    for (const [field, ref] of [
      ['bearerTokenSecret', rw.bearerTokenSecret],
      ['basicAuthSecret', rw.basicAuthSecret],
    ] as const) {
      if (ref) {
        at.check(
          isDnsLabel(ref.name, 253),
          `${field}.name`,
          ref.name,
          'the name of an existing Secret',
          'reference the Secret holding the credentials',
        );
      }
    }
  });
}

/** Props of `PrometheusServer`. */
export interface PrometheusServerProps extends PrometheusOptions {
  /** The Prometheus' name: its pods are `prometheus-<name>-<n>` and carry the label `prometheus: <name>`. */
  readonly name: string;
  /** Its namespace. @default - the chart's */
  readonly namespace?: string;
  /** Labels of its objects. @default - the managed-by labels */
  readonly labels?: Record<string, string>;
  /** The labels a ServiceMonitor, PodMonitor or PrometheusRule must carry to be loaded (from every namespace). */
  readonly selectorLabels: Record<string, string>;
  /** Labels added to every series and alert after `externalLabels` (`environment`, `cluster`). @default - none */
  readonly targetLabels?: Record<string, string>;
  /** Scrape and rule evaluation interval. @default '30s' */
  readonly scrapeInterval?: DurationInput;
}

/**
 * A Prometheus (operator CR `monitoring.coreos.com/v1` Prometheus) that loads the ServiceMonitors,
 * PodMonitors and PrometheusRules carrying `selectorLabels` from every namespace, sends alerts to
 * the Alertmanagers of its namespace (`alertmanager-operated`, API v2), and discovers targets with
 * a read-only ClusterRole (the permissions kube-prometheus grants).
 */
export class PrometheusServer extends Construct {
  /** The Prometheus' name. */
  public readonly name: string;
  /** The ServiceAccount its pods run as. */
  public readonly serviceAccountName: string;

  constructor(scope: Construct, id: string, props: PrometheusServerProps) {
    super(scope, id);
    this.name = props.name;
    this.serviceAccountName = `${props.name}-prometheus`;
    const problems = Problems.root();
    checkServerName(problems, props.name);
    const seconds = checkScrapeInterval(problems, props.scrapeInterval);
    validatePrometheusOptions(props, problems);
    this.node.addValidation({ validate: () => problems.messages() });
    if (!problems.isEmpty) {
      return;
    }
    this.render(props, formatDuration(seconds!));
  }

  private render(props: PrometheusServerProps, interval: string): void {
    const resolved = resolvePrometheus(props);
    const namespace = props.namespace ?? Chart.of(this).namespace;
    const meta = (name: string) => ({ name, namespace: props.namespace, labels: { ...(props.labels ?? MANAGED_BY_LABELS) } });
    const account = this.serviceAccountName;
    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: meta(account), automountServiceAccountToken: true });
    // the discovery permissions kube-prometheus grants Prometheus, cluster-wide and read-only
    clusterScoped(
      new k8s.KubeClusterRole(this, 'ClusterRole', {
        metadata: meta(account),
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
      new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
        metadata: meta(account),
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: account },
        subjects: [{ kind: 'ServiceAccount', name: account, namespace: namespace ?? 'default' }],
      }),
    );
    const everywhere = {};
    const resources = resolved.resources;
    new Prometheus(this, 'Resource', {
      metadata: meta(props.name),
      spec: {
        replicas: resolved.replicas,
        version: resolved.version,
        serviceAccountName: account,
        retention: resolved.retention,
        retentionSize: props.retentionSize,
        scrapeInterval: interval,
        evaluationInterval: interval,
        externalLabels: { ...props.externalLabels, ...props.targetLabels },
        serviceMonitorSelector: { matchLabels: { ...props.selectorLabels } },
        serviceMonitorNamespaceSelector: everywhere,
        podMonitorSelector: { matchLabels: { ...props.selectorLabels } },
        podMonitorNamespaceSelector: everywhere,
        ruleSelector: { matchLabels: { ...props.selectorLabels } },
        ruleNamespaceSelector: everywhere,
        alerting: {
          alertmanagers: [
            {
              name: 'alertmanager-operated',
              namespace,
              port: PrometheusSpecAlertingAlertmanagersPort.fromString('web'),
              apiVersion: PrometheusSpecAlertingAlertmanagersApiVersion.V2,
            },
          ],
        },
        remoteWrite: props.remoteWrite?.map((rw) => ({
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
          props.storage && props.excludeFromBackup
            ? { annotations: { [VELERO_VOLUMES_EXCLUDES]: `prometheus-${props.name}-db` } }
            : undefined,
        storage: props.storage
          ? {
              volumeClaimTemplate: {
                metadata: props.excludeFromBackup ? { labels: { [VELERO_EXCLUDE_LABEL]: 'true' } } : undefined,
                spec: {
                  accessModes: ['ReadWriteOnce'],
                  storageClassName: props.storage.storageClassName,
                  resources: {
                    requests: { storage: PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString(props.storage.size) },
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
}
