/**
 * Input series for `promtool test rules`, shaped like what the real exporters emit and what the
 * stack's ServiceMonitors turn them into, through whole lifecycles (one sample per minute).
 *
 * - kube-state-metrics v2.19.1 (kubernetes/kube-state-metrics internal/store/deployment.go,
 *   pod.go, replicaset.go): every pod family carries `namespace`, `pod`, `uid`; every Deployment
 *   family `namespace`, `deployment`; `kube_deployment_status_condition` has one series per status
 *   (`true`, `false`, `unknown`) with 0/1; `kube_pod_status_phase` one per phase with 0/1;
 *   `kube_pod_container_status_waiting_reason` exists only while the container waits;
 *   `kube_pod_owner` / `kube_replicaset_owner` of an object without owners have empty
 *   `owner_kind`, `owner_name` and `owner_is_controller` (an empty label is no label).
 * - Argo Rollouts v1.9.1 (argoproj/argo-rollouts controller/metrics/prommetrics.go, rollouts.go,
 *   utils/record/record.go): `rollout_info{namespace,name,strategy,traffic_router,phase}` is 1 and its
 *   `phase` label changes with the Rollout (one series per phase it passes through);
 *   `rollout_events_total{namespace,name,type,reason}` is a counter vector: a series appears at
 *   its first event with value 1, and after a controller restart only on new events;
 *   `analysis_run_metric_phase{namespace,name,metric,type,dry_run,phase}` stays as long as the run
 *   object exists.
 * - Velero v1.18.1 (vmware-tanzu/velero pkg/metrics/metrics.go, pkg/controller/backup_controller.go,
 *   schedule_controller.go): per Schedule (label `schedule`), `InitSchedule` creates
 *   `velero_backup_success_total` / `_failure_total` / `_partial_failure_total` at 0 and
 *   `velero_backup_last_status` at 1 whenever the Schedule is reconciled (also after a restart);
 *   a success adds 1 to the success counter, sets the last status to 1 and
 *   `velero_backup_last_successful_timestamp` to the Unix time (that gauge exists only after a
 *   success of this process); a failed, partially failed or invalid backup sets the last status to 0.
 *   The server pod is scraped by the stack's PodMonitor (`velero install` has no metrics Service).
 * - Scraping: the ServiceMonitors keep the exporters' labels (`honorLabels`), add the target labels
 *   the operator's discovery gives (`instance`, `endpoint`, `service`, `pod`, `container`: the
 *   exporter's own pod when the series has no `pod` label of its own), set `job`, and add
 *   `environment`.
 */

/** One input series of a promtool test. */
export interface Series {
  readonly series: string;
  readonly values: string;
}

/** A value held for some minutes; `null` is no sample (the series does not exist then). */
export type Timeline = ReadonlyArray<readonly [value: number | null, minutes: number]>;

/** Samples, one per minute, in promtool's notation (`_` for none). */
export function samples(timeline: Timeline): string {
  return timeline.flatMap(([value, minutes]) => Array.from({ length: minutes }, () => (value === null ? '_' : String(value)))).join(' ');
}

/** A `{...}` label set in promtool's notation; empty values are written as such (no label). */
export function labelSet(labels: Record<string, string>): string {
  return `{${Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(', ')}}`;
}

function series(metric: string, labels: Record<string, string>, timeline: Timeline): Series {
  return { series: `${metric}${labelSet(labels)}`, values: samples(timeline) };
}

/** The phases (or statuses) a state-set series family has, and for how long each holds. */
export type States<T extends string> = ReadonlyArray<readonly [state: T | null, minutes: number]>;

/** One 0/1 series per state, 1 while that state holds (kube-state-metrics state sets). */
function stateSet<T extends string>(
  metric: string,
  labels: Record<string, string>,
  label: string,
  all: readonly T[],
  states: States<T>,
): Series[] {
  return all.map((state) =>
    series(
      metric,
      { ...labels, [label]: state },
      states.map(([s, minutes]) => [s === null ? null : s === state ? 1 : 0, minutes] as const),
    ),
  );
}

/** One series per state, present (value 1) only while that state holds (Argo's `rollout_info`). */
function presentWhile<T extends string>(metric: string, labels: Record<string, string>, label: string, states: States<T>): Series[] {
  const seen = [...new Set(states.map(([s]) => s).filter((s): s is T => s !== null))];
  return seen.map((state) =>
    series(
      metric,
      { ...labels, [label]: state },
      states.map(([s, minutes]) => [s === state ? 1 : null, minutes] as const),
    ),
  );
}

