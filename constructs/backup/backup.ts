import { Construct } from 'constructs';
import { DurationInput, DURATION_ALLOWED, durationSeconds } from '../core/duration';
import { MANAGED_BY_LABELS } from '../core/checks';
import { isDnsLabel, isDnsSubdomain } from '../core/names';
import { Problems } from '../core/problems';
import { Schedule } from '../imports/velero-schedule-velero.io';
import { AlertRules } from '../monitoring/alert-rules';
import { IMonitoringStack } from '../monitoring/selection';
import { backupAlertGroup } from './alerts';
import { alertWindow, scheduleGap } from './cron';

/** How the data in persistent volumes is backed up. */
export type BackupVolumes = 'snapshot' | 'file-system' | 'none';

/** The namespace Velero runs in (`velero install`). */
export const DEFAULT_VELERO_NAMESPACE = 'velero';
/** Velero's own default backup TTL (30 days). */
export const DEFAULT_BACKUP_TTL = '720h';
export { DEFAULT_BACKUP_GRACE_SECONDS } from './cron';

/** How a backup schedule is watched. */
export interface BackupMonitoringOptions {
  /** The monitoring stack whose Prometheus loads the alerts (and scrapes Velero: `MonitoringStackProps.velero`). */
  readonly stack: IMonitoringStack;
  /**
   * No successful backup for this long is an alert (`VeleroBackupOverdue`). At least the longest
   * gap between two runs of the schedule.
   *
   * @default - the longest gap between runs plus one hour
   */
  readonly alertAfter?: DurationInput;
  /** Base URL of the kubeship runbooks. @default DEFAULT_RUNBOOK_BASE_URL */
  readonly runbookBaseUrl?: string;
}

/** Props of `BackupSchedule`. */
export interface BackupScheduleProps {
  /** Name of the Velero Schedule (the `schedule` label of Velero's metrics). @default - the construct id */
  readonly name?: string;
  /** The namespace Velero runs in: it only acts on Schedules there. @default DEFAULT_VELERO_NAMESPACE */
  readonly veleroNamespace?: string;
  /** When backups run, as Velero reads it (e.g. `0 3 * * *`, daily at 03:00 in Velero's time zone, UTC unless `CRON_TZ=` says otherwise). */
  readonly schedule: string;
  /** The namespaces backed up. */
  readonly namespaces: readonly string[];
  /** Only these resources (e.g. `deployments`, `persistentvolumeclaims`). @default - every resource */
  readonly includedResources?: readonly string[];
  /** Never these resources (e.g. `events`). @default - none */
  readonly excludedResources?: readonly string[];
  /** How long Velero keeps each backup (hours at most: Velero's TTL is a Go duration). @default DEFAULT_BACKUP_TTL */
  readonly ttl?: DurationInput;
  /**
   * Persistent volume data: `snapshot` (the provider's volume snapshots), `file-system` (Velero's
   * node agent copies each pod volume: `defaultVolumesToFsBackup`) or `none` (objects only).
   *
   * @default 'snapshot'
   */
  readonly volumes?: BackupVolumes;
  /** The BackupStorageLocation backups go to. @default 'default' */
  readonly storageLocation?: string;
  /** VolumeSnapshotLocations for `snapshot`. @default - Velero's default location */
  readonly volumeSnapshotLocations?: readonly string[];
  /** Alerts on the schedule's backups (failed, overdue, not reported). @default - none */
  readonly monitoring?: BackupMonitoringOptions;
}

/**
 * A Velero `Schedule` (velero.io/v1, Velero v1.18.1) backing up an environment's namespaces, and
 * with `monitoring`, the alerts that page when its backups fail or stop (`backupAlertGroup`).
 * Velero itself is a prerequisite (`velero install`, see the README).
 */
export class BackupSchedule extends Construct {
  /** The Schedule's name. */
  public readonly name: string;
  /** The longest time between two runs, in seconds (undefined when the schedule is invalid). */
  public readonly longestGapSeconds?: number;
  /** After how long without a successful backup the schedule alerts, in seconds. */
  public readonly alertAfterSeconds?: number;

  constructor(scope: Construct, id: string, props: BackupScheduleProps) {
    super(scope, id);
    this.name = props.name ?? id;
    const resolved = resolveBackupSchedule(props);
    const p = Problems.root();
    p.check(isDnsSubdomain(this.name), 'name', this.name, 'a DNS subdomain name', 'use lowercase letters, digits and "-"');
    const { longestGapSeconds, alertAfterSeconds } = validateBackupSchedule(props, p);
    this.longestGapSeconds = longestGapSeconds;
    this.alertAfterSeconds = alertAfterSeconds;
    this.node.addValidation({ validate: () => p.messages() });
    if (!p.isEmpty) {
      return;
    }

    const labels = { ...MANAGED_BY_LABELS };
    new Schedule(this, 'Resource', {
      metadata: { name: this.name, namespace: resolved.veleroNamespace, labels },
      spec: {
        schedule: resolved.schedule,
        useOwnerReferencesInBackup: false,
        template: {
          includedNamespaces: [...resolved.namespaces],
          includedResources: resolved.includedResources ? [...resolved.includedResources] : undefined,
          excludedResources: resolved.excludedResources ? [...resolved.excludedResources] : undefined,
          ttl: goDuration(durationSeconds(resolved.ttl)!),
          storageLocation: resolved.storageLocation,
          volumeSnapshotLocations: resolved.volumeSnapshotLocations ? [...resolved.volumeSnapshotLocations] : undefined,
          snapshotVolumes: resolved.volumes === 'snapshot',
          defaultVolumesToFsBackup: resolved.volumes === 'file-system',
          metadata: { labels },
        },
      },
    });
    if (props.monitoring) {
      new AlertRules(this, 'Alerts', {
        name: `${this.name}-backup`,
        namespace: resolved.veleroNamespace,
        groups: [
          backupAlertGroup([{ schedule: this.name, alertAfterSeconds: alertAfterSeconds! }], {
            runbookBaseUrl: props.monitoring.runbookBaseUrl,
          }),
        ],
        selectorLabels: props.monitoring.stack.selectorLabels,
      });
    }
  }
}

