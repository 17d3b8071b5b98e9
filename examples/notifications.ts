import { App, Chart } from 'cdk8s';
import {
  ALL_DEPLOYMENT_EVENTS,
  AnalysisGate,
  Channels,
  DeliveryStrategy,
  DeploymentEvents,
  EventServices,
  MonitoringStack,
  Workload,
} from 'kubeship';

const app = new App();
// Credentials live in Secrets you create (cdk8s) or that Pulumi creates from secret config:
// the Alertmanager reads them as files, Argo Rollouts as `$key` references. Never in this code.
const receivers = (key: string) => ({ name: 'alertmanager-receivers', key });

const stack = new MonitoringStack(new Chart(app, 'monitoring', { namespace: 'monitoring' }), 'Monitoring', {
  environment: 'prod',
  grafana: false,
  notifications: {
    roles: [
      {
        name: 'ops', // critical alerts on every ops channel, within group_wait (10 s)
        severities: ['critical'],
        channels: [
          Channels.pagerDuty({ routingKey: receivers('pagerduty-routing-key') }),
          Channels.slack({ channel: '#ops-alerts', webhookUrl: receivers('slack-ops-webhook-url') }),
          Channels.teams({ webhookUrl: receivers('teams-workflow-url') }),
          Channels.sns({ region: 'eu-west-1', topicArn: 'arn:aws:sns:eu-west-1:123456789012:ops-sms' }),
        ],
      },
      { name: 'dev', channels: [Channels.slack({ channel: '#shop-dev', webhookUrl: receivers('slack-dev-webhook-url') })] },
    ],
    // warnings still firing after 4 minutes page ops too (escalation within 5 minutes)
    escalations: [{ to: 'ops', after: '4m', severities: ['warning'] }],
    // non-critical alerts are muted on Saturday nights, Berlin time
    maintenanceWindows: [
      { name: 'maintenance', weekdays: ['saturday'], times: [{ start: '02:00', end: '04:00' }], location: 'Europe/Berlin' },
    ],
  },
});

// Deployment events through Argo Rollouts notifications (a ConfigMap in the controller's namespace).
const slack = EventServices.slack({ tokenKey: 'slack-token' });
const pagerDuty = EventServices.pagerDuty({ serviceKeys: { ops: 'pagerduty-ops-key' } });
const shop = new Chart(app, 'shop', { namespace: 'shop' });
const events = new DeploymentEvents(shop, 'DeploymentEvents', {
  environment: 'prod',
  roles: [
    { name: 'ops', events: ['failed', 'rollbackInitiated'], notify: [slack.to('ops-alerts'), pagerDuty.to('ops')] },
    { name: 'dev', events: ALL_DEPLOYMENT_EVENTS, notify: [slack.to('shop-dev')] },
  ],
});

new Workload(shop, 'web', {
  image: 'registry.example.com/shop/web:1.4.2',
  ports: [{ containerPort: 8080 }],
  strategy: DeliveryStrategy.canary({ analysis: { gates: [AnalysisGate.successRate({ prometheusUrl: stack.prometheusUrl })] } }),
  deploymentEvents: events, // subscription annotations on the Rollout
  monitoring: { stack },
});

app.synth();
