import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import * as yaml from 'yaml';
import { EMAIL_ADDRESS, isSecretKey, MANAGED_BY_LABELS, SLACK_CHANNEL } from '../core/checks';
import { isDnsLabel, isLabelValue } from '../core/names';
import { ConfigurationError, Problems } from '../core/problems';
import { argoRolloutsHas, SEMVER, VERSIONS } from '../core/versions';
import type { JsonObject } from '../core/json';

/**
 * The deployment events teams are told about (started, completed, failed, rollback initiated, canary step, paused), as Argo Rollouts emits them. `completed` covers "canary
 * promotion completed" (the message says which); "rollback completed" has no Argo event: see
 * `DEPLOYMENT_EVENT_TRIGGERS`.
 */
export type DeploymentEvent = 'started' | 'completed' | 'failed' | 'rollbackInitiated' | 'canaryStepCompleted' | 'paused' | 'resumed';

/** The Argo Rollouts trigger of a deployment event and the subject its messages carry. */
export interface DeploymentEventTrigger {
  /** The notifications-engine trigger (`on-rollout-updated`, ...). */
  readonly trigger: string;
  /** The subject of its messages and emails, e.g. `Deployment Started`. */
  readonly subject: string;
}

/**
 * The Argo Rollouts trigger behind each event. A trigger fires only when the controller records an
 * event with the matching reason (`RolloutUpdated` -> `on-rollout-updated`), so only these names work.
 * An abort (manual, failed analysis or progress deadline) returns all traffic to the stable
 * ReplicaSet: that is the rollback, reported as `rollbackInitiated`. Argo records no event when
 * the stable pods are back, so "rollback completed" is not sent; a rollback that does not complete
 * raises the critical `DeploymentRollbackFailed` alert (Alertmanager, every ops channel).
 */
export const DEPLOYMENT_EVENT_TRIGGERS: Record<DeploymentEvent, DeploymentEventTrigger> = {
  started: { trigger: 'on-rollout-updated', subject: 'Deployment Started' },
  completed: { trigger: 'on-rollout-completed', subject: 'Deployment Completed' },
  failed: { trigger: 'on-analysis-run-failed', subject: 'Deployment Failed' },
  rollbackInitiated: { trigger: 'on-rollout-aborted', subject: 'Rollback Initiated' },
  canaryStepCompleted: { trigger: 'on-rollout-step-completed', subject: 'Canary Step Completed' },
  paused: { trigger: 'on-rollout-paused', subject: 'Deployment Paused' },
  // a pause ending: a promotion (`kubectl argo rollouts promote`) or a timed pause running out
  // (Argo Rollouts v1.9.1 rollout/sync.go sendStateChangeEvents: RolloutResumed unless aborted)
  resumed: { trigger: 'on-rollout-resumed', subject: 'Deployment Resumed' },
};

/** Every event teams are told about, for roles that want all of them (`resumed` is for audit: every timed pause ends with one). */
export const ALL_DEPLOYMENT_EVENTS = (Object.keys(DEPLOYMENT_EVENT_TRIGGERS) as DeploymentEvent[]).filter((e) => e !== 'resumed');

/** Every event the controller reports, each recorded for audit. */
export const AUDIT_EVENTS: DeploymentEvent[] = [...ALL_DEPLOYMENT_EVENTS, 'resumed'];

/** The Secret the Argo Rollouts controller reads `$key` references from (the name is fixed by Argo). */
export const ROLLOUTS_NOTIFICATION_SECRET = 'argo-rollouts-notification-secret';
/** The ConfigMap the Argo Rollouts controller reads (the name is fixed by Argo). */
export const ROLLOUTS_NOTIFICATION_CONFIGMAP = 'argo-rollouts-notification-configmap';

