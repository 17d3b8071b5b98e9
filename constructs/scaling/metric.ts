import { k8s } from 'cdk8s-plus-27';
import { isLabelKey, isLabelValue } from '../core/names';
import { Problems } from '../core/problems';
import { parseQuantity, QUANTITY_ALLOWED } from '../core/quantity';

/** Target of a custom (Pods) or External metric: a total value or a per-pod average. */
export interface MetricValueTarget {
  /** Target of the metric's value (External only). */
  readonly value?: string;
  /** Target of the metric's value divided by the number of pods. */
  readonly averageValue?: string;
}

type Spec =
  | { readonly type: 'resource'; readonly resource: 'cpu' | 'memory'; readonly utilization?: number; readonly averageValue?: string }
  | { readonly type: 'pods'; readonly name: string; readonly averageValue: string; readonly selector?: Record<string, string> }
  | { readonly type: 'external'; readonly name: string; readonly target: MetricValueTarget; readonly selector?: Record<string, string> };

/**
 * A signal the HorizontalPodAutoscaler scales on. With several metrics the HPA takes the largest
 * replica count any of them asks for.
 *
 * @see https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/
 */
export class ScalingMetric {
  /** Average CPU usage as a percentage of the containers' CPU request. */
  public static cpuUtilization(percent: number): ScalingMetric {
    return new ScalingMetric({ type: 'resource', resource: 'cpu', utilization: percent });
  }

  /** Average memory usage as a percentage of the containers' memory request. */
  public static memoryUtilization(percent: number): ScalingMetric {
    return new ScalingMetric({ type: 'resource', resource: 'memory', utilization: percent });
  }

  /** Average memory usage per pod, e.g. `'400Mi'`. */
  public static memoryAverageValue(quantity: string): ScalingMetric {
    return new ScalingMetric({ type: 'resource', resource: 'memory', averageValue: quantity });
  }

  /**
   * A custom per-pod metric served by a custom metrics adapter (e.g. prometheus-adapter), such as
   * requests per second per pod: `ScalingMetric.pods('http_requests_per_second', '100')`.
   */
  public static pods(name: string, averageValue: string, selector?: Record<string, string>): ScalingMetric {
    return new ScalingMetric({ type: 'pods', name, averageValue, selector });
  }

  /** A metric from outside the cluster's objects (e.g. queue length) served by an external metrics adapter. */
  public static external(name: string, target: MetricValueTarget, selector?: Record<string, string>): ScalingMetric {
    return new ScalingMetric({ type: 'external', name, target, selector });
  }

  private constructor(private readonly spec: Spec) {}

  /** Whether the metric is computed against container resource requests. */
  public get usesRequests(): boolean {
    return this.spec.type === 'resource' && this.spec.utilization !== undefined;
  }

  /** @internal */
  public _validate(p: Problems): void {
    const s = this.spec;
    if (s.type === 'resource') {
      if (s.utilization !== undefined) {
        p.check(
          Number.isInteger(s.utilization) && s.utilization >= 1 && s.utilization <= 1000,
          `${s.resource}Utilization`,
          s.utilization,
          'a whole percentage of the request, 1-1000',
          'use e.g. 70 to keep pods at 70% of their request',
        );
      } else {
        p.check(
          parseQuantity(s.averageValue) !== undefined,
          `${s.resource}AverageValue`,
          s.averageValue,
          QUANTITY_ALLOWED,
          'use e.g. "400Mi"',
        );
      }
      return;
    }
    p.check(
      typeof s.name === 'string' && /^[a-zA-Z_:][a-zA-Z0-9_:.-]*$/.test(s.name),
      `${s.type}.name`,
      s.name,
      'a metric name as served by the metrics adapter',
      'name the metric',
    );
    if (s.type === 'pods') {
      p.check(parseQuantity(s.averageValue) !== undefined, 'pods.averageValue', s.averageValue, QUANTITY_ALLOWED, 'use e.g. "100"');
    } else {
      const set = [s.target.value, s.target.averageValue].filter((v) => v !== undefined);
      p.check(set.length === 1, 'external.target', s.target, 'exactly one of value or averageValue', 'keep one of the two');
      for (const v of set) {
        p.check(parseQuantity(v) !== undefined, 'external.target', v, QUANTITY_ALLOWED, 'use e.g. "30"');
      }
    }
    for (const [key, value] of Object.entries(s.selector ?? {})) {
      p.check(
        isLabelKey(key) && isLabelValue(value),
        `${s.type}.selector.${key}`,
        value,
        'a valid label key and value',
        'fix the selector label',
      );
    }
  }

  /** @internal */
  public _toKube(): k8s.MetricSpecV2 {
    const s = this.spec;
    const q = (v: string | undefined) => (v === undefined ? undefined : k8s.Quantity.fromString(v));
    if (s.type === 'resource') {
      return {
        type: 'Resource',
        resource: {
          name: s.resource,
          target:
            s.utilization !== undefined
              ? { type: 'Utilization', averageUtilization: s.utilization }
              : { type: 'AverageValue', averageValue: q(s.averageValue) },
        },
      };
    }
    const selector = s.selector ? { matchLabels: s.selector } : undefined;
    if (s.type === 'pods') {
      return {
        type: 'Pods',
        pods: { metric: { name: s.name, selector }, target: { type: 'AverageValue', averageValue: q(s.averageValue) } },
      };
    }
    return {
      type: 'External',
      external: {
        metric: { name: s.name, selector },
        target:
          s.target.value !== undefined
            ? { type: 'Value', value: q(s.target.value) }
            : { type: 'AverageValue', averageValue: q(s.target.averageValue) },
      },
    };
  }
}
