import { LABEL_MATCHER } from './checks';
import type { JsonObject } from './json';

/** A route of the rendered tree. */
export interface RenderedRoute {
  /** The receiver the route's alerts go to. */
  receiver: string;
  /** The matchers an alert must satisfy (`severity="critical"`). */
  matchers?: string[];
  /** Whether matching goes on to the next sibling after this route matched. */
  continue?: boolean;
  /** The labels alerts are grouped by into one notification (`...`: every label). */
  group_by?: string[];
  /** How long a new group waits for more alerts before the first notification. */
  group_wait?: string;
  /** How long a group waits before notifying about alerts added to it. */
  group_interval?: string;
  /** How long before a notification is sent again for a group still firing. */
  repeat_interval?: string;
  /** Time intervals in which the route sends nothing. */
  mute_time_intervals?: string[];
  /** Child routes, tried in order. */
  routes?: RenderedRoute[];
}

/** The rendered `alertmanager.yaml` (as an object). */
export interface RenderedAlertmanagerConfig {
  /** The route tree. */
  route: RenderedRoute;
  /** The receivers, by name, with their integrations. */
  receivers: Array<Record<string, unknown>>;
  /** Rules that mute alerts while others fire. */
  inhibit_rules: Array<Record<string, unknown>>;
  /** Named time intervals (maintenance windows). */
  time_intervals?: Array<Record<string, unknown>>;
  /** Template files the notifications use. */
  templates: string[];
}

/** A predicate over an alert's labels (one Alertmanager matcher). */
export type Matcher = (labels: Record<string, string>) => boolean;

/** Parses one matcher (`label="v"`, `!=`, `=~`, `!~`); regexes are anchored as in Alertmanager. */
export function parseMatcher(text: string): Matcher {
  const match = LABEL_MATCHER.exec(text);
  if (!match) {
    throw new Error(`not a matcher: ${text}`);
  }
  const [, name, op, raw] = match;
  const value = raw.replace(/\\(.)/g, '$1');
  const regex = op === '=~' || op === '!~' ? new RegExp(`^(?:${value})$`) : undefined;
  return (labels) => {
    const actual = labels[name] ?? '';
    switch (op) {
      case '=':
        return actual === value;
      case '!=':
        return actual !== value;
      case '=~':
        return regex!.test(actual);
      default:
        return !regex!.test(actual);
    }
  };
}

function matches(route: RenderedRoute, labels: Record<string, string>): boolean {
  return (route.matchers ?? []).every((m) => parseMatcher(m)(labels));
}

/**
 * The settings a matching route delivers with, as Alertmanager derives them (v0.28.1
 * dispatch/route.go NewRoute): receiver, grouping and timing are inherited from the parent unless
 * set; mute and active time intervals are not inherited (each route has only its own).
 */
function effective(route: RenderedRoute, parent: RenderedRoute | undefined): RenderedRoute {
  const { routes, ...own } = route;
  void routes;
  if (!parent) {
    return own;
  }
  return {
    ...own,
    receiver: route.receiver ?? parent.receiver,
    group_by: route.group_by ?? parent.group_by,
    group_wait: route.group_wait ?? parent.group_wait,
    group_interval: route.group_interval ?? parent.group_interval,
    repeat_interval: route.repeat_interval ?? parent.repeat_interval,
  };
}

function walk(route: RenderedRoute, labels: Record<string, string>, parent?: RenderedRoute): RenderedRoute[] {
  if (!matches(route, labels)) {
    return [];
  }
  const self = effective(route, parent);
  const found: RenderedRoute[] = [];
  for (const child of route.routes ?? []) {
    const hits = walk(child, labels, self);
    found.push(...hits);
    if (hits.length > 0 && !child.continue) {
      break;
    }
  }
  return found.length > 0 ? found : [self];
}

/**
 * The receivers an alert with `labels` is sent to, in route order, as Alertmanager's dispatcher
 * (and `amtool config routes test`) computes them: depth first, children in order, stopping at the
 * first matching child without `continue`, falling back to the parent when no child matches.
 * Maintenance windows are not applied (amtool ignores them too); see `routesFor` for the routes.
 */
export function receiversFor(config: RenderedAlertmanagerConfig, labels: Record<string, string>): string[] {
  return routesFor(config, labels).map((r) => r.receiver);
}

/** The matching routes for `labels`, each with the settings it delivers with (inherited timing and grouping, its own mute intervals). */
export function routesFor(config: RenderedAlertmanagerConfig, labels: Record<string, string>): RenderedRoute[] {
  return walk(config.route, labels);
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The wall-clock fields of `at` in `timeZone`. */
function localTime(at: Date, timeZone: string): { weekday: number; day: number; daysInMonth: number; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'long',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const year = Number(parts.year);
  const month = Number(parts.month);
  return {
    weekday: WEEKDAY_NAMES.indexOf(parts.weekday.toLowerCase()),
    day: Number(parts.day),
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function inRanges(value: number, ranges: string[] | undefined, parse: (text: string) => number): boolean {
  if (!ranges || ranges.length === 0) {
    return true;
  }
  return ranges.some((range) => {
    const [from, to = from] = range.split(':');
    return value >= parse(from) && value <= parse(to);
  });
}

/** Whether `at` falls into one of an Alertmanager `time_intervals` entry's ranges (weekdays, times, days of month, location). */
function inInterval(interval: JsonObject, at: Date): boolean {
  const local = localTime(at, interval.location ?? 'UTC');
  const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  const times = (interval.times ?? []) as Array<{ start_time: string; end_time: string }>;
  return (
    inRanges(local.weekday, interval.weekdays, (d) => WEEKDAY_NAMES.indexOf(d)) &&
    inRanges(local.day, interval.days_of_month, (d) => (Number(d) < 0 ? local.daysInMonth + Number(d) + 1 : Number(d))) &&
    (times.length === 0 || times.some((t) => local.minutes >= minutesOf(t.start_time) && local.minutes < minutesOf(t.end_time)))
  );
}

/** The names of the configuration's time intervals active at `at`. */
export function activeTimeIntervals(config: RenderedAlertmanagerConfig, at: Date): string[] {
  return (config.time_intervals ?? [])
    .filter((named) => (named.time_intervals as Array<Record<string, unknown>>).some((i) => inInterval(i, at)))
    .map((named) => named.name as string);
}

/**
 * The receivers notified for `labels` at the instant `at`: `receiversFor` without the routes a
 * maintenance window mutes then (Alertmanager's `mute_time_intervals`, evaluated in each
 * window's time zone). Escalation routes still count: they notify after their delay.
 */
export function receiversAt(config: RenderedAlertmanagerConfig, labels: Record<string, string>, at: Date): string[] {
  const active = new Set(activeTimeIntervals(config, at));
  return routesFor(config, labels)
    .filter((r) => !(r.mute_time_intervals ?? []).some((name) => active.has(name)))
    .map((r) => r.receiver);
}
