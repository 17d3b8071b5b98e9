/**
 * How long an alert can take, at worst, from the change in a cluster to the notification, as the
 * configuration decides it (pure):
 *
 * - detection: the change lands just after a scrape (one scrape interval), the sample arrives
 *   just after a rule evaluation (one evaluation interval: the rule group's `interval` or
 *   Prometheus' `evaluationInterval`), then the condition must hold for the rule's `for`;
 * - delivery: Prometheus sends the firing alert at that evaluation; the Alertmanager holds a new
 *   group for the `group_wait` of the route the alert takes (the longest, when it takes several),
 *   then sends (measured at tens of milliseconds: `npm run bench`).
 *
 * Durations are Prometheus durations (`30s`, `1m`, `1h30m`, `2d`).
 */
import { RenderedAlertmanagerConfig, routesFor } from './alertmanager-routing';

const PROM_UNITS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86_400, w: 604_800, y: 31_536_000 };

/** Seconds of a Prometheus duration (`15d`, `1h30m`, `500ms`); undefined when it is not one. */
export function prometheusDurationSeconds(text: unknown): number | undefined {
  if (typeof text !== 'string' || !/^([0-9]+(ms|s|m|h|d|w|y))+$/.test(text)) {
    return undefined;
  }
  return [...text.matchAll(/([0-9]+)(ms|s|m|h|d|w|y)/g)].reduce((sum, [, n, unit]) => sum + Number(n) * PROM_UNITS[unit], 0);
}

/** What the latency of the alerts depends on. */
export interface AlertLatencyInput {
  /** Prometheus' scrape interval. @default '30s' (the operator's default) */
  readonly scrapeInterval?: string;
  /** Prometheus' rule evaluation interval. @default '30s' */
  readonly evaluationInterval?: string;
  /** The rule groups. */
  readonly groups: ReadonlyArray<{
    /** The group's evaluation interval. @default - Prometheus' evaluation interval */
    readonly interval?: string;
    /** The group's rules (recording rules have no `alert` and are left out). */
    readonly rules: ReadonlyArray<{
      /** The alert's name. */
      readonly alert?: string;
      /** How long the condition must hold before the alert fires. */
      readonly for?: string;
      /** The alert's labels (`severity` among them). */
      readonly labels?: Record<string, string>;
    }>;
  }>;
  /** The Alertmanager configuration the alerts go through. @default - none: Alertmanager's default group_wait (30s) */
  readonly alertmanager?: RenderedAlertmanagerConfig;
}

/** The worst-case latency of one alert. */
export interface AlertLatency {
  /** The alert's name. */
  readonly alert: string;
  /** Its `severity` label. */
  readonly severity: string;
  /** The scrape interval: how old the newest sample may be. */
  readonly scrapeSeconds: number;
  /** The evaluation interval of the alert's group. */
  readonly evaluationSeconds: number;
  /** The alert's `for`. */
  readonly forSeconds: number;
  /** The `group_wait` of the route the alert takes. */
  readonly groupWaitSeconds: number;
  /** scrape + evaluation + for: until Prometheus fires it. */
  readonly detectionSeconds: number;
  /** group_wait: from firing to the notification (plus the send itself). */
  readonly deliverySeconds: number;
  /** The sum: from the change to the notification, at worst. */
  readonly worstSeconds: number;
}

/** The worst-case latency of every alerting rule (one entry per rule). */
export function alertLatencies(input: AlertLatencyInput): AlertLatency[] {
  const scrape = prometheusDurationSeconds(input.scrapeInterval ?? '30s') ?? 30;
  const evaluation = prometheusDurationSeconds(input.evaluationInterval ?? '30s') ?? 30;
  return input.groups.flatMap((group) =>
    group.rules
      .filter((r) => typeof r.alert === 'string')
      .map((rule) => {
        const labels = { alertname: rule.alert!, ...(rule.labels ?? {}) };
        const waits = input.alertmanager
          ? routesFor(input.alertmanager, labels).map((r) => prometheusDurationSeconds(r.group_wait ?? '30s') ?? 30)
          : [30];
        const groupWait = Math.max(0, ...waits);
        const every = prometheusDurationSeconds(group.interval) ?? evaluation;
        const hold = prometheusDurationSeconds(rule.for ?? '0s') ?? 0;
        return {
          alert: rule.alert!,
          severity: rule.labels?.severity ?? 'none',
          scrapeSeconds: scrape,
          evaluationSeconds: every,
          forSeconds: hold,
          groupWaitSeconds: groupWait,
          detectionSeconds: scrape + every + hold,
          deliverySeconds: groupWait,
          worstSeconds: scrape + every + hold + groupWait,
        };
      }),
  );
}
