import { DurationInput, DURATION_ALLOWED, durationSeconds, formatDuration } from '../core/duration';
import { checkUrl, LABEL_MATCHER, WORKLOAD_LABEL } from '../core/checks';

export { WORKLOAD_LABEL };
import { isLabelKey, isLabelValue } from '../core/names';
import { Problems } from '../core/problems';
import { Severity, SEVERITIES } from '../core/severity';

export type { Severity } from '../core/severity';

/** One Prometheus alerting rule, in the shape of a rule file and of `PrometheusRule.spec.groups[].rules[]`. */
export interface AlertRule {
  /** The alert's name. */
  readonly alert: string;
  /** The PromQL condition: the alert fires for every series it returns. */
  readonly expr: string;
  /** How long the condition must hold before the alert fires. @default - at once */
  readonly for?: string;
  /** Labels of the alert (`severity` among them). */
  readonly labels: Record<string, string>;
  /** Annotations (`summary`, `description`, `runbook_url`, ...). */
  readonly annotations: Record<string, string>;
}

/** A rule group: evaluated together, at the Prometheus evaluation interval unless `interval` is set. */
export interface RuleGroup {
  /** The group's name. */
  readonly name: string;
  /** How often its rules are evaluated. @default - Prometheus' evaluation interval */
  readonly interval?: string;
  /** Its alerting rules. */
  readonly rules: AlertRule[];
}

/** Changes to one generated alert, keyed by alert name (like kube-prometheus-stack's `customRules`). */
export interface AlertOverride {
  /** Drop the alert. */
  readonly disabled?: boolean;
  /** How long the condition must hold before the alert fires. */
  readonly for?: DurationInput;
  /** Another severity (routes the alert to the roles that take it). */
  readonly severity?: Severity;
  /** Extra labels (e.g. `team`); they may not replace `severity` (use `severity`). */
  readonly labels?: Record<string, string>;
  /** Extra or replaced annotations (`summary`, `description`, `runbook_url`, `dashboard_url`, ...). */
  readonly annotations?: Record<string, string>;
}

/** How long a deployment may progress before `DeploymentLongRunning` fires, unless `longRunningAfter` says otherwise. */
export const DEFAULT_LONG_RUNNING_AFTER = '15m';
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
  'KubeStateMetricsAbsent',
  'ArgoRolloutsMetricsAbsent',
] as const;

/** Label matchers joined into one selector body, empty parts dropped. */
export function selector(...parts: (string | undefined)[]): string {
  return `{${parts.filter((p): p is string => !!p && p.trim().length > 0).join(', ')}}`;
}

/** Renames `from` into `to` (a copy) so Deployment series line up with Rollout series on `name`. */
function asName(expr: string, from: string): string {
  return `label_replace(${expr}, "name", "$1", "${from}", "(.+)")`;
}

/** Copies the label `from` of every result of `expr` into the workload label. */
export function withWorkload(expr: string, from: string): string {
  return `label_replace(\n${expr}\n, "${WORKLOAD_LABEL}", "$1", "${from}", "(.+)")`;
}

/**
 * Counter series that grew within `window`, including series born within it. `increase()` alone
 * misses the first increment of a series: a counter vector (Argo's `rollout_events_total`) creates
 * the series at its first event with the value 1, so its first sample already holds that event.
 */
export function increasedWithin(series: string, window: string): string {
  return `(increase(${series}[${window}]) > 0) or (${series} unless ${series} offset ${window})`;
}

/**
 * The deployment alert groups (failure, long-running, failed rollback, canary issue)
 * plus the kubernetes-mixin Deployment rules, a Watchdog and alerts for missing exporters. Pure:
 * options in, rule groups out. Throws a `ConfigurationError` listing every invalid option.
 *
 * Every workload alert carries the `workload` label (`WORKLOAD_LABEL`).
 */
