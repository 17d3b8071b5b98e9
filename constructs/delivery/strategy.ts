import { k8s } from 'cdk8s-plus-27';
import { Problem, Problems } from '../core/problems';
import { DurationInput, normalizeSpans, SpanField } from '../core/duration';
import {
  RolloutSpecStrategy,
  RolloutSpecStrategyCanaryMaxSurge,
  RolloutSpecStrategyCanaryMaxUnavailable,
} from '../imports/argo-rollout-argoproj.io';
import { AnalysisGate, analysisArgs } from './analysis';
import { CanaryStep } from './canary-step';
import { TrafficRouting } from './traffic-routing';

/** Seconds a Deployment or Rollout may go without progress before it counts as failed (Kubernetes' default). */
export const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;
/** Extra pods during an update (Kubernetes' default). */
export const DEFAULT_MAX_SURGE = '25%';

/** A count of pods (`2`) or a percentage of the desired replicas (`'25%'`). */
export type PercentOrCount = number | string;

/** Options every strategy shares. Names and meanings are those of the Deployment / Rollout spec. */
export interface CommonStrategyOptions {
  /**
   * How long a new pod must be ready, without crashing, to count as available (`minReadySeconds`).
   *
   * @default '0s'
   */
  readonly minReady?: DurationInput;
  /**
   * The former name of `minReady`, in seconds; still accepted.
   *
   * @deprecated Use `minReady`.
   */
  readonly minReadySeconds?: number;
  /**
   * How long a rollout may make no progress before it is considered failed
   * (`progressDeadlineSeconds`). For blue-green and canary the rollout is then aborted and the
   * stable version keeps (or gets back) all traffic.
   *
   * @default '10m'
   */
  readonly progressDeadline?: DurationInput;
  /**
   * The former name of `progressDeadline`, in seconds; still accepted.
   *
   * @deprecated Use `progressDeadline`.
   */
  readonly progressDeadlineSeconds?: number;
  /**
   * Old ReplicaSets kept for `kubectl rollout undo` / `kubectl argo rollouts undo`.
   *
   * @default 10
   */
  readonly revisionHistoryLimit?: number;
}

/** Options for `DeliveryStrategy.rolling`. */
export interface RollingOptions extends CommonStrategyOptions {
  /**
   * Extra pods allowed above the desired count during an update.
   *
   * @default '25%'
   */
  readonly maxSurge?: PercentOrCount;
  /**
   * Pods allowed to be unavailable during an update. The default keeps full capacity throughout
   * (zero-downtime updates).
   *
   * @default 0
   */
  readonly maxUnavailable?: PercentOrCount;
}

/** Options shared by the Argo Rollouts strategies. */
export interface RolloutStrategyOptions extends CommonStrategyOptions {
  /**
   * Abort the rollout when `progressDeadline` passes, returning traffic to the stable
   * version (the field `progressDeadlineAbort`).
   *
   * @default true
   */
  readonly abortOnProgressDeadline?: boolean;
  /**
   * Rolling back to one of the last N revisions skips steps and analysis, so a rollback takes
   * as long as pods take to become ready (the field `rollbackWindow.revisions`).
   *
   * @default 3
   */
  readonly rollbackWindowRevisions?: number;
}

