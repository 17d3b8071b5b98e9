import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { durationSeconds, formatDuration } from '../core/duration';
import { toDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { ResolvedResources, withDefaults } from '../core/container';
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
import { credentialSecretNames } from '../notifications/config';
import { AlertmanagerConfigSecret } from '../notifications/config-secret';
import { Remediation, remediationWebhookToken } from '../remediation/remediation';
import { AlertRules } from './alert-rules';
import { builtInDashboards } from './dashboards';
import { dashboardFolders, Grafana, grafanaSelectorLabels, provisionedDashboards, validateGrafana } from './grafana';
import { KUBE_STATE_METRICS_PORT, KubeStateMetrics } from './kube-state-metrics';
import { DEFAULT_INGRESS_CONTROLLER, IngressControllerPeer } from '../core/network-policy';
import { monitoringAlertGroup, MonitoringJobs } from './stack-alerts';
import { deploymentAlertGroups } from './rules';
import { clusterScoped, IMonitoringStack, MANAGED_BY_LABELS, stackSelectorLabels, targetLabelRelabelings } from './selection';
import {
  DEFAULT_ALERTMANAGER_IMAGE, DEFAULT_ALERTMANAGER_RESOURCES, DEFAULT_ALERTMANAGER_VERSION, DEFAULT_PROMETHEUS_RESOURCES, DEFAULT_PROMETHEUS_VERSION,
  MonitoringStackProps, ScrapeSourceOptions,
} from './stack-props';
import { validateMonitoringStack } from './stack-validation';

export {
  AlertmanagerOptions, DEFAULT_ALERTMANAGER_IMAGE, DEFAULT_ALERTMANAGER_VERSION, DEFAULT_PROMETHEUS_VERSION, KubeStateMetricsOptions, MonitoringStackProps,
  NotificationOptions, PrometheusOptions, RemoteWriteOptions, ScrapeSourceOptions, StorageOptions,
} from './stack-props';
export { parseByteSize } from './stack-validation';

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
    validateMonitoringStack(props, this.name, problems);
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

