/**
 * Alerts on Velero's own metrics for kubeship's backup schedules, written against the series
 * Velero v1.18.1 exports (pkg/metrics/metrics.go, namespace `velero`, label `schedule` = the
 * Schedule's name, taken from the backup's `velero.io/schedule-name` label):
 *
 * - `velero_backup_last_status{schedule}`: gauge, 1 after a successful backup, 0 after a failed,
 *   partially failed or invalid one (pkg/controller/backup_controller.go, backup_finalizer_controller.go);
 *   `InitSchedule` sets it to 1 whenever the schedule is reconciled (also after a Velero restart).
 * - `velero_backup_success_total{schedule}`: counter, created at 0 by `InitSchedule`, +1 per success.
 * - `velero_backup_last_successful_timestamp{schedule}`: gauge set at each success only; absent
 *   after a Velero restart until the next success.
 *
 * Pure: a `RuleGroup` for `AlertRules`.
 */
import { formatDuration } from '../core/duration';
import { AlertRule, DEFAULT_RUNBOOK_BASE_URL, RuleGroup, selector } from '../monitoring/rules';

/** The `job` label of Velero's series (the monitoring stack's Velero PodMonitor sets it). */
export const VELERO_JOB = 'velero';

/** Names of the backup alerts. */
export const BACKUP_ALERTS = ['VeleroBackupFailed', 'VeleroBackupOverdue', 'VeleroScheduleNotReported'] as const;

/** One schedule to alert on. */
export interface BackupAlertTarget {
  /** The Velero Schedule's name (the `schedule` label of its series). */
  readonly schedule: string;
  /** No successful backup for this long (seconds) is an alert: the longest gap between runs plus the time a backup may take. */
  readonly alertAfterSeconds: number;
}

/** Options of `backupAlertGroup`. */
export interface BackupAlertOptions {
  /** Selector of Velero's series. @default 'job="velero"' */
  readonly veleroSelector?: string;
  /** Base URL of the kubeship runbooks. @default DEFAULT_RUNBOOK_BASE_URL */
  readonly runbookBaseUrl?: string;
}

/** The alerts of one or more backup schedules (each critical: production data without a backup). */
export function backupAlertGroup(targets: readonly BackupAlertTarget[], options: BackupAlertOptions = {}): RuleGroup {
  const velero = options.veleroSelector ?? `job="${VELERO_JOB}"`;
  const base = (options.runbookBaseUrl ?? DEFAULT_RUNBOOK_BASE_URL).replace(/\/+$/, '');
  const runbook = (alert: string) => `${base}/${alert.toLowerCase()}.md`;
  const rules: AlertRule[] = targets.flatMap(({ schedule, alertAfterSeconds }): AlertRule[] => {
    const of = selector(velero, `schedule="${schedule}"`);
    const window = formatDuration(alertAfterSeconds);
    return [
      {
        alert: 'VeleroBackupFailed',
        expr: `max by (schedule) (velero_backup_last_status${of}) == 0`,
        labels: { severity: 'critical' },
        annotations: {
          summary: `The last backup of schedule ${schedule} failed.`,
          description:
            `Velero's most recent backup of schedule ${schedule} failed, partially failed or was invalid: the data it should hold is not safe. ` +
            `See \`velero backup get --selector velero.io/schedule-name=${schedule}\` and \`velero backup describe <backup> --details\`. ` +
            'The alert resolves when a backup of the schedule succeeds.',
          runbook_url: runbook('VeleroBackupFailed'),
        },
      },
      {
        alert: 'VeleroBackupOverdue',
        // a success within the window, seen by the counter (which survives Velero restarts through
        // increase() across the old and new pod's series) or by the last-success timestamp
        // (which covers a Prometheus that has less history than the window)
        expr:
          `(sum by (schedule) (increase(velero_backup_success_total${of}[${window}])) == 0)\n` +
          `unless on (schedule)\n(time() - max by (schedule) (velero_backup_last_successful_timestamp${of}) < ${alertAfterSeconds})`,
        labels: { severity: 'critical' },
        annotations: {
          summary: `No successful backup of schedule ${schedule} for ${window}.`,
          description:
            `Velero has not completed a backup of schedule ${schedule} for ${window}, longer than the schedule allows: runs were missed, ` +
            'failed or are stuck. Check the Schedule (`velero schedule describe`), its phase and the Velero server logs.',
          runbook_url: runbook('VeleroBackupOverdue'),
        },
      },
      {
        alert: 'VeleroScheduleNotReported',
        expr: `absent(velero_backup_success_total${of})`,
        for: '15m',
        labels: { severity: 'critical', schedule },
        annotations: {
          summary: `Velero reports nothing about schedule ${schedule}.`,
          description:
            `Prometheus has no series of schedule ${schedule} from Velero (${velero}) for 15 minutes: Velero is down, not scraped ` +
            "(the monitoring stack's Velero PodMonitor: namespace, pod labels, port), or the Schedule was not applied. Backups cannot be watched until it is back.",
          runbook_url: runbook('VeleroScheduleNotReported'),
        },
      },
    ];
  });
  return { name: 'kubeship-backup', rules };
}
