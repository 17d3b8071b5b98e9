import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { DurationInput, DURATION_ALLOWED, durationSeconds, formatDuration } from '../core/duration';
import { isDnsLabel, isLabelValue, toDnsLabel } from '../core/names';
import { checkUrl } from '../core/checks';
import { Problems } from '../core/problems';
import { SEMVER, VERSIONS } from '../core/versions';
import { byteQuantityProblem, parseQuantity } from '../core/quantity';
import { ResolvedResources, ResourcesProps, validateResources, withDefaults } from '../core/container';
import {
  Alertmanager, AlertmanagerSpecResourcesLimits, AlertmanagerSpecResourcesRequests, AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests,
} from '../imports/prom-alertmanager-monitoring.coreos.com';
import {
  Prometheus, PrometheusSpecAlertingAlertmanagersApiVersion, PrometheusSpecAlertingAlertmanagersPort, PrometheusSpecResourcesLimits,
  PrometheusSpecResourcesRequests, PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests,
} from '../imports/prom-prometheus-monitoring.coreos.com';
import {
  ServiceMonitor, ServiceMonitorSpecEndpointsRelabelings, ServiceMonitorSpecEndpointsRelabelingsAction, ServiceMonitorSpecSelector,
} from '../imports/prom-servicemonitor-monitoring.coreos.com';
import { PodMonitor, PodMonitorSpecPodMetricsEndpointsRelabelingsAction } from '../imports/prom-podmonitor-monitoring.coreos.com';
import { VELERO_JOB } from '../backup/alerts';
import { compareVersions, MIN_ALERTMANAGER_VERSION } from '../notifications/channels';
import { AlertmanagerConfigProps, credentialSecretNames, validateAlertmanagerConfig } from '../notifications/config';
import { AlertmanagerConfigSecret } from '../notifications/config-secret';
import { Remediation, RemediationOptions, remediationWebhookToken, validateRemediation } from '../remediation/remediation';
import { AlertRules } from './alert-rules';
import { builtInDashboards } from './dashboards';
import { dashboardFolders, Grafana, GrafanaOptions, grafanaSelectorLabels, provisionedDashboards, validateGrafana } from './grafana';
import { KUBE_STATE_METRICS_PORT, KubeStateMetrics, validateKubeStateMetrics } from './kube-state-metrics';
import { DEFAULT_INGRESS_CONTROLLER, IngressControllerPeer } from '../core/network-policy';
import { monitoringAlertGroup, MonitoringJobs } from './stack-alerts';
import { checkLabels, deploymentAlertGroups, DeploymentAlertOptions, validateDeploymentAlertOptions } from './rules';
import { clusterScoped, IMonitoringStack, MANAGED_BY_LABELS, stackSelectorLabels, targetLabelRelabelings } from './selection';

/** A persistent volume for Prometheus or Alertmanager data. */
export interface StorageOptions {
  /** Size of each replica's volume, e.g. `50Gi`. */
  readonly size: string;
  /** @default - the cluster's default StorageClass */
  readonly storageClassName?: string;
}

