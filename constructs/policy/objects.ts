import type { JsonObject, JsonValue } from '../core/json';
/**
 * Kubernetes objects as the policy rules see them, whichever door they come from: a manifest read
 * from synthesized YAML, or the inputs of a Pulumi resource (`kubernetes:apps/v1:Deployment`).
 */

/** A Kubernetes object (only the parts the rules read are typed). */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: {
    readonly name?: string;
    readonly namespace?: string;
    readonly labels?: Record<string, string>;
    readonly annotations?: Record<string, string>;
  };
  readonly [field: string]: JsonValue;
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
  readonly containers?: Container[];
  readonly initContainers?: Container[];
  readonly ephemeralContainers?: Container[];
  readonly securityContext?: SecurityContext;
  readonly hostNetwork?: boolean;
  readonly hostPID?: boolean;
  readonly hostIPC?: boolean;
  readonly volumes?: Array<{ name: string; hostPath?: { path: string }; [k: string]: JsonValue }>;
  readonly automountServiceAccountToken?: boolean;
  readonly serviceAccountName?: string;
  readonly serviceAccount?: string;
  readonly [field: string]: JsonValue;
}

/** The parts of a container the rules read. */
export interface Container {
  readonly name: string;
  readonly image?: string;
  readonly securityContext?: SecurityContext;
  readonly resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  readonly readinessProbe?: unknown;
  readonly livenessProbe?: unknown;
  readonly env?: Array<{ name: string; value?: string; valueFrom?: unknown }>;
  readonly ports?: Array<{ containerPort?: number; hostPort?: number; name?: string }>;
  readonly [field: string]: JsonValue;
}

/** Security context fields of a pod or container. */
export interface SecurityContext {
  readonly runAsNonRoot?: boolean;
  readonly runAsUser?: number;
  readonly allowPrivilegeEscalation?: boolean;
  readonly privileged?: boolean;
  readonly readOnlyRootFilesystem?: boolean;
  readonly capabilities?: { add?: string[]; drop?: string[] };
  readonly seccompProfile?: { type?: string };
}

/** Every container of a pod spec with the list it is in. */
export function containersOf(
  spec: PodSpec,
): Array<{ container: Container; list: 'containers' | 'initContainers' | 'ephemeralContainers' }> {
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
