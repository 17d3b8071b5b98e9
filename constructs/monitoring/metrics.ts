/**
 * The series the monitoring stack's Prometheus scrapes or produces, by source. Alert rules and
 * dashboards may only query these; the tests hold every generated expression to this list.
 */
export const SCRAPED_METRICS = {
  /** kube-state-metrics (STABLE Deployment and HorizontalPodAutoscaler metrics), job `kube-state-metrics`. */
  kubeStateMetrics: [
    'kube_deployment_status_replicas',
    'kube_deployment_status_replicas_ready',
    'kube_deployment_status_replicas_available',
    'kube_deployment_status_replicas_unavailable',
    'kube_deployment_status_replicas_updated',
    'kube_deployment_status_observed_generation',
    'kube_deployment_status_condition',
    'kube_deployment_spec_replicas',
    'kube_deployment_spec_paused',
    'kube_deployment_metadata_generation',
    'kube_horizontalpodautoscaler_spec_min_replicas',
    'kube_horizontalpodautoscaler_spec_max_replicas',
    'kube_horizontalpodautoscaler_spec_target_metric',
    'kube_horizontalpodautoscaler_status_current_replicas',
    'kube_horizontalpodautoscaler_status_desired_replicas',
    'kube_horizontalpodautoscaler_status_target_metric',
    'kube_deployment_labels',
    'kube_pod_owner',
    'kube_replicaset_owner',
    'kube_pod_status_phase',
    'kube_pod_container_status_waiting_reason',
  ],
  /** The Argo Rollouts controller (`:8090/metrics`), job `argo-rollouts-metrics`. */
  argoRollouts: [
    'rollout_info',
    'rollout_info_replicas_available',
    'rollout_info_replicas_unavailable',
    'rollout_info_replicas_desired',
    'rollout_info_replicas_updated',
    'rollout_events_total',
    'analysis_run_info',
    'analysis_run_metric_phase',
  ],
  /** Prometheus itself: the state of its alerting rules and scrapes, and (self-monitoring) its own health. */
  prometheus: [
    'ALERTS',
    'ALERTS_FOR_STATE',
    'up',
    'prometheus_config_last_reload_successful',
    'prometheus_rule_evaluation_failures_total',
    'prometheus_notifications_alertmanagers_discovered',
  ],
  /** Alertmanager 0.28.1 (self-monitoring), job `alertmanager`. */
  alertmanager: [
    'alertmanager_config_last_reload_successful',
    'alertmanager_notifications_total',
    'alertmanager_notifications_failed_total',
  ],
  /** The Prometheus Operator 0.93.0 (self-monitoring), job `prometheus-operator`. */
  prometheusOperator: ['prometheus_operator_reconcile_errors_total', 'prometheus_operator_reconcile_operations_total'],
} as const;

/** Metric names of an application's HTTP metrics, as the analysis gates and service alerts read them. */
export function applicationMetrics(options: { requestsMetric?: string; histogramMetric?: string } = {}): string[] {
  const histogram = options.histogramMetric ?? 'http_request_duration_seconds';
  return [options.requestsMetric ?? 'http_requests_total', `${histogram}_bucket`, `${histogram}_sum`, `${histogram}_count`];
}

const NOT_METRICS = new Set([
  'sum',
  'max',
  'min',
  'avg',
  'count',
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'bool',
  'rate',
  'increase',
  'changes',
  'vector',
  'label_replace',
  'histogram_quantile',
  'max_over_time',
  'count_over_time',
  'label_values',
  'offset',
  'inf',
  'nan',
  'absent',
  'min_over_time',
]);

/**
 * Metric names a PromQL expression selects (`name{...}`, or a bare name), ignoring functions,
 * keywords, label names inside braces and grouping clauses, strings and durations.
 */
export function metricNames(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '')
    .replace(/\[[^\]]*\]/g, '');
  const names = new Set<string>();
  for (const match of stripped.matchAll(/(?<![a-zA-Z0-9_:$.])([a-zA-Z_:][a-zA-Z0-9_:]*)(?![a-zA-Z0-9_:]*\s*\()/g)) {
    const name = match[1];
    if (!NOT_METRICS.has(name.toLowerCase())) {
      names.add(name);
    }
  }
  return [...names].sort();
}
