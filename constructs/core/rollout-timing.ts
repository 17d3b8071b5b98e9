import { durationSeconds } from './duration';
import type { JsonObject } from './json';

/**
 * How long a delivery strategy takes, computed from the rendered objects alone (a Rollout's
 * strategy and the AnalysisTemplates it references), as Argo Rollouts v1.9.1 runs them:
 *
 * - a timed pause waits its duration; a pause without one, or a blue-green rollout without
 *   auto-promotion, waits for a person (`kubectl argo rollouts promote`);
 * - an analysis that a step or a blue-green promotion waits for takes its slowest metric:
 *   `initialDelay + interval × (count − 1)` (the first measurement is taken at once), a Job metric
 *   up to its `activeDeadlineSeconds`; a canary's background analysis runs alongside and delays
 *   nothing;
 * - blue-green waits `autoPromotionSeconds` after pre-promotion analysis completed (rollout/bluegreen.go
 *   reconcileBlueGreenPause: "not ready for pause: prePromotionAnalysis incomplete"), then runs
 *   post-promotion analysis;
 * - a failing version is detected by a metric on its `failureLimit + 1`-th failed measurement,
 *   `initialDelay + interval × failureLimit` after the metric starts (Argo fails the run when
 *   failures exceed the limit: utils/analysis/evaluate.go); the abort then takes traffic back at
 *   once (routed canary: weight 0; basic canary: the canary ReplicaSet scaled to 0, its pods leave
 *   the endpoints as they terminate; blue-green: the active selector switched back while the old
 *   ReplicaSet is still scaled up, within `scaleDownDelaySeconds`).
 *
 * Pod start-up and readiness are not included (they depend on the app): the progress deadline
 * bounds how long one step may wait for pods before the rollout aborts.
 */
export interface DeliveryTiming {
  /** Seconds the strategy itself takes when every check passes; `Infinity` when it waits for a person. */
  readonly deploySeconds: number;
  /** Worst-case seconds from a failing version to all traffic back on the stable one; `Infinity` when nothing rolls back by itself. */
  readonly rollbackSeconds: number;
  /** What the deployment time is made of. */
  readonly deployParts: readonly string[];
  /** What the rollback time is made of. */
  readonly rollbackParts: readonly string[];
  /** Seconds one step may wait for pods before the rollout fails (`progressDeadlineSeconds`). */
  readonly progressDeadlineSeconds: number;
}

/** The parts of a Rollout (or Deployment) these computations read. */
export interface TimedWorkload {
  /** `Rollout` or `Deployment`. */
  readonly kind: string;
  /** The spec, as rendered. */
  readonly spec?: {
    /** Seconds a step may wait for pods before the rollout fails. @default 600 */
    readonly progressDeadlineSeconds?: number;
    /** The Rollout's strategy. */
    readonly strategy?: {
      /** A canary strategy. */
      readonly canary?: {
        /** The steps (`setWeight`, `pause`, `analysis`, ...), as rendered. */
        readonly steps?: ReadonlyArray<JsonObject>;
        /** The background analysis run through the steps. */
        readonly analysis?: TimedAnalysis;
        /** Traffic routing, when a mesh or ingress shifts the weights. */
        readonly trafficRouting?: unknown;
      };
      /** A blue-green strategy. */
      readonly blueGreen?: {
        /** Whether the preview is promoted without a person. @default true */
        readonly autoPromotionEnabled?: boolean;
        /** Seconds before the preview is promoted automatically. */
        readonly autoPromotionSeconds?: number;
        /** Seconds the old version keeps running after promotion. @default 30 */
        readonly scaleDownDelaySeconds?: number;
        /** The analysis run before promotion. */
        readonly prePromotionAnalysis?: TimedAnalysis;
        /** The analysis run after promotion (a failure rolls back). */
        readonly postPromotionAnalysis?: TimedAnalysis;
      };
    };
  };
}

/** The AnalysisTemplates a strategy runs. */
export interface TimedAnalysis {
  /** The templates, by name. */
  readonly templates?: ReadonlyArray<{
    /** The AnalysisTemplate's name. */
    readonly templateName: string;
  }>;
}

/** An AnalysisTemplate's metrics, as rendered (count and limits may be IntOrString-like `{ value }` or numbers). */
export interface TimedTemplate {
  /** The template's metrics, as rendered. */
  readonly metrics?: ReadonlyArray<JsonObject>;
}

const DEFAULT_PROGRESS_DEADLINE = 600;