/** The target labels of the stack's kube-state-metrics scrape (prod stack, namespace monitoring). */
export const KSM_TARGET = {
  job: 'kube-state-metrics',
  instance: '10.0.1.5:8080',
  endpoint: 'http-metrics',
  service: 'monitoring-kube-state-metrics',
  container: 'kube-state-metrics',
  environment: 'prod',
} as const;
/** The kube-state-metrics pod, the `pod` target label of series without a pod of their own. */
export const KSM_POD = 'monitoring-kube-state-metrics-6d4b9c7f8-x2x9q';

/** The target labels of the stack's Argo Rollouts controller scrape. */
export const ARGO_TARGET = {
  job: 'argo-rollouts-metrics',
  instance: '10.0.2.9:8090',
  endpoint: 'metrics',
  service: 'argo-rollouts-metrics',
  container: 'argo-rollouts',
  pod: 'argo-rollouts-5f7c8d9b6-qk2lp',
  environment: 'prod',
} as const;

const uidOf = (pod: string) =>
  `0b1c${[...pod]
    .reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
    .toString(16)
    .padStart(8, '0')}-4e2f-4a8b-9c1d-2f3e4a5b6c7d`;

/** kube-state-metrics v2.19.1 series, as the stack scrapes them. */
export const ksm = {
  /** Labels of a Deployment family series (`kube_deployment_*`). */
  deploymentLabels: (namespace: string, deployment: string): Record<string, string> => ({
    ...KSM_TARGET,
    pod: KSM_POD,
    namespace,
    deployment,
  }),
  /** A Deployment gauge (`kube_deployment_spec_replicas`, `..._status_replicas_updated`, ...). */
  deployment: (metric: string, namespace: string, deployment: string, timeline: Timeline): Series =>
    series(metric, ksm.deploymentLabels(namespace, deployment), timeline),
  /** `kube_deployment_status_condition{condition}`: three series (true, false, unknown), the holding status 1. */
  condition: (namespace: string, deployment: string, condition: string, statuses: States<'true' | 'false' | 'unknown'>): Series[] =>
    stateSet(
      'kube_deployment_status_condition',
      { ...ksm.deploymentLabels(namespace, deployment), condition },
      'status',
      ['true', 'false', 'unknown'],
      statuses,
    ),
  /** Labels of a pod family series: the pod's own `pod` (honored) and `uid`. */
  podLabels: (namespace: string, pod: string): Record<string, string> => ({ ...KSM_TARGET, namespace, pod, uid: uidOf(pod) }),
  /** `kube_pod_status_phase`: one series per phase, the pod's phase 1. */
  phase: (namespace: string, pod: string, phases: States<'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown'>): Series[] =>
    stateSet(
      'kube_pod_status_phase',
      ksm.podLabels(namespace, pod),
      'phase',
      ['Pending', 'Succeeded', 'Failed', 'Unknown', 'Running'],
      phases,
    ),
  /** `kube_pod_owner`: the owner, or empty owner labels for a bare pod. */
  podOwner: (namespace: string, pod: string, owner: { kind: string; name: string } | undefined, timeline: Timeline): Series =>
    series(
      'kube_pod_owner',
      {
        ...ksm.podLabels(namespace, pod),
        owner_kind: owner?.kind ?? '',
        owner_name: owner?.name ?? '',
        owner_is_controller: owner ? 'true' : '',
      },
      timeline,
    ),
  /** `kube_replicaset_owner` of a ReplicaSet owned by a Deployment or Rollout. */
  replicaSetOwner: (namespace: string, replicaset: string, owner: { kind: string; name: string }, timeline: Timeline): Series =>
    series(
      'kube_replicaset_owner',
      {
        ...KSM_TARGET,
        pod: KSM_POD,
        namespace,
        replicaset,
        owner_kind: owner.kind,
        owner_name: owner.name,
        owner_is_controller: 'true',
      },
      timeline,
    ),
  /** `kube_pod_container_status_waiting_reason`: present (1) only while the container waits. */
  waiting: (namespace: string, pod: string, container: string, reason: string, timeline: Timeline): Series =>
    series('kube_pod_container_status_waiting_reason', { ...ksm.podLabels(namespace, pod), container, reason }, timeline),
  /** A pod of a Deployment's ReplicaSet: owner series of the pod and of its ReplicaSet. */
  deploymentPod: (namespace: string, deployment: string, hash: string, pod: string, timeline: Timeline): Series[] => [
    ksm.podOwner(namespace, pod, { kind: 'ReplicaSet', name: `${deployment}-${hash}` }, timeline),
    ksm.replicaSetOwner(namespace, `${deployment}-${hash}`, { kind: 'Deployment', name: deployment }, timeline),
  ],
};

