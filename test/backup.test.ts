/**
 * Backups: Velero schedules read as Velero v1.18.1 reads them (robfig/cron v3.0.1 ParseStandard),
 * the Schedule and alerts `BackupSchedule` renders (strictly valid against the upstream CRD), and
 * the `backup` stack setting.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'yaml';
import { BackupSchedule, BackupScheduleProps, MonitoringStack, VERSIONS } from '../constructs';
import { longestGapSeconds, parseCron, stackSelectorLabels } from '../constructs/testing';
import { parseStackConfig } from '../stacks/config';
import { checkEnvironment } from '../stacks/main';
import { validateManifest } from './helpers/schema';
import { chart, find, inventory, synth } from './helpers/synth';
import { tempDir } from './helpers/tools';

/** Writes `Pulumi.<stack>.yaml` with these `kubeship:` settings; returns the file. */
function configFile(dir: string, stack: string, settings: Record<string, unknown>): string {
  const file = path.join(dir, `Pulumi.${stack}.yaml`);
  fs.writeFileSync(file, yaml.stringify({ config: Object.fromEntries(Object.entries(settings).map(([k, v]) => [`kubeship:${k}`, v])) }));
  return file;
}

const H = 3600;
const gap = (expression: string) => {
  const parsed = parseCron(expression);
  if ('problems' in parsed) {
    throw new Error(parsed.problems.join('; '));
  }
  return longestGapSeconds(parsed);
};

describe('schedules as Velero reads them', () => {
  test.each([
    ['0 3 * * *', 24 * H],
    ['*/15 * * * *', 15 * 60],
    ['0 */6 * * *', 6 * H],
    // weekdays only: Friday 03:00 to Monday 03:00
    ['0 3 * * 1-5', 72 * H],
    ['0 3 * * MON-FRI', 72 * H],
    // the first of each month: the longest gap follows a 31-day month
    ['0 0 1 * *', 31 * 24 * H],
    // day of month AND day of week when either is *: Sundays; OR when both are restricted: the 1st or any Sunday
    ['0 0 * * 0', 7 * 24 * H],
    ['0 0 1 * 0', 7 * 24 * H],
    // "N/step" means N-max/step (robfig): 5, 25 and 45 past every hour, so 20 minutes apart (not hourly at 5 past)
    ['5/20 * * * *', 20 * 60],
    ['@daily', 24 * H],
    ['@hourly', H],
    ['@weekly', 7 * 24 * H],
    ['@every 6h', 6 * H],
    ['@every 1h30m', 90 * 60],
    ['CRON_TZ=Europe/Berlin 0 3 * * *', 24 * H],
    // 29 February: every four years
    ['0 0 29 2 *', (3 * 365 + 366) * 24 * H],
  ])('%s runs at most %i seconds apart', (expression, seconds) => {
    expect(gap(expression)).toBe(seconds);
  });

  test.each([
    ['0 3 * *', /4 fields; a schedule has 5/],
    ['61 * * * *', /minute "61" is outside 0-59/],
    ['0 24 * * *', /hour "24" is outside 0-23/],
    ['0 0 * * 7', /day of week "7" is outside 0-6/],
    ['0 0 * JANUARY *', /month "JANUARY" is not a number or name/],
    ['*/0 * * * *', /step "0" is not a positive number/],
    ['@fortnightly', /unknown descriptor/],
    ['@every 2d', /"2d" is not a duration/],
  ])('%s is refused, saying why', (expression, why) => {
    const parsed = parseCron(expression);
    expect('problems' in parsed && parsed.problems.join('; ')).toMatch(why);
  });

  test('a schedule that matches no date never fires', () => {
    expect(gap('0 0 30 2 *')).toBeUndefined();
  });
});

