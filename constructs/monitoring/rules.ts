import { DurationInput, DURATION_ALLOWED, durationSeconds, formatDuration } from '../core/duration';
import { checkUrl, LABEL_MATCHER } from '../core/checks';
import { isLabelKey, isLabelValue } from '../core/names';
import { Problems } from '../core/problems';

/**
 * Alert severities, as the monitoring-mixins style guide defines them: `critical` pages someone
 * now, `warning` needs action eventually (ticket queue), `info` needs none, `none` is for meta
 * alerts such as `Watchdog` that are never shown to people.
 */
export type Severity = 'critical' | 'warning' | 'info' | 'none';
const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info', 'none'];

/** One Prometheus alerting rule, in the shape of a rule file and of `PrometheusRule.spec.groups[].rules[]`. */
export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels: Record<string, string>;
  readonly annotations: Record<string, string>;
}

/** A rule group: evaluated together, at the Prometheus evaluation interval unless `interval` is set. */
export interface RuleGroup {
  readonly name: string;
  readonly interval?: string;
  readonly rules: AlertRule[];
}

/** Changes to one generated alert, keyed by alert name (like kube-prometheus-stack's `customRules`). */
export interface AlertOverride {
  /** Drop the alert. */
  readonly disabled?: boolean;
  /** How long the condition must hold before the alert fires. */
  readonly for?: DurationInput;
  readonly severity?: Severity;
  /** Extra labels (e.g. `team`); they may not replace `severity` (use `severity`). */
  readonly labels?: Record<string, string>;
  /** Extra or replaced annotations (`summary`, `description`, `runbook_url`, `dashboard_url`, ...). */
  readonly annotations?: Record<string, string>;
}

/** Where the runbooks of the kubeship alerts live; one page per alert, named after it in lower case. */
export const DEFAULT_RUNBOOK_BASE_URL = 'https://github.com/kubeship/kubeship/blob/main/docs/runbooks';
/** The upstream runbooks of the kubernetes-mixin alerts (`KubeDeployment*`). */
export const MIXIN_RUNBOOK_BASE_URL = 'https://runbooks.prometheus-operator.dev/runbooks/kubernetes';

/** Options of the deployment alerts. */
export interface DeploymentAlertOptions {
  /**
   * Selects kube-state-metrics series (Deployments).
   *
   * @default 'job="kube-state-metrics"'
   */
  readonly kubeStateMetricsSelector?: string;
  /**
   * Selects Argo Rollouts controller series (Rollouts, AnalysisRuns).
   *
   * @default 'job="argo-rollouts-metrics"'
   */
  readonly argoRolloutsSelector?: string;
  /**
   * Restricts every deployment alert to some namespaces, e.g. `namespace=~"shop|payments"`.
   *
   * @default - all namespaces
   */
  readonly namespaceSelector?: string;
  /**
   * How long a rollout may progress (or wait paused for promotion) before `DeploymentLongRunning` fires.
   *
   * @default '15m'
   */
  readonly longRunningAfter?: DurationInput;
  /**
   * Base URL of the kubeship alerts' runbooks (`<base>/<alertname in lower case>.md`).
   *
   * @default DEFAULT_RUNBOOK_BASE_URL
   */
  readonly runbookBaseUrl?: string;
  /**
   * Labels added to every alert, e.g. `{ team: 'platform' }` for routing.
   *
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Per-alert changes keyed by alert name (`DeploymentFailed`, `KubeDeploymentRolloutStuck`, ...).
   *
   * @default - none
   */
  readonly overrides?: Record<string, AlertOverride>;
}

/** Names of the deployment alerts, in the order they are generated. */
export const DEPLOYMENT_ALERTS = [
  'DeploymentFailed',
  'DeploymentLongRunning',
  'DeploymentRollbackFailed',
  'DeploymentCanaryIssue',
  'KubeDeploymentRolloutStuck',
  'KubeDeploymentGenerationMismatch',
  'KubeDeploymentReplicasMismatch',
  'Watchdog',
] as const;