/** Argo Rollouts v1.9.1 controller series, as the stack scrapes them. */
export const argo = {
  labels: (namespace: string, name: string): Record<string, string> => ({ ...ARGO_TARGET, namespace, name }),
  /** `rollout_info`: 1, its phase label following the Rollout. */
  info: (
    namespace: string,
    name: string,
    phases: States<'Progressing' | 'Paused' | 'Completed' | 'Abort' | 'Error' | 'Timeout' | 'InvalidSpec'>,
    strategy = 'canary',
    trafficRouter = '',
  ): Series[] =>
    presentWhile('rollout_info', { ...argo.labels(namespace, name), strategy, traffic_router: trafficRouter }, 'phase', phases),
  /** `rollout_info_replicas_available` / `_desired` / ... */
  replicas: (metric: string, namespace: string, name: string, timeline: Timeline): Series =>
    series(metric, argo.labels(namespace, name), timeline),
  /**
   * `rollout_events_total{type,reason}`: the counter, given the minute of each event (0-based);
   * absent until the first event, as a counter vector's series is.
   */
  events: (namespace: string, name: string, type: 'Normal' | 'Warning', reason: string, at: readonly number[], minutes: number): Series => {
    const values = Array.from({ length: minutes }, (_, m) => {
      const count = at.filter((t) => t <= m).length;
      return count === 0 ? '_' : String(count);
    });
    return { series: `rollout_events_total${labelSet({ ...argo.labels(namespace, name), type, reason })}`, values: values.join(' ') };
  },
  /** `analysis_run_metric_phase`: 1 while the run object exists in that phase. */
  metricPhase: (namespace: string, run: string, metric: string, phase: string, timeline: Timeline, dryRun = false): Series =>
    series(
      'analysis_run_metric_phase',
      { ...argo.labels(namespace, run), metric, type: 'Prometheus', dry_run: String(dryRun), phase },
      timeline,
    ),
};

/** The target labels of the stack's Velero PodMonitor (velero install: Deployment velero, port `metrics` 8085). */
export const VELERO_TARGET = {
  job: 'velero',
  instance: '10.0.5.3:8085',
  endpoint: 'metrics',
  namespace: 'velero',
  pod: 'velero-6c9d8f7b5-r4t7w',
  container: 'velero',
  environment: 'prod',
} as const;

/** Velero v1.18.1 series of one Schedule, as the stack scrapes them (another `pod` after a restart). */
export const velero = {
  labels: (schedule: string, pod: string = VELERO_TARGET.pod): Record<string, string> => ({
    ...VELERO_TARGET,
    pod,
    instance: pod === VELERO_TARGET.pod ? VELERO_TARGET.instance : '10.0.5.8:8085',
    schedule,
  }),
  /** `velero_backup_last_status`: 1 after a success (and at start), 0 after a failure. */
  lastStatus: (schedule: string, timeline: Timeline, pod?: string): Series =>
    series('velero_backup_last_status', velero.labels(schedule, pod), timeline),
  /**
   * `velero_backup_success_total`: the counter of the process that runs from minute `from` until
   * `until` (absent outside), 0 at its start, +1 at each success (minutes).
   */
  successes: (
    schedule: string,
    at: readonly number[],
    minutes: number,
    { from = 0, until = minutes, pod }: { from?: number; until?: number; pod?: string } = {},
  ): Series => ({
    series: `velero_backup_success_total${labelSet(velero.labels(schedule, pod))}`,
    values: Array.from({ length: minutes }, (_, m) =>
      m < from || m >= until ? '_' : String(at.filter((t) => t >= from && t <= m).length),
    ).join(' '),
  }),
  /** `velero_backup_last_successful_timestamp`: Unix seconds of the last success of this process (test time starts at 0), absent before. */
  lastSuccess: (schedule: string, at: readonly number[], minutes: number, pod?: string, until = minutes): Series => ({
    series: `velero_backup_last_successful_timestamp${labelSet(velero.labels(schedule, pod))}`,
    values: Array.from({ length: minutes }, (_, m) => {
      const last = at.filter((t) => t <= m).pop();
      return last === undefined || m >= until ? '_' : String(last * 60);
    }).join(' '),
  }),
};

/** `up` of a scrape target. */
export function up(labels: Record<string, string>, timeline: Timeline): Series {
  return series('up', labels, timeline);
}

/** Any other series, e.g. a component's own metrics. */
export function metric(name: string, labels: Record<string, string>, timeline: Timeline): Series {
  return series(name, labels, timeline);
}