describe('BackupSchedule', () => {
  const stack = { selectorLabels: stackSelectorLabels('monitoring'), targetLabels: { environment: 'prod' }, scrapeIntervalSeconds: 30 };
  const props = (extra: Partial<BackupScheduleProps> = {}): BackupScheduleProps => ({
    schedule: '0 3 * * *',
    namespaces: ['shop', 'monitoring'],
    ...extra,
  });

  test("renders a Velero Schedule in Velero's namespace, valid against the v1.18.1 CRD, and its alerts", () => {
    const c = chart('velero');
    const backup = new BackupSchedule(c, 'nightly', props({ monitoring: { stack } }));
    const out = synth(c);
    expect(inventory(out)).toEqual(['Schedule/nightly', 'PrometheusRule/nightly-backup']);
    out.forEach((o) => expect(validateManifest(o)).toBeGreaterThanOrEqual(1));
    expect(find(out, 'Schedule')).toEqual({
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      metadata: { name: 'nightly', namespace: 'velero', labels: { 'app.kubernetes.io/managed-by': 'kubeship' } },
      spec: {
        schedule: '0 3 * * *',
        useOwnerReferencesInBackup: false,
        template: {
          includedNamespaces: ['shop', 'monitoring'],
          ttl: '720h0m0s',
          storageLocation: 'default',
          snapshotVolumes: true,
          defaultVolumesToFsBackup: false,
          metadata: { labels: { 'app.kubernetes.io/managed-by': 'kubeship' } },
        },
      },
    });
    const rule = find(out, 'PrometheusRule');
    expect(rule.metadata.labels).toMatchObject(stackSelectorLabels('monitoring'));
    expect(rule.spec.groups[0].rules.map((r: { alert: string }) => r.alert)).toEqual([
      'VeleroBackupFailed',
      'VeleroBackupOverdue',
      'VeleroScheduleNotReported',
    ]);
    expect(rule.spec.groups[0].rules[1].expr).toContain('[25h]');
    expect([backup.longestGapSeconds, backup.alertAfterSeconds]).toEqual([24 * H, 25 * H]);
  });

  test('volumes: file-system copies pod volumes, none backs up objects only', () => {
    for (const [volumes, snapshotVolumes, defaultVolumesToFsBackup] of [
      ['file-system', false, true],
      ['none', false, false],
    ] as const) {
      const c = chart('velero');
      new BackupSchedule(c, 'nightly', props({ volumes, ttl: '168h', storageLocation: 'aws-eu' }));
      const schedule = find(synth(c), 'Schedule');
      expect(validateManifest(schedule)).toBe(1);
      expect(schedule.spec.template).toMatchObject({
        snapshotVolumes,
        defaultVolumesToFsBackup,
        ttl: '168h0m0s',
        storageLocation: 'aws-eu',
      });
    }
  });

  test('every problem at once, each with the field, the value, what is allowed and the fix', () => {
    const c = chart('velero');
    new BackupSchedule(c, 'Nightly', {
      schedule: '0 3 * *',
      namespaces: ['Shop'],
      ttl: '30m',
      volumes: 'tape' as never,
      storageLocation: 'Default',
      monitoring: { stack, alertAfter: 'soon' },
    });
    expect(() => synth(c)).toThrow(/name: got "Nightly"/);
    const messages = c.node.findAll().flatMap((n) => n.node.validate());
    expect(messages).toEqual([
      expect.stringMatching(/^name: got "Nightly"; allowed: a DNS subdomain name/),
      expect.stringMatching(/^schedule: got "0 3 \* \*"; allowed: a cron expression Velero accepts.*fix: fix the expression \(4 fields/),
      expect.stringMatching(/^namespaces\[0\]: got "Shop"/),
      expect.stringMatching(/^ttl: got "30m"; allowed: .*at least 1h/),
      expect.stringMatching(/^volumes: got "tape"; allowed: snapshot, file-system or none/),
      expect.stringMatching(/^storageLocation: got "Default"/),
      expect.stringMatching(/^monitoring.alertAfter: got "soon"/),
    ]);
  });

  test('an alert threshold within the gap between runs is refused (it would fire between backups)', () => {
    const c = chart('velero');
    new BackupSchedule(c, 'nightly', props({ monitoring: { stack, alertAfter: '12h' } }));
    expect(() => synth(c)).toThrow(
      /monitoring.alertAfter: got "12h"; allowed: longer than the longest gap between two runs \(24h\); fix: use at least 25h/,
    );
  });
});

describe("the monitoring stack's side of backups", () => {
  test("Velero's server pods are scraped as velero install creates them, and Prometheus' volume can stay out of backups", () => {
    const c = chart('monitoring');
    new MonitoringStack(c, 'monitoring', {
      environment: 'prod',
      grafana: false,
      velero: {},
      prometheus: { storage: { size: '100Gi' }, excludeFromBackup: true },
    });
    const out = synth(c);
    out.forEach((o) => validateManifest(o));
    // Velero v1.18.1 pkg/install/deployment.go + resources.go: pods labelled deploy=velero, container port "metrics" (8085), no metrics Service
    expect(find(out, 'PodMonitor', 'monitoring-velero').spec).toMatchObject({
      namespaceSelector: { matchNames: ['velero'] },
      selector: { matchLabels: { deploy: 'velero' } },
      podMetricsEndpoints: [
        { port: 'metrics', relabelings: expect.arrayContaining([{ action: 'replace', targetLabel: 'job', replacement: 'velero' }]) },
      ],
    });
    const prometheus = find(out, 'Prometheus').spec;
    // pkg/backup/item_backupper.go skips items labelled velero.io/exclude-from-backup=true (no PVC, no snapshot);
    // pkg/util/podvolume/pod_volume.go skips the pod volumes its annotation names (no file-system copy); the
    // operator names the volume prometheus-<name>-db (prometheus-operator v0.93.0 pkg/prometheus/common.go VolumeName)
    expect(prometheus.storage.volumeClaimTemplate.metadata).toEqual({ labels: { 'velero.io/exclude-from-backup': 'true' } });
    expect(prometheus.podMetadata).toEqual({ annotations: { 'backup.velero.io/backup-volumes-excludes': 'prometheus-monitoring-db' } });
  });
});

describe('the backup stack setting', () => {
  const base = { policyEnforcement: 'advisory', apps: { web: { image: 'ghcr.io/example/shop-web:1.0.0' } } };

  test('on in prod only: prod renders the Schedule and scrapes Velero, dev and staging do not', () => {
    for (const env of ['dev', 'staging', 'prod']) {
      const plan = checkEnvironment({ env, configFile: path.join(__dirname, '..', `Pulumi.${env}.yaml`) });
      expect({ env, backup: plan.backup !== undefined, velero: plan.monitoring?.velero !== undefined }).toEqual({
        env,
        backup: env === 'prod',
        velero: env === 'prod',
      });
    }
  });

  test('a schedule Velero would refuse, an alert window within the gap, and too short a metrics retention are each named', () => {
    expect(() => parseStackConfig({ ...base, backup: { schedule: '0 3 * *' } }, 'test')).toThrow(
      /kubeship:backup.schedule: got "0 3 \* \*"; allowed: a cron expression Velero accepts/,
    );
    expect(() => parseStackConfig({ ...base, backup: { schedule: '0 3 * * *', alertAfter: '20h' } }, 'test')).toThrow(
      /kubeship:backup.alertAfter: got "20h"; allowed: longer than the longest gap between two runs \(24h\)/,
    );
    // the default retention (24h) is shorter than the overdue alert's window (25h)
    expect(() => parseStackConfig({ ...base, backup: { schedule: '0 3 * * *' } }, 'test')).toThrow(
      /kubeship:monitoring.prometheus.retention: got "24h"; allowed: at least the backup alert window \(25h\)/,
    );
    expect(() =>
      parseStackConfig({ ...base, backup: { schedule: '0 3 * * *' }, monitoring: { prometheus: { retention: '7d' } } }, 'test'),
    ).not.toThrow();
  });

  test('construct problems land on the kubeship:backup key that caused them', () => {
    const tmp = tempDir('backup-config');
    try {
      const file = configFile(tmp.dir, 'qa', {
        ...base,
        backup: { schedule: '0 3 * * *', storageLocation: 'Not_A_Name' },
        monitoring: { prometheus: { retention: '7d' } },
      });
      expect(() => checkEnvironment({ env: 'qa', configFile: file })).toThrow(/kubeship:backup.storageLocation: got "Not_A_Name"/);
    } finally {
      tmp.remove();
    }
  });

  test('the version matrix names the Velero the Schedule is written for', () => {
    expect(VERSIONS.velero).toBe('1.18.1');
  });
});
