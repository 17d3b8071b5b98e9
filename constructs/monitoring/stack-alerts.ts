import { absentRule, AlertRule, DEFAULT_RUNBOOK_BASE_URL, RuleGroup, selector } from './rules';

/** Names of the monitoring stack's own alerts. */
export const MONITORING_ALERTS = [
  'TargetDown',
  'PrometheusBadConfig',
  'PrometheusRuleFailures',
  'PrometheusNotConnectedToAlertmanagers',
  'AlertmanagerFailedReload',
  'AlertmanagerFailedToSendAlerts',
  'PrometheusOperatorReconcileErrors',
  'MonitoringComponentAbsent',
] as const;

/** The `job` labels of the stack's own components, as its ServiceMonitors set them. */
export interface MonitoringJobs {
  /** The `job` of Prometheus' own metrics. */
  readonly prometheus: string;
  /** The `job` of the Alertmanager's metrics. */
  readonly alertmanager: string;
  /** @default - the operator is not scraped */
  readonly operator?: string;
  /** @default - Grafana is not scraped */
  readonly grafana?: string;
}

/** Options of `monitoringAlertGroup`. */
export interface MonitoringAlertOptions {
  /** The `job` labels of the stack's parts. */
  readonly jobs: MonitoringJobs;
  /** Base URL of the kubeship runbooks. @default DEFAULT_RUNBOOK_BASE_URL */
  readonly runbookBaseUrl?: string;
}

/** Runbooks of the upstream mixins these rules follow. */
const UPSTREAM_RUNBOOKS = 'https://runbooks.prometheus-operator.dev/runbooks';

/**
 * Alerts about the monitoring stack itself, after the upstream mixins (kube-prometheus
 * general.rules `TargetDown`; prometheus, alertmanager and prometheus-operator mixins), written
 * against the series each component exports: Prometheus `prometheus_config_last_reload_successful`,
 * `prometheus_rule_evaluation_failures_total{rule_group}`, `prometheus_notifications_alertmanagers_discovered`;
 * Alertmanager 0.28.1 `alertmanager_config_last_reload_successful`,
 * `alertmanager_notifications_total{integration}`, `alertmanager_notifications_failed_total{integration, reason}`
 * (notify/notify.go); operator 0.93.0 `prometheus_operator_reconcile_{operations,errors}_total{controller}`
 * (pkg/operator/resource_reconciler.go, the `controller` label from `WrapRegistererWith`). Pure.
 */
