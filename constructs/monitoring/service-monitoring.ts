import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { DurationInput, DURATION_ALLOWED, durationSeconds, formatDuration } from '../core/duration';
import { Problems } from '../core/problems';
import { POD_TEMPLATE_HASH_LABEL } from '../core/checks';
import { PodMonitor, PodMonitorSpecPodMetricsEndpointsRelabelingsAction } from '../imports/prom-podmonitor-monitoring.coreos.com';
import { ServiceMonitor, ServiceMonitorSpecEndpointsRelabelingsAction } from '../imports/prom-servicemonitor-monitoring.coreos.com';
import { AlertRules } from './alert-rules';
import { IMonitoringStack, MANAGED_BY_LABELS, targetLabelRelabelings } from './selection';
import { serviceAlertGroup, ServiceAlertOptions, validateServiceAlertOptions } from './service-alerts';

/** How a workload is scraped and alerted on. */
export interface WorkloadMonitoringOptions {
  /** The monitoring stack whose Prometheus scrapes the workload and loads its alerts. */
  readonly stack: IMonitoringStack;
  /**
   * Name of the port serving metrics.
   *
   * @default - the workload's first port
   */
  readonly port?: string;
  /** @default '/metrics' */
  readonly path?: string;
  /**
   * Scrape interval of this workload.
   *
   * @default - the stack's scrape interval
   */
  readonly interval?: DurationInput;
  /**
   * Scrape the pods directly with a PodMonitor instead of through the Services (ServiceMonitor).
   * A workload without Services and a Rollout always use a PodMonitor: a Rollout's Services
   * (stable and canary, active and preview) select the same pods whenever no rollout is under
   * way, so a ServiceMonitor would scrape every pod twice; the PodMonitor scrapes each pod once
   * and copies its `rollouts-pod-template-hash` label, by which the analysis gates tell the new
   * version's pods from the old.
   *
   * @default false
   */
  readonly podMonitor?: boolean;
  /**
   * Error-rate and latency alerts on the primary Service's traffic; `false` for none.
   *
   * @default - the defaults of `ServiceAlertOptions`
   */
  readonly alerts?: ServiceAlertOptions | false;
}

/** What `ServiceMonitoring` needs of a workload (a `Workload` is one). */
export interface MonitoredTarget {
  /** The workload's name (the `workload` label of its alerts). */
  readonly name: string;
  /** Its namespace. @default - the chart's */
  readonly namespace?: string;
  /** The labels that select its pods. */
  readonly selectorLabels: Record<string, string>;
  /** Its named ports: the metrics port must be one of them. */
  readonly ports: readonly {
    /** The port's name. */
    readonly name: string;
  }[];
  /** The primary Service; absent when the workload has no Services. */
  readonly serviceName?: string;
  /**
   * An Argo Rollout: its pods carry `rollouts-pod-template-hash`, and its Services follow
   * ReplicaSets (stable/canary, active/preview select the same pods once a rollout is over).
   */
  readonly usesRollout?: boolean;
}

/** Props of `ServiceMonitoring`. */
export interface ServiceMonitoringProps extends WorkloadMonitoringOptions {
  /** The workload watched. */
  readonly target: MonitoredTarget;
}

/**
 * Scraping and alerts of one workload: a ServiceMonitor selecting all of its Services (so the
 * canary and preview Services get their own `service` label, which the analysis gates query),
 * or a PodMonitor, labelled for the stack's Prometheus; and a PrometheusRule with its error-rate
 * and latency alerts, which watch the primary Service (production traffic).
 *
 * Usually created through `WorkloadProps.monitoring`.
 */
export class ServiceMonitoring extends Construct {
  /** The Prometheus job label value of the workload's series. */
  public readonly job: string;

  constructor(scope: Construct, id: string, props: ServiceMonitoringProps) {
    super(scope, id);
    const { target, stack } = props;
    const problems = Problems.root('monitoring');
    const usePods = props.podMonitor === true || target.serviceName === undefined || target.usesRollout === true;
    const port = props.port ?? target.ports[0]?.name;
    if (target.ports.length === 0) {
      problems.add('port', props.port, 'a workload with at least one port', 'add the port that serves /metrics to `ports`');
    } else {
      problems.check(
        target.ports.some((p) => p.name === port),
        'port',
        port,
        `one of the workload's ports: ${target.ports.map((p) => p.name).join(', ')}`,
        'name the port that serves metrics',
      );
    }
    const path = props.path ?? '/metrics';
    problems.check(typeof path === 'string' && path.startsWith('/'), 'path', path, 'an absolute URL path', 'use e.g. "/metrics"');
    const intervalSeconds = props.interval === undefined ? stack.scrapeIntervalSeconds : durationSeconds(props.interval);
    problems.check(
      intervalSeconds !== undefined && intervalSeconds >= 1,
      'interval',
      props.interval,
      DURATION_ALLOWED,
      'write the scrape interval, e.g. "30s"',
    );
    if (props.alerts) {
      validateServiceAlertOptions(props.alerts, problems.at('alerts'), intervalSeconds ?? stack.scrapeIntervalSeconds);
    }
    this.node.addValidation({ validate: () => problems.messages() });
    this.job = target.name;
    if (!problems.isEmpty) {
      return;
    }

    const interval = formatDuration(intervalSeconds!);
    const metadata = {
      name: target.name,
      namespace: target.namespace,
      labels: { ...MANAGED_BY_LABELS, ...target.selectorLabels, ...stack.selectorLabels },
    };
    const relabel = targetLabelRelabelings(stack.targetLabels);
    if (usePods) {
      new PodMonitor(this, 'PodMonitor', {
        metadata,
        spec: {
          selector: { matchLabels: { ...target.selectorLabels } },
          podTargetLabels: target.usesRollout ? [POD_TEMPLATE_HASH_LABEL] : undefined,
          podMetricsEndpoints: [
            {
              port,
              path,
              interval,
              relabelings: [
                // the `service` label a ServiceMonitor of the primary Service would give, so alerts and gates work alike
                {
                  action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE,
                  targetLabel: 'service',
                  replacement: target.serviceName ?? target.name,
                },
                { action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: target.name },
                ...relabel.map((r) => ({ ...r, action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE })),
              ],
            },
          ],
        },
      });
    } else {
      new ServiceMonitor(this, 'ServiceMonitor', {
        metadata,
        spec: {
          selector: { matchLabels: { ...target.selectorLabels } },
          endpoints: [
            {
              port,
              path,
              interval,
              relabelings: [
                { action: ServiceMonitorSpecEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: target.name },
                ...relabel.map((r) => ({ ...r, action: ServiceMonitorSpecEndpointsRelabelingsAction.REPLACE })),
              ],
            },
          ],
        },
      });
    }
    if (props.alerts !== false) {
      new AlertRules(this, 'Alerts', {
        name: `${target.name}-alerts`,
        namespace: target.namespace,
        selectorLabels: stack.selectorLabels,
        labels: target.selectorLabels,
        groups: [
          serviceAlertGroup(
            {
              service: target.serviceName ?? target.name,
              namespace: target.namespace ?? Chart.of(this).namespace,
              workload: target.name,
            },
            props.alerts ?? {},
          ),
        ],
      });
    }
  }
}
