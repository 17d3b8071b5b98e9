/**
 * Deployment events through Argo Rollouts notifications: the ConfigMap, the subscription
 * annotations on Rollouts, errors, Go template syntax (parsed by the real amtool) and the Pulumi
 * front door's notification Secret.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as yaml from 'yaml';
import type * as door from '../constructs/pulumi';
import {
  ALL_DEPLOYMENT_EVENTS,
  AUDIT_EVENTS,
  AnalysisGate,
  DeliveryStrategy,
  DeploymentEvents,
  DeploymentEventsOptions,
  EventServices,
  Workload,
} from '../constructs';
import { deploymentEventsConfig, subscriptionAnnotations } from '../constructs/testing';
import { recordRegistrations } from './helpers/pulumi-mocks';
import { validateAll } from './helpers/schema';
import { chart, synth } from './helpers/synth';
import { run, tempDir } from './helpers/tools';
import { GoTime, renderGoTemplate } from './helpers/go-template';

/**
 * A canary Rollout mid-release as the controller hands it to the notification templates (Argo
 * Rollouts v1.9.1 utils/record/record.go: the object marshalled to JSON, managedFields included),
 * with quotes in every free-text value.
 */
function rolloutObject(): Record<string, unknown> {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: {
      name: 'api',
      namespace: 'shop',
      uid: '5f0c2a1e-9a3b-4c1d-8e2f-7a6b5c4d3e2f',
      generation: 7,
      annotations: {
        'rollout.argoproj.io/revision': '12',
        'kubernetes.io/change-cause': 'release "1.9.0" by ci pipeline #418',
        'kubeship.dev/emergency': 'hotfix for "INC-42"',
      },
      managedFields: [
        {
          manager: 'pulumi-kubernetes',
          operation: 'Apply',
          time: '2026-11-29T10:00:00Z',
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:spec': {} },
        },
        {
          manager: 'rollouts-controller',
          operation: 'Update',
          subresource: 'status',
          time: '2026-11-29T10:01:00Z',
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:status': {} },
        },
        {
          manager: 'kubectl-argo-rollouts',
          operation: 'Update',
          time: '2026-11-29T10:05:00Z',
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:status': {} },
        },
      ],
    },
    spec: {
      strategy: { canary: { steps: [{ setWeight: 20 }] } },
      template: {
        spec: {
          containers: [
            { name: 'api', image: 'ghcr.io/example/shop-api:1.9.0@sha256:' + 'a'.repeat(64) },
            { name: 'proxy', image: 'envoyproxy/envoy:v1.31.0' },
          ],
        },
      },
    },
    status: {
      phase: 'Degraded',
      message: 'RolloutAborted: metric "success-rate" assessed Failed',
      currentPodHash: '7d9f6c5b4',
      stableRS: '5c8b7d6f9',
    },
  };
}

/** What the engine passes a template (the `.environment` placeholder is fixed into the template by kubeship). */
const templateData = () => ({
  rollout: rolloutObject(),
  time: { Now: () => new GoTime(Date.UTC(2026, 10, 29, 10, 6, 0)), Parse: (t: string) => new GoTime(Date.parse(t)) },
});

/** Argo Rollouts' built-in triggers: the only names the controller fires (event reason -> on-<kebab reason>). */
const ARGO_TRIGGERS = [
  'on-analysis-run-error',
  'on-analysis-run-failed',
  'on-analysis-run-running',
  'on-rollout-aborted',
  'on-rollout-completed',
  'on-rollout-paused',
  'on-rollout-resumed',
  'on-rollout-step-completed',
  'on-rollout-updated',
  'on-scaling-replica-set',
];

/** The requested events: ops gets failure and rollback on Slack, Teams and PagerDuty (SMS through the alerts); dev gets every event on Slack. */
function requestedEvents(): DeploymentEventsOptions {
  const slack = EventServices.slack({ tokenKey: 'slack-token' });
  const teams = EventServices.teams({ webhooks: { ops: 'teams-ops-url' } });
  const pagerDuty = EventServices.pagerDuty({ serviceKeys: { ops: 'pagerduty-ops-key' } });
  const email = EventServices.email({
    host: 'smtp.example.com',
    port: 587,
    from: 'deploy@example.com',
    username: 'deploy',
    passwordKey: 'smtp-password',
  });
  return {
    environment: 'prod',
    roles: [
      {
        name: 'ops',
        events: ['failed', 'rollbackInitiated'],
        notify: [slack.to('ops-alerts'), teams.to('ops'), pagerDuty.to('ops'), email.to('ops@example.com')],
      },
      { name: 'dev', events: ALL_DEPLOYMENT_EVENTS, notify: [slack.to('deployments')] },
    ],
  };
}

