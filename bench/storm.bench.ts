/**
 * Alert correlation and escalation, measured on a real Alertmanager (Debian trixie's 0.28.1, fetched
 * by `npm run tools`) running the configuration prod's stack file synthesizes (Pulumi.prod.yaml:
 * roles, escalation, inhibition, grouping, remediation route), with only the delivery endpoints
 * pointed at loopback stubs (HTTP for PagerDuty, Slack, SMS and webhooks; SMTP for email).
 *
 * 1. Storm: one bad release of shop/api as the generated rules raise it: 20 crash-looping pods, the
 *    rollout failed (aborted), its canary analysis failed, the error-rate and latency alerts of the
 *    service. Counted: notifications delivered to people, against the notifications the same
 *    alerts would cause without correlation (each alert on every channel of every receiver it
 *    routes to: `receiversFor`); the goal is 95% fewer. Critical path: time from the
 *    alerts reaching Alertmanager to the first page (goal: under 30 s).
 * 2. Escalation: a warning nobody resolves (shop/web rolling out too long) and the time until it
 *    reaches ops through the escalation route (goal: under 5 minutes). This waits for real.
 *
 * Alerts are re-posted every minute as Prometheus does while they fire. Writes bench/storm-results.json.
 */
import * as path from 'path';
import { App, Testing } from 'cdk8s';
import * as yaml from 'yaml';
import { Channels, RenderedAlertmanagerConfig } from '../constructs';
import { receiversFor } from '../constructs/testing';
import { loadStackConfigFile } from '../stacks/stack-file';
import { planEnvironment } from '../stacks/environment';
import { buildEnvironment, PROJECT_DIR } from '../stacks/main';
import { RealAlertmanager } from '../test/helpers/alertmanager';
import { LoopbackStub, SmtpStub } from '../test/helpers/servers';
import { record } from './lib';

type Alert = { labels: Record<string, string>; annotations: Record<string, string> };

const SMS_KEY = 'sms-stub-url';
/** Receivers that are not people. */
const MACHINES = new Set(['null', 'deadmansswitch', 'remediation']);

/** The prod Alertmanager config files and the credential Secrets' keys, as `npm run synth` renders them (SMS as a webhook). */
function prodConfig(): { files: Record<string, string>; secrets: Record<string, string[]> } {
  const config = loadStackConfigFile(path.join(PROJECT_DIR, 'Pulumi.prod.yaml'));
  const secret = config.notifications?.credentialsSecret ?? 'alertmanager-receivers';
  const plan = planEnvironment(config, { stack: 'prod', smsChannel: Channels.webhook({ url: { name: secret, key: SMS_KEY } }) });
  const app = new App();
  const monitoring = buildEnvironment(app, plan).find((c) => c.node.id === 'monitoring')!;
  const files = Testing.synth(monitoring).find((m) => m.kind === 'Secret' && m.metadata.name === 'alertmanager-monitoring').stringData;
  const secrets = Object.fromEntries(
    Object.entries(plan.receiverCredentialKeys).map(([name, keys]) => [name, [...keys, ...(name === secret ? [SMS_KEY] : [])]]),
  );
  return { files, secrets };
}

/** The same files with every delivery endpoint on loopback (routing, grouping, inhibition, timing untouched). */
function onLoopback(files: Record<string, string>, http: LoopbackStub, smtp: SmtpStub): Record<string, string> {
  const config = yaml.parse(files['alertmanager.yaml']);
  for (const receiver of config.receivers) {
    for (const email of receiver.email_configs ?? []) {
      email.smarthost = `127.0.0.1:${smtp.port}`;
      email.require_tls = false;
    }
    for (const pd of receiver.pagerduty_configs ?? []) {
      pd.url = http.url(`/pagerduty/${receiver.name}`);
    }
    for (const hook of receiver.webhook_configs ?? []) {
      if (hook.url) {
        hook.url = http.url(`/${receiver.name}`);
      }
    }
  }
  return { ...files, 'alertmanager.yaml': yaml.stringify(config, { lineWidth: 0 }) };
}

