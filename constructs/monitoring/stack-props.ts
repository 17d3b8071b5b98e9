/**
 * What a `MonitoringStack` is given: the props and options of its parts, and the versions it runs
 * unless told otherwise. Checked by `validateMonitoringStack` (stack-validation.ts), rendered by
 * `MonitoringStack` (stack.ts).
 */
import { DurationInput } from '../core/duration';
import { ResolvedResources, ResourcesProps } from '../core/container';
import { IngressControllerPeer } from '../core/network-policy';
import { VERSIONS } from '../core/versions';
import { SecretKeyRef } from '../notifications/channels';
import { AlertmanagerConfigProps } from '../notifications/config';
import type { RemediationOptions } from '../remediation/remediation';
import { GrafanaOptions } from './grafana';
import { DeploymentAlertOptions } from './rules';

/** A persistent volume for Prometheus or Alertmanager data. */
export interface StorageOptions {
  /** Size of each replica's volume, e.g. `50Gi`. */
  readonly size: string;
  /** @default - the cluster's default StorageClass */
  readonly storageClassName?: string;
}

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

/** Options of the stack's Alertmanager. */
export interface AlertmanagerOptions {
  /** @default 1 */
  readonly replicas?: number;
  /** How long silences and notification state are kept. @default '120h' */
  readonly retention?: string;
  /** @default - no volume */
  readonly storage?: StorageOptions;
  /** @default - cpu 50m request / 200m limit, memory 64Mi request / 256Mi limit */
  readonly resources?: ResourcesProps;
  /**
   * Secret holding the native `alertmanager.yaml` (the notification constructs render it).
   *
   * @default - `alertmanager-<name>`, the operator's convention
   */
  readonly configSecret?: string;
  /** Secrets mounted at `/etc/alertmanager/secrets/<name>/` for the receivers' `*_file` fields. @default - none */
  readonly secrets?: string[];
  /**
   * Alertmanager version the operator runs (`v0.28.1`). With `notifications`, the channels are
   * checked against it.
   *
   * @default DEFAULT_ALERTMANAGER_VERSION (the version the rendered configuration is proven with)
   */
  readonly version?: string;
  /**
   * ServiceAccount the Alertmanager pods run as, e.g. one annotated for IRSA so the SNS channel can
   * publish (`kubeship/aws` `SnsAlerting` creates it). @default - the operator's default account
   */
  readonly serviceAccountName?: string;
}

/** Who gets which alerts, rendered into the Alertmanager's config Secret. */
export type NotificationOptions = Omit<AlertmanagerConfigProps, 'alertmanagerVersion' | 'templatesDir'>;

/** The Alertmanager version the rendered configuration is proven with (`amtool check-config`, a real Alertmanager in tests). */
export const DEFAULT_ALERTMANAGER_VERSION = `v${VERSIONS.alertmanager}`;
/**
 * The Alertmanager image of `DEFAULT_ALERTMANAGER_VERSION`, pinned by digest (the multi-arch digest
 * public deployments of v0.28.1 pin; the registry was not reachable to re-read it here). Used when
 * the stack runs the default version; a `version` of your own runs the operator's image for it.
 */
export const DEFAULT_ALERTMANAGER_IMAGE = `docker.io/prom/alertmanager:${DEFAULT_ALERTMANAGER_VERSION}@sha256:27c475db5fb156cab31d5c18a4251ac7ed567746a2483ff264516437a39b15ba`;
/** The Prometheus version the stack runs unless told otherwise: the one the rules are proven with (promtool, a real Prometheus in tests). */
export const DEFAULT_PROMETHEUS_VERSION = `v${VERSIONS.prometheus}`;

/** Where an exporter the deployment alerts and dashboards read runs. */
export interface ScrapeSourceOptions {
  /** Namespace of its Service. */
  readonly namespace?: string;
  /** Labels of its Service. */
  readonly matchLabels?: Record<string, string>;
  /** Name of the Service port serving metrics. */
  readonly port?: string;
}

/** kube-state-metrics for the stack: installed with it (the default), or an existing one. */
export interface KubeStateMetricsOptions {
  /**
   * Scrape a kube-state-metrics that already runs instead of installing one. It must export the
   * `deployments`, `pods`, `replicasets` and `horizontalpodautoscalers` collectors, and for the
   * dashboards' workload counts `--metric-labels-allowlist=deployments=[app.kubernetes.io/managed-by]`.
   *
   * @default - install one (`KubeStateMetrics`) in the stack's namespace
   */
  readonly existing?: ScrapeSourceOptions;
  /** Image of the installed one. @default KUBE_STATE_METRICS_IMAGE */
  readonly image?: string;
  /** Resources of the installed one. @default - cpu 10m request / 200m limit, memory 64Mi request / 256Mi limit */
  readonly resources?: ResourcesProps;
}

