import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { GrafanaOptions, resolveAdminSecret } from '../monitoring/grafana';
import * as operator from '../monitoring/operator';
import { IMonitoringStack, MANAGED_BY_LABELS, PodSelection } from '../monitoring/selection';
import * as monitoring from '../monitoring/stack';
import { isSecretKey } from '../core/checks';
import { isDnsLabel } from '../core/names';
import { channelsOf } from '../notifications/config';
import { ConfigurationError, Problems } from '../core/problems';
import { renderChart } from './chart';
import { Manifest, registerManifests } from './register';

/** Grafana admin credentials created by Pulumi from secret config. */
export interface GrafanaAdminFromConfig {
  /** e.g. `config.requireSecret('grafanaAdminPassword')`; stored only in the Kubernetes Secret. */
  readonly adminPassword: pulumi.Input<string>;
  /** @default 'admin' */
  readonly adminUser?: pulumi.Input<string>;
}

/** Grafana options of the Pulumi `MonitoringStack`: an existing Secret, or credentials from secret config. */
export type PulumiGrafanaOptions = GrafanaOptions | (Omit<GrafanaOptions, 'adminSecret'> & GrafanaAdminFromConfig);

/**
 * Receiver credentials Pulumi stores in Kubernetes Secrets: by Secret name, then key, e.g.
 * `{ 'alertmanager-receivers': { 'slack-webhook-url': config.requireSecret('slackWebhookUrl') } }`.
 * Channels reference them as `{ name: 'alertmanager-receivers', key: 'slack-webhook-url' }`.
 */
export type CredentialSecrets = Record<string, Record<string, pulumi.Input<string>>>;

/** Args of the Pulumi `MonitoringStack`: the cdk8s props, with credentials from secret config allowed. */
export type MonitoringStackArgs = Omit<monitoring.MonitoringStackProps, 'grafana'> & {
  /** Grafana, with its admin credentials from secret config; `false` for none. */
  readonly grafana: PulumiGrafanaOptions | false;
  /**
   * Secrets Pulumi creates (values stay Pulumi secrets) for the channels' credentials; Secrets the
   * channels name that are not listed here must exist already. @default - none
   */
  readonly credentials?: CredentialSecrets;
};

function pulumiOptions(
  parent: pulumi.Resource,
  opts: pulumi.ComponentResourceOptions | undefined,
  extra: pulumi.Input<pulumi.Resource>[] = [],
): pulumi.CustomResourceOptions {
  // children wait for what the component waits for (e.g. the operator's CRDs); mergeOptions joins any Input form
  return pulumi.mergeOptions(
    { parent, dependsOn: opts?.dependsOn },
    extra.length > 0 ? { dependsOn: extra } : {},
  ) as pulumi.CustomResourceOptions;
}

/**
 * The Pulumi front door of `MonitoringStack`: Prometheus, Alertmanager, Grafana, exporter monitors
 * and deployment alerts as typed children, identical to the cdk8s output. With
 * `grafana.adminPassword` (a Pulumi secret), it creates the Grafana admin Secret itself.
 * Pass it as `monitoring: { stack }` to a `Workload`: it implements `IMonitoringStack`.
 *
 * @example
 * const operator = new PrometheusOperator('prometheus-operator', { namespace: 'monitoring' });
 * const stack = new MonitoringStack('monitoring', {
 *   namespace: 'monitoring', environment: 'prod',
 *   grafana: { adminPassword: config.requireSecret('grafanaAdminPassword') },
 * }, { dependsOn: [operator] });
 */
export class MonitoringStack extends pulumi.ComponentResource implements IMonitoringStack {
  /** The component's Pulumi type token. */
  public static readonly TYPE = 'kubeship:monitoring:MonitoringStack';

  /** Every object of the stack, registered as typed children. */
  public readonly resources: pulumi.CustomResource[];
  public readonly selectorLabels: Record<string, string>;
  public readonly targetLabels: Record<string, string>;
  public readonly scrapeIntervalSeconds: number;
  public readonly prometheusPods: PodSelection;
  /** Prometheus inside the cluster (the operator's `prometheus-operated` Service). */
  public readonly prometheusUrl: string;
  /** The Alertmanager API inside the cluster (`alertmanager-operated`). */
  public readonly alertmanagerUrl: string;
  /** The Secret holding the Alertmanager configuration. */
  public readonly alertmanagerConfigSecret: string;
  /** The Grafana Service, when Grafana is enabled. */
  public readonly grafanaServiceName: pulumi.Output<string | undefined>;
  /** Grafana inside the cluster (`http://<service>.<namespace>.svc`), when Grafana is enabled. */
  public readonly grafanaUrl: pulumi.Output<string | undefined>;
  /** The admin Secret Pulumi created, if credentials came from config. */
  public readonly grafanaAdminSecret?: k8s.core.v1.Secret;
  /** The receiver credential Secrets Pulumi created (`credentials`). */
  public readonly credentialSecrets: k8s.core.v1.Secret[];

