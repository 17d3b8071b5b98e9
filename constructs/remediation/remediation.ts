import { createHash } from 'crypto';
import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { DurationInput, DURATION_ALLOWED, durationSeconds } from '../core/duration';
import { isDnsLabel, isLabelValue, toDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { ResolvedResources, ResourcesProps, validateResources, withDefaults } from '../core/container';
import { kubeResources, restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../core/pod-template';
import { ServiceMonitor } from '../imports/prom-servicemonitor-monitoring.coreos.com';
import { AlertRules } from '../monitoring/alert-rules';
import { checkUrl, MANAGED_BY_LABELS } from '../core/checks';
import { SecretKeyRef, secretFilePath } from '../notifications/channels';
import { RoleSeverity, WebhookRoute } from '../notifications/config';
import { isSecretKey } from '../core/checks';
import { exemptions } from '../core/exemptions';
import { parseImage } from '../core/images';
import { DEFAULT_RUNBOOK_BASE_URL } from '../monitoring/rules';
import { remediationAlertGroup } from './rules';
import type { RemediationAction, RemediationActionOptions, RemediationServiceConfig } from './runtime/config';
import { validateConfig as validateServiceConfig } from './runtime/decide';
// the service, compiled and bundled from ./runtime by scripts/build-runtime.js
import { REMEDIATION_RUNTIME } from './runtime.generated';
import { isRoleSeverity } from '../core/severity';
import { IMAGES, PORTS } from '../core/versions';

export type { RemediationAction, RemediationActionOptions, RemediationEscalationConfig, RemediationServiceConfig } from './runtime/config';

/** Least time between two actions on one target, unless `cooldown` says otherwise. */
export const DEFAULT_COOLDOWN = '5m';
/** A target quiet this long gets its attempts back, unless `resetAfter` says otherwise. */
export const DEFAULT_RESET_AFTER = '1h';

/** The alerts remediated by default and their actions. */
export const DEFAULT_REMEDIATION_ACTIONS: Readonly<Record<string, RemediationActionOptions>> = {
  KubePodCrashLooping: { action: 'deletePod' },
  KubePodPending: { action: 'deletePod' },
  KubeDeploymentRolloutStuck: { action: 'restart', kind: 'Deployment' },
};

/** A stock Node.js 22 image, pinned by tag and digest (`IMAGES` of the version matrix); runs as its `node` user (uid 1000). */
export const REMEDIATION_IMAGE = IMAGES.remediation;
/** The port the service takes webhooks on (POST /alerts, with the bearer token). */
export const REMEDIATION_PORT = PORTS.remediationWebhook;
/** The port of /metrics, /healthz and /readyz (Prometheus and the kubelet; no webhooks). */
export const REMEDIATION_METRICS_PORT = PORTS.remediationMetrics;
/** Where the service reads the webhook token (the Secret key, mounted as one file). */
const TOKEN_MOUNT = '/var/run/kubeship-remediation/webhook';
/** How long Kubernetes waits after SIGTERM: the service finishes its webhook within 20s of it. */
const TERMINATION_GRACE_SECONDS = 30;
/** The name of the alert the service sends through Alertmanager when it gives up on a target. */
export const REMEDIATION_ESCALATION_ALERT = 'RemediationExhausted';
const DEFAULT_RESOURCES: ResolvedResources = { cpu: { request: '20m', limit: '200m' }, memory: { request: '48Mi', limit: '128Mi' } };
const MOUNT = '/app';

/** The remediation settings an environment declares (enabled, auto_remediate, max_attempts, cooldown). */
export interface RemediationOptions {
  /** Namespaces the service may act in; it gets a Role there and ignores alerts from elsewhere. */
  readonly namespaces: string[];
  /** Alert name to action. @default DEFAULT_REMEDIATION_ACTIONS */
  readonly actions?: Record<string, RemediationActionOptions>;
  /** Actions per target before the service stops and escalates. @default 3 */
  readonly maxAttempts?: number;
  /** Least time between two actions on one target (each action gets this long to work). @default '5m' */
  readonly cooldown?: DurationInput;
  /** A target that has not alerted for this long gets its attempts back. @default '1h' */
  readonly resetAfter?: DurationInput;
  /** Log and count what would be done, change nothing (`auto_remediate: false`). @default false */
  readonly dryRun?: boolean;
  /** Severity of the `RemediationExhausted` alert the service sends when it gives up. @default 'critical' */
  readonly escalationSeverity?: RoleSeverity;
  /**
   * Base URL of the runbooks: the service's own alerts and its `RemediationExhausted` escalation
   * link to `<base>/<alertname in lower case>.md` (`MonitoringStack` passes the deployment alerts'
   * `runbookBaseUrl`). @default DEFAULT_RUNBOOK_BASE_URL
   */
  readonly runbookBaseUrl?: string;
  /** The stock Node.js image the code runs on. @default REMEDIATION_IMAGE */
  readonly image?: string;
  /** @default - cpu 20m request / 200m limit, memory 48Mi request / 128Mi limit */
  readonly resources?: ResourcesProps;
  /**
   * Ship the alerts the default actions need (`KubePodCrashLooping`, `KubePodPending`) and the
   * alerts about the service itself. @default true
   */
  readonly alertRules?: boolean;
  /**
   * Where the API server is, for the NetworkPolicy's egress (the endpoints of the `kubernetes`
   * Service: `kubectl get endpoints kubernetes`). @default ['0.0.0.0/0', '::/0'] (port 443 and 6443 only)
   */
  readonly apiServerCidrs?: string[];
  /**
   * The Secret key holding the bearer token the Alertmanager sends with every webhook
   * (`http_config.authorization.credentials_file`) and the service checks: both mount it. Create
   * it (`kubectl create secret generic <name> --from-literal=token=$(openssl rand -hex 32)`), or
   * let the Pulumi door create it from secret config. The Secret is read on every request, so a
   * rotated token takes effect without restarts. @default - Secret `<name>-webhook`, key `token`
   */
  readonly webhookToken?: SecretKeyRef;
}

/** The Secret key of a service's webhook token (`webhookToken`, or `<name>-webhook`/`token`). */
export function remediationWebhookToken(options: RemediationOptions, name: string): SecretKeyRef {
  return options.webhookToken
    ? { name: options.webhookToken.name, key: options.webhookToken.key }
    : { name: `${name}-webhook`, key: 'token' };
}

/** Props of `Remediation`. */
export interface RemediationProps extends RemediationOptions {
  /** Name of the objects. @default - the construct id as a DNS label */
  readonly name?: string;
  /** Namespace the service runs in (the Alertmanager's). @default - the chart's namespace */
  readonly namespace?: string;
  /** Environment label of the escalation alert. @default - none */
  readonly environment?: string;
  /** The Alertmanager the service escalates through (its API, e.g. `http://alertmanager-operated.monitoring.svc:9093`). */
  readonly alertmanagerUrl: string;
  /** Labels of the Alertmanager pods: the only pods that may send webhooks (NetworkPolicy). */
  readonly alertmanagerPodLabels: Record<string, string>;
  /** Labels of the Prometheus pods, which scrape the service's metrics. */
  readonly prometheusPodLabels: Record<string, string>;
  /** Labels the Prometheus selects ServiceMonitors and PrometheusRules by (`MonitoringStack.selectorLabels`). */
  readonly selectorLabels: Record<string, string>;
  /** kube-state-metrics series selector of the pod alerts. @default 'job="kube-state-metrics"' */
  readonly kubeStateMetricsSelector?: string;
}

/** The Alertmanager receiver and route that send the mapped alerts to the service (see `remediationRoute`). */
export type RemediationRoute = WebhookRoute;

/** The options with every default applied: the one place the defaults live; validation and rendering read this. */
export interface ResolvedRemediationOptions {
  /** As given. */
  readonly namespaces: readonly string[];
  /** Alert name to action, each mapping's defaults written out (as the service reads them). */
  readonly actions: Readonly<Record<string, RemediationActionOptions>>;
  /** Actions per target before the service escalates. */
  readonly maxAttempts: number;
  /** Least time between two actions on one target. */
  readonly cooldown: DurationInput;
  /** Quiet time after which a target gets its attempts back. */
  readonly resetAfter: DurationInput;
  /** Whether the service only logs and counts. */
  readonly dryRun: boolean;
  /** Severity of the escalation alert. */
  readonly escalationSeverity: RoleSeverity;
  /** Base URL of the runbooks, without a trailing slash. */
  readonly runbookBaseUrl: string;
  /** The image the code runs on. */
  readonly image: string;
  /** Requests and limits. */
  readonly resources: ResolvedResources;
  /** Whether the alert rules ship. */
  readonly alertRules: boolean;
  /** Where the API server is (the NetworkPolicy's egress). */
  readonly apiServerCidrs: readonly string[];
}

/** Actions per target before the service stops and escalates, unless `maxAttempts` says otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 3;
/** The API server's addresses unless `apiServerCidrs` names them: anywhere, on 443 and 6443 only. */
const ANY_ADDRESS = ['0.0.0.0/0', '::/0'];

/** The options with their defaults (pure; values are not checked: `validateRemediation` does that). */
export function resolveRemediation(options: RemediationOptions): ResolvedRemediationOptions {
  return {
    namespaces: [...(options.namespaces ?? [])],
    actions: Object.fromEntries(
      Object.entries(options.actions ?? DEFAULT_REMEDIATION_ACTIONS).map(([alert, mapping]) => [alert, explicit(mapping)]),
    ),
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    cooldown: options.cooldown ?? DEFAULT_COOLDOWN,
    resetAfter: options.resetAfter ?? DEFAULT_RESET_AFTER,
    dryRun: options.dryRun ?? false,
    escalationSeverity: options.escalationSeverity ?? 'critical',
    runbookBaseUrl: (options.runbookBaseUrl ?? DEFAULT_RUNBOOK_BASE_URL).replace(/\/+$/, ''),
    image: options.image ?? REMEDIATION_IMAGE,
    resources: withDefaults(DEFAULT_RESOURCES, options.resources),
    alertRules: options.alertRules !== false,
    apiServerCidrs: options.apiServerCidrs ?? ANY_ADDRESS,
  };
}

/** The service's config from the options (pure; `validateRemediation` reports problems). */
export function remediationServiceConfig(
  options: RemediationOptions,
  extra: { environment?: string; alertmanagerUrl?: string } = {},
): RemediationServiceConfig {
  const resolved = resolveRemediation(options);
  return {
    ...(extra.environment ? { environment: extra.environment } : {}),
    dryRun: resolved.dryRun,
    maxAttempts: resolved.maxAttempts,
    cooldownSeconds: durationSeconds(resolved.cooldown) ?? NaN,
    resetAfterSeconds: durationSeconds(resolved.resetAfter) ?? NaN,
    namespaces: [...resolved.namespaces],
    actions: resolved.actions,
    escalation: {
      alertmanagerUrl: extra.alertmanagerUrl,
      alertname: REMEDIATION_ESCALATION_ALERT,
      severity: resolved.escalationSeverity,
      runbookUrl: `${resolved.runbookBaseUrl}/${REMEDIATION_ESCALATION_ALERT.toLowerCase()}.md`,
      ...(extra.environment ? { labels: { environment: extra.environment } } : {}),
    },
  };
}

/** A mapping with its defaults written out, as the service reads it. */
function explicit(mapping: RemediationActionOptions): RemediationActionOptions {
  if (mapping?.action === 'scale') {
    return { kind: 'Deployment', step: 1, minReplicas: 1, ...mapping };
  }
  return mapping?.action === 'restart' ? { kind: 'Deployment', ...mapping } : mapping;
}

/** Records every problem of the options, named by the options' fields. */
export function validateRemediation(options: RemediationOptions, p: Problems): void {
  const resolved = resolveRemediation(options);
  for (const [field, value] of [
    ['cooldown', resolved.cooldown],
    ['resetAfter', resolved.resetAfter],
  ] as const) {
    const seconds = durationSeconds(value);
    p.check(
      seconds !== undefined && (field === 'cooldown' || seconds > 0),
      field,
      value,
      DURATION_ALLOWED,
      field === 'cooldown' ? 'e.g. "5m"' : 'e.g. "1h"',
    );
  }
  const cooldown = durationSeconds(resolved.cooldown);
  const reset = durationSeconds(resolved.resetAfter);
  if (cooldown !== undefined && reset !== undefined && reset < cooldown) {
    p.add(
      'resetAfter',
      resolved.resetAfter,
      `at least the cooldown (${resolved.cooldown})`,
      'a target must stay quiet longer than the cooldown before its attempts come back',
    );
  }
  if (options.escalationSeverity !== undefined) {
    p.check(
      isRoleSeverity(options.escalationSeverity),
      'escalationSeverity',
      options.escalationSeverity,
      'critical, warning or info',
      'critical pages the roles that take critical alerts',
    );
  }
  if (options.image !== undefined) {
    const { tag, digest } = parseImage(typeof options.image === 'string' ? options.image : '');
    p.check(
      typeof options.image === 'string' &&
        !/\s/.test(options.image) &&
        ((digest !== undefined && /^sha256:[a-f0-9]{64}$/.test(digest)) || (!!tag && tag !== 'latest')),
      'image',
      options.image,
      'a Node.js 22 image pinned by tag or digest (not latest)',
      `e.g. "${REMEDIATION_IMAGE}"`,
    );
  }
  if (options.webhookToken !== undefined) {
    p.check(
      isDnsLabel(options.webhookToken?.name, 253) && isSecretKey(options.webhookToken?.key),
      'webhookToken',
      options.webhookToken,
      'a Secret name and a key of it',
      'e.g. { name: "remediation-webhook", key: "token" }',
    );
  }
  (options.apiServerCidrs ?? []).forEach((cidr: string, i: number) =>
    p.check(
      /^[0-9a-fA-F:.]+\/[0-9]{1,3}$/.test(cidr),
      `apiServerCidrs[${i}]`,
      cidr,
      'a CIDR such as "10.0.0.1/32"',
      "use the API server's address (kubectl get endpoints kubernetes)",
    ),
  );
  validateResources(resolved.resources, p.at('resources'));
  if (options.runbookBaseUrl !== undefined) {
    checkUrl(p, 'runbookBaseUrl', options.runbookBaseUrl);
  }
  for (const problem of validateServiceConfig(remediationServiceConfig(options, {}))) {
    // fields the options name differently, checked above: the durations and the runbook URL
    if (['cooldownSeconds', 'resetAfterSeconds', 'escalation.runbookUrl'].includes(problem.path)) {
      continue;
    }
    p.add(problem.path, problem.value, problem.allowed, problem.fix);
  }
}

/**
 * Automated remediation for one environment: a small service that receives Alertmanager webhooks
 * for the mapped alerts and deletes a crash-looping pod, restarts a workload or scales it within
 * bounds through the Kubernetes API, at most `maxAttempts` times per target and `cooldown` apart,
 * then escalates through Alertmanager. Its code runs on a stock Node.js image from a ConfigMap.
 *
 * Objects: ConfigMap (code + config), a ConfigMap the service keeps its attempts in (and a Role
 * to get and patch only that one), ServiceAccount, a Role and RoleBinding per namespace with only
 * the verbs the mapped actions need, Deployment (one replica, `Recreate`), Service,
 * NetworkPolicy (webhooks only from the Alertmanager, scrapes only from Prometheus; egress to DNS,
 * the API server and the Alertmanager), ServiceMonitor and PrometheusRule. Add `route` to the
 * Alertmanager configuration (`MonitoringStack` does this when given `remediation`).
 */
export class Remediation extends Construct {
  /** The name of its objects. */
  public readonly name: string;
  /** The receiver and route the Alertmanager configuration needs. */
  public readonly route: RemediationRoute;
  /** Labels of the service's pods (the Alertmanager's NetworkPolicy admits them: they post escalations). */
  public readonly podLabels: Record<string, string>;
  /** The service's config, as mounted. */
  public readonly serviceConfig: RemediationServiceConfig;
  /** The Secret key of the webhook token (mount the Secret into the Alertmanager: `MonitoringStack` does). */
  public readonly webhookToken: SecretKeyRef;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: RemediationProps,
  ) {
    super(scope, id);
    this.name = props.name ?? toDnsLabel(id);
    const namespace = props.namespace ?? Chart.of(this).namespace;
    this.serviceConfig = remediationServiceConfig(props, { environment: props.environment, alertmanagerUrl: props.alertmanagerUrl });
    this.webhookToken = remediationWebhookToken(props, this.name);
    this.route = routeOf(
      this.serviceConfig,
      `http://${this.name}${namespace ? `.${namespace}.svc` : ''}:${REMEDIATION_PORT}/alerts`,
      this.webhookToken,
    );
    this.podLabels = { 'app.kubernetes.io/name': 'kubeship-remediation', 'app.kubernetes.io/instance': this.name };

    const problems = Problems.root();
    validateProps(problems, props, this.name);
    this.node.addValidation({ validate: () => problems.messages() });
    if (!problems.isEmpty) {
      return;
    }
    this.render(namespace);
  }

  private render(namespace: string | undefined): void {
    const props = this.props;
    const resolved = resolveRemediation(props);
    const labels = { ...MANAGED_BY_LABELS, 'app.kubernetes.io/name': 'kubeship-remediation', 'app.kubernetes.io/instance': this.name };
    const selector = this.podLabels;
    const meta = { name: this.name, namespace, labels };
    const files: Record<string, string> = {
      ...REMEDIATION_RUNTIME.files,
      'config.json': `${JSON.stringify(this.serviceConfig, null, 2)}\n`,
    };
    const hash = createHash('sha256').update(`${REMEDIATION_RUNTIME.hash}\0${files['config.json']}`).digest('hex').slice(0, 16);

    new k8s.KubeConfigMap(this, 'Code', { metadata: meta, data: files });
    // the attempts, written by the service (so a restart of its pod forgets nothing); rendered without
    // data, so neither Pulumi nor a GitOps sync owns or resets what the service writes
    const stateName = `${this.name}-state`;
    new k8s.KubeConfigMap(this, 'State', {
      metadata: {
        ...meta,
        name: stateName,
        annotations: { 'kubeship.dev/written-by': `the ${this.name} service (key state.json): attempts per target` },
      },
    });
    new k8s.KubeRole(this, 'StateRole', {
      metadata: { ...meta, name: stateName },
      rules: [{ apiGroups: [''], resources: ['configmaps'], resourceNames: [stateName], verbs: ['get', 'patch'] }],
    });
    new k8s.KubeRoleBinding(this, 'StateRoleBinding', {
      metadata: { ...meta, name: stateName },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: stateName },
      subjects: [{ kind: 'ServiceAccount', name: this.name, namespace: namespace ?? 'default' }],
    });
    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: meta, automountServiceAccountToken: true });
    const rules = roleRules(this.serviceConfig.actions);
    for (const target of this.serviceConfig.namespaces) {
      new k8s.KubeRole(this, `Role-${target}`, { metadata: { ...meta, namespace: target }, rules });
      new k8s.KubeRoleBinding(this, `RoleBinding-${target}`, {
        metadata: { ...meta, namespace: target },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: this.name },
        subjects: [{ kind: 'ServiceAccount', name: this.name, namespace: namespace ?? 'default' }],
      });
    }
    const http = k8s.IntOrString.fromString('http');
    const metrics = k8s.IntOrString.fromString('metrics');
    new k8s.KubeDeployment(this, 'Deployment', {
      metadata: {
        ...meta,
        annotations: exemptions({
          'rollout-with-analysis':
            'a single-replica alert handler outside the request path: no traffic to analyse; Recreate keeps it single',
        }),
      },
      spec: {
        replicas: 1,
        // attempts and cooldowns live in the process: never two at once
        strategy: { type: 'Recreate' },
        selector: { matchLabels: selector },
        template: {
          metadata: { labels, annotations: { 'kubeship.dev/code-and-config': hash } },
          spec: {
            serviceAccountName: this.name,
            automountServiceAccountToken: true,
            securityContext: restrictedPodSecurityContext(1000),
            containers: [
              {
                name: 'remediation',
                image: resolved.image,
                command: ['node', `${MOUNT}/server.js`],
                env: [
                  { name: 'REMEDIATION_CONFIG', value: `${MOUNT}/config.json` },
                  { name: 'PORT', value: String(REMEDIATION_PORT) },
                  { name: 'METRICS_PORT', value: String(REMEDIATION_METRICS_PORT) },
                  { name: 'WEBHOOK_TOKEN_FILE', value: `${TOKEN_MOUNT}/token` },
                  { name: 'NODE_ENV', value: 'production' },
                  { name: 'KUBESHIP_VERSION', value: REMEDIATION_RUNTIME.version },
                  { name: 'STATE_CONFIGMAP', value: stateName },
                  { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
                ],
                ports: [
                  { name: 'http', containerPort: REMEDIATION_PORT, protocol: 'TCP' },
                  { name: 'metrics', containerPort: REMEDIATION_METRICS_PORT, protocol: 'TCP' },
                ],
                // ready once the attempts are read and while the API answers and the queue has room
                readinessProbe: { httpGet: { path: '/readyz', port: metrics }, periodSeconds: 5, failureThreshold: 2 },
                // alive unless one webhook is stuck far beyond its API deadlines
                livenessProbe: { httpGet: { path: '/healthz', port: metrics }, periodSeconds: 20, failureThreshold: 3 },
                resources: kubeResources(resolved.resources),
                securityContext: restrictedContainerSecurityContext(),
                volumeMounts: [
                  { name: 'code', mountPath: MOUNT, readOnly: true },
                  { name: 'webhook-token', mountPath: TOKEN_MOUNT, readOnly: true },
                ],
              },
            ],
            terminationGracePeriodSeconds: TERMINATION_GRACE_SECONDS,
            volumes: [
              { name: 'code', configMap: { name: this.name } },
              // only the token's key of the Secret (which may be the receivers' Secret) reaches the pod
              {
                name: 'webhook-token',
                secret: { secretName: this.webhookToken.name, items: [{ key: this.webhookToken.key, path: 'token' }] },
              },
            ],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: meta,
      spec: {
        selector,
        ports: [
          { name: 'http', port: REMEDIATION_PORT, targetPort: http },
          { name: 'metrics', port: REMEDIATION_METRICS_PORT, targetPort: metrics },
        ],
      },
    });
    const tcp = (port: number) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) });
    new k8s.KubeNetworkPolicy(this, 'NetworkPolicy', {
      metadata: meta,
      spec: {
        podSelector: { matchLabels: selector },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          // webhooks only from the Alertmanager, scrapes only from Prometheus (the kubelet's probes are not subject to NetworkPolicy)
          { from: [{ podSelector: { matchLabels: { ...props.alertmanagerPodLabels } } }], ports: [tcp(REMEDIATION_PORT)] },
          { from: [{ podSelector: { matchLabels: { ...props.prometheusPodLabels } } }], ports: [tcp(REMEDIATION_METRICS_PORT)] },
        ],
        egress: [
          { ports: [{ protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) }, tcp(53)] },
          { to: resolved.apiServerCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: [tcp(443), tcp(6443)] },
          { to: [{ podSelector: { matchLabels: { ...props.alertmanagerPodLabels } } }], ports: [tcp(PORTS.alertmanager)] },
        ],
      },
    });
    new ServiceMonitor(this, 'ServiceMonitor', {
      metadata: { ...meta, labels: { ...labels, ...props.selectorLabels } },
      spec: { selector: { matchLabels: selector }, endpoints: [{ port: 'metrics', path: '/metrics' }] },
    });
    if (resolved.alertRules) {
      new AlertRules(this, 'AlertRules', {
        name: this.name,
        namespace,
        selectorLabels: props.selectorLabels,
        groups: [
          remediationAlertGroup({
            kubeStateMetricsSelector: props.kubeStateMetricsSelector,
            namespaces: this.serviceConfig.namespaces,
            serviceJob: this.name,
            runbookBaseUrl: resolved.runbookBaseUrl,
          }),
        ],
      });
    }
  }
}