/** Options for `DeliveryStrategy.blueGreen`. */
export interface BlueGreenOptions extends RolloutStrategyOptions {
  /**
   * Switch traffic to the new version as soon as it is ready and pre-promotion analysis passed.
   * When false the rollout pauses until `kubectl argo rollouts promote`.
   *
   * @default true
   */
  readonly autoPromotionEnabled?: boolean;
  /**
   * Promote automatically this long after the rollout paused (`autoPromotionSeconds`).
   *
   * @default - no timed promotion
   */
  readonly autoPromotionAfter?: DurationInput;
  /**
   * The former name of `autoPromotionAfter`, in seconds; still accepted.
   *
   * @deprecated Use `autoPromotionAfter`.
   */
  readonly autoPromotionSeconds?: number;
  /**
   * Pods of the new version while it is only behind the preview Service.
   *
   * @default - as many as the active version
   */
  readonly previewReplicaCount?: number;
  /**
   * How long the old version keeps running after the switch, for an instant switch back
   * (`scaleDownDelaySeconds`).
   *
   * @default '30s'
   */
  readonly scaleDownDelay?: DurationInput;
  /**
   * The former name of `scaleDownDelay`, in seconds; still accepted.
   *
   * @deprecated Use `scaleDownDelay`.
   */
  readonly scaleDownDelaySeconds?: number;
  /**
   * How long before the preview pods are removed after an abort, `'0s'` keeping them
   * (`abortScaleDownDelaySeconds`).
   *
   * @default '30s'
   */
  readonly abortScaleDownDelay?: DurationInput;
  /**
   * The former name of `abortScaleDownDelay`, in seconds; still accepted.
   *
   * @deprecated Use `abortScaleDownDelay`.
   */
  readonly abortScaleDownDelaySeconds?: number;
  /**
   * Gates run against the preview Service before traffic switches; a failure aborts.
   *
   * @default []
   */
  readonly prePromotionAnalysis?: AnalysisGate[];
  /**
   * Gates run against the active Service after the switch; a failure switches traffic back.
   *
   * @default []
   */
  readonly postPromotionAnalysis?: AnalysisGate[];
}

/** Background analysis of a canary: runs while steps progress; any failure aborts. */
export interface BackgroundAnalysisOptions {
  /** The gates to run. */
  readonly gates: AnalysisGate[];
  /**
   * Index of the step at which the analysis starts.
   *
   * @default - not rendered (Argo Rollouts: step 0)
   */
  readonly startingStep?: number;
}

/** Options for `DeliveryStrategy.canary`. */
export interface CanaryOptions extends RolloutStrategyOptions {
  /**
   * The steps.
   *
   * @default - setWeight 20, pause 1m, setWeight 50, pause 2m, setWeight 80, pause 2m
   */
  readonly steps?: CanaryStep[];
  /**
   * Analysis running in the background of the steps.
   *
   * @default - none
   */
  readonly analysis?: BackgroundAnalysisOptions;
  /**
   * Exact traffic splitting through an ingress controller or mesh.
   *
   * @default - weights approximated by replica counts
   */
  readonly trafficRouting?: TrafficRouting;
  /**
   * Extra pods allowed above the desired count while the canary scales.
   *
   * @default '25%'
   */
  readonly maxSurge?: PercentOrCount;
  /**
   * Pods allowed to be unavailable while the canary scales.
   *
   * @default 0
   */
  readonly maxUnavailable?: PercentOrCount;
  /**
   * Scale the stable version down as the canary's traffic weight rises (traffic routing only).
   *
   * @default false (rendered only with traffic routing)
   */
  readonly dynamicStableScale?: boolean;
}

/** The default canary steps. */
export function defaultCanarySteps(): CanaryStep[] {
  return [
    CanaryStep.setWeight(20),
    CanaryStep.pause('1m'),
    CanaryStep.setWeight(50),
    CanaryStep.pause('2m'),
    CanaryStep.setWeight(80),
    CanaryStep.pause('2m'),
  ];
}

/** Names the strategy needs from its workload. */
export interface StrategyRenderContext {
  readonly workloadName: string;
  readonly serviceName?: string;
  readonly previewServiceName?: string;
  readonly canaryServiceName?: string;
  readonly firstServicePort?: number;
  /** The AnalysisTemplate of a gate; `background`: as the canary's background analysis runs it. */
  templateName(gate: AnalysisGate, background?: boolean): string;
}

type Spec = (
  | { readonly type: 'rolling'; readonly options: RollingOptions }
  | { readonly type: 'blueGreen'; readonly options: BlueGreenOptions }
  | { readonly type: 'canary'; readonly options: CanaryOptions }
) & {
  /** For each `…Seconds` option given by its typed name, that name (messages use what the user wrote). */
  readonly written: Readonly<Record<string, string>>;
  /** Problems of the typed spans (malformed, out of bounds, or contradicting the `…Seconds` form). */
  readonly spanProblems: readonly Problem[];
};

/** The typed spans of the strategy options and the `…Seconds` fields they render. */
const STRATEGY_SPANS: readonly SpanField[] = [
  ['minReady', 'minReadySeconds'],
  ['progressDeadline', 'progressDeadlineSeconds', { min: 1 }],
  ['autoPromotionAfter', 'autoPromotionSeconds', { min: 1 }],
  ['scaleDownDelay', 'scaleDownDelaySeconds'],
  ['abortScaleDownDelay', 'abortScaleDownDelaySeconds'],
];

