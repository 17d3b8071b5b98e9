/**
 * `kubeship/testing`: what you call in your own tests of what kubeship renders: where the
 * Alertmanager routes an alert (the route tree as Alertmanager 0.28.1 walks it, maintenance
 * windows included), what the HPA will do (its arithmetic), the alert rule groups and rule files
 * for `promtool`, the dashboards and their PromQL, the rendered Alertmanager configuration and
 * deployment-event configuration, the remediation service's config, route and RBAC, the Datadog
 * monitors and metric names, how long a strategy takes to deploy and roll back, and when a Velero
 * schedule runs (its longest gap between backups). The constructs are in `kubeship`; the
 * validators of props are in `kubeship/config`.
 */
export { activeTimeIntervals, Matcher, parseMatcher, receiversAt, receiversFor, routesFor } from '../core/alertmanager-routing';
export { desiredReplicas, maxChangePerPeriod, minimumScaleUpSeconds } from '../scaling/behavior';
export { ruleFile, RuleFile } from '../monitoring/alert-rules';
export { dashboardQueries } from '../monitoring/dashboards';
export { CronProblems, CronSchedule, CRON_ALLOWED, longestGapSeconds, parseCron } from '../backup/cron';
export { workloadNetworkPolicySpec } from '../core/network-policy';
export { deliveryTiming, formatTiming } from '../core/rollout-timing';
export { resolveScalingRules } from '../scaling/behavior';
export { resolveAutoscaling, ResolvedAutoscalingOptions } from '../scaling/autoscaler';
export { resolveWorkload, ResolvedWorkload } from '../delivery/workload';
export { deploymentAlertGroups } from '../monitoring/rules';
export { monitoringAlertGroup } from '../monitoring/stack-alerts';
export { serviceAlertGroup } from '../monitoring/service-alerts';
export { stackSelectorLabels } from '../monitoring/selection';
export {
  builtInDashboards,
  deploymentAlertsDashboard,
  deploymentMetricsDashboard,
  serviceOverviewDashboard,
} from '../monitoring/dashboards';
export { prometheusOperatorCrds } from '../monitoring/operator';
export { applicationMetrics, metricNames } from '../monitoring/metrics';
export { secretFilePath } from '../notifications/channels';
export { alertmanagerConfigFiles, credentialSecretNames, renderAlertmanagerConfig } from '../notifications/config';
export { auditRecordTemplate, deploymentEventsConfig, subscriptionAnnotations } from '../notifications/deployment-events';
export {
  remediationRoute,
  remediationServiceConfig,
  remediationWebhookToken,
  ResolvedRemediationOptions,
  resolveRemediation,
  roleRules,
} from '../remediation/remediation';
export { remediationAlertGroup } from '../remediation/rules';
export { datadogMonitorSpecs } from '../datadog/monitors';
export { datadogMetricName } from '../datadog/openmetrics';
export { backupAlertGroup } from '../backup/alerts';
export { resolveBackupSchedule, ResolvedBackupSchedule } from '../backup/backup';
export { resolveGrafana, ResolvedGrafanaOptions } from '../monitoring/grafana';
export { resolveAlertmanager, ResolvedAlertmanagerOptions } from '../monitoring/alertmanager-server';
export { resolvePrometheus, ResolvedPrometheusOptions } from '../monitoring/prometheus-server';
