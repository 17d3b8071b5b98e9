import { ApiObjectMetadata, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct, IConstruct } from 'constructs';
import { INT32_MAX, isCount } from '../core/checks';
import { isDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { ResolvedScalingRules, resolveScalingRules, ScalingRules, validateScalingRules } from './behavior';
import { ScalingMetric } from './metric';

/** What an autoscaler points at (`scaleTargetRef`). */
export interface ScaleTargetRef {
  /** The target's `apiVersion` (`apps/v1`, `argoproj.io/v1alpha1`). */
  readonly apiVersion: string;
  /** The target's kind (`Deployment`, `Rollout`). */
  readonly kind: string;
  /** The target's name. */
  readonly name: string;
}

/**
 * Something an `Autoscaler` can scale: a Deployment or an Argo Rollouts `Rollout` (both expose the
 * `/scale` subresource). A workload that is scaled must not pin its own replica count.
 */
export interface IScalable extends IConstruct {
  /** The `scaleTargetRef` of the HPA. */
  readonly scaleTargetRef: ScaleTargetRef;
  /** Namespace of the target, when set explicitly. */
  readonly namespace?: string;
  /** Labels to put on the HPA. */
  readonly labels: Record<string, string>;
  /**
   * Called by the autoscaler once; the target drops its fixed replicas and adjusts what depends
   * on the minimum replica count (e.g. its PodDisruptionBudget).
   */
  attachAutoscaler(autoscaler: Autoscaler): void;
}

/** Options of an autoscaler, without its target (see `WorkloadProps.autoscaling`). */
export interface AutoscalingOptions {
  /** The most replicas the HPA may run. */
  readonly maxReplicas: number;
  /**
   * The fewest replicas. 2 keeps a replica serving while another is replaced or evicted.
   *
   * @default 2
   */
  readonly minReplicas?: number;
  /**
   * What to scale on.
   *
   * @default [ScalingMetric.cpuUtilization(70)]
   */
  readonly metrics?: ScalingMetric[];
  /**
   * How fast to add pods.
   *
   * @default - the Kubernetes defaults, rendered explicitly: no stabilization, 100% or 4 pods per 15 s
   */
  readonly scaleUp?: ScalingRules;
  /**
   * How fast to remove pods.
   *
   * @default - the Kubernetes defaults, rendered explicitly: 300 s stabilization, 100% per 15 s
   */
  readonly scaleDown?: ScalingRules;
}

/** Props of `Autoscaler`. */
export interface AutoscalerProps extends AutoscalingOptions {
  /** The Deployment or Rollout to scale. */
  readonly target: IScalable;
  /**
   * Name of the HorizontalPodAutoscaler.
   *
   * @default - the target's name
   */
  readonly name?: string;
}

/** Default metric of an autoscaler: 70% of the CPU request. */
export const DEFAULT_TARGET_CPU_UTILIZATION = 70;

/**
 * A HorizontalPodAutoscaler (autoscaling/v2) for a workload. The HPA computes
 * `desiredReplicas = ceil(currentReplicas * currentMetric / targetMetric)` for each metric, takes
 * the largest, clamps it to `[minReplicas, maxReplicas]`, and limits the speed of change by the
 * `scaleUp` / `scaleDown` behavior. The target stops declaring `replicas`, so re-applying the
 * manifests never resets what the HPA chose.
 *
 * @example
 * new Autoscaler(chart, 'web-hpa', {
 *   target: web,
 *   minReplicas: 2,
 *   maxReplicas: 10,
 *   metrics: [ScalingMetric.cpuUtilization(70)],
 *   scaleDown: { stabilizationWindow: '5m', policies: [{ type: 'Pods', value: 1, period: '1m' }] },
 * });
 * @see https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/
 */
export class Autoscaler extends Construct {
  /** The HPA's name. */
  public readonly name: string;
  /** The fewest replicas it keeps (defaults resolved, as every field below). */
  public readonly minReplicas: number;
  /** The most replicas it sets. */
  public readonly maxReplicas: number;
  /** What it scales on. */
  public readonly metrics: readonly ScalingMetric[];
  /** How fast it adds replicas. */
  public readonly scaleUp: ResolvedScalingRules;
  /** How fast it removes replicas. */
  public readonly scaleDown: ResolvedScalingRules;
  /** The workload it scales. */
  public readonly target: IScalable;

  constructor(scope: Construct, id: string, props: AutoscalerProps) {
    super(scope, id);
    this.target = props.target;
    this.name = props.name ?? props.target.scaleTargetRef.name;
    const resolved = resolveAutoscaling(props);
    this.minReplicas = resolved.minReplicas;
    this.maxReplicas = resolved.maxReplicas;
    this.metrics = resolved.metrics;
    this.scaleUp = resolved.scaleUp;
    this.scaleDown = resolved.scaleDown;

    const problems = Problems.root();
    validateAutoscaling(props, problems);
    problems.check(isDnsLabel(this.name, 253), 'name', this.name, 'a lowercase DNS name', 'name the autoscaler like its workload');
    this.node.addValidation({ validate: () => problems.messages() });
    if (!problems.isEmpty) {
      return;
    }

    props.target.attachAutoscaler(this);
    const metadata: ApiObjectMetadata = { name: this.name, namespace: props.target.namespace, labels: props.target.labels };
    new k8s.KubeHorizontalPodAutoscalerV2(this, 'Resource', {
      metadata,
      spec: Lazy.any({ produce: () => this.renderSpec() }),
    });
  }

  private renderSpec(): k8s.HorizontalPodAutoscalerSpecV2 {
    const rules = (r: ResolvedScalingRules) => ({
      stabilizationWindowSeconds: r.stabilizationWindowSeconds,
      selectPolicy: r.selectPolicy,
      policies: r.policies.map((policy) => ({ type: policy.type, value: policy.value, periodSeconds: policy.periodSeconds })),
    });
    return {
      scaleTargetRef: { ...this.target.scaleTargetRef },
      minReplicas: this.minReplicas,
      maxReplicas: this.maxReplicas,
      metrics: this.metrics.map((m) => m._toKube()),
      behavior: { scaleUp: rules(this.scaleUp), scaleDown: rules(this.scaleDown) },
    };
  }
}

/** Replicas an HPA keeps at least, unless `minReplicas` says otherwise (two: one can fail). */
export const DEFAULT_MIN_REPLICAS = 2;

/** Autoscaling options with every default applied: the one place the defaults live. */
export interface ResolvedAutoscalingOptions {
  /** The fewest replicas. */
  readonly minReplicas: number;
  /** The most replicas (required, no default). */
  readonly maxReplicas: number;
  /** What it scales on. */
  readonly metrics: readonly ScalingMetric[];
  /** How fast it adds replicas. */
  readonly scaleUp: ResolvedScalingRules;
  /** How fast it removes replicas. */
  readonly scaleDown: ResolvedScalingRules;
}

/** The options with their defaults (pure; values are not checked: `validateAutoscaling` does that). */
export function resolveAutoscaling(options: AutoscalingOptions): ResolvedAutoscalingOptions {
  return {
    minReplicas: options.minReplicas ?? DEFAULT_MIN_REPLICAS,
    maxReplicas: options.maxReplicas,
    metrics: options.metrics ?? [ScalingMetric.cpuUtilization(DEFAULT_TARGET_CPU_UTILIZATION)],
    scaleUp: resolveScalingRules('scaleUp', options.scaleUp),
    scaleDown: resolveScalingRules('scaleDown', options.scaleDown),
  };
}

/** Checks autoscaling options (everything but the target); pure, for use in config validation. */
export function validateAutoscaling(options: AutoscalingOptions, p: Problems): void {
  const min = options.minReplicas ?? DEFAULT_MIN_REPLICAS;
  const max = options.maxReplicas;
  const minOk = p.check(
    isCount(min, 1),
    'minReplicas',
    min,
    `a whole number from 1 to ${INT32_MAX}`,
    'set minReplicas to 1 or more (2 or more for availability)',
  );
  const maxOk = p.check(
    isCount(max, 1),
    'maxReplicas',
    max,
    `a whole number from 1 to ${INT32_MAX} (an int32 field)`,
    'set maxReplicas to the most replicas the workload may run',
  );
  if (minOk && maxOk && min > max) {
    p.add('minReplicas', min, `at most maxReplicas (${max})`, 'lower minReplicas or raise maxReplicas');
  }
  if (options.metrics !== undefined && !Array.isArray(options.metrics)) {
    p.add('metrics', options.metrics, 'a list of ScalingMetric', 'write metrics: [ScalingMetric.cpuUtilization(70)]');
  } else if (options.metrics !== undefined) {
    p.check(options.metrics.length > 0, 'metrics', [], 'at least one metric', 'add e.g. ScalingMetric.cpuUtilization(70), or omit metrics');
  }
  (Array.isArray(options.metrics) ? options.metrics : []).forEach((m, i) => {
    // a plain object (from JavaScript or a config layer) instead of a ScalingMetric is a problem, not a TypeError
    if (typeof (m as Partial<ScalingMetric> | undefined)?._validate !== 'function') {
      p.add(
        `metrics[${i}]`,
        m,
        'a ScalingMetric: ScalingMetric.cpuUtilization(70), .memoryUtilization(80), .memoryAverageValue("512Mi"), .pods(...) or .external(...)',
        'build the metric with ScalingMetric',
      );
      return;
    }
    m._validate(p.at(`metrics[${i}]`));
  });
  validateScalingRules(options.scaleUp, p.at('scaleUp'));
  validateScalingRules(options.scaleDown, p.at('scaleDown'));
}
