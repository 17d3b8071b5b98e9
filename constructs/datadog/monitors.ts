/**
 * Datadog monitors equivalent to kubeship's deployment alerts (failure, long-running, failed
 * rollback, canary issue) and service alerts (error rate, latency), with the same severities,
 * notifying the handles of the roles that take each severity. Pure: specs for `DatadogMonitors`.
 *
 * The series they read, and where their names come from:
 * - Argo Rollouts through the Agent's `argo_rollouts` check (DataDog/integrations-core
 *   argo_rollouts/datadog_checks/argo_rollouts/metrics.py, namespace `argo_rollouts`, labels
 *   `name`/`namespace` renamed `argo_rollout_name`/`argo_rollout_namespace`): `rollout_info` ->
 *   `argo_rollouts.rollout.info` (tag `phase`), `rollout_info_replicas_{available,desired}`, and the
 *   counter `rollout_events_total` -> `argo_rollouts.rollout.events.count` (tag `reason`);
 * - Deployments through `kubernetes_state_core` (DataDog/datadog-agent pkg/collector/corechecks/cluster/ksm,
 *   defaultMetricNamesMapper and defaultLabelsMapper): `kube_deployment_status_condition` ->
 *   `kubernetes_state.deployment.condition`, labels `namespace`/`deployment` -> tags
 *   `kube_namespace`/`kube_deployment`, `condition` and `status` kept;
 * - the apps' own `/metrics` through the OpenMetrics check (`datadogMetricName`).
 * Datadog lowercases tag values, so phases and reasons are written lowercase.
 */
import { DurationInput, durationSeconds, formatDuration } from '../core/duration';
import { Problems } from '../core/problems';
import { datadogMetricName } from './openmetrics';
import { DEFAULT_LONG_RUNNING_AFTER } from '../monitoring/rules';
import { SERVICE_ALERT_DEFAULTS } from '../monitoring/service-alerts';

/** A role's Datadog notification handles and the severities it takes (all when unset), as the Alertmanager roles. */
export interface DatadogRole {
  /** The role's name (a monitor message names the roles it notifies). */
  readonly name: string;
  /** The severities the role takes. @default - every severity */
  readonly severities?: readonly string[];
  /** Handles such as `@pagerduty-shop-prod`, `@slack-ops-alerts`, `@ops@example.com`, `@webhook-audit`. */
  readonly handles: readonly string[];
}

/** An app watched for errors and latency, as `serviceAlertGroup` watches it. */
export interface DatadogService {
  /** The `service` tag its metrics carry (`autodiscoveryAnnotations` tags). */
  readonly service: string;
  /** The namespace the app runs in. */
  readonly namespace: string;
  /** Largest share of 5xx answers. @default 0.05 */
  readonly maxErrorRatio?: number;
  /** @default 'critical' */
  readonly errorRateSeverity?: 'critical' | 'warning';
  /** Latency percentile (Datadog computes p50, p75, p90, p95, p99) and limit in seconds. @default { quantile: 0.99, maxSeconds: 1 } */
  readonly latency?: {
    /** The percentile: 0.5, 0.75, 0.9, 0.95 or 0.99. */
    readonly quantile?: number;
    /** The limit, in seconds. */
    readonly maxSeconds?: number;
  };
}

/** Options of `datadogMonitorSpecs`. */
export interface DatadogMonitorOptions {
  /** The environment (`env` tag of every monitor and query). */
  readonly environment: string;
  /** The namespaces of the apps (scope of the deployment monitors). */
  readonly appNamespaces: readonly string[];
  /** The prefix the OpenMetrics check gives the apps' metrics. */
  readonly metricNamespace: string;
  /** The apps watched for errors and latency. @default - none */
  readonly services?: readonly DatadogService[];
  /** Who is notified of what: each monitor mentions the handles of the roles that take its severity. */
  readonly roles: readonly DatadogRole[];
  /** As `DeploymentAlertOptions.longRunningAfter`. @default '15m' */
  readonly longRunningAfter?: DurationInput;
}

