/**
 * `kubeship/policy`: the rule set (pure functions over Kubernetes objects) and the engine that runs
 * it for one environment. The same rules as Pulumi policies are `kubeshipPolicies` in
 * `kubeship/policy/pack`, which needs `@pulumi/policy` (an optional peer dependency).
 */
export * from './objects';
export * from './rules';
export * from './engine';
export {
  secretLiteral,
  secretValueKind,
  secretLinesIn,
  SecretLine,
  inlineAlertmanagerSecrets,
  InlineSecret,
  MAX_SCANNED_LENGTH,
} from './secrets';
export { policyOptionsFromConfig, ConfigReader } from './config';
export { AlertLatency, AlertLatencyInput, alertLatencies, prometheusDurationSeconds } from '../core/alert-latency';
