/**
 * Kubernetes objects as the policy rules see them, whichever door they come from: a manifest read
 * from synthesized YAML, or the inputs of a Pulumi resource (`kubernetes:apps/v1:Deployment`).
 */
import type { JsonObject, JsonValue } from '../core/json';

/** A Kubernetes object (only the parts the rules read are typed). */
export interface KubeObject {
  /** `group/version`, or `v1` for the core group. */
  readonly apiVersion: string;
  /** The object's kind, e.g. `Deployment`. */
  readonly kind: string;
  /** Name, namespace, labels and annotations. */
  readonly metadata: KubeMetadata;
  /** Every other field, as parsed (`spec`, `data`, ...). */
  readonly [field: string]: JsonValue;
}

/** The metadata fields the rules read. */
export interface KubeMetadata {
  /** The object's name (a Pulumi resource without one is named by its resource name). */
  readonly name?: string;
  /** The namespace; none for cluster-scoped objects. */
  readonly namespace?: string;
  /** Labels. */
  readonly labels?: Record<string, string>;
  /** Annotations (the `kubeship.dev/policy-exempt.<rule>` exemptions among them). */
  readonly annotations?: Record<string, string>;
}

/** `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects: how findings name an object. */
export function objectRef(object: KubeObject): string {
  const { namespace, name } = object.metadata ?? {};
  return namespace ? `${object.kind}/${namespace}/${name ?? '?'}` : `${object.kind}/${name ?? '?'}`;
}

/** The API group of an object (`''` for the core group). */
export function groupOf(object: Pick<KubeObject, 'apiVersion'>): string {
  const slash = object.apiVersion.indexOf('/');
  return slash < 0 ? '' : object.apiVersion.slice(0, slash);
}

/**
 * The object behind a Pulumi Kubernetes resource: `kubernetes:<group>/<version>:<Kind>` (core is
 * `core/v1`) and its inputs. Anything that is not a Kubernetes object (`aws:sns/topic:Topic`, a
 * component) gives `undefined`. Fields are read lazily, so a value unknown during preview (the
 * policy SDK's proxy throws on it) stops only the rules that read it.
 */
export function fromPulumiResource(type: string, props: JsonObject, name?: string): KubeObject | undefined {
  const match = /^kubernetes:([^:]+\/[^:/]+):([A-Za-z0-9]+)$/.exec(type);
  if (
    !match ||
    /(List|Patch)$/.test(match[2]) ||
    match[1].startsWith('helm.sh/') ||
    match[1].startsWith('yaml/') ||
    match[1].startsWith('kustomize/')
  ) {
    return undefined;
  }
  const apiVersion = match[1].startsWith('core/') ? match[1].slice('core/'.length) : match[1];
  const metadata = props.metadata ?? {};
  const overrides: Record<string | symbol, unknown> = {
    apiVersion,
    kind: match[2],
    metadata: new Proxy(metadata, { get: (target, key) => (key === 'name' ? (target.name ?? name) : target[key]) }),
  };
  return new Proxy(props, {
    get: (target, key) => (Object.hasOwn(overrides, key) ? overrides[key as string] : target[key as string]),
  }) as KubeObject;
}

/** Kinds whose pod template the pod rules check, and where the pod spec is. */
const POD_SPEC_PATHS: Record<string, readonly string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Rollout: ['spec', 'template', 'spec'],
};

/** Workload kinds that run pods (the pod rules' targets). */
export const WORKLOAD_KINDS: readonly string[] = Object.keys(POD_SPEC_PATHS);

/** Pod spec of a workload, or `undefined` (not a workload, or a Rollout using `workloadRef`). */
export function podSpecOf(object: KubeObject): PodSpec | undefined {
  const path = POD_SPEC_PATHS[object.kind];
  if (!path || (object.kind === 'Pod' && groupOf(object) !== '')) {
    return undefined;
  }
  let value: JsonValue = object;
  for (const key of path) {
    value = value?.[key];
  }
  return value && typeof value === 'object' ? (value as PodSpec) : undefined;
}

/** Labels of the pods a workload creates. */
export function podLabelsOf(object: KubeObject): Record<string, string> {
  if (object.kind === 'Pod') {
    return object.metadata.labels ?? {};
  }
  const template = object.kind === 'CronJob' ? object.spec?.jobTemplate?.spec?.template : object.spec?.template;
  return template?.metadata?.labels ?? {};
}

/** Batch workloads: they run to completion, so serving checks (probes, PDB, Rollout) skip them. */
export function isBatch(object: KubeObject): boolean {
  return object.kind === 'Job' || object.kind === 'CronJob';
}