/** A notification service of the Argo Rollouts controller (`service.<name>` in its ConfigMap). */
export abstract class EventService {
  /** The service name subscriptions use (`slack`, `teams-workflows`, `pagerdutyv2`, `email`, or a webhook's name). */
  public abstract readonly name: string;
  /** The ConfigMap key (`service.slack`, `service.webhook.<name>`). */
  public abstract readonly configKey: string;
  /** The service configuration, credentials as `$<secret key>`. */
  public abstract config(): Record<string, unknown>;
  /** Keys of `argo-rollouts-notification-secret` it reads. */
  public abstract secretKeys(): string[];
  /** Template fields this service reads, besides `message`. @internal */
  public templateFields(_subject: string, _event: DeploymentEvent): Record<string, unknown> {
    return {};
  }
  /** Records problems of the options and of `recipient`. */
  public abstract validate(p: Problems, recipients: string[]): void;
  /** Sends to `recipient` (a channel, a name of a URL or key, an address). */
  public to(recipient = ''): EventTarget {
    return { service: this, recipient };
  }
  /** Records a problem for each key that is not a Secret key. */
  protected checkKeys(p: Problems, field: string, keys: string[]): void {
    keys.forEach((k) =>
      p.check(isSecretKey(k), field, k, `a key of ${ROLLOUTS_NOTIFICATION_SECRET}`, 'name the Secret key holding the credential'),
    );
  }
}

/** Where a role's events go. */
export interface EventTarget {
  /** The notification service. */
  readonly service: EventService;
  /** Its recipient: a channel, a name of a URL or key, an address; empty for webhooks. */
  readonly recipient: string;
}

class SlackEvents extends EventService {
  public readonly name = 'slack';
  public readonly configKey = 'service.slack';
  constructor(private readonly tokenKey: string) {
    super();
  }
  public config() {
    return { token: `$${this.tokenKey}` };
  }
  public secretKeys() {
    return [this.tokenKey];
  }
  public validate(p: Problems, recipients: string[]): void {
    this.checkKeys(p, 'tokenKey', [this.tokenKey]);
    recipients.forEach((r) =>
      p.check(SLACK_CHANNEL.test(r), 'recipient', r, 'a Slack channel such as "deployments"', 'write the channel name'),
    );
  }
}

/** What differs between services whose recipients are names, each with its own credential. */
interface KeyedServiceSpec {
  readonly name: string;
  /** The service config field holding recipient -> `$key` (`recipientUrls`, `serviceKeys`). */
  readonly field: string;
  /** The option users wrote (`webhooks`, `serviceKeys`) and what each key holds. */
  readonly option: string;
  readonly holds: string;
}

/** A service whose recipients are names, each with its own credential (Teams Workflows URLs, PagerDuty integration keys). */
class KeyedEvents extends EventService {
  public readonly name: string;
  public readonly configKey: string;
  constructor(
    private readonly spec: KeyedServiceSpec,
    private readonly keys: Record<string, string>,
  ) {
    super();
    this.name = spec.name;
    this.configKey = `service.${spec.name}`;
  }
  public config() {
    return { [this.spec.field]: Object.fromEntries(Object.entries(this.keys).map(([recipient, key]) => [recipient, `$${key}`])) };
  }
  public secretKeys() {
    return Object.values(this.keys);
  }
  public validate(p: Problems, recipients: string[]): void {
    const { option, holds } = this.spec;
    this.checkKeys(p, option, Object.values(this.keys ?? {}));
    recipients.forEach((r) =>
      p.check(
        r in (this.keys ?? {}),
        'recipient',
        r,
        `one of the declared ${option}: ${Object.keys(this.keys ?? {}).join(', ')}`,
        `declare the recipient's ${holds} key in \`${option}\``,
      ),
    );
  }
}

class PagerDutyEvents extends KeyedEvents {
  constructor(serviceKeys: Record<string, string>) {
    super({ name: 'pagerdutyv2', field: 'serviceKeys', option: 'serviceKeys', holds: 'integration' }, serviceKeys);
  }
  public override templateFields(subject: string, event: DeploymentEvent) {
    const severity = event === 'failed' || event === 'rollbackInitiated' ? 'critical' : 'info';
    return {
      pagerdutyv2: {
        summary: `${subject}: {{.rollout.metadata.namespace}}/{{.rollout.metadata.name}}`,
        severity,
        source: '{{.rollout.metadata.name}}',
      },
    };
  }
}

