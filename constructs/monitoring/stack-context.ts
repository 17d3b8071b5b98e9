/**
 * What the parts of a `MonitoringStack` are rendered from (its names, labels and props), and the
 * names and labels they share: the stack composes its constructs (`PrometheusServer`,
 * `AlertmanagerServer`, `Grafana`, `AlertRules`, `Remediation`, ...) and the render modules
 * (stack-scrape.ts, stack-network.ts) render the scrape sources and NetworkPolicies into it.
 */
import { Construct } from 'constructs';
import { MonitoringStackProps } from './stack-props';

/** The stack as its parts see it. */
export interface StackRenderContext {
  /** Where the parts' objects go (the stack itself: construct ids and order as before). */
  readonly scope: Construct;
  readonly props: MonitoringStackProps;
  readonly name: string;
  readonly namespace?: string;
  /** The namespace the objects land in (the props' or the chart's). */
  readonly effectiveNamespace?: string;
  readonly selectorLabels: Record<string, string>;
  readonly targetLabels: Record<string, string>;
  readonly scrapeIntervalSeconds: number;
  readonly grafanaServiceName?: string;
  readonly alertmanagerVersion: string;
  readonly alertmanagerConfigSecret: string;
  readonly alertmanagerSecrets: string[];
  /** Metadata of a stack object named `name`. */
  meta(name: string): { name: string; namespace?: string; labels: Record<string, string> };
}

export const KSM_JOB = 'kube-state-metrics';
export const ARGO_JOB = 'argo-rollouts-metrics';
/** Labels the operator gives the pods of the Prometheus and the Alertmanager named `name` (prometheus-operator v0.93.0: app.kubernetes.io/name and the CR kind's label). */
export const PROMETHEUS_POD_LABELS = (name: string) => ({ 'app.kubernetes.io/name': 'prometheus', prometheus: name });
export const ALERTMANAGER_POD_LABELS = (name: string) => ({ 'app.kubernetes.io/name': 'alertmanager', alertmanager: name });
/** The `job` labels of the stack's own components. */
export const MONITORING_JOBS = {
  prometheus: 'prometheus',
  alertmanager: 'alertmanager',
  operator: 'prometheus-operator',
  grafana: 'grafana',
} as const;
/** Selectors of the exporters' series, as the alerts and dashboards read them (the stack's ServiceMonitors set these jobs). */
export const SOURCE_SELECTORS = { kubeStateMetricsSelector: `job="${KSM_JOB}"`, argoRolloutsSelector: `job="${ARGO_JOB}"` };
