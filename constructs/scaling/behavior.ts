import { DurationInput, normalizeSpans, SpanField } from '../core/duration';
import { Problems } from '../core/problems';

/** How the HPA limits one direction of scaling. */
export interface ScalingPolicy {
  /** `Pods`: change by at most `value` pods; `Percent`: by at most `value`% of the current pods. */
  readonly type: 'Pods' | 'Percent';
  /** The limit; greater than 0. */
  readonly value: number;
  /** The window (1s to 30m) over which the limit applies (`periodSeconds`); this or `periodSeconds` is required. */
  readonly period?: DurationInput;
  /** @deprecated Use `period` (the same, in seconds). */
  readonly periodSeconds?: number;
}

/** Scale-up or scale-down behavior (`behavior.scaleUp` / `behavior.scaleDown`). */
export interface ScalingRules {
  /**
   * How far back recommendations are considered (`stabilizationWindowSeconds`); the HPA uses the
   * safest one, which damps flapping.
   *
   * @default - '0s' for scale-up, '5m' for scale-down (the Kubernetes defaults)
   */
  readonly stabilizationWindow?: DurationInput;
  /** @deprecated Use `stabilizationWindow` (the same, in seconds). */
  readonly stabilizationWindowSeconds?: number;
  /**
   * Which policy wins when several apply: `Max` allows the largest change, `Min` the smallest,
   * `Disabled` turns this direction off.
   *
   * @default 'Max'
   */
  readonly selectPolicy?: 'Max' | 'Min' | 'Disabled';
  /**
   * The policies.
   *
   * @default - scale-up: 100% or 4 pods per 15 s; scale-down: 100% per 15 s (the Kubernetes defaults)
   */
  readonly policies?: ScalingPolicy[];
}

/** A scaling policy as rendered: its window in seconds. */
export interface ResolvedScalingPolicy {
  /** `Pods` or `Percent`. */
  readonly type: 'Pods' | 'Percent';
  /** The limit. */
  readonly value: number;
  /** The window, in seconds. */
  readonly periodSeconds: number;
}

/** One direction's rules with every default applied, spans in seconds (as the HPA spec holds them). */
export interface ResolvedScalingRules {
  /** The stabilization window, in seconds. */
  readonly stabilizationWindowSeconds: number;
  /** Which policy wins. */
  readonly selectPolicy: 'Max' | 'Min' | 'Disabled';
  /** The policies. */
  readonly policies: readonly ResolvedScalingPolicy[];
}

const RULES_SPANS: readonly SpanField[] = [['stabilizationWindow', 'stabilizationWindowSeconds', { max: 3600 }]];
const POLICY_SPANS: readonly SpanField[] = [['period', 'periodSeconds', { min: 1, max: 1800 }]];

/** The Kubernetes default behavior, rendered explicitly so it is visible and reviewable. */
export const DEFAULT_SCALE_UP: ResolvedScalingRules = {
  stabilizationWindowSeconds: 0,
  selectPolicy: 'Max',
  policies: [
    { type: 'Percent', value: 100, periodSeconds: 15 },
    { type: 'Pods', value: 4, periodSeconds: 15 },
  ],
};
/** The Kubernetes default scale-down behavior: a 5 minute stabilization window, then any number of pods at once. */
export const DEFAULT_SCALE_DOWN: ResolvedScalingRules = {
  stabilizationWindowSeconds: 300,
  selectPolicy: 'Max',
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
};

/** Resolves one direction's rules: each field defaults independently. */
export function resolveScalingRules(direction: 'scaleUp' | 'scaleDown', rules: ScalingRules | undefined): ResolvedScalingRules {
  const defaults = direction === 'scaleUp' ? DEFAULT_SCALE_UP : DEFAULT_SCALE_DOWN;
  const given = rules && normalizeSpans(rules, RULES_SPANS).options;
  return {
    stabilizationWindowSeconds: given?.stabilizationWindowSeconds ?? defaults.stabilizationWindowSeconds,
    selectPolicy: given?.selectPolicy ?? defaults.selectPolicy,
    policies: given?.policies
      ? given.policies.map((policy) => {
          const { type, value, periodSeconds } = normalizeSpans(policy, POLICY_SPANS).options;
          return { type, value, periodSeconds: periodSeconds! };
        })
      : defaults.policies.map((policy) => ({ ...policy })),
  };
}

