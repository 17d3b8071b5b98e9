import { Duration } from 'cdk8s';
import { DURATION_ALLOWED, DurationInput, durationSeconds, formatDuration } from '../core/duration';
import { Problems } from '../core/problems';
import { RolloutSpecStrategyCanarySteps, RolloutSpecStrategyCanaryStepsPauseDuration } from '../imports/argo-rollout-argoproj.io';
import { AnalysisGate, analysisArgs } from './analysis';

/** Options for `CanaryStep.setCanaryScale`: exactly one of the three. */
export interface CanaryScaleOptions {
  /** Canary pods as a percentage of the desired replicas (0-100). */
  readonly weight?: number;
  /** Canary pods as an absolute count. */
  readonly replicas?: number;
  /** Scale the canary to match the current traffic weight again. */
  readonly matchTrafficWeight?: boolean;
}

type StepSpec =
  | { readonly kind: 'setWeight'; readonly weight: number }
  | { readonly kind: 'pause'; readonly duration?: DurationInput }
  | { readonly kind: 'analysis'; readonly gates: readonly AnalysisGate[] }
  | { readonly kind: 'setCanaryScale'; readonly scale: CanaryScaleOptions };

/** What a step needs to render itself. */
export interface StepRenderContext {
  /** AnalysisTemplate name of a gate. */
  templateName(gate: AnalysisGate): string;
  /** The `service` label of the workload's series, which canary gates measure (with the newest pod-template hash). */
  readonly measuredService: string;
  /** The canary Service and port, for active gates (smoke tests). */
  readonly target?: { readonly service: string; readonly port: number };
}

/**
 * One step of a canary rollout. Steps run in order; after the last one the new version becomes
 * stable.
 *
 * @example
 * steps: [
 *   CanaryStep.setWeight(10),
 *   CanaryStep.pause('2m'),
 *   CanaryStep.analysis(AnalysisGate.successRate({ minimum: 0.99 })),
 *   CanaryStep.setWeight(50),
 *   CanaryStep.pause(),            // wait for `kubectl argo rollouts promote`
 * ]
 * @see https://argoproj.github.io/argo-rollouts/features/canary/
 */
export class CanaryStep {
  /** Send `weight`% of traffic (or of replicas, without traffic routing) to the new version. */
  public static setWeight(weight: number): CanaryStep {
    return new CanaryStep({ kind: 'setWeight', weight });
  }

  /** Wait for `duration`, or without a duration until the rollout is promoted by hand. */
  public static pause(duration?: DurationInput): CanaryStep {
    return new CanaryStep({ kind: 'pause', duration });
  }

  /** Run the gates and wait for their verdict; a failure aborts the rollout. */
  public static analysis(...gates: AnalysisGate[]): CanaryStep {
    return new CanaryStep({ kind: 'analysis', gates });
  }

  /** Scale the canary independently of its traffic weight (needs traffic routing). */
  public static setCanaryScale(scale: CanaryScaleOptions): CanaryStep {
    return new CanaryStep({ kind: 'setCanaryScale', scale });
  }

  private constructor(private readonly spec: StepSpec) {}

  /** The step's kind. */
  public get kind(): StepSpec['kind'] {
    return this.spec.kind;
  }

  /** The weight of a `setWeight` step. */
  public get weight(): number | undefined {
    return this.spec.kind === 'setWeight' ? this.spec.weight : undefined;
  }

  /** The gates of an `analysis` step. */
  public get gates(): readonly AnalysisGate[] {
    return this.spec.kind === 'analysis' ? this.spec.gates : [];
  }

  /** @internal */
  public _validate(problems: Problems, previousWeight: number, hasTrafficRouting: boolean): void {
    const s = this.spec;
    switch (s.kind) {
      case 'setWeight':
        problems.check(
          Number.isInteger(s.weight) && s.weight >= 1 && s.weight <= 100,
          'setWeight',
          s.weight,
          'a whole percentage 1-100',
          'use a weight such as 10, 25 or 50',
        );
        if (Number.isInteger(s.weight) && s.weight <= previousWeight) {
          problems.add(
            'setWeight',
            s.weight,
            `a weight greater than the previous one (${previousWeight})`,
            'make weights rise step by step, e.g. 10, 25, 50',
          );
        }
        return;
      case 'pause':
        if (s.duration !== undefined) {
          problems.check(
            durationSeconds(s.duration) !== undefined && durationSeconds(s.duration)! > 0,
            'pause.duration',
            describeDuration(s.duration),
            DURATION_ALLOWED + ', greater than 0',
            'use e.g. CanaryStep.pause("5m"), or CanaryStep.pause() to wait for a manual promotion',
          );
        }
        return;
      case 'analysis':
        problems.check(
          s.gates.length > 0,
          'analysis',
          [],
          'at least one AnalysisGate',
          'pass gates, e.g. CanaryStep.analysis(AnalysisGate.successRate())',
        );
        s.gates.forEach((g, i) => g._validate(problems.at(`analysis[${i}]`)));
        return;
      case 'setCanaryScale': {
        const set = (['weight', 'replicas', 'matchTrafficWeight'] as const).filter((k) => s.scale[k] !== undefined && s.scale[k] !== false);
        problems.check(
          set.length === 1,
          'setCanaryScale',
          s.scale,
          'exactly one of weight, replicas or matchTrafficWeight',
          'keep one of the three',
        );
        if (s.scale.weight !== undefined) {
          problems.check(
            Number.isInteger(s.scale.weight) && s.scale.weight >= 0 && s.scale.weight <= 100,
            'setCanaryScale.weight',
            s.scale.weight,
            'a whole percentage 0-100',
            'use e.g. 25',
          );
        }
        if (s.scale.replicas !== undefined) {
          problems.check(
            Number.isInteger(s.scale.replicas) && s.scale.replicas >= 0,
            'setCanaryScale.replicas',
            s.scale.replicas,
            'a whole number >= 0',
            'use e.g. 1',
          );
        }
        problems.check(
          hasTrafficRouting,
          'setCanaryScale',
          s.scale,
          'only with trafficRouting (without a router the weight is the scale)',
          'add trafficRouting (e.g. TrafficRouting.nginx(...)) or replace the step by setWeight',
        );
        return;
      }
    }
  }

  /** @internal */
  public _toKube(ctx: StepRenderContext): RolloutSpecStrategyCanarySteps {
    const s = this.spec;
    switch (s.kind) {
      case 'setWeight':
        return { setWeight: s.weight };
      case 'pause': {
        const seconds = s.duration === undefined ? undefined : durationSeconds(s.duration);
        return {
          pause: seconds === undefined ? {} : { duration: RolloutSpecStrategyCanaryStepsPauseDuration.fromString(formatDuration(seconds)) },
        };
      }
      case 'analysis':
        return {
          analysis: {
            templates: s.gates.map((g) => ({ templateName: ctx.templateName(g) })),
            args: analysisArgs(ctx.measuredService, s.gates.some((g) => g.isActive) ? ctx.target : undefined),
          },
        };
      case 'setCanaryScale':
        return { setCanaryScale: { ...s.scale } };
    }
  }
}

function describeDuration(d: DurationInput): unknown {
  return d instanceof Duration ? `${d.toSeconds()}s` : d;
}
