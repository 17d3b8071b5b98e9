import { AWS_REGION, checkUrl, E164_PHONE, EMAIL_ADDRESS, isSecretKey, SLACK_CHANNEL } from '../core/checks';
import { isDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { compareVersions } from '../core/versions';

/**
 * A key of a Kubernetes Secret that the Alertmanager CR mounts (`spec.secrets`) at
 * `/etc/alertmanager/secrets/<name>/<key>`; channels read it through Alertmanager's `*_file`
 * fields, so no credential is ever part of the configuration.
 */
export interface SecretKeyRef {
  /** The Secret's name (in the Alertmanager's namespace). */
  readonly name: string;
  /** The key of the Secret. */
  readonly key: string;
}

/** Where the operator mounts the Alertmanager CR's `spec.secrets`, one directory per Secret. */
export const ALERTMANAGER_SECRETS_DIR = '/etc/alertmanager/secrets';

/** Where the operator mounts a Secret key inside the Alertmanager pod. */
export function secretFilePath(ref: SecretKeyRef): string {
  return `${ALERTMANAGER_SECRETS_DIR}/${ref.name}/${ref.key}`;
}

/** The oldest Alertmanager this library renders configuration for (`time_intervals` with `location`). */
export const MIN_ALERTMANAGER_VERSION = '0.25.0';

export { compareVersions };

/** One notification integration of a receiver (an entry of `slack_configs`, `pagerduty_configs`, ...). */
export abstract class Channel {
  /** The receiver field this channel renders into, e.g. `slack_configs`. */
  public abstract readonly configKey: string;
  /** A readable name for messages (`Slack`, `Microsoft Teams (Workflows)`). */
  public abstract readonly displayName: string;
  /** The oldest Alertmanager version that supports this channel as rendered. */
  public abstract readonly minVersion: string;

  /** The channel's entry, with credentials as `*_file` paths. */
  public abstract render(): Record<string, unknown>;

  /** The Secret keys it reads, by option name; a required one is listed even when missing, so validation reports it. */
  protected abstract secrets(): Record<string, SecretKeyRef | undefined>;

  /** The Secret keys it reads. */
  public secretRefs(): SecretKeyRef[] {
    return Object.values(this.secrets()).filter((ref): ref is SecretKeyRef => ref !== undefined);
  }

  /** Records problems of the channel's options. */
  public validate(p: Problems): void {
    for (const [field, ref] of Object.entries(this.secrets())) {
      p.check(
        isDnsLabel(ref?.name, 253) && isSecretKey(ref?.key),
        field,
        ref,
        'a Secret name and key ({ name, key })',
        'reference the Kubernetes Secret key that holds the credential',
      );
    }
  }
}

/** Options of a Slack channel (incoming webhook). */
export interface SlackOptions {
  /** Slack channel, e.g. `#deployments`. */
  readonly channel: string;
  /** Secret key holding the incoming-webhook URL. */
  readonly webhookUrl: SecretKeyRef;
  /** @default true */
  readonly sendResolved?: boolean;
}

export class SlackChannel extends Channel {
  public readonly configKey = 'slack_configs';
  public readonly displayName = 'Slack';
  public readonly minVersion = MIN_ALERTMANAGER_VERSION;
  constructor(private readonly options: SlackOptions) {
    super();
  }
  public render(): Record<string, unknown> {
    return {
      api_url_file: secretFilePath(this.options.webhookUrl),
      channel: this.options.channel,
      send_resolved: this.options.sendResolved ?? true,
      title: '{{ template "kubeship.title" . }}',
      text: '{{ template "kubeship.text" . }}',
    };
  }
  protected secrets(): Record<string, SecretKeyRef | undefined> {
    return { webhookUrl: this.options.webhookUrl };
  }
  public override validate(p: Problems): void {
    super.validate(p);
    p.check(
      typeof this.options.channel === 'string' && SLACK_CHANNEL.test(this.options.channel),
      'channel',
      this.options.channel,
      'a Slack channel such as "#deployments"',
      'write the channel name, lowercase, with its #',
    );
  }
}

/** Options of a Microsoft Teams channel. */
export interface TeamsOptions {
  /** Secret key holding the Workflows (Power Automate) webhook URL, or the connector URL with `legacyConnector`. */
  readonly webhookUrl: SecretKeyRef;
  /**
   * Use the retired Office 365 connector (`msteams_configs`) instead of Workflows (`msteamsv2_configs`).
   *
   * @default false
   */
  readonly legacyConnector?: boolean;
  /** @default true */
  readonly sendResolved?: boolean;
}

export class TeamsChannel extends Channel {
  public readonly configKey: string;
  public readonly displayName: string;
  /** msteamsv2 arrived in 0.28.0; `webhook_url_file` of msteams works from 0.28.0 (alertmanager#3745). */
  public readonly minVersion = '0.28.0';
  constructor(private readonly options: TeamsOptions) {
    super();
    this.configKey = options.legacyConnector ? 'msteams_configs' : 'msteamsv2_configs';
    this.displayName = options.legacyConnector ? 'Microsoft Teams (Office 365 connector)' : 'Microsoft Teams (Workflows)';
  }
  public render(): Record<string, unknown> {
    return {
      webhook_url_file: secretFilePath(this.options.webhookUrl),
      send_resolved: this.options.sendResolved ?? true,
      title: '{{ template "kubeship.title" . }}',
      text: '{{ template "kubeship.text" . }}',
    };
  }
  protected secrets(): Record<string, SecretKeyRef | undefined> {
    return { webhookUrl: this.options.webhookUrl };
  }
}

/** Options of a PagerDuty channel (Events API v2). */
export interface PagerDutyOptions {
  /** Secret key holding the integration's routing key. */
  readonly routingKey: SecretKeyRef;
  /**
   * Events API endpoint, e.g. `https://events.eu.pagerduty.com/v2/enqueue` for an EU account.
   *
   * @default - Alertmanager's `https://events.pagerduty.com/v2/enqueue`
   */
  readonly url?: string;
  /** @default true */
  readonly sendResolved?: boolean;
}

export class PagerDutyChannel extends Channel {
  public readonly configKey = 'pagerduty_configs';
  public readonly displayName = 'PagerDuty';
  public readonly minVersion = MIN_ALERTMANAGER_VERSION;
  constructor(private readonly options: PagerDutyOptions) {
    super();
  }
  public render(): Record<string, unknown> {
    return {
      routing_key_file: secretFilePath(this.options.routingKey),
      ...(this.options.url ? { url: this.options.url } : {}),
      send_resolved: this.options.sendResolved ?? true,
      // PagerDuty incident severity follows the alert's severity label
      severity: '{{ if eq .CommonLabels.severity "critical" }}critical{{ else }}warning{{ end }}',
      description: '{{ template "kubeship.title" . }}',
    };
  }
  protected secrets(): Record<string, SecretKeyRef | undefined> {
    return { routingKey: this.options.routingKey };
  }
  public override validate(p: Problems): void {
    super.validate(p);
    if (this.options.url !== undefined) {
      checkUrl(p, 'url', this.options.url, 'https://events.eu.pagerduty.com/v2/enqueue');
    }
  }
}

/** Options of an email channel (SMTP). */
export interface EmailOptions {
  /** The recipients' addresses. */
  readonly to: string[];
  /** The sender address. */
  readonly from: string;
  /** SMTP server `host:port`. */
  readonly smarthost: string;
  /** The SMTP user name. @default - no authentication */
  readonly username?: string;
  /** Secret key holding the SMTP password. @default - no authentication */
  readonly password?: SecretKeyRef;
  /** @default true */
  readonly requireTls?: boolean;
  /** @default true */
  readonly sendResolved?: boolean;
}

export class EmailChannel extends Channel {
  public readonly configKey = 'email_configs';
  public readonly displayName = 'email';
  public readonly minVersion = MIN_ALERTMANAGER_VERSION;
  constructor(private readonly options: EmailOptions) {
    super();
  }
  public render(): Record<string, unknown> {
    const o = this.options;
    return {
      to: o.to.join(', '),
      from: o.from,
      smarthost: o.smarthost,
      ...(o.username ? { auth_username: o.username } : {}),
      ...(o.password ? { auth_password_file: secretFilePath(o.password) } : {}),
      require_tls: o.requireTls ?? true,
      send_resolved: o.sendResolved ?? true,
      headers: { Subject: '{{ template "kubeship.email.subject" . }}' },
    };
  }
  protected secrets(): Record<string, SecretKeyRef | undefined> {
    return this.options.password ? { password: this.options.password } : {};
  }
  public override validate(p: Problems): void {
    super.validate(p);
    const o = this.options;
    p.check(
      Array.isArray(o.to) && o.to.length > 0 && o.to.every((a) => EMAIL_ADDRESS.test(a)),
      'to',
      o.to,
      'one or more email addresses',
      'list the addresses, e.g. ["ops@example.com"]',
    );
    p.check(EMAIL_ADDRESS.test(o.from ?? ''), 'from', o.from, 'an email address', 'use the sender address your SMTP server accepts');
    p.check(/^[a-zA-Z0-9.-]+:[0-9]{1,5}$/.test(o.smarthost ?? ''), 'smarthost', o.smarthost, 'host:port', 'e.g. "smtp.example.com:587"');
    if (o.password && !o.username) {
      p.add('username', o.username, 'a username when a password is given', 'set the SMTP username');
    }
  }
}

/** Options of an Amazon SNS channel: SMS to a phone number, or a topic (email/SMS subscriptions). */
export interface SnsOptions {
  /** AWS region of the topic or SMS service. */
  readonly region: string;
  /** Topic ARN (subscriptions deliver SMS/email); exactly one of `topicArn` and `phoneNumber`. */
  readonly topicArn?: string;
  /** Phone number in E.164 (`+4915112345678`) for direct SMS. */
  readonly phoneNumber?: string;
  /** IAM role to assume (IRSA: leave unset and annotate the ServiceAccount). @default - the pod's credentials */
  readonly roleArn?: string;
  /** @default false (SMS for resolved alerts is noise) */
  readonly sendResolved?: boolean;
}

export class SnsChannel extends Channel {
  public readonly configKey = 'sns_configs';
  public readonly displayName = 'Amazon SNS';
  public readonly minVersion = '0.23.0';
  constructor(private readonly options: SnsOptions) {
    super();
  }
  public render(): Record<string, unknown> {
    const o = this.options;
    return {
      ...(o.topicArn ? { topic_arn: o.topicArn } : { phone_number: o.phoneNumber }),
      sigv4: { region: o.region, ...(o.roleArn ? { role_arn: o.roleArn } : {}) },
      send_resolved: o.sendResolved ?? false,
      subject: '{{ template "kubeship.email.subject" . }}',
      message: '{{ template "kubeship.sms" . }}',
    };
  }
  protected secrets(): Record<string, SecretKeyRef | undefined> {
    return {};
  }
  public override validate(p: Problems): void {
    const o = this.options;
    p.check(AWS_REGION.test(o.region ?? ''), 'region', o.region, 'an AWS region such as "eu-west-1"', 'use the region of the topic');
    p.check(
      (o.topicArn === undefined) !== (o.phoneNumber === undefined),
      'topicArn',
      o.topicArn ?? o.phoneNumber,
      'exactly one of topicArn and phoneNumber',
      'use a topic for several recipients, a phone number for one',
    );
    if (o.topicArn !== undefined) {
      p.check(
        /^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$/.test(o.topicArn),
        'topicArn',
        o.topicArn,
        'an SNS topic ARN',
        'copy the ARN of the topic (a FIFO topic needs a group_interval above 5 minutes)',
      );
    }
    if (o.phoneNumber !== undefined) {
      p.check(
        E164_PHONE.test(o.phoneNumber),
        'phoneNumber',
        o.phoneNumber,
        'an E.164 phone number such as +4915112345678',
        'write the number with + and country code, no spaces',
      );
    }
    if (o.roleArn !== undefined) {
      p.check(
        /^arn:aws[a-z-]*:iam::[0-9]{12}:role\/.+$/.test(o.roleArn),
        'roleArn',
        o.roleArn,
        'an IAM role ARN',
        'copy the ARN of the role',
      );
    }
  }
}

/** Options of a generic webhook channel. */
export interface WebhookOptions {
  /** Secret key holding the URL (it often embeds a token). */
  readonly url: SecretKeyRef;
  /** @default true */
  readonly sendResolved?: boolean;
  /** At most this many alerts per message; 0 = all. @default 0 */
  readonly maxAlerts?: number;
}

export class WebhookChannel extends Channel {
  public readonly configKey = 'webhook_configs';
  public readonly displayName = 'webhook';
  /** `url_file` works from 0.28.0 (alertmanager#3800). */
  public readonly minVersion = '0.28.0';
  constructor(private readonly options: WebhookOptions) {
    super();
  }
  public render(): Record<string, unknown> {
    return {
      url_file: secretFilePath(this.options.url),
      send_resolved: this.options.sendResolved ?? true,
      max_alerts: this.options.maxAlerts ?? 0,
    };
  }
  protected secrets(): Record<string, SecretKeyRef | undefined> {
    return { url: this.options.url };
  }
  public override validate(p: Problems): void {
    super.validate(p);
    const max = this.options.maxAlerts;
    if (max !== undefined) {
      p.check(
        Number.isInteger(max) && max >= 0,
        'maxAlerts',
        max,
        'a whole number, 0 for all',
        'use 0 unless the endpoint limits payloads',
      );
    }
  }
}

/** Factory of notification channels. */
export const Channels = {
  /** Slack through an incoming webhook (`slack_configs`, URL read from a file). */
  slack: (options: SlackOptions): Channel => new SlackChannel(options),
  /** Microsoft Teams through a Workflows webhook (`msteamsv2_configs`, Alertmanager 0.28 and later). */
  teams: (options: TeamsOptions): Channel => new TeamsChannel(options),
  /** PagerDuty Events v2 (`pagerduty_configs`, routing key read from a file). */
  pagerDuty: (options: PagerDutyOptions): Channel => new PagerDutyChannel(options),
  /** Email over SMTP (`email_configs`, password read from a file). */
  email: (options: EmailOptions): Channel => new EmailChannel(options),
  /** SMS and email through an Amazon SNS topic (`sns_configs`, credentials from IRSA). */
  sns: (options: SnsOptions): Channel => new SnsChannel(options),
  /** A JSON webhook (`webhook_configs`, URL read from a file). */
  webhook: (options: WebhookOptions): Channel => new WebhookChannel(options),
};
