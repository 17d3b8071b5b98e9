/**
 * Two Pulumi programs in one process at once, as the Automation API runs inline programs: each in
 * its own runtime store (@pulumi/pulumi runtime/state.js withLocalStorage) with its own Stack
 * resource. The SNS topic ARN an SnsAlerting defers must reach only its own program's Alertmanager
 * configuration.
 */
import * as yaml from 'yaml';

test('a deferred topic ARN belongs to its program: two inline programs at once each get their own topic', async () => {
  await jest.isolateModulesAsync(async () => {
    const pulumi = require('@pulumi/pulumi') as typeof import('@pulumi/pulumi');
    const state = require('@pulumi/pulumi/runtime/state') as { withLocalStorage<T>(callback: () => T): T };
    const kubeship = require('../constructs/pulumi') as typeof import('../constructs/pulumi');
    const kubeshipAws = require('../constructs/aws') as typeof import('../constructs/aws');
    const registered: Array<{ program: string; args: import('@pulumi/pulumi').runtime.MockResourceArgs }> = [];
    const irsa = {
      oidcProviderArn: 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC',
      oidcProviderUrl: 'https://oidc.eks.eu-west-1.amazonaws.com/id/ABC',
    };
    const program = (stack: string) =>
      state.withLocalStorage(async () => {
        await pulumi.runtime.setMocks(
          {
            newResource(args) {
              registered.push({ program: stack, args });
              const arn = args.type === 'aws:sns/topic:Topic' ? { arn: `arn:aws:sns:eu-west-1:123456789012:${args.inputs.name}` } : {};
              return { id: `${args.name}-id`, state: { ...arn, ...args.inputs } };
            },
            call: (args) => args.inputs,
          },
          'kubeship',
          stack,
          false,
        );
        await pulumi.runtime.runInPulumiStack(async () => {
          // the same component name in both programs: the same placeholder
          const sns = new kubeshipAws.SnsAlerting('sms', {
            region: 'eu-west-1',
            namespace: 'monitoring',
            topicName: `${stack}-alerts`,
            irsa,
          });
          // the other program runs meanwhile (a program awaiting a stack reference or a lookup)
          await new Promise((resolve) => setTimeout(resolve, 50));
          new kubeship.MonitoringStack('monitoring', {
            name: 'main',
            namespace: 'monitoring',
            environment: stack,
            grafana: false,
            notifications: { roles: [{ name: 'ops', severities: ['critical'], channels: [sns.channel()] }] },
          });
          return {};
        });
      });
    await Promise.all([program('dev'), program('prod')]);
    for (let last = -1; last !== registered.length;) {
      last = registered.length;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    for (const stack of ['dev', 'prod']) {
      const secret = registered.find(
        (r) => r.program === stack && r.args.type === 'kubernetes:core/v1:Secret' && r.args.inputs.metadata.name === 'alertmanager-main',
      );
      const config = yaml.parse(secret!.args.inputs.stringData.value['alertmanager.yaml']);
      const topics = config.receivers.flatMap((r: { sns_configs?: Array<{ topic_arn: string }> }) =>
        (r.sns_configs ?? []).map((c) => c.topic_arn),
      );
      expect({ stack, topics }).toEqual({ stack, topics: [`arn:aws:sns:eu-west-1:123456789012:${stack}-alerts`] });
    }
  });
});
