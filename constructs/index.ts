// The cdk8s constructs. Pulumi users import `kubeship/pulumi` for the ComponentResource front door.
export { Problem, Problems, ConfigurationError, formatProblem } from './core/problems';
export { DurationInput } from './core/duration';

export { namespaceManifest, NamespaceManifest } from './core/checks';
export {
  AnalysisGate,
  GateOptions,
  SuccessRateGateOptions,
  LatencyGateOptions,
  QueryGateOptions,
  SmokeTestGateOptions,
  SMOKE_TEST_IMAGE,
  NoDataBehavior,
  GATE_DEFAULTS,
} from './delivery/analysis';
export { CanaryStep, CanaryScaleOptions } from './delivery/canary-step';
export {
  EnvValue,
  EnvSecretRef,
  EnvReferenceOptions,
  Probe,
  ProbeOptions,
  PortProbeOptions,
  HttpProbeOptions,
  PortProps,
  ResolvedPort,
  ResourceRange,
  ResourcesProps,
  ResolvedResources,
  DEFAULT_CPU,
  DEFAULT_MEMORY,
} from './core/container';
export {
  DeliveryStrategy,
  StrategyAnalysisTemplate,
  CommonStrategyOptions,
  RollingOptions,
  RolloutStrategyOptions,
  BlueGreenOptions,
  CanaryOptions,
  BackgroundAnalysisOptions,
  PercentOrCount,
  defaultCanarySteps,
} from './delivery/strategy';
export {
  TrafficRouting,
  IngressToCreate,
  NginxTrafficRoutingOptions,
  AlbTrafficRoutingOptions,
  IstioTrafficRoutingOptions,
} from './delivery/traffic-routing';
export { VERSIONS, IMAGES, PORTS, ARGO_ROLLOUTS_FEATURES } from './core/versions';
export {
  NetworkPolicyOptions,
  NetworkPeer,
  IngressControllerPeer,
  IsolatedWorkload,
  PodSelection,
  DEFAULT_INGRESS_CONTROLLER,
} from './core/network-policy';
export { DeliveryTiming, TimedWorkload, TimedTemplate, TimedAnalysis } from './core/rollout-timing';
export {
  Workload,
  WorkloadProps,
  ServiceOptions,
  EMERGENCY_ANNOTATION,
  DisruptionBudgetOptions,
  AdoptDeploymentOptions,
  DEFAULT_REPLICAS,
} from './delivery/workload';
export {
  Autoscaler,
  AutoscalerProps,
  AutoscalingOptions,
  IScalable,
  ScaleTargetRef,
  DEFAULT_TARGET_CPU_UTILIZATION,
  DEFAULT_MIN_REPLICAS,
} from './scaling/autoscaler';
export {
  ScalingPolicy,
  ScalingRules,
  ResolvedScalingPolicy,
  ResolvedScalingRules,
  DEFAULT_SCALE_UP,
  DEFAULT_SCALE_DOWN,
} from './scaling/behavior';
export { ScalingMetric, MetricValueTarget } from './scaling/metric';
export {
  Severity,
  AlertRule,
  RuleGroup,
  AlertOverride,
  DeploymentAlertOptions,
  DEPLOYMENT_ALERTS,
  DEFAULT_RUNBOOK_BASE_URL,
  DEFAULT_LONG_RUNNING_AFTER,
  MIXIN_RUNBOOK_BASE_URL,
  WORKLOAD_LABEL,
} from './monitoring/rules';
export { MONITORING_ALERTS, MonitoringAlertOptions, MonitoringJobs } from './monitoring/stack-alerts';
export {
  KubeStateMetrics,
  KubeStateMetricsProps,
  KUBE_STATE_METRICS_VERSION,
  KUBE_STATE_METRICS_IMAGE,
  KUBE_STATE_METRICS_COLLECTORS,
  KubeStateMetricsCollector,
} from './monitoring/kube-state-metrics';
export { SERVICE_ALERTS, SERVICE_ALERT_DEFAULTS, ServiceAlertOptions, WatchedService } from './monitoring/service-alerts';
export { AlertRules, AlertRulesProps } from './monitoring/alert-rules';
export { IMonitoringStack, STACK_LABEL } from './monitoring/selection';
export { ServiceMonitoring, ServiceMonitoringProps, WorkloadMonitoringOptions, MonitoredTarget } from './monitoring/service-monitoring';
export {
  DashboardDefinition,
  DashboardModel,
  DashboardOptions,
  PROMETHEUS_DATASOURCE_UID,
  ALERTMANAGER_DATASOURCE_UID,
} from './monitoring/dashboards';
export { Grafana, GrafanaOptions, GrafanaProps, SecretKeys, GRAFANA_IMAGE } from './monitoring/grafana';
export { PrometheusServer, PrometheusServerProps } from './monitoring/prometheus-server';
export { AlertmanagerServer, AlertmanagerServerProps } from './monitoring/alertmanager-server';
export {
  MonitoringStack,
  MonitoringStackProps,
  PrometheusOptions,
  AlertmanagerOptions,
  StorageOptions,
  RemoteWriteOptions,
  ScrapeSourceOptions,
  KubeStateMetricsOptions,
  NotificationOptions,
  DEFAULT_ALERTMANAGER_VERSION,
  DEFAULT_ALERTMANAGER_IMAGE,
  DEFAULT_PROMETHEUS_VERSION,
} from './monitoring/stack';
export {
  PrometheusOperator,
  PrometheusOperatorCrds,
  PrometheusOperatorProps,
  PROMETHEUS_OPERATOR_VERSION,
  PROMETHEUS_OPERATOR_CRD_FILES,
} from './monitoring/operator';
export { SCRAPED_METRICS } from './monitoring/metrics';
export {
  Channel,
  Channels,
  SecretKeyRef,
  MIN_ALERTMANAGER_VERSION,
  SlackOptions,
  TeamsOptions,
  PagerDutyOptions,
  EmailOptions,
  SnsOptions,
  WebhookOptions,
} from './notifications/channels';
export {
  AlertmanagerConfigProps,
  WebhookRoute,
  RoleOptions,
  RoleSeverity,
  MaintenanceWindow,
  EscalationOptions,
  RenderedAlertmanagerConfig,
  RenderedRoute,
  NOTIFICATION_TEMPLATES,
  CRITICAL_TIMING,
  RouteTiming,
  DEFAULT_TIMING,
} from './notifications/config';
export { AlertmanagerConfigSecret, AlertmanagerConfigSecretProps } from './notifications/config-secret';
export {
  DeploymentEvent,
  DEPLOYMENT_EVENT_TRIGGERS,
  DeploymentEventTrigger,
  ALL_DEPLOYMENT_EVENTS,
  ROLLOUTS_NOTIFICATION_SECRET,
  ROLLOUTS_NOTIFICATION_CONFIGMAP,
  EventService,
  EventTarget,
  EventServices,
  EventEmailOptions,
  EventRole,
  DeploymentEventsOptions,
  DeploymentEventsProps,
  DeploymentEvents,
  IDeploymentEvents,
  AUDIT_EVENTS,
  AuditOptions,
  DEFAULT_AUDIT_WEBHOOK,
} from './notifications/deployment-events';
export { irsaServiceAccount, IrsaServiceAccount } from './notifications/sns';
export {
  Remediation,
  RemediationProps,
  RemediationOptions,
  RemediationActionOptions,
  RemediationAction,
  RemediationRoute,
  RemediationServiceConfig,
  RemediationEscalationConfig,
  DEFAULT_REMEDIATION_ACTIONS,
  DEFAULT_COOLDOWN,
  DEFAULT_RESET_AFTER,
  DEFAULT_MAX_ATTEMPTS,
  REMEDIATION_IMAGE,
  REMEDIATION_PORT,
  REMEDIATION_METRICS_PORT,
  REMEDIATION_ESCALATION_ALERT,
} from './remediation/remediation';
export { RemediationAlertOptions } from './remediation/rules';
export { REMEDIATION_RECEIVER } from './notifications/config';
export {
  BackupSchedule,
  BackupScheduleProps,
  BackupMonitoringOptions,
  BackupVolumes,
  DEFAULT_VELERO_NAMESPACE,
  DEFAULT_BACKUP_TTL,
  DEFAULT_BACKUP_GRACE_SECONDS,
} from './backup/backup';
export { DatadogMonitors, DatadogMonitorsProps } from './datadog/datadog';
export { DatadogMonitorOptions, DatadogMonitorSpecification, DatadogRole, DatadogService } from './datadog/monitors';
export { AutodiscoveryOptions, OPENMETRICS_INSTANCE_OPTIONS, PrometheusMetricType, autodiscoveryAnnotations } from './datadog/openmetrics';
export { BACKUP_ALERTS, BackupAlertOptions, BackupAlertTarget, VELERO_JOB } from './backup/alerts';