describe('DeploymentEvents', () => {
  test('renders the controller ConfigMap with services, one template per event and Argo triggers only', () => {
    const c = chart('shop');
    const events = new DeploymentEvents(c, 'events', requestedEvents());
    const [cm] = synth(c);
    expect(cm.kind).toBe('ConfigMap');
    expect(cm.metadata).toMatchObject({ name: 'argo-rollouts-notification-configmap', namespace: 'argo-rollouts' });
    const keys = Object.keys(cm.data).sort();
    // the released controller (Argo Rollouts 1.9.1, notifications-engine v0.5.0) has no teams-workflows service:
    // Teams is a webhook posting the Workflows payload
    expect(keys.filter((k) => k.startsWith('service.'))).toEqual([
      'service.email',
      'service.pagerdutyv2',
      'service.slack',
      'service.webhook.teams-ops',
    ]);
    expect(yaml.parse(cm.data['service.slack'])).toEqual({ token: '$slack-token' });
    expect(yaml.parse(cm.data['service.webhook.teams-ops'])).toEqual({
      url: '$teams-ops-url',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
    });
    expect(yaml.parse(cm.data['service.pagerdutyv2'])).toEqual({ serviceKeys: { ops: '$pagerduty-ops-key' } });
    const triggers = keys.filter((k) => k.startsWith('trigger.')).map((k) => k.slice('trigger.'.length));
    expect(triggers.every((t) => ARGO_TRIGGERS.includes(t))).toBe(true);
    expect(triggers).toHaveLength(ALL_DEPLOYMENT_EVENTS.length);
    expect(events.secretKeys).toEqual(['pagerduty-ops-key', 'slack-token', 'smtp-password', 'teams-ops-url']);
    validateAll([cm]);
  });

  test('templates carry the requested subject, deployment id, environment, components and duration or error', () => {
    const data = deploymentEventsConfig(requestedEvents());
    const failed = yaml.parse(data['template.kubeship-failed']);
    expect(failed.email.subject).toBe('[prod] Deployment Failed: {{.rollout.metadata.name}}');
    expect(failed.message).toContain('[prod] Deployment Failed');
    expect(failed.message).toContain('Deployment: {{.rollout.metadata.namespace}}/{{.rollout.metadata.name}} revision');
    expect(failed.message).toContain('Environment: prod');
    expect(failed.message).toContain('Components: {{range $i, $c := .rollout.spec.template.spec.containers}}');
    expect(failed.message).toContain('Error: ');
    // an emergency release (WorkloadProps.emergency) says so in every event
    expect(failed.message).toContain(
      '{{ with index .rollout.metadata.annotations "kubeship.dev/emergency" }}EMERGENCY release, steps and analysis skipped: {{ . }}{{ end }}',
    );
    expect(failed.pagerdutyv2).toMatchObject({ severity: 'critical' });
    const completed = yaml.parse(data['template.kubeship-completed']);
    expect(completed.message).toContain('Canary Promotion Completed');
    expect(completed.message).toContain('Duration: ');
    expect(yaml.parse(data['template.kubeship-rollback-initiated']).email.subject).toBe(
      '[prod] Rollback Initiated: {{.rollout.metadata.name}}',
    );
    expect(yaml.parse(data['template.kubeship-started']).pagerdutyv2.severity).toBe('info');
    expect(yaml.parse(data['trigger.on-rollout-aborted'])).toEqual([{ send: ['kubeship-rollback-initiated'] }]);
  });

  test('the controller ConfigMap only uses services the declared controller has (service types from its notifications-engine source)', () => {
    // notifications-engine v0.5.0 pkg/services/services.go NewService, the version Argo Rollouts 1.9.1 pins (go.mod);
    // an unknown type fails NewAPI (pkg/api/api.go) and with it every event
    const V0_5_0 = [
      'awssqs',
      'email',
      'slack',
      'mattermost',
      'rocketchat',
      'grafana',
      'opsgenie',
      'webhook',
      'telegram',
      'github',
      'teams',
      'googlechat',
      'pushover',
      'alertmanager',
      'pagerduty',
      'pagerdutyv2',
      'newrelic',
      'webex',
    ];
    const types = (options: DeploymentEventsOptions) =>
      Object.keys(deploymentEventsConfig(options))
        .filter((k) => k.startsWith('service.'))
        .map((k) => k.split('.')[1]);
    expect(types(requestedEvents()).filter((t) => !V0_5_0.includes(t))).toEqual([]);
    // Argo Rollouts 1.10 (notifications-engine after v0.5.0) has teams-workflows: used as such
    const newer = { ...requestedEvents(), argoRolloutsVersion: '1.10.0' };
    expect(types(newer)).toContain('teams-workflows');
    expect(yaml.parse(deploymentEventsConfig(newer)['service.teams-workflows'])).toEqual({ recipientUrls: { ops: '$teams-ops-url' } });
    expect(subscriptionAnnotations(newer)['notifications.argoproj.io/subscribe.on-rollout-aborted.teams-workflows']).toBe('ops');
    expect(() => deploymentEventsConfig({ ...requestedEvents(), argoRolloutsVersion: 'latest' })).toThrow(
      /argoRolloutsVersion: got "latest"; allowed: a version such as "1.9.1"/,
    );
  });

  test('webhook bodies render to valid JSON whatever the Rollout says (values quoted by toJson), the Teams one as a Workflows Adaptive Card', () => {
    const data = deploymentEventsConfig(requestedEvents());
    /** The body as Go would render it for a Rollout with one container, every value a string with quotes. */
    const render = (body: string) =>
      body
        .replace(/\{\{ range [^}]*\}\}(.*?)\{\{ end \}\}/g, '$1')
        .replace(/\{\{[^}]*\| toJson \}\}/g, JSON.stringify('a "quoted" value'))
        .replace(/\{\{ if [^}]*\}\}(.*?)\{\{ else \}\}.*?\{\{ end \}\}/g, '$1')
        .replace(/\{\{[^}]*\}\}/g, 'x');
    const failed = yaml.parse(data['template.kubeship-failed']);
    const card = JSON.parse(render(failed.webhook['teams-ops'].body));
    expect(failed.webhook['teams-ops'].method).toBe('POST');
    // the shape of notifications-engine's own teams-workflows payload (pkg/services/teams-workflows.go adaptiveMessage)
    expect(card.type).toBe('message');
    expect(card.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.attachments[0].content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    expect(card.attachments[0].content.body[0]).toMatchObject({ type: 'TextBlock', text: '[prod] Deployment Failed', weight: 'Bolder' });
    expect(card.attachments[0].content.body[1].facts.map((f: any) => f.title)).toEqual([
      'Deployment',
      'Environment',
      'Phase',
      'Emergency',
      'Error',
      'a "quoted" value',
    ]);
    const completed = JSON.parse(render(yaml.parse(data['template.kubeship-completed']).webhook['teams-ops'].body));
    expect(completed.attachments[0].content.body[0].text).toBe('[prod] Canary Promotion Completed');
  });

  test('every template is valid Go template syntax (parsed by the real amtool)', () => {
    const data = deploymentEventsConfig(requestedEvents());
    const tmp = tempDir('argo-templates');
    try {
      const defines: string[] = [];
      const collect = (prefix: string, value: unknown): void => {
        if (typeof value === 'string') {
          defines.push(`{{ define "${prefix}" }}${value}{{ end }}`);
        } else if (value && typeof value === 'object') {
          Object.entries(value).forEach(([k, v]) => collect(`${prefix}.${k}`, v));
        }
      };
      Object.entries(data)
        .filter(([k]) => k.startsWith('template.'))
        .forEach(([k, v]) => collect(k, yaml.parse(v)));
      expect(defines.length).toBeGreaterThan(20);
      // the engine registers sprig's functions (notifications-engine v0.5.0 pkg/templates/service.go
      // sprig.TxtFuncMap); Alertmanager has other ones: for this syntax check only, the sprig
      // functions used are renamed to Alertmanager functions taking the same arguments
      const forAmtool = defines
        .join('\n')
        .replace(/\btoJson\b/g, 'toUpper')
        .replace(/\bdefault\b/g, 'or');
      fs.writeFileSync(path.join(tmp.dir, 'argo.tmpl'), forAmtool);
      fs.writeFileSync(
        path.join(tmp.dir, 'am.yaml'),
        yaml.stringify({ route: { receiver: 'null' }, receivers: [{ name: 'null' }], templates: [`${tmp.dir}/*.tmpl`] }),
      );
      const ok = run('amtool', ['check-config', path.join(tmp.dir, 'am.yaml')]);
      expect(ok.output).toContain('- 1 templates');
      expect(ok.code).toBe(0);
      // the check can fail: a broken template is rejected
      fs.writeFileSync(path.join(tmp.dir, 'argo.tmpl'), '{{ define "broken" }}{{ range .x }}{{ end }}');
      expect(run('amtool', ['check-config', path.join(tmp.dir, 'am.yaml')]).code).not.toBe(0);
    } finally {
      tmp.remove();
    }
  });

  test('a canary Workload subscribes its Rollout with the annotations; recipients of one trigger and service are joined', () => {
    const c = chart('shop');
    const events = new DeploymentEvents(c, 'events', requestedEvents());
    new Workload(c, 'web', {
      image: 'registry.example.com/shop/web:1.4.2',
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({ analysis: { gates: [AnalysisGate.successRate()] } }),
      deploymentEvents: events,
    });
    const out = synth(c);
    const rollout = out.find((m) => m.kind === 'Rollout');
    expect(rollout.metadata.annotations).toEqual({
      'notifications.argoproj.io/subscribe.on-analysis-run-failed.email': 'ops@example.com',
      'notifications.argoproj.io/subscribe.on-analysis-run-failed.pagerdutyv2': 'ops',
      'notifications.argoproj.io/subscribe.on-analysis-run-failed.slack': 'deployments;ops-alerts',
      'notifications.argoproj.io/subscribe.on-analysis-run-failed.teams-ops': '',
      'notifications.argoproj.io/subscribe.on-rollout-aborted.email': 'ops@example.com',
      'notifications.argoproj.io/subscribe.on-rollout-aborted.pagerdutyv2': 'ops',
      'notifications.argoproj.io/subscribe.on-rollout-aborted.slack': 'deployments;ops-alerts',
      'notifications.argoproj.io/subscribe.on-rollout-aborted.teams-ops': '',
      'notifications.argoproj.io/subscribe.on-rollout-completed.slack': 'deployments',
      'notifications.argoproj.io/subscribe.on-rollout-paused.slack': 'deployments',
      'notifications.argoproj.io/subscribe.on-rollout-step-completed.slack': 'deployments',
      'notifications.argoproj.io/subscribe.on-rollout-updated.slack': 'deployments',
    });
    validateAll(out);
  });

  test('a rolling Workload with deployment events is an error naming the field and the fix', () => {
    const c = chart('shop');
    const events = new DeploymentEvents(c, 'events', requestedEvents());
    new Workload(c, 'web', { image: 'registry.example.com/shop/web:1.4.2', deploymentEvents: events });
    expect(() => synth(c)).toThrow(/deploymentEvents: got "rolling"; allowed: a blueGreen or canary strategy/);
  });

  test('every problem at once: unknown recipient, bad address, a rollbackCompleted event Argo never sends', () => {
    const teams = EventServices.teams({ webhooks: { ops: 'teams-ops-url' } });
    const email = EventServices.email({ host: 'smtp.example.com', port: 587, from: 'deploy@example.com' });
    expect(() =>
      deploymentEventsConfig({
        environment: 'prod',
        roles: [{ name: 'ops', events: ['failed', 'rollbackCompleted' as never], notify: [teams.to('dev'), email.to('not-an-address')] }],
      }),
    ).toThrow(
      new RegExp(
        [
          'roles\\[0\\].events\\[1\\]: got "rollbackCompleted"; allowed: one of: started, completed, failed, rollbackInitiated, canaryStepCompleted, paused; fix: Argo Rollouts records no event',
          '[^]*roles\\[0\\].notify\\[0\\].recipient: got "dev"; allowed: one of the declared webhooks: ops',
          '[^]*roles\\[0\\].notify\\[1\\].recipient: got "not-an-address"',
        ].join(''),
      ),
    );
  });
});