/** Label matchers joined into one selector body, empty parts dropped. */
export function selector(...parts: (string | undefined)[]): string {
  return `{${parts.filter((p): p is string => !!p && p.trim().length > 0).join(', ')}}`;
}

/** Renames `from` into `to` (a copy) so Deployment series line up with Rollout series on `name`. */
function asName(expr: string, from: string): string {
  return `label_replace(${expr}, "name", "$1", "${from}", "(.+)")`;
}

/**
 * The deployment alert groups of the brief (failure, long-running, failed rollback, canary issue)
 * plus the kubernetes-mixin Deployment rules and a Watchdog. Pure: options in, rule groups out.
 * Throws a `ConfigurationError` listing every invalid option.
 */
export function deploymentAlertGroups(options: DeploymentAlertOptions = {}): RuleGroup[] {
  const problems = Problems.root();
  validateDeploymentAlertOptions(options, problems);
  problems.throwIfAny('deployment alert options');

  const ksm = options.kubeStateMetricsSelector ?? 'job="kube-state-metrics"';
  const argo = options.argoRolloutsSelector ?? 'job="argo-rollouts-metrics"';
  const ns = options.namespaceSelector;
  const longRunning = formatDuration(durationSeconds(options.longRunningAfter ?? '15m')!);
  const base = (options.runbookBaseUrl ?? DEFAULT_RUNBOOK_BASE_URL).replace(/\/+$/, '');
  const ours = (alert: string) => `${base}/${alert.toLowerCase()}.md`;
  const mixin = (alert: string) => `${MIXIN_RUNBOOK_BASE_URL}/${alert.toLowerCase()}`;
  const rollout = (phases: string) => `rollout_info${selector(argo, ns, `phase=~"${phases}"`)}`;
  const deploymentMetric = (metric: string, ...extra: string[]) => `${metric}${selector(ksm, ns, ...extra)}`;

  const rules: AlertRule[] = [
    {
      alert: 'DeploymentFailed',
      expr: [
        `max by (namespace, name, phase) (${rollout('Abort|Error|Timeout|InvalidSpec')}) == 1`,
        'or',
        `max by (namespace, name, phase) (label_replace(${asName(deploymentMetric('kube_deployment_status_condition', 'condition="Progressing"', 'status="false"'), 'deployment')}, "phase", "ProgressDeadlineExceeded", "", "")) == 1`,
      ].join('\n'),
      for: '1m',
      labels: { severity: 'critical' },
      annotations: {
        summary: 'A deployment failed.',
        description: 'Deployment {{ $labels.namespace }}/{{ $labels.name }} failed ({{ $labels.phase }}). '
          + 'A Rollout was aborted or is in error and serves its stable version; a Deployment exceeded its progress deadline and does not roll back by itself.',
        runbook_url: ours('DeploymentFailed'),
      },
    },
    {
      alert: 'DeploymentLongRunning',
      expr: [
        `max by (namespace, name) (${rollout('Progressing|Paused')}) == 1`,
        'or',
        `max by (namespace, name) (${asName(`${deploymentMetric('kube_deployment_spec_replicas')} > ${deploymentMetric('kube_deployment_status_replicas_updated')}`, 'deployment')}) > 0`,
        'or',
        `max by (namespace, name) (${asName(`${deploymentMetric('kube_deployment_status_replicas')} > ${deploymentMetric('kube_deployment_status_replicas_updated')}`, 'deployment')}) > 0`,
      ].join('\n'),
      for: longRunning,
      labels: { severity: 'warning' },
      annotations: {
        summary: 'A deployment is taking longer than expected.',
        description: `Deployment {{ $labels.namespace }}/{{ $labels.name }} has been rolling out (or waiting paused for promotion) for more than ${longRunning}.`,
        runbook_url: ours('DeploymentLongRunning'),
      },
    },
    {
      alert: 'DeploymentRollbackFailed',
      expr: [
        `(max by (namespace, name) (${rollout('Abort')}) == 1)`,
        'and on (namespace, name)',
        `(max by (namespace, name) (rollout_info_replicas_available${selector(argo, ns)}) < max by (namespace, name) (rollout_info_replicas_desired${selector(argo, ns)}))`,
      ].join('\n'),
      for: '5m',
      labels: { severity: 'critical' },
      annotations: {
        summary: 'A rollback did not restore the stable version.',
        description: 'Rollout {{ $labels.namespace }}/{{ $labels.name }} was aborted and rolled back, but its stable version has had fewer available pods than desired for 5 minutes.',
        runbook_url: ours('DeploymentRollbackFailed'),
      },
    },
    {
      alert: 'DeploymentCanaryIssue',
      expr: `max by (namespace, name, metric, phase) (analysis_run_metric_phase${selector(argo, ns, 'phase=~"Failed|Error|Inconclusive"', 'dry_run!="true"')}) == 1`,
      for: '1m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'A canary analysis is failing or inconclusive.',
        description: 'Analysis run {{ $labels.namespace }}/{{ $labels.name }}: metric {{ $labels.metric }} is {{ $labels.phase }}. '
          + 'Failed analysis aborts the rollout; inconclusive analysis pauses it until someone promotes or aborts it.',
        runbook_url: ours('DeploymentCanaryIssue'),
      },
    },
    {
      alert: 'KubeDeploymentRolloutStuck',
      expr: `${deploymentMetric('kube_deployment_status_condition', 'condition="Progressing"', 'status="false"')} != 0`,
      for: '15m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Deployment rollout is not progressing.',
        description: 'Rollout of deployment {{ $labels.namespace }}/{{ $labels.deployment }} is not progressing for longer than 15 minutes.',
        runbook_url: mixin('KubeDeploymentRolloutStuck'),
      },
    },
    {
      alert: 'KubeDeploymentGenerationMismatch',
      expr: `${deploymentMetric('kube_deployment_status_observed_generation')}\n  !=\n${deploymentMetric('kube_deployment_metadata_generation')}`,
      for: '15m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Deployment generation mismatch due to possible roll-back.',
        description: 'Deployment generation for {{ $labels.namespace }}/{{ $labels.deployment }} does not match, this indicates that the Deployment has failed but has not been rolled back.',
        runbook_url: mixin('KubeDeploymentGenerationMismatch'),
      },
    },
    {
      alert: 'KubeDeploymentReplicasMismatch',
      expr: [
        `(${deploymentMetric('kube_deployment_spec_replicas')}`,
        '  >',
        `${deploymentMetric('kube_deployment_status_replicas_available')})`,
        'and',
        `(changes(${deploymentMetric('kube_deployment_status_replicas_updated')}[10m]) == 0)`,
      ].join('\n'),
      for: '15m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Deployment has not matched the expected number of replicas.',
        description: 'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has not matched the expected number of replicas for longer than 15 minutes.',
        runbook_url: mixin('KubeDeploymentReplicasMismatch'),
      },
    },
    {
      alert: 'Watchdog',
      expr: 'vector(1)',
      labels: { severity: 'none' },
      annotations: {
        summary: 'An alert that should always be firing to certify that Alertmanager is working properly.',
        description: 'This alert is always firing, so the whole alerting pipeline can be checked end to end. '
          + 'Route it to a dead man\'s switch (e.g. Healthchecks.io, PagerDuty heartbeat): when it stops arriving, alerting is broken.',
        runbook_url: ours('Watchdog'),
      },
    },
  ];
  const [deploymentRules, watchdog] = [rules.slice(0, -1), rules.slice(-1)];
  return [
    { name: 'kubeship-deployments', rules: applyOverrides(deploymentRules, options) },
    { name: 'kubeship-general', rules: applyOverrides(watchdog, options) },
  ].filter((g) => g.rules.length > 0);
}