/** The spec of a strategy: its options with the typed spans in seconds. */
function specOf<T extends Spec['type'], O extends object>(type: T, given: O): Spec {
  const { options, written, problems } = normalizeSpans(given, STRATEGY_SPANS);
  return { type, options, written, spanProblems: problems } as unknown as Spec;
}

/** An AnalysisTemplate a strategy needs. */
export interface StrategyAnalysisTemplate {
  /** The gate it measures. */
  readonly gate: AnalysisGate;
  /** Whether it is the background form (measures until the rollout ends). */
  readonly background: boolean;
  /** Added to the template's name: `-background` where the gate also runs in a step, else empty. */
  readonly suffix: string;
}

/**
 * How a new version replaces the running one.
 *
 * - `rolling()`: a native Deployment with RollingUpdate; no analysis, no automatic rollback.
 * - `blueGreen()`: an Argo Rollouts `Rollout`; the new version runs behind a preview Service,
 *   is checked, then receives all traffic at once; failed analysis aborts it.
 * - `canary()`: an Argo Rollouts `Rollout`; traffic moves to the new version in steps, checked by
 *   analysis; failed analysis aborts it and all traffic returns to the stable version.
 */
export class DeliveryStrategy {
  /** A native Deployment rolling update. */
  public static rolling(options: RollingOptions = {}): DeliveryStrategy {
    return new DeliveryStrategy(specOf('rolling', options));
  }

  /** A blue-green Rollout with active and preview Services. */
  public static blueGreen(options: BlueGreenOptions = {}): DeliveryStrategy {
    return new DeliveryStrategy(specOf('blueGreen', options));
  }

  /** A canary Rollout with steps, analysis and optional traffic routing. */
  public static canary(options: CanaryOptions = {}): DeliveryStrategy {
    return new DeliveryStrategy(specOf('canary', options));
  }

  private constructor(private readonly spec: Spec) {}

  /** Which strategy this is. */
  public get type(): Spec['type'] {
    return this.spec.type;
  }

  /** Whether the workload is an Argo Rollouts `Rollout` (blue-green, canary) or a Deployment (rolling). */
  public get usesRollout(): boolean {
    return this.spec.type !== 'rolling';
  }

  /** The canary steps, with defaults resolved (empty for other strategies). */
  public get steps(): readonly CanaryStep[] {
    return this.spec.type === 'canary' ? (this.spec.options.steps ?? defaultCanarySteps()) : [];
  }

  /** The traffic routing of a canary. */
  public get trafficRouting(): TrafficRouting | undefined {
    return this.spec.type === 'canary' ? this.spec.options.trafficRouting : undefined;
  }

  /**
   * The AnalysisTemplates the strategy needs: each gate once, and a gate of a canary's background
   * analysis in its background form (no count unless explicit: it measures until the rollout
   * ends). Where the same gate also runs in a step, its background form gets the `-background`
   * suffix, since the step needs a bounded run.
   */
  public get analysisTemplates(): StrategyAnalysisTemplate[] {
    const bounded = this.spec.type === 'canary' ? this.steps.flatMap((step) => [...step.gates]) : this.gates;
    const background = this.spec.type === 'canary' ? (this.spec.options.analysis?.gates ?? []) : [];
    const templates = new Map<string, StrategyAnalysisTemplate>();
    for (const gate of bounded) {
      templates.set(gate.name, templates.get(gate.name) ?? { gate, background: false, suffix: '' });
    }
    for (const gate of background) {
      const suffix = templates.has(gate.name) && !gate.hasExplicitCount ? '-background' : '';
      const key = `${gate.name}${suffix}`;
      templates.set(key, templates.get(key) ?? { gate, background: suffix !== '' || !templates.has(gate.name), suffix });
    }
    return [...templates.values()];
  }

  /** Every gate the strategy uses, in order of first use. */
  public get gates(): AnalysisGate[] {
    const s = this.spec;
    if (s.type === 'blueGreen') {
      return [...(s.options.prePromotionAnalysis ?? []), ...(s.options.postPromotionAnalysis ?? [])];
    }
    if (s.type === 'canary') {
      return [...this.steps.flatMap((step) => [...step.gates]), ...(s.options.analysis?.gates ?? [])];
    }
    return [];
  }

