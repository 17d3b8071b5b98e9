import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import * as yaml from 'yaml';
import { isDnsLabel } from '../core/names';
import { kubeResources, restrictedContainerSecurityContext, restrictedPodSecurityContext } from '../core/pod-template';
import { Problems } from '../core/problems';
import { IMAGES, VERSIONS } from '../core/versions';
import { exemptions } from '../core/exemptions';
import { clusterScoped, MANAGED_BY_LABELS } from './selection';
import type { JsonObject } from '../core/json';

/** The Prometheus Operator release whose CRDs ship in `crds/` and whose images the construct runs. */
export const PROMETHEUS_OPERATOR_VERSION = VERSIONS.prometheusOperator;

/** The operator's images, pinned by tag and digest (`IMAGES` of the version matrix). */
export const PROMETHEUS_OPERATOR_IMAGES = {
  /** The operator. */
  operator: IMAGES.prometheusOperator,
  /** The config reloader it runs beside Prometheus and the Alertmanager. */
  configReloader: IMAGES.prometheusConfigReloader,
} as const;

/**
 * The verbs of the upstream manifest's `*`, named (policy rule rbac-no-wildcards): the operator's
 * calls are get, list, watch, create, update, patch and delete (prometheus-operator v0.93.0 makes
 * no DeleteCollection call outside its generated clients).
 */
const ALL_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/** The operator CRDs shipped with the package (unmodified upstream copies, `crds/`). */
export const PROMETHEUS_OPERATOR_CRD_FILES = [
  'alertmanagerconfigs.yaml',
  'alertmanagers.yaml',
  'podmonitors.yaml',
  'probes.yaml',
  'prometheuses.yaml',
  'prometheusrules.yaml',
  'servicemonitors.yaml',
] as const;

/** Props of `PrometheusOperator`. */
export interface PrometheusOperatorProps {
  /** @default - the chart's namespace */
  readonly namespace?: string;
  /** @default 'prometheus-operator' */
  readonly name?: string;
  /** Install the CRDs (leave false when another tool owns them). @default true */
  readonly crds?: boolean;
  /**
   * The kubelet Service the operator maintains for scraping kubelets, `<namespace>/<name>`.
   *
   * @default 'kube-system/kubelet'
   */
  readonly kubeletService?: string;
}

/** The operator CRDs as JSON, generated from the YAML files by `scripts/compile-imports.js` (a test keeps them equal). */
export const PROMETHEUS_OPERATOR_CRDS_JSON = 'prometheus-operator-crds.json';

let crdsText: string | undefined;

/**
 * The operator CRDs as objects, from the files shipped in `crds/`: read as JSON (parsing the
 * 2.4 MB of upstream YAML took ~0.8 s per process, JSON a few ms), once per process; every call
 * returns fresh objects the caller may change. JSON.parse also keeps Pulumi's serializer happy:
 * its arrays come from the current realm, which `instanceof Array` checks under jest's or any vm
 * sandbox require.
 */
export function prometheusOperatorCrds(): Array<JsonObject> {
  crdsText ??= fs.readFileSync(path.join(__dirname, '..', '..', 'crds', PROMETHEUS_OPERATOR_CRDS_JSON), 'utf8');
  return JSON.parse(crdsText) as Array<JsonObject>;
}

/** The operator CRDs parsed from the upstream YAML files (what the JSON is generated from). */
export function prometheusOperatorCrdsFromYaml(): Array<JsonObject> {
  const dir = path.join(__dirname, '..', '..', 'crds');
  return PROMETHEUS_OPERATOR_CRD_FILES.flatMap((file) =>
    yaml
      .parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'))
      .map((doc) => doc.toJS())
      .filter((crd) => crd && crd.kind === 'CustomResourceDefinition'),
  );
}

/**
 * Only the operator's CRDs, for a chart (or file) of their own applied before everything else;
 * pair it with `new PrometheusOperator(..., { crds: false })`.
 */
export class PrometheusOperatorCrds extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    addPrometheusOperatorCrds(this);
  }
}

function addPrometheusOperatorCrds(scope: Construct): void {
  for (const crd of prometheusOperatorCrds()) {
    clusterScoped(new ApiObject(scope, `Crd-${crd.spec.names.kind}`, crd as never));
  }
}

/**
 * The Prometheus Operator (CRDs and controller with least-privilege RBAC), for clusters that do
 * not run it yet. Put it in its own chart (cdk8s) or component (Pulumi) and apply it first:
 *
 * - the CRDs are larger than the 256 KiB `last-applied-configuration` annotation, so apply them
 *   server-side (`kubectl apply --server-side -f`, or Pulumi Kubernetes provider 4.x, which uses
 *   server-side apply by default);
 * - CRDs must be established before any Prometheus, Alertmanager, ServiceMonitor or PrometheusRule
 *   is applied (the Pulumi `MonitoringStack` takes `dependsOn: [operator]`).
 */
export class PrometheusOperator extends Construct {
  /** The name of the operator's objects. */
  public readonly name: string;
  /** The operator's namespace. */
  public readonly namespace?: string;

