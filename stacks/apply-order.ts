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
 * Pulumi orders by `dependsOn`; the Pulumi program sets the same annotations (`sync-wave.ts`, a
 * transformation), so both doors still produce identical objects. This module does not load Pulumi:
 * `npm run synth` never needs it.
 */
import { ApiObject, Chart } from 'cdk8s';

/** The Argo CD annotation that orders a sync (argo-cd docs: "Sync Phases and Waves"). */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';

/** The groups in apply order, with their sync waves. */
export const APPLY_GROUPS = {
  namespaces: -3,
  'prometheus-operator-crds': -2,
  'prometheus-operator': -1,
  monitoring: 0,
  // the Velero Schedule and its alerts: after the monitoring stack, in Velero's namespace
  backup: 0,
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