describe('the deployment audit trail', () => {
  const withAudit = (): DeploymentEventsOptions => ({ ...requestedEvents(), audit: { webhook: { urlKey: 'deployment-audit-url' } } });

  test('every event the controller reports, resumes included, goes to the audit webhook; the team roles are unchanged', () => {
    const c = chart('shop');
    const events = new DeploymentEvents(c, 'events', withAudit());
    const [cm] = synth(c);
    expect(yaml.parse(cm.data['service.webhook.deployment-audit'])).toEqual({
      url: '$deployment-audit-url',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
    });
    const triggers = Object.keys(cm.data)
      .filter((k) => k.startsWith('trigger.'))
      .map((k) => k.slice('trigger.'.length))
      .sort();
    expect(triggers).toEqual([
      'on-analysis-run-failed',
      'on-rollout-aborted',
      'on-rollout-completed',
      'on-rollout-paused',
      'on-rollout-resumed',
      'on-rollout-step-completed',
      'on-rollout-updated',
    ]);
    expect(triggers.every((t) => ARGO_TRIGGERS.includes(t))).toBe(true);
    const audited = Object.entries(events.subscriptionAnnotations)
      .filter(([k]) => k.endsWith('.deployment-audit'))
      .map(([k]) => k.split('.')[3])
      .sort();
    expect(audited).toEqual(AUDIT_EVENTS.map((e) => triggerOf(e)).sort());
    // the teams are not told about resumes (every timed pause ends with one)
    expect(Object.keys(events.subscriptionAnnotations).filter((k) => k.includes('on-rollout-resumed'))).toEqual([
      'notifications.argoproj.io/subscribe.on-rollout-resumed.deployment-audit',
    ]);
    expect(events.secretKeys).toContain('deployment-audit-url');
  });

  test('each record renders (as the engine would) to JSON saying who, what and when', () => {
    const data = deploymentEventsConfig(withAudit());
    for (const event of AUDIT_EVENTS) {
      const template = yaml.parse(data[`template.kubeship-${event.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`]);
      const record = JSON.parse(renderGoTemplate(template.webhook['deployment-audit'].body, templateData()));
      expect(record).toEqual({
        kind: 'kubeship.dev/deployment-audit',
        version: 1,
        event,
        subject: expect.any(String),
        environment: 'prod',
        time: '2026-11-29T10:06:00Z',
        namespace: 'shop',
        rollout: 'api',
        uid: '5f0c2a1e-9a3b-4c1d-8e2f-7a6b5c4d3e2f',
        revision: '12',
        generation: 7,
        podTemplateHash: '7d9f6c5b4',
        stablePodTemplateHash: '5c8b7d6f9',
        images: [
          { container: 'api', image: `ghcr.io/example/shop-api:1.9.0@sha256:${'a'.repeat(64)}` },
          { container: 'proxy', image: 'envoyproxy/envoy:v1.31.0' },
        ],
        strategy: 'canary',
        phase: 'Degraded',
        message: 'RolloutAborted: metric "success-rate" assessed Failed',
        emergency: 'hotfix for "INC-42"',
        changeCause: 'release "1.9.0" by ci pipeline #418',
        // the writers of spec and metadata; the controller's status writes are not "who"
        changedBy: [
          { manager: 'pulumi-kubernetes', operation: 'Apply', time: '2026-11-29T10:00:00Z' },
          { manager: 'kubectl-argo-rollouts', operation: 'Update', time: '2026-11-29T10:05:00Z' },
        ],
      });
    }
    // a Rollout without the optional annotations still renders
    const plain = templateData();
    (plain.rollout.metadata as any).annotations = { 'rollout.argoproj.io/revision': '1' };
    const started = yaml.parse(data['template.kubeship-started']).webhook['deployment-audit'].body;
    expect(JSON.parse(renderGoTemplate(started, plain))).toMatchObject({ emergency: '', changeCause: '', revision: '1' });
  });

  test('the record template is valid Go template syntax (parsed by the real amtool)', () => {
    const tmp = tempDir('audit-template');
    try {
      const body = yaml.parse(deploymentEventsConfig(withAudit())['template.kubeship-failed']).webhook['deployment-audit'].body as string;
      // sprig's functions renamed to Alertmanager ones (syntax check only), as above
      fs.writeFileSync(
        path.join(tmp.dir, 'audit.tmpl'),
        `{{ define "audit" }}${body.replace(/\btoJson\b/g, 'toUpper').replace(/\bdefault\b/g, 'or')}{{ end }}`,
      );
      fs.writeFileSync(
        path.join(tmp.dir, 'am.yaml'),
        yaml.stringify({ route: { receiver: 'null' }, receivers: [{ name: 'null' }], templates: [`${tmp.dir}/*.tmpl`] }),
      );
      const checked = run('amtool', ['check-config', path.join(tmp.dir, 'am.yaml')]);
      expect(checked.output).toContain('- 1 templates');
      expect(checked.code).toBe(0);
    } finally {
      tmp.remove();
    }
  });

  test('an audit webhook named like a team webhook, or without a URL key, is refused', () => {
    const options = requestedEvents();
    const c = chart('shop');
    new DeploymentEvents(c, 'events', { ...options, audit: { webhook: { name: 'email', urlKey: 'not a key!' } } });
    expect(() => synth(c)).toThrow(
      /audit\.webhook\.name: got "email"; allowed: a lowercase name not used by a built-in service[\s\S]*audit\.webhook\.urlKey: got "not a key!"/,
    );
  });
});