  constructor(scope: Construct, id: string, props: PrometheusOperatorProps = {}) {
    super(scope, id);
    this.name = props.name ?? 'prometheus-operator';
    this.namespace = props.namespace;
    const problems = Problems.root();
    problems.check(isDnsLabel(this.name), 'name', this.name, 'a lowercase DNS label', 'use e.g. "prometheus-operator"');
    const kubelet = props.kubeletService ?? 'kube-system/kubelet';
    problems.check(
      /^[a-z0-9-]+\/[a-z0-9-]+$/.test(kubelet),
      'kubeletService',
      kubelet,
      '<namespace>/<service name>',
      'use e.g. "kube-system/kubelet"',
    );
    this.node.addValidation({ validate: () => problems.messages() });
    if (!problems.isEmpty) {
      return;
    }
    const namespace = props.namespace ?? Chart.of(this).namespace ?? 'default';
    const labels = { ...MANAGED_BY_LABELS, 'app.kubernetes.io/name': this.name, 'app.kubernetes.io/version': PROMETHEUS_OPERATOR_VERSION };
    const selector = { 'app.kubernetes.io/name': this.name };

    if (props.crds !== false) {
      addPrometheusOperatorCrds(this);
    }
    new k8s.KubeServiceAccount(this, 'ServiceAccount', {
      metadata: { name: this.name, namespace: this.namespace, labels },
      automountServiceAccountToken: true,
    });
    // the permissions of the upstream operator manifest (example/rbac/prometheus-operator), verbs named instead of "*"
    clusterScoped(
      new k8s.KubeClusterRole(this, 'ClusterRole', {
        metadata: { name: this.name, labels },
        rules: [
          {
            apiGroups: ['monitoring.coreos.com'],
            resources: [
              'alertmanagers',
              'alertmanagers/finalizers',
              'alertmanagers/status',
              'alertmanagerconfigs',
              'prometheuses',
              'prometheuses/finalizers',
              'prometheuses/status',
              'prometheusagents',
              'prometheusagents/finalizers',
              'prometheusagents/status',
              'thanosrulers',
              'thanosrulers/finalizers',
              'thanosrulers/status',
              'scrapeconfigs',
              'scrapeconfigs/status',
              'servicemonitors',
              'servicemonitors/status',
              'podmonitors',
              'podmonitors/status',
              'probes',
              'probes/status',
              'prometheusrules',
              'prometheusrules/status',
            ],
            verbs: ALL_VERBS,
          },
          { apiGroups: ['apps'], resources: ['statefulsets'], verbs: ALL_VERBS },
          { apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: ALL_VERBS },
          { apiGroups: [''], resources: ['pods'], verbs: ['list', 'delete'] },
          { apiGroups: [''], resources: ['services', 'services/finalizers'], verbs: ['get', 'create', 'update', 'delete'] },
          { apiGroups: [''], resources: ['endpoints'], verbs: ['get', 'create', 'update', 'delete'] },
          { apiGroups: ['discovery.k8s.io'], resources: ['endpointslices'], verbs: ['get', 'create', 'list', 'update', 'delete'] },
          { apiGroups: [''], resources: ['nodes'], verbs: ['list', 'watch'] },
          { apiGroups: [''], resources: ['namespaces'], verbs: ['get', 'list', 'watch'] },
          { apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['patch', 'create'] },
          { apiGroups: ['networking.k8s.io'], resources: ['ingresses'], verbs: ['get', 'list', 'watch'] },
          { apiGroups: ['storage.k8s.io'], resources: ['storageclasses'], verbs: ['get'] },
          { apiGroups: ['apiextensions.k8s.io'], resources: ['customresourcedefinitions'], verbs: ['get', 'list', 'watch'] },
        ],
      }),
    );
    clusterScoped(
      new k8s.KubeClusterRoleBinding(this, 'ClusterRoleBinding', {
        metadata: { name: this.name, labels },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: this.name },
        subjects: [{ kind: 'ServiceAccount', name: this.name, namespace }],
      }),
    );
    new k8s.KubeDeployment(this, 'Deployment', {
      metadata: {
        name: this.name,
        namespace: this.namespace,
        labels,
        annotations: exemptions({
          'rollout-with-analysis': 'a single-replica controller outside the request path: no traffic to analyse, a rolling update suffices',
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
            containers: [
              {
                name: 'prometheus-operator',
                image: PROMETHEUS_OPERATOR_IMAGES.operator,
                args: [`--kubelet-service=${kubelet}`, `--prometheus-config-reloader=${PROMETHEUS_OPERATOR_IMAGES.configReloader}`],
                ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
                // the operator's web server answers /healthz on its listen address (:8080)
                readinessProbe: { httpGet: { path: '/healthz', port: k8s.IntOrString.fromString('http') }, periodSeconds: 10 },
                livenessProbe: {
                  httpGet: { path: '/healthz', port: k8s.IntOrString.fromString('http') },
                  periodSeconds: 20,
                  failureThreshold: 3,
                },
                resources: kubeResources({ cpu: { request: '100m', limit: '200m' }, memory: { request: '100Mi', limit: '200Mi' } }),
                securityContext: restrictedContainerSecurityContext(),
              },
            ],
          },
        },
      },
    });
    new k8s.KubeService(this, 'Service', {
      metadata: { name: this.name, namespace: this.namespace, labels },
      spec: { selector, ports: [{ name: 'http', port: 8080, targetPort: k8s.IntOrString.fromString('http') }] },
    });
    // nothing calls the operator but the Prometheus scraping it (it calls the API server; egress stays open)
    new k8s.KubeNetworkPolicy(this, 'NetworkPolicy', {
      metadata: { name: this.name, namespace: this.namespace, labels },
      spec: {
        podSelector: { matchLabels: selector },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }],
            ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(8080) }],
          },
        ],
      },
    });
  }
}
