import * as yaml from 'yaml';
import { checkUrl, LABEL_MATCHER, timeZoneProblem, WORKLOAD_LABEL } from '../core/checks';
import { DurationInput, DURATION_ALLOWED, durationSeconds, formatDuration } from '../core/duration';
import { ConfigurationError, Problems } from '../core/problems';
import { SEMVER, VERSIONS } from '../core/versions';
import { Channel, compareVersions, MIN_ALERTMANAGER_VERSION } from './channels';
import type { RenderedAlertmanagerConfig, RenderedRoute } from '../core/alertmanager-routing';
import { isRoleSeverity, ROLE_SEVERITIES, RoleSeverity } from '../core/severity';

export type { RenderedRoute, RenderedAlertmanagerConfig } from '../core/alertmanager-routing';

/**
 * A webhook receiver and the route that sends alerts to it, as a service that acts on alerts
 * produces it (the remediation service's `Remediation.route`): rendered as the first route.
 */
export interface WebhookRoute {
  /** The service's webhook URL. */
  readonly url: string;
  /**
   * The file, as the Alertmanager mounts it, holding the bearer token of the webhook
   * (`/etc/alertmanager/secrets/<secret>/<key>`). @default - no authorization header (a service that checks one answers 401)
   */
  readonly tokenFile?: string;
  /** The alerts routed to it. */
  readonly alerts: string[];
  /** The namespaces it acts in (routed alerts are restricted to these). */
  readonly namespaces: string[];
  /** Cooldown in seconds: the route's repeat interval, so a still-firing alert comes back when the next action is allowed. */
  readonly cooldownSeconds: number;
  /**
   * Routed alerts that must reach the service even while a critical alert of the same workload
   * fires (Alertmanager inhibition is global): those it answers with a workload-level action
   * (`restart`, `scale`), whose condition a failed deployment shares (a stuck Deployment is one
   * past its progress deadline). Alerts it answers by deleting pods are inhibited then: deleting
   * the pods of a failed release cannot help. @default - none
   */
  readonly neverInhibited?: string[];
}

export type { RoleSeverity } from '../core/severity';

/** A group of people and the channels that reach them. */
export interface RoleOptions {
  /** Receiver name, e.g. `ops`, `dev`. */
  readonly name: string;
  /** Where the role's alerts go (`Channels.slack(...)`, ...). */
  readonly channels: Channel[];
  /** @default - all: critical, warning and info */
  readonly severities?: RoleSeverity[];
  /** Extra Alertmanager matchers, e.g. `team="shop"` or `namespace=~"shop|payments"`. @default - none */
  readonly matchers?: string[];
}

/** A recurring window in which non-critical alerts are muted (Alertmanager `time_intervals`). */
export interface MaintenanceWindow {
  /** Name, e.g. `weekly-maintenance`. */
  readonly name: string;
  /** Weekday ranges, e.g. `['saturday', 'monday:friday']`. @default - every day */
  readonly weekdays?: string[];
  /** Time ranges of day, e.g. `[{ start: '02:00', end: '04:00' }]`. @default - the whole day */
  readonly times?: Array<{
    /** Start, `HH:MM`. */
    readonly start: string;
    /** End, `HH:MM` (exclusive; `24:00` for midnight). */
    readonly end: string;
  }>;
  /** Day-of-month ranges, e.g. `['1:7']` (first week) or `['-1']` (last day). @default - every day */
  readonly daysOfMonth?: string[];
  /** IANA time zone, e.g. `Europe/Berlin`. @default 'UTC' */
  readonly location?: string;
  /** Mute critical alerts too. @default false (critical alerts always get through) */
  readonly includeCritical?: boolean;
}

/** Page a role when an alert is still firing after a delay. */
export interface EscalationOptions {
  /** The role to escalate to (its receiver). */
  readonly to: string;
  /** How long the alert group must keep firing first. */
  readonly after: DurationInput;
  /** @default ['critical'] */
  readonly severities?: RoleSeverity[];
}

