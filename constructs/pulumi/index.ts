// The Pulumi front door: ComponentResources that render the cdk8s constructs and register every
// object as a typed child resource. Value classes (strategies, gates, probes) come from `kubeship`.
export { Workload, WorkloadArgs } from './workload';
export { ChartResources, ChartResourcesArgs, renderChart } from './chart';
export { registerManifests, pulumiTypeOf, childName, Manifest } from './register';
export { InputPlaceholders } from './inputs';
export {
  MonitoringStack, MonitoringStackArgs, PrometheusOperator, GrafanaAdminFromConfig, PulumiGrafanaOptions, CredentialSecrets,
} from './monitoring';
export { DeploymentEvents, DeploymentEventsArgs } from './events';
