/**
 * The Pulumi side of the apply order (`apply-order.ts`): the same Argo CD sync waves, set by a
 * transformation on every Kubernetes object a component registers.
 */
import * as pulumi from '@pulumi/pulumi';
import { APPLY_GROUPS, ApplyGroup, SYNC_WAVE_ANNOTATION } from './apply-order';
import type { JsonObject } from '../constructs/config';

/**
 * A Pulumi transformation setting the sync wave of `group` on every Kubernetes object of a
 * component (CRDs get the CRD group's wave); returns undefined for other resources.
 */
export function syncWaveTransformation(group: ApplyGroup): pulumi.ResourceTransformation {
  return (args) => {
    if (!args.type.startsWith('kubernetes:') || args.type.startsWith('kubernetes:yaml') || !args.props.metadata) {
      return undefined;
    }
    const wave =
      args.type === 'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition'
        ? APPLY_GROUPS['prometheus-operator-crds']
        : APPLY_GROUPS[group];
    const annotate = (m: JsonObject) => ({
      ...m,
      annotations: { ...(m.annotations ?? {}), [SYNC_WAVE_ANNOTATION]: String(wave) },
    });
    const metadata = pulumi.Output.isInstance(args.props.metadata)
      ? (args.props.metadata as pulumi.Output<JsonObject>).apply(annotate)
      : annotate(args.props.metadata);
    return { props: { ...args.props, metadata }, opts: args.opts };
  };
}