export function deploymentAlertGroups(options: DeploymentAlertOptions = {}): RuleGroup[] {
  const problems = Problems.root();
  validateDeploymentAlertOptions(options, problems);
  problems.throwIfAny('deployment alert options');

  const ksm = options.kubeStateMetricsSelector ?? 'job="kube-state-metrics"';
  const argo = options.argoRolloutsSelector ?? 'job="argo-rollouts-metrics"';
  const ns = options.namespaceSelector;
  const longRunning = formatDuration(durationSeconds(options.longRunningAfter ?? DEFAULT_LONG_RUNNING_AFTER)!);
  const base = (options.runbookBaseUrl ?? DEFAULT_RUNBOOK_BASE_URL).replace(/\/+$/, '');
  const ours = (alert: string) => `${base}/${alert.toLowerCase()}.md`;
  const mixin = (alert: string) => `${MIXIN_RUNBOOK_BASE_URL}/${alert.toLowerCase()}`;
  const rollout = (phases: string) => `rollout_info${selector(argo, ns, `phase=~"${phases}"`)}`;
  const deploymentMetric = (metric: string, ...extra: string[]) => `${metric}${selector(ksm, ns, ...extra)}`;
  const analysisEvents = `rollout_events_total${selector(argo, ns, 'reason=~"AnalysisRun(Failed|Error|Inconclusive)"')}`;

  const rules: AlertRule[] = [
    {
      alert: 'DeploymentFailed',
      expr: withWorkload(
        [
          `max by (namespace, name, phase) (${rollout('Abort|Error|Timeout|InvalidSpec')}) == 1`,
          'or',
          `max by (namespace, name, phase) (label_replace(${asName(deploymentMetric('kube_deployment_status_condition', 'condition="Progressing"', 'status="false"'), 'deployment')}, "phase", "ProgressDeadlineExceeded", "", "")) == 1`,
        ].join('\n'),
        'name',
      ),
      for: '1m',
      labels: { severity: 'critical' },
      annotations: {
        summary: 'A deployment failed.',
        description:
          'Deployment {{ $labels.namespace }}/{{ $labels.name }} failed ({{ $labels.phase }}). ' +
          'A Rollout was aborted or is in error and serves its stable version; a Deployment exceeded its progress deadline and does not roll back by itself.',
        runbook_url: ours('DeploymentFailed'),
      },
    },
    {
      alert: 'DeploymentLongRunning',
      expr: withWorkload(
        [
          `max by (namespace, name) (${rollout('Progressing|Paused')}) == 1`,
          'or',
          `max by (namespace, name) (${asName(`${deploymentMetric('kube_deployment_spec_replicas')} > ${deploymentMetric('kube_deployment_status_replicas_updated')}`, 'deployment')}) > 0`,
          'or',
          `max by (namespace, name) (${asName(`${deploymentMetric('kube_deployment_status_replicas')} > ${deploymentMetric('kube_deployment_status_replicas_updated')}`, 'deployment')}) > 0`,
        ].join('\n'),
        'name',
      ),
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
      expr: withWorkload(
        [
          `(max by (namespace, name) (${rollout('Abort')}) == 1)`,
          'and on (namespace, name)',
          `(max by (namespace, name) (rollout_info_replicas_available${selector(argo, ns)}) < max by (namespace, name) (rollout_info_replicas_desired${selector(argo, ns)}))`,
        ].join('\n'),
        'name',
      ),
      for: '5m',
      labels: { severity: 'critical' },
      annotations: {
        summary: 'A rollback did not restore the stable version.',
        description:
          'Rollout {{ $labels.namespace }}/{{ $labels.name }} was aborted and rolled back, but its stable version has had fewer available pods than desired for 5 minutes.',
        runbook_url: ours('DeploymentRollbackFailed'),
      },
    },
    {
      // The controller records AnalysisRun<Phase> on the Rollout only when the *current* revision's
      // run changes phase (argo-rollouts v1.9.1 rollout/analysis.go emitAnalysisRunStatusChanges,
      // counted in rollout_events_total by utils/record/record.go). The run objects themselves
      // linger (analysis_run_metric_phase stays 1 for up to 5 unsuccessful runs of live
      // ReplicaSets, utils/analysis/filter.go), so they cannot say whether the issue is current.
      alert: 'DeploymentCanaryIssue',
      expr: withWorkload(
        [
          `max by (namespace, name, reason) (${increasedWithin(analysisEvents, longRunning)})`,
          'and on (namespace, name)',
          `(max by (namespace, name) (rollout_info${selector(argo, ns, 'phase!="Completed"')}) == 1)`,
        ].join('\n'),
        'name',
      ),
      for: '1m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'A canary analysis of the current rollout failed or was inconclusive.',
        description:
          'Rollout {{ $labels.namespace }}/{{ $labels.name }}: {{ $labels.reason }} within the last ' +
          longRunning +
          '. ' +
          'A failed analysis aborts the rollout; an inconclusive one pauses it until someone promotes or aborts it ' +
          '(`kubectl argo rollouts get rollout {{ $labels.name }} -n {{ $labels.namespace }}` shows the metric). ' +
          'Resolves once the rollout completes.',
        runbook_url: ours('DeploymentCanaryIssue'),
      },
    },
    {
      alert: 'KubeDeploymentRolloutStuck',
      expr: withWorkload(
        `${deploymentMetric('kube_deployment_status_condition', 'condition="Progressing"', 'status="false"')} != 0`,
        'deployment',
      ),
      for: '15m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Deployment rollout is not progressing.',
        description:
          'Rollout of deployment {{ $labels.namespace }}/{{ $labels.deployment }} is not progressing for longer than 15 minutes.',
        runbook_url: mixin('KubeDeploymentRolloutStuck'),
      },
    },
    {
      alert: 'KubeDeploymentGenerationMismatch',
      expr: withWorkload(
        `${deploymentMetric('kube_deployment_status_observed_generation')}\n  !=\n${deploymentMetric('kube_deployment_metadata_generation')}`,
        'deployment',
      ),
      for: '15m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Deployment generation mismatch due to possible roll-back.',
        description:
          'Deployment generation for {{ $labels.namespace }}/{{ $labels.deployment }} does not match, this indicates that the Deployment has failed but has not been rolled back.',
        runbook_url: mixin('KubeDeploymentGenerationMismatch'),
      },
    },
    {
      alert: 'KubeDeploymentReplicasMismatch',
      expr: withWorkload(
        [
          `(${deploymentMetric('kube_deployment_spec_replicas')}`,
          '  >',
          `${deploymentMetric('kube_deployment_status_replicas_available')})`,
          'and',
          `(changes(${deploymentMetric('kube_deployment_status_replicas_updated')}[10m]) == 0)`,
        ].join('\n'),
        'deployment',
      ),
      for: '15m',
      labels: { severity: 'warning' },
      annotations: {
        summary: 'Deployment has not matched the expected number of replicas.',
        description:
          'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has not matched the expected number of replicas for longer than 15 minutes.',
        runbook_url: mixin('KubeDeploymentReplicasMismatch'),
      },
    },
  ];
  const general: AlertRule[] = [
    {
      alert: 'Watchdog',
      expr: 'vector(1)',
      labels: { severity: 'none' },
      annotations: {
        summary: 'An alert that should always be firing to certify that Alertmanager is working properly.',
        description:
          'This alert is always firing, so the whole alerting pipeline can be checked end to end. ' +
          "Route it to a dead man's switch (e.g. Healthchecks.io, PagerDuty heartbeat): when it stops arriving, alerting is broken.",
        runbook_url: ours('Watchdog'),
      },
    },
    absentRule(
      'KubeStateMetricsAbsent',
      ksm,
      'kube-state-metrics',
      'Deployment, pod and HPA alerts (failures, stuck rollouts, crash loops) cannot fire',
      ours('KubeStateMetricsAbsent'),
    ),
    absentRule(
      'ArgoRolloutsMetricsAbsent',
      argo,
      'the Argo Rollouts controller',
      'Rollout alerts (failures, long-running rollouts, failed rollbacks, canary issues) cannot fire',
      ours('ArgoRolloutsMetricsAbsent'),
    ),
  ];
  return [
    { name: 'kubeship-deployments', rules: applyOverrides(rules, options) },
    { name: 'kubeship-general', rules: applyOverrides(general, options) },
  ].filter((g) => g.rules.length > 0);
}