/** Props of the Alertmanager configuration. */
export interface AlertmanagerConfigProps {
  /** Who gets which alerts: one receiver per role. */
  readonly roles: RoleOptions[];
  /** Channels that receive the always-firing `Watchdog` (a dead man's switch). @default - dropped */
  readonly deadMansSwitch?: Channel[];
  /** @default - none */
  readonly maintenanceWindows?: MaintenanceWindow[];
  /** @default - none */
  readonly escalations?: EscalationOptions[];
  /** How alerts without a `workload` label are grouped. @default ['alertname', 'namespace'] */
  readonly groupBy?: string[];
  /**
   * Group the alerts that name a workload (`workload` label) per workload, whatever their name: one
   * notification per channel for a broken release (failed rollout, error rate, latency), updated as
   * alerts join, instead of one per alert name. @default true
   */
  readonly groupByWorkload?: boolean;
  /** The Alertmanager version the configuration must work on. @default '0.28.1' */
  readonly alertmanagerVersion?: string;
  /** Where the template file (`kubeship.tmpl`) is mounted. @default ALERTMANAGER_CONFIG_DIR */
  readonly templatesDir?: string;
  /**
   * Send the remediated alerts to the remediation service too (`Remediation.route`). Its route
   * comes first and continues, so the roles are still notified. @default - none
   */
  readonly remediation?: WebhookRoute;
}

/** Where the operator mounts the config Secret's keys (`alertmanager.yaml`, templates). */
export const ALERTMANAGER_CONFIG_DIR = '/etc/alertmanager/config';

/** The timing of an Alertmanager route. */
export interface RouteTiming {
  /** How long a new group waits for more alerts before its first notification. */
  readonly group_wait: string;
  /** How long a group waits before notifying about alerts added to it. */
  readonly group_interval: string;
  /** How long before a notification is sent again for a group still firing. */
  readonly repeat_interval: string;
}

/** Timing of critical routes: delivered fast (critical alerts are to arrive within 30 s). */
export const CRITICAL_TIMING: RouteTiming = { group_wait: '10s', group_interval: '1m', repeat_interval: '1h' };
/** Timing of other routes. */
export const DEFAULT_TIMING: RouteTiming = { group_wait: '30s', group_interval: '5m', repeat_interval: '4h' };
const NULL_RECEIVER = 'null';
/** Alerts are grouped by these labels unless `groupBy` says otherwise. */
const DEFAULT_GROUP_BY = ['alertname', 'namespace'];
/** Alerts that name a workload are grouped by it (one incident per broken workload). */
const WORKLOAD_GROUP_BY = ['namespace', WORKLOAD_LABEL];

