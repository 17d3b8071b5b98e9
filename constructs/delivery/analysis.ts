import { checkMetricName, POD_TEMPLATE_HASH_LABEL, POD_TEMPLATE_HASH_SERIES_LABEL } from '../core/checks';

export { POD_TEMPLATE_HASH_LABEL, POD_TEMPLATE_HASH_SERIES_LABEL };
import { DURATION_ALLOWED, DurationInput, durationSeconds, formatDuration, normalizeSpans } from '../core/duration';
import { isDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../core/pod-template';
import {
  AnalysisTemplateSpec,
  AnalysisTemplateSpecMetricsConsecutiveErrorLimit,
  AnalysisTemplateSpecMetricsCount,
  AnalysisTemplateSpecMetricsFailureLimit,
  AnalysisTemplateSpecMetricsInconclusiveLimit,
} from '../imports/argo-analysis-argoproj.io';
import { IMAGES, PORTS } from '../core/versions';

/** The gates' measurement scope: the workload's series of one ReplicaSet. */
const GATE_SELECTOR = `namespace="{{args.namespace}}",service="{{args.service}}",${POD_TEMPLATE_HASH_SERIES_LABEL}="{{args.pod-template-hash}}"`;

/**
 * What a measurement means when Prometheus returns no sample (an empty vector) or NaN, which is
 * what a ratio of rates gives while the new version receives no traffic yet.
 *
 * Argo Rollouts counts such a measurement as an error or fails on `result[0]` of an empty vector
 * (argo-rollouts#1466, #180); the generated conditions guard against both.
 */
export const NoDataBehavior = {
  /** Neither success nor failure: counted against `inconclusiveLimit`, then the rollout pauses for a human. */
  INCONCLUSIVE: 'inconclusive',
  /** No data counts as success (services with sparse traffic). */
  PASS: 'pass',
  /** No data counts as failure: the rollout aborts once `failureLimit` is exceeded. */
  FAIL: 'fail',
} as const;
export type NoDataBehavior = (typeof NoDataBehavior)[keyof typeof NoDataBehavior];

/** Timing and tolerance of a gate's measurements. Names and meanings are Argo Rollouts' metric fields. */
export interface GateOptions {
  /**
   * Prometheus base URL the Argo Rollouts controller queries (`MonitoringStack.prometheusUrl`).
   *
   * @default 'http://prometheus-operated.monitoring.svc:9090'
   */
  readonly prometheusUrl?: string;
  /**
   * The former name of `prometheusUrl`, still accepted.
   *
   * @deprecated Use `prometheusUrl`: the same URL under the name `MonitoringStack` gives it.
   */
  readonly prometheusAddress?: string;
  /**
   * Time between measurements.
   *
   * @default '1m'
   */
  readonly interval?: DurationInput;
  /**
   * Number of measurements. A gate of a step or of blue-green analysis takes this many; in a
   * canary's background analysis a gate without an explicit count measures until the rollout
   * ends (Argo runs a metric with an interval and no count indefinitely:
   * docs/features/analysis.md), so the whole rollout is covered.
   *
   * @default 5 (background analysis: until the rollout ends)
   */
  readonly count?: number;
  /**
   * Failed measurements tolerated; one more fails the analysis, which aborts the rollout and
   * returns all traffic to the stable version.
   *
   * @default 1
   */
  readonly failureLimit?: number;
  /**
   * Inconclusive measurements tolerated; one more makes the run Inconclusive, which pauses the
   * rollout until someone promotes or aborts it.
   *
   * @default 2
   */
  readonly inconclusiveLimit?: number;
  /**
   * Consecutive measurement errors (Prometheus unreachable, bad query) tolerated before the run
   * errors. Set explicitly so a gate never passes on errors alone (argo-rollouts#4479).
   *
   * @default 2
   */
  readonly consecutiveErrorLimit?: number;
  /**
   * Delay before the first measurement, so the new pods receive traffic first.
   *
   * @default - no delay
   */
  readonly initialDelay?: DurationInput;
  /**
   * What an empty or NaN result means.
   *
   * @default NoDataBehavior.INCONCLUSIVE
   */
  readonly onNoData?: NoDataBehavior;
  /**
   * Gate name: the AnalysisTemplate is named `<workload>-<name>` and the metric `<name>`.
   *
   * @default - "success-rate", "latency-p<percentile>", or required for `AnalysisGate.query`
   */
  readonly name?: string;
}

/** Options for `AnalysisGate.successRate`. */
export interface SuccessRateGateOptions extends GateOptions {
  /**
   * Lowest acceptable ratio of non-error requests, in (0, 1].
   *
   * @default 0.99
   */
  readonly minimum?: number;
  /**
   * Counter of requests, labelled by `namespace`, `service` and `code` (the labels a
   * ServiceMonitor scrape gives every series).
   *
   * @default 'http_requests_total'
   */
  readonly requestsMetric?: string;
  /**
   * Label holding the response status code.
   *
   * @default 'code'
   */
  readonly statusLabel?: string;
  /**
   * Regular expression of status codes that count as errors.
   *
   * @default '5..'
   */
  readonly errorStatusRegex?: string;
  /**
   * PromQL range over which rates are computed.
   *
   * @default '2m'
   */
  readonly window?: string;
}

/** Options for `AnalysisGate.latency`. */
export interface LatencyGateOptions extends GateOptions {
  /**
   * Quantile in (0, 1), e.g. 0.95 for p95.
   *
   * @default 0.95
   */
  readonly percentile?: number;
  /** Highest acceptable latency at that quantile, in seconds. */
  readonly maximumSeconds: number;
  /**
   * Histogram of request durations in seconds (the `_bucket` series is queried).
   *
   * @default 'http_request_duration_seconds'
   */
  readonly histogramMetric?: string;
  /**
   * PromQL range over which rates are computed.
   *
   * @default '2m'
   */
  readonly window?: string;
}

/** Options for `AnalysisGate.query`. */
export interface QueryGateOptions extends GateOptions {
  readonly name: string;
  /**
   * PromQL returning one sample. `{{args.namespace}}` is the workload's namespace,
   * `{{args.service}}` the `service` label of all its series (its name) and
   * `{{args.pod-template-hash}}` the pod-template hash of the version under test (the canary, the
   * preview, or after promotion the new active version): select
   * `rollouts_pod_template_hash="{{args.pod-template-hash}}"` to measure only its pods.
   */
  readonly query: string;
  /** Success when the sample is at least this. At least one of `atLeast` and `atMost` is required. */
  readonly atLeast?: number;
  /** Success when the sample is at most this. */
  readonly atMost?: number;
}

/**
 * Options for `AnalysisGate.smokeTest`: requests sent to the version under test through its own
 * Service (the blue-green preview before promotion, the active Service after, the canary Service
 * in a canary step).
 */
export interface SmokeTestGateOptions {
  /** Path requested. @default '/' */
  readonly path?: string;
  /** The status every request must answer. @default 200 */
  readonly expectedStatus?: number;
  /** Requests sent, one after the other; the first unexpected answer fails the gate. @default 20 */
  readonly requests?: number;
  /** How long one request may take (curl's `--max-time`), 1s to 60s. @default '5s' */
  readonly timeout?: DurationInput;
  /** @deprecated Use `timeout` (the same, in seconds). */
  readonly timeoutSeconds?: number;
  /** The image running `curl` (non-root). @default SMOKE_TEST_IMAGE */
  readonly image?: string;
  /** Gate name. @default 'smoke-test' */
  readonly name?: string;
}

/** curl's official image, pinned by tag and digest (`IMAGES` of the version matrix): minimal and non-root. */
export const SMOKE_TEST_IMAGE = IMAGES.smokeTest;

/** The labels of the pods of a workload's smoke tests (its NetworkPolicy admits them). */
export function smokeTestPodLabels(workloadName: string): Record<string, string> {
  return { 'kubeship.dev/smoke-test-of': workloadName };
}

/** Defaults shared by every gate. */
export const GATE_DEFAULTS = {
  /** The Prometheus of the monitoring stack in `monitoring` (its `prometheus-operated` Service). */
  prometheusUrl: `http://prometheus-operated.monitoring.svc:${PORTS.prometheus}`,
  /** @deprecated Use `prometheusUrl`. */
  prometheusAddress: `http://prometheus-operated.monitoring.svc:${PORTS.prometheus}`,
  /** A measurement a minute. */
  interval: '1m',
  /** Five measurements per run. */
  count: 5,
  /** One failed measurement tolerated. */
  failureLimit: 1,
  /** Two inconclusive measurements tolerated. */
  inconclusiveLimit: 2,
  /** Two query errors in a row tolerated. */
  consecutiveErrorLimit: 2,
  /** No data is inconclusive: a version that serves nothing is neither passed nor failed. */
  onNoData: NoDataBehavior.INCONCLUSIVE as NoDataBehavior,
  /** The range of the rate queries. */
  window: '2m',
} as const;

type Bound = { readonly atLeast?: number; readonly atMost?: number };

/**
 * A Prometheus check that decides whether a new version may proceed. Each gate becomes an Argo
 * Rollouts `AnalysisTemplate` (Prometheus provider); strategies reference gates in canary steps,
 * background analysis or blue-green pre/post-promotion analysis. A failed gate aborts the rollout
 * and traffic returns to the stable version automatically.
 *
 * Conditions are guarded: `len(result) > 0 && !isNaN(result[0]) && ...`, so an empty vector or NaN
 * never errors; what it means is chosen by `onNoData`.
 *
 * @see https://argoproj.github.io/argo-rollouts/analysis/prometheus/
 */
export class AnalysisGate {
  /**
   * Ratio of non-error requests of the measured Service, e.g. at least 99%:
   * `sum(rate(ok[2m])) / sum(rate(all[2m]))`.
   */
  public static successRate(options: SuccessRateGateOptions = {}): AnalysisGate {
    const metric = options.requestsMetric ?? 'http_requests_total';
    const status = options.statusLabel ?? 'code';
    const errors = options.errorStatusRegex ?? '5..';
    const window = options.window ?? GATE_DEFAULTS.window;
    const query =
      `sum(rate(${metric}{${GATE_SELECTOR},${status}!~"${errors}"}[${window}]))` + ` / sum(rate(${metric}{${GATE_SELECTOR}}[${window}]))`;
    const minimum = options.minimum ?? 0.99;
    return new AnalysisGate(
      options.name ?? 'success-rate',
      query,
      { atLeast: minimum },
      options,
      (p) => {
        p.check(
          typeof minimum === 'number' && minimum > 0 && minimum <= 1,
          'minimum',
          minimum,
          'a ratio greater than 0 and at most 1 (0.99 = 99%)',
          'write the minimum success rate as a fraction, e.g. 0.99',
        );
        checkMetricName(p, 'requestsMetric', metric);
        checkMetricName(p, 'statusLabel', status);
        checkRange(p, window);
      },
      'traffic',
    );
  }

  /**
   * A latency quantile of the measured Service from a histogram, e.g. p95 at most 0.5 s:
   * `histogram_quantile(0.95, sum by (le) (rate(..._bucket[2m])))`.
   */
  public static latency(options: LatencyGateOptions): AnalysisGate {
    const percentile = options.percentile ?? 0.95;
    const metric = options.histogramMetric ?? 'http_request_duration_seconds';
    const window = options.window ?? GATE_DEFAULTS.window;
    const query = `histogram_quantile(${percentile}, sum by (le) (rate(${metric}_bucket{${GATE_SELECTOR}}[${window}])))`;
    const label = Number.isFinite(percentile) ? `latency-p${String(Math.round(percentile * 1000) / 10).replace('.', '-')}` : 'latency';
    return new AnalysisGate(
      options.name ?? label,
      query,
      { atMost: options.maximumSeconds },
      options,
      (p) => {
        p.check(
          typeof percentile === 'number' && percentile > 0 && percentile < 1,
          'percentile',
          percentile,
          'a quantile greater than 0 and less than 1 (0.95 = p95)',
          'write the percentile as a fraction, e.g. 0.95',
        );
        p.check(
          typeof options.maximumSeconds === 'number' && options.maximumSeconds > 0,
          'maximumSeconds',
          options.maximumSeconds,
          'a number of seconds greater than 0',
          'set the highest acceptable latency, e.g. 0.5 for 500 ms',
        );
        checkMetricName(p, 'histogramMetric', metric);
        checkRange(p, window);
      },
      'traffic',
    );
  }

  /** Any PromQL query returning one sample, with a threshold. */
  public static query(options: QueryGateOptions): AnalysisGate {
    return new AnalysisGate(options.name, options.query, { atLeast: options.atLeast, atMost: options.atMost }, options, (p) => {
      p.check(
        typeof options.query === 'string' && options.query.trim().length > 0,
        'query',
        options.query,
        'a non-empty PromQL query',
        'write the PromQL whose first sample is compared with the threshold',
      );
      p.check(
        options.atLeast !== undefined || options.atMost !== undefined,
        'atLeast',
        options.atLeast,
        'a number (or set atMost)',
        'set atLeast and/or atMost so the gate can pass or fail',
      );
      for (const key of ['atLeast', 'atMost'] as const) {
        const v = options[key];
        if (v !== undefined) {
          p.check(typeof v === 'number' && Number.isFinite(v), key, v, 'a finite number', `set ${key} to a number`);
        }
      }
    });
  }

  /**
   * An active check of the version under test: an Argo `job` metric whose Job sends `requests`
   * requests to `path` on the Service of the version under test and fails at the first answer
   * other than `expectedStatus` (or a timeout). The Job succeeding passes the gate; failing it
   * fails the analysis (argo-rollouts v1.9.1 metricproviders/job). Use it before a blue-green
   * promotion, where the preview receives no traffic for a Prometheus gate to measure.
   */
  public static smokeTest(given: SmokeTestGateOptions = {}): AnalysisGate {
    const { options, written, problems: spanProblems } = normalizeSpans(given, [['timeout', 'timeoutSeconds', { min: 1, max: 60 }]]);
    const smoke = {
      path: options.path ?? '/',
      expectedStatus: options.expectedStatus ?? 200,
      requests: options.requests ?? 20,
      timeoutSeconds: options.timeoutSeconds ?? 5,
      image: options.image ?? SMOKE_TEST_IMAGE,
    };
    return new AnalysisGate(
      options.name ?? 'smoke-test',
      '',
      {},
      { count: 1, failureLimit: 0, interval: '0s' },
      (p) => {
        p.addAll(spanProblems);
        p.check(
          typeof smoke.path === 'string' && /^\/[^\s'"`$\\]*$/.test(smoke.path),
          'path',
          smoke.path,
          'an absolute URL path without spaces, quotes, "$" or "\\"',
          'use e.g. "/" or "/healthz"',
        );
        p.check(
          Number.isInteger(smoke.expectedStatus) && smoke.expectedStatus >= 100 && smoke.expectedStatus <= 599,
          'expectedStatus',
          smoke.expectedStatus,
          'an HTTP status code 100..599',
          'use e.g. 200',
        );
        p.check(
          Number.isInteger(smoke.requests) && smoke.requests >= 1 && smoke.requests <= 1000,
          'requests',
          smoke.requests,
          'a whole number from 1 to 1000',
          'send e.g. 20 requests',
        );
        // `timeout` had its bounds checked with it
        if (!written.timeoutSeconds) {
          p.check(
            Number.isInteger(smoke.timeoutSeconds) && smoke.timeoutSeconds >= 1 && smoke.timeoutSeconds <= 60,
            'timeoutSeconds',
            smoke.timeoutSeconds,
            'a whole number of seconds from 1 to 60',
            'use e.g. 5',
          );
        }
        p.check(
          typeof smoke.image === 'string' && /^\S+@sha256:[a-f0-9]{64}$|^\S+:\S+$/.test(smoke.image),
          'image',
          smoke.image,
          'an image pinned by tag or digest that has sh and curl',
          `use e.g. "${SMOKE_TEST_IMAGE}"`,
        );
      },
      'smoke',
      smoke,
    );
  }

  /** The metric and template name suffix. */
  public readonly name: string;
  /** The PromQL query, with `{{args.service}}`, `{{args.namespace}}` and `{{args.pod-template-hash}}` placeholders. */
  public readonly query: string;
  /** Time between two measurements (defaults resolved, as every field below). */
  public readonly interval: string;
  /** Measurements per analysis run. */
  public readonly count: number;
  /** Failed measurements tolerated; one more fails the run (and aborts the rollout). */
  public readonly failureLimit: number;
  /** Inconclusive measurements tolerated; one more pauses the rollout for a person. */
  public readonly inconclusiveLimit: number;
  /** Query errors in a row tolerated before the measurement counts as an error. */
  public readonly consecutiveErrorLimit: number;
  /** What a query that returns no data counts as. */
  public readonly onNoData: NoDataBehavior;
  /** The Prometheus the gate queries. */
  public readonly prometheusUrl: string;

  private constructor(
    name: string,
    query: string,
    private readonly bound: Bound,
    private readonly options: GateOptions,
    private readonly checkSpecific: (p: Problems) => void,
    private readonly kind: 'traffic' | 'query' | 'smoke' = 'query',
    private readonly smoke?: Required<Omit<SmokeTestGateOptions, 'name' | 'timeout'>>,
  ) {
    this.name = name;
    this.query = query;
    const seconds = durationSeconds(options.interval ?? GATE_DEFAULTS.interval);
    this.interval = seconds === undefined ? String(options.interval) : formatDuration(seconds);
    this.count = options.count ?? GATE_DEFAULTS.count;
    this.failureLimit = options.failureLimit ?? GATE_DEFAULTS.failureLimit;
    this.inconclusiveLimit = options.inconclusiveLimit ?? GATE_DEFAULTS.inconclusiveLimit;
    this.consecutiveErrorLimit = options.consecutiveErrorLimit ?? GATE_DEFAULTS.consecutiveErrorLimit;
    this.onNoData = options.onNoData ?? GATE_DEFAULTS.onNoData;
    this.prometheusUrl = options.prometheusUrl ?? options.prometheusAddress ?? GATE_DEFAULTS.prometheusUrl;
  }

  /**
   * The Prometheus the gate queries.
   *
   * @deprecated Use `prometheusUrl`.
   */
  public get prometheusAddress(): string {
    return this.prometheusUrl;
  }

  /** The Argo `successCondition` expression. */
  public get successCondition(): string {
    const has = 'len(result) > 0 && !isNaN(result[0])';
    const ok = this.comparison('ok');
    return this.onNoData === NoDataBehavior.PASS ? `len(result) == 0 || isNaN(result[0]) || (${ok})` : `${has} && ${ok}`;
  }

  /** The Argo `failureCondition` expression. */
  public get failureCondition(): string {
    const has = 'len(result) > 0 && !isNaN(result[0])';
    const bad = this.comparison('bad');
    return this.onNoData === NoDataBehavior.FAIL ? `len(result) == 0 || isNaN(result[0]) || (${bad})` : `${has} && (${bad})`;
  }

  /** @internal */
  public _validate(problems: Problems): void {
    const p = problems;
    p.check(
      isDnsLabel(this.name, 40),
      'name',
      this.name,
      'a lowercase DNS label of at most 40 characters',
      'name the gate with lowercase letters, digits and "-", e.g. "error-rate"',
    );
    if (this.smoke) {
      this.checkSpecific(p);
      return;
    }
    const interval = this.options.interval ?? GATE_DEFAULTS.interval;
    const seconds = durationSeconds(interval);
    p.check(seconds !== undefined && seconds > 0, 'interval', interval, DURATION_ALLOWED + ', greater than 0', 'use e.g. "1m"');
    if (this.options.initialDelay !== undefined) {
      p.check(
        durationSeconds(this.options.initialDelay) !== undefined,
        'initialDelay',
        this.options.initialDelay,
        DURATION_ALLOWED,
        'use e.g. "30s"',
      );
    }
    const whole = (field: string, v: number, min: number) =>
      p.check(Number.isInteger(v) && v >= min, field, v, `a whole number >= ${min}`, `set ${field} to ${min} or more`);
    whole('count', this.count, 1);
    whole('failureLimit', this.failureLimit, 0);
    whole('inconclusiveLimit', this.inconclusiveLimit, 0);
    whole('consecutiveErrorLimit', this.consecutiveErrorLimit, 0);
    if (Number.isInteger(this.count) && Number.isInteger(this.failureLimit) && this.failureLimit >= this.count) {
      p.add(
        'failureLimit',
        this.failureLimit,
        `less than count (${this.count})`,
        'lower failureLimit or raise count, otherwise the gate can never fail',
      );
    }
    p.check(
      Object.values(NoDataBehavior).includes(this.onNoData),
      'onNoData',
      this.onNoData,
      `one of ${Object.values(NoDataBehavior)
        .map((v) => `"${v}"`)
        .join(', ')}`,
      'choose what an empty or NaN result means',
    );
    // named as the user named it: prometheusAddress is prometheusUrl's former name
    const urlField =
      this.options.prometheusUrl === undefined && this.options.prometheusAddress !== undefined ? 'prometheusAddress' : 'prometheusUrl';
    p.check(
      /^https?:\/\/[^\s]+$/.test(this.prometheusUrl),
      urlField,
      this.prometheusUrl,
      'an http(s) URL',
      'give the Prometheus URL the Argo Rollouts controller can reach',
    );
    if (this.options.prometheusUrl !== undefined && this.options.prometheusAddress !== undefined) {
      p.check(
        this.options.prometheusUrl === this.options.prometheusAddress,
        'prometheusAddress',
        this.options.prometheusAddress,
        `nothing beside prometheusUrl ("${this.options.prometheusUrl}"): it is prometheusUrl's former name`,
        'remove prometheusAddress',
      );
    }
    this.checkSpecific(p);
  }

  /**
   * Whether the gate sends traffic itself (a smoke test) rather than measuring the traffic others
   * send. It needs the Service of the version under test (`target-service`, `target-port` args).
   */
  public get isActive(): boolean {
    return this.smoke !== undefined;
  }

  /** Whether the gate measures the request traffic of the version under test (success rate, latency), which a preview does not receive. */
  public get measuresTraffic(): boolean {
    return this.kind === 'traffic';
  }

  /** Whether the count was set explicitly (a background run then stops after it too). */
  public get hasExplicitCount(): boolean {
    return this.options.count !== undefined;
  }

  /**
   * @internal The AnalysisTemplate `spec` of this gate. For background analysis (`background`),
   * the count is left out unless set explicitly, so the run lasts as long as the rollout.
   */
  public _toTemplateSpec(background = false, workloadName?: string): AnalysisTemplateSpec {
    if (this.smoke) {
      return this.smokeTestSpec(this.smoke, workloadName);
    }
    const initialDelay = this.options.initialDelay === undefined ? undefined : durationSeconds(this.options.initialDelay);
    const count = background && !this.hasExplicitCount ? undefined : AnalysisTemplateSpecMetricsCount.fromNumber(this.count);
    return {
      args: [{ name: 'service' }, { name: 'namespace' }, { name: 'pod-template-hash' }],
      metrics: [
        {
          name: this.name,
          interval: this.interval,
          initialDelay: initialDelay === undefined ? undefined : formatDuration(initialDelay),
          count,
          failureLimit: AnalysisTemplateSpecMetricsFailureLimit.fromNumber(this.failureLimit),
          inconclusiveLimit: AnalysisTemplateSpecMetricsInconclusiveLimit.fromNumber(this.inconclusiveLimit),
          consecutiveErrorLimit: AnalysisTemplateSpecMetricsConsecutiveErrorLimit.fromNumber(this.consecutiveErrorLimit),
          successCondition: this.successCondition,
          failureCondition: this.failureCondition,
          provider: { prometheus: { address: this.prometheusUrl, query: this.query } },
        },
      ],
    };
  }

  /** @internal Whether two gates would render the same template (same name is then harmless). */
  public _sameAs(other: AnalysisGate): boolean {
    return JSON.stringify(this._toTemplateSpec()) === JSON.stringify(other._toTemplateSpec());
  }

  /** One Job measurement: the Job's success is the gate's (no conditions: argo-rollouts job provider). */
  private smokeTestSpec(
    smoke: Required<Omit<SmokeTestGateOptions, 'name' | 'timeout'>>,
    workloadName: string | undefined,
  ): AnalysisTemplateSpec {
    const url = `http://{{args.target-service}}.{{args.namespace}}.svc:{{args.target-port}}${smoke.path}`;
    const script = [
      'i=0',
      `while [ "$i" -lt ${smoke.requests} ]; do`,
      `  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time ${smoke.timeoutSeconds} "$URL") || code="no answer"`,
      `  if [ "$code" != "${smoke.expectedStatus}" ]; then echo "request $((i + 1)) of ${smoke.requests} to $URL: $code, expected ${smoke.expectedStatus}"; exit 1; fi`,
      '  i=$((i + 1))',
      'done',
      `echo "${smoke.requests} requests to $URL answered ${smoke.expectedStatus}"`,
    ].join('\n');
    return {
      args: [{ name: 'target-service' }, { name: 'target-port' }, { name: 'namespace' }],
      metrics: [
        {
          name: this.name,
          count: AnalysisTemplateSpecMetricsCount.fromNumber(1),
          failureLimit: AnalysisTemplateSpecMetricsFailureLimit.fromNumber(0),
          provider: {
            job: {
              spec: {
                backoffLimit: 0,
                activeDeadlineSeconds: smoke.requests * (smoke.timeoutSeconds + 1) + 60,
                template: {
                  // the workload's NetworkPolicy admits these pods to its ports
                  ...(workloadName ? { metadata: { labels: smokeTestPodLabels(workloadName) } } : {}),
                  spec: {
                    restartPolicy: 'Never',
                    automountServiceAccountToken: false,
                    securityContext: restrictedPodSecurityContext(100, 101),
                    containers: [
                      {
                        name: 'smoke-test',
                        image: smoke.image,
                        command: ['/bin/sh', '-c', script],
                        env: [{ name: 'URL', value: url }],
                        resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '32Mi' } },
                        securityContext: restrictedContainerSecurityContext(),
                      },
                    ],
                  },
                },
              },
            },
          },
        },
      ],
    };
  }

  private comparison(kind: 'ok' | 'bad'): string {
    const parts: string[] = [];
    if (this.bound.atLeast !== undefined) {
      parts.push(kind === 'ok' ? `result[0] >= ${this.bound.atLeast}` : `result[0] < ${this.bound.atLeast}`);
    }
    if (this.bound.atMost !== undefined) {
      parts.push(kind === 'ok' ? `result[0] <= ${this.bound.atMost}` : `result[0] > ${this.bound.atMost}`);
    }
    return parts.join(kind === 'ok' ? ' && ' : ' || ');
  }
}