/** Records every problem of the deployment alert options. */
export function validateDeploymentAlertOptions(options: DeploymentAlertOptions, p: Problems): void {
  for (const field of ['kubeStateMetricsSelector', 'argoRolloutsSelector', 'namespaceSelector'] as const) {
    const value = options[field];
    if (value !== undefined) {
      checkMatchers(p, field, value);
    }
  }
  if (options.longRunningAfter !== undefined) {
    const seconds = durationSeconds(options.longRunningAfter);
    p.check(seconds !== undefined && seconds >= 60, 'longRunningAfter', options.longRunningAfter,
      `at least one minute, as ${DURATION_ALLOWED}`, 'set how long a normal rollout of your apps may take, e.g. "15m"');
  }
  if (options.runbookBaseUrl !== undefined) {
    checkUrl(p, 'runbookBaseUrl', options.runbookBaseUrl);
  }
  checkLabels(p, 'labels', options.labels);
  validateOverrides(p, options.overrides, DEPLOYMENT_ALERTS);
}

/** Records problems of per-alert overrides: unknown alert names, bad durations, severities, labels. */
export function validateOverrides(p: Problems, overrides: Record<string, AlertOverride> | undefined, known: readonly string[]): void {
  for (const [alert, override] of Object.entries(overrides ?? {})) {
    const at = p.at(`overrides.${alert}`);
    if (!known.includes(alert)) {
      p.add(`overrides.${alert}`, alert, `one of ${known.join(', ')}`, 'use the exact name of a generated alert');
      continue;
    }
    if (override.for !== undefined) {
      at.check(durationSeconds(override.for) !== undefined, 'for', override.for, DURATION_ALLOWED,
        'write how long the condition must hold, e.g. "10m"');
    }
    if (override.severity !== undefined) {
      at.check(SEVERITIES.includes(override.severity), 'severity', override.severity, SEVERITIES.join(', '),
        'use critical for paging alerts and warning for tickets');
    }
    checkLabels(at, 'labels', override.labels);
    if (override.labels && 'severity' in override.labels) {
      at.add('labels.severity', override.labels.severity, 'no severity label here', 'set the severity with the `severity` field');
    }
    for (const [key, value] of Object.entries(override.annotations ?? {})) {
      at.check(isLabelKey(key) && typeof value === 'string', `annotations.${key}`, value,
        'annotation names of letters, digits and "_" with string values', 'rename the annotation or quote its value');
    }
  }
}

