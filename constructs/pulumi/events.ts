import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { isSecretKey, MANAGED_BY_LABELS } from '../core/checks';
import { ConfigurationError, Problems } from '../core/problems';
import * as events from '../notifications/deployment-events';
import { renderChart } from './chart';
import { registerManifests } from './register';

/** Args of the Pulumi `DeploymentEvents`: the cdk8s props plus the notification Secret's values. */
export type DeploymentEventsArgs = events.DeploymentEventsProps & {
  /**
   * Values of `argo-rollouts-notification-secret` by key, from secret config, e.g.
   * `{ 'slack-token': config.requireSecret('slackBotToken') }`. Must hold every key the services
   * read. @default - none: the Secret exists already
   */
  readonly credentials?: Record<string, pulumi.Input<string>>;
};

/**
 * The Pulumi front door of `DeploymentEvents`: the Argo Rollouts notification ConfigMap as a typed
 * child and, with `credentials`, `argo-rollouts-notification-secret` (values stay Pulumi secrets).
 * Pass it as `deploymentEvents` to a `Workload` to subscribe its Rollout.
 */
export class DeploymentEvents extends pulumi.ComponentResource implements events.IDeploymentEvents {
  /** The component's Pulumi type token. */
  public static readonly TYPE = 'kubeship:notifications:DeploymentEvents';

  public readonly subscriptionAnnotations: Record<string, string>;
  /** Keys `argo-rollouts-notification-secret` must hold. */
  public readonly secretKeys: string[];
  /** Every object it renders, registered as typed children. */
  public readonly resources: pulumi.CustomResource[];
  /** The notification Secret, when created from `credentials`. */
  public readonly secret?: k8s.core.v1.Secret;

  constructor(name: string, args: DeploymentEventsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(DeploymentEvents.TYPE, name, {}, opts);
    const { credentials, ...props } = args;
    let construct: events.DeploymentEvents | undefined;
    const manifests = renderChart(name, (chart) => {
      construct = new events.DeploymentEvents(chart, name, props);
    });
    this.subscriptionAnnotations = construct!.subscriptionAnnotations;
    this.secretKeys = construct!.secretKeys;
    if (credentials) {
      const p = Problems.root();
      for (const key of Object.keys(credentials).filter((k) => !isSecretKey(k))) {
        p.add(`credentials.${key}`, key, 'a Secret key (letters, digits, "-", "_", ".")', 'rename the key');
      }
      for (const key of this.secretKeys.filter((k) => !(k in credentials))) {
        p.add(`credentials.${key}`, undefined, 'a value for every key the services read', `set credentials["${key}"] from secret config`);
      }
      if (!p.isEmpty) {
        throw new pulumi.RunError(new ConfigurationError(`deployment events "${name}"`, p.all).message);
      }
      this.secret = new k8s.core.v1.Secret(
        `${name}-secret`,
        {
          metadata: {
            name: events.ROLLOUTS_NOTIFICATION_SECRET,
            namespace: construct!.controllerNamespace,
            labels: { ...MANAGED_BY_LABELS },
          },
          type: 'Opaque',
          stringData: pulumi.secret(pulumi.output(credentials)),
        },
        { parent: this },
      );
    }
    this.resources = registerManifests(this, name, manifests, undefined, { parent: this, dependsOn: this.secret ? [this.secret] : [] });
    this.registerOutputs({ subscriptionAnnotations: this.subscriptionAnnotations });
  }
}
