import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import * as yaml from 'yaml';
import { isDnsLabel, toDnsLabel } from '../core/names';
import { checkUrl } from '../core/checks';
import { Problems } from '../core/problems';
import { IMAGES, PORTS } from '../core/versions';
import { ResolvedResources, ResourcesProps, validateResources, withDefaults } from '../core/container';
import { kubeResources, restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../core/pod-template';
import { ALERTMANAGER_DATASOURCE_UID, DashboardDefinition, PROMETHEUS_DATASOURCE_UID } from './dashboards';
import { MANAGED_BY_LABELS } from './selection';
import { exemptions } from '../core/exemptions';

/** The Kubernetes Secret holding Grafana's admin credentials. */
export interface SecretKeys {
  /** Name of an existing Secret in the stack's namespace. */
  readonly name: string;
  /** @default 'admin-user' */
  readonly userKey?: string;
  /** @default 'admin-password' */
  readonly passwordKey?: string;
}

/** The admin Secret with its key names resolved. */
export interface ResolvedSecretKeys {
  /** The Secret's name. */
  readonly name: string;
  /** The key of the admin user name. */
  readonly userKey: string;
  /** The key of the admin password. */
  readonly passwordKey: string;
}

/** The admin Secret's keys, defaults applied (the Pulumi door writes them, the prerequisites list them). */
export function resolveAdminSecret(secret: SecretKeys): ResolvedSecretKeys {
  return { name: secret.name, userKey: secret.userKey ?? 'admin-user', passwordKey: secret.passwordKey ?? 'admin-password' };
}

/** Grafana's options with every default applied: the one place the defaults live. */
export interface ResolvedGrafanaOptions {
  /** The admin Secret and its keys. */
  readonly adminSecret: ResolvedSecretKeys;
  /** The image. */
  readonly image: string;
  /** Replicas. */
  readonly replicas: number;
  /** Requests and limits. */
  readonly resources: ResolvedResources;
  /** The Service type. */
  readonly serviceType: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /** The public URL, if any. */
  readonly rootUrl?: string;
}

/** The options with their defaults (pure; values are not checked: `validateGrafana` does that). */
export function resolveGrafana(options: GrafanaOptions): ResolvedGrafanaOptions {
  return {
    adminSecret: resolveAdminSecret(options.adminSecret),
    image: options.image ?? GRAFANA_IMAGE,
    replicas: options.replicas ?? 1,
    resources: withDefaults(DEFAULT_GRAFANA_RESOURCES, options.resources),
    serviceType: options.serviceType ?? 'ClusterIP',
    rootUrl: options.rootUrl,
  };
}

/** Options of the stack's Grafana. */
export interface GrafanaOptions {
  /**
   * Secret with the admin user and password. Never a literal: Grafana reads them from the Secret
   * through `secretKeyRef` (Pulumi users can let the Pulumi `MonitoringStack` create it from secret config).
   */
  readonly adminSecret: SecretKeys;
  /** @default GRAFANA_IMAGE */
  readonly image?: string;
  /** @default 1 */
  readonly replicas?: number;
  /** @default - cpu 50m request / 500m limit, memory 128Mi request / 512Mi limit */
  readonly resources?: ResourcesProps;
  /** @default 'ClusterIP' */
  readonly serviceType?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /** Public URL of Grafana (`GF_SERVER_ROOT_URL`), for links in notifications. @default - none */
  readonly rootUrl?: string;
  /** Dashboards in addition to the built-in ones. @default - none */
  readonly dashboards?: DashboardDefinition[];
  /** Leave out the built-in kubeship dashboards. @default false */
  readonly withoutBuiltInDashboards?: boolean;
}

/** The Grafana image the stack runs unless told otherwise, pinned by tag and digest (`IMAGES` of the version matrix). */
export const GRAFANA_IMAGE = IMAGES.grafana;
const GRAFANA_UID = 472;
const DASHBOARD_ROOT = '/etc/grafana/dashboards';
/** Kubernetes objects are limited to 1 MiB; leave room for metadata. */
const MAX_CONFIGMAP_BYTES = 1_000_000;
const DEFAULT_GRAFANA_RESOURCES: ResolvedResources = {
  cpu: { request: '50m', limit: '500m' },
  memory: { request: '128Mi', limit: '512Mi' },
};

/** Props of `Grafana` (the stack passes them). */
export interface GrafanaProps extends Omit<GrafanaOptions, 'dashboards' | 'withoutBuiltInDashboards'> {
  /** The name of its objects. */
  readonly name: string;
  /** Its namespace. @default - the chart's */
  readonly namespace?: string;
  /** The Prometheus data source's URL. */
  readonly prometheusUrl: string;
  /** The Alertmanager data source's URL. */
  readonly alertmanagerUrl: string;
  /** Prometheus' scrape interval (the data source's, so `$__rate_interval` covers four scrapes). */
  readonly scrapeInterval: string;
  /** Every provisioned dashboard file by folder (`dashboardFolders` of built-in and extra dashboards). */
  readonly folders: Map<string, Record<string, string>>;
}

/** The dashboards Grafana provisions: the built-in ones (unless left out) and the extra ones. */
export function provisionedDashboards(options: GrafanaOptions, builtIn: () => DashboardDefinition[]): DashboardDefinition[] {
  return [...(options.withoutBuiltInDashboards ? [] : builtIn()), ...(options.dashboards ?? [])];
}

/** Records every problem of the Grafana options; `folders` is `dashboardFolders(dashboards)`. */
export function validateGrafana(
  options: GrafanaOptions,
  dashboards: DashboardDefinition[],
  folders: Map<string, Record<string, string>>,
  p: Problems,
): void {
  const secret = options.adminSecret as SecretKeys | undefined;
  if (!secret || typeof secret !== 'object') {
    p.add(
      'adminSecret',
      secret,
      'the name of a Secret with the admin user and password',
      'create a Secret (e.g. `grafana-admin` with keys admin-user and admin-password) and reference it',
    );
  } else {
    p.check(
      isDnsLabel(secret.name, 253),
      'adminSecret.name',
      secret.name,
      'the name of an existing Secret',
      'reference the Secret holding the admin credentials',
    );
    for (const key of ['userKey', 'passwordKey'] as const) {
      const value = secret[key];
      if (value !== undefined) {
        p.check(
          /^[-._a-zA-Z0-9]+$/.test(value),
          `adminSecret.${key}`,
          value,
          'a Secret key (letters, digits, "-", "_", ".")',
          'use the key as it is in the Secret',
        );
      }
    }
  }
  if (options.image !== undefined) {
    p.check(
      typeof options.image === 'string' && /^\S+:\S+$|^\S+@sha256:[a-f0-9]{64}$/.test(options.image),
      'image',
      options.image,
      'an image pinned by tag or digest',
      `pin a version, e.g. "${GRAFANA_IMAGE}"`,
    );
  }
  if (options.replicas !== undefined) {
    p.check(
      Number.isInteger(options.replicas) && options.replicas >= 1,
      'replicas',
      options.replicas,
      'a whole number of at least 1',
      'Grafana with provisioned dashboards is stateless: run 1, or 2 for availability',
    );
  }
  validateResources(resolveGrafana(options).resources, p.at('resources'));
  if (options.rootUrl !== undefined) {
    checkUrl(p, 'rootUrl', options.rootUrl, 'https://grafana.example.com');
  }
  const uids = new Map<string, number>();
  dashboards.forEach((d, i) => {
    const uid = d.dashboard.uid;
    const at = `dashboards[${i}]`;
    p.check(
      typeof uid === 'string' && /^[a-zA-Z0-9_-]{1,40}$/.test(uid),
      `${at}.dashboard.uid`,
      uid,
      'a stable uid of at most 40 letters, digits, "-" or "_"',
      'set a uid on the dashboard so links and provisioning stay stable',
    );
    p.check(
      typeof d.folder === 'string' && d.folder.trim().length > 0 && toDnsLabel(d.folder).length > 0,
      `${at}.folder`,
      d.folder,
      'a folder title with at least one letter or digit',
      'name the Grafana folder, e.g. "Services"',
    );
    if (typeof uid === 'string') {
      if (uids.has(uid)) {
        p.add(
          `${at}.dashboard.uid`,
          uid,
          'a uid no other dashboard uses',
          `rename it; dashboards[${uids.get(uid)}] (or a built-in dashboard) has it`,
        );
      }
      uids.set(uid, i);
    }
  });
  for (const [folder, files] of folders) {
    const bytes = Object.values(files).reduce((n, text) => n + Buffer.byteLength(text), 0);
    p.check(
      bytes <= MAX_CONFIGMAP_BYTES,
      `dashboards (folder ${JSON.stringify(folder)})`,
      `${bytes} bytes`,
      `at most ${MAX_CONFIGMAP_BYTES} bytes per folder (a ConfigMap is limited to 1 MiB)`,
      'split the dashboards into several folders',
    );
  }
}

/** Dashboards grouped by folder: folder title -> file name -> JSON text (sorted, stable). */
export function dashboardFolders(dashboards: readonly DashboardDefinition[]): Map<string, Record<string, string>> {
  const folders = new Map<string, Record<string, string>>();
  for (const d of dashboards) {
    const files = folders.get(d.folder) ?? {};
    files[`${d.dashboard.uid}.json`] = `${JSON.stringify(d.dashboard, null, 2)}\n`;
    folders.set(d.folder, files);
  }
  return new Map([...folders.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** The labels Grafana's pods and Service select by. */
export function grafanaSelectorLabels(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name };
}

/**
 * Grafana with provisioned datasources (Prometheus, Alertmanager; stable uids `prometheus` and
 * `alertmanager`) and dashboards from labelled ConfigMaps, one per folder. The ConfigMaps carry the
 * `grafana_dashboard: "1"` label and a `grafana_folder` annotation, so a Grafana run with the
 * k8s-sidecar (Helm chart) can load them too. Admin credentials come only from a Secret.
 */
export class Grafana extends Construct {
  /** Name of the Deployment and Service. */
  public readonly name: string;
  /** Port of the Service. */
  public readonly port = 80;

  constructor(scope: Construct, id: string, props: GrafanaProps) {
    super(scope, id);
    this.name = props.name;
    const labels = { ...MANAGED_BY_LABELS, 'app.kubernetes.io/name': props.name, 'app.kubernetes.io/component': 'grafana' };
    const selector = grafanaSelectorLabels(props.name);
    const meta = (name: string, extra: { labels?: Record<string, string>; annotations?: Record<string, string> } = {}) => ({
      name,
      namespace: props.namespace,
      labels: { ...labels, ...extra.labels },
      annotations: extra.annotations,
    });

    new k8s.KubeConfigMap(this, 'Datasources', {
      metadata: meta(`${props.name}-datasources`, { labels: { grafana_datasource: '1' } }),
      data: {
        'datasources.yaml': yaml.stringify({
          apiVersion: 1,
          datasources: [
            {
              name: 'Prometheus',
              type: 'prometheus',
              uid: PROMETHEUS_DATASOURCE_UID,
              access: 'proxy',
              url: props.prometheusUrl,
              isDefault: true,
              editable: false,
              jsonData: { timeInterval: props.scrapeInterval, httpMethod: 'POST' },
            },
            {
              name: 'Alertmanager',
              type: 'alertmanager',
              uid: ALERTMANAGER_DATASOURCE_UID,
              access: 'proxy',
              url: props.alertmanagerUrl,
              editable: false,
              jsonData: { implementation: 'prometheus', handleGrafanaManagedAlerts: false },
            },
          ],
        }),
      },
    });

    const volumes: k8s.Volume[] = [
      { name: 'storage', emptyDir: {} },
      { name: 'tmp', emptyDir: {} },
      { name: 'datasources', configMap: { name: `${props.name}-datasources` } },
      { name: 'dashboard-providers', configMap: { name: `${props.name}-dashboard-providers` } },
    ];
    const mounts: k8s.VolumeMount[] = [
      { name: 'storage', mountPath: '/var/lib/grafana' },
      { name: 'tmp', mountPath: '/tmp' },
      { name: 'datasources', mountPath: '/etc/grafana/provisioning/datasources', readOnly: true },
      { name: 'dashboard-providers', mountPath: '/etc/grafana/provisioning/dashboards', readOnly: true },
    ];
    const providers: object[] = [];
    for (const [folder, files] of props.folders) {
      const slug = toDnsLabel(folder);
      const configMap = `${props.name}-dashboards-${slug}`;
      new k8s.KubeConfigMap(this, `Dashboards-${slug}`, {
        metadata: meta(configMap, { labels: { grafana_dashboard: '1' }, annotations: { grafana_folder: folder } }),
        data: files,
      });
      volumes.push({ name: `dashboards-${slug}`, configMap: { name: configMap } });
      mounts.push({ name: `dashboards-${slug}`, mountPath: `${DASHBOARD_ROOT}/${slug}`, readOnly: true });
      providers.push({
        name: folder,
        folder,
        folderUid: `kubeship-${slug}`.slice(0, 40),
        type: 'file',
        disableDeletion: true,
        allowUiUpdates: false,
        updateIntervalSeconds: 30,
        options: { path: `${DASHBOARD_ROOT}/${slug}` },
      });
    }
    new k8s.KubeConfigMap(this, 'DashboardProviders', {
      metadata: meta(`${props.name}-dashboard-providers`),
      data: { 'dashboards.yaml': yaml.stringify({ apiVersion: 1, providers }) },
    });

    const resolved = resolveGrafana(props);
    const secret = resolved.adminSecret;
    const env: k8s.EnvVar[] = [
      { name: 'GF_SECURITY_ADMIN_USER', valueFrom: { secretKeyRef: { name: secret.name, key: secret.userKey } } },
      { name: 'GF_SECURITY_ADMIN_PASSWORD', valueFrom: { secretKeyRef: { name: secret.name, key: secret.passwordKey } } },
      { name: 'GF_PATHS_DATA', value: '/var/lib/grafana' },
      { name: 'GF_ANALYTICS_REPORTING_ENABLED', value: 'false' },
      { name: 'GF_ANALYTICS_CHECK_FOR_UPDATES', value: 'false' },
      { name: 'GF_USERS_ALLOW_SIGN_UP', value: 'false' },
      { name: 'GF_AUTH_ANONYMOUS_ENABLED', value: 'false' },
      ...(resolved.rootUrl ? [{ name: 'GF_SERVER_ROOT_URL', value: resolved.rootUrl }] : []),
    ];
    const health = { httpGet: { path: '/api/health', port: k8s.IntOrString.fromString('http') } };
    new k8s.KubeDeployment(this, 'Deployment', {
      metadata: meta(props.name, {
        annotations: exemptions({
          'rollout-with-analysis': 'dashboards UI outside the request path: no request metrics to analyse, a rolling update suffices',
        }),
      }),
      spec: {
        replicas: resolved.replicas,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels },
          spec: {
            automountServiceAccountToken: false,
            securityContext: restrictedPodSecurityContext(GRAFANA_UID, GRAFANA_UID, GRAFANA_UID),
            containers: [
              {
                name: 'grafana',
                image: resolved.image,
                ports: [{ name: 'http', containerPort: PORTS.grafana, protocol: 'TCP' }],
                env,
                readinessProbe: { ...health, periodSeconds: 10 },
                livenessProbe: { ...health, initialDelaySeconds: 60, periodSeconds: 20, failureThreshold: 6 },
                securityContext: restrictedContainerSecurityContext(),
                volumeMounts: mounts,
                resources: kubeResources(resolved.resources),
              },
            ],
            volumes,
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: meta(props.name),
      spec: {
        type: resolved.serviceType,
        selector,
        ports: [{ name: 'http', port: this.port, targetPort: k8s.IntOrString.fromString('http'), protocol: 'TCP' }],
      },
    });
  }
}
