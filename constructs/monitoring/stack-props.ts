/**
 * What a `MonitoringStack` is given: the props and options of its parts, and the versions it runs
 * unless told otherwise. Checked by `validateMonitoringStack` (stack-validation.ts), rendered by
 * `MonitoringStack` (stack.ts).
 */
import { DurationInput } from '../core/duration';
import { ResourcesProps } from '../core/container';
import { IngressControllerPeer } from '../core/network-policy';
import { AlertmanagerConfigProps } from '../notifications/config';
import type { RemediationOptions } from '../remediation/remediation';
import { AlertmanagerOptions } from './alertmanager-server';
import { GrafanaOptions } from './grafana';
import { PrometheusOptions } from './prometheus-server';
import { DeploymentAlertOptions } from './rules';

export {
  AlertmanagerOptions,
  DEFAULT_ALERTMANAGER_IMAGE,
  DEFAULT_ALERTMANAGER_RESOURCES,
  DEFAULT_ALERTMANAGER_VERSION,
} from './alertmanager-server';
export { DEFAULT_PROMETHEUS_RESOURCES, DEFAULT_PROMETHEUS_VERSION, PrometheusOptions, RemoteWriteOptions } from './prometheus-server';
export { StorageOptions } from './server-options';

/** Who gets which alerts, rendered into the Alertmanager's config Secret. */
export type NotificationOptions = Omit<AlertmanagerConfigProps, 'alertmanagerVersion' | 'templatesDir'>;

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
