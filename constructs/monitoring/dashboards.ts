import * as common from '@grafana/grafana-foundation-sdk/common';
import * as dashboard from '@grafana/grafana-foundation-sdk/dashboard';
import * as prometheus from '@grafana/grafana-foundation-sdk/prometheus';
import * as stat from '@grafana/grafana-foundation-sdk/stat';
import * as table from '@grafana/grafana-foundation-sdk/table';
import * as timeseries from '@grafana/grafana-foundation-sdk/timeseries';
import type { JsonValue } from '../core/json';

/** UID of the Prometheus datasource the stack provisions in Grafana. */
export const PROMETHEUS_DATASOURCE_UID = 'prometheus';
/** UID of the Alertmanager datasource the stack provisions in Grafana. */
export const ALERTMANAGER_DATASOURCE_UID = 'alertmanager';

/**
 * A Grafana dashboard JSON model: what the Grafana Foundation SDK's `DashboardBuilder.build()`
 * returns, or dashboard JSON exported from Grafana. Declared here so the package's types do not
 * depend on the SDK's subpath exports (which `moduleResolution: node`, the Pulumi template's, cannot resolve).
 */
export interface DashboardModel {
  /** The dashboard's uid (stable links; provisioning requires one). */
  readonly uid?: string;
  /** Its title. */
  readonly title?: string;
  /** Its panels. */
  readonly panels?: readonly unknown[];
  /** Every other field of the model, as Grafana reads it. */
  readonly [key: string]: JsonValue;
}

/** A dashboard and the Grafana folder it is provisioned into. */
export interface DashboardDefinition {
  /** Folder title, e.g. `Deployments`. */
  readonly folder: string;
  /** The dashboard model (from a foundation-sdk `DashboardBuilder.build()` or your own JSON). */
  readonly dashboard: DashboardModel;
}

/** Options of the built-in dashboards. */
export interface DashboardOptions {
  /** Label selecting kube-state-metrics series. @default 'job="kube-state-metrics"' */
  readonly kubeStateMetricsSelector?: string;
  /** Label selecting Argo Rollouts controller series. @default 'job="argo-rollouts-metrics"' */
  readonly argoRolloutsSelector?: string;
  /** Request counter of the apps. @default 'http_requests_total' */
  readonly requestsMetric?: string;
  /** Status-code label of the request counter. @default 'code' */
  readonly statusLabel?: string;
  /** Request-duration histogram of the apps. @default 'http_request_duration_seconds' */
  readonly histogramMetric?: string;
}

const PROM: common.DataSourceRef = { type: 'prometheus', uid: PROMETHEUS_DATASOURCE_UID };

function query(expr: string, legend: string, refId = 'A'): prometheus.DataqueryBuilder {
  return new prometheus.DataqueryBuilder().expr(expr).legendFormat(legend).refId(refId).datasource(PROM);
}

function instant(expr: string, refId = 'A'): prometheus.DataqueryBuilder {
  return new prometheus.DataqueryBuilder().expr(expr).instant().format(prometheus.PromQueryFormat.Table).refId(refId).datasource(PROM);
}

function series(title: string, pos: dashboard.GridPos, unit: string, ...targets: prometheus.DataqueryBuilder[]): timeseries.PanelBuilder {
  const panel = new timeseries.PanelBuilder().title(title).datasource(PROM).gridPos(pos).unit(unit);
  targets.forEach((t) => panel.withTarget(t));
  return panel;
}

function single(title: string, pos: dashboard.GridPos, unit: string, target: prometheus.DataqueryBuilder): stat.PanelBuilder {
  return new stat.PanelBuilder().title(title).datasource(PROM).gridPos(pos).unit(unit).withTarget(target);
}

function tablePanel(title: string, pos: dashboard.GridPos, target: prometheus.DataqueryBuilder): table.PanelBuilder {
  return new table.PanelBuilder().title(title).datasource(PROM).gridPos(pos).withTarget(target);
}

