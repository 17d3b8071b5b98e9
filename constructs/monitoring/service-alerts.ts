import { DurationInput, DURATION_ALLOWED, durationSeconds, formatDuration } from '../core/duration';
import { checkMetricName, checkUrl } from '../core/checks';
import { Problems } from '../core/problems';
import {
  AlertOverride,
  AlertRule,
  applyOverrides,
  checkLabels,
  DEFAULT_RUNBOOK_BASE_URL,
  RuleGroup,
  selector,
  Severity,
  WORKLOAD_LABEL,
  validateOverrides,
} from './rules';
import { isRoleSeverity } from '../core/severity';

/** Names of the per-service alerts. */
export const SERVICE_ALERTS = ['ServiceHighErrorRate', 'ServiceHighLatency'] as const;

/**
 * Options of a service's alerts. Metric names default to the ones the analysis gates use
 * (`http_requests_total` with a `code` label, `http_request_duration_seconds` histogram), so the
 * alerts and the canary analysis judge the same numbers.
 */
export interface ServiceAlertOptions {
  /** @default 'http_requests_total' */
  readonly requestsMetric?: string;
  /** @default 'code' */
  readonly statusLabel?: string;
  /** @default 'http_request_duration_seconds' */
  readonly histogramMetric?: string;
  /**
   * Error ratio (5xx / all requests) above which `ServiceHighErrorRate` fires.
   *
   * @default 0.05
   */
  readonly maxErrorRatio?: number;
  /**
   * Latency quantile and its limit in seconds for `ServiceHighLatency`.
   *
   * @default - p99 at most 1 second
   */
  readonly latency?: {
    /** The percentile, e.g. 0.99. */
    readonly quantile?: number;
    /** The limit, in seconds. */
    readonly maxSeconds?: number;
  };
  /**
   * Range of the `rate()` windows. At least twice the scrape interval.
   *
   * @default '5m'
   */
  readonly rateWindow?: DurationInput;
  /**
   * Severity of `ServiceHighErrorRate`.
   *
   * @default 'critical'
   */
  readonly errorRateSeverity?: Severity;
  /** @default DEFAULT_RUNBOOK_BASE_URL */
  readonly runbookBaseUrl?: string;
  /** Labels added to both alerts (e.g. `team`). @default - none */
  readonly labels?: Record<string, string>;
  /** Per-alert changes keyed by alert name. @default - none */
  readonly overrides?: Record<string, AlertOverride>;
}

/** The service the alerts watch: the labels Prometheus puts on its scraped series. */
export interface WatchedService {
  /** Value of the `service` target label (the Kubernetes Service name). */
  readonly service: string;
  /** Value of the `namespace` target label; omitted matches every namespace. */
  readonly namespace?: string;
  /**
   * The workload serving it, written as the `workload` label on its alerts so a failure of that
   * workload inhibits them (`WORKLOAD_LABEL`). @default - no workload label
   */
  readonly workload?: string;
}

/** Records every problem of service alert options; `scrapeIntervalSeconds` bounds the rate window. */
export function validateServiceAlertOptions(options: ServiceAlertOptions, p: Problems, scrapeIntervalSeconds = 30): void {
  for (const field of ['requestsMetric', 'statusLabel', 'histogramMetric'] as const) {
    if (options[field] !== undefined) {
      checkMetricName(p, field, options[field]);
    }
  }
  if (options.maxErrorRatio !== undefined) {
    p.check(
      typeof options.maxErrorRatio === 'number' && options.maxErrorRatio > 0 && options.maxErrorRatio < 1,
      'maxErrorRatio',
      options.maxErrorRatio,
      'a ratio greater than 0 and less than 1 (0.05 = 5%)',
      'write the error budget as a fraction, e.g. 0.05',
    );
  }
  const quantile = options.latency?.quantile;
  if (quantile !== undefined) {
    p.check(
      typeof quantile === 'number' && quantile > 0 && quantile < 1,
      'latency.quantile',
      quantile,
      'a quantile greater than 0 and less than 1 (0.99 = p99)',
      'use e.g. 0.95 or 0.99',
    );
  }
  const maxSeconds = options.latency?.maxSeconds;
  if (maxSeconds !== undefined) {
    p.check(
      typeof maxSeconds === 'number' && maxSeconds > 0,
      'latency.maxSeconds',
      maxSeconds,
      'a positive number of seconds',
      'write the latency limit in seconds, e.g. 0.5 for 500 ms',
    );
  }
  if (options.rateWindow !== undefined) {
    const seconds = durationSeconds(options.rateWindow);
    p.check(
      seconds !== undefined && seconds >= 2 * scrapeIntervalSeconds,
      'rateWindow',
      options.rateWindow,
      `at least twice the scrape interval (${formatDuration(2 * scrapeIntervalSeconds)}), as ${DURATION_ALLOWED}`,
      'use a window of a few scrape intervals, e.g. "5m"',
    );
  }
  if (options.errorRateSeverity !== undefined) {
    p.check(
      isRoleSeverity(options.errorRateSeverity),
      'errorRateSeverity',
      options.errorRateSeverity,
      'critical, warning or info',
      'use critical to page, warning for a ticket',
    );
  }
  if (options.runbookBaseUrl !== undefined) {
    checkUrl(p, 'runbookBaseUrl', options.runbookBaseUrl);
  }
  checkLabels(p, 'labels', options.labels);
  validateOverrides(p, options.overrides, SERVICE_ALERTS);
}