const DEADMANS_RECEIVER = 'deadmansswitch';
/** The receiver of the remediation service's webhook. */
export const REMEDIATION_RECEIVER = 'remediation';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Records every problem of the props. */
export function validateAlertmanagerConfig(props: AlertmanagerConfigProps, p: Problems): void {
  const version = props.alertmanagerVersion ?? VERSIONS.alertmanager;
  p.check(
    SEMVER.test(version) && compareVersions(version, MIN_ALERTMANAGER_VERSION) >= 0,
    'alertmanagerVersion',
    version,
    `a version of at least ${MIN_ALERTMANAGER_VERSION}`,
    "upgrade Alertmanager (the operator's `version` field)",
  );
  const names = new Set<string>();
  const checkChannels = (at: Problems, channels: Channel[]) =>
    channels.forEach((c, i) => {
      c.validate(at.at(`channels[${i}]`));
      if (SEMVER.test(version) && compareVersions(version, c.minVersion) < 0) {
        at.add(
          `channels[${i}]`,
          c.displayName,
          `channels supported by Alertmanager ${version}; ${c.displayName} needs ${c.minVersion} or later`,
          `upgrade Alertmanager to ${c.minVersion} or later, or use another channel`,
        );
      }
    });
  p.check(
    Array.isArray(props.roles) && props.roles.length > 0,
    'roles',
    props.roles,
    'at least one role with channels',
    'declare who gets alerts, e.g. ops and dev',
  );
  (props.roles ?? []).forEach((role, i) => {
    const at = p.at(`roles[${i}]`);
    at.check(
      /^[a-z][a-z0-9-]{0,62}$/.test(role.name ?? '') && ![NULL_RECEIVER, DEADMANS_RECEIVER, REMEDIATION_RECEIVER].includes(role.name),
      'name',
      role.name,
      `a lowercase name (letters, digits, "-"), not "${NULL_RECEIVER}", "${DEADMANS_RECEIVER}" or "${REMEDIATION_RECEIVER}"`,
      'name the role, e.g. "ops"',
    );
    if (names.has(role.name)) {
      at.add('name', role.name, 'a name no other role has', 'merge the two roles or rename one');
    }
    names.add(role.name);
    at.check(
      Array.isArray(role.channels) && role.channels.length > 0,
      'channels',
      role.channels,
      'at least one channel',
      'add e.g. Channels.slack({...})',
    );
    checkChannels(at, role.channels ?? []);
    (role.severities ?? []).forEach((s, j) =>
      at.check(isRoleSeverity(s), `severities[${j}]`, s, 'critical, warning or info', 'list the severities the role wants'),
    );
    (role.matchers ?? []).forEach((m, j) =>
      at.check(
        LABEL_MATCHER.test(m),
        `matchers[${j}]`,
        m,
        'an Alertmanager matcher such as team="shop"',
        'write label, operator (=, !=, =~, !~) and a quoted value',
      ),
    );
  });
  checkChannels(p.at('deadMansSwitch'), props.deadMansSwitch ?? []);
  if (props.remediation) {
    const at = p.at('remediation');
    checkUrl(at, 'url', props.remediation.url, 'http://remediation.monitoring.svc:8080/alerts');
    at.check(
      props.remediation.alerts.length > 0 && props.remediation.alerts.every((a) => /^[a-zA-Z_][a-zA-Z0-9_]*$/.test(a)),
      'alerts',
      props.remediation.alerts,
      'one or more alert names',
      'map at least one alert to an action',
    );
    at.check(
      props.remediation.namespaces.length > 0 && props.remediation.namespaces.every((n) => /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(n)),
      'namespaces',
      props.remediation.namespaces,
      'one or more namespace names',
      'list the namespaces remediation acts in',
    );
  }
  const windows = new Set<string>();
  (props.maintenanceWindows ?? []).forEach((w, i) => {
    const at = p.at(`maintenanceWindows[${i}]`);
    at.check(
      /^[a-z][a-z0-9-]{0,62}$/.test(w.name ?? '') && !windows.has(w.name),
      'name',
      w.name,
      'a unique lowercase name',
      'name the window, e.g. "weekly-maintenance"',
    );
    windows.add(w.name);
    (w.weekdays ?? []).forEach((d, j) =>
      at.check(
        d.split(':').length <= 2 && d.split(':').every((x) => WEEKDAYS.includes(x)),
        `weekdays[${j}]`,
        d,
        'a weekday or a range such as "monday:friday"',
        'write full lowercase weekday names',
      ),
    );
    (w.times ?? []).forEach((t, j) => {
      const ok = [t.start, t.end].every((x) => /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/.test(x ?? '')) && (t.start ?? '') < (t.end ?? '');
      at.check(
        ok,
        `times[${j}]`,
        t,
        'HH:MM start before HH:MM end (24:00 allowed as end)',
        'e.g. { start: "02:00", end: "04:00" }; split windows crossing midnight',
      );
    });
    (w.daysOfMonth ?? []).forEach((d, j) =>
      at.check(
        /^-?([1-9]|[12][0-9]|3[01])(:-?([1-9]|[12][0-9]|3[01]))?$/.test(d),
        `daysOfMonth[${j}]`,
        d,
        'a day 1..31 (or -1 for the last) or a range such as "1:7"',
        'e.g. "1:7" for the first week',
      ),
    );
    const zone = w.location === undefined ? undefined : timeZoneProblem(w.location);
    if (zone) {
      at.add('location', w.location, zone.allowed, zone.fix);
    }
  });
  (props.escalations ?? []).forEach((e, i) => {
    const at = p.at(`escalations[${i}]`);
    at.check(names.has(e.to), 'to', e.to, `one of the roles: ${[...names].join(', ')}`, 'escalate to a declared role');
    const seconds = durationSeconds(e.after);
    at.check(seconds !== undefined && seconds >= 60, 'after', e.after, `at least one minute, as ${DURATION_ALLOWED}`, 'e.g. "15m"');
  });
  (props.groupBy ?? []).forEach((l, i) =>
    p.check(/^[a-zA-Z_][a-zA-Z0-9_]*$|^\.\.\.$/.test(l), `groupBy[${i}]`, l, 'label names or "..."', 'e.g. ["alertname", "namespace"]'),
  );
}