/** Options of the email service. */
export interface EventEmailOptions {
  /** The SMTP server's host name. */
  readonly host: string;
  /** The SMTP port (587 for STARTTLS, 465 for TLS). */
  readonly port: number;
  /** The sender address. */
  readonly from: string;
  /** The SMTP user name. @default - no authentication */
  readonly username?: string;
  /** Key of the notification Secret holding the SMTP password. @default - no authentication */
  readonly passwordKey?: string;
}

class EmailEvents extends EventService {
  public readonly name = 'email';
  public readonly configKey = 'service.email';
  constructor(private readonly options: EventEmailOptions) {
    super();
  }
  public config() {
    const o = this.options;
    return {
      host: o.host,
      port: o.port,
      from: o.from,
      ...(o.username ? { username: o.username } : {}),
      ...(o.passwordKey ? { password: `$${o.passwordKey}` } : {}),
    };
  }
  public secretKeys() {
    return this.options.passwordKey ? [this.options.passwordKey] : [];
  }
  public override templateFields(subject: string) {
    return { email: { subject: `[{{ .environment }}] ${subject}: {{.rollout.metadata.name}}` } };
  }
  public validate(p: Problems, recipients: string[]): void {
    const o = this.options;
    p.check(/^[a-zA-Z0-9.-]+$/.test(o.host ?? ''), 'host', o.host, 'an SMTP host name', 'e.g. "smtp.example.com"');
    p.check(Number.isInteger(o.port) && o.port > 0 && o.port < 65536, 'port', o.port, 'a port number', 'usually 587');
    p.check(EMAIL_ADDRESS.test(o.from ?? ''), 'from', o.from, 'an email address', 'use the sender address your SMTP server accepts');
    this.checkKeys(p, 'passwordKey', this.secretKeys());
    recipients.forEach((r) =>
      p.check(EMAIL_ADDRESS.test(r), 'recipient', r, 'an email address', 'write the address, e.g. "ops@example.com"'),
    );
  }
}

class WebhookEvents extends EventService {
  public readonly configKey: string;
  constructor(
    public readonly name: string,
    private readonly urlKey: string,
  ) {
    super();
    this.configKey = `service.webhook.${name}`;
  }
  public config() {
    return { url: `$${this.urlKey}`, headers: [{ name: 'Content-Type', value: 'application/json' }] };
  }
  public secretKeys() {
    return [this.urlKey];
  }
  public override templateFields(subject: string, event: DeploymentEvent) {
    // webhook bodies are text/template (no escaping: notifications-engine v0.5.0
    // pkg/services/webhook.go); sprig's toJson (pkg/templates/service.go registers sprig.TxtFuncMap)
    // quotes every value the Rollout supplies, so a status message with quotes stays valid JSON
    return {
      webhook: {
        [this.name]: {
          method: 'POST',
          body:
            `{"event":"${event}","subject":"${subject}","environment":"{{ .environment }}","namespace":{{ .rollout.metadata.namespace | toJson }},` +
            '"emergency":{{ index .rollout.metadata.annotations "kubeship.dev/emergency" | default "" | toJson }},' +
            '"rollout":{{ .rollout.metadata.name | toJson }},"revision":{{ index .rollout.metadata.annotations "rollout.argoproj.io/revision" | toJson }},' +
            '"phase":{{ .rollout.status.phase | toJson }},"message":{{ .rollout.status.message | toJson }}}',
        },
      },
    };
  }
  public validate(p: Problems): void {
    p.check(
      /^[a-z][a-z0-9-]{0,62}$/.test(this.name ?? '') && !['slack', 'email', 'pagerdutyv2', 'teams-workflows'].includes(this.name),
      'name',
      this.name,
      'a lowercase name not used by a built-in service',
      'name the webhook, e.g. "deploy-log"',
    );
    this.checkKeys(p, 'urlKey', [this.urlKey]);
  }
}

