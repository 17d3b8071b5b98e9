// The Pulumi front door: ComponentResources that render the cdk8s constructs and register every
// object as a typed child resource. Value classes (strategies, gates, probes) come from `kubeship`.
// How they register (manifests to typed resources, input placeholders) is internal.
export { Workload, WorkloadArgs } from './workload';
export { ChartResources, ChartResourcesArgs } from './chart';
export {
  MonitoringStack,
  MonitoringStackArgs,
  PrometheusOperator,
  GrafanaAdminFromConfig,
  PulumiGrafanaOptions,
  CredentialSecrets,
} from './monitoring';
export { DeploymentEvents, DeploymentEventsArgs } from './events';
export { BackupSchedule, BackupScheduleArgs } from './backup';
export { DatadogMonitors, DatadogMonitorsArgs } from './datadog';
