/**
 * `kubeship/policy`: the rule set (pure functions over Kubernetes objects), the engine that runs it
 * for one environment, and the same rules as Pulumi policies. `@pulumi/policy` is needed only for
 * `kubeshipPolicies` (an optional peer dependency).
 */
export * from './objects';
export * from './rules';
export * from './engine';
export { secretLiteral, secretValueKind, secretLinesIn, inlineAlertmanagerSecrets, MAX_SCANNED_LENGTH } from './secrets';
export { kubeshipPolicies, policyOptionsFromConfig, ConfigReader } from './pulumi';
