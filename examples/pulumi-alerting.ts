import * as pulumi from '@pulumi/pulumi';
import { Channels, EventServices } from 'kubeship';
import { SnsAlerting } from 'kubeship/aws';
import { DeploymentEvents, MonitoringStack } from 'kubeship/pulumi';

const config = new pulumi.Config();

// SMS through Amazon SNS: topic, subscriptions, IRSA role and the Alertmanager's ServiceAccount
const sns = new SnsAlerting('alerts', {
  region: 'eu-west-1',
  namespace: 'monitoring',
  smsNumbers: [config.requireSecret('onCallPhone')], // E.164, e.g. +4915112345678
  irsa: { oidcProviderArn: config.require('oidcProviderArn'), oidcProviderUrl: config.require('oidcProviderUrl') },
});

new MonitoringStack('monitoring', {
  namespace: 'monitoring',
  environment: 'prod',
  grafana: { adminPassword: config.requireSecret('grafanaAdminPassword') },
  alertmanager: { serviceAccountName: sns.serviceAccountName },
  notifications: {
    roles: [
      {
        name: 'ops',
        severities: ['critical'],
        channels: [
          sns.channel(),
          Channels.slack({ channel: '#ops-alerts', webhookUrl: { name: 'alertmanager-receivers', key: 'slack-ops-webhook-url' } }),
        ],
      },
    ],
  },
  // Pulumi creates the Secret the Slack channel reads; the value stays a Pulumi secret
  credentials: { 'alertmanager-receivers': { 'slack-ops-webhook-url': config.requireSecret('slackOpsWebhookUrl') } },
});

const slack = EventServices.slack({ tokenKey: 'slack-token' });
new DeploymentEvents('events', {
  environment: 'prod',
  roles: [{ name: 'ops', events: ['failed', 'rollbackInitiated'], notify: [slack.to('ops-alerts')] }],
  credentials: { 'slack-token': config.requireSecret('slackBotToken') },
});