/** The Argo trigger of an event. */
function triggerOf(event: string): string {
  return (
    {
      started: 'on-rollout-updated',
      completed: 'on-rollout-completed',
      failed: 'on-analysis-run-failed',
      rollbackInitiated: 'on-rollout-aborted',
      canaryStepCompleted: 'on-rollout-step-completed',
      paused: 'on-rollout-paused',
      resumed: 'on-rollout-resumed',
    } as Record<string, string>
  )[event];
}

describe('Pulumi DeploymentEvents', () => {
  let registered: pulumi.runtime.MockResourceArgs[] = [];
  let kubeship: typeof door;
  beforeAll(async () => {
    registered = await recordRegistrations('kubeship', 'prod');
    kubeship = require('../constructs/pulumi');
  });

  test('creates argo-rollouts-notification-secret from secret config in the controller namespace; values appear nowhere else', async () => {
    const values = {
      'slack-token': 'xoxb-canary-41',
      'teams-ops-url': 'https://canary-teams/42',
      'pagerduty-ops-key': 'canary-pd-43',
      'smtp-password': 'canary-smtp-44',
    };
    const events = new kubeship.DeploymentEvents('events', {
      ...requestedEvents(),
      credentials: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, pulumi.secret(v)])),
    });
    const web = new kubeship.Workload('web', {
      image: 'registry.example.com/shop/web:1.4.2',
      namespace: 'shop',
      strategy: DeliveryStrategy.blueGreen({ postPromotionAnalysis: [AnalysisGate.successRate()] }),
      ports: [{ containerPort: 8080 }],
      deploymentEvents: events,
    });
    await new Promise((resolve) => pulumi.all([...events.resources, events.secret!, ...web.resources].map((r) => r.urn)).apply(resolve));
    const secret = registered.find((r) => r.type === 'kubernetes:core/v1:Secret')!;
    expect(secret.inputs.metadata).toMatchObject({ name: 'argo-rollouts-notification-secret', namespace: 'argo-rollouts' });
    expect(secret.inputs.stringData).toEqual({ [pulumi.runtime.specialSigKey]: pulumi.runtime.specialSecretSig, value: values });
    const rollout = registered.find((r) => r.type === 'kubernetes:argoproj.io/v1alpha1:Rollout')!;
    expect(rollout.inputs.metadata.annotations['notifications.argoproj.io/subscribe.on-rollout-aborted.pagerdutyv2']).toBe('ops');
    const others = JSON.stringify(registered.filter((r) => r !== secret).map((r) => r.inputs));
    Object.values(values).forEach((v) => expect(others).not.toContain(v));
  });

  test('credentials missing a key the services read are one clear error', () => {
    expect(
      () => new kubeship.DeploymentEvents('events', { ...requestedEvents(), credentials: { 'slack-token': pulumi.secret('x') } }),
    ).toThrow(/credentials.pagerduty-ops-key: got nothing[^]*credentials.smtp-password[^]*credentials.teams-ops-url/);
  });
});
