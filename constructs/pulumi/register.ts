import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { InputPlaceholders } from './inputs';
import type { JsonValue } from '../core/json';

/** A rendered Kubernetes object (what cdk8s `Chart.toJson()` returns). */
export type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [key: string]: unknown };

type Ctor = new (name: string, args: JsonValue, opts?: pulumi.CustomResourceOptions) => pulumi.CustomResource;

/**
 * Typed Pulumi classes for the built-in kinds our constructs emit. Everything else (Argo Rollouts,
 * Prometheus Operator CRs) becomes a `CustomResource` with the same apiVersion and kind.
 */
const TYPED: Record<string, Ctor> = {
  'apps/v1/Deployment': k8s.apps.v1.Deployment,
  'apps/v1/StatefulSet': k8s.apps.v1.StatefulSet,
  'apps/v1/DaemonSet': k8s.apps.v1.DaemonSet,
  'v1/Service': k8s.core.v1.Service,
  'v1/ConfigMap': k8s.core.v1.ConfigMap,
  'v1/Secret': k8s.core.v1.Secret,
  'v1/ServiceAccount': k8s.core.v1.ServiceAccount,
  'v1/Namespace': k8s.core.v1.Namespace,
  'policy/v1/PodDisruptionBudget': k8s.policy.v1.PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': k8s.autoscaling.v2.HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': k8s.networking.v1.Ingress,
  'networking.k8s.io/v1/NetworkPolicy': k8s.networking.v1.NetworkPolicy,
  'rbac.authorization.k8s.io/v1/Role': k8s.rbac.v1.Role,
  'rbac.authorization.k8s.io/v1/RoleBinding': k8s.rbac.v1.RoleBinding,
  'rbac.authorization.k8s.io/v1/ClusterRole': k8s.rbac.v1.ClusterRole,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': k8s.rbac.v1.ClusterRoleBinding,
  'apiextensions.k8s.io/v1/CustomResourceDefinition': k8s.apiextensions.v1.CustomResourceDefinition,
};

/** The Pulumi resource type a manifest is registered as (`kubernetes:apps/v1:Deployment`, ...). */
export function pulumiTypeOf(manifest: Pick<Manifest, 'apiVersion' | 'kind'>): string {
  const ctor = TYPED[`${manifest.apiVersion}/${manifest.kind}`];
  return ctor ? (ctor as unknown as { __pulumiType: string }).__pulumiType : `kubernetes:${manifest.apiVersion}:${manifest.kind}`;
}

/**
 * Logical name of a child: the object's name when it already starts with the component's name
 * (`web`, `web-canary`), else `<component>-<object>`. Unique per type, stable across runs.
 */
export function childName(componentName: string, manifest: Manifest): string {
  const objectName = manifest.metadata.name;
  return objectName === componentName || objectName.startsWith(`${componentName}-`) ? objectName : `${componentName}-${objectName}`;
}

/**
 * Registers each manifest as a typed child resource of `parent`, synchronously (never inside an
 * `apply`), so `pulumi preview` lists every object. `substitute` turns placeholder strings back into
 * the `pulumi.Input`s they stand for; by default the deferred values of other components
 * (`InputPlaceholders.defer`, e.g. an SNS topic ARN), so every front door resolves them.
 */
export function registerManifests(
  parent: pulumi.Resource,
  componentName: string,
  manifests: readonly Manifest[],
  substitute: (value: unknown) => unknown = new InputPlaceholders().substitute,
  opts: pulumi.CustomResourceOptions = {},
): pulumi.CustomResource[] {
  const seen = new Set<string>();
  return manifests.map((manifest) => {
    const name = childName(componentName, manifest);
    const key = `${manifest.apiVersion}/${manifest.kind}/${name}`;
    if (seen.has(key)) {
      throw new pulumi.RunError(`Two objects would be registered as ${key}; give them distinct names.`);
    }
    seen.add(key);
    const args = substitute(manifest);
    const ctor = TYPED[`${manifest.apiVersion}/${manifest.kind}`];
    const options = pulumi.mergeOptions(opts, { parent }) as pulumi.CustomResourceOptions;
    return ctor
      ? new ctor(name, args, options)
      : new k8s.apiextensions.CustomResource(name, args as k8s.apiextensions.CustomResourceArgs, options);
  });
}
