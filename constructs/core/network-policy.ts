import { k8s } from 'cdk8s-plus-27';
import { isDnsLabel, isLabelKey, isLabelValue } from './names';
import { Problems } from './problems';

/** Pods picked by labels in one namespace (what a NetworkPolicy rule admits). */
export interface PodSelection {
  /** Their namespace. @default - the namespace of the object that selects them */
  readonly namespace?: string;
  /** Labels the pods carry. */
  readonly podLabels: Record<string, string>;
}

/**
 * Pods (or addresses) on the other side of a connection. `app` is a workload of the same
 * namespace (its `app.kubernetes.io/name`); `namespace` and `podLabels` select pods elsewhere (the
 * namespace by its `kubernetes.io/metadata.name` label, which Kubernetes sets on every namespace);
 * `cidr` is an address block outside the cluster (a database, an API).
 */
export interface NetworkPeer {
  /** A kubeship app: its pods (`app.kubernetes.io/name`). */
  readonly app?: string;
  /** The peer's namespace; alone, every pod of it. @default - the workload's own namespace */
  readonly namespace?: string;
  /** Pods by labels. */
  readonly podLabels?: Record<string, string>;
  /** Addresses outside the cluster, e.g. `10.0.0.0/8`. */
  readonly cidr?: string;
  /** TCP ports; for `allowFrom`, the workload's ports by default, for `allowTo` every port. */
  readonly ports?: number[];
}

/** Where the ingress controller runs: the pods that proxy outside traffic to the Services. */
export interface IngressControllerPeer {
  /** The controller's namespace, e.g. `ingress-nginx`. */
  readonly namespace: string;
  /** @default - every pod of the namespace */
  readonly podLabels?: Record<string, string>;
}

/** Options of a workload's NetworkPolicy. */
export interface NetworkPolicyOptions {
  /**
   * The ingress controller, allowed to the workload's ports; `false` when nothing from outside the
   * cluster reaches it.
   *
   * @default DEFAULT_INGRESS_CONTROLLER (ingress-nginx)
   */
  readonly ingressController?: IngressControllerPeer | false;
  /** Further callers of the workload's ports (another app, a namespace). @default - none */
  readonly allowFrom?: NetworkPeer[];
  /** Where the workload may connect besides DNS (a database, another app). @default - DNS only */
  readonly allowTo?: NetworkPeer[];
}

/** The ingress-nginx controller as its official install labels it (namespace `ingress-nginx`). */
export const DEFAULT_INGRESS_CONTROLLER: IngressControllerPeer = {
  namespace: 'ingress-nginx',
  podLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
};

/** The label Kubernetes puts on every namespace with its name (since 1.21). */
const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** What the workload's NetworkPolicy needs to know of the workload and its surroundings. */
export interface IsolatedWorkload {
  /** The labels that select the workload's pods. */
  readonly selectorLabels: Record<string, string>;
  /** The container ports callers may use. */
  readonly ports: number[];
  /** Prometheus pods and the port they scrape, when monitored. */
  readonly prometheus?: PodSelection & {
    /** The port Prometheus scrapes. */
    readonly port: number;
  };
  /** Labels of the pods of the workload's smoke tests (Argo job metrics), which call its Services. */
  readonly smokeTestPodLabels?: Record<string, string>;
}

function peerOf(peer: NetworkPeer): k8s.NetworkPolicyPeer {
  if (peer.cidr) {
    return { ipBlock: { cidr: peer.cidr } };
  }
  const pods = peer.app ? { 'app.kubernetes.io/name': peer.app } : peer.podLabels;
  return {
    ...(peer.namespace ? { namespaceSelector: { matchLabels: { [NAMESPACE_NAME_LABEL]: peer.namespace } } } : {}),
    podSelector: { matchLabels: { ...pods } },
  };
}

const tcp = (port: number): k8s.NetworkPolicyPort => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) });

/**
 * The spec of a workload's NetworkPolicy: ingress only from its own pods, the ingress controller,
 * Prometheus on the metrics port, its smoke tests and what `allowFrom` adds; egress only to DNS
 * (port 53 anywhere) and what `allowTo` adds. Pure.
 */
