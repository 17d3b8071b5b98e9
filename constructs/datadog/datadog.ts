import { Construct } from 'constructs';
import { MANAGED_BY_LABELS } from '../core/checks';
import { isDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { DatadogMonitor, DatadogMonitorSpecType } from '../imports/datadog-monitor-datadoghq.com';
import { DatadogMonitorOptions, datadogMonitorSpecs, DatadogMonitorSpecification, validateDatadogMonitors } from './monitors';

/** Props of `DatadogMonitors`. */
export interface DatadogMonitorsProps extends DatadogMonitorOptions {
  /** Namespace of the DatadogMonitor objects (the Datadog Operator must watch it). @default - the chart's */
  readonly namespace?: string;
}

/**
 * The deployment and service alerts as `DatadogMonitor` objects (datadoghq.com/v1alpha1, Datadog
 * Operator v1.29.0) for Datadog as a second monitoring target beside Prometheus: the Datadog
 * Operator creates the monitors through the Datadog API. Multi-alert monitors per Rollout,
 * Deployment or service, the same severities (critical: priority 1, warning: priority 3), the
 * handles of the roles that take each severity in the message.
 */
export class DatadogMonitors extends Construct {
  /** The monitors, as rendered. */
  public readonly monitors: readonly DatadogMonitorSpecification[];

  constructor(scope: Construct, id: string, props: DatadogMonitorsProps) {
    super(scope, id);
    const p = Problems.root();
    validateDatadogMonitors(props, p);
    // the objects are named kubeship-<environment>-<alert>
    p.check(
      isDnsLabel(props.environment, 40),
      'environment',
      props.environment,
      'a lowercase DNS label of at most 40 characters (it names the objects)',
      'name the environment like "prod"',
    );
    if (props.namespace !== undefined) {
      p.check(
        isDnsLabel(props.namespace),
        'namespace',
        props.namespace,
        'a namespace name',
        'name the namespace the Datadog Operator watches',
      );
    }
    this.node.addValidation({ validate: () => p.messages() });
    this.monitors = p.isEmpty ? datadogMonitorSpecs(props) : [];
    for (const m of this.monitors) {
      new DatadogMonitor(this, m.id, {
        metadata: { name: m.id, namespace: props.namespace, labels: { ...MANAGED_BY_LABELS } },
        spec: {
          name: m.name,
          type: DatadogMonitorSpecType.QUERY_ALERT,
          query: m.query,
          message: m.message,
          priority: m.priority,
          tags: m.tags,
          options: {
            thresholds: { critical: String(m.threshold) },
            includeTags: true,
            notifyNoData: false,
            requireFullWindow: false,
          },
        },
      });
    }
  }
}