/** A remote-write destination (Thanos, Mimir, Cortex, a managed Prometheus). */
export interface RemoteWriteOptions {
  readonly url: string;
  /** @default - derived by Prometheus from the URL */
  readonly name?: string;
  /** Bearer token from a Secret key (never a literal). @default - none */
  readonly bearerTokenSecret?: { readonly name: string; readonly key: string };
  /** Basic auth from Secret keys (never literals). @default - none */
  readonly basicAuthSecret?: { readonly name: string; readonly usernameKey: string; readonly passwordKey: string };
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
  readonly networkPolicies?: { readonly ingressController?: IngressControllerPeer | false } | false;
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

const DEFAULT_PROMETHEUS_RESOURCES: ResolvedResources = { cpu: { request: '100m', limit: '1' }, memory: { request: '512Mi', limit: '2Gi' } };
const DEFAULT_ALERTMANAGER_RESOURCES: ResolvedResources = { cpu: { request: '50m', limit: '200m' }, memory: { request: '64Mi', limit: '256Mi' } };
const KSM_JOB = 'kube-state-metrics';
const ARGO_JOB = 'argo-rollouts-metrics';
/** Labels the operator gives the pods of the Prometheus and the Alertmanager named `name` (prometheus-operator v0.93.0: app.kubernetes.io/name and the CR kind's label). */
const PROMETHEUS_POD_LABELS = (name: string) => ({ 'app.kubernetes.io/name': 'prometheus', prometheus: name });
const ALERTMANAGER_POD_LABELS = (name: string) => ({ 'app.kubernetes.io/name': 'alertmanager', alertmanager: name });
/** Velero's label that keeps an object (the Prometheus PVCs) out of backups. */
const VELERO_EXCLUDE_LABEL = 'velero.io/exclude-from-backup';
/** Velero's pod annotation listing volumes its file-system backup skips. */
const VELERO_VOLUMES_EXCLUDES = 'backup.velero.io/backup-volumes-excludes';
/** The `job` labels of the stack's own components. */
const MONITORING_JOBS = { prometheus: 'prometheus', alertmanager: 'alertmanager', operator: 'prometheus-operator', grafana: 'grafana' } as const;
/** Selectors of the exporters' series, as the alerts and dashboards read them (the stack's ServiceMonitors set these jobs). */
const SOURCE_SELECTORS = { kubeStateMetricsSelector: `job="${KSM_JOB}"`, argoRolloutsSelector: `job="${ARGO_JOB}"` };
/** Prometheus durations as the operator's CRD accepts them. */
const PROM_DURATION = /^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$/;
/** Prometheus byte sizes as the operator's CRD accepts them. */
const BYTE_SIZE = /^(0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$/;
const POD_SECURITY = { runAsNonRoot: true, runAsUser: 1000, runAsGroup: 2000, fsGroup: 2000, seccompProfile: { type: 'RuntimeDefault' } };

/**
 * Prometheus, Alertmanager and Grafana on the Prometheus Operator, with the deployment alerts and
 * dashboards, for one environment.
 *
 * Every selector is derived from the stack: Prometheus selects ServiceMonitors, PodMonitors and
 * PrometheusRules carrying `selectorLabels` in any namespace, and every monitor and rule this
 * library renders for the stack carries them, so nothing is silently ignored.
 */
export class MonitoringStack extends Construct implements IMonitoringStack {
  public readonly name: string;
  public readonly namespace?: string;
  public readonly selectorLabels: Record<string, string>;
  public readonly targetLabels: Record<string, string>;
  public readonly scrapeIntervalSeconds: number;
  public readonly prometheusPods: { readonly namespace?: string; readonly podLabels: Record<string, string> };
  /** Prometheus inside the cluster (the operator's `prometheus-operated` Service), e.g. for `AnalysisGate` `prometheusAddress`. */
  public readonly prometheusUrl: string;
  /** Alertmanager inside the cluster (`alertmanager-operated`). */
  public readonly alertmanagerUrl: string;
  /** The Grafana Service name, when Grafana is enabled. */
  public readonly grafanaServiceName?: string;
  /** Grafana inside the cluster (`http://<service>.<namespace>.svc`), when Grafana is enabled. */
  public readonly grafanaUrl?: string;
  /** Name of the Secret the Alertmanager reads `alertmanager.yaml` from. */
  public readonly alertmanagerConfigSecret: string;
  /** Secrets mounted into the Alertmanager at `/etc/alertmanager/secrets/<name>/` (yours and the channels'). */
  public readonly alertmanagerSecrets: string[];

  /** Namespace the objects land in: the props' or the chart's. */
  private readonly effectiveNamespace?: string;
  /** Grafana's dashboard files by folder, rendered once. */
  private readonly dashboardFiles: Map<string, Record<string, string>>;

  constructor(scope: Construct, id: string, private readonly props: MonitoringStackProps) {
    super(scope, id);
    this.name = props.name ?? toDnsLabel(id);
    this.namespace = props.namespace;
    this.selectorLabels = stackSelectorLabels(this.name);
    this.targetLabels = { environment: props.environment, ...(props.cluster ? { cluster: props.cluster } : {}) };
    this.scrapeIntervalSeconds = durationSeconds(props.scrapeInterval ?? '30s') ?? 30;
    this.effectiveNamespace = props.namespace ?? Chart.of(this).namespace;
    this.prometheusPods = { namespace: this.effectiveNamespace, podLabels: { ...PROMETHEUS_POD_LABELS(this.name) } };
    const host = (service: string) => (this.effectiveNamespace ? `${service}.${this.effectiveNamespace}.svc` : service);
    this.prometheusUrl = `http://${host('prometheus-operated')}:9090`;
    this.alertmanagerUrl = `http://${host('alertmanager-operated')}:9093`;
    this.alertmanagerConfigSecret = props.alertmanager?.configSecret ?? `alertmanager-${this.name}`;
    this.grafanaServiceName = props.grafana ? `${this.name}-grafana` : undefined;
    this.grafanaUrl = this.grafanaServiceName && `http://${host(this.grafanaServiceName)}`;
    this.alertmanagerSecrets = [...new Set([...(props.alertmanager?.secrets ?? []), ...(props.notifications ? credentialSecretNames(props.notifications) : []),
      // the remediation webhook's bearer token, which the Alertmanager sends
      ...(props.remediation ? [remediationWebhookToken(props.remediation, `${this.name}-remediation`).name] : [])])];
    const dashboards = props.grafana ? provisionedDashboards(props.grafana, () => builtInDashboards(SOURCE_SELECTORS)) : [];
    this.dashboardFiles = dashboardFolders(dashboards);

    const problems = Problems.root();
    this.validate(problems);
    if (props.grafana) {
      validateGrafana(props.grafana, dashboards, this.dashboardFiles, problems.at('grafana'));
    }
    this.node.addValidation({ validate: () => problems.messages() });
    if (!problems.isEmpty) {
      return;
    }
    this.renderPrometheus();
    this.renderAlertmanager();
    const remediation = props.remediation && new Remediation(this, 'Remediation', {
      ...props.remediation,
      name: `${this.name}-remediation`,
      namespace: this.namespace,
      environment: props.environment,
      alertmanagerUrl: this.alertmanagerUrl,
      alertmanagerPodLabels: ALERTMANAGER_POD_LABELS(this.name),
      prometheusPodLabels: PROMETHEUS_POD_LABELS(this.name),
      selectorLabels: this.selectorLabels,
      kubeStateMetricsSelector: SOURCE_SELECTORS.kubeStateMetricsSelector,
    });
    if (props.notifications) {
      new AlertmanagerConfigSecret(this, 'AlertmanagerConfig', {
        ...props.notifications,
        remediation: remediation?.route,
        alertmanagerVersion: this.alertmanagerVersion,
        name: this.alertmanagerConfigSecret,
        namespace: this.namespace,
      });
    }
    this.renderScrapeSources();
    if (props.networkPolicies !== false) {
      this.renderNetworkPolicies(props.networkPolicies?.ingressController, remediation?.podLabels);
    }
    if (props.deploymentAlerts !== false) {
      const alerts = props.deploymentAlerts ?? {};
      // without a scraped source, its absence is expected, not an alert
      const unscraped = [...(props.kubeStateMetrics === false ? ['KubeStateMetricsAbsent'] : []), ...(props.argoRollouts === false ? ['ArgoRolloutsMetricsAbsent'] : [])];
      new AlertRules(this, 'DeploymentAlerts', {
        name: `${this.name}-deployment-alerts`,
        namespace: this.namespace,
        selectorLabels: this.selectorLabels,
        groups: deploymentAlertGroups({
          ...SOURCE_SELECTORS, ...alerts,
          overrides: { ...Object.fromEntries(unscraped.map((alert) => [alert, { disabled: true }])), ...alerts.overrides },
        }),
      });
    }
    if (props.selfMonitoring !== false) {
      new AlertRules(this, 'MonitoringAlerts', {
        name: `${this.name}-monitoring-alerts`,
        namespace: this.namespace,
        selectorLabels: this.selectorLabels,
        groups: [monitoringAlertGroup({ jobs: this.monitoringJobs, runbookBaseUrl: props.deploymentAlerts ? props.deploymentAlerts.runbookBaseUrl : undefined })],
      });
    }
    if (props.grafana) {
      new Grafana(this, 'Grafana', {
        ...props.grafana,
        name: this.grafanaServiceName!,
        namespace: this.namespace,
        prometheusUrl: 'http://prometheus-operated:9090',
        alertmanagerUrl: 'http://alertmanager-operated:9093',
        scrapeInterval: formatDuration(this.scrapeIntervalSeconds),
        folders: this.dashboardFiles,
      });
    }
  }

  private validate(p: Problems): void {
    const props = this.props;
    p.check(isDnsLabel(this.name), 'name', this.name, 'a lowercase DNS label of at most 63 characters', 'use a name like "monitoring"');
    if (props.namespace !== undefined) {
      p.check(isDnsLabel(props.namespace), 'namespace', props.namespace, 'a lowercase DNS label', 'use an existing namespace name');
    }
    p.check(isLabelValue(props.environment) && props.environment !== '', 'environment', props.environment,
      'a label value (letters, digits, "-", "_", ".", at most 63 characters)', 'name the environment, e.g. "prod"');
    if (props.cluster !== undefined) {
      p.check(isLabelValue(props.cluster) && props.cluster !== '', 'cluster', props.cluster, 'a label value of at most 63 characters', 'name the cluster, e.g. "eu-west-1"');
    }
    const scrapeSeconds = durationSeconds(props.scrapeInterval ?? '30s');
    p.check(scrapeSeconds !== undefined && scrapeSeconds >= 5,
      'scrapeInterval', props.scrapeInterval, `at least 5s, as ${DURATION_ALLOWED}`, 'use "30s" unless you need finer resolution');

    const prom = props.prometheus ?? {};
    const pp = p.at('prometheus');
    checkReplicas(pp, prom.replicas);
    checkPromDuration(pp, 'retention', prom.retention);
    if (prom.retentionSize !== undefined) {
      pp.check(typeof prom.retentionSize === 'string' && BYTE_SIZE.test(prom.retentionSize), 'retentionSize', prom.retentionSize,
        'a byte size such as "40GB" or "500MiB"', 'write the size with a unit ending in B, below the volume size');
    }
    checkStorage(pp.at('storage'), prom.storage);
    if (prom.storage && prom.retentionSize && BYTE_SIZE.test(prom.retentionSize)) {
      const volume = parseQuantity(prom.storage.size);
      const bound = parseByteSize(prom.retentionSize);
      if (volume !== undefined && bound >= volume) {
        pp.add('retentionSize', prom.retentionSize, `less than the volume size (${prom.storage.size})`,
          'leave ~15% headroom for the WAL and compaction, e.g. 85% of the volume');
      }
    }
    validateResources(withDefaults(DEFAULT_PROMETHEUS_RESOURCES, prom.resources), pp.at('resources'));
    checkLabels(pp, 'externalLabels', prom.externalLabels);
    for (const reserved of ['environment', 'cluster', 'prometheus', 'prometheus_replica']) {
      if (prom.externalLabels && reserved in prom.externalLabels) {
        pp.add(`externalLabels.${reserved}`, prom.externalLabels[reserved], 'labels other than environment, cluster, prometheus, prometheus_replica',
          reserved === 'environment' || reserved === 'cluster' ? `set \`${reserved}\` on the stack instead` : 'the operator sets this label itself');
      }
    }
    (prom.remoteWrite ?? []).forEach((rw, i) => {
      const at = pp.at(`remoteWrite[${i}]`);
      checkUrl(at, 'url', rw.url, 'https://mimir.example.com/api/v1/push');
      if (rw.bearerTokenSecret && rw.basicAuthSecret) {
        at.add('basicAuthSecret', 'both', 'one of bearerTokenSecret or basicAuthSecret', 'keep the one your endpoint expects');
      }
      for (const [field, ref] of [['bearerTokenSecret', rw.bearerTokenSecret], ['basicAuthSecret', rw.basicAuthSecret]] as const) {
        if (ref) {
          at.check(isDnsLabel(ref.name, 253), `${field}.name`, ref.name, 'the name of an existing Secret', 'reference the Secret holding the credentials');
        }
      }
    });

    const am = props.alertmanager ?? {};
    const ap = p.at('alertmanager');
    checkReplicas(ap, am.replicas);
    checkPromDuration(ap, 'retention', am.retention);
    checkStorage(ap.at('storage'), am.storage);
    validateResources(withDefaults(DEFAULT_ALERTMANAGER_RESOURCES, am.resources), ap.at('resources'));
    if (am.serviceAccountName !== undefined) {
      ap.check(isDnsLabel(am.serviceAccountName, 253), 'serviceAccountName', am.serviceAccountName, 'a ServiceAccount name', 'use an existing ServiceAccount');
    }
    if (props.notifications) {
      // the version is the user's `alertmanager.version`: report it there, and check channels only against a readable one
      const version = this.alertmanagerVersion!;
      const readable = SEMVER.test(version) && compareVersions(version, MIN_ALERTMANAGER_VERSION) >= 0;
      ap.check(readable, 'version', version, `a version such as "${DEFAULT_ALERTMANAGER_VERSION}", at least ${MIN_ALERTMANAGER_VERSION}, with notifications`,
        'pin the Alertmanager version the configuration is rendered for, or leave it unset');
      validateAlertmanagerConfig({ ...props.notifications, alertmanagerVersion: readable ? version : DEFAULT_ALERTMANAGER_VERSION }, p.at('notifications'));
    }
    for (const [field, names] of [['configSecret', am.configSecret === undefined ? [] : [am.configSecret]], ['secrets', am.secrets ?? []]] as const) {
      for (const name of names) {
        ap.check(isDnsLabel(name, 253), field, name, 'the name of a Secret in the stack\'s namespace', 'reference an existing Secret');
      }
    }

    if (props.deploymentAlerts) {
      validateDeploymentAlertOptions(props.deploymentAlerts, p.at('deploymentAlerts'));
    }
    if (props.remediation) {
      validateRemediation(props.remediation, p.at('remediation'));
      p.check(props.notifications !== undefined, 'remediation', 'set without notifications',
        'remediation together with notifications (it escalates through their routes, and its route is rendered into their configuration)',
        'add notifications, or leave remediation out');
    }
    if (props.kubeStateMetrics) {
      validateKubeStateMetrics({ image: props.kubeStateMetrics.image, resources: props.kubeStateMetrics.resources }, p.at('kubeStateMetrics'));
    }
    const scraped: Array<[string, ScrapeSourceOptions | false | undefined]> = [
      ['kubeStateMetrics.existing', props.kubeStateMetrics ? props.kubeStateMetrics.existing : undefined],
      ['argoRollouts', props.argoRollouts], ['prometheusOperator', props.prometheusOperator], ['velero', props.velero],
    ];
    for (const [source, options] of scraped) {
      if (options) {
        const at = p.at(source);
        if (options.namespace !== undefined) {
          at.check(isDnsLabel(options.namespace), 'namespace', options.namespace, 'a lowercase DNS label', 'use the namespace the exporter runs in');
        }
        if (options.port !== undefined) {
          at.check(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(options.port), 'port', options.port, 'a Service port name', 'use the name of the metrics port');
        }
      }
    }
    if (props.grafana === undefined) {
      p.add('grafana', undefined, 'Grafana options with an admin Secret, or false', 'set grafana: { adminSecret: { name: "grafana-admin" } } or grafana: false');
    }
  }

  /** The version to run and check channels against: the props', or with notifications the proven default. */
  private get alertmanagerVersion(): string {
    return this.props.alertmanager?.version ?? DEFAULT_ALERTMANAGER_VERSION;
  }

  private meta(name: string): { name: string; namespace?: string; labels: Record<string, string> } {
    return { name, namespace: this.namespace, labels: { ...MANAGED_BY_LABELS, 'app.kubernetes.io/part-of': this.name } };
  }

  private renderPrometheus(): void {
    const prom = this.props.prometheus ?? {};
    const account = `${this.name}-prometheus`;
    new k8s.KubeServiceAccount(this, 'PrometheusServiceAccount', { metadata: this.meta(account), automountServiceAccountToken: true });
    // the discovery permissions kube-prometheus grants Prometheus, cluster-wide and read-only
    clusterScoped(new k8s.KubeClusterRole(this, 'PrometheusClusterRole', {
      metadata: this.meta(account),
      rules: [
        { apiGroups: [''], resources: ['nodes/metrics', 'services', 'endpoints', 'pods'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] },
        { nonResourceUrLs: ['/metrics'], verbs: ['get'] },
      ],
    }));
    clusterScoped(new k8s.KubeClusterRoleBinding(this, 'PrometheusClusterRoleBinding', {
      metadata: this.meta(account),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: account },
      subjects: [{ kind: 'ServiceAccount', name: account, namespace: this.effectiveNamespace ?? 'default' }],
    }));
    const everywhere = {};
    const interval = formatDuration(this.scrapeIntervalSeconds);
    const resources = withDefaults(DEFAULT_PROMETHEUS_RESOURCES, prom.resources);
    new Prometheus(this, 'Prometheus', {
      metadata: this.meta(this.name),
      spec: {
        replicas: prom.replicas ?? 1,
        version: prom.version ?? DEFAULT_PROMETHEUS_VERSION,
        serviceAccountName: account,
        retention: prom.retention ?? '15d',
        retentionSize: prom.retentionSize,
        scrapeInterval: interval,
        evaluationInterval: interval,
        externalLabels: { ...prom.externalLabels, ...this.targetLabels },
        serviceMonitorSelector: { matchLabels: { ...this.selectorLabels } },
        serviceMonitorNamespaceSelector: everywhere,
        podMonitorSelector: { matchLabels: { ...this.selectorLabels } },
        podMonitorNamespaceSelector: everywhere,
        ruleSelector: { matchLabels: { ...this.selectorLabels } },
        ruleNamespaceSelector: everywhere,
        alerting: {
          alertmanagers: [{
            name: 'alertmanager-operated',
            namespace: this.effectiveNamespace,
            port: PrometheusSpecAlertingAlertmanagersPort.fromString('web'),
            apiVersion: PrometheusSpecAlertingAlertmanagersApiVersion.V2,
          }],
        },
        remoteWrite: prom.remoteWrite?.map((rw) => ({
          url: rw.url,
          name: rw.name,
          authorization: rw.bearerTokenSecret ? { type: 'Bearer', credentials: { ...rw.bearerTokenSecret } } : undefined,
          basicAuth: rw.basicAuthSecret ? {
            username: { name: rw.basicAuthSecret.name, key: rw.basicAuthSecret.usernameKey },
            password: { name: rw.basicAuthSecret.name, key: rw.basicAuthSecret.passwordKey },
          } : undefined,
        })),
        // the operator names the volume prometheus-<name>-db (v0.93.0 pkg/prometheus/common.go VolumeName)
        podMetadata: prom.storage && prom.excludeFromBackup ? { annotations: { [VELERO_VOLUMES_EXCLUDES]: `prometheus-${this.name}-db` } } : undefined,
        storage: prom.storage ? {
          volumeClaimTemplate: {
            metadata: prom.excludeFromBackup ? { labels: { [VELERO_EXCLUDE_LABEL]: 'true' } } : undefined,
            spec: {
              accessModes: ['ReadWriteOnce'],
              storageClassName: prom.storage.storageClassName,
              resources: { requests: { storage: PrometheusSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString(prom.storage.size) } },
            },
          },
        } : undefined,
        securityContext: POD_SECURITY,
        resources: {
          limits: quantities(resources, 'limit', PrometheusSpecResourcesLimits.fromString),
          requests: quantities(resources, 'request', PrometheusSpecResourcesRequests.fromString),
        },
      },
    });
  }

  private renderAlertmanager(): void {
    const am = this.props.alertmanager ?? {};
    const resources = withDefaults(DEFAULT_ALERTMANAGER_RESOURCES, am.resources);
    new Alertmanager(this, 'Alertmanager', {
      metadata: this.meta(this.name),
      spec: {
        replicas: am.replicas ?? 1,
        version: this.alertmanagerVersion,
        image: this.alertmanagerVersion === DEFAULT_ALERTMANAGER_VERSION ? DEFAULT_ALERTMANAGER_IMAGE : undefined,
        retention: am.retention ?? '120h',
        configSecret: this.alertmanagerConfigSecret,
        secrets: this.alertmanagerSecrets.length > 0 ? this.alertmanagerSecrets : undefined,
        serviceAccountName: am.serviceAccountName,
        automountServiceAccountToken: false,
        securityContext: POD_SECURITY,
        resources: {
          limits: quantities(resources, 'limit', AlertmanagerSpecResourcesLimits.fromString),
          requests: quantities(resources, 'request', AlertmanagerSpecResourcesRequests.fromString),
        },
        storage: am.storage ? {
          volumeClaimTemplate: {
            spec: {
              accessModes: ['ReadWriteOnce'],
              storageClassName: am.storage.storageClassName,
              resources: { requests: { storage: AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString(am.storage.size) } },
            },
          },
        } : undefined,
      },
    });
  }

  /**
   * kube-state-metrics (installed unless an existing one is named) and the ServiceMonitors of every
   * source the rules and dashboards read, each with a fixed job label: the exporters, and with
   * self-monitoring Prometheus, Alertmanager, Grafana and the operator.
   */
  private renderScrapeSources(): void {
    const props = this.props;
    const namespace = this.effectiveNamespace ?? 'default';
    const ksm = props.kubeStateMetrics;
    if (ksm !== false && !ksm?.existing) {
      new KubeStateMetrics(this, 'KubeStateMetrics', {
        name: `${this.name}-kube-state-metrics`,
        namespace: this.namespace,
        image: ksm?.image,
        resources: ksm?.resources,
        labels: { 'app.kubernetes.io/part-of': this.name },
      });
    }
    const sources: ScrapeSource[] = [];
    if (ksm !== false) {
      sources.push({
        id: 'KubeStateMetricsMonitor', job: KSM_JOB,
        ...resolveSource(ksm?.existing, ksm?.existing
          ? { namespace: 'kube-system', selector: { matchLabels: { 'app.kubernetes.io/name': 'kube-state-metrics' } }, port: KUBE_STATE_METRICS_PORT }
          : { namespace, selector: { matchLabels: { 'app.kubernetes.io/name': 'kube-state-metrics' } }, port: KUBE_STATE_METRICS_PORT }),
        // the exporter describes other objects: keep their namespace labels
        honorLabels: true,
      });
    }
    if (props.argoRollouts !== false) {
      sources.push({
        id: 'ArgoRollouts', job: ARGO_JOB, honorLabels: true,
        ...resolveSource(props.argoRollouts, {
          namespace: 'argo-rollouts',
          selector: {
            matchExpressions: [
              { key: 'app.kubernetes.io/name', operator: 'In', values: ['argo-rollouts-metrics', 'argo-rollouts'] },
              { key: 'app.kubernetes.io/component', operator: 'In', values: ['server', 'rollouts-controller'] },
            ],
          },
          port: 'metrics',
        }),
      });
    }
    if (props.selfMonitoring !== false) {
      // the operator's governing Services select every Prometheus / Alertmanager of the namespace
      // (prometheus-operator v0.93.0 pkg/prometheus/common.go BuildStatefulSetService, label
      // operated-prometheus; pkg/alertmanager/statefulset.go makeStatefulSetService, label
      // operated-alertmanager; port `web`): keep this stack's pods only
      const own = (label: string) => [{ action: ServiceMonitorSpecEndpointsRelabelingsAction.KEEP, sourceLabels: [`__meta_kubernetes_pod_label_${label}`], regex: this.name }];
      sources.push(
        { id: 'PrometheusMonitor', job: MONITORING_JOBS.prometheus, namespace, selector: { matchLabels: { 'operated-prometheus': 'true' } }, port: 'web', keep: own('prometheus') },
        { id: 'AlertmanagerMonitor', job: MONITORING_JOBS.alertmanager, namespace, selector: { matchLabels: { 'operated-alertmanager': 'true' } }, port: 'web', keep: own('alertmanager') },
      );
      if (this.grafanaServiceName) {
        sources.push({ id: 'GrafanaMonitor', job: MONITORING_JOBS.grafana, namespace, selector: { matchLabels: grafanaSelectorLabels(this.grafanaServiceName) }, port: 'http' });
      }
      if (props.prometheusOperator !== false) {
        sources.push({
          id: 'PrometheusOperatorMonitor', job: MONITORING_JOBS.operator,
          ...resolveSource(props.prometheusOperator, { namespace, selector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus-operator' } }, port: 'http' }),
        });
      }
    }
    const interval = formatDuration(this.scrapeIntervalSeconds);
    for (const source of sources) {
      new ServiceMonitor(this, source.id, {
        metadata: { ...this.meta(`${this.name}-${source.job}`), labels: { ...this.meta('').labels, ...this.selectorLabels } },
        spec: {
          namespaceSelector: { matchNames: [source.namespace] },
          selector: source.selector,
          endpoints: [{
            port: source.port,
            interval,
            honorLabels: source.honorLabels,
            relabelings: [
              ...(source.keep ?? []),
              { action: ServiceMonitorSpecEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: source.job },
              ...targetLabelRelabelings(this.targetLabels).map((r) => ({ ...r, action: ServiceMonitorSpecEndpointsRelabelingsAction.REPLACE })),
            ],
          }],
        },
      });
    }
    if (props.velero) {
      // the server pods themselves: velero install renders no metrics Service
      const velero = props.velero;
      new PodMonitor(this, 'VeleroMonitor', {
        metadata: { ...this.meta(`${this.name}-${VELERO_JOB}`), labels: { ...this.meta('').labels, ...this.selectorLabels } },
        spec: {
          namespaceSelector: { matchNames: [velero.namespace ?? 'velero'] },
          selector: { matchLabels: { ...(velero.matchLabels ?? { deploy: 'velero' }) } },
          podMetricsEndpoints: [{
            port: velero.port ?? 'metrics',
            interval,
            relabelings: [
              { action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: VELERO_JOB },
              ...targetLabelRelabelings(this.targetLabels).map((r) => ({ ...r, action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE })),
            ],
          }],
        },
      });
    }
  }

  /** Ingress-only NetworkPolicies for the stack's pods (see `MonitoringStackProps.networkPolicies`). */
  private renderNetworkPolicies(controller: IngressControllerPeer | false | undefined, remediationPods: Record<string, string> | undefined): void {
    const pods = (labels: Record<string, string>) => ({ podSelector: { matchLabels: { ...labels } } });
    const tcp = (...ports: number[]) => ports.map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) }));
    const prometheus = pods(PROMETHEUS_POD_LABELS(this.name));
    const grafana = this.grafanaServiceName ? [pods(grafanaSelectorLabels(this.grafanaServiceName))] : [];
    const ingressController = controller === false ? [] : [{
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': (controller ?? DEFAULT_INGRESS_CONTROLLER).namespace } },
      podSelector: { matchLabels: { ...(controller ?? DEFAULT_INGRESS_CONTROLLER).podLabels } },
    }];
    const argo = this.props.argoRollouts === false ? [] : [{
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': this.props.argoRollouts?.namespace ?? 'argo-rollouts' } },
    }];
    const isolate = (id: string, name: string, podLabels: Record<string, string>, ingress: k8s.NetworkPolicyIngressRule[]) => {
      new k8s.KubeNetworkPolicy(this, id, {
        metadata: this.meta(name),
        spec: { podSelector: { matchLabels: { ...podLabels } }, policyTypes: ['Ingress'], ingress: ingress.filter((r) => (r.from ?? []).length > 0) },
      });
    };
    isolate('PrometheusNetworkPolicy', `${this.name}-prometheus`, PROMETHEUS_POD_LABELS(this.name), [
      // its own scrapes, Grafana's queries, and the analysis gates the Argo Rollouts controller runs
      { from: [prometheus, ...grafana, ...argo], ports: tcp(9090) },
    ]);
    isolate('AlertmanagerNetworkPolicy', `${this.name}-alertmanager`, ALERTMANAGER_POD_LABELS(this.name), [
      { from: [prometheus, ...grafana, ...(remediationPods ? [pods(remediationPods)] : [])], ports: tcp(9093) },
      // the replicas gossip on 9094 (TCP and UDP) to share silences and notification state
      { from: [pods(ALERTMANAGER_POD_LABELS(this.name))], ports: [...tcp(9093, 9094), { protocol: 'UDP', port: k8s.IntOrString.fromNumber(9094) }] },
    ]);
    if (this.grafanaServiceName) {
      isolate('GrafanaNetworkPolicy', this.grafanaServiceName, grafanaSelectorLabels(this.grafanaServiceName), [
        { from: [...ingressController, prometheus], ports: tcp(3000) },
      ]);
    }
    if (this.props.kubeStateMetrics !== false && !this.props.kubeStateMetrics?.existing) {
      isolate('KubeStateMetricsNetworkPolicy', `${this.name}-kube-state-metrics`, { 'app.kubernetes.io/name': 'kube-state-metrics' }, [
        { from: [prometheus], ports: tcp(8080, 8081) },
      ]);
    }
  }

  /** The jobs the stack's own alerts watch (only the components it scrapes). */
  private get monitoringJobs(): MonitoringJobs {
    return {
      prometheus: MONITORING_JOBS.prometheus,
      alertmanager: MONITORING_JOBS.alertmanager,
      grafana: this.grafanaServiceName ? MONITORING_JOBS.grafana : undefined,
      operator: this.props.prometheusOperator === false ? undefined : MONITORING_JOBS.operator,
    };
  }
}