  /** @internal */
  public _validate(problems: Problems): void {
    const s = this.spec;
    const p = problems.at(s.type);
    p.addAll(s.spanProblems);
    // a `…Seconds` option given by its typed name is reported under that name (its bounds were checked with it)
    const named = (field: string) => s.written[field] ?? field;
    const legacy = (field: string) => s.written[field] === undefined;
    validateCommon(s.options, p, named, legacy);
    if (s.type === 'rolling') {
      validateSurge(s.options.maxSurge, s.options.maxUnavailable, p);
      return;
    }
    const o = s.options as RolloutStrategyOptions;
    if (o.rollbackWindowRevisions !== undefined) {
      wholeNumber(p, 'rollbackWindowRevisions', o.rollbackWindowRevisions, 0);
    }
    if (s.type === 'blueGreen') {
      const bg = s.options;
      if (bg.autoPromotionSeconds !== undefined) {
        const field = named('autoPromotionSeconds');
        if (legacy('autoPromotionSeconds')) {
          wholeNumber(p, field, bg.autoPromotionSeconds, 1);
        }
        p.check(
          bg.autoPromotionEnabled !== false,
          field,
          bg.autoPromotionSeconds,
          'nothing when autoPromotionEnabled is false (Argo Rollouts ignores it)',
          `remove ${field} or autoPromotionEnabled: false`,
        );
      }
      if (bg.previewReplicaCount !== undefined) {
        wholeNumber(p, 'previewReplicaCount', bg.previewReplicaCount, 1);
      }
      for (const field of ['scaleDownDelaySeconds', 'abortScaleDownDelaySeconds'] as const) {
        if (bg[field] !== undefined && legacy(field)) {
          wholeNumber(p, field, bg[field]!, 0);
        }
      }
      (bg.prePromotionAnalysis ?? []).forEach((g, i) => {
        g._validate(p.at(`prePromotionAnalysis[${i}]`));
        // the preview Service receives no traffic before promotion: a success rate or latency of it is NaN
        p.check(
          !g.measuresTraffic,
          `prePromotionAnalysis[${i}]`,
          g.name,
          'gates that exercise the preview: AnalysisGate.smokeTest() (or your own AnalysisGate.query)',
          `the preview receives no traffic to measure: use AnalysisGate.smokeTest() before promotion, and move "${g.name}" to postPromotionAnalysis`,
        );
      });
      (bg.postPromotionAnalysis ?? []).forEach((g, i) => g._validate(p.at(`postPromotionAnalysis[${i}]`)));
      p.check(
        this.gates.length > 0,
        'prePromotionAnalysis',
        bg.prePromotionAnalysis ?? [],
        'at least one AnalysisGate in prePromotionAnalysis or postPromotionAnalysis',
        'add e.g. prePromotionAnalysis: [AnalysisGate.smokeTest()] or postPromotionAnalysis: [AnalysisGate.successRate()] so a bad version is rolled back automatically',
      );
      return;
    }
    const c = s.options;
    validateSurge(c.maxSurge, c.maxUnavailable, p);
    const steps = this.steps;
    if (c.steps !== undefined) {
      p.check(c.steps.length > 0, 'steps', [], 'at least one step', 'add steps, or omit `steps` for the default progression');
    }
    let weight = 0;
    steps.forEach((step, i) => {
      step._validate(p.at(`steps[${i}]`), weight, c.trafficRouting !== undefined);
      if (step.weight !== undefined && Number.isInteger(step.weight)) {
        weight = Math.max(weight, step.weight);
      }
    });
    if (c.analysis) {
      const a = p.at('analysis');
      a.check(c.analysis.gates.length > 0, 'gates', [], 'at least one AnalysisGate', 'add gates or remove `analysis`');
      c.analysis.gates.forEach((g, i) => {
        g._validate(a.at(`gates[${i}]`));
        a.check(
          !g.isActive,
          `gates[${i}]`,
          g.name,
          'gates that measure (background analysis runs for the whole rollout)',
          'run a smoke test in a CanaryStep.analysis step instead',
        );
      });
      if (c.analysis.startingStep !== undefined) {
        a.check(
          Number.isInteger(c.analysis.startingStep) && c.analysis.startingStep >= 0 && c.analysis.startingStep < steps.length,
          'startingStep',
          c.analysis.startingStep,
          `a step index 0-${steps.length - 1}`,
          'start the analysis at an existing step',
        );
      }
    }
    p.check(
      this.gates.length > 0,
      'analysis',
      c.analysis,
      'at least one AnalysisGate in `analysis.gates` or in a CanaryStep.analysis step',
      'add e.g. analysis: { gates: [AnalysisGate.successRate()] } so a bad version is rolled back automatically',
    );
    if (c.trafficRouting) {
      c.trafficRouting._validate(p.at('trafficRouting'));
    }
    if (c.dynamicStableScale) {
      p.check(
        c.trafficRouting !== undefined,
        'dynamicStableScale',
        true,
        'only with trafficRouting',
        'add trafficRouting or remove dynamicStableScale',
      );
    }
  }