/** One monitor, as the DatadogMonitor spec holds it. */
export interface DatadogMonitorSpecification {
  /** The object's name. */
  readonly id: string;
  /** The kubeship alert it stands for. */
  readonly alert: string;
  /** The severity of the kubeship alert. */
  readonly severity: 'critical' | 'warning';
  /** The monitor's title in Datadog. */
  readonly name: string;
  /** The monitor query. */
  readonly query: string;
  /** The critical threshold of the query. */
  readonly threshold: number;
  /** The notification text, with the handles to notify. */
  readonly message: string;
  /** Datadog priority: 1 for critical, 3 for warning. */
  readonly priority: number;
  /** Tags (`env`, `managed-by:kubeship`, `alert`, `severity`). */
  readonly tags: string[];
}

const PERCENTILES = [0.5, 0.75, 0.9, 0.95, 0.99];
const HANDLE = /^@[A-Za-z0-9_.+@-]+$/;

/** Records every problem of the options. */
export function validateDatadogMonitors(options: DatadogMonitorOptions, p: Problems): void {
  p.check(
    /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/.test(options.metricNamespace ?? ''),
    'metricNamespace',
    options.metricNamespace,
    'a Datadog metric prefix: lowercase letters, digits, "_" and dots, starting with a letter',
    'e.g. "shop"',
  );
  p.check(
    (options.appNamespaces ?? []).length > 0,
    'appNamespaces',
    options.appNamespaces,
    'at least one namespace',
    "name the apps' namespace",
  );
  (options.roles ?? []).forEach((role, i) =>
    (role.handles ?? []).forEach((h, j) =>
      p.check(
        HANDLE.test(h),
        `roles[${i}].handles[${j}]`,
        h,
        'a Datadog notification handle: "@" and the integration\'s name (@slack-<channel>, @pagerduty-<service>, @teams-<channel>, @webhook-<name>, @<email>)',
        'write the handle as in a monitor message',
      ),
    ),
  );
  p.check(
    (options.roles ?? []).some((r) => (r.handles ?? []).length > 0),
    'roles',
    options.roles,
    'at least one role with handles',
    'give the roles their Datadog handles, or the monitors notify nobody',
  );
  (options.services ?? []).forEach((s, i) => {
    const quantile = s.latency?.quantile ?? SERVICE_ALERT_DEFAULTS.latencyQuantile;
    p.check(
      PERCENTILES.includes(quantile),
      `services[${i}].latency.quantile`,
      quantile,
      `one of ${PERCENTILES.join(', ')} (the percentiles Datadog computes on distributions)`,
      'use 0.95 or 0.99',
    );
  });
  if (options.longRunningAfter !== undefined) {
    p.check(
      durationSeconds(options.longRunningAfter) !== undefined,
      'longRunningAfter',
      options.longRunningAfter,
      'a duration such as "15m"',
      'write it as in the alerts',
    );
  }
}