function severityMatcher(severities: readonly RoleSeverity[]): string {
  return severities.length === 1 ? `severity="${severities[0]}"` : `severity=~"${severities.join('|')}"`;
}

function receiverOf(name: string, channels: Channel[]): Record<string, unknown> {
  const receiver: Record<string, unknown> = { name };
  for (const channel of channels) {
    const list = (receiver[channel.configKey] as unknown[] | undefined) ?? [];
    list.push(channel.render());
    receiver[channel.configKey] = list;
  }
  return receiver;
}

/**
 * Renders the native Alertmanager configuration (pure). Throws a `ConfigurationError` listing
 * every problem.
 *
 * Routing: the root sends to `null`; `Watchdog` goes to the dead man's switch; each role gets a
 * critical route (fast timing, never muted unless a window includes critical) and a route for its
 * other severities (muted during maintenance windows), all with `continue: true` so every matching
 * role is notified; escalations are extra routes whose `group_wait` is the delay (Alertmanager's
 * recommended way, alertmanager#2150): the target is notified only if the group still fires then.
 */
export function renderAlertmanagerConfig(props: AlertmanagerConfigProps): RenderedAlertmanagerConfig {
  const problems = Problems.root();
  validateAlertmanagerConfig(props, problems);
  if (!problems.isEmpty) {
    throw new ConfigurationError('Alertmanager configuration', problems.all);
  }
  const windows = props.maintenanceWindows ?? [];
  const mutes = (critical: boolean) => windows.filter((w) => !critical || w.includeCritical).map((w) => w.name);
  // a child route for the alerts naming a workload, grouped per workload; it must repeat the
  // parent's mute intervals, which Alertmanager does not inherit (v0.28.1 dispatch/route.go NewRoute)
  const perWorkload = (route: RenderedRoute): RenderedRoute =>
    props.groupByWorkload === false
      ? route
      : {
          ...route,
          routes: [
            {
              receiver: route.receiver,
              matchers: [`${WORKLOAD_LABEL}=~".+"`],
              group_by: WORKLOAD_GROUP_BY,
              ...(route.mute_time_intervals ? { mute_time_intervals: route.mute_time_intervals } : {}),
            },
          ],
        };
  const routes: RenderedRoute[] = [
    {
      receiver: props.deadMansSwitch?.length ? DEADMANS_RECEIVER : NULL_RECEIVER,
      matchers: ['alertname="Watchdog"'],
      group_wait: '0s',
      group_interval: '1m',
      repeat_interval: '1m',
    },
  ];
  if (props.remediation) {
    routes.push(remediationRouteOf(props.remediation, mutes(false)));
  }
  for (const role of props.roles) {
    const severities = role.severities ?? ROLE_SEVERITIES;
    const extra = role.matchers ?? [];
    if (severities.includes('critical')) {
      const muted = mutes(true);
      routes.push(
        perWorkload({
          receiver: role.name,
          matchers: [severityMatcher(['critical']), ...extra],
          continue: true,
          ...CRITICAL_TIMING,
          ...(muted.length ? { mute_time_intervals: muted } : {}),
        }),
      );
    }
    const others = severities.filter((s) => s !== 'critical');
    if (others.length > 0) {
      const muted = mutes(false);
      routes.push(
        perWorkload({
          receiver: role.name,
          matchers: [severityMatcher(others), ...extra],
          continue: true,
          ...DEFAULT_TIMING,
          ...(muted.length ? { mute_time_intervals: muted } : {}),
        }),
      );
    }
  }
  // Escalations group per workload too, so another workload's alert waits its own delay instead of
  // riding on a group that already escalated (group_wait delays only a group's first notification;
  // later members go out at the next group_interval). Like every route that can reach a person with
  // a non-critical alert, the non-critical part is muted in maintenance windows.
  for (const escalation of props.escalations ?? []) {
    const severities: RoleSeverity[] = escalation.severities ?? ['critical'];
    const timing = { group_wait: formatDuration(durationSeconds(escalation.after)!), group_interval: '5m', repeat_interval: '1h' };
    const critical = severities.includes('critical');
    const parts: Array<[RoleSeverity[], boolean]> = [
      [critical ? ['critical'] : [], true],
      [severities.filter((s) => s !== 'critical'), false],
    ];
    for (const [part, isCritical] of parts) {
      if (part.length === 0) {
        continue;
      }
      const muted = mutes(isCritical);
      routes.push(
        perWorkload({
          receiver: escalation.to,
          matchers: [severityMatcher(part)],
          continue: true,
          ...timing,
          ...(muted.length ? { mute_time_intervals: muted } : {}),
        }),
      );
    }
  }
  const receivers = [
    { name: NULL_RECEIVER },
    ...(props.deadMansSwitch?.length ? [receiverOf(DEADMANS_RECEIVER, props.deadMansSwitch)] : []),
    ...(props.remediation
      ? [
          {
            name: REMEDIATION_RECEIVER,
            webhook_configs: [remediationWebhook(props.remediation, props.alertmanagerVersion ?? VERSIONS.alertmanager)],
          },
        ]
      : []),
    ...props.roles.map((r) => receiverOf(r.name, r.channels)),
  ];
  return {
    route: { receiver: NULL_RECEIVER, group_by: props.groupBy ?? DEFAULT_GROUP_BY, ...DEFAULT_TIMING, routes },
    receivers,
    inhibit_rules: inhibitRules(props.remediation),
    ...(windows.length
      ? {
          time_intervals: windows.map((w) => ({
            name: w.name,
            time_intervals: [
              {
                ...(w.weekdays ? { weekdays: w.weekdays } : {}),
                ...(w.times ? { times: w.times.map((t) => ({ start_time: t.start, end_time: t.end })) } : {}),
                ...(w.daysOfMonth ? { days_of_month: w.daysOfMonth } : {}),
                location: w.location ?? 'UTC',
              },
            ],
          })),
        }
      : {}),
    templates: [`${(props.templatesDir ?? ALERTMANAGER_CONFIG_DIR).replace(/\/+$/, '')}/*.tmpl`],
  };
}

