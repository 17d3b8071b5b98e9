import { k8s } from 'cdk8s-plus-27';
import { toDnsLabel } from './names';
import { EnvValue, Probe, ResolvedPort, ResolvedResources, ResourceRange } from './container';

/** Everything a pod template is rendered from, with defaults resolved. */
export interface PodTemplateInput {
  readonly labels: Record<string, string>;
  readonly annotations?: Record<string, string>;
  readonly containerName: string;
  readonly image: string;
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  readonly command?: string[];
  readonly args?: string[];
  readonly ports: readonly ResolvedPort[];
  readonly env: Record<string, string | EnvValue>;
  readonly resources: { readonly cpu: Required<ResourceRange>; readonly memory: Required<ResourceRange> };
  readonly readiness?: Probe;
  readonly liveness?: Probe;
  readonly startup?: Probe;
  readonly serviceAccountName?: string;
  readonly automountServiceAccountToken: boolean;
  readonly runAsUser?: number;
  readonly runAsGroup?: number;
  readonly fsGroup?: number;
  readonly writablePaths: readonly string[];
  readonly terminationGracePeriodSeconds?: number;
}

/** Name of the emptyDir volume mounted at a writable path (`/tmp` -> `tmp`). */
export function writableVolumeName(path: string): string {
  return toDnsLabel(path).slice(0, 63) || 'scratch';
}

/**
 * Renders the pod template: one container, locked down to the Pod Security Standards
 * "restricted" profile (non-root, no privilege escalation, all capabilities dropped, seccomp
 * RuntimeDefault, read-only root filesystem with emptyDir volumes at the writable paths) and no
 * service-account token unless asked.
 */
export function renderPodTemplate(input: PodTemplateInput): k8s.PodTemplateSpec {
  const firstPort = input.ports[0];
  const volumes = input.writablePaths.map((path) => ({ name: writableVolumeName(path), emptyDir: {} }));
  const container: k8s.Container = {
    name: input.containerName,
    image: input.image,
    imagePullPolicy: input.imagePullPolicy,
    command: input.command,
    args: input.args,
    ports:
      input.ports.length > 0 ? input.ports.map((p) => ({ name: p.name, containerPort: p.containerPort, protocol: p.protocol })) : undefined,
    env:
      Object.keys(input.env).length > 0
        ? Object.entries(input.env).map(([name, value]) => (typeof value === 'string' ? { name, value } : value._toKube(name)))
        : undefined,
    resources: kubeResources(input.resources),
    readinessProbe: input.readiness?._toKube(firstPort),
    livenessProbe: input.liveness?._toKube(firstPort),
    startupProbe: input.startup?._toKube(firstPort),
    securityContext: restrictedContainerSecurityContext(input.runAsUser, input.runAsGroup),
    volumeMounts: volumes.length > 0 ? input.writablePaths.map((path) => ({ name: writableVolumeName(path), mountPath: path })) : undefined,
  };
  return {
    metadata: { labels: { ...input.labels }, annotations: input.annotations && { ...input.annotations } },
    spec: {
      serviceAccountName: input.serviceAccountName,
      automountServiceAccountToken: input.automountServiceAccountToken,
      terminationGracePeriodSeconds: input.terminationGracePeriodSeconds,
      securityContext: {
        runAsNonRoot: true,
        runAsUser: input.runAsUser,
        runAsGroup: input.runAsGroup,
        fsGroup: input.fsGroup,
        seccompProfile: { type: 'RuntimeDefault' },
      },
      containers: [container],
      volumes: volumes.length > 0 ? volumes : undefined,
    },
  };
}

/**
 * The container security context of the Pod Security Standards "restricted" profile: non-root,
 * no privilege escalation, not privileged, read-only root filesystem, all capabilities dropped,
 * seccomp RuntimeDefault. Every container kubeship renders uses it.
 */
export function restrictedContainerSecurityContext(runAsUser?: number, runAsGroup?: number): k8s.SecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser,
    runAsGroup,
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/**
 * The pod security context of a restricted pod: non-root `uid`, group `gid` (its own by default),
 * seccomp RuntimeDefault, and `fsGroup` when its volumes must be writable by that group.
 */
export function restrictedPodSecurityContext(uid: number, gid = uid, fsGroup?: number): k8s.PodSecurityContext {
  return {
    runAsNonRoot: true,
    runAsUser: uid,
    runAsGroup: gid,
    ...(fsGroup === undefined ? {} : { fsGroup }),
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** Resolved requests and limits as cdk8s L1 quantities. */
export function kubeResources(resources: ResolvedResources): k8s.ResourceRequirements {
  return {
    requests: { cpu: k8s.Quantity.fromString(resources.cpu.request), memory: k8s.Quantity.fromString(resources.memory.request) },
    limits: { cpu: k8s.Quantity.fromString(resources.cpu.limit), memory: k8s.Quantity.fromString(resources.memory.limit) },
  };
}

/**
 * The container's resources as plain JSON. The Argo Rollouts types generated by `cdk8s import`
 * do not convert quantity maps, so the Rollout receives its resources through this JSON patch value.
 */
export function resourcesJson(resources: PodTemplateInput['resources']): Record<string, Record<string, string>> {
  return {
    limits: { cpu: resources.cpu.limit, memory: resources.memory.limit },
    requests: { cpu: resources.cpu.request, memory: resources.memory.request },
  };
}

/** The same template without container resources (see `resourcesJson`). */
export function withoutResources(template: k8s.PodTemplateSpec): k8s.PodTemplateSpec {
  return {
    ...template,
    spec: template.spec && { ...template.spec, containers: template.spec.containers.map((c) => ({ ...c, resources: undefined })) },
  };
}