/**
 * Microsoft Teams through Workflows (Power Automate). Argo Rollouts 1.10 and later have the
 * `teams-workflows` service; for older controllers (1.9.x, the latest release) each recipient
 * becomes a `webhook` service posting the Workflows payload itself (`TeamsWorkflowsWebhook`).
 */
class TeamsEvents extends KeyedEvents {
  constructor(public readonly webhooks: Record<string, string>) {
    super({ name: 'teams-workflows', field: 'recipientUrls', option: 'webhooks', holds: 'Workflows URL' }, webhooks);
  }
}

/**
 * One Teams Workflows URL as a `webhook` service (`service.webhook.teams-<recipient>`), posting the
 * message Workflows expects: `{"type":"message","attachments":[{"contentType":
 * "application/vnd.microsoft.card.adaptive","content":<AdaptiveCard 1.4>}]}`, the shape
 * notifications-engine's own teams-workflows service sends (pkg/services/teams-workflows.go
 * adaptiveMessage, buildAdaptiveCard: a bold title TextBlock, the text, facts as a FactSet).
 */
class TeamsWorkflowsWebhook extends WebhookEvents {
  constructor(recipient: string, urlKey: string) {
    super(`teams-${recipient}`, urlKey);
  }
  public override templateFields(subject: string, event: DeploymentEvent) {
    const fact = (title: string, value: string) => `{"title":"${title}","value":${value}}`;
    const facts = [
      fact(
        'Deployment',
        '{{ printf "%s/%s revision %s" .rollout.metadata.namespace .rollout.metadata.name (index .rollout.metadata.annotations "rollout.argoproj.io/revision") | toJson }}',
      ),
      fact('Environment', '"{{ .environment }}"'),
      fact('Phase', '{{ .rollout.status.phase | toJson }}'),
      fact('Emergency', '{{ index .rollout.metadata.annotations "kubeship.dev/emergency" | default "no" | toJson }}'),
      ...(event === 'completed' || event === 'started'
        ? []
        : [fact('Error', '{{ .rollout.status.message | default "none reported" | toJson }}')]),
    ].join(',');
    const components =
      '{{ range $c := .rollout.spec.template.spec.containers }},{"title":{{ printf "Component %s" $c.name | toJson }},"value":{{ $c.image | toJson }}}{{ end }}';
    const card =
      `{"type":"AdaptiveCard","version":"1.4","body":[` +
      `{"type":"TextBlock","text":"[{{ .environment }}] ${title(subject, event)}","size":"Large","weight":"Bolder","wrap":true},` +
      `{"type":"FactSet","facts":[${facts}${components}]}]}`;
    return {
      webhook: {
        [this.name]: {
          method: 'POST',
          body: `{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":${card}}]}`,
        },
      },
    };
  }
}

/**
 * The audit record of an event, as JSON (a webhook's text/template body: notifications-engine v0.5.0
 * pkg/services/webhook.go; sprig's toJson quotes every value the Rollout supplies). Who, what, when:
 * the time the controller sent it; the Rollout, its uid, revision and generation; the pod template
 * hashes of the new and the stable version (the configuration's identity); every container's image;
 * strategy, phase and message; the emergency reason when the release skipped its steps; the
 * `kubernetes.io/change-cause` annotation; and the writers of the Rollout's spec and metadata from
 * `metadata.managedFields` (field manager, operation, time: `kubectl-client-side-apply`,
 * `argocd-controller`, `pulumi-kubernetes`, `kubectl-argo-rollouts` for promote or abort), which is
 * as close to the triggering user as Argo Rollouts exposes (it records no user).
 */
