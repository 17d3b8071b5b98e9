/**
 * `kubeship/aws` under Pulumi mocks: the SNS topic, subscriptions, topic policy and IRSA role for
 * SMS/email alerts, wired into the monitoring stack's Alertmanager configuration.
 */
import * as pulumi from '@pulumi/pulumi';
import * as yaml from 'yaml';
import type * as awsDoor from '../constructs/aws';
import type * as door from '../constructs/pulumi';
import { Channels } from '../constructs';
import { recordRegistrations } from './helpers/pulumi-mocks';

let registered: pulumi.runtime.MockResourceArgs[] = [];
let kubeship: typeof door;
let kubeshipAws: typeof awsDoor;

beforeAll(async () => {
  registered = await recordRegistrations('kubeship', 'prod');
  kubeship = require('../constructs/pulumi');
  kubeshipAws = require('../constructs/aws');
});

beforeEach(() => {
  registered.length = 0;
});

async function settle(): Promise<void> {
  for (let last = -1; last !== registered.length;) {
    last = registered.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const irsa = {
  oidcProviderArn: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC',
  oidcProviderUrl: pulumi.output('https://oidc.eks.eu-west-1.amazonaws.com/id/ABC'),
};
const byType = (type: string) => registered.filter((r) => r.type === type);

describe('SnsAlerting', () => {
  test('topic, SMS and email subscriptions, TLS-only topic policy, IRSA role publishing to that topic only, annotated ServiceAccount', async () => {
    const sns = new kubeshipAws.SnsAlerting('alerts', {
      region: 'eu-west-1',
      namespace: 'monitoring',
      smsNumbers: ['+4915112345678', pulumi.output('+4915187654321')],
      emails: ['ops@example.com'],
      irsa,
    });
    await settle();
    const [topic] = byType('aws:sns/topic:Topic');
    expect(topic.inputs).toMatchObject({ name: 'alerts-alerts', kmsMasterKeyId: 'alias/aws/sns', tags: { 'managed-by': 'kubeship' } });
    const topicArn = 'arn:aws:sns:eu-west-1:123456789012:alerts-alerts';
    expect(
      byType('aws:sns/topicSubscription:TopicSubscription')
        .map((s) => [s.inputs.protocol, s.inputs.endpoint, s.inputs.topic])
        .sort(),
    ).toEqual([
      ['email', 'ops@example.com', topicArn],
      ['sms', '+4915112345678', topicArn],
      ['sms', '+4915187654321', topicArn],
    ]);
    const [role] = byType('aws:iam/role:Role');
    const trust = JSON.parse(role.inputs.assumeRolePolicy);
    expect(trust.Statement[0]).toEqual({
      Effect: 'Allow',
      Principal: { Federated: irsa.oidcProviderArn },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          'oidc.eks.eu-west-1.amazonaws.com/id/ABC:sub': 'system:serviceaccount:monitoring:alerts-alertmanager',
          'oidc.eks.eu-west-1.amazonaws.com/id/ABC:aud': 'sts.amazonaws.com',
        },
      },
    });
    const [rolePolicy] = byType('aws:iam/rolePolicy:RolePolicy');
    expect(JSON.parse(rolePolicy.inputs.policy).Statement[0]).toEqual({ Effect: 'Allow', Action: 'sns:Publish', Resource: topicArn });
    const [topicPolicy] = byType('aws:sns/topicPolicy:TopicPolicy');
    const statements = JSON.parse(topicPolicy.inputs.policy).Statement;
    expect(statements[0]).toMatchObject({
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::123456789012:role/alerts-publisher' },
      Action: 'sns:Publish',
      Resource: topicArn,
    });
    expect(statements[1]).toMatchObject({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
    const [account] = byType('kubernetes:core/v1:ServiceAccount');
    expect(account.inputs.metadata).toMatchObject({
      name: 'alerts-alertmanager',
      namespace: 'monitoring',
      annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/alerts-publisher' },
    });
    expect(sns.serviceAccountName).toBe('alerts-alertmanager');
  });

  test('its channel puts the real topic ARN into the Alertmanager config, and the Alertmanager runs as the IRSA account', async () => {
    const sns = new kubeshipAws.SnsAlerting('sms', { region: 'eu-west-1', namespace: 'monitoring', smsNumbers: ['+4915112345678'], irsa });
    new kubeship.MonitoringStack('monitoring', {
      name: 'main',
      namespace: 'monitoring',
      environment: 'prod',
      grafana: false,
      alertmanager: { serviceAccountName: sns.serviceAccountName },
      notifications: {
        roles: [
          {
            name: 'ops',
            severities: ['critical'],
            channels: [sns.channel(), Channels.slack({ channel: '#ops', webhookUrl: { name: 'receivers', key: 'slack' } })],
          },
        ],
      },
    });
    await settle();
    const config = registered.find((r) => r.type === 'kubernetes:core/v1:Secret' && r.inputs.metadata.name === 'alertmanager-main')!;
    // the Kubernetes provider marks Secret data as secret: unwrap it
    const text = config.inputs.stringData.value['alertmanager.yaml'];
    expect(text).not.toContain('kubeship-deferred');
    const ops = yaml.parse(text).receivers.find((r: any) => r.name === 'ops');
    expect(ops.sns_configs).toEqual([
      expect.objectContaining({
        topic_arn: 'arn:aws:sns:eu-west-1:123456789012:sms-alerts',
        sigv4: { region: 'eu-west-1' },
        send_resolved: false,
      }),
    ]);
    const alertmanager = registered.find((r) => r.type === 'kubernetes:monitoring.coreos.com/v1:Alertmanager')!;
    expect(alertmanager.inputs.spec.serviceAccountName).toBe('sms-alertmanager');
  });

  test('bad inputs are one error listing every problem', () => {
    expect(
      () =>
        new kubeshipAws.SnsAlerting('bad', {
          region: 'Europe',
          namespace: 'Monitoring',
          smsNumbers: ['0151 123'],
          emails: ['ops'],
          topicName: 'alerts.fifo',
          irsa,
        }),
    ).toThrow(
      /region: got "Europe"[^]*namespace: got "Monitoring"[^]*topicName: got "alerts.fifo"[^]*smsNumbers\[0\]: got "0151 123"[^]*emails\[0\]: got "ops"/,
    );
  });
});