/** The service alerts' thresholds unless the options say otherwise (the Datadog monitors use the same). */
export const SERVICE_ALERT_DEFAULTS = {
  /** The largest share of 5xx answers: 5%. */
  maxErrorRatio: 0.05,
  /** The latency percentile watched: p99. */
  latencyQuantile: 0.99,
  /** The limit of that percentile: 1 second. */
  latencyMaxSeconds: 1,
  /** The severity of the error-rate alert. */
  errorRateSeverity: 'critical',
} as const;

/**
 * The error-rate and latency alerts of one service (pure). Call `validateServiceAlertOptions`
 * first; this function assumes valid options.
 */
export function serviceAlertGroup(target: WatchedService, options: ServiceAlertOptions = {}): RuleGroup {
  const requests = options.requestsMetric ?? 'http_requests_total';
  const status = options.statusLabel ?? 'code';
  const histogram = options.histogramMetric ?? 'http_request_duration_seconds';
  const maxErrorRatio = options.maxErrorRatio ?? SERVICE_ALERT_DEFAULTS.maxErrorRatio;
  const quantile = options.latency?.quantile ?? SERVICE_ALERT_DEFAULTS.latencyQuantile;
  const maxSeconds = options.latency?.maxSeconds ?? SERVICE_ALERT_DEFAULTS.latencyMaxSeconds;
  const window = formatDuration(durationSeconds(options.rateWindow ?? '5m')!);
  const base = (options.runbookBaseUrl ?? DEFAULT_RUNBOOK_BASE_URL).replace(/\/+$/, '');
  const scope = [target.namespace === undefined ? undefined : `namespace="${target.namespace}"`, `service="${target.service}"`];
  const percent = `${Math.round(maxErrorRatio * 10000) / 100}%`;
  const p = `p${Math.round(quantile * 1000) / 10}`;
  const workload: Record<string, string> = target.workload === undefined ? {} : { [WORKLOAD_LABEL]: target.workload };
  const rules: AlertRule[] = [
    {
      alert: 'ServiceHighErrorRate',
      expr:
        `sum by (namespace, service) (rate(${requests}${selector(...scope, `${status}=~"5.."`)}[${window}]))\n  /\n` +
        `sum by (namespace, service) (rate(${requests}${selector(...scope)}[${window}]))\n  > ${maxErrorRatio}`,
      for: '5m',
      labels: { severity: options.errorRateSeverity ?? SERVICE_ALERT_DEFAULTS.errorRateSeverity, ...workload },
      annotations: {
        summary: 'A service answers too many requests with server errors.',
        description: `{{ $labels.namespace }}/{{ $labels.service }}: {{ $value | humanizePercentage }} of requests failed with 5xx over ${window} (limit ${percent}).`,
        runbook_url: `${base}/servicehigherrorrate.md`,
      },
    },
    {
      alert: 'ServiceHighLatency',
      expr: `histogram_quantile(${quantile}, sum by (namespace, service, le) (rate(${histogram}_bucket${selector(...scope)}[${window}])))\n  > ${maxSeconds}`,
      for: '10m',
      labels: { severity: 'warning', ...workload },
      annotations: {
        summary: 'A service is slower than its latency objective.',
        description: `{{ $labels.namespace }}/{{ $labels.service }}: ${p} latency is {{ $value | humanizeDuration }} over ${window} (limit ${maxSeconds}s).`,
        runbook_url: `${base}/servicehighlatency.md`,
      },
    },
  ];
  return { name: `kubeship-service-${target.service}`, rules: applyOverrides(rules, options) };
}