  /** @internal Fields of a Deployment spec (rolling only). */
  public _toDeploymentSpec(): Pick<
    k8s.DeploymentSpec,
    'minReadySeconds' | 'progressDeadlineSeconds' | 'revisionHistoryLimit' | 'strategy'
  > {
    const o = this.spec.options as RollingOptions;
    return {
      minReadySeconds: o.minReadySeconds ?? 0,
      progressDeadlineSeconds: o.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS,
      revisionHistoryLimit: o.revisionHistoryLimit ?? 10,
      strategy: {
        type: 'RollingUpdate',
        rollingUpdate: {
          maxSurge: intOrString(k8s.IntOrString, o.maxSurge ?? DEFAULT_MAX_SURGE),
          maxUnavailable: intOrString(k8s.IntOrString, o.maxUnavailable ?? 0),
        },
      },
    };
  }

  /** @internal Fields of a Rollout spec (blue-green and canary). */
  public _toRolloutSpec(ctx: StrategyRenderContext): RolloutStrategyFields {
    const s = this.spec;
    const o = s.options as RolloutStrategyOptions;
    const common = {
      minReadySeconds: o.minReadySeconds ?? 0,
      progressDeadlineSeconds: o.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS,
      progressDeadlineAbort: o.abortOnProgressDeadline ?? true,
      revisionHistoryLimit: o.revisionHistoryLimit ?? 10,
      rollbackWindow: { revisions: o.rollbackWindowRevisions ?? 3 },
    };
    // every gate measures the workload's series (service label = its name) of the newest ReplicaSet
    const measured = ctx.serviceName ?? ctx.workloadName;
    // active gates (smoke tests) also get the Service of the version under test
    const refs = (gates: readonly AnalysisGate[] | undefined, target: string | undefined, background = false) =>
      gates && gates.length > 0
        ? {
            templates: gates.map((g) => ({ templateName: ctx.templateName(g, background) })),
            args: analysisArgs(
              measured,
              gates.some((g) => g.isActive) && target && ctx.firstServicePort !== undefined
                ? { service: target, port: ctx.firstServicePort }
                : undefined,
            ),
          }
        : undefined;
    if (s.type === 'blueGreen') {
      const bg = s.options;
      return {
        ...common,
        strategy: {
          blueGreen: {
            activeService: ctx.serviceName ?? ctx.workloadName,
            previewService: ctx.previewServiceName,
            autoPromotionEnabled: bg.autoPromotionEnabled ?? true,
            autoPromotionSeconds: bg.autoPromotionSeconds,
            previewReplicaCount: bg.previewReplicaCount,
            scaleDownDelaySeconds: bg.scaleDownDelaySeconds ?? 30,
            abortScaleDownDelaySeconds: bg.abortScaleDownDelaySeconds ?? 30,
            prePromotionAnalysis: refs(bg.prePromotionAnalysis, ctx.previewServiceName),
            postPromotionAnalysis: refs(bg.postPromotionAnalysis, ctx.serviceName),
          },
        },
      };
    }
    if (s.type === 'canary') {
      const c = s.options;
      const background = refs(c.analysis?.gates, undefined, true);
      return {
        ...common,
        strategy: {
          canary: {
            stableService: ctx.serviceName,
            canaryService: ctx.canaryServiceName,
            maxSurge: intOrString(RolloutSpecStrategyCanaryMaxSurge, c.maxSurge ?? DEFAULT_MAX_SURGE),
            maxUnavailable: intOrString(RolloutSpecStrategyCanaryMaxUnavailable, c.maxUnavailable ?? 0),
            dynamicStableScale: c.trafficRouting ? (c.dynamicStableScale ?? false) : undefined,
            analysis: background ? { ...background, startingStep: c.analysis?.startingStep } : undefined,
            steps: this.steps.map((step) =>
              step._toKube({
                templateName: ctx.templateName,
                measuredService: measured,
                target:
                  ctx.canaryServiceName && ctx.firstServicePort !== undefined
                    ? { service: ctx.canaryServiceName, port: ctx.firstServicePort }
                    : undefined,
              }),
            ),
            trafficRouting: c.trafficRouting?._toKube({ workloadName: ctx.workloadName, firstServicePort: ctx.firstServicePort }),
          },
        },
      };
    }
    throw new Error('a rolling strategy renders a Deployment, not a Rollout');
  }
}

