import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { AWS_REGION, E164_PHONE, EMAIL_ADDRESS, MANAGED_BY_LABELS } from '../core/checks';
import { isDnsLabel } from '../core/names';
import { ConfigurationError, Problems } from '../core/problems';
import { Channel, Channels } from '../notifications/channels';
import { InputPlaceholders } from '../pulumi/inputs';

/** The EKS OIDC provider that lets a Kubernetes ServiceAccount assume the IAM role (IRSA). */
export interface IrsaOptions {
  /** e.g. `cluster.core.oidcProvider.arn` (pulumi-eks) or `aws.iam.OpenIdConnectProvider` `arn`. */
  readonly oidcProviderArn: pulumi.Input<string>;
  /** The issuer URL, with or without `https://`, e.g. `oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE`. */
  readonly oidcProviderUrl: pulumi.Input<string>;
}

/** Args of `SnsAlerting`. */
export interface SnsAlertingArgs {
  /** AWS region of the topic (the provider's region); the Alertmanager signs requests for it. */
  readonly region: string;
  /** Namespace of the Alertmanager (the monitoring stack's). */
  readonly namespace: string;
  /** @default - `<name>-alerts` */
  readonly topicName?: string;
  /** Phone numbers (E.164) that get alerts by SMS, e.g. from `config.requireObject('smsNumbers')`. @default - none */
  readonly smsNumbers?: pulumi.Input<string>[];
  /** Addresses that get alerts by email; each must confirm the subscription AWS mails it. @default - none */
  readonly emails?: pulumi.Input<string>[];
  readonly irsa: IrsaOptions;
  /** ServiceAccount created for the Alertmanager, annotated with the role. @default - `<name>-alertmanager` */
  readonly serviceAccountName?: string;
  /** KMS key for the topic (server-side encryption). @default 'alias/aws/sns' */
  readonly kmsMasterKeyId?: pulumi.Input<string>;
  /** @default - none */
  readonly tags?: Record<string, string>;
}


function validate(name: string, args: SnsAlertingArgs): void {
  const p = Problems.root();
  p.check(AWS_REGION.test(args.region ?? ''), 'region', args.region, 'an AWS region such as "eu-west-1"', 'use the region of your AWS provider');
  p.check(isDnsLabel(args.namespace), 'namespace', args.namespace, 'a namespace name', 'use the monitoring stack\'s namespace');
  if (args.topicName !== undefined) {
    p.check(/^[A-Za-z0-9_-]{1,256}$/.test(args.topicName), 'topicName', args.topicName, 'letters, digits, "-" and "_" (a standard topic)',
      'rename the topic; FIFO topics do not deliver SMS or email');
  }
  if (args.serviceAccountName !== undefined) {
    p.check(isDnsLabel(args.serviceAccountName, 253), 'serviceAccountName', args.serviceAccountName, 'a ServiceAccount name', 'use a lowercase DNS name');
  }
  // plain values are checked now; values from Outputs when known
  (args.smsNumbers ?? []).forEach((n, i) => typeof n === 'string' && p.check(E164_PHONE.test(n), `smsNumbers[${i}]`, n,
    'an E.164 phone number such as +4915112345678', 'write + and the country code, no spaces'));
  (args.emails ?? []).forEach((e, i) => typeof e === 'string' && p.check(EMAIL_ADDRESS.test(e), `emails[${i}]`, e, 'an email address', 'e.g. "ops@example.com"'));
  for (const [key, value] of Object.entries(args.tags ?? {})) {
    p.check(key.length > 0 && key.length <= 128 && !key.startsWith('aws:') && String(value).length <= 256, `tags.${key}`, value,
      'a tag key of 1..128 characters (not aws:) and a value of at most 256', 'shorten or rename the tag');
  }
  if (!p.isEmpty) {
    throw new pulumi.RunError(new ConfigurationError(`SNS alerting "${name}"`, p.all).message);
  }
}

/**
 * Amazon SNS for SMS and email alerts: a topic (encrypted, TLS-only) with SMS and email
 * subscriptions, an IAM role the Alertmanager assumes through IRSA with `sns:Publish` on that
 * topic only, and the Alertmanager's ServiceAccount annotated with the role. `channel()` is the
 * matching Alertmanager SNS channel; give `serviceAccountName` to the monitoring stack's
 * `alertmanager.serviceAccountName`.
 *
 * @example
 * const sms = new SnsAlerting('alerts', {
 *   region: 'eu-west-1', namespace: 'monitoring', smsNumbers: config.requireObject<string[]>('smsNumbers'),
 *   irsa: { oidcProviderArn: cluster.core.oidcProvider!.arn, oidcProviderUrl: cluster.core.oidcProvider!.url },
 * });
 * new MonitoringStack('monitoring', { ..., alertmanager: { serviceAccountName: sms.serviceAccountName },
 *   notifications: { roles: [{ name: 'ops', severities: ['critical'], channels: [sms.channel()] }] } });
 */
export class SnsAlerting extends pulumi.ComponentResource {
  public static readonly TYPE = 'kubeship:aws:SnsAlerting';