/**
 * Each pod's workload (the Deployment or Rollout owning its ReplicaSet) as `{namespace, pod,
 * workload}` series of value 1, from the owner series kube-state-metrics writes
 * (`kube_pod_owner`, `kube_replicaset_owner`: kubernetes/kube-state-metrics v2.19.1
 * internal/store/pod.go and replicaset.go). Pods without a ReplicaSet owner have no series.
 */
export function podWorkloads(kubeStateMetricsSelector: string, namespaceSelector?: string): string {
  const owned = (metric: string, kinds: string) =>
    `${metric}${selector(kubeStateMetricsSelector, namespaceSelector, `owner_kind=~"${kinds}"`)}`;
  return [
    'max by (namespace, pod, workload) (',
    `  label_replace(${owned('kube_pod_owner', 'ReplicaSet')}, "replicaset", "$1", "owner_name", "(.+)")`,
    '  * on (namespace, replicaset) group_left (workload)',
    `  max by (namespace, replicaset, workload) (label_replace(${owned('kube_replicaset_owner', 'Deployment|Rollout')}, "${WORKLOAD_LABEL}", "$1", "owner_name", "(.+)"))`,
    ')',
  ].join('\n');
}

/** `expr` (per pod) with the pod's workload label where it has one; pods of no workload keep their alert without it. */
export function withPodWorkload(expr: string, kubeStateMetricsSelector: string, namespaceSelector?: string): string {
  return `(\n${expr}\n) * on (namespace, pod) group_left (${WORKLOAD_LABEL}) (\n${podWorkloads(kubeStateMetricsSelector, namespaceSelector)}\n)\nor on (namespace, pod)\n(\n${expr}\n)`;
}

