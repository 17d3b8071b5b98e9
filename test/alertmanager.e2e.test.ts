/**
 * End to end with a real Alertmanager (Debian trixie's 0.28.1) on 127.0.0.1: it runs the config
 * Secret a MonitoringStack synthesizes, reads the receivers' URLs and routing key from mounted
 * Secret files, and delivers a posted critical alert to a loopback stub standing in for Slack,
 * Microsoft Teams (Workflows), PagerDuty and a webhook. Bounded in time; always stopped.
 */
import * as yaml from 'yaml';
import { CRITICAL_TIMING } from '../constructs';
import { receiversAt } from '../constructs/testing';
import { durationSeconds } from '../constructs/core/duration';
import { RealAlertmanager } from './helpers/alertmanager';
import { CRITICAL_ALERT, prodNotifications, stubCredentials, synthesizedConfigFiles, withShortTimers } from './helpers/alerting-fixture';
import { LoopbackStub } from './helpers/servers';

jest.setTimeout(90_000);

const ROUTING_KEY = 'canary-routing-key-5d1e';

describe('real Alertmanager delivers a critical alert to every channel', () => {
  const stub = new LoopbackStub();
  let alertmanager: RealAlertmanager | undefined;
  let posted = 0;

  beforeAll(async () => {
    await stub.start();
    const { files } = synthesizedConfigFiles(prodNotifications(stub.url('/pagerduty')));
    alertmanager = await RealAlertmanager.start(files, stubCredentials(stub, ROUTING_KEY));
    posted = Date.now();
    await alertmanager.post([CRITICAL_ALERT]);
  });

  afterAll(async () => {
    await alertmanager?.stop();
    await stub.stop();
  });

  // the 30 s target for critical alerts; the last test checks the tighter group_wait + 2 s
  const within = 30_000;

  test('Slack: ops and dev channels, with the kubeship title and text', async () => {
    const ops = await stub.first('/slack/ops', within).catch((e) => {
      throw new Error(`${e.message}\n${alertmanager?.log}`);
    });
    const dev = await stub.first('/slack/dev', within);
    expect(ops.body.channel).toBe('#ops');
    expect(dev.body.channel).toBe('#dev');
    const attachment = ops.body.attachments[0];
    expect(attachment.title).toBe('[FIRING:1] DeploymentFailed (shop)');
    expect(attachment.text).toContain('*critical* Deployment shop/web failed.');
    expect(attachment.text).toContain('Runbook: https://runbooks.example.com/DeploymentFailed');
  });

  test('Microsoft Teams (Workflows): an Adaptive Card with the title and text', async () => {
    const teams = await stub.first('/teams', within);
    const card = teams.body.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const texts = JSON.stringify(card.content.body);
    expect(texts).toContain('[FIRING:1] DeploymentFailed (shop)');
    expect(texts).toContain('Deployment shop/web failed.');
  });

  test('PagerDuty (Events v2): a critical trigger with the routing key read from the mounted file', async () => {
    const page = await stub.first('/pagerduty', within);
    expect(page.body.routing_key).toBe(ROUTING_KEY);
    expect(page.body.event_action).toBe('trigger');
    expect(page.body.payload.severity).toBe('critical');
    expect(page.body.payload.summary).toBe('[FIRING:1] DeploymentFailed (shop)');
  });

  test("webhook: the standard payload with the alert's labels and annotations", async () => {
    const hook = await stub.first('/webhook', within);
    expect(hook.body.receiver).toBe('ops');
    expect(hook.body.status).toBe('firing');
    expect(hook.body.alerts).toHaveLength(1);
    expect(hook.body.alerts[0].labels).toEqual(CRITICAL_ALERT.labels);
    expect(hook.body.alerts[0].annotations).toEqual(CRITICAL_ALERT.annotations);
  });

  test('critical alerts arrive within group_wait + 2 s and well inside the 30 s target', async () => {
    await stub.first('/webhook', within);
    const latest = Math.max(...stub.deliveries.map((d) => d.at)) - posted;
    expect(latest).toBeLessThan(durationSeconds(CRITICAL_TIMING.group_wait)! * 1000 + 2_000);
    expect(latest).toBeLessThan(30_000);
    // nothing was delivered twice or elsewhere
    expect(stub.deliveries.map((d) => d.path).sort()).toEqual(['/pagerduty', '/slack/dev', '/slack/ops', '/teams', '/webhook']);
  });
});

