import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { durationSeconds, formatDuration } from '../core/duration';
import { toDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { credentialSecretNames } from '../notifications/config';
import { AlertmanagerConfigSecret } from '../notifications/config-secret';
import { Remediation, remediationWebhookToken } from '../remediation/remediation';
import { AlertRules } from './alert-rules';
import { AlertmanagerServer } from './alertmanager-server';
import { PrometheusServer } from './prometheus-server';
import { builtInDashboards } from './dashboards';
import { dashboardFolders, Grafana, provisionedDashboards, validateGrafana } from './grafana';
import { monitoringAlertGroup, MonitoringJobs } from './stack-alerts';
import { deploymentAlertGroups } from './rules';
import { IMonitoringStack, MANAGED_BY_LABELS, PodSelection, stackSelectorLabels } from './selection';
import { ALERTMANAGER_POD_LABELS, MONITORING_JOBS, PROMETHEUS_POD_LABELS, SOURCE_SELECTORS, StackRenderContext } from './stack-context';
import { renderNetworkPolicies } from './stack-network';
import { DEFAULT_ALERTMANAGER_VERSION, MonitoringStackProps } from './stack-props';
import { renderScrapeSources } from './stack-scrape';
import { validateMonitoringStack } from './stack-validation';
import { PORTS } from '../core/versions';

export {
  AlertmanagerOptions,
  DEFAULT_ALERTMANAGER_IMAGE,
  DEFAULT_ALERTMANAGER_VERSION,
  DEFAULT_PROMETHEUS_VERSION,
  KubeStateMetricsOptions,
  MonitoringStackProps,
  NotificationOptions,
  PrometheusOptions,
  RemoteWriteOptions,
  ScrapeSourceOptions,
  StorageOptions,
} from './stack-props';
export { parseByteSize } from './server-options';

/**
 * Prometheus, Alertmanager and Grafana on the Prometheus Operator, with the deployment alerts and
 * dashboards, for one environment.
 *
 * Every selector is derived from the stack: Prometheus selects ServiceMonitors, PodMonitors and
 * PrometheusRules carrying `selectorLabels` in any namespace, and every monitor and rule this
 * library renders for the stack carries them, so nothing is silently ignored.
 */
export class MonitoringStack extends Construct implements IMonitoringStack {
  /** The stack's name (the prefix of its objects). */
  public readonly name: string;
  /** The namespace given in props (absent: the chart's namespace applies). */
  public readonly namespace?: string;
  public readonly selectorLabels: Record<string, string>;
  public readonly targetLabels: Record<string, string>;
  public readonly scrapeIntervalSeconds: number;
  public readonly prometheusPods: PodSelection;
  /** Prometheus inside the cluster (the operator's `prometheus-operated` Service), e.g. for `AnalysisGate` `prometheusUrl`. */
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

  constructor(
    scope: Construct,
    id: string,
    private readonly props: MonitoringStackProps,
  ) {
    super(scope, id);
    this.name = props.name ?? toDnsLabel(id);
    this.namespace = props.namespace;
    this.selectorLabels = stackSelectorLabels(this.name);
    this.targetLabels = { environment: props.environment, ...(props.cluster ? { cluster: props.cluster } : {}) };
    this.scrapeIntervalSeconds = durationSeconds(props.scrapeInterval ?? '30s') ?? 30;
    this.effectiveNamespace = props.namespace ?? Chart.of(this).namespace;
    this.prometheusPods = { namespace: this.effectiveNamespace, podLabels: { ...PROMETHEUS_POD_LABELS(this.name) } };
    const host = (service: string) => (this.effectiveNamespace ? `${service}.${this.effectiveNamespace}.svc` : service);
    this.prometheusUrl = `http://${host('prometheus-operated')}:${PORTS.prometheus}`;
    this.alertmanagerUrl = `http://${host('alertmanager-operated')}:${PORTS.alertmanager}`;
    this.alertmanagerConfigSecret = props.alertmanager?.configSecret ?? `alertmanager-${this.name}`;
    this.grafanaServiceName = props.grafana ? `${this.name}-grafana` : undefined;
    this.grafanaUrl = this.grafanaServiceName && `http://${host(this.grafanaServiceName)}`;
    this.alertmanagerSecrets = [
      ...new Set([
        ...(props.alertmanager?.secrets ?? []),
        ...(props.notifications ? credentialSecretNames(props.notifications) : []),
        // the remediation webhook's bearer token, which the Alertmanager sends
        ...(props.remediation ? [remediationWebhookToken(props.remediation, `${this.name}-remediation`).name] : []),
      ]),
    ];
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
    const ctx = this.renderContext();
    new PrometheusServer(this, 'Prometheus', {
      ...props.prometheus,
      name: this.name,
      namespace: this.namespace,
      labels: ctx.meta(this.name).labels,
      selectorLabels: this.selectorLabels,
      targetLabels: this.targetLabels,
      scrapeInterval: formatDuration(this.scrapeIntervalSeconds),
    });
    new AlertmanagerServer(this, 'Alertmanager', {
      ...props.alertmanager,
      name: this.name,
      namespace: this.namespace,
      labels: ctx.meta(this.name).labels,
      version: this.alertmanagerVersion,
      configSecret: this.alertmanagerConfigSecret,
      secrets: this.alertmanagerSecrets,
    });
    const remediation =
      props.remediation &&
      new Remediation(this, 'Remediation', {
        ...props.remediation,
        runbookBaseUrl: props.remediation.runbookBaseUrl ?? (props.deploymentAlerts ? props.deploymentAlerts.runbookBaseUrl : undefined),
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
    renderScrapeSources(ctx);
    if (props.networkPolicies !== false) {
      renderNetworkPolicies(ctx, props.networkPolicies?.ingressController, remediation?.podLabels);
    }
    if (props.deploymentAlerts !== false) {
      const alerts = props.deploymentAlerts ?? {};
      // without a scraped source, its absence is expected, not an alert
      const unscraped = [
        ...(props.kubeStateMetrics === false ? ['KubeStateMetricsAbsent'] : []),
        ...(props.argoRollouts === false ? ['ArgoRolloutsMetricsAbsent'] : []),
      ];
      new AlertRules(this, 'DeploymentAlerts', {
        name: `${this.name}-deployment-alerts`,
        namespace: this.namespace,
        selectorLabels: this.selectorLabels,
        groups: deploymentAlertGroups({
          ...SOURCE_SELECTORS,
          ...alerts,
          overrides: { ...Object.fromEntries(unscraped.map((alert) => [alert, { disabled: true }])), ...alerts.overrides },
        }),
      });
    }
    if (props.selfMonitoring !== false) {
      new AlertRules(this, 'MonitoringAlerts', {
        name: `${this.name}-monitoring-alerts`,
        namespace: this.namespace,
        selectorLabels: this.selectorLabels,
        groups: [
          monitoringAlertGroup({
            jobs: this.monitoringJobs,
            runbookBaseUrl: props.deploymentAlerts ? props.deploymentAlerts.runbookBaseUrl : undefined,
          }),
        ],
      });
    }
    if (props.grafana) {
      new Grafana(this, 'Grafana', {
        ...props.grafana,
        name: this.grafanaServiceName!,
        namespace: this.namespace,
        prometheusUrl: `http://prometheus-operated:${PORTS.prometheus}`,
        alertmanagerUrl: `http://alertmanager-operated:${PORTS.alertmanager}`,
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

  /** The stack as its parts see it. */
  private renderContext(): StackRenderContext {
    return {
      scope: this,
      props: this.props,
      name: this.name,
      namespace: this.namespace,
      effectiveNamespace: this.effectiveNamespace,
      selectorLabels: this.selectorLabels,
      targetLabels: this.targetLabels,
      scrapeIntervalSeconds: this.scrapeIntervalSeconds,
      grafanaServiceName: this.grafanaServiceName,
      alertmanagerVersion: this.alertmanagerVersion,
      alertmanagerConfigSecret: this.alertmanagerConfigSecret,
      alertmanagerSecrets: this.alertmanagerSecrets,
      meta: (name: string) => this.meta(name),
    };
  }

  private get monitoringJobs(): MonitoringJobs {
    return {
      prometheus: MONITORING_JOBS.prometheus,
      alertmanager: MONITORING_JOBS.alertmanager,
      grafana: this.grafanaServiceName ? MONITORING_JOBS.grafana : undefined,
      operator: this.props.prometheusOperator === false ? undefined : MONITORING_JOBS.operator,
    };
  }
}