export function workloadNetworkPolicySpec(workload: IsolatedWorkload, options: NetworkPolicyOptions = {}): k8s.NetworkPolicySpec {
  const own = { podSelector: { matchLabels: { ...workload.selectorLabels } } };
  const ports = workload.ports.map(tcp);
  const controller = options.ingressController === undefined ? DEFAULT_INGRESS_CONTROLLER : options.ingressController;
  const ingress: k8s.NetworkPolicyIngressRule[] = [{ from: [own] }];
  if (controller && ports.length) {
    ingress.push({ from: [peerOf({ namespace: controller.namespace, podLabels: controller.podLabels ?? {} })], ports });
  }
  if (workload.prometheus) {
    ingress.push({
      from: [peerOf({ namespace: workload.prometheus.namespace, podLabels: workload.prometheus.podLabels })],
      ports: [tcp(workload.prometheus.port)],
    });
  }
  if (workload.smokeTestPodLabels && ports.length) {
    ingress.push({ from: [{ podSelector: { matchLabels: { ...workload.smokeTestPodLabels } } }], ports });
  }
  for (const peer of options.allowFrom ?? []) {
    const allowed = peer.ports ?? workload.ports;
    ingress.push({ from: [peerOf(peer)], ...(allowed.length ? { ports: allowed.map(tcp) } : {}) });
  }
  const egress: k8s.NetworkPolicyEgressRule[] = [
    { ports: [{ protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) }, tcp(53)] },
    ...(options.allowTo ?? []).map((peer) => ({ to: [peerOf(peer)], ...(peer.ports?.length ? { ports: peer.ports.map(tcp) } : {}) })),
  ];
  return { podSelector: own.podSelector, policyTypes: ['Ingress', 'Egress'], ingress, egress };
}

/** Records every problem of the options. */
export function validateNetworkPolicy(options: NetworkPolicyOptions, p: Problems): void {
  const checkLabels = (at: Problems, field: string, labels: Record<string, string> | undefined) => {
    for (const [key, value] of Object.entries(labels ?? {})) {
      at.check(isLabelKey(key) && isLabelValue(value), `${field}.${key}`, value, 'a label key and value', 'use the labels the pods carry');
    }
  };
  if (options.ingressController) {
    const at = p.at('ingressController');
    at.check(
      isDnsLabel(options.ingressController.namespace),
      'namespace',
      options.ingressController.namespace,
      'a namespace name',
      'name the namespace the ingress controller runs in, e.g. "ingress-nginx"',
    );
    checkLabels(at, 'podLabels', options.ingressController.podLabels);
  }
  for (const [field, peers] of [
    ['allowFrom', options.allowFrom],
    ['allowTo', options.allowTo],
  ] as const) {
    (peers ?? []).forEach((peer, i) => {
      const at = p.at(`${field}[${i}]`);
      const kinds = [peer.app !== undefined, peer.podLabels !== undefined || peer.namespace !== undefined, peer.cidr !== undefined].filter(
        Boolean,
      ).length;
      at.check(
        kinds === 1,
        field === 'allowFrom' ? 'from' : 'to',
        peer,
        'exactly one of app, namespace/podLabels, or cidr',
        'e.g. { app: "web" }, { namespace: "payments" } or { cidr: "10.20.0.0/16", ports: [5432] }',
      );
      if (peer.app !== undefined) {
        at.check(isDnsLabel(peer.app), 'app', peer.app, 'the name of a workload of the namespace', "use the other workload's name");
      }
      if (peer.namespace !== undefined) {
        at.check(isDnsLabel(peer.namespace), 'namespace', peer.namespace, 'a namespace name', 'use an existing namespace');
      }
      checkLabels(at, 'podLabels', peer.podLabels);
      if (peer.cidr !== undefined) {
        at.check(
          /^([0-9]{1,3}\.){3}[0-9]{1,3}\/([0-9]|[12][0-9]|3[0-2])$|^[0-9a-fA-F:]+\/[0-9]{1,3}$/.test(peer.cidr),
          'cidr',
          peer.cidr,
          'an address block such as "10.20.0.0/16"',
          'write the network of the service in CIDR notation',
        );
      }
      (peer.ports ?? []).forEach((port, j) =>
        at.check(Number.isInteger(port) && port >= 1 && port <= 65535, `ports[${j}]`, port, 'a port number 1..65535', 'e.g. 5432'),
      );
    });
  }
}