export function monitoringAlertGroup(options: MonitoringAlertOptions): RuleGroup {
  const base = (options.runbookBaseUrl ?? DEFAULT_RUNBOOK_BASE_URL).replace(/\/+$/, '');
  const { jobs } = options;
  const job = (name: string) => selector(`job="${name}"`);
  const prom = job(jobs.prometheus);
  const am = job(jobs.alertmanager);
  const rules: AlertRule[] = [
    {
      alert: 'TargetDown',
      expr: '100 * (count by (job, namespace, service) (up == 0) / count by (job, namespace, service) (up)) > 10',
      for: '10m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Some targets were not reachable from the monitoring server for an extended period of time.',
        description:
          '{{ printf "%.4g" $value }}% of the {{ $labels.job }}/{{ $labels.service }} targets in {{ $labels.namespace }} namespace are down.',
        runbook_url: `${UPSTREAM_RUNBOOKS}/general/targetdown`,
      },
    },
    {
      alert: 'PrometheusBadConfig',
      expr: `max_over_time(prometheus_config_last_reload_successful${prom}[5m]) == 0`,
      for: '10m',
      labels: { severity: 'critical' },
      annotations: {
        summary: 'Failed Prometheus configuration reload.',
        description:
          'Prometheus {{ $labels.namespace }}/{{ $labels.pod }} has failed to reload its configuration: it keeps evaluating the last good rules and scrape targets.',
        runbook_url: `${UPSTREAM_RUNBOOKS}/prometheus/prometheusbadconfig`,
      },
    },
    {
      alert: 'PrometheusRuleFailures',
      expr: `increase(prometheus_rule_evaluation_failures_total${prom}[5m]) > 0`,
      for: '15m',
      labels: { severity: 'critical' },
      annotations: {
        summary: 'Prometheus is failing rule evaluations.',
        description:
          'Prometheus {{ $labels.namespace }}/{{ $labels.pod }} has failed to evaluate {{ printf "%.0f" $value }} rules of {{ $labels.rule_group }} in the last 5m: their alerts cannot fire.',
        runbook_url: `${UPSTREAM_RUNBOOKS}/prometheus/prometheusrulefailures`,
      },
    },
    {
      alert: 'PrometheusNotConnectedToAlertmanagers',
      expr: `max_over_time(prometheus_notifications_alertmanagers_discovered${prom}[5m]) < 1`,
      for: '10m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Prometheus is not connected to any Alertmanagers.',
        description:
          'Prometheus {{ $labels.namespace }}/{{ $labels.pod }} is not connected to any Alertmanagers: no alert reaches anybody.',
        runbook_url: `${UPSTREAM_RUNBOOKS}/prometheus/prometheusnotconnectedtoalertmanagers`,
      },
    },
    {
      alert: 'AlertmanagerFailedReload',
      expr: `max_over_time(alertmanager_config_last_reload_successful${am}[5m]) == 0`,
      for: '10m',
      labels: { severity: 'critical' },
      annotations: {
        summary: 'Reloading an Alertmanager configuration has failed.',
        description:
          'Configuration has failed to load for {{ $labels.namespace }}/{{ $labels.pod }}: it routes with the last good configuration.',
        runbook_url: `${UPSTREAM_RUNBOOKS}/alertmanager/alertmanagerfailedreload`,
      },
    },
    {
      alert: 'AlertmanagerFailedToSendAlerts',
      expr: `(\n  rate(alertmanager_notifications_failed_total${am}[5m])\n/\n  ignoring (reason) group_left rate(alertmanager_notifications_total${am}[5m])\n)\n> 0.01`,
      for: '5m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'An Alertmanager instance failed to send notifications.',
        description:
          'Alertmanager {{ $labels.namespace }}/{{ $labels.pod }} failed to send {{ $value | humanizePercentage }} of notifications to {{ $labels.integration }} ({{ $labels.reason }}).',
        runbook_url: `${UPSTREAM_RUNBOOKS}/alertmanager/alertmanagerfailedtosendalerts`,
      },
    },
  ];
  if (jobs.operator) {
    const op = job(jobs.operator);
    rules.push({
      alert: 'PrometheusOperatorReconcileErrors',
      expr:
        `(sum by (controller, namespace) (rate(prometheus_operator_reconcile_errors_total${op}[5m])))\n/\n` +
        `(sum by (controller, namespace) (rate(prometheus_operator_reconcile_operations_total${op}[5m])))\n> 0.1`,
      for: '10m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Errors while reconciling objects.',
        description:
          '{{ $value | humanizePercentage }} of reconciling operations failed for the {{ $labels.controller }} controller in {{ $labels.namespace }}: changes to Prometheus, Alertmanager or their rules may not be applied.',
        runbook_url: `${UPSTREAM_RUNBOOKS}/prometheus-operator/prometheusoperatorreconcileerrors`,
      },
    });
  }
  const components: Array<[string | undefined, string]> = [
    [jobs.alertmanager, 'no alert is delivered'],
    [jobs.operator, 'changes to the monitoring objects are not applied'],
    [jobs.grafana, 'dashboards are unavailable'],
  ];
  for (const [name, impact] of components) {
    if (name) {
      rules.push(absentRule('MonitoringComponentAbsent', `job="${name}"`, name, impact, `${base}/monitoringcomponentabsent.md`, 'warning'));
    }
  }
  return { name: 'kubeship-monitoring', rules };
}