/**
 * The inhibit rules. A critical alert silences warnings and infos of the same alert name, and every
 * warning and info about the same workload (`equal: [namespace, workload]`, both sides required to
 * carry the label: Alertmanager treats a label missing on both sides as equal). So a failed
 * deployment silences its own long-running, canary, stuck-rollout, crash-loop and service
 * warnings, not another workload's. Inhibition is global (no receiver gets an inhibited alert), so
 * the alerts remediation answers with a workload-level action stay out of its targets
 * (`WebhookRoute.neverInhibited`).
 */
function inhibitRules(remediation: WebhookRoute | undefined): Array<Record<string, unknown>> {
  const workload = `${WORKLOAD_LABEL}=~".+"`;
  return [
    { source_matchers: ['severity="critical"'], target_matchers: ['severity=~"warning|info"'], equal: ['alertname', 'namespace'] },
    { source_matchers: ['severity="warning"'], target_matchers: ['severity="info"'], equal: ['alertname', 'namespace'] },
    {
      source_matchers: ['severity="critical"', workload],
      target_matchers: [
        'severity=~"warning|info"',
        workload,
        ...(remediation?.neverInhibited?.length ? [`alertname!~"${remediation.neverInhibited.join('|')}"`] : []),
      ],
      equal: ['namespace', WORKLOAD_LABEL],
    },
  ];
}

/**
 * The remediation service's webhook: its bearer token from the mounted Secret (prometheus/common
 * reads `credentials_file` on every request, so a rotated token needs no reload), every alert of
 * the group (`max_alerts: 0`), and from Alertmanager 0.28 a deadline (`timeout`, absent before:
 * alertmanager v0.28.1 config/notifiers.go WebhookConfig) longer than the service's own queue wait
 * and API deadlines, so a slow answer is not retried while it is still being acted on.
 */