/** The parts of a pod spec the rules read. */
export interface PodSpec {
  /** The app containers. */
  readonly containers?: Container[];
  /** Containers run to completion before the app containers start. */
  readonly initContainers?: Container[];
  /** Containers added to a running pod for debugging. */
  readonly ephemeralContainers?: Container[];
  /** The pod-level security context (containers inherit what they do not set). */
  readonly securityContext?: SecurityContext;
  /** Whether the pod uses the node's network namespace. */
  readonly hostNetwork?: boolean;
  /** Whether the pod uses the node's process namespace. */
  readonly hostPID?: boolean;
  /** Whether the pod uses the node's IPC namespace. */
  readonly hostIPC?: boolean;
  /** The pod's volumes. */
  readonly volumes?: PodVolume[];
  /** Whether the ServiceAccount token is mounted (Kubernetes' default: yes). */
  readonly automountServiceAccountToken?: boolean;
  /** The ServiceAccount the pod runs as. */
  readonly serviceAccountName?: string;
  /** The deprecated alias of `serviceAccountName`. */
  readonly serviceAccount?: string;
  /** Every other field, as parsed. */
  readonly [field: string]: JsonValue;
}

/** A volume of a pod spec. */
export interface PodVolume {
  /** The volume's name. */
  readonly name: string;
  /** A directory of the node mounted into the pod. */
  readonly hostPath?: {
    /** The node's path. */
    readonly path: string;
  };
  /** Every other volume source, as parsed. */
  readonly [k: string]: JsonValue;
}

/** The parts of a container the rules read. */
export interface Container {
  /** The container's name. */
  readonly name: string;
  /** The image reference. */
  readonly image?: string;
  /** The container's security context. */
  readonly securityContext?: SecurityContext;
  /** Requests and limits by resource name (`cpu`, `memory`, ...). */
  readonly resources?: {
    /** What the scheduler reserves. */
    readonly requests?: Record<string, unknown>;
    /** The most the container may use. */
    readonly limits?: Record<string, unknown>;
  };
  /** The readiness probe, if any. */
  readonly readinessProbe?: unknown;
  /** The liveness probe, if any. */
  readonly livenessProbe?: unknown;
  /** Environment variables. */
  readonly env?: ContainerEnvVar[];
  /** Ports the container exposes. */
  readonly ports?: ContainerPort[];
  /** Every other field, as parsed. */
  readonly [field: string]: JsonValue;
}

/** An environment variable of a container. */
export interface ContainerEnvVar {
  /** The variable's name. */
  readonly name: string;
  /** A literal value (the secret rules look for credentials here). */
  readonly value?: string;
  /** A reference (Secret, ConfigMap, field, resource). */
  readonly valueFrom?: unknown;
}

/** A port of a container. */
export interface ContainerPort {
  /** The port in the container. */
  readonly containerPort?: number;
  /** A port of the node bound to it. */
  readonly hostPort?: number;
  /** The port's name. */
  readonly name?: string;
}

/** Security context fields of a pod or container. */
export interface SecurityContext {
  /** Whether the kubelet refuses to start a container running as uid 0. */
  readonly runAsNonRoot?: boolean;
  /** The uid the process runs as. */
  readonly runAsUser?: number;
  /** Whether a process may gain more privileges than its parent (setuid). */
  readonly allowPrivilegeEscalation?: boolean;
  /** Whether the container runs privileged (host devices, every capability). */
  readonly privileged?: boolean;
  /** Whether the root filesystem is mounted read-only. */
  readonly readOnlyRootFilesystem?: boolean;
  /** Linux capabilities added and dropped. */
  readonly capabilities?: {
    /** Capabilities added. */
    readonly add?: string[];
    /** Capabilities dropped (`ALL` for all). */
    readonly drop?: string[];
  };
  /** The seccomp profile. */
  readonly seccompProfile?: {
    /** `RuntimeDefault`, `Localhost` or `Unconfined`. */
    readonly type?: string;
  };
}

/** A container of a pod spec and the list it is in. */
export interface ContainerInPod {
  /** The container. */
  readonly container: Container;
  /** The list of the pod spec it is in. */
  readonly list: 'containers' | 'initContainers' | 'ephemeralContainers';
}

/** Every container of a pod spec with the list it is in. */
export function containersOf(spec: PodSpec): ContainerInPod[] {
  return (['containers', 'initContainers', 'ephemeralContainers'] as const).flatMap((list) =>
    (spec[list] ?? []).map((container) => ({ container, list })),
  );
}

/** Whether a label selector (`matchLabels` and `matchExpressions`) selects these labels. */
export function selects(
  selector:
    { matchLabels?: Record<string, string>; matchExpressions?: Array<{ key: string; operator: string; values?: string[] }> } | undefined,
  labels: Record<string, string>,
): boolean {
  if (!selector || (!selector.matchLabels && !selector.matchExpressions)) {
    return false;
  }
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return key in labels && values.includes(labels[key]);
      case 'NotIn':
        return !(key in labels) || !values.includes(labels[key]);
      case 'Exists':
        return key in labels;
      case 'DoesNotExist':
        return !(key in labels);
      default:
        return false;
    }
  });
  return byLabels && byExpressions;
}
