import type { Duration } from 'cdk8s';
import type { Problem } from './problems';

/**
 * A time span given either as a cdk8s `Duration` or as a string with one unit, as Argo Rollouts
 * writes them: `30s`, `5m`, `1h`. Strings are what stack config files hold; `Duration` is what
 * TypeScript users reach for.
 */
export type DurationInput = Duration | string;

const PATTERN = /^([0-9]+)(s|m|h)$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/** Whole seconds of a duration input, or `undefined` when it is malformed. */
export function durationSeconds(input: DurationInput): number | undefined {
  // a cdk8s Duration, recognised by shape: core/ must not load cdk8s (the policy CLI imports it), and
  // a Duration from another copy of cdk8s is still one
  if (typeof input === 'object' && input !== null && typeof (input as Duration).toSeconds === 'function') {
    // not integral: a Duration of 500ms is a problem to report, not an exception to throw
    const seconds = (input as Duration).toSeconds({ integral: false });
    return Number.isInteger(seconds) && seconds >= 0 ? seconds : undefined;
  }
  if (typeof input !== 'string') {
    return undefined;
  }
  const match = PATTERN.exec(input.trim());
  if (!match) {
    return undefined;
  }
  return Number(match[1]) * UNIT_SECONDS[match[2]];
}

/**
 * Renders seconds in the shortest exact single-unit form (`90s`, `5m`, `2h`), which both Argo
 * Rollouts pause durations and metric intervals accept.
 */
export function formatDuration(seconds: number): string {
  if (seconds > 0 && seconds % 3600 === 0) {
    return `${seconds / 3600}h`;
  }
  if (seconds > 0 && seconds % 60 === 0) {
    return `${seconds / 60}m`;
  }
  return `${seconds}s`;
}

/** The allowed-values text used in error messages about durations. */
export const DURATION_ALLOWED = 'a whole number followed by s, m or h (e.g. "30s", "5m", "1h"), or a cdk8s Duration of whole seconds';

/**
 * A span prop typed as a `DurationInput` (`minReady`), the `…Seconds` number prop it supersedes
 * (`minReadySeconds`, the Kubernetes or Argo Rollouts field it renders), and the bounds the field
 * has in seconds.
 */
export type SpanField = readonly [typed: string, seconds: string, bounds?: { readonly min?: number; readonly max?: number }];

/** Options with their typed spans converted, and what the conversion found. */
export interface NormalizedSpans<T> {
  /** The options with each given typed span written into its `…Seconds` field, in whole seconds. */
  readonly options: T;
  /** The name the user wrote for each `…Seconds` field given as a typed span (for messages). */
  readonly written: Readonly<Record<string, string>>;
  /** A malformed or out-of-bounds duration, or both names given with different values (paths relative to the options). */
  readonly problems: readonly Problem[];
}

/**
 * Converts the typed spans of `options` (`minReady: '30s'`) into their `…Seconds` fields
 * (`minReadySeconds: 30`), so one code path renders both. The `…Seconds` form stays accepted (it was
 * the only one before); given together, the two must agree.
 */
export function normalizeSpans<T extends object>(options: T, fields: readonly SpanField[]): NormalizedSpans<T> {
  const out: Record<string, unknown> = { ...(options as Record<string, unknown>) };
  const written: Record<string, string> = {};
  const problems: Problem[] = [];
  for (const [typed, secondsField, bounds = {}] of fields) {
    const value = out[typed] as DurationInput | undefined;
    if (value === undefined) {
      continue;
    }
    const seconds = durationSeconds(value);
    if (seconds === undefined) {
      problems.push({ path: typed, value, allowed: DURATION_ALLOWED, fix: `e.g. "${formatDuration(Math.max(bounds.min ?? 30, 1))}"` });
      continue;
    }
    const { min = 0, max } = bounds;
    if (seconds < min || (max !== undefined && seconds > max)) {
      problems.push({
        path: typed,
        value,
        allowed: max === undefined ? `at least ${formatDuration(min)}` : `from ${formatDuration(min)} to ${formatDuration(max)}`,
        fix: `use a span within those bounds, e.g. "${formatDuration(Math.max(min, 1))}"`,
      });
    }
    const legacy = out[secondsField];
    if (legacy !== undefined && legacy !== seconds) {
      problems.push({
        path: secondsField,
        value: legacy,
        allowed: `nothing beside ${typed} (${seconds}s): it is ${typed}'s former name`,
        fix: `remove ${secondsField}`,
      });
    }
    out[secondsField] = seconds;
    written[secondsField] = typed;
  }
  return { options: out as T, written, problems };
}