function environmentVariable(metric: string): dashboard.QueryVariableBuilder {
  return new dashboard.QueryVariableBuilder('environment')
    .label('Environment')
    .datasource(PROM)
    .query(`label_values(${metric}, environment)`)
    .refresh(dashboard.VariableRefresh.OnTimeRangeChanged)
    .multi(true)
    .includeAll(true)
    .allValue('.*');
}

function base(uid: string, title: string, description: string, tags: string[]): dashboard.DashboardBuilder {
  return new dashboard.DashboardBuilder(title)
    .uid(uid)
    .description(description)
    .tags(['kubeship', ...tags])
    .timezone('utc')
    .refresh('30s')
    .time({ from: 'now-24h', to: 'now' })
    .readonly();
}

/**
 * Deployment Metrics: success rate, time spent rolling out, deployments by status, by
 * environment and by strategy, for Argo Rollouts (canary, blue-green) and Deployments (rolling).
 *
 * Success rate counts the controller's `RolloutCompleted` events against `RolloutAborted` events
 * (`rollout_events_total`); the duration panel shows minutes per rollout spent progressing or
 * paused, since released Argo Rollouts versions export no duration histogram.
 */
export function deploymentMetricsDashboard(options: DashboardOptions = {}): DashboardModel {
  const argo = options.argoRolloutsSelector ?? 'job="argo-rollouts-metrics"';
  const ksm = options.kubeStateMetricsSelector ?? 'job="kube-state-metrics"';
  const env = 'environment=~"$environment"';
  const rollouts = (phases: string) => `rollout_info{${argo}, ${env}, phase=~"${phases}"}`;
  const failedPhases = 'Abort|Error|Timeout|InvalidSpec';
  // a counter vector's series is born at its first event with the value 1, which increase() alone
  // never counts: add the first sample of the series born within the range
  const eventSeries = (reason: string) => `rollout_events_total{${argo}, ${env}, reason="${reason}"}`;
  const events = (reason: string) =>
    `((sum(increase(${eventSeries(reason)}[$__range])) or vector(0)) + ` +
    `(sum(min_over_time(${eventSeries(reason)}[$__range]) unless ${eventSeries(reason)} offset $__range) or vector(0)))`;
  // Deployments kubeship renders (kube-state-metrics exports their managed-by label: KUBE_STATE_METRICS_LABELS_ALLOWLIST),
  // not every Deployment of the cluster
  const managed = `on (namespace, deployment) group_left () max by (namespace, deployment) (kube_deployment_labels{${ksm}, ${env}, label_app_kubernetes_io_managed_by="kubeship"})`;
  const deployments = (metric: string) => `(${metric}{${ksm}, ${env}} * ${managed})`;
  const deploymentsRolling = `count(${deployments('kube_deployment_status_replicas_updated')} < on (namespace, deployment) kube_deployment_spec_replicas{${ksm}, ${env}}) or vector(0)`;
  return base(
    'kubeship-deployment-metrics',
    'Deployment Metrics',
    'Success rate, duration and counts of deployments by status, environment and strategy.',
    ['deployments'],
  )
    .withVariable(environmentVariable('rollout_info'))
    .withPanel(
      single(
        'Success rate (time range)',
        { x: 0, y: 0, w: 6, h: 5 },
        'percentunit',
        query(`${events('RolloutCompleted')} / (${events('RolloutCompleted')} + ${events('RolloutAborted')})`, 'success rate'),
      ),
    )
    .withPanel(single('Aborted rollouts (time range)', { x: 6, y: 0, w: 6, h: 5 }, 'none', query(events('RolloutAborted'), 'aborted')))
    .withPanel(
      single(
        'Rolling out now',
        { x: 12, y: 0, w: 6, h: 5 },
        'none',
        query(`(count(${rollouts('Progressing|Paused')} == 1) or vector(0)) + (${deploymentsRolling})`, 'rolling out'),
      ),
    )
    .withPanel(
      single(
        'Tracked workloads',
        { x: 18, y: 0, w: 6, h: 5 },
        'none',
        query(
          `(count(${rollouts('.*')}) or vector(0)) + (count(${deployments('kube_deployment_spec_replicas')}) or vector(0))`,
          'workloads',
        ),
      ),
    )
    .withPanel(
      series(
        'Deployments by status',
        { x: 0, y: 5, w: 12, h: 8 },
        'none',
        query(`count by (phase) (${rollouts('.*')} == 1)`, '{{phase}}'),
        query(`count(${rollouts(failedPhases)} == 1) or vector(0)`, 'failed (Rollouts)', 'C'),
        query(
          `count((kube_deployment_status_condition{${ksm}, ${env}, condition="Progressing", status="false"} * ${managed}) == 1) or vector(0)`,
          'ProgressDeadlineExceeded (Deployment)',
          'B',
        ),
      ),
    )
    .withPanel(
      series(
        'Deployments by environment',
        { x: 12, y: 5, w: 12, h: 8 },
        'none',
        query(`count by (environment) (${rollouts('.*')} == 1)`, '{{environment}} (Rollouts)'),
        query(`count by (environment) ${deployments('kube_deployment_spec_replicas')}`, '{{environment}} (Deployments)', 'B'),
      ),
    )
    .withPanel(
      series(
        'Deployments by strategy',
        { x: 0, y: 13, w: 12, h: 8 },
        'none',
        query(`count by (strategy) (${rollouts('.*')} == 1)`, '{{strategy}}'),
        query(`count(${deployments('kube_deployment_spec_replicas')}) or vector(0)`, 'rolling (Deployment)', 'B'),
      ),
    )
    .withPanel(
      series(
        'Time spent rolling out (minutes, per rollout)',
        { x: 12, y: 13, w: 12, h: 8 },
        'm',
        query(
          `sum by (namespace, name) (count_over_time((max by (namespace, name) (${rollouts('Progressing|Paused')}))[1h:1m]))`,
          '{{namespace}}/{{name}}',
        ),
      ),
    )
    .build();
}