/** A ServiceMonitor the stack renders for one source. */
interface ScrapeSource {
  readonly id: string;
  readonly job: string;
  readonly namespace: string;
  readonly selector: ServiceMonitorSpecSelector;
  readonly port: string;
  readonly honorLabels?: boolean;
  readonly keep?: ServiceMonitorSpecEndpointsRelabelings[];
}

/** The user's namespace/labels/port over the defaults (labels given replace the default selector). */
function resolveSource(options: ScrapeSourceOptions | undefined, defaults: { namespace: string; selector: ServiceMonitorSpecSelector; port: string }):
  { namespace: string; selector: ServiceMonitorSpecSelector; port: string } {
  return {
    namespace: options?.namespace ?? defaults.namespace,
    selector: options?.matchLabels ? { matchLabels: { ...options.matchLabels } } : defaults.selector,
    port: options?.port ?? defaults.port,
  };
}

/** CPU and memory limits or requests as the generated CRD types want them (quantity classes). */
function quantities<T>(resources: ResolvedResources, which: 'limit' | 'request', of: (value: string) => T): { cpu: T; memory: T } {
  return { cpu: of(resources.cpu[which]), memory: of(resources.memory[which]) };
}

function checkReplicas(p: Problems, replicas: number | undefined): void {
  if (replicas !== undefined) {
    p.check(Number.isInteger(replicas) && replicas >= 1 && replicas <= 10, 'replicas', replicas, 'a whole number from 1 to 10',
      'use 1 in small environments and 2 or more where alerting must survive a pod loss');
  }
}