/** Props of `MonitoringStack`. */
export interface MonitoringStackProps {
  /** Environment name; added as the `environment` label to every scraped series and alert. */
  readonly environment: string;
  /** Cluster name; added as the `cluster` label. @default - none */
  readonly cluster?: string;
  /** Name of the Prometheus and Alertmanager CRs and prefix of the other objects. @default - the construct id as a DNS label */
  readonly name?: string;
  /** @default - the chart's namespace */
  readonly namespace?: string;
  /** How often targets are scraped and rules evaluated. @default '30s' */
  readonly scrapeInterval?: DurationInput;
  /** @default - the defaults of `PrometheusOptions` */
  readonly prometheus?: PrometheusOptions;
  /** @default - the defaults of `AlertmanagerOptions` */
  readonly alertmanager?: AlertmanagerOptions;
  /** Grafana with the datasources and dashboards; `false` for none. */
  readonly grafana: GrafanaOptions | false;
  /**
   * Receivers, role routing, escalation and maintenance windows. The stack renders
   * `alertmanager.yaml` into the config Secret and mounts the Secrets the channels read
   * credentials from. @default - none: provide the config Secret yourself
   */
  readonly notifications?: NotificationOptions;
  /** The deployment alerts; `false` for none. @default - the defaults of `DeploymentAlertOptions` */
  readonly deploymentAlerts?: DeploymentAlertOptions | false;
  /**
   * kube-state-metrics (Deployment, pod, ReplicaSet and HPA series), which the deployment, pod and
   * remediation alerts and the dashboards read: installed with the stack by default, or an
   * `existing` one; `false` if another stack scrapes it (the alerts then need its `job` label).
   *
   * @default - installed in the stack's namespace (`KubeStateMetrics`)
   */
  readonly kubeStateMetrics?: KubeStateMetricsOptions | false;
  /**
   * The Argo Rollouts controller's metrics Service (Rollout and AnalysisRun series); `false` if
   * Argo Rollouts is not installed (no `ArgoRolloutsMetricsAbsent` alert then).
   *
   * @default - namespace `argo-rollouts`, the metrics Service of either upstream install:
   * `app.kubernetes.io/name: argo-rollouts-metrics` (manifests/install.yaml) or
   * `app.kubernetes.io/name: argo-rollouts` with component `rollouts-controller` (the Helm chart,
   * with `controller.metrics.enabled: true`), port `metrics`
   */
  readonly argoRollouts?: ScrapeSourceOptions | false;
  /**
   * The Prometheus Operator's Service, scraped for its reconcile errors; `false` to leave it out.
   *
   * @default - the stack's namespace, `app.kubernetes.io/name: prometheus-operator`, port `http`
   * (as `PrometheusOperator` renders it)
   */
  readonly prometheusOperator?: ScrapeSourceOptions | false;
  /**
   * Velero's server pods, scraped by a PodMonitor (job `velero`) for the alerts of
   * `BackupSchedule` (`backupAlertGroup`). `velero install` (v1.18.1 pkg/install) gives Velero no
   * metrics Service, so the pods are scraped: `matchLabels` select the pods, `port` names their
   * metrics port. `false` when no backups are watched.
   *
   * @default false; with `{}`: namespace `velero`, pods `deploy: velero`, port `metrics` (velero install)
   */
  readonly velero?: ScrapeSourceOptions | false;
  /**
   * NetworkPolicies isolating the stack's pods: each accepts only the callers it serves
   * (Prometheus: Grafana, the Argo Rollouts controller's analysis queries, itself; Alertmanager:
   * Prometheus, Grafana, remediation, its own replicas' mesh; Grafana: the ingress controller and
   * Prometheus; kube-state-metrics: Prometheus). Egress stays open: Prometheus scrapes and
   * Alertmanager notifies anywhere. `false` for none.
   *
   * @default - isolated, the ingress controller being DEFAULT_INGRESS_CONTROLLER
   */
  readonly networkPolicies?:
    | {
        /** The ingress controller Grafana admits; `false` when nothing outside the cluster reaches Grafana. */
        readonly ingressController?: IngressControllerPeer | false;
      }
    | false;
  /**
   * Scrape Prometheus, Alertmanager, Grafana and the operator themselves and alert on their
   * failures (`monitoringAlertGroup`: failed reloads, rule failures, failed notifications, targets
   * down or absent).
   *
   * @default true
   */
  readonly selfMonitoring?: boolean;
  /**
   * Automated remediation of the mapped alerts (a `Remediation` next to the Alertmanager, routed
   * from the rendered configuration). Needs `notifications`: it escalates through their routes.
   *
   * @default - none
   */
  readonly remediation?: RemediationOptions;
}

/** Prometheus' resources unless the props say otherwise. */
export const DEFAULT_PROMETHEUS_RESOURCES: ResolvedResources = {
  cpu: { request: '100m', limit: '1' },
  memory: { request: '512Mi', limit: '2Gi' },
};
/** The Alertmanager's resources unless the props say otherwise. */
export const DEFAULT_ALERTMANAGER_RESOURCES: ResolvedResources = {
  cpu: { request: '50m', limit: '200m' },
  memory: { request: '64Mi', limit: '256Mi' },
};