/** Deployment Alerts: recent failures, long-running deployments, failed rollbacks and canary issues. */
export function deploymentAlertsDashboard(): DashboardModel {
  const firing = (alert: string) => `ALERTS{alertname="${alert}", alertstate="firing"}`;
  const recent = (alert: string, by: string) => `max by (${by}) (max_over_time(${firing(alert)}[$__range]))`;
  return base(
    'kubeship-deployment-alerts',
    'Deployment Alerts',
    'The kubeship deployment alerts: what fired in the time range and what fires now.',
    ['deployments', 'alerts'],
  )
    .withPanel(
      single(
        'Firing now',
        { x: 0, y: 0, w: 24, h: 4 },
        'none',
        query('count by (alertname) (ALERTS{alertname=~"Deployment.*", alertstate="firing"})', '{{alertname}}'),
      ),
    )
    .withPanel(tablePanel('Recent failures', { x: 0, y: 4, w: 12, h: 8 }, instant(recent('DeploymentFailed', 'namespace, name, phase'))))
    .withPanel(
      tablePanel('Long-running deployments', { x: 12, y: 4, w: 12, h: 8 }, instant(recent('DeploymentLongRunning', 'namespace, name'))),
    )
    .withPanel(tablePanel('Failed rollbacks', { x: 0, y: 12, w: 12, h: 8 }, instant(recent('DeploymentRollbackFailed', 'namespace, name'))))
    .withPanel(
      tablePanel(
        'Canary issues',
        { x: 12, y: 12, w: 12, h: 8 },
        instant(recent('DeploymentCanaryIssue', 'namespace, name, metric, phase')),
      ),
    )
    .withPanel(
      series(
        'Deployment alerts over time',
        { x: 0, y: 20, w: 24, h: 8 },
        'none',
        query('count by (alertname) (ALERTS{alertname=~"Deployment.*|KubeDeployment.*", alertstate="firing"})', '{{alertname}}'),
      ),
    )
    .build();
}

/**
 * Service Overview: request rate, errors and duration (from the app's metrics), saturation as the
 * HPA sees it, and replicas against the HPA bounds (kube-state-metrics), per namespace and service.
 */