export function auditRecordTemplate(event: DeploymentEvent, subject: string): string {
  return (
    `{"kind":"kubeship.dev/deployment-audit","version":1,"event":"${event}","subject":"${subject}","environment":"{{ .environment }}",` +
    '"time":{{ (call .time.Now).UTC.Format "2006-01-02T15:04:05Z07:00" | toJson }},' +
    '"namespace":{{ .rollout.metadata.namespace | toJson }},"rollout":{{ .rollout.metadata.name | toJson }},"uid":{{ .rollout.metadata.uid | toJson }},' +
    '"revision":{{ index .rollout.metadata.annotations "rollout.argoproj.io/revision" | toJson }},"generation":{{ .rollout.metadata.generation | toJson }},' +
    '"podTemplateHash":{{ .rollout.status.currentPodHash | toJson }},"stablePodTemplateHash":{{ .rollout.status.stableRS | toJson }},' +
    '"images":[{{ range $i, $c := .rollout.spec.template.spec.containers }}{{ if $i }},{{ end }}{"container":{{ $c.name | toJson }},"image":{{ $c.image | toJson }}}{{ end }}],' +
    '"strategy":{{ if .rollout.spec.strategy.canary }}"canary"{{ else }}"blueGreen"{{ end }},' +
    '"phase":{{ .rollout.status.phase | toJson }},"message":{{ .rollout.status.message | toJson }},' +
    '"emergency":{{ index .rollout.metadata.annotations "kubeship.dev/emergency" | default "" | toJson }},' +
    '"changeCause":{{ index .rollout.metadata.annotations "kubernetes.io/change-cause" | default "" | toJson }},' +
    '"changedBy":[{{ $first := true }}{{ range .rollout.metadata.managedFields }}{{ if not .subresource }}{{ if not $first }},{{ end }}{{ $first = false }}' +
    '{"manager":{{ .manager | toJson }},"operation":{{ .operation | toJson }},"time":{{ .time | toJson }}}{{ end }}{{ end }}]}'
  );
}

/** A webhook receiving the audit record of every event (`DeploymentEventsOptions.audit`). */
class AuditWebhookEvents extends WebhookEvents {
  public override templateFields(subject: string, event: DeploymentEvent) {
    return { webhook: { [this.name]: { method: 'POST', body: auditRecordTemplate(event, subject) } } };
  }
}

/** Where the audit trail goes. */
export interface AuditOptions {
  /**
   * The webhook that receives one JSON record (`auditRecordTemplate`) per event of every Rollout:
   * the service name (`service.webhook.<name>`) and the key of `argo-rollouts-notification-secret`
   * holding its URL (a log pipeline, SIEM or audit store).
   */
  readonly webhook: {
    /** The service name. @default DEFAULT_AUDIT_WEBHOOK */
    readonly name?: string;
    /** The key of `argo-rollouts-notification-secret` holding the webhook URL. */
    readonly urlKey: string;
  };
}

/** The service name of the audit webhook unless named otherwise. */
export const DEFAULT_AUDIT_WEBHOOK = 'deployment-audit';

/** The role that records every event for audit. */
function auditRole(audit: AuditOptions): EventRole {
  return {
    name: 'audit',
    events: AUDIT_EVENTS,
    notify: [new AuditWebhookEvents(audit.webhook?.name ?? DEFAULT_AUDIT_WEBHOOK, audit.webhook?.urlKey).to()],
  };
}

/** The options as the controller of `version` can run them: Teams targets lowered to webhooks where it lacks `teams-workflows`. */
function forController(given: DeploymentEventsOptions): DeploymentEventsOptions {
  const options = given.audit ? { ...given, roles: [...given.roles, auditRole(given.audit)] } : given;
  if (argoRolloutsHas(options.argoRolloutsVersion ?? VERSIONS.argoRollouts, 'teamsWorkflowsService')) {
    return options;
  }
  const lowered = new Map<string, EventService>();
  const lower = (target: EventTarget): EventTarget => {
    if (!(target.service instanceof TeamsEvents)) {
      return target;
    }
    const key = target.service.webhooks[target.recipient];
    const name = `teams-${target.recipient}`;
    if (!lowered.has(name)) {
      lowered.set(name, new TeamsWorkflowsWebhook(target.recipient, key));
    }
    return { service: lowered.get(name)!, recipient: '' };
  };
  return { ...options, roles: options.roles.map((r) => ({ ...r, notify: r.notify.map(lower) })) };
}