/** A number from a rendered IntOrString-ish field (`5`, `"5"`, `{ value: 5 }`). */
function num(value: unknown): number | undefined {
  const v = value && typeof value === 'object' && 'value' in (value as object) ? (value as { value: unknown }).value : value;
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

/** Seconds of an Argo duration (`30s`, `5m`, `1h`, a number of seconds, or an IntOrString-like `{ value }`). */
function seconds(value: unknown): number | undefined {
  const v = value && typeof value === 'object' && 'value' in (value as object) ? (value as { value: unknown }).value : value;
  if (typeof v === 'number') {
    return v;
  }
  return typeof v === 'string' ? durationSeconds(/^[0-9]+$/.test(v) ? `${v}s` : v) : undefined;
}

/** How long a metric runs when it passes (Infinity: until stopped), and when a failure is detected. */
function metricTiming(metric: JsonObject): { runs: number; detects: number } {
  const delay = seconds(metric.initialDelay) ?? 0;
  if (metric.provider?.job) {
    const deadline = num(metric.provider.job.spec?.activeDeadlineSeconds) ?? Infinity;
    return { runs: delay + deadline, detects: delay + deadline };
  }
  const interval = seconds(metric.interval);
  const count = num(metric.count);
  const failureLimit = num(metric.failureLimit) ?? 0;
  if (interval === undefined) {
    return { runs: delay, detects: failureLimit === 0 ? delay : Infinity };
  }
  return {
    runs: count === undefined || count === 0 ? Infinity : delay + interval * (count - 1),
    detects: failureLimit < 0 ? Infinity : delay + interval * failureLimit,
  };
}

/** `2m30s`, `45s`, `1h5m`; `until someone acts` for an unbounded wait. */
export function formatSeconds(value: number): string {
  if (!Number.isFinite(value)) {
    return 'until someone acts';
  }
  const total = Math.round(value);
  const [h, m, sec] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${sec || total === 0 ? `${sec}s` : ''}`;
}

/** The timing of a Rollout (or Deployment) with the AnalysisTemplates of its namespace, by name. */
export function deliveryTiming(workload: TimedWorkload, templates: Readonly<Record<string, TimedTemplate>>): DeliveryTiming {
  const progressDeadlineSeconds = workload.spec?.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE;
  const strategy = workload.spec?.strategy;
  if (workload.kind !== 'Rollout' || !strategy) {
    return {
      deploySeconds: 0,
      rollbackSeconds: Infinity,
      deployParts: ['no pauses or analysis: as fast as pods become ready'],
      rollbackParts: ['a Deployment does not roll back by itself'],
      progressDeadlineSeconds,
    };
  }
  const metricsOf = (refs: ReadonlyArray<{ readonly templateName: string }> | undefined) =>
    (refs ?? []).flatMap((r) => (templates[r.templateName]?.metrics ?? []).map((m) => ({ template: r.templateName, metric: m })));
  const deployParts: string[] = [];
  const rollbackParts: string[] = [];
  let deploy = 0;
  let detection = -1;
  const wait = (label: string, refs: ReadonlyArray<{ readonly templateName: string }> | undefined) => {
    const metrics = metricsOf(refs);
    const longest = Math.max(0, ...metrics.map(({ metric }) => metricTiming(metric).runs));
    deploy += longest;
    deployParts.push(`${label} ${formatSeconds(longest)}`);
  };
  const watch = (label: string, refs: ReadonlyArray<{ readonly templateName: string }> | undefined) => {
    for (const { template, metric } of metricsOf(refs)) {
      const { detects } = metricTiming(metric);
      if (detects > detection) {
        detection = detects;
        rollbackParts[0] = `${label} ${template}/${metric.name} fails after ${formatSeconds(detects)}`;
      }
    }
  };
  if (strategy.canary) {
    const c = strategy.canary;
    (c.steps ?? []).forEach((step, i) => {
      if (step.pause !== undefined) {
        const d = seconds(step.pause?.duration);
        deploy += d ?? Infinity;
        deployParts.push(`step ${i} pause ${formatSeconds(d ?? Infinity)}`);
      } else if (step.analysis) {
        wait(`step ${i} analysis`, step.analysis.templates);
        watch(`step ${i} analysis`, step.analysis.templates);
      }
    });
    watch('background analysis', c.analysis?.templates);
    rollbackParts.push(
      c.trafficRouting ? 'abort: canary weight to 0 at once' : 'abort: canary pods scaled to 0, out of the endpoints as they terminate',
    );
  } else if (strategy.blueGreen) {
    const bg = strategy.blueGreen;
    wait('pre-promotion analysis', bg.prePromotionAnalysis?.templates);
    const auto = bg.autoPromotionEnabled === false ? Infinity : (bg.autoPromotionSeconds ?? 0);
    deploy += auto;
    deployParts.push(`promotion ${bg.autoPromotionEnabled === false ? 'by hand' : `after ${formatSeconds(auto)}`}`);
    wait('post-promotion analysis', bg.postPromotionAnalysis?.templates);
    watch('post-promotion analysis', bg.postPromotionAnalysis?.templates);
    const keep = bg.scaleDownDelaySeconds ?? 30;
    rollbackParts.push(
      detection > keep
        ? `abort: the old version was scaled down ${keep}s after promotion, before the failure shows: it must start again (pod start-up not included)`
        : `abort: active Service switched back while the old version is kept (scaleDownDelaySeconds ${keep})`,
    );
  }
  if (detection < 0) {
    rollbackParts.unshift('no analysis watches the live version');
  }
  return {
    deploySeconds: deploy,
    rollbackSeconds: detection < 0 ? Infinity : detection,
    deployParts,
    rollbackParts,
    progressDeadlineSeconds,
  };
}

/** The timing as one line: `deploy 6m (…), rollback 2m (…)`. */
export function formatTiming(timing: DeliveryTiming): string {
  return `deploy ${formatSeconds(timing.deploySeconds)}, rollback ${formatSeconds(timing.rollbackSeconds)}`;
}
