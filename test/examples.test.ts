/** The README's Pulumi examples run under mocks (they are type-checked by `npm run typecheck`). */
import { runProgram } from './helpers/stack-program';

test('examples/pulumi-alerting.ts: SNS topic in the Alertmanager config, credentials only in the Secrets it creates', async () => {
  const secrets = {
    onCallPhone: '+4915100000042',
    grafanaAdminPassword: 'CANARY-grafana',
    slackOpsWebhookUrl: 'CANARY-slack',
    slackBotToken: 'CANARY-token',
  };
  const { registered, pulumi } = await runProgram('../../examples/pulumi-alerting', {
    stack: 'prod',
    config: {
      'kubeship:oidcProviderArn': 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE',
      'kubeship:oidcProviderUrl': 'https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE',
    },
    secrets,
  });
  const secret = (name: string) =>
    registered.find((r) => r.type === 'kubernetes:core/v1:Secret' && r.inputs.metadata.name === name)?.inputs;
  const alertmanagerYaml = secret('alertmanager-monitoring')?.stringData.value['alertmanager.yaml'] as string;
  expect(alertmanagerYaml).toContain('topic_arn: arn:aws:sns:eu-west-1:123456789012:alerts-alerts');
  expect(secret('alertmanager-receivers')?.stringData[pulumi.runtime.specialSigKey]).toBe(pulumi.runtime.specialSecretSig);
  expect(registered.find((r) => r.type === 'aws:sns/topicSubscription:TopicSubscription')?.inputs.protocol).toBe('sms');
  const holders = ['alertmanager-receivers', 'argo-rollouts-notification-secret', 'monitoring-grafana-admin'];
  const elsewhere = JSON.stringify(
    registered
      .filter((r) => !holders.includes(r.inputs.metadata?.name) && r.type !== 'aws:sns/topicSubscription:TopicSubscription')
      .map((r) => r.inputs),
  );
  for (const value of Object.values(secrets)) {
    expect({ value, leaked: elsewhere.includes(value) }).toEqual({ value, leaked: false });
  }
});
