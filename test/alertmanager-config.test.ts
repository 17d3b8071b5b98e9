/**
 * The rendered Alertmanager configuration, proven with the real amtool (Debian trixie's 0.28.1):
 * `amtool check-config` accepts it, and the route simulator agrees with
 * `amtool config routes test` on a table of label sets.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'yaml';
import { Chart, Testing } from 'cdk8s';
import {
  AlertmanagerConfigProps,
  Channels,
  DEFAULT_ALERTMANAGER_VERSION,
  DEFAULT_TIMING,
  MonitoringStack,
  NOTIFICATION_TEMPLATES,
} from '../constructs';
import { activeTimeIntervals, receiversAt, receiversFor, renderAlertmanagerConfig, routesFor } from '../constructs/testing';
import { mountLikeOperator } from './helpers/alertmanager';
import { prodNotifications, RECEIVERS_SECRET, synthesizedConfigFiles } from './helpers/alerting-fixture';
import { validateAll } from './helpers/schema';
import { run, tempDir } from './helpers/tools';

const secret = (key: string) => ({ name: 'alertmanager-receivers', key });

/** The requested roles: ops gets critical alerts on every channel; dev gets everything on Slack. */
const prod = (): AlertmanagerConfigProps => ({
  roles: [
    {
      name: 'ops',
      severities: ['critical'],
      channels: [
        Channels.pagerDuty({ routingKey: secret('pagerduty-routing-key') }),
        Channels.slack({ channel: '#ops', webhookUrl: secret('slack-ops-webhook') }),
        Channels.teams({ webhookUrl: secret('teams-workflow-url') }),
        Channels.sns({ region: 'eu-west-1', topicArn: 'arn:aws:sns:eu-west-1:123456789012:ops-sms' }),
        Channels.email({
          to: ['ops@example.com'],
          from: 'alertmanager@example.com',
          smarthost: 'smtp.example.com:587',
          username: 'alertmanager',
          password: secret('smtp-password'),
        }),
      ],
    },
    { name: 'dev', channels: [Channels.slack({ channel: '#dev', webhookUrl: secret('slack-dev-webhook') })] },
    {
      name: 'payments',
      severities: ['critical', 'warning'],
      matchers: ['namespace="payments"'],
      channels: [Channels.webhook({ url: secret('payments-hook') })],
    },
  ],
  deadMansSwitch: [Channels.webhook({ url: secret('deadmans-switch-url') })],
  maintenanceWindows: [
    { name: 'weekly-maintenance', weekdays: ['saturday'], times: [{ start: '02:00', end: '04:00' }], location: 'Europe/Berlin' },
  ],
  escalations: [{ to: 'ops', after: '15m', severities: ['warning'] }],
});
const dev = (): AlertmanagerConfigProps => ({
  roles: [{ name: 'dev', channels: [Channels.slack({ channel: '#dev', webhookUrl: secret('slack-dev-webhook') })] }],
});

const LABEL_SETS: Array<Record<string, string>> = [
  { alertname: 'DeploymentFailed', severity: 'critical', namespace: 'shop' },
  { alertname: 'DeploymentLongRunning', severity: 'warning', namespace: 'shop' },
  { alertname: 'DeploymentCanaryIssue', severity: 'warning', namespace: 'payments' },
  { alertname: 'DeploymentRollbackFailed', severity: 'critical', namespace: 'payments' },
  { alertname: 'SomethingInformational', severity: 'info', namespace: 'shop' },
  { alertname: 'Watchdog', severity: 'none' },
  { alertname: 'NoSeverity', namespace: 'shop' },
  // alerts naming a workload take the per-workload child routes
  { alertname: 'DeploymentFailed', severity: 'critical', namespace: 'shop', workload: 'web' },
  { alertname: 'KubePodCrashLooping', severity: 'warning', namespace: 'payments', workload: 'api', pod: 'api-1' },
];