/** A backup schedule's props with every default applied: the one place the defaults live. */
export interface ResolvedBackupSchedule {
  /** The namespace Velero runs in. */
  readonly veleroNamespace: string;
  /** The cron expression, trimmed. */
  readonly schedule: string;
  /** The namespaces backed up. */
  readonly namespaces: readonly string[];
  /** Only these resources, if given. */
  readonly includedResources?: readonly string[];
  /** Never these resources, if given. */
  readonly excludedResources?: readonly string[];
  /** How long each backup is kept. */
  readonly ttl: DurationInput;
  /** How volume data is backed up. */
  readonly volumes: BackupVolumes;
  /** The BackupStorageLocation. */
  readonly storageLocation: string;
  /** VolumeSnapshotLocations, if given. */
  readonly volumeSnapshotLocations?: readonly string[];
}

/** The props with their defaults (pure; values are not checked: `validateBackupSchedule` does that). */
export function resolveBackupSchedule(props: BackupScheduleProps): ResolvedBackupSchedule {
  return {
    veleroNamespace: props.veleroNamespace ?? DEFAULT_VELERO_NAMESPACE,
    schedule: typeof props.schedule === 'string' ? props.schedule.trim() : props.schedule,
    namespaces: Array.isArray(props.namespaces) ? props.namespaces : [],
    includedResources: props.includedResources,
    excludedResources: props.excludedResources,
    ttl: props.ttl ?? DEFAULT_BACKUP_TTL,
    volumes: props.volumes ?? 'snapshot',
    storageLocation: props.storageLocation ?? 'default',
    volumeSnapshotLocations: props.volumeSnapshotLocations,
  };
}

/** What checking a backup schedule computes. */
export interface BackupScheduleTiming {
  /** The longest time between two runs, in seconds; undefined when the schedule is invalid. */
  readonly longestGapSeconds?: number;
  /** After how long without a successful backup it alerts, in seconds; undefined without monitoring. */
  readonly alertAfterSeconds?: number;
}

/**
 * Records every problem of a backup schedule's props (all but its name) and returns what the
 * checks computed: the longest gap between runs and, with monitoring, the alert window (both in
 * seconds, undefined where the input is invalid).
 */
export function validateBackupSchedule(props: BackupScheduleProps, p: Problems): BackupScheduleTiming {
  const resolved = resolveBackupSchedule(props);
  p.check(
    isDnsLabel(resolved.veleroNamespace),
    'veleroNamespace',
    resolved.veleroNamespace,
    'a namespace name',
    'name the namespace Velero runs in (velero install: velero)',
  );
  const gap = scheduleGap(props.schedule, p);
  p.check(resolved.namespaces.length > 0, 'namespaces', props.namespaces, 'at least one namespace', 'list the namespaces to back up');
  resolved.namespaces.forEach((ns, i) =>
    p.check(isDnsLabel(ns), `namespaces[${i}]`, ns, 'a namespace name', 'use lowercase letters, digits and "-"'),
  );
  for (const field of ['includedResources', 'excludedResources'] as const) {
    (resolved[field] ?? []).forEach((r, i) =>
      p.check(
        typeof r === 'string' && /^[a-z0-9.*-]+$/.test(r),
        `${field}[${i}]`,
        r,
        'a resource name as kubectl knows it (e.g. deployments, persistentvolumeclaims.v1)',
        'use the plural, lowercase resource name',
      ),
    );
  }
  const ttlSeconds = durationSeconds(resolved.ttl);
  p.check(
    ttlSeconds !== undefined && ttlSeconds >= 3600,
    'ttl',
    props.ttl,
    `${DURATION_ALLOWED}, at least 1h`,
    'keep backups for e.g. "720h" (30 days)',
  );
  p.check(
    ['snapshot', 'file-system', 'none'].includes(resolved.volumes),
    'volumes',
    resolved.volumes,
    'snapshot, file-system or none',
    'pick how volume data is backed up',
  );
  p.check(
    isDnsSubdomain(resolved.storageLocation),
    'storageLocation',
    resolved.storageLocation,
    'the name of a BackupStorageLocation',
    'name the location (velero install: default)',
  );
  (resolved.volumeSnapshotLocations ?? []).forEach((l, i) =>
    p.check(isDnsSubdomain(l), `volumeSnapshotLocations[${i}]`, l, 'the name of a VolumeSnapshotLocation', 'name the location'),
  );
  if (resolved.volumeSnapshotLocations?.length && resolved.volumes !== 'snapshot') {
    p.add(
      'volumeSnapshotLocations',
      resolved.volumeSnapshotLocations,
      'only with volumes: snapshot',
      'remove them, or back volumes up by snapshot',
    );
  }
  const alertAfter = props.monitoring ? alertWindow(gap, props.monitoring.alertAfter, p, 'monitoring.alertAfter') : undefined;
  return { longestGapSeconds: gap, alertAfterSeconds: alertAfter };
}

/** Seconds as Velero writes a TTL (Go `time.Duration.String()`: `720h0m0s`). */
export function goDuration(seconds: number): string {
  return `${Math.floor(seconds / 3600)}h${Math.floor((seconds % 3600) / 60)}m${seconds % 60}s`;
}