/** The Rollout spec fields a strategy decides. */
export interface RolloutStrategyFields {
  readonly minReadySeconds: number;
  readonly progressDeadlineSeconds: number;
  readonly progressDeadlineAbort: boolean;
  readonly revisionHistoryLimit: number;
  readonly rollbackWindow: { readonly revisions: number };
  readonly strategy: RolloutSpecStrategy;
}

interface IntOrStringClass<T> {
  fromNumber(value: number): T;
  fromString(value: string): T;
}

function intOrString<T>(cls: IntOrStringClass<T>, value: PercentOrCount): T {
  return typeof value === 'number' ? cls.fromNumber(value) : cls.fromString(value);
}

function validateCommon(o: CommonStrategyOptions, p: Problems, named: (field: string) => string, legacy: (field: string) => boolean): void {
  if (o.minReadySeconds !== undefined && legacy('minReadySeconds')) {
    wholeNumber(p, 'minReadySeconds', o.minReadySeconds, 0);
  }
  if (o.progressDeadlineSeconds !== undefined && legacy('progressDeadlineSeconds')) {
    wholeNumber(p, 'progressDeadlineSeconds', o.progressDeadlineSeconds, 1);
  }
  if (o.revisionHistoryLimit !== undefined) {
    wholeNumber(p, 'revisionHistoryLimit', o.revisionHistoryLimit, 0);
  }
  const minReady = o.minReadySeconds ?? 0;
  const deadline = o.progressDeadlineSeconds ?? DEFAULT_PROGRESS_DEADLINE_SECONDS;
  if (Number.isInteger(minReady) && Number.isInteger(deadline) && deadline <= minReady) {
    p.add(
      named('progressDeadlineSeconds'),
      deadline,
      `more than ${named('minReadySeconds')} (${minReady}s)`,
      `raise ${named('progressDeadlineSeconds')} or lower ${named('minReadySeconds')}`,
    );
  }
}

function validateSurge(maxSurge: PercentOrCount | undefined, maxUnavailable: PercentOrCount | undefined, p: Problems): void {
  const surge = percentOrCount(p, 'maxSurge', maxSurge ?? DEFAULT_MAX_SURGE);
  const unavailable = percentOrCount(p, 'maxUnavailable', maxUnavailable ?? 0);
  if (surge === 0 && unavailable === 0) {
    p.add(
      'maxSurge',
      maxSurge ?? DEFAULT_MAX_SURGE,
      'more than 0 when maxUnavailable is 0',
      'allow at least one extra pod (e.g. maxSurge: 1) so the update can progress',
    );
  }
}

/** The magnitude of a percent-or-count (percent as-is), or undefined when invalid. */
function percentOrCount(p: Problems, field: string, value: PercentOrCount): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    return value;
  }
  if (typeof value === 'string') {
    const m = /^([0-9]+)%$/.exec(value);
    if (m && Number(m[1]) <= 100) {
      return Number(m[1]);
    }
  }
  p.add(field, value, 'a whole number of pods >= 0 or a percentage "0%"-"100%"', `use e.g. 1 or "25%"`);
  return undefined;
}

function wholeNumber(p: Problems, field: string, value: number, min: number): void {
  p.check(Number.isInteger(value) && value >= min, field, value, `a whole number >= ${min}`, `set ${field} to ${min} or more`);
}