describe('Alertmanager configuration', () => {
  const tmp = tempDir('alertmanager');
  afterAll(() => tmp.remove());

  function write(name: string, props: AlertmanagerConfigProps): string {
    const dir = path.join(tmp.dir, name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'kubeship.tmpl'), NOTIFICATION_TEMPLATES);
    const file = path.join(dir, 'alertmanager.yaml');
    fs.writeFileSync(file, yaml.stringify(renderAlertmanagerConfig({ ...props, templatesDir: dir })));
    return file;
  }

  test.each([
    ['prod', prod()],
    ['dev', dev()],
  ])('amtool check-config accepts the %s configuration', (name, props) => {
    const result = run('amtool', ['check-config', write(name, props)]);
    expect(result.output).toContain('SUCCESS');
    expect(result.code).toBe(0);
  });

  test('amtool check-config rejects a broken configuration (the check can fail)', () => {
    const file = path.join(tmp.dir, 'broken.yaml');
    const config = renderAlertmanagerConfig(prod());
    fs.writeFileSync(file, yaml.stringify({ ...config, route: { ...config.route, receiver: 'nobody' } }));
    expect(run('amtool', ['check-config', file]).code).not.toBe(0);
  });

  test.each([
    ['prod', prod()],
    ['dev', dev()],
  ])('the route simulator agrees with amtool config routes test (%s)', (name, props) => {
    const file = write(`${name}-routes`, props);
    const config = renderAlertmanagerConfig(props);
    for (const labels of LABEL_SETS) {
      const args = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
      const result = run('amtool', ['config', 'routes', 'test', `--config.file=${file}`, ...args]);
      const fromAmtool = result.output
        .split('\n')
        .find((l) => l.trim() && !l.startsWith('Warning'))!
        .trim();
      expect({ labels, receivers: receiversFor(config, labels).join(',') }).toEqual({ labels, receivers: fromAmtool });
    }
  });

  test('roles: ops gets critical alerts on every channel, dev gets everything, payments only its namespace', () => {
    const config = renderAlertmanagerConfig(prod());
    expect(receiversFor(config, LABEL_SETS[0])).toEqual(['ops', 'dev']);
    expect(receiversFor(config, LABEL_SETS[1])).toEqual(['dev', 'ops']); // ops through the escalation route
    expect(receiversFor(config, LABEL_SETS[3])).toEqual(['ops', 'dev', 'payments']);
    expect(receiversFor(config, LABEL_SETS[5])).toEqual(['deadmansswitch']);
    const ops = config.receivers.find((r) => r.name === 'ops')!;
    expect(Object.keys(ops).sort()).toEqual([
      'email_configs',
      'msteamsv2_configs',
      'name',
      'pagerduty_configs',
      'slack_configs',
      'sns_configs',
    ]);
  });

  test('critical routes deliver fast and are not muted; other routes are muted during maintenance; escalation waits', () => {
    const config = renderAlertmanagerConfig(prod());
    const [critical] = routesFor(config, LABEL_SETS[0]);
    expect(critical).toMatchObject({ receiver: 'ops', group_wait: '10s', continue: true });
    expect(critical.mute_time_intervals).toBeUndefined();
    const [devWarning, escalation] = routesFor(config, LABEL_SETS[1]);
    expect(devWarning).toMatchObject({ receiver: 'dev', group_wait: '30s', mute_time_intervals: ['weekly-maintenance'] });
    expect(escalation).toMatchObject({ receiver: 'ops', group_wait: '15m' });
    expect(config.time_intervals).toEqual([
      {
        name: 'weekly-maintenance',
        time_intervals: [{ weekdays: ['saturday'], times: [{ start_time: '02:00', end_time: '04:00' }], location: 'Europe/Berlin' }],
      },
    ]);
    expect(config.inhibit_rules[0]).toEqual({
      source_matchers: ['severity="critical"'],
      target_matchers: ['severity=~"warning|info"'],
      equal: ['alertname', 'namespace'],
    });
  });

  test("inhibition is keyed on the workload: a critical alert silences the same workload's warnings whatever their name", () => {
    const config = renderAlertmanagerConfig(prod());
    expect(config.inhibit_rules[2]).toEqual({
      source_matchers: ['severity="critical"', 'workload=~".+"'],
      target_matchers: ['severity=~"warning|info"', 'workload=~".+"'],
      equal: ['namespace', 'workload'],
    });
    // with remediation, the alerts it answers with a workload-level action are never inhibited
    // (inhibition is global: the service would not see them); pod deletions of a failed release are
    const withRemediation = renderAlertmanagerConfig({
      ...prod(),
      remediation: {
        url: 'http://monitoring-remediation.monitoring.svc:8080/alerts',
        alerts: ['KubeDeploymentRolloutStuck', 'KubePodCrashLooping'],
        namespaces: ['shop'],
        cooldownSeconds: 300,
        neverInhibited: ['KubeDeploymentRolloutStuck'],
      },
    });
    expect(withRemediation.inhibit_rules[2].target_matchers).toEqual([
      'severity=~"warning|info"',
      'workload=~".+"',
      'alertname!~"KubeDeploymentRolloutStuck"',
    ]);
  });

  test("alerts naming a workload are grouped per workload on every route, and child routes repeat the parent's mute intervals", () => {
    const config = renderAlertmanagerConfig({ ...prod(), escalations: [{ to: 'ops', after: '15m', severities: ['critical', 'warning'] }] });
    const escalations = config.route.routes!.filter((r) => r.group_wait === '15m');
    const child = (muted?: string[]) => [
      {
        receiver: 'ops',
        matchers: ['workload=~".+"'],
        group_by: ['namespace', 'workload'],
        ...(muted ? { mute_time_intervals: muted } : {}),
      },
    ];
    expect(escalations).toEqual([
      {
        receiver: 'ops',
        matchers: ['severity="critical"'],
        continue: true,
        group_wait: '15m',
        group_interval: '5m',
        repeat_interval: '1h',
        routes: child(),
      },
      {
        receiver: 'ops',
        matchers: ['severity="warning"'],
        continue: true,
        group_wait: '15m',
        group_interval: '5m',
        repeat_interval: '1h',
        mute_time_intervals: ['weekly-maintenance'],
        routes: child(['weekly-maintenance']),
      },
    ]);
    // the route simulator applies Alertmanager's inheritance (v0.28.1 dispatch/route.go NewRoute):
    // timing and receiver inherited, mute intervals only the route's own
    const dev = routesFor(config, { alertname: 'DeploymentLongRunning', severity: 'warning', namespace: 'shop', workload: 'web' })[0];
    expect(dev).toEqual({
      receiver: 'dev',
      matchers: ['workload=~".+"'],
      group_by: ['namespace', 'workload'],
      ...DEFAULT_TIMING,
      mute_time_intervals: ['weekly-maintenance'],
    });
    const noWorkload = routesFor(config, { alertname: 'TargetDown', severity: 'warning', namespace: 'monitoring' })[0];
    expect(noWorkload.group_by).toEqual(['alertname', 'namespace']);
    expect(renderAlertmanagerConfig({ ...prod(), groupByWorkload: false }).route.routes!.every((r) => r.routes === undefined)).toBe(true);
  });

  test("the Watchdog goes to the dead man's switch every minute, never to people", () => {
    const config = renderAlertmanagerConfig(prod());
    expect(config.route.routes![0]).toEqual({
      receiver: 'deadmansswitch',
      matchers: ['alertname="Watchdog"'],
      group_wait: '0s',
      group_interval: '1m',
      repeat_interval: '1m',
    });
    expect(config.receivers.find((r) => r.name === 'deadmansswitch')).toEqual({
      name: 'deadmansswitch',
      webhook_configs: [
        { url_file: '/etc/alertmanager/secrets/alertmanager-receivers/deadmans-switch-url', send_resolved: true, max_alerts: 0 },
      ],
    });
    expect(receiversFor(config, { alertname: 'Watchdog', severity: 'none' })).toEqual(['deadmansswitch']);
    expect(receiversFor(renderAlertmanagerConfig(dev()), { alertname: 'Watchdog', severity: 'none' })).toEqual(['null']);
  });

  test('receiversAt evaluates the maintenance window in its time zone, end exclusive, across daylight saving', () => {
    const config = renderAlertmanagerConfig(prod()); // Saturday 02:00-04:00 Europe/Berlin
    const [critical, warning] = [LABEL_SETS[0], LABEL_SETS[1]];
    const at = (iso: string) => new Date(iso);
    // winter (UTC+1): 02:30 Berlin is 01:30Z
    expect(activeTimeIntervals(config, at('2026-11-28T01:30:00Z'))).toEqual(['weekly-maintenance']);
    expect(receiversAt(config, warning, at('2026-11-28T01:30:00Z'))).toEqual([]); // dev muted, and the warning escalation to ops too
    expect(receiversAt(config, critical, at('2026-11-28T01:30:00Z'))).toEqual(['ops', 'dev']); // critical never muted
    expect(receiversAt(config, warning, at('2026-11-28T03:00:00Z'))).toEqual(['dev', 'ops']); // 04:00 Berlin: the end is exclusive
    expect(receiversAt(config, warning, at('2026-11-28T00:59:00Z'))).toEqual(['dev', 'ops']); // 01:59 Berlin
    expect(receiversAt(config, warning, at('2026-11-27T01:30:00Z'))).toEqual(['dev', 'ops']); // a Friday
    // summer (UTC+2): 02:30 Berlin is 00:30Z; 02:30Z is 04:30 Berlin
    expect(receiversAt(config, warning, at('2026-07-04T00:30:00Z'))).toEqual([]); // inside the window in summer time: nobody gets the warning
    expect(receiversAt(config, warning, at('2026-07-04T02:30:00Z'))).toEqual(['dev', 'ops']);
    // days of month, counted from the end when negative
    const monthly = renderAlertmanagerConfig({
      ...dev(),
      maintenanceWindows: [{ name: 'last-day', daysOfMonth: ['-1'], includeCritical: true }],
    });
    expect(activeTimeIntervals(monthly, at('2026-02-28T12:00:00Z'))).toEqual(['last-day']);
    expect(activeTimeIntervals(monthly, at('2026-03-30T12:00:00Z'))).toEqual([]);
    expect(receiversAt(monthly, critical, at('2026-02-28T12:00:00Z'))).toEqual([]);
  });

  test('credentials are only file paths of mounted Secret keys', () => {
    const text = yaml.stringify(renderAlertmanagerConfig(prod()));
    for (const field of ['api_url_file', 'webhook_url_file', 'routing_key_file', 'auth_password_file', 'url_file']) {
      expect(text).toContain(`${field}: /etc/alertmanager/secrets/alertmanager-receivers/`);
    }
    expect(text).not.toMatch(/\b(api_url|webhook_url|routing_key|auth_password|url):/);
  });

  test('every problem at once: unknown escalation target, bad window, channel too new for the Alertmanager version', () => {
    expect(() =>
      renderAlertmanagerConfig({
        alertmanagerVersion: '0.26.0',
        roles: [
          {
            name: 'ops',
            channels: [Channels.teams({ webhookUrl: secret('teams') }), Channels.sns({ region: 'eu-west-1', phoneNumber: '0151 1234' })],
          },
        ],
        maintenanceWindows: [{ name: 'nightly', times: [{ start: '23:00', end: '01:00' }], location: 'Mars/Olympus' }],
        escalations: [{ to: 'oncall', after: '30s' }],
      }),
    ).toThrow(
      new RegExp(
        [
          'roles\\[0\\].channels\\[0\\]: got "Microsoft Teams \\(Workflows\\)"; allowed: channels supported by Alertmanager 0.26.0; Microsoft Teams \\(Workflows\\) needs 0.28.0',
          '[^]*roles\\[0\\].channels\\[1\\].phoneNumber: got "0151 1234"',
          '[^]*maintenanceWindows\\[0\\].times\\[0\\]',
          '[^]*maintenanceWindows\\[0\\].location: got "Mars/Olympus"',
          '[^]*escalations\\[0\\].to: got "oncall"; allowed: one of the roles: ops',
          '[^]*escalations\\[0\\].after: got "30s"',
        ].join(''),
      ),
    );
  });

  test('a missing or malformed credential is named by its option', () => {
    expect(() =>
      renderAlertmanagerConfig({
        roles: [
          {
            name: 'ops',
            channels: [Channels.slack({ channel: '#ops' } as never), Channels.pagerDuty({ routingKey: { name: 'Bad Name', key: 'k' } })],
          },
        ],
      }),
    ).toThrow(/roles\[0\]\.channels\[0\]\.webhookUrl: got nothing[^]*roles\[0\]\.channels\[1\]\.routingKey: got \{"name":"Bad Name"/);
  });
});