/** The Alertmanager route of the service: the mapped alerts in its namespaces, cooldown as repeat interval. */
export function remediationRoute(options: RemediationOptions, url: string, token?: SecretKeyRef): RemediationRoute {
  return routeOf(remediationServiceConfig(options), url, token);
}

function routeOf(config: RemediationServiceConfig, url: string, token: SecretKeyRef | undefined): RemediationRoute {
  const neverInhibited = Object.entries(config.actions)
    .filter(([, a]) => a.action !== 'deletePod')
    .map(([alert]) => alert)
    .sort();
  return {
    url,
    alerts: Object.keys(config.actions).sort(),
    namespaces: [...config.namespaces],
    cooldownSeconds: config.cooldownSeconds,
    ...(token ? { tokenFile: secretFilePath(token) } : {}),
    ...(neverInhibited.length ? { neverInhibited } : {}),
  };
}

function validateProps(problems: Problems, props: RemediationProps, name: string): void {
  problems.check(isDnsLabel(name), 'name', name, 'a lowercase DNS label of at most 63 characters', 'use a name like "remediation"');
  if (props.namespace !== undefined) {
    problems.check(isDnsLabel(props.namespace), 'namespace', props.namespace, 'a lowercase DNS label', "use the Alertmanager's namespace");
  }
  if (props.environment !== undefined) {
    problems.check(isLabelValue(props.environment), 'environment', props.environment, 'a label value', 'e.g. "prod"');
  }
  validateRemediation(props, problems);
}