/** Factory of Argo Rollouts notification services; credentials are keys of `argo-rollouts-notification-secret`. */
export const EventServices = {
  /** Slack (bot token with `chat:write`); recipients are channels. */
  slack: (options: { readonly tokenKey: string }): EventService => new SlackEvents(options.tokenKey),
  /**
   * Microsoft Teams through Workflows (Power Automate); recipients are the names in `webhooks`
   * (name -> Secret key of the URL). Rendered as the `teams-workflows` service for Argo Rollouts
   * 1.10 and later, else as one `webhook` service per recipient posting the Workflows payload.
   */
  teams: (options: { readonly webhooks: Record<string, string> }): EventService => new TeamsEvents(options.webhooks),
  /** PagerDuty Events v2; recipients are the names in `serviceKeys` (name -> Secret key of the integration key). */
  pagerDuty: (options: { readonly serviceKeys: Record<string, string> }): EventService => new PagerDutyEvents(options.serviceKeys),
  /** Email over SMTP; recipients are addresses. */
  email: (options: EventEmailOptions): EventService => new EmailEvents(options),
  /** A JSON webhook; its URL comes from `urlKey`. Use `to()` without a recipient. */
  webhook: (options: { readonly name: string; readonly urlKey: string }): EventService => new WebhookEvents(options.name, options.urlKey),
};

/** A role: the events it wants and where they go. */
export interface EventRole {
  /** The role's name (`ops`, `dev`, ...). */
  readonly name: string;
  /** The events it wants (`ALL_DEPLOYMENT_EVENTS` for all). */
  readonly events: DeploymentEvent[];
  /** Where they go (`EventServices.slack(...).to('#deploys')`, ...). */
  readonly notify: EventTarget[];
}

/** Props of the deployment-event configuration. */
export interface DeploymentEventsOptions {
  /** Environment named in every message and email subject. */
  readonly environment: string;
  /** Who is told about which events, and where. */
  readonly roles: EventRole[];
  /** A dashboard link added to messages. @default - none */
  readonly dashboardUrl?: string;
  /** Record every event (`AUDIT_EVENTS`) with who, what and when for audit. @default - none */
  readonly audit?: AuditOptions;
  /**
   * The Argo Rollouts version of the controller that sends the events: services it lacks are
   * rendered with the ones it has (Teams Workflows as webhooks before 1.10).
   *
   * @default VERSIONS.argoRollouts
   */
  readonly argoRolloutsVersion?: string;
}

/** Records every problem of the options. */
export function validateDeploymentEvents(options: DeploymentEventsOptions, p: Problems): void {
  p.check(
    isLabelValue(options.environment) && options.environment !== '',
    'environment',
    options.environment,
    'a label value such as "prod"',
    'name the environment',
  );
  p.check(
    Array.isArray(options.roles) && options.roles.length > 0,
    'roles',
    options.roles,
    'at least one role',
    'declare who gets deployment events',
  );
  if (options.argoRolloutsVersion !== undefined) {
    p.check(
      SEMVER.test(options.argoRolloutsVersion),
      'argoRolloutsVersion',
      options.argoRolloutsVersion,
      'a version such as "1.9.1"',
      'write the version of the Argo Rollouts controller you run (`kubectl argo rollouts version`)',
    );
  }
  const services = new Map<string, EventService>();
  if (options.audit) {
    const audit = auditRole(options.audit).notify[0].service;
    audit.validate(p.at('audit.webhook'), ['']);
    services.set(audit.name, audit);
  }
  (options.roles ?? []).forEach((role, i) => {
    const at = p.at(`roles[${i}]`);
    at.check(/^[a-z][a-z0-9-]{0,62}$/.test(role.name ?? ''), 'name', role.name, 'a lowercase name', 'e.g. "ops"');
    at.check(
      Array.isArray(role.events) && role.events.length > 0,
      'events',
      role.events,
      `some of: ${ALL_DEPLOYMENT_EVENTS.join(', ')}`,
      'list the events the role wants',
    );
    (role.events ?? []).forEach((e, j) =>
      at.check(
        e in DEPLOYMENT_EVENT_TRIGGERS,
        `events[${j}]`,
        e,
        `one of: ${ALL_DEPLOYMENT_EVENTS.join(', ')}`,
        e === ('rollbackCompleted' as string)
          ? 'Argo Rollouts records no event for it; see DEPLOYMENT_EVENT_TRIGGERS'
          : 'use a listed event',
      ),
    );
    at.check(
      Array.isArray(role.notify) && role.notify.length > 0,
      'notify',
      role.notify,
      'at least one target',
      'e.g. slack.to("deployments")',
    );
    (role.notify ?? []).forEach((target, j) => {
      const known = services.get(target.service.name);
      if (known && known !== target.service) {
        at.add(
          `notify[${j}]`,
          target.service.name,
          'one service object per service name',
          'create each service once and call to() on it for every recipient',
        );
      }
      services.set(target.service.name, target.service);
      target.service.validate(at.at(`notify[${j}]`), [target.recipient]);
    });
  });
}

