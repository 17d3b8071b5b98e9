/**
 * Velero schedules as Velero reads them: `cron.ParseStandard` of robfig/cron v3.0.1 (Velero
 * v1.18.1 pkg/controller/schedule_controller.go parseCronSchedule): five fields (minute, hour,
 * day of month, month, day of week) with `*`, `?`, lists, ranges, steps and month/day names, the
 * descriptors `@yearly` `@annually` `@monthly` `@weekly` `@daily` `@midnight` `@hourly` and
 * `@every <duration>`, and an optional `CRON_TZ=<zone>` / `TZ=<zone>` prefix. Pure.
 *
 * `longestGapSeconds` is what the backup alerts are built on: the longest time between two runs,
 * so "no successful backup for longer than that" means a run was missed or failed.
 */

import { DurationInput, DURATION_ALLOWED, durationSeconds, formatDuration } from '../core/duration';
import { Problems } from '../core/problems';

/** A parsed schedule: the minutes, hours, days, months and weekdays it fires at. */
export interface CronSchedule {
  /** The minutes it runs at (0-59). */
  readonly minutes: ReadonlySet<number>;
  /** The hours (0-23). */
  readonly hours: ReadonlySet<number>;
  /** The days of the month (1-31). */
  readonly daysOfMonth: ReadonlySet<number>;
  /** The months (1-12). */
  readonly months: ReadonlySet<number>;
  /** The days of the week (0-6, Sunday 0). */
  readonly daysOfWeek: ReadonlySet<number>;
  /** robfig/cron: day of month and day of week are ANDed when either is `*` or `?`, else ORed. */
  readonly dayStar: boolean;
  /** `@every`: a fixed interval instead of fields. */
  readonly everySeconds?: number;
  /** The `CRON_TZ=` / `TZ=` zone, when given. */
  readonly timeZone?: string;
}

const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    offset: 1,
  },
  { name: 'day of week', min: 0, max: 6, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], offset: 0 },
] as const;

const DESCRIPTORS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

/** What a valid schedule looks like (for error messages). */
export const CRON_ALLOWED =
  'a cron expression Velero accepts: five fields "minute hour day-of-month month day-of-week" (e.g. "0 3 * * *", daily at 03:00), ' +
  'or @hourly, @daily, @weekly, @monthly, @yearly, @every <duration> (e.g. "@every 6h"); optionally prefixed by CRON_TZ=<zone>';

/** Go `time.ParseDuration` for `@every` (units h, m, s; e.g. `6h`, `1h30m`). */
function goDurationSeconds(text: string): number | undefined {
  const parts = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  if (!parts || text === '') {
    return undefined;
  }
  const [, h, m, s] = parts;
  return Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s ?? 0);
}

/** Parses one field into its values; a problem string when it is not valid. */
function parseField(text: string, field: (typeof FIELDS)[number]): { values: Set<number>; star: boolean } | string {
  const values = new Set<number>();
  let star = false;
  const value = (v: string): number | undefined => {
    const names = 'names' in field ? field.names : undefined;
    const named = names?.indexOf(v.toLowerCase() as never);
    if (named !== undefined && named >= 0) {
      return named + ('offset' in field ? field.offset : 0);
    }
    return /^\d+$/.test(v) ? Number(v) : undefined;
  };
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined || range === '') {
      return `${field.name} "${part}" is not a value, range or step`;
    }
    let start: number | undefined;
    let end: number | undefined;
    let isStar = false;
    if (range === '*' || range === '?') {
      [start, end, isStar] = [field.min, field.max, true];
    } else {
      const [a, b, more] = range.split('-');
      start = value(a);
      end = b === undefined ? start : value(b);
      if (more !== undefined || start === undefined || end === undefined) {
        return `${field.name} "${part}" is not a number${'names' in field ? ' or name' : ''}`;
      }
    }
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0) {
        return `${field.name} step "${stepText}" is not a positive number`;
      }
      step = Number(stepText);
      // robfig/cron: "N/step" means "N-max/step"
      if (!isStar && !range.includes('-')) {
        end = field.max;
      }
    }
    if (start < field.min || end > field.max || start > end) {
      return `${field.name} "${part}" is outside ${field.min}-${field.max}`;
    }
    for (let v = start; v <= end; v += step) {
      values.add(v);
    }
    star ||= isStar && step === 1;
  }
  return { values, star };
}

/** Why an expression is not a schedule Velero accepts. */
export interface CronProblems {
  /** Every problem, in the user's terms. */
  readonly problems: string[];
}

