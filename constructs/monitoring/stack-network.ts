/**
 * Ingress-only NetworkPolicies for the stack's pods (see `MonitoringStackProps.networkPolicies`):
 * each accepts only the callers it serves.
 */
import { k8s } from 'cdk8s-plus-27';
import { DEFAULT_INGRESS_CONTROLLER, IngressControllerPeer } from '../core/network-policy';
import { grafanaSelectorLabels } from './grafana';
import { ALERTMANAGER_POD_LABELS, PROMETHEUS_POD_LABELS, StackRenderContext } from './stack-context';
import { PORTS } from '../core/versions';

/** Renders the stack's NetworkPolicies into `ctx.scope`: Prometheus, Alertmanager, Grafana and kube-state-metrics each admit only their callers. */
export function renderNetworkPolicies(
  ctx: StackRenderContext,
  controller: IngressControllerPeer | false | undefined,
  remediationPods: Record<string, string> | undefined,
): void {
  const pods = (labels: Record<string, string>) => ({ podSelector: { matchLabels: { ...labels } } });
  const tcp = (...ports: number[]) => ports.map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) }));
  const prometheus = pods(PROMETHEUS_POD_LABELS(ctx.name));
  const grafana = ctx.grafanaServiceName ? [pods(grafanaSelectorLabels(ctx.grafanaServiceName))] : [];
  const ingressController =
    controller === false
      ? []
      : [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': (controller ?? DEFAULT_INGRESS_CONTROLLER).namespace } },
            podSelector: { matchLabels: { ...(controller ?? DEFAULT_INGRESS_CONTROLLER).podLabels } },
          },
        ];
  const argo =
    ctx.props.argoRollouts === false
      ? []
      : [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': ctx.props.argoRollouts?.namespace ?? 'argo-rollouts' } },
          },
        ];
  const isolate = (id: string, name: string, podLabels: Record<string, string>, ingress: k8s.NetworkPolicyIngressRule[]) => {
    new k8s.KubeNetworkPolicy(ctx.scope, id, {
      metadata: ctx.meta(name),
      spec: {
        podSelector: { matchLabels: { ...podLabels } },
        policyTypes: ['Ingress'],
        ingress: ingress.filter((r) => (r.from ?? []).length > 0),
      },
    });
  };
  isolate('PrometheusNetworkPolicy', `${ctx.name}-prometheus`, PROMETHEUS_POD_LABELS(ctx.name), [
    // its own scrapes, Grafana's queries, and the analysis gates the Argo Rollouts controller runs
    { from: [prometheus, ...grafana, ...argo], ports: tcp(PORTS.prometheus) },
  ]);
  isolate('AlertmanagerNetworkPolicy', `${ctx.name}-alertmanager`, ALERTMANAGER_POD_LABELS(ctx.name), [
    { from: [prometheus, ...grafana, ...(remediationPods ? [pods(remediationPods)] : [])], ports: tcp(PORTS.alertmanager) },
    // the replicas gossip on 9094 (TCP and UDP) to share silences and notification state
    {
      from: [pods(ALERTMANAGER_POD_LABELS(ctx.name))],
      ports: [
        ...tcp(PORTS.alertmanager, PORTS.alertmanagerMesh),
        { protocol: 'UDP', port: k8s.IntOrString.fromNumber(PORTS.alertmanagerMesh) },
      ],
    },
  ]);
  if (ctx.grafanaServiceName) {
    isolate('GrafanaNetworkPolicy', ctx.grafanaServiceName, grafanaSelectorLabels(ctx.grafanaServiceName), [
      { from: [...ingressController, prometheus], ports: tcp(PORTS.grafana) },
    ]);
  }
  if (ctx.props.kubeStateMetrics !== false && !ctx.props.kubeStateMetrics?.existing) {
    isolate('KubeStateMetricsNetworkPolicy', `${ctx.name}-kube-state-metrics`, { 'app.kubernetes.io/name': 'kube-state-metrics' }, [
      { from: [prometheus], ports: tcp(PORTS.kubeStateMetrics, PORTS.kubeStateMetricsTelemetry) },
    ]);
  }
}

/** The jobs the stack's own alerts watch (only the components it scrapes). */