describe('real Alertmanager honours a maintenance window covering now', () => {
  // timers shortened to 1 s (the subject is muting, not timing): were any route that reaches a
  // person with the warning left unmuted, dev's or the 15-minute escalation to ops, it would
  // deliver within seconds
  const stub = new LoopbackStub();
  let alertmanager: RealAlertmanager | undefined;
  const now = new Date();
  const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const minutes = now.getUTCHours() * 60 + now.getUTCMinutes();
  const notifications = () => ({
    ...prodNotifications(stub.url('/pagerduty')),
    maintenanceWindows: [
      {
        name: 'now',
        weekdays: [['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][now.getUTCDay()]],
        // at least ~55 minutes on either side, clipped to the UTC day (the test runs in seconds)
        times: [{ start: hhmm(Math.max(0, minutes - 55)), end: minutes + 56 >= 1440 ? '24:00' : hhmm(minutes + 56) }],
        location: 'UTC',
      },
    ],
  });
  const warning = {
    labels: { alertname: 'DeploymentLongRunning', severity: 'warning', namespace: 'shop', name: 'web', workload: 'web' },
    annotations: { summary: 'Deployment shop/web is slow.' },
  };

  beforeAll(async () => {
    await stub.start();
    const { files } = synthesizedConfigFiles(notifications());
    alertmanager = await RealAlertmanager.start(withShortTimers(files), stubCredentials(stub, ROUTING_KEY));
    // a warning about another workload than the critical alert: no inhibition applies
    await alertmanager.post([CRITICAL_ALERT, { ...warning, labels: { ...warning.labels, name: 'api', workload: 'api' } }]);
  });

  afterAll(async () => {
    await alertmanager?.stop();
    await stub.stop();
  });

  test('the critical alert still reaches everyone; the warning reaches nobody, escalation included, as receiversAt predicts', async () => {
    const config = yaml.parse(synthesizedConfigFiles(notifications()).files['alertmanager.yaml']);
    expect(receiversAt(config, CRITICAL_ALERT.labels, now)).toEqual(['ops', 'dev']);
    // before: dev's warning route was muted but the escalation to ops was not (['ops'])
    expect(receiversAt(config, warning.labels, now)).toEqual([]);
    const critical = await stub.first('/slack/dev', 30_000).catch((e) => {
      throw new Error(`${e.message}\n${alertmanager?.log}`);
    });
    expect(critical.body.attachments[0].title).toContain('DeploymentFailed');
    // group_wait and group_interval are 1 s here: wait well past them
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const texts = stub.deliveries.map((d) => JSON.stringify(d.body));
    expect(texts.filter((t) => t.includes('DeploymentLongRunning'))).toEqual([]);
    expect(
      stub.deliveries
        .filter((d) => JSON.stringify(d.body).includes('DeploymentFailed'))
        .map((d) => d.path)
        .sort(),
    ).toEqual(['/pagerduty', '/slack/dev', '/slack/ops', '/teams', '/webhook']);
  });
});

describe("real Alertmanager inhibits by workload: a failed deployment silences its own warnings, not another workload's", () => {
  const stub = new LoopbackStub();
  let alertmanager: RealAlertmanager | undefined;
  const alert = (alertname: string, severity: string, workload: string) => ({
    labels: { alertname, severity, namespace: 'shop', name: workload, workload, environment: 'prod' },
    annotations: { summary: `${alertname} ${workload}`, description: `${alertname} of shop/${workload}` },
  });

  beforeAll(async () => {
    await stub.start();
    const { files } = synthesizedConfigFiles({ ...prodNotifications(stub.url('/pagerduty')), maintenanceWindows: [] });
    alertmanager = await RealAlertmanager.start(withShortTimers(files), stubCredentials(stub, ROUTING_KEY));
    await alertmanager.post([
      CRITICAL_ALERT, // DeploymentFailed of web
      alert('DeploymentCanaryIssue', 'warning', 'web'),
      alert('DeploymentLongRunning', 'warning', 'web'),
      alert('ServiceHighLatency', 'warning', 'web'),
      alert('DeploymentLongRunning', 'warning', 'api'),
    ]);
  });

  afterAll(async () => {
    await alertmanager?.stop();
    await stub.stop();
  });

  test("dev hears of web's failure and of api's slow rollout; none of web's warnings reach anyone", async () => {
    await stub.first('/slack/dev', 30_000).catch((e) => {
      throw new Error(`${e.message}\n${alertmanager?.log}`);
    });
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const texts = stub.deliveries.map((d) => JSON.stringify(d.body));
    // before: the inhibit rules required an equal alertname, and no alert name has two severities
    expect(texts.filter((t) => /DeploymentCanaryIssue|ServiceHighLatency/.test(t))).toEqual([]);
    expect(texts.filter((t) => t.includes('DeploymentLongRunning of shop/web'))).toEqual([]);
    // api's warning: once to dev, and (escalation shortened to 1 s here) once to each of ops' four channels
    expect(
      stub.deliveries
        .filter((d) => JSON.stringify(d.body).includes('DeploymentLongRunning of shop/api'))
        .map((d) => d.path)
        .sort(),
    ).toEqual(['/pagerduty', '/slack/dev', '/slack/ops', '/teams', '/webhook']);
    expect(
      stub.deliveries
        .filter((d) => JSON.stringify(d.body).includes('DeploymentFailed'))
        .map((d) => d.path)
        .sort(),
    ).toEqual(['/pagerduty', '/slack/dev', '/slack/ops', '/teams', '/webhook']);
    // Alertmanager's own view: the web warnings are suppressed by an inhibition, api's is active
    const alerts = (await (await fetch(`${alertmanager!.base}/api/v2/alerts`)).json()) as any[];
    const state = Object.fromEntries(alerts.map((a) => [`${a.labels.alertname}/${a.labels.workload}`, a.status.state]));
    expect(state).toEqual({
      'DeploymentFailed/web': 'active',
      'DeploymentCanaryIssue/web': 'suppressed',
      'DeploymentLongRunning/web': 'suppressed',
      'ServiceHighLatency/web': 'suppressed',
      'DeploymentLongRunning/api': 'active',
    });
  });
});