/** Parses a schedule; the problems when it is not one Velero accepts. */
export function parseCron(expression: string): CronSchedule | CronProblems {
  let text = expression.trim();
  let timeZone: string | undefined;
  const tz = /^(?:CRON_TZ|TZ)=(\S+)\s+/.exec(text);
  if (tz) {
    timeZone = tz[1];
    text = text.slice(tz[0].length);
  }
  if (text.startsWith('@every ')) {
    const seconds = goDurationSeconds(text.slice(7).trim());
    return seconds === undefined || seconds < 1
      ? { problems: [`"${text.slice(7).trim()}" is not a duration (e.g. 6h, 90m, 1h30m)`] }
      : {
          minutes: new Set(),
          hours: new Set(),
          daysOfMonth: new Set(),
          months: new Set(),
          daysOfWeek: new Set(),
          dayStar: true,
          everySeconds: seconds,
          timeZone,
        };
  }
  if (text.startsWith('@')) {
    const expanded = DESCRIPTORS[text];
    if (!expanded) {
      return { problems: [`unknown descriptor "${text}"`] };
    }
    text = expanded;
  }
  const fields = text.split(/\s+/);
  if (fields.length !== 5) {
    return { problems: [`${fields.length} fields; a schedule has 5 (minute hour day-of-month month day-of-week)`] };
  }
  const parsed = fields.map((f, i) => parseField(f, FIELDS[i]));
  const problems = parsed.filter((p): p is string => typeof p === 'string');
  if (problems.length) {
    return { problems };
  }
  const [minute, hour, dom, month, dow] = parsed as Array<{ values: Set<number>; star: boolean }>;
  return {
    minutes: minute.values,
    hours: hour.values,
    daysOfMonth: dom.values,
    months: month.values,
    daysOfWeek: dow.values,
    dayStar: dom.star || dow.star,
    timeZone,
  };
}

/**
 * The longest time between two consecutive runs, in seconds, over every calendar situation (eight
 * years: month lengths, leap years, weekdays); undefined when the schedule never fires (e.g. 30 February).
 * Times are wall-clock: in a zone with daylight saving a gap can be an hour longer.
 */
export function longestGapSeconds(schedule: CronSchedule): number | undefined {
  if (schedule.everySeconds !== undefined) {
    return schedule.everySeconds;
  }
  const minutesOfDay = [...schedule.hours]
    .sort((a, b) => a - b)
    .flatMap((h) => [...schedule.minutes].sort((a, b) => a - b).map((m) => h * 60 + m));
  const fires: number[] = [];
  const start = Date.UTC(2024, 0, 1);
  const DAY = 86_400_000;
  for (let day = 0; day < 366 * 8; day++) {
    const date = new Date(start + day * DAY);
    if (!schedule.months.has(date.getUTCMonth() + 1)) {
      continue;
    }
    const dom = schedule.daysOfMonth.has(date.getUTCDate());
    const dow = schedule.daysOfWeek.has(date.getUTCDay());
    if (schedule.dayStar ? dom && dow : dom || dow) {
      for (const minute of minutesOfDay) {
        fires.push(day * 1440 + minute);
      }
    }
  }
  if (fires.length === 0) {
    return undefined;
  }
  if (fires.length === 1) {
    return 366 * 8 * 86_400;
  }
  let longest = 0;
  for (let i = 1; i < fires.length; i++) {
    longest = Math.max(longest, fires[i] - fires[i - 1]);
  }
  return longest * 60;
}

/** What a backup may take beyond the longest gap between runs before it counts as overdue. */
export const DEFAULT_BACKUP_GRACE_SECONDS = 3600;

/**
 * The longest gap between runs of `schedule`, recording at `p` (field `schedule`) a schedule Velero
 * would refuse or one that never fires. With `alertWindow`, what the construct and the stack config
 * both check.
 */
export function scheduleGap(schedule: unknown, p: Problems): number | undefined {
  const cron = typeof schedule === 'string' ? parseCron(schedule) : { problems: ['not text'] };
  if ('problems' in cron) {
    p.add('schedule', schedule, CRON_ALLOWED, `fix the expression (${cron.problems.join('; ')})`);
    return undefined;
  }
  const gap = longestGapSeconds(cron);
  p.check(
    gap !== undefined,
    'schedule',
    schedule,
    'a schedule that fires',
    'this expression matches no date (e.g. 30 February); pick days that exist',
  );
  return gap;
}

/**
 * The backup alerts' window: `alertAfter`, or the longest gap plus DEFAULT_BACKUP_GRACE_SECONDS.
 * Records at `p` (field `field`) an alertAfter that is no duration, or one within the gap (the alert
 * would fire between backups); undefined when it cannot be known.
 */
export function alertWindow(
  gap: number | undefined,
  alertAfter: DurationInput | undefined,
  p: Problems,
  field = 'alertAfter',
): number | undefined {
  if (alertAfter === undefined) {
    return gap === undefined ? undefined : gap + DEFAULT_BACKUP_GRACE_SECONDS;
  }
  const given = durationSeconds(alertAfter);
  if (given === undefined) {
    p.add(field, alertAfter, DURATION_ALLOWED, 'write it as e.g. "26h"');
  } else if (gap !== undefined && given <= gap) {
    p.add(
      field,
      alertAfter,
      `longer than the longest gap between two runs (${formatDuration(gap)})`,
      `use at least ${formatDuration(gap + DEFAULT_BACKUP_GRACE_SECONDS)}, or the alert fires between backups`,
    );
  }
  return given;
}
