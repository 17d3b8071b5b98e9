import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { isDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { IMAGES, PORTS, VERSIONS } from '../core/versions';
import { ResolvedResources, ResourcesProps, validateResources, withDefaults } from '../core/container';
import { kubeResources, restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../core/pod-template';
import { exemptions } from '../core/exemptions';
import { clusterScoped, MANAGED_BY_LABELS } from './selection';

/** The kube-state-metrics release the stack installs (and whose series the rules are written against). */
export const KUBE_STATE_METRICS_VERSION = VERSIONS.kubeStateMetrics;

/** The kube-state-metrics image, pinned by tag and digest (`IMAGES` of the version matrix). */
export const KUBE_STATE_METRICS_IMAGE = IMAGES.kubeStateMetrics;

/** The API resource a kube-state-metrics collector lists and watches. */
export interface KubeStateMetricsCollector {
  /** The API group (`''` for the core group). */
  readonly apiGroup: string;
  /** The resource, plural. */
  readonly resource: string;
}

/**
 * The collectors the stack enables, and the API resources each lists and watches (the ClusterRole
 * grants exactly these). Deployments, pods and ReplicaSets feed the deployment, pod and workload
 * alerts (a pod's workload is found through `kube_pod_owner` → `kube_replicaset_owner`); HPAs feed
 * the Service Overview dashboard.
 */
export const KUBE_STATE_METRICS_COLLECTORS: Readonly<Record<string, KubeStateMetricsCollector>> = {
  deployments: { apiGroup: 'apps', resource: 'deployments' },
  horizontalpodautoscalers: { apiGroup: 'autoscaling', resource: 'horizontalpodautoscalers' },
  pods: { apiGroup: '', resource: 'pods' },
  replicasets: { apiGroup: 'apps', resource: 'replicasets' },
};

/**
 * Object labels kube-state-metrics exports as `kube_<kind>_labels{label_...}` (its default exports
 * none). The dashboards count the Deployments kubeship renders by `app.kubernetes.io/managed-by`.
 */
export const KUBE_STATE_METRICS_LABELS_ALLOWLIST = 'deployments=[app.kubernetes.io/managed-by]';

/** The Service port name serving the object metrics (upstream manifests call it `http-metrics`). */
export const KUBE_STATE_METRICS_PORT = 'http-metrics';

const DEFAULT_RESOURCES: ResolvedResources = { cpu: { request: '10m', limit: '200m' }, memory: { request: '64Mi', limit: '256Mi' } };

/** Props of `KubeStateMetrics`. */
export interface KubeStateMetricsProps {
  /** @default 'kube-state-metrics' */
  readonly name?: string;
  /** @default - the chart's namespace */
  readonly namespace?: string;
  /** @default KUBE_STATE_METRICS_IMAGE */
  readonly image?: string;
  /** @default - cpu 10m request / 200m limit, memory 64Mi request / 256Mi limit */
  readonly resources?: ResourcesProps;
  /** Labels of every object, e.g. the stack's `app.kubernetes.io/part-of`. @default - none */
  readonly labels?: Record<string, string>;
}

/** Records every problem of the props. */
export function validateKubeStateMetrics(props: Omit<KubeStateMetricsProps, 'labels'>, p: Problems): void {
  if (props.name !== undefined) {
    p.check(isDnsLabel(props.name), 'name', props.name, 'a lowercase DNS label of at most 63 characters', 'use e.g. "kube-state-metrics"');
  }
  if (props.image !== undefined) {
    p.check(
      typeof props.image === 'string' && /^\S+:\S+$|^\S+@sha256:[a-f0-9]{64}$/.test(props.image),
      'image',
      props.image,
      'an image pinned by tag or digest',
      `pin a version, e.g. "${KUBE_STATE_METRICS_IMAGE}"`,
    );
  }
  validateResources(withDefaults(DEFAULT_RESOURCES, props.resources), p.at('resources'));
}

/**
 * kube-state-metrics as upstream's standard manifests run it (`examples/standard` of
 * kubernetes/kube-state-metrics v2.19.1: ports `http-metrics` 8080 and `telemetry` 8081, `/livez`
 * and `/readyz`, uid 65534), restricted to the collectors the stack reads: a ClusterRole that may
 * only list and watch those resources, a restricted pod, and a headless Service labelled
 * `app.kubernetes.io/name: kube-state-metrics` for the stack's ServiceMonitor.
 */
export class KubeStateMetrics extends Construct {
  /** The name of its objects. */
  public readonly name: string;
  /** Labels of its Service (what a ServiceMonitor selects). */
  public readonly serviceLabels: Record<string, string>;

  constructor(scope: Construct, id: string, props: KubeStateMetricsProps = {}) {
    super(scope, id);
    this.name = props.name ?? 'kube-state-metrics';
    const problems = Problems.root();
    validateKubeStateMetrics(props, problems);
    this.node.addValidation({ validate: () => problems.messages() });
    const selector = { 'app.kubernetes.io/name': 'kube-state-metrics' };
    this.serviceLabels = { ...selector };
    if (!problems.isEmpty) {
      return;
    }
    const labels = {
      ...props.labels,
      ...MANAGED_BY_LABELS,
      ...selector,
      'app.kubernetes.io/component': 'exporter',
      'app.kubernetes.io/version': KUBE_STATE_METRICS_VERSION,
    };
    const meta = { name: this.name, namespace: props.namespace, labels };
    const collectors = Object.keys(KUBE_STATE_METRICS_COLLECTORS).sort();
    const byGroup = new Map<string, string[]>();
    for (const { apiGroup, resource } of Object.values(KUBE_STATE_METRICS_COLLECTORS)) {
      byGroup.set(apiGroup, [...(byGroup.get(apiGroup) ?? []), resource]);
    }

    new k8s.KubeServiceAccount(this, 'ServiceAccount', { metadata: meta, automountServiceAccountToken: true });
    clusterScoped(
      new k8s.KubeClusterRole(this, 'ClusterRole', {
        metadata: { name: this.name, labels },
        rules: [...byGroup.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([group, resources]) => ({ apiGroups: [group], resources: resources.sort(), verbs: ['list', 'watch'] })),
      }),
    );
    clusterScoped(
      new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
        metadata: { name: this.name, labels },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: this.name },
        subjects: [{ kind: 'ServiceAccount', name: this.name, namespace: props.namespace ?? Chart.of(this).namespace ?? 'default' }],
      }),
    );
    new k8s.KubeDeployment(this, 'Deployment', {
      metadata: {
        ...meta,
        annotations: exemptions({
          'rollout-with-analysis': 'a single-replica exporter outside the request path: no traffic to analyse, a rolling update suffices',
        }),
      },
      spec: {
        replicas: 1,
        selector: { matchLabels: selector },
        template: {
          metadata: { labels },
          spec: {
            serviceAccountName: this.name,
            automountServiceAccountToken: true,
            securityContext: restrictedPodSecurityContext(65534),
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            containers: [
              {
                name: 'kube-state-metrics',
                image: props.image ?? KUBE_STATE_METRICS_IMAGE,
                args: [`--resources=${collectors.join(',')}`, `--metric-labels-allowlist=${KUBE_STATE_METRICS_LABELS_ALLOWLIST}`],
                ports: [
                  { name: KUBE_STATE_METRICS_PORT, containerPort: PORTS.kubeStateMetrics, protocol: 'TCP' },
                  { name: 'telemetry', containerPort: PORTS.kubeStateMetricsTelemetry, protocol: 'TCP' },
                ],
                livenessProbe: {
                  httpGet: { path: '/livez', port: k8s.IntOrString.fromString(KUBE_STATE_METRICS_PORT) },
                  initialDelaySeconds: 5,
                  timeoutSeconds: 5,
                },
                readinessProbe: {
                  httpGet: { path: '/readyz', port: k8s.IntOrString.fromString('telemetry') },
                  initialDelaySeconds: 5,
                  timeoutSeconds: 5,
                },
                resources: kubeResources(withDefaults(DEFAULT_RESOURCES, props.resources)),
                securityContext: restrictedContainerSecurityContext(65534, 65534),
              },
            ],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: meta,
      spec: {
        clusterIp: 'None',
        selector,
        ports: [
          {
            name: KUBE_STATE_METRICS_PORT,
            port: PORTS.kubeStateMetrics,
            targetPort: k8s.IntOrString.fromString(KUBE_STATE_METRICS_PORT),
            protocol: 'TCP',
          },
          {
            name: 'telemetry',
            port: PORTS.kubeStateMetricsTelemetry,
            targetPort: k8s.IntOrString.fromString('telemetry'),
            protocol: 'TCP',
          },
        ],
      },
    });
  }
}
