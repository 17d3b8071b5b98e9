import { Chart, Testing } from 'cdk8s';
import * as yaml from 'yaml';
import { Channels, MonitoringStack, NotificationOptions } from '../../constructs';

/** The Secret and keys the fixture's channels read. */
export const RECEIVERS_SECRET = 'alertmanager-receivers';
const ref = (key: string) => ({ name: RECEIVERS_SECRET, key });

/** The requested roles for prod: ops on PagerDuty, Slack, Teams and a webhook for critical; dev everything on Slack. */
export function prodNotifications(pagerDutyUrl?: string): NotificationOptions {
  return {
    roles: [
      {
        name: 'ops',
        severities: ['critical'],
        channels: [
          Channels.pagerDuty({ routingKey: ref('pagerduty-routing-key'), url: pagerDutyUrl }),
          Channels.slack({ channel: '#ops', webhookUrl: ref('slack-ops-webhook') }),
          Channels.teams({ webhookUrl: ref('teams-workflow-url') }),
          Channels.webhook({ url: ref('ops-webhook-url') }),
        ],
      },
      { name: 'dev', channels: [Channels.slack({ channel: '#dev', webhookUrl: ref('slack-dev-webhook') })] },
    ],
    maintenanceWindows: [
      { name: 'weekly-maintenance', weekdays: ['saturday'], times: [{ start: '02:00', end: '04:00' }], location: 'Europe/Berlin' },
    ],
    escalations: [{ to: 'ops', after: '15m', severities: ['warning'] }],
  };
}

/** The receiver credentials of `prodNotifications`, pointing every channel at the loopback stub. */
export function stubCredentials(stub: { url(path: string): string }, routingKey: string): Record<string, Record<string, string>> {
  return {
    [RECEIVERS_SECRET]: {
      'pagerduty-routing-key': routingKey,
      'slack-ops-webhook': stub.url('/slack/ops'),
      'slack-dev-webhook': stub.url('/slack/dev'),
      'teams-workflow-url': stub.url('/teams'),
      'ops-webhook-url': stub.url('/webhook'),
    },
  };
}

/** The config Secret's files, as a MonitoringStack with `notifications` synthesizes them. */
export function synthesizedConfigFiles(notifications: NotificationOptions): { files: Record<string, string>; manifests: any[] } {
  const chart = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
  new MonitoringStack(chart, 'Monitoring', { name: 'main', environment: 'prod', grafana: false, notifications });
  const manifests = Testing.synth(chart);
  const secret = manifests.find((m) => m.kind === 'Secret' && m.metadata.name === 'alertmanager-main');
  if (!secret) {
    throw new Error('the stack rendered no alertmanager-main Secret');
  }
  return { files: secret.stringData, manifests };
}

/**
 * The config files with every route's group_wait and group_interval set to `wait`, for tests whose
 * subject is routing, muting or inhibition rather than timing (which other tests measure).
 */
export function withShortTimers(files: Record<string, string>, wait = '1s'): Record<string, string> {
  const config = yaml.parse(files['alertmanager.yaml']);
  const shorten = (route: Record<string, any>) => {
    route.group_wait = wait;
    route.group_interval = wait;
    (route.routes ?? []).forEach(shorten);
  };
  shorten(config.route);
  return { ...files, 'alertmanager.yaml': yaml.stringify(config, { lineWidth: 0 }) };
}

/** A critical deployment alert as the generated rules raise it (DeploymentFailed of a Rollout). */
export const CRITICAL_ALERT = {
  labels: {
    alertname: 'DeploymentFailed',
    severity: 'critical',
    namespace: 'shop',
    name: 'web',
    phase: 'Abort',
    workload: 'web',
    environment: 'prod',
  },
  annotations: {
    summary: 'Deployment shop/web failed.',
    description: 'Rollout shop/web is Degraded: ProgressDeadlineExceeded.',
    runbook_url: 'https://runbooks.example.com/DeploymentFailed',
  },
};