function checkPromDuration(p: Problems, field: string, value: string | undefined): void {
  if (value !== undefined) {
    p.check(typeof value === 'string' && value !== '' && PROM_DURATION.test(value), field, value,
      'a Prometheus duration such as "15d", "12h" or "2w"', 'write a number with a unit (ms, s, m, h, d, w, y)');
  }
}

function checkStorage(p: Problems, storage: StorageOptions | undefined): void {
  if (storage === undefined) {
    return;
  }
  const wrong = byteQuantityProblem(storage.size, 2 ** 20);
  if (wrong) {
    p.add('size', storage.size, wrong.allowed, wrong.fix);
  }
  if (storage.storageClassName !== undefined) {
    p.check(isDnsLabel(storage.storageClassName, 253), 'storageClassName', storage.storageClassName, 'the name of a StorageClass',
      'use a StorageClass of the cluster, or leave it out for the default');
  }
}

/** Bytes of a Prometheus byte size (`40GB` = 40e9, `500MiB` = 500 * 2^20). */
export function parseByteSize(value: string): number {
  const match = /^(([0-9]*[.])?[0-9]+)((K|M|G|T|E|P)(i?))?B$/.exec(value);
  if (!match) {
    return 0;
  }
  const powers: Record<string, number> = { K: 1, M: 2, G: 3, T: 4, P: 5, E: 6 };
  const exponent = match[4] ? powers[match[4]] : 0;
  return Number(match[1]) * (match[5] ? 1024 : 1000) ** exponent;
}