/** Credential files: URLs point at the stub (the path names the key), other secrets are placeholders. */
function credentials(secrets: Record<string, string[]>, http: LoopbackStub): Record<string, Record<string, string>> {
  return Object.fromEntries(
    Object.entries(secrets).map(([name, keys]) => [
      name,
      Object.fromEntries(keys.map((key) => [key, /url$/.test(key) ? http.url(`/${key}`) : 'bench'])),
    ]),
  );
}

/** One bad release of shop/api, with the labels the generated rules give these alerts. */
function storm(): Alert[] {
  const base = { namespace: 'shop', environment: 'prod', workload: 'api' };
  const alert = (alertname: string, severity: string, labels: Record<string, string>, summary: string): Alert => ({
    labels: { alertname, severity, ...base, ...labels },
    annotations: { summary, description: summary },
  });
  return [
    ...Array.from({ length: 20 }, (_, i) =>
      alert(
        'KubePodCrashLooping',
        'warning',
        { pod: `api-6f7d9c8b5-p${String(i).padStart(2, '0')}`, container: 'api', reason: 'CrashLoopBackOff', job: 'kube-state-metrics' },
        'Pod is crash looping.',
      ),
    ),
    alert('DeploymentFailed', 'critical', { name: 'api', phase: 'Abort' }, 'A deployment failed.'),
    alert(
      'DeploymentCanaryIssue',
      'warning',
      { name: 'api', reason: 'AnalysisRunFailed' },
      'A canary analysis of the current rollout failed.',
    ),
    alert('ServiceHighErrorRate', 'critical', { service: 'api' }, 'A service answers too many requests with server errors.'),
    alert('ServiceHighLatency', 'warning', { service: 'api' }, 'A service is slower than its latency objective.'),
  ];
}

/** Channels (delivery integrations) per receiver of a rendered config. */
function channelsPerReceiver(config: RenderedAlertmanagerConfig): Record<string, number> {
  return Object.fromEntries(
    config.receivers.map((r) => [
      r.name as string,
      Object.entries(r)
        .filter(([k]) => k.endsWith('_configs'))
        .reduce((n, [, v]) => n + (v as unknown[]).length, 0),
    ]),
  );
}