function serviceList(options: DeploymentEventsOptions): EventService[] {
  const byName = new Map<string, EventService>();
  options.roles.forEach((r) => r.notify.forEach((t) => byName.set(t.service.name, t.service)));
  return [...byName.values()].sort((a, b) => a.configKey.localeCompare(b.configKey));
}

/** An event's title: its subject, a completed canary saying it was promoted. */
function title(subject: string, event: DeploymentEvent): string {
  return event === 'completed'
    ? '{{ if .rollout.spec.strategy.canary }}Canary Promotion Completed{{ else }}Deployment Completed{{ end }}'
    : subject;
}

function message(subject: string, event: DeploymentEvent, dashboardUrl?: string): string {
  return [
    `[{{ .environment }}] ${title(subject, event)}`,
    'Deployment: {{.rollout.metadata.namespace}}/{{.rollout.metadata.name}} revision {{index .rollout.metadata.annotations "rollout.argoproj.io/revision"}}',
    'Environment: {{ .environment }}',
    'Components: {{range $i, $c := .rollout.spec.template.spec.containers}}{{if $i}}, {{end}}{{$c.name}}={{$c.image}}{{end}}',
    'Phase: {{.rollout.status.phase}}',
    '{{ with index .rollout.metadata.annotations "kubeship.dev/emergency" }}EMERGENCY release, steps and analysis skipped: {{ . }}{{ end }}',
    ...(event === 'completed' || event === 'started'
      ? []
      : ['Error: {{ with .rollout.status.message }}{{ . }}{{ else }}none reported{{ end }}']),
    ...(event === 'completed'
      ? [
          'Duration: {{range .rollout.status.conditions}}{{if eq .type "Progressing"}}{{ printf "%.1f" ((call $.time.Now).Sub (call $.time.Parse .lastTransitionTime)).Minutes }} min since it last started progressing{{end}}{{end}}',
        ]
      : []),
    ...(dashboardUrl ? [`Dashboard: ${dashboardUrl}`] : []),
  ].join('\n');
}

/**
 * The data of `argo-rollouts-notification-configmap` (pure). Templates are Go `html/template`
 * (Argo's notifications engine) and use only built-ins plus the engine's `time` functions, so
 * they do not depend on optional function sets; Argo HTML-escapes quotes, which keeps the webhook
 * JSON valid.: one `service.*` per service used,
 * one `template.kubeship-<event>` per event, and one `trigger.<name>` per event a role wants.
 * The environment is fixed into the templates (`.environment` is not an Argo variable).
 */
export function deploymentEventsConfig(options: DeploymentEventsOptions): Record<string, string> {
  const problems = Problems.root();
  validateDeploymentEvents(options, problems);
  if (!problems.isEmpty) {
    throw new ConfigurationError('deployment events', problems.all);
  }
  const controller = forController(options);
  const services = serviceList(controller);
  const events = [...new Set(controller.roles.flatMap((r) => r.events))].sort();
  const data: Record<string, string> = {};
  const env = (text: string) => text.split('{{ .environment }}').join(options.environment);
  for (const service of services) {
    data[service.configKey] = yaml.stringify(service.config(), { lineWidth: 0 });
  }
  for (const event of events) {
    const { trigger, subject } = DEPLOYMENT_EVENT_TRIGGERS[event];
    const fields: JsonObject = { message: message(subject, event, options.dashboardUrl) };
    for (const { webhook, ...rest } of services.map((service) => service.templateFields(subject, event))) {
      // every webhook adds its own entry under `webhook`
      Object.assign(fields, rest, webhook ? { webhook: { ...fields.webhook, ...(webhook as object) } } : {});
    }
    data[`template.kubeship-${kebab(event)}`] = env(yaml.stringify(fields, { lineWidth: 0 }));
    data[`trigger.${trigger}`] = yaml.stringify([{ send: [`kubeship-${kebab(event)}`] }]);
  }
  return data;
}

