/**
 * How the Datadog Agent's OpenMetrics check (OpenMetrics V2, `openmetrics_endpoint`) names the
 * series it scrapes from a Prometheus `/metrics` endpoint, so monitors can query what the Agent
 * will actually send. From DataDog/integrations-core datadog_checks_base, checks/openmetrics/v2:
 *
 * - scraper.py parses the Prometheus text format with prometheus_client's parser, which names a
 *   counter family without its `_total` suffix (`http_requests_total` -> family `http_requests`);
 * - the check prefixes the instance's `namespace` and a dot;
 * - transformers/counter.py sends a counter's `_total` samples as `<family>.count` (monotonic count);
 * - transformers/histogram.py, with `collect_counters_with_distributions` (which implies
 *   `histogram_buckets_as_distributions`), sends the buckets as one distribution `<family>` (so
 *   `p99:` works on it) and `_sum` / `_count` as `<family>.sum` / `<family>.count`;
 * - a gauge keeps its name. Labels become tags `label:value` (Datadog lowercases tag values).
 *
 * Pure.
 */

/** A Prometheus metric family of an app, as exposed on `/metrics`. */
export type PrometheusMetricType = 'counter' | 'gauge' | 'histogram';

/** What the Agent's OpenMetrics instance is configured with for kubeship's apps (`autodiscoveryAnnotations`). */
export const OPENMETRICS_INSTANCE_OPTIONS = {
  /** Histograms' `_count` and `_sum` sent beside the distribution, so monitors can count requests. */
  collect_counters_with_distributions: true,
} as const;

/**
 * The Datadog metric the OpenMetrics check sends for a Prometheus series name (`http_requests_total`,
 * `http_request_duration_seconds_bucket`, `_sum`, `_count`, or a gauge), under `namespace`.
 */
export function datadogMetricName(series: string, type: PrometheusMetricType, namespace: string): string {
  switch (type) {
    case 'counter':
      return `${namespace}.${series.replace(/_total$/, '')}.count`;
    case 'histogram': {
      const [, family, part] = /^(.*?)(?:_(bucket|sum|count))?$/.exec(series)!;
      return part === 'sum' || part === 'count' ? `${namespace}.${family}.${part}` : `${namespace}.${family}`;
    }
    default:
      return `${namespace}.${series}`;
  }
}

/** Options of `autodiscoveryAnnotations`. */
export interface AutodiscoveryOptions {
  /** The container serving the metrics (the Workload's container has the Workload's name). */
  readonly container: string;
  /** Its metrics port number. */
  readonly port: number;
  /** @default '/metrics' */
  readonly path?: string;
  /** The metric namespace (prefix) in Datadog. */
  readonly namespace: string;
  /** Tags on every metric of the instance (e.g. `service:web`, `env:prod`). */
  readonly tags?: readonly string[];
}

/**
 * Pod annotations (Autodiscovery v2, Agent 7.36+) that make the Datadog Agent scrape the same
 * `/metrics` Prometheus does with the OpenMetrics check: every metric (`.*`), counters and
 * histograms as `datadogMetricName` names them. `%%host%%` is the pod IP the Agent fills in.
 */
export function autodiscoveryAnnotations(options: AutodiscoveryOptions): Record<string, string> {
  const instance = {
    openmetrics_endpoint: `http://%%host%%:${options.port}${options.path ?? '/metrics'}`,
    namespace: options.namespace,
    metrics: ['.*'],
    ...OPENMETRICS_INSTANCE_OPTIONS,
    ...(options.tags?.length ? { tags: [...options.tags] } : {}),
  };
  return { [`ad.datadoghq.com/${options.container}.checks`]: JSON.stringify({ openmetrics: { init_config: {}, instances: [instance] } }) };
}