/** Which receiver a delivery went to, from the stub path or mail recipient. */
function receiverOf(pathOrMail: string): string {
  if (pathOrMail.startsWith('mail:')) {
    return 'ops';
  }
  const key = pathOrMail.replace(/^\//, '');
  if (key.startsWith('pagerduty/')) {
    return key.slice('pagerduty/'.length);
  }
  if (key === SMS_KEY) {
    return 'ops';
  }
  return /^slack-([a-z0-9-]+?)-webhook-url$/.exec(key)?.[1] ?? key;
}

interface Run {
  http: LoopbackStub;
  smtp: SmtpStub;
  alertmanager: RealAlertmanager;
  posted: number;
  keepFiring: NodeJS.Timeout;
}

async function start(files: Record<string, string>, secrets: Record<string, string[]>, alerts: Alert[]): Promise<Run> {
  const http = await new LoopbackStub().start();
  const smtp = await new SmtpStub().start();
  const alertmanager = await RealAlertmanager.start(onLoopback(files, http, smtp), credentials(secrets, http));
  const posted = Date.now();
  await alertmanager.post(alerts);
  // Prometheus re-sends firing alerts (resend delay 1m); without it they would resolve after 5m
  const keepFiring = setInterval(() => {
    alertmanager.post(alerts).catch(() => undefined);
  }, 60_000);
  return { http, smtp, alertmanager, posted, keepFiring };
}

async function stop(run: Run | undefined): Promise<void> {
  if (!run) {
    return;
  }
  clearInterval(run.keepFiring);
  await run.alertmanager.stop();
  await run.http.stop();
  await run.smtp.stop();
}

function deliveries(run: Run): Array<{ receiver: string; channel: string; at: number }> {
  return [
    ...run.http.deliveries.map((d) => ({ receiver: receiverOf(d.path), channel: d.path, at: d.at - run.posted })),
    ...run.smtp.mails.map((m) => ({ receiver: receiverOf(`mail:${m.to.join(',')}`), channel: 'email', at: m.at - run.posted })),
  ].filter((d) => !MACHINES.has(d.receiver) && !/deadmansswitch|remediation/.test(d.channel));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const { files, secrets } = prodConfig();
  const config = yaml.parse(files['alertmanager.yaml']) as RenderedAlertmanagerConfig;
  const channels = channelsPerReceiver(config);
  const alerts = storm();
  const uncorrelated = alerts.reduce(
    (n, a) =>
      n +
      receiversFor(config, a.labels)
        .filter((r) => !MACHINES.has(r))
        .reduce((m, r) => m + channels[r], 0),
    0,
  );
  const escalation = config.route.routes!.find((r) => r.receiver === 'ops' && r.matchers?.includes('severity="warning"'));
  const escalationMs = escalation ? Number(/^(\d+)m$/.exec(escalation.group_wait ?? '')?.[1] ?? NaN) * 60_000 : NaN;
  const lone: Alert = {
    labels: {
      alertname: 'DeploymentLongRunning',
      severity: 'warning',
      namespace: 'shop',
      name: 'web',
      workload: 'web',
      environment: 'prod',
    },
    annotations: {
      summary: 'A deployment is taking longer than expected.',
      description: 'shop/web has been rolling out for more than 15m.',
    },
  };
  let stormRun: Run | undefined;
  let escalationRun: Run | undefined;
  try {
    [stormRun, escalationRun] = await Promise.all([start(files, secrets, alerts), start(files, secrets, [lone])]);
    // the storm's groups all flush within the longest group_wait of a person's route (30 s); one more group_interval for updates
    await sleep(30_000 + 60_000 + 5_000);
    const stormDeliveries = deliveries(stormRun);
    const byReceiver: Record<string, number> = {};
    for (const d of stormDeliveries) {
      byReceiver[d.receiver] = (byReceiver[d.receiver] ?? 0) + 1;
    }
    const firstPage = Math.min(...stormDeliveries.filter((d) => d.channel.startsWith('/pagerduty')).map((d) => d.at));
    const reduction = 1 - stormDeliveries.length / uncorrelated;

    const deadline = Date.now() + (Number.isFinite(escalationMs) ? escalationMs : 0) + 120_000;
    let escalated: number | undefined;
    while (Date.now() < deadline && escalated === undefined) {
      const ops = deliveries(escalationRun).filter((d) => d.receiver === 'ops');
      escalated = ops.length ? Math.min(...ops.map((d) => d.at)) : undefined;
      await sleep(500);
    }

    console.log(`Alert storm and escalation, real Alertmanager 0.28.1 with prod's synthesized configuration (Node ${process.version})`);
    console.log(
      `storm: one bad release of shop/api, ${alerts.length} alerts fired (20 crash-looping pods, rollout failed, canary analysis failed, error rate, latency)`,
    );
    console.log(`  notifications without correlation: ${uncorrelated} (each alert on every channel of every receiver it routes to)`);
    console.log(
      `  notifications delivered to people: ${stormDeliveries.length} (${Object.entries(byReceiver)
        .map(([r, n]) => `${r} ${n}`)
        .join(', ')})`,
    );
    console.log(`  reduction ${(reduction * 100).toFixed(1)}% (goal >= 95%: ${reduction >= 0.95 ? 'met' : 'MISSED'})`);
    console.log(
      `  critical path: first page ${firstPage} ms after the alerts reached Alertmanager (goal < 30000 ms: ${firstPage < 30_000 ? 'met' : 'MISSED'})`,
    );
    console.log(
      `escalation: an unresolved warning reached ops after ${escalated === undefined ? 'never' : `${escalated} ms`}` +
        ` (configured ${escalationMs / 60_000}m; goal < 300000 ms: ${escalated !== undefined && escalated < 300_000 ? 'met' : 'MISSED'})`,
    );
    record('storm-results.json', {
      benchmark: 'alert storm correlation and escalation, real Alertmanager with the synthesized prod configuration',
      alertsFired: alerts.length,
      notificationsWithoutCorrelation: uncorrelated,
      notificationsDelivered: stormDeliveries.length,
      byReceiver,
      reduction: Math.round(reduction * 1000) / 1000,
      firstPageMs: firstPage,
      escalationConfiguredMs: escalationMs,
      escalationDeliveredMs: escalated ?? null,
      goals: { reductionAtLeast: 0.95, criticalPathBelowMs: 30_000, escalationBelowMs: 300_000 },
    });
  } finally {
    await Promise.all([stop(stormRun), stop(escalationRun)]);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
