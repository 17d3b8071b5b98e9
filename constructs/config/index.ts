/**
 * `kubeship/config`: the checks a configuration layer (a stack config schema, a CLI, your own
 * platform's settings) needs to refuse values the constructs and Kubernetes would refuse later,
 * worded the same way: names, counts, quantities, durations, image references, time zones,
 * versions, and the validators of each construct's props (`validateWorkload`, ...: every problem
 * at once, as the construct would report it). The environment stacks' schema (`stacks/config.ts`)
 * is built from these.
 */
export { AWS_REGION, EMAIL_ADDRESS, INT32_MAX, isCount, isSecretKey, SLACK_CHANNEL, timeZoneProblem } from '../core/checks';
export { DurationInput, DURATION_ALLOWED, durationSeconds, formatDuration } from '../core/duration';
export { imageReferenceProblem, ImageReference, parseImage } from '../core/images';
export { DNS_LABEL, HOST_ALLOWED, isDnsLabel, isDnsSubdomain, isLabelKey, isLabelValue } from '../core/names';
export { ConfigurationError, formatProblem, Problem, ProblemHint, Problems } from '../core/problems';
export type { JsonObject, JsonValue } from '../core/json';
export { byteQuantityProblem, MIN_CONTAINER_MEMORY, parseQuantity, QUANTITY_ALLOWED } from '../core/quantity';
export { argoRolloutsHas, compareVersions, SEMVER, VERSIONS } from '../core/versions';
export {
  alertWindow,
  CronProblems,
  CronSchedule,
  CRON_ALLOWED,
  DEFAULT_BACKUP_GRACE_SECONDS,
  longestGapSeconds,
  parseCron,
  scheduleGap,
} from '../backup/cron';
export { prometheusDurationSeconds } from '../core/alert-latency';
export { validateNetworkPolicy } from '../core/network-policy';
export { formatSeconds } from '../core/rollout-timing';
export { validateWorkload } from '../delivery/workload';
export { validateAutoscaling } from '../scaling/autoscaler';
export { validateServiceAlertOptions } from '../monitoring/service-alerts';
export { validateAlertmanagerConfig } from '../notifications/config';
export { validateDeploymentEvents } from '../notifications/deployment-events';
export { iamRoleArn, snsTopicArn } from '../notifications/sns';
export { validateRemediation } from '../remediation/remediation';
export { validateDatadogMonitors } from '../datadog/monitors';
export { isRoleSeverity, ROLE_SEVERITIES, RoleSeverity, Severity, SEVERITIES } from '../core/severity';
export { BackupScheduleTiming, validateBackupSchedule } from '../backup/backup';
export { resolveAdminSecret, ResolvedSecretKeys } from '../monitoring/grafana';
export { validateAlertmanagerOptions, validateAlertmanagerSecrets } from '../monitoring/alertmanager-server';
export { validatePrometheusOptions } from '../monitoring/prometheus-server';