function remediationWebhook(remediation: WebhookRoute, version: string): Record<string, unknown> {
  return {
    url: remediation.url,
    send_resolved: false,
    max_alerts: 0,
    ...(remediation.tokenFile ? { http_config: { authorization: { type: 'Bearer', credentials_file: remediation.tokenFile } } } : {}),
    ...(compareVersions(version, '0.28.0') >= 0 ? { timeout: '45s' } : {}),
  };
}

/**
 * The remediation service's route: the mapped alerts in its namespaces, one group per alert (the
 * service acts per target), re-sent after the cooldown while they keep firing (at least 1m:
 * Alertmanager refuses a zero repeat interval), muted in maintenance windows like other
 * non-critical routes, and continuing so the roles are notified as well.
 */
function remediationRouteOf(remediation: WebhookRoute, muted: string[]): RenderedRoute {
  const alternatives = (values: readonly string[]) => (values.length === 1 ? `="${values[0]}"` : `=~"${values.join('|')}"`);
  return {
    receiver: REMEDIATION_RECEIVER,
    matchers: [`alertname${alternatives(remediation.alerts)}`, `namespace${alternatives(remediation.namespaces)}`],
    continue: true,
    group_by: ['...'],
    group_wait: '10s',
    group_interval: '1m',
    repeat_interval: formatDuration(Math.max(60, remediation.cooldownSeconds)),
    ...(muted.length ? { mute_time_intervals: muted } : {}),
  };
}

/**
 * The notification templates the channels reference (`kubeship.tmpl`). A group of several alert
 * names (one workload's alerts, grouped per workload) is titled by the workload.
 */
export const NOTIFICATION_TEMPLATES = `{{ define "kubeship.title" }}[{{ .Status | toUpper }}{{ if eq .Status "firing" }}:{{ .Alerts.Firing | len }}{{ end }}] {{ or .CommonLabels.alertname .CommonLabels.workload }}{{ with .CommonLabels.namespace }} ({{ . }}){{ end }}{{ end }}
{{ define "kubeship.text" }}{{ range .Alerts }}*{{ .Labels.severity }}* {{ .Annotations.summary }}
{{ .Annotations.description }}{{ with .Annotations.runbook_url }}
Runbook: {{ . }}{{ end }}
{{ end }}{{ end }}
{{ define "kubeship.email.subject" }}[{{ or .CommonLabels.environment "unknown" }}] {{ or .CommonLabels.alertname .CommonLabels.workload }} {{ .Status }}{{ end }}
{{ define "kubeship.sms" }}{{ or .CommonLabels.alertname .CommonLabels.workload }} {{ .Status }}{{ with .CommonLabels.namespace }} {{ . }}{{ end }}: {{ .CommonAnnotations.summary }}{{ end }}
`;

/** The files of the Alertmanager config Secret: `alertmanager.yaml` and the templates it loads (`kubeship.tmpl`). */
export function alertmanagerConfigFiles(props: AlertmanagerConfigProps): Record<string, string> {
  return {
    'alertmanager.yaml': yaml.stringify(renderAlertmanagerConfig(props), { lineWidth: 0 }),
    'kubeship.tmpl': NOTIFICATION_TEMPLATES,
  };
}

/** Every channel of the roles and of the dead man's switch. */
export function channelsOf(props: Pick<AlertmanagerConfigProps, 'roles' | 'deadMansSwitch'>): Channel[] {
  return [...(props.roles ?? []).flatMap((r) => r.channels ?? []), ...(props.deadMansSwitch ?? [])];
}

/** The Secret names the channels read credentials from (to mount with the Alertmanager CR's `secrets`), sorted. */
export function credentialSecretNames(props: Pick<AlertmanagerConfigProps, 'roles' | 'deadMansSwitch'>): string[] {
  return [...new Set(channelsOf(props).flatMap((c) => c.secretRefs().map((ref) => ref.name)))].sort();
}
