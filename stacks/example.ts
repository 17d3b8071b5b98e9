import { Chart } from 'cdk8s';
import {
  ALL_DEPLOYMENT_EVENTS, AnalysisGate, CanaryStep, Channels, DeliveryStrategy, DeploymentEventsOptions, EnvValue, EventServices, IDeploymentEvents,
  IMonitoringStack, MonitoringStackProps, NotificationOptions, Probe, ROLLOUTS_NOTIFICATION_SECRET, ScalingMetric, TrafficRouting, WorkloadProps,
} from '../constructs';

/** Namespace of the example monitoring stack (the analysis gates' default Prometheus address points there). */
export const MONITORING_NAMESPACE = 'monitoring';

/** The Secret holding the Alertmanager receivers' credentials (in the monitoring namespace). */
export const RECEIVERS_SECRET = 'alertmanager-receivers';

/**
 * Where each secret config value of the Pulumi program goes: `[Secret, key]`. The Alertmanager
 * receivers read `alertmanager-receivers`; Argo Rollouts reads `argo-rollouts-notification-secret`.
 */
export const SECRET_CONFIG = {
  slackOpsWebhookUrl: [RECEIVERS_SECRET, 'slack-ops-webhook-url'],
  slackDevWebhookUrl: [RECEIVERS_SECRET, 'slack-dev-webhook-url'],
  teamsWebhookUrl: [RECEIVERS_SECRET, 'teams-ops-workflow-url'],
  pagerDutyRoutingKey: [RECEIVERS_SECRET, 'pagerduty-routing-key'],
  slackBotToken: [ROLLOUTS_NOTIFICATION_SECRET, 'slack-token'],
  teamsEventsWebhookUrl: [ROLLOUTS_NOTIFICATION_SECRET, 'teams-ops-url'],
  pagerDutyEventsKey: [ROLLOUTS_NOTIFICATION_SECRET, 'pagerduty-ops-key'],
} as const;

const receiver = (config: keyof typeof SECRET_CONFIG) => ({ name: SECRET_CONFIG[config][0], key: SECRET_CONFIG[config][1] });

/**
 * Who gets alerts (the brief's roles): ops gets critical alerts on PagerDuty, Slack and Teams, and
 * warnings still firing after 15 minutes; dev gets everything on Slack; non-critical alerts are
 * muted in the Saturday maintenance window.
 */
export function exampleNotifications(): NotificationOptions {
  return {
    roles: [
      {
        name: 'ops',
        severities: ['critical'],
        channels: [
          Channels.pagerDuty({ routingKey: receiver('pagerDutyRoutingKey') }),
          Channels.slack({ channel: '#ops-alerts', webhookUrl: receiver('slackOpsWebhookUrl') }),
          Channels.teams({ webhookUrl: receiver('teamsWebhookUrl') }),
        ],
      },
      { name: 'dev', channels: [Channels.slack({ channel: '#shop-dev', webhookUrl: receiver('slackDevWebhookUrl') })] },
    ],
    escalations: [{ to: 'ops', after: '15m', severities: ['warning'] }],
    maintenanceWindows: [{ name: 'saturday-maintenance', weekdays: ['saturday'], times: [{ start: '02:00', end: '04:00' }], location: 'Europe/Berlin' }],
  };
}

/** Deployment events (Argo Rollouts notifications): ops gets failures and rollbacks, dev every event on Slack. */
export function exampleDeploymentEvents(environment: string): DeploymentEventsOptions {
  const slack = EventServices.slack({ tokenKey: SECRET_CONFIG.slackBotToken[1] });
  const teams = EventServices.teams({ webhooks: { ops: SECRET_CONFIG.teamsEventsWebhookUrl[1] } });
  const pagerDuty = EventServices.pagerDuty({ serviceKeys: { ops: SECRET_CONFIG.pagerDutyEventsKey[1] } });
  return {
    environment,
    roles: [
      { name: 'ops', events: ['failed', 'rollbackInitiated'], notify: [slack.to('ops-alerts'), teams.to('ops'), pagerDuty.to('ops')] },
      { name: 'dev', events: ALL_DEPLOYMENT_EVENTS, notify: [slack.to('shop-dev')] },
    ],
  };
}

/** The example monitoring stack (Grafana's admin credentials come from the Secret `grafana-admin`). */
export function exampleMonitoring(environment: string): Omit<MonitoringStackProps, 'grafana'> & { grafana: { adminSecret: { name: string } } } {
  return {
    namespace: MONITORING_NAMESPACE,
    environment,
    prometheus: { retention: '15d', storage: { size: '50Gi' }, retentionSize: '40GB' },
    grafana: { adminSecret: { name: 'grafana-admin' } },
    notifications: exampleNotifications(),
  };
}

/**
 * Two example services, used by both front doors (`stacks/main.ts` for cdk8s, `stacks/index.ts`
 * for Pulumi): an API on a rolling update with an HPA, and a web front end on a canary with
 * analysis gates and NGINX traffic routing; both scraped and alerted on by the monitoring stack.
 */
export function exampleServices(image: { api: string; web: string }, stack?: IMonitoringStack, events?: IDeploymentEvents): Record<string, WorkloadProps> {
  const monitoring = stack ? { monitoring: { stack } } : {};
  return {
    api: {
      image: image.api,
      ports: [{ containerPort: 8080, servicePort: 80 }],
      env: { LOG_LEVEL: 'info', DATABASE_URL: EnvValue.fromSecret('api-database', 'url') },
      readiness: Probe.http('/ready'),
      liveness: Probe.http('/healthz'),
      resources: { cpu: { request: '250m', limit: '500m' }, memory: { request: '256Mi', limit: '512Mi' } },
      strategy: DeliveryStrategy.rolling({ maxSurge: '25%', maxUnavailable: 0 }),
      autoscaling: { minReplicas: 2, maxReplicas: 10, metrics: [ScalingMetric.cpuUtilization(70)] },
      ...monitoring,
    },
    web: {
      image: image.web,
      ports: [{ containerPort: 8080, servicePort: 80 }],
      readiness: Probe.http('/ready'),
      strategy: DeliveryStrategy.canary({
        steps: [
          CanaryStep.setWeight(10), CanaryStep.pause('2m'),
          CanaryStep.analysis(AnalysisGate.successRate({ minimum: 0.99 })),
          CanaryStep.setWeight(50), CanaryStep.pause('5m'),
        ],
        analysis: { gates: [AnalysisGate.latency({ percentile: 0.95, maximumSeconds: 0.5 })], startingStep: 1 },
        trafficRouting: TrafficRouting.nginx({ host: 'shop.example.com', ingressClassName: 'nginx' }),
      }),
      autoscaling: { minReplicas: 3, maxReplicas: 12 },
      ...(events ? { deploymentEvents: events } : {}),
      ...monitoring,
    },
  };
}

/** Images of the examples (pinned tags). */
export const EXAMPLE_IMAGES = { api: 'ghcr.io/example/shop-api:1.8.0', web: 'ghcr.io/example/shop-web:2.3.1' };

/** Adds the example services to a chart. */
export function addExampleServices(chart: Chart, build: (chart: Chart, id: string, props: WorkloadProps) => void, stack?: IMonitoringStack,
  events?: IDeploymentEvents): void {
  for (const [id, props] of Object.entries(exampleServices(EXAMPLE_IMAGES, stack, events))) {
    build(chart, id, props);
  }
}