/** Applies the overrides and the common labels; drops disabled alerts. */
export function applyOverrides(rules: AlertRule[], options: { labels?: Record<string, string>; overrides?: Record<string, AlertOverride> }): AlertRule[] {
  const out: AlertRule[] = [];
  for (const rule of rules) {
    const override = options.overrides?.[rule.alert] ?? {};
    if (override.disabled) {
      continue;
    }
    const forSeconds = override.for === undefined ? undefined : durationSeconds(override.for);
    out.push({
      ...rule,
      ...(forSeconds === undefined ? {} : { for: formatDuration(forSeconds) }),
      labels: {
        ...options.labels, ...override.labels, ...rule.labels, ...(override.severity ? { severity: override.severity } : {}),
      },
      annotations: { ...rule.annotations, ...override.annotations },
    });
  }
  return out;
}

export function checkMatchers(p: Problems, field: string, value: unknown): void {
  const ok = typeof value === 'string' && value.trim().length > 0 && splitMatchers(value).every((m) => LABEL_MATCHER.test(m));
  p.check(ok, field, value, 'PromQL label matchers without braces, e.g. job="kube-state-metrics" or namespace=~"shop|payments"',
    'write comma-separated matchers of the form label="value"');
}

function splitMatchers(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && quoted) {
      current += c + (value[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') {
      quoted = !quoted;
    }
    if (c === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

export function checkLabels(p: Problems, field: string, labels: Record<string, string> | undefined): void {
  for (const [key, value] of Object.entries(labels ?? {})) {
    p.check(isLabelKey(key) && !key.includes('/') && !key.includes('.') && !key.includes('-') && isLabelValue(value) && value !== '',
      `${field}.${key}`, value, 'Prometheus label names (letters, digits, "_") with non-empty values of at most 63 characters',
      'rename the label or shorten its value');
  }
}