  public readonly topic: aws.sns.Topic;
  public readonly topicArn: pulumi.Output<string>;
  public readonly role: aws.iam.Role;
  public readonly roleArn: pulumi.Output<string>;
  public readonly serviceAccount: k8s.core.v1.ServiceAccount;
  /** The ServiceAccount's name, for `alertmanager.serviceAccountName`. */
  public readonly serviceAccountName: string;
  public readonly subscriptions: aws.sns.TopicSubscription[];
  private readonly region: string;
  private readonly deferredTopicArn: string;

  constructor(name: string, args: SnsAlertingArgs, opts?: pulumi.ComponentResourceOptions) {
    super(SnsAlerting.TYPE, name, {}, opts);
    validate(name, args);
    this.region = args.region;
    this.serviceAccountName = args.serviceAccountName ?? `${name}-alertmanager`;
    const tags = { 'managed-by': 'kubeship', ...args.tags };
    const parent = { parent: this };

    this.topic = new aws.sns.Topic(`${name}-topic`, {
      name: args.topicName ?? `${name}-alerts`,
      kmsMasterKeyId: args.kmsMasterKeyId ?? 'alias/aws/sns',
      tags,
    }, parent);
    this.topicArn = this.topic.arn;

    const issuer = pulumi.output(args.irsa.oidcProviderUrl).apply((url) => url.replace(/^https:\/\//, ''));
    this.role = new aws.iam.Role(`${name}-publisher`, {
      description: `Alertmanager in ${args.namespace} publishes alerts to SNS (kubeship)`,
      assumeRolePolicy: pulumi.all([args.irsa.oidcProviderArn, issuer]).apply(([arn, host]) => JSON.stringify({
        Version: '2012-10-17',
        Statement: [{
          Effect: 'Allow',
          Principal: { Federated: arn },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              [`${host}:sub`]: `system:serviceaccount:${args.namespace}:${this.serviceAccountName}`,
              [`${host}:aud`]: 'sts.amazonaws.com',
            },
          },
        }],
      })),
      tags,
    }, parent);
    this.roleArn = this.role.arn;
    new aws.iam.RolePolicy(`${name}-publish`, {
      role: this.role.id,
      policy: this.topic.arn.apply((arn) => JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'sns:Publish', Resource: arn },
          // the topic is encrypted with KMS: publishing needs the key
          { Effect: 'Allow', Action: ['kms:GenerateDataKey*', 'kms:Decrypt'], Resource: '*', Condition: { StringEquals: { 'kms:ViaService': `sns.${args.region}.amazonaws.com` } } },
        ],
      })),
    }, parent);
    new aws.sns.TopicPolicy(`${name}-policy`, {
      arn: this.topic.arn,
      policy: pulumi.all([this.topic.arn, this.role.arn]).apply(([topic, role]) => JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AlertmanagerPublishes', Effect: 'Allow', Principal: { AWS: role }, Action: 'sns:Publish', Resource: topic },
          { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 'sns:Publish', Resource: topic, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        ],
      })),
    }, parent);

    const checked = (input: pulumi.Input<string>, pattern: RegExp, what: string) => pulumi.output(input).apply((value) => {
      if (!pattern.test(value)) {
        throw new pulumi.RunError(`Invalid SNS alerting "${name}": got ${JSON.stringify(value)}; allowed: ${what}`);
      }
      return value;
    });
    this.subscriptions = [
      ...(args.smsNumbers ?? []).map((n, i) => new aws.sns.TopicSubscription(`${name}-sms-${i}`, {
        topic: this.topic.arn, protocol: 'sms', endpoint: checked(n, E164_PHONE, 'an E.164 phone number'),
      }, parent)),
      ...(args.emails ?? []).map((e, i) => new aws.sns.TopicSubscription(`${name}-email-${i}`, {
        topic: this.topic.arn, protocol: 'email', endpoint: checked(e, EMAIL_ADDRESS, 'an email address'),
      }, parent)),
    ];

    this.serviceAccount = new k8s.core.v1.ServiceAccount(`${name}-alertmanager`, {
      metadata: {
        name: this.serviceAccountName,
        namespace: args.namespace,
        labels: { ...MANAGED_BY_LABELS },
        annotations: { 'eks.amazonaws.com/role-arn': this.role.arn, 'eks.amazonaws.com/sts-regional-endpoints': 'true' },
      },
      automountServiceAccountToken: false,
    }, parent);

    // a plain ARN-shaped stand-in, so the topic can sit in the (string-typed) channel options and
    // be validated; every kubeship front door puts the real ARN in its place
    this.deferredTopicArn = InputPlaceholders.defer(`arn:aws:sns:${args.region}:000000000000:kubeship-deferred-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`,
      this.topic.arn);
    this.registerOutputs({ topicArn: this.topicArn, roleArn: this.roleArn, serviceAccountName: this.serviceAccountName });
  }

  /** The Alertmanager channel publishing to this topic (signed with the pod's IRSA credentials). */
  public channel(options: { readonly sendResolved?: boolean } = {}): Channel {
    return Channels.sns({ region: this.region, topicArn: this.deferredTopicArn, sendResolved: options.sendResolved });
  }
}
