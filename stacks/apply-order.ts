/**
 * The order an environment's objects must reach a cluster in: Namespaces, then the operator's
 * CRDs (established before any custom resource of theirs), then the operator, the monitoring
 * stack, and the apps. `dist/<env>/` says it three ways, all the same order:
 *
 * - file names `0000-namespaces.k8s.yaml`, `0001-prometheus-operator-crds.k8s.yaml`, ... sort in
 *   apply order (cdk8s names files by chart dependencies);
 * - every object carries the Argo CD sync wave of its group (`argocd.argoproj.io/sync-wave`), so a
 *   GitOps sync applies the groups in order and waits for each to be healthy;
 * - the prerequisites file gives the `kubectl` commands (CRDs first, then the rest).
 *
 * Pulumi orders by `dependsOn`; the Pulumi program sets the same annotations (a transformation),
 * so both doors still produce identical objects.
 */
import * as pulumi from '@pulumi/pulumi';
import { ApiObject, Chart } from 'cdk8s';

/** The Argo CD annotation that orders a sync (argo-cd docs: "Sync Phases and Waves"). */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';

/** The groups in apply order, with their sync waves. */
export const APPLY_GROUPS = {
  namespaces: -3,
  'prometheus-operator-crds': -2,
  'prometheus-operator': -1,
  monitoring: 0,
  apps: 1,
} as const;

export type ApplyGroup = keyof typeof APPLY_GROUPS;

/** Sets the sync wave of `group` on every object of `chart` (cdk8s). */
export function annotateChart(chart: Chart, group: ApplyGroup): void {
  for (const node of chart.node.findAll()) {
    if (node instanceof ApiObject && Chart.of(node) === chart) {
      node.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(APPLY_GROUPS[group]));
    }
  }
}

/**
 * A Pulumi transformation setting the sync wave of `group` on every Kubernetes object of a
 * component (CRDs get the CRD group's wave); returns undefined for other resources.
 */
export function syncWaveTransformation(group: ApplyGroup): pulumi.ResourceTransformation {
  return (args) => {
    if (!args.type.startsWith('kubernetes:') || args.type.startsWith('kubernetes:yaml') || !args.props.metadata) {
      return undefined;
    }
    const wave = args.type === 'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition' ? APPLY_GROUPS['prometheus-operator-crds'] : APPLY_GROUPS[group];
    const annotate = (m: Record<string, any>) => ({ ...m, annotations: { ...(m.annotations ?? {}), [SYNC_WAVE_ANNOTATION]: String(wave) } });
    const metadata = pulumi.Output.isInstance(args.props.metadata) ? (args.props.metadata as pulumi.Output<Record<string, any>>).apply(annotate) : annotate(args.props.metadata);
    return { props: { ...args.props, metadata }, opts: args.opts };
  };
}

/** The charts of one environment in apply order: each depends on the one before (cdk8s file names follow). */
export function orderCharts(charts: ReadonlyArray<{ chart: Chart; group: ApplyGroup }>): Chart[] {
  const sorted = [...charts].sort((a, b) => APPLY_GROUPS[a.group] - APPLY_GROUPS[b.group]);
  sorted.forEach(({ chart, group }, i) => {
    annotateChart(chart, group);
    if (i > 0) {
      chart.addDependency(sorted[i - 1].chart);
    }
  });
  return sorted.map((c) => c.chart);
}