/** The monitors (pure; call `validateDatadogMonitors` first). */
export function datadogMonitorSpecs(options: DatadogMonitorOptions): DatadogMonitorSpecification[] {
  const env = options.environment;
  const rollouts = `argo_rollout_namespace IN (${options.appNamespaces.join(',')})`;
  const byRollout = 'by {argo_rollout_namespace,argo_rollout_name}';
  const longRunning = formatDuration(durationSeconds(options.longRunningAfter ?? DEFAULT_LONG_RUNNING_AFTER)!);
  const handles = (severity: string) =>
    options.roles.filter((r) => !r.severities || r.severities.includes(severity)).flatMap((r) => r.handles);
  const rollout = '{{argo_rollout_namespace.name}}/{{argo_rollout_name.name}}';
  const monitor = (
    alert: string,
    severity: 'critical' | 'warning',
    query: string,
    op: '>' | '>=',
    threshold: number,
    text: string,
    id = alert,
  ): DatadogMonitorSpecification => ({
    id: `kubeship-${env}-${kebab(id)}`,
    alert,
    severity,
    name: `[${env}] ${alert}`,
    query: `${query} ${op} ${threshold}`,
    threshold,
    message: `${text}\n\n${[...new Set(handles(severity))].join(' ')}`.trim(),
    priority: severity === 'critical' ? 1 : 3,
    tags: ['managed-by:kubeship', `env:${env}`, `alert:${alert}`, `severity:${severity}`],
  });
  const specs = [
    monitor(
      'DeploymentFailed',
      'critical',
      `max(last_1m):max:argo_rollouts.rollout.info{${rollouts} AND phase IN (abort,error,timeout,invalidspec)} ${byRollout}`,
      '>=',
      1,
      `Deployment ${rollout} failed: the Rollout was aborted or is in error and serves its stable version.`,
    ),
    monitor(
      'DeploymentFailed',
      'critical',
      `max(last_1m):max:kubernetes_state.deployment.condition{kube_namespace IN (${options.appNamespaces.join(',')}) AND condition:progressing AND status:false} by {kube_namespace,kube_deployment}`,
      '>=',
      1,
      'Deployment {{kube_namespace.name}}/{{kube_deployment.name}} exceeded its progress deadline and does not roll back by itself.',
      'DeploymentFailedDeployment',
    ),
    monitor(
      'DeploymentLongRunning',
      'warning',
      `min(last_${longRunning}):max:argo_rollouts.rollout.info{${rollouts} AND phase IN (progressing,paused)} ${byRollout}`,
      '>=',
      1,
      `Deployment ${rollout} has been rolling out (or waiting paused for promotion) for more than ${longRunning}.`,
    ),
    monitor(
      'DeploymentRollbackFailed',
      'critical',
      `min(last_5m):max:argo_rollouts.rollout.info{${rollouts} AND phase:abort} ${byRollout} * (max:argo_rollouts.rollout.info.replicas.desired{${rollouts}} ${byRollout}` +
        ` - max:argo_rollouts.rollout.info.replicas.available{${rollouts}} ${byRollout})`,
      '>',
      0,
      `Rollout ${rollout} was aborted and rolled back, but its stable version has had fewer available pods than desired for 5 minutes.`,
    ),
    monitor(
      'DeploymentCanaryIssue',
      'warning',
      `sum(last_${longRunning}):sum:argo_rollouts.rollout.events.count{${rollouts} AND reason IN (analysisrunfailed,analysisrunerror,analysisruninconclusive)} ${byRollout}.as_count()`,
      '>',
      0,
      `Rollout ${rollout}: a canary analysis failed or was inconclusive within the last ${longRunning}. A failed analysis aborts the rollout; an inconclusive one pauses it.`,
    ),
  ];
  for (const s of options.services ?? []) {
    const scope = `kube_namespace:${s.namespace} AND service:${s.service}`;
    const requests = datadogMetricName('http_requests_total', 'counter', options.metricNamespace);
    const latency = datadogMetricName('http_request_duration_seconds_bucket', 'histogram', options.metricNamespace);
    const ratio = s.maxErrorRatio ?? SERVICE_ALERT_DEFAULTS.maxErrorRatio;
    const quantile = s.latency?.quantile ?? SERVICE_ALERT_DEFAULTS.latencyQuantile;
    const maxSeconds = s.latency?.maxSeconds ?? SERVICE_ALERT_DEFAULTS.latencyMaxSeconds;
    const percentile = `p${Math.round(quantile * 100)}`;
    specs.push(
      monitor(
        'ServiceHighErrorRate',
        s.errorRateSeverity ?? SERVICE_ALERT_DEFAULTS.errorRateSeverity,
        `sum(last_5m):sum:${requests}{${scope} AND code:5*}.as_count() / sum:${requests}{${scope}}.as_count()`,
        '>',
        ratio,
        `${s.namespace}/${s.service}: more than ${Math.round(ratio * 10000) / 100}% of requests failed with 5xx over 5m.`,
        `${s.service}-high-error-rate`,
      ),
      monitor(
        'ServiceHighLatency',
        'warning',
        `avg(last_10m):${percentile}:${latency}{${scope}}`,
        '>',
        maxSeconds,
        `${s.namespace}/${s.service}: ${percentile} latency above ${maxSeconds}s for 10m.`,
        `${s.service}-high-latency`,
      ),
    );
  }
  return specs;
}

function kebab(text: string): string {
  return text.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