/**
 * An alert for an exporter no rule can see: no target of its job is up (none discovered, or every
 * one failing). `absent()` of a comparison has no labels, so the rule names the job itself.
 * Critical: the alerts that read the exporter are blind meanwhile.
 */
export function absentRule(
  alert: string,
  jobSelector: string,
  what: string,
  impact: string,
  runbook: string,
  severity: Severity = 'critical',
): AlertRule {
  const job = LABEL_MATCHER.exec(jobSelector);
  return {
    alert,
    expr: `absent(up${selector(jobSelector)} == 1)`,
    for: '15m',
    labels: { severity, ...(job && job[1] === 'job' && job[2] === '=' ? { job: job[3] } : {}) },
    annotations: {
      summary: `No ${what} metrics are being scraped.`,
      description:
        `Prometheus has scraped no ${what} target (${jobSelector}) for 15 minutes: ${impact} until it is back. ` +
        'Check that it runs and that the ServiceMonitor selects its Service (namespace, labels, port name).',
      runbook_url: runbook,
    },
  };
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
    p.check(
      seconds !== undefined && seconds >= 60,
      'longRunningAfter',
      options.longRunningAfter,
      `at least one minute, as ${DURATION_ALLOWED}`,
      'set how long a normal rollout of your apps may take, e.g. "15m"',
    );
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
      at.check(
        durationSeconds(override.for) !== undefined,
        'for',
        override.for,
        DURATION_ALLOWED,
        'write how long the condition must hold, e.g. "10m"',
      );
    }
    if (override.severity !== undefined) {
      at.check(
        SEVERITIES.includes(override.severity),
        'severity',
        override.severity,
        SEVERITIES.join(', '),
        'use critical for paging alerts and warning for tickets',
      );
    }
    checkLabels(at, 'labels', override.labels);
    if (override.labels && 'severity' in override.labels) {
      at.add('labels.severity', override.labels.severity, 'no severity label here', 'set the severity with the `severity` field');
    }
    for (const [key, value] of Object.entries(override.annotations ?? {})) {
      at.check(
        isLabelKey(key) && typeof value === 'string',
        `annotations.${key}`,
        value,
        'annotation names of letters, digits and "_" with string values',
        'rename the annotation or quote its value',
      );
    }
  }
}

/** Applies the overrides and the common labels; drops disabled alerts. */
export function applyOverrides(
  rules: AlertRule[],
  options: { labels?: Record<string, string>; overrides?: Record<string, AlertOverride> },
): AlertRule[] {
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
        ...options.labels,
        ...override.labels,
        ...rule.labels,
        ...(override.severity ? { severity: override.severity } : {}),
      },
      annotations: { ...rule.annotations, ...override.annotations },
    });
  }
  return out;
}

export function checkMatchers(p: Problems, field: string, value: unknown): void {
  const ok = typeof value === 'string' && value.trim().length > 0 && splitMatchers(value).every((m) => LABEL_MATCHER.test(m));
  p.check(
    ok,
    field,
    value,
    'PromQL label matchers without braces, e.g. job="kube-state-metrics" or namespace=~"shop|payments"',
    'write comma-separated matchers of the form label="value"',
  );
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
    p.check(
      isLabelKey(key) && !key.includes('/') && !key.includes('.') && !key.includes('-') && isLabelValue(value) && value !== '',
      `${field}.${key}`,
      value,
      'Prometheus label names (letters, digits, "_") with non-empty values of at most 63 characters',
      'rename the label or shorten its value',
    );
  }
}