/** The subscription annotations each Rollout carries: `notifications.argoproj.io/subscribe.<trigger>.<service>: r1;r2`. */
export function subscriptionAnnotations(options: DeploymentEventsOptions): Record<string, string> {
  const recipients = new Map<string, Set<string>>();
  for (const role of forController(options).roles) {
    for (const event of role.events) {
      for (const target of role.notify) {
        const key = `notifications.argoproj.io/subscribe.${DEPLOYMENT_EVENT_TRIGGERS[event].trigger}.${target.service.name}`;
        recipients.set(key, (recipients.get(key) ?? new Set()).add(target.recipient));
      }
    }
  }
  return Object.fromEntries([...recipients.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort().join(';')]));
}

function kebab(event: string): string {
  return event.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** What a `Workload` needs to subscribe its Rollout. */
export interface IDeploymentEvents {
  /** Annotations to put on each Rollout. */
  readonly subscriptionAnnotations: Record<string, string>;
}

/** Props of `DeploymentEvents`. */
export interface DeploymentEventsProps extends DeploymentEventsOptions {
  /** Namespace of the Argo Rollouts controller. @default 'argo-rollouts' */
  readonly controllerNamespace?: string;
}

/**
 * Argo Rollouts notifications for deployment events: `argo-rollouts-notification-configmap` in the
 * controller's namespace, and subscription annotations that every `Workload` given as
 * `deploymentEvents` puts on its Rollout. Credentials stay in `argo-rollouts-notification-secret`
 * (create it yourself with cdk8s; the Pulumi front door creates it from secret config). The keys it
 * must hold are `secretKeys`. Rolling Deployments have no Argo events: their failures reach people
 * through the Deployment alerts.
 */
export class DeploymentEvents extends Construct implements IDeploymentEvents {
  public readonly subscriptionAnnotations: Record<string, string>;
  /** Keys `argo-rollouts-notification-secret` must hold. */
  public readonly secretKeys: string[];
  /** The namespace of the Argo Rollouts controller, where the ConfigMap is rendered. */
  public readonly controllerNamespace: string;

  constructor(scope: Construct, id: string, props: DeploymentEventsProps) {
    super(scope, id);
    this.controllerNamespace = props.controllerNamespace ?? 'argo-rollouts';
    const problems = Problems.root();
    validateDeploymentEvents(props, problems);
    problems.check(
      isDnsLabel(this.controllerNamespace),
      'controllerNamespace',
      this.controllerNamespace,
      'a namespace name',
      'use the namespace the Argo Rollouts controller runs in',
    );
    this.node.addValidation({ validate: () => problems.messages() });
    if (!problems.isEmpty) {
      this.subscriptionAnnotations = {};
      this.secretKeys = [];
      return;
    }
    this.subscriptionAnnotations = subscriptionAnnotations(props);
    this.secretKeys = [...new Set(serviceList(forController(props)).flatMap((s) => s.secretKeys()))].sort();
    // the controller reads it only from its own namespace, whatever the chart's is
    new k8s.KubeConfigMap(this, 'Resource', {
      metadata: {
        name: ROLLOUTS_NOTIFICATION_CONFIGMAP,
        namespace: this.controllerNamespace,
        labels: { ...MANAGED_BY_LABELS, 'app.kubernetes.io/part-of': 'argo-rollouts' },
      },
      data: deploymentEventsConfig(props),
    });
  }
}
