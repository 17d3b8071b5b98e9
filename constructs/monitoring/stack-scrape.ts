/**
 * What the stack's Prometheus scrapes: kube-state-metrics (installed or existing), the Argo
 * Rollouts controller, the stack's own components, the operator, and Velero's server pods.
 */
import { formatDuration } from '../core/duration';
import { PodMonitor, PodMonitorSpecPodMetricsEndpointsRelabelingsAction } from '../imports/prom-podmonitor-monitoring.coreos.com';
import {
  ServiceMonitor,
  ServiceMonitorSpecEndpointsRelabelings,
  ServiceMonitorSpecEndpointsRelabelingsAction,
  ServiceMonitorSpecSelector,
} from '../imports/prom-servicemonitor-monitoring.coreos.com';
import { VELERO_JOB } from '../backup/alerts';
import { grafanaSelectorLabels } from './grafana';
import { KUBE_STATE_METRICS_PORT, KubeStateMetrics } from './kube-state-metrics';
import { targetLabelRelabelings } from './selection';
import { ARGO_JOB, KSM_JOB, MONITORING_JOBS, StackRenderContext } from './stack-context';
import { ScrapeSourceOptions } from './stack-props';

/** Renders kube-state-metrics (unless existing or off) and a ServiceMonitor per scraped source, and the Velero PodMonitor, into `ctx.scope`. */
export function renderScrapeSources(ctx: StackRenderContext): void {
  const props = ctx.props;
  const namespace = ctx.effectiveNamespace ?? 'default';
  const ksm = props.kubeStateMetrics;
  if (ksm !== false && !ksm?.existing) {
    new KubeStateMetrics(ctx.scope, 'KubeStateMetrics', {
      name: `${ctx.name}-kube-state-metrics`,
      namespace: ctx.namespace,
      image: ksm?.image,
      resources: ksm?.resources,
      labels: { 'app.kubernetes.io/part-of': ctx.name },
    });
  }
  const sources: ScrapeSource[] = [];
  if (ksm !== false) {
    sources.push({
      id: 'KubeStateMetricsMonitor',
      job: KSM_JOB,
      ...resolveSource(
        ksm?.existing,
        ksm?.existing
          ? {
              namespace: 'kube-system',
              selector: { matchLabels: { 'app.kubernetes.io/name': 'kube-state-metrics' } },
              port: KUBE_STATE_METRICS_PORT,
            }
          : { namespace, selector: { matchLabels: { 'app.kubernetes.io/name': 'kube-state-metrics' } }, port: KUBE_STATE_METRICS_PORT },
      ),
      // the exporter describes other objects: keep their namespace labels
      honorLabels: true,
    });
  }
  if (props.argoRollouts !== false) {
    sources.push({
      id: 'ArgoRollouts',
      job: ARGO_JOB,
      honorLabels: true,
      ...resolveSource(props.argoRollouts, {
        namespace: 'argo-rollouts',
        selector: {
          matchExpressions: [
            { key: 'app.kubernetes.io/name', operator: 'In', values: ['argo-rollouts-metrics', 'argo-rollouts'] },
            { key: 'app.kubernetes.io/component', operator: 'In', values: ['server', 'rollouts-controller'] },
          ],
        },
        port: 'metrics',
      }),
    });
  }
  if (props.selfMonitoring !== false) {
    // the operator's governing Services select every Prometheus / Alertmanager of the namespace
    // (prometheus-operator v0.93.0 pkg/prometheus/common.go BuildStatefulSetService, label
    // operated-prometheus; pkg/alertmanager/statefulset.go makeStatefulSetService, label
    // operated-alertmanager; port `web`): keep this stack's pods only
    const own = (label: string) => [
      {
        action: ServiceMonitorSpecEndpointsRelabelingsAction.KEEP,
        sourceLabels: [`__meta_kubernetes_pod_label_${label}`],
        regex: ctx.name,
      },
    ];
    sources.push(
      {
        id: 'PrometheusMonitor',
        job: MONITORING_JOBS.prometheus,
        namespace,
        selector: { matchLabels: { 'operated-prometheus': 'true' } },
        port: 'web',
        keep: own('prometheus'),
      },
      {
        id: 'AlertmanagerMonitor',
        job: MONITORING_JOBS.alertmanager,
        namespace,
        selector: { matchLabels: { 'operated-alertmanager': 'true' } },
        port: 'web',
        keep: own('alertmanager'),
      },
    );
    if (ctx.grafanaServiceName) {
      sources.push({
        id: 'GrafanaMonitor',
        job: MONITORING_JOBS.grafana,
        namespace,
        selector: { matchLabels: grafanaSelectorLabels(ctx.grafanaServiceName) },
        port: 'http',
      });
    }
    if (props.prometheusOperator !== false) {
      sources.push({
        id: 'PrometheusOperatorMonitor',
        job: MONITORING_JOBS.operator,
        ...resolveSource(props.prometheusOperator, {
          namespace,
          selector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus-operator' } },
          port: 'http',
        }),
      });
    }
  }
  const interval = formatDuration(ctx.scrapeIntervalSeconds);
  for (const source of sources) {
    new ServiceMonitor(ctx.scope, source.id, {
      metadata: { ...ctx.meta(`${ctx.name}-${source.job}`), labels: { ...ctx.meta('').labels, ...ctx.selectorLabels } },
      spec: {
        namespaceSelector: { matchNames: [source.namespace] },
        selector: source.selector,
        endpoints: [
          {
            port: source.port,
            interval,
            honorLabels: source.honorLabels,
            relabelings: [
              ...(source.keep ?? []),
              { action: ServiceMonitorSpecEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: source.job },
              ...targetLabelRelabelings(ctx.targetLabels).map((r) => ({
                ...r,
                action: ServiceMonitorSpecEndpointsRelabelingsAction.REPLACE,
              })),
            ],
          },
        ],
      },
    });
  }
  if (props.velero) {
    // the server pods themselves: velero install renders no metrics Service
    const velero = props.velero;
    new PodMonitor(ctx.scope, 'VeleroMonitor', {
      metadata: { ...ctx.meta(`${ctx.name}-${VELERO_JOB}`), labels: { ...ctx.meta('').labels, ...ctx.selectorLabels } },
      spec: {
        namespaceSelector: { matchNames: [velero.namespace ?? 'velero'] },
        selector: { matchLabels: { ...(velero.matchLabels ?? { deploy: 'velero' }) } },
        podMetricsEndpoints: [
          {
            port: velero.port ?? 'metrics',
            interval,
            relabelings: [
              { action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE, targetLabel: 'job', replacement: VELERO_JOB },
              ...targetLabelRelabelings(ctx.targetLabels).map((r) => ({
                ...r,
                action: PodMonitorSpecPodMetricsEndpointsRelabelingsAction.REPLACE,
              })),
            ],
          },
        ],
      },
    });
  }
}

/** A ServiceMonitor the stack renders for one source. */
interface ScrapeSource {
  readonly id: string;
  readonly job: string;
  readonly namespace: string;
  readonly selector: ServiceMonitorSpecSelector;
  readonly port: string;
  readonly honorLabels?: boolean;
  readonly keep?: ServiceMonitorSpecEndpointsRelabelings[];
}

/** The user's namespace/labels/port over the defaults (labels given replace the default selector). */
function resolveSource(
  options: ScrapeSourceOptions | undefined,
  defaults: { namespace: string; selector: ServiceMonitorSpecSelector; port: string },
): { namespace: string; selector: ServiceMonitorSpecSelector; port: string } {
  return {
    namespace: options?.namespace ?? defaults.namespace,
    selector: options?.matchLabels ? { matchLabels: { ...options.matchLabels } } : defaults.selector,
    port: options?.port ?? defaults.port,
  };
}