/** Checks one direction's rules against the API's bounds. */
export function validateScalingRules(rules: ScalingRules | undefined, p: Problems): void {
  if (!rules) {
    return;
  }
  const spans = normalizeSpans(rules, RULES_SPANS);
  p.addAll(spans.problems);
  const w = rules.stabilizationWindowSeconds;
  // `stabilizationWindow` had its bounds checked with it
  if (w !== undefined && spans.written.stabilizationWindowSeconds === undefined) {
    p.check(
      Number.isInteger(w) && w >= 0 && w <= 3600,
      'stabilizationWindowSeconds',
      w,
      'a whole number of seconds 0-3600',
      'use e.g. 0 to scale up at once or 300 to scale down after 5 minutes',
    );
  }
  if (rules.selectPolicy !== undefined) {
    p.check(
      ['Max', 'Min', 'Disabled'].includes(rules.selectPolicy),
      'selectPolicy',
      rules.selectPolicy,
      '"Max", "Min" or "Disabled"',
      'choose which policy wins',
    );
  }
  if (rules.policies !== undefined) {
    p.check(
      rules.policies.length > 0 || rules.selectPolicy === 'Disabled',
      'policies',
      rules.policies,
      'at least one policy (or selectPolicy "Disabled")',
      'add a policy such as { type: "Percent", value: 100, period: "15s" }',
    );
    rules.policies.forEach((policy, i) => {
      const at = p.at(`policies[${i}]`);
      at.check(policy.type === 'Pods' || policy.type === 'Percent', 'type', policy.type, '"Pods" or "Percent"', 'choose the kind of limit');
      at.check(
        Number.isInteger(policy.value) && policy.value > 0,
        'value',
        policy.value,
        'a whole number greater than 0',
        'use a positive limit; to stop scaling in this direction set selectPolicy: "Disabled"',
      );
      at.addAll(normalizeSpans(policy, POLICY_SPANS).problems);
      if (policy.period === undefined && policy.periodSeconds === undefined) {
        at.add('period', undefined, 'a window from 1s to 30m', 'use e.g. "15s" or "1m"');
      } else if (policy.period === undefined) {
        at.check(
          Number.isInteger(policy.periodSeconds) && policy.periodSeconds! >= 1 && policy.periodSeconds! <= 1800,
          'periodSeconds',
          policy.periodSeconds,
          'a whole number of seconds 1-1800',
          'use e.g. 15 or 60',
        );
      }
    });
  }
}

/**
 * The replica count the HPA algorithm asks for:
 * `ceil(current * currentMetric / targetMetric)`, unchanged within the 10% tolerance, clamped to
 * `[min, max]`.
 *
 * @see https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#algorithm-details
 */
export function desiredReplicas(args: {
  readonly current: number;
  readonly currentMetric: number;
  readonly targetMetric: number;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly tolerance?: number;
}): number {
  const tolerance = args.tolerance ?? 0.1;
  const ratio = args.currentMetric / args.targetMetric;
  const raw = Math.abs(ratio - 1) <= tolerance ? args.current : Math.ceil(args.current * ratio);
  return Math.min(args.maxReplicas, Math.max(args.minReplicas, raw));
}

/**
 * The most pods one scaling period may add (scale-up) or remove (scale-down) from `current`
 * under the given rules, as the HPA computes it: each policy's limit, then the largest (`Max`) or
 * smallest (`Min`); 0 when the direction is disabled.
 */
export function maxChangePerPeriod(rules: ResolvedScalingRules, current: number, direction: 'scaleUp' | 'scaleDown'): number {
  if (rules.selectPolicy === 'Disabled' || rules.policies.length === 0) {
    return 0;
  }
  const limits = rules.policies.map((policy) => {
    if (policy.type === 'Pods') {
      return policy.value;
    }
    const delta = (current * policy.value) / 100;
    return direction === 'scaleUp' ? Math.ceil(delta) : Math.floor(delta);
  });
  return rules.selectPolicy === 'Min' ? Math.min(...limits) : Math.max(...limits);
}

/**
 * Seconds the HPA needs at least to scale up from `from` to `to` replicas under the scale-up
 * rules, assuming the metric demands it throughout: after the stabilization window the first
 * change is immediate, each later one waits for the shortest policy period, and each adds
 * `maxChangePerPeriod`. `Infinity` when scaling up is disabled. Useful to check a goal such as
 * "scale from 2 to 10 within 2 minutes".
 */
export function minimumScaleUpSeconds(rules: ResolvedScalingRules, from: number, to: number): number {
  if (to <= from) {
    return 0;
  }
  const period = Math.min(...rules.policies.map((policy) => policy.periodSeconds));
  let replicas = from;
  let changes = 0;
  while (replicas < to) {
    const step = maxChangePerPeriod(rules, replicas, 'scaleUp');
    if (step <= 0 || !Number.isFinite(period)) {
      return Infinity;
    }
    replicas += step;
    changes += 1;
  }
  return rules.stabilizationWindowSeconds + (changes - 1) * period;
}