  constructor(name: string, args: MonitoringStackArgs, opts?: pulumi.ComponentResourceOptions) {
    super(MonitoringStack.TYPE, name, {}, opts);
    let grafana: GrafanaOptions | false = args.grafana as GrafanaOptions | false;
    const stackName = args.name ?? name;
    if (args.grafana && 'adminPassword' in args.grafana) {
      const { adminPassword, adminUser, ...rest } = args.grafana;
      const secret = resolveAdminSecret({ name: `${stackName}-grafana-admin` });
      this.grafanaAdminSecret = new k8s.core.v1.Secret(
        `${name}-grafana-admin`,
        {
          metadata: { name: secret.name, namespace: args.namespace, labels: { ...MANAGED_BY_LABELS } },
          type: 'Opaque',
          stringData: { [secret.userKey]: adminUser ?? 'admin', [secret.passwordKey]: pulumi.secret(adminPassword) },
        },
        pulumiOptions(this, opts),
      );
      grafana = { ...rest, adminSecret: secret };
    }

    const { credentials, ...props } = args;
    checkCredentials(name, props.notifications, credentials ?? {});
    this.credentialSecrets = Object.entries(credentials ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([secretName, keys]) =>
          new k8s.core.v1.Secret(
            `${name}-${secretName}`,
            {
              metadata: { name: secretName, namespace: args.namespace, labels: { ...MANAGED_BY_LABELS } },
              type: 'Opaque',
              stringData: pulumi.secret(pulumi.output(keys)),
            },
            pulumiOptions(this, opts),
          ),
      );

    let construct: monitoring.MonitoringStack | undefined;
    const manifests: Manifest[] = renderChart(name, (chart) => {
      construct = new monitoring.MonitoringStack(chart, name, { ...props, grafana });
    });
    this.resources = registerManifests(
      this,
      name,
      manifests,
      undefined,
      pulumiOptions(this, opts, [...(this.grafanaAdminSecret ? [this.grafanaAdminSecret] : []), ...this.credentialSecrets]),
    );
    this.selectorLabels = construct!.selectorLabels;
    this.targetLabels = construct!.targetLabels;
    this.scrapeIntervalSeconds = construct!.scrapeIntervalSeconds;
    this.prometheusPods = construct!.prometheusPods;
    this.prometheusUrl = construct!.prometheusUrl;
    this.alertmanagerUrl = construct!.alertmanagerUrl;
    this.alertmanagerConfigSecret = construct!.alertmanagerConfigSecret;
    this.grafanaServiceName = pulumi.output(construct!.grafanaServiceName);
    this.grafanaUrl = pulumi.output(construct!.grafanaUrl);
    this.registerOutputs({
      prometheusUrl: this.prometheusUrl,
      alertmanagerUrl: this.alertmanagerUrl,
      grafanaServiceName: this.grafanaServiceName,
      grafanaUrl: this.grafanaUrl,
    });
  }
}

/** Every channel credential whose Secret Pulumi creates must name one of its keys. */
function checkCredentials(name: string, notifications: monitoring.NotificationOptions | undefined, credentials: CredentialSecrets): void {
  const p = Problems.root();
  for (const [secretName, keys] of Object.entries(credentials)) {
    p.check(
      isDnsLabel(secretName, 253),
      `credentials.${secretName}`,
      secretName,
      'a Secret name (lowercase DNS name)',
      'rename the Secret',
    );
    for (const key of Object.keys(keys)) {
      p.check(isSecretKey(key), `credentials.${secretName}.${key}`, key, 'a Secret key (letters, digits, "-", "_", ".")', 'rename the key');
    }
  }
  for (const ref of (notifications ? channelsOf(notifications) : []).flatMap((c) => c.secretRefs())) {
    const keys = credentials[ref.name];
    if (keys && !(ref.key in keys)) {
      p.add(
        `credentials.${ref.name}`,
        Object.keys(keys),
        `a key "${ref.key}" (a channel reads it)`,
        `add credentials["${ref.name}"]["${ref.key}"] from secret config, or point the channel at an existing key`,
      );
    }
  }
  if (!p.isEmpty) {
    throw new pulumi.RunError(new ConfigurationError(`monitoring stack "${name}"`, p.all).message);
  }
}

/**
 * The Pulumi front door of `PrometheusOperator`: the CRDs first, then the controller, which waits
 * for them. The Kubernetes provider 4.x applies server-side, which the large CRDs need. Make the
 * `MonitoringStack` depend on this component so no custom resource is sent before its CRD.
 */
export class PrometheusOperator extends pulumi.ComponentResource {
  /** The component's Pulumi type token. */
  public static readonly TYPE = 'kubeship:monitoring:PrometheusOperator';

  /** The CustomResourceDefinitions. */
  public readonly crds: pulumi.CustomResource[];
  /** The controller and its RBAC. */
  public readonly resources: pulumi.CustomResource[];

  constructor(name: string, args: operator.PrometheusOperatorProps = {}, opts?: pulumi.ComponentResourceOptions) {
    super(PrometheusOperator.TYPE, name, {}, opts);
    const manifests = renderChart(name, (chart) => new operator.PrometheusOperator(chart, name, args));
    const isCrd = (m: Manifest) => m.kind === 'CustomResourceDefinition';
    this.crds = registerManifests(this, name, manifests.filter(isCrd), undefined, pulumiOptions(this, opts));
    this.resources = registerManifests(
      this,
      name,
      manifests.filter((m) => !isCrd(m)),
      undefined,
      pulumiOptions(this, opts, this.crds),
    );
    this.registerOutputs({});
  }
}