/** One argument passed to an AnalysisTemplate. */
export interface AnalysisArg {
  readonly name: string;
  readonly value?: string;
  readonly valueFrom?: { readonly fieldRef: { readonly fieldPath: string } } | { readonly podTemplateHashValue: 'Latest' | 'Stable' };
}

/**
 * Args a strategy passes to every gate: the `service` label of the workload's series, its
 * namespace, and the pod-template hash of the newest ReplicaSet (`podTemplateHashValue: Latest`,
 * which the controller resolves to the new ReplicaSet's `rollouts-pod-template-hash` when it
 * creates the run: argo-rollouts v1.9.1 utils/analysis/factory.go BuildArgumentsForRolloutAnalysisRun).
 * So a gate measures the pods of the version under test whether or not traffic routing exists:
 * without routing, nobody calls the canary Service (the stable Service stays pinned to the stable
 * ReplicaSet), but clients of the primary Service reach canary pods in proportion to replicas.
 */
export function analysisArgs(service: string, target?: { readonly service: string; readonly port: number }): AnalysisArg[] {
  return [
    { name: 'service', value: service },
    { name: 'namespace', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
    { name: 'pod-template-hash', valueFrom: { podTemplateHashValue: 'Latest' } },
    // for active gates (smoke tests): the Service of the version under test; templates ignore args
    // they do not declare (argo-rollouts v1.9.1 utils/analysis/helpers.go MergeArgs)
    ...(target
      ? [
          { name: 'target-service', value: target.service },
          { name: 'target-port', value: String(target.port) },
        ]
      : []),
  ];
}

function checkRange(p: Problems, window: string): void {
  p.check(
    typeof window === 'string' && /^[0-9]+(ms|s|m|h|d|w|y)$/.test(window),
    'window',
    window,
    'a PromQL duration such as "1m" or "5m"',
    'use a range a few times the scrape interval, e.g. "2m"',
  );
}