/**
 * The Role's rules: only what the mapped actions need (`get` to inspect, then `delete` a pod,
 * `patch` a workload, `patch` its scale subresource; `list` HPAs so a scale never fights one).
 */
export function roleRules(actions: Record<string, RemediationActionOptions>): k8s.PolicyRule[] {
  const mapped = Object.values(actions);
  const kinds = (action: RemediationAction) => [...new Set(mapped.filter((m) => m.action === action).map((m) => m.kind ?? 'Deployment'))];
  const resource = (kind: string) =>
    kind === 'Rollout' ? { group: 'argoproj.io', plural: 'rollouts' } : { group: 'apps', plural: 'deployments' };
  const rules: k8s.PolicyRule[] = [];
  if (mapped.some((m) => m.action === 'deletePod')) {
    rules.push({ apiGroups: [''], resources: ['pods'], verbs: ['get', 'delete'] });
  }
  for (const kind of kinds('restart')) {
    rules.push({ apiGroups: [resource(kind).group], resources: [resource(kind).plural], verbs: ['get', 'patch'] });
  }
  for (const kind of kinds('scale')) {
    rules.push({ apiGroups: [resource(kind).group], resources: [`${resource(kind).plural}/scale`], verbs: ['get', 'patch'] });
  }
  if (kinds('scale').length > 0) {
    rules.push({ apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: ['list'] });
  }
  return rules;
}
