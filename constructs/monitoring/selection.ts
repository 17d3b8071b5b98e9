import { ApiObject, JsonPatch } from 'cdk8s';
import type { PodSelection } from '../core/network-policy';

export { MANAGED_BY_LABELS } from '../core/checks';
export type { PodSelection } from '../core/network-policy';

/** The label whose value names the monitoring stack that picks an object up. */
export const STACK_LABEL = 'monitoring.kubeship.dev/stack';

/**
 * What a monitored object needs to know about the monitoring stack: the labels its Prometheus
 * selects ServiceMonitors, PodMonitors and PrometheusRules by, and the labels added to every
 * scraped series. Implemented by the cdk8s `MonitoringStack` and the Pulumi `MonitoringStack`.
 */
export interface IMonitoringStack {
  /** Labels the Prometheus selectors match (put them on ServiceMonitors, PodMonitors, PrometheusRules). */
  readonly selectorLabels: Record<string, string>;
  /** Target labels added to every series scraped through the stack's monitors (`environment`, `cluster`). */
  readonly targetLabels: Record<string, string>;
  /** Scrape interval in seconds (rate windows must be at least twice this). */
  readonly scrapeIntervalSeconds: number;
  /**
   * The stack's Prometheus pods, which a monitored workload's NetworkPolicy admits to its metrics
   * port. @default - unknown: a monitored workload admits no scraper (set it, or Prometheus cannot scrape)
   */
  readonly prometheusPods?: PodSelection;
}

/** The selector labels of the stack named `name`. */
export function stackSelectorLabels(name: string): Record<string, string> {
  return { [STACK_LABEL]: name };
}

/** Relabelings that write fixed target labels (`environment`, `cluster`) onto every scraped series. */
export function targetLabelRelabelings(
  labels: Record<string, string>,
): Array<{ action: 'replace'; targetLabel: string; replacement: string }> {
  return Object.entries(labels)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([targetLabel, replacement]) => ({ action: 'replace' as const, targetLabel, replacement }));
}

/**
 * Drops the namespace a chart gives every object from a cluster-scoped one (ClusterRole,
 * CustomResourceDefinition), so both front doors emit the same clean object.
 */
export function clusterScoped<T extends ApiObject>(object: T): T {
  if (object.metadata.namespace !== undefined) {
    object.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
  }
  return object;
}