export function serviceOverviewDashboard(options: DashboardOptions = {}): DashboardModel {
  const ksm = options.kubeStateMetricsSelector ?? 'job="kube-state-metrics"';
  const requests = options.requestsMetric ?? 'http_requests_total';
  const status = options.statusLabel ?? 'code';
  const histogram = options.histogramMetric ?? 'http_request_duration_seconds';
  const svc = 'namespace="$namespace", service="$service"';
  const hpa = `${ksm}, namespace="$namespace", horizontalpodautoscaler="$service"`;
  const latency = (q: number, ref: string) =>
    query(`histogram_quantile(${q}, sum by (le) (rate(${histogram}_bucket{${svc}}[$__rate_interval])))`, `p${q * 100}`, ref);
  return base(
    'kubeship-service-overview',
    'Service Overview',
    'Rate, errors, duration and saturation of one service, with replicas against its autoscaling bounds.',
    ['services'],
  )
    .withVariable(
      new dashboard.QueryVariableBuilder('namespace')
        .label('Namespace')
        .datasource(PROM)
        .query(`label_values(${requests}, namespace)`)
        .refresh(dashboard.VariableRefresh.OnTimeRangeChanged),
    )
    .withVariable(
      new dashboard.QueryVariableBuilder('service')
        .label('Service')
        .datasource(PROM)
        .query(`label_values(${requests}{namespace="$namespace"}, service)`)
        .refresh(dashboard.VariableRefresh.OnTimeRangeChanged),
    )
    .withPanel(
      series(
        'Request rate',
        { x: 0, y: 0, w: 12, h: 8 },
        'reqps',
        query(`sum by (${status}) (rate(${requests}{${svc}}[$__rate_interval]))`, '{{' + status + '}}'),
      ),
    )
    .withPanel(
      series(
        'Error ratio (5xx)',
        { x: 12, y: 0, w: 12, h: 8 },
        'percentunit',
        query(
          `sum(rate(${requests}{${svc}, ${status}=~"5.."}[$__rate_interval])) / sum(rate(${requests}{${svc}}[$__rate_interval]))`,
          'errors',
        ),
      ),
    )
    .withPanel(series('Duration', { x: 0, y: 8, w: 12, h: 8 }, 's', latency(0.5, 'A'), latency(0.95, 'B'), latency(0.99, 'C')))
    .withPanel(
      series(
        'Saturation (HPA metric vs target)',
        { x: 12, y: 8, w: 12, h: 8 },
        'percent',
        query(`kube_horizontalpodautoscaler_status_target_metric{${hpa}, metric_target_type="utilization"}`, 'current {{metric_name}}'),
        query(`kube_horizontalpodautoscaler_spec_target_metric{${hpa}, metric_target_type="utilization"}`, 'target {{metric_name}}', 'B'),
      ),
    )
    .withPanel(
      series(
        'Replicas vs autoscaling bounds',
        { x: 0, y: 16, w: 24, h: 8 },
        'none',
        query(`kube_horizontalpodautoscaler_status_current_replicas{${hpa}}`, 'current'),
        query(`kube_horizontalpodautoscaler_status_desired_replicas{${hpa}}`, 'desired', 'B'),
        query(`kube_horizontalpodautoscaler_spec_min_replicas{${hpa}}`, 'min', 'C'),
        query(`kube_horizontalpodautoscaler_spec_max_replicas{${hpa}}`, 'max', 'D'),
      ),
    )
    .build();
}

/** The built-in dashboards with their folders. */
export function builtInDashboards(options: DashboardOptions = {}): DashboardDefinition[] {
  return [
    { folder: 'Deployments', dashboard: deploymentMetricsDashboard(options) },
    { folder: 'Deployments', dashboard: deploymentAlertsDashboard() },
    { folder: 'Services', dashboard: serviceOverviewDashboard(options) },
  ];
}

/** Every PromQL expression of a dashboard (panel targets and query variables). */
export function dashboardQueries(model: DashboardModel): string[] {
  const out: string[] = [];
  for (const panel of (model.panels ?? []) as Array<{ targets?: Array<{ expr?: string }> }>) {
    for (const target of panel.targets ?? []) {
      if (typeof target.expr === 'string') {
        out.push(target.expr);
      }
    }
  }
  return out;
}