describe('MonitoringStack notifications', () => {
  const { files, manifests } = synthesizedConfigFiles(prodNotifications());

  test('renders the config Secret the Alertmanager CR reads and mounts the credential Secrets', () => {
    const secret = manifests.find((m) => m.kind === 'Secret');
    expect(secret.metadata).toEqual({
      name: 'alertmanager-main',
      namespace: 'monitoring',
      labels: { 'app.kubernetes.io/managed-by': 'kubeship' },
    });
    expect(Object.keys(secret.stringData).sort()).toEqual(['alertmanager.yaml', 'kubeship.tmpl']);
    expect(secret.stringData['kubeship.tmpl']).toBe(NOTIFICATION_TEMPLATES);
    expect(yaml.parse(files['alertmanager.yaml'])).toEqual(JSON.parse(JSON.stringify(renderAlertmanagerConfig(prodNotifications()))));
    expect(yaml.parse(files['alertmanager.yaml']).templates).toEqual(['/etc/alertmanager/config/*.tmpl']);
    const am = manifests.find((m) => m.kind === 'Alertmanager');
    expect(am.spec).toMatchObject({
      configSecret: 'alertmanager-main',
      secrets: [RECEIVERS_SECRET],
      version: DEFAULT_ALERTMANAGER_VERSION,
    });
    validateAll(manifests);
  });

  test('amtool check-config accepts the synthesized files laid out as the operator mounts them (templates loaded)', () => {
    const mounted = mountLikeOperator(files, { [RECEIVERS_SECRET]: { 'slack-ops-webhook': 'https://hooks.slack.com/services/T/B/X' } });
    try {
      const result = run('amtool', ['check-config', mounted.configFile]);
      expect(result.output).toMatch(/SUCCESS[^]*Found:[^]*- 1 templates/);
      expect(result.code).toBe(0);
    } finally {
      mounted.remove();
    }
  });

  test('without notifications no Secret is rendered; the Alertmanager still runs the version of the version matrix', () => {
    const c = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
    new MonitoringStack(c, 'Monitoring', { name: 'main', environment: 'dev', grafana: false, alertmanager: { secrets: ['extra'] } });
    const out = Testing.synth(c);
    expect(out.filter((m) => m.kind === 'Secret')).toEqual([]);
    const am = out.find((m) => m.kind === 'Alertmanager');
    // before: no version, so the operator's default (v0.33.1 in operator 0.93.0 pkg/operator/defaults.go), never tested here
    expect(am.spec.version).toBe(DEFAULT_ALERTMANAGER_VERSION);
    expect(am.spec.image).toMatch(/^docker\.io\/prom\/alertmanager:v0\.28\.1@sha256:[a-f0-9]{64}$/);
    expect(out.find((m) => m.kind === 'Prometheus').spec.version).toBe('v2.53.3');
    expect(am.spec.secrets).toEqual(['extra']);
  });

  test('an unreadable Alertmanager version is reported where the user set it', () => {
    const c = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
    new MonitoringStack(c, 'Monitoring', {
      environment: 'prod',
      grafana: false,
      alertmanager: { version: 'latest' },
      notifications: prodNotifications(),
    });
    expect(() => Testing.synth(c)).toThrow(/alertmanager\.version: got "latest"; allowed: a version such as "v0.28.1"/);
    expect(() => Testing.synth(c)).not.toThrow(/notifications\.alertmanagerVersion/);
  });

  test('channels are checked against the Alertmanager version the stack runs, named under notifications', () => {
    const c = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
    new MonitoringStack(c, 'Monitoring', {
      environment: 'prod',
      grafana: false,
      alertmanager: { version: 'v0.26.0', serviceAccountName: 'Bad Account' },
      notifications: { roles: [{ name: 'ops', channels: [Channels.teams({ webhookUrl: secret('teams') })] }] },
    });
    expect(() => Testing.synth(c)).toThrow(
      /alertmanager\.serviceAccountName: got "Bad Account"[^]*notifications\.roles\[0\]\.channels\[0\]: got "Microsoft Teams \(Workflows\)"; allowed: channels supported by Alertmanager v0.26.0/,
    );
  });
});
