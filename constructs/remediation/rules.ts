import { DEFAULT_RUNBOOK_BASE_URL, MIXIN_RUNBOOK_BASE_URL, RuleGroup, selector, withPodWorkload } from '../monitoring/rules';

/** Options of `remediationAlertGroup`. */
export interface RemediationAlertOptions {
  /** Selects kube-state-metrics series. @default 'job="kube-state-metrics"' */
  readonly kubeStateMetricsSelector?: string;
  /** The namespaces remediation acts in; the pod alerts watch only these. */
  readonly namespaces: readonly string[];
  /** The `job` label of the remediation service's own metrics. */
  readonly serviceJob: string;
  /** Base URL of the kubeship runbooks. @default DEFAULT_RUNBOOK_BASE_URL */
  readonly runbookBaseUrl?: string;
}

/**
 * The alerts remediation acts on that the deployment alerts lack (pods crash looping or stuck
 * pending, after the kubernetes-mixin rules of the same purpose) and the alerts about the service
 * itself (failing actions, not running). Pure.
 */
export function remediationAlertGroup(options: RemediationAlertOptions): RuleGroup {
  const ksm = options.kubeStateMetricsSelector ?? 'job="kube-state-metrics"';
  const ns = `namespace=~"${options.namespaces.join('|')}"`;
  const base = (options.runbookBaseUrl ?? DEFAULT_RUNBOOK_BASE_URL).replace(/\/+$/, '');
  const job = `job="${options.serviceJob}"`;
  return {
    name: 'kubeship-remediation',
    rules: [
      {
        alert: 'KubePodCrashLooping',
        expr: withPodWorkload(
          `max_over_time(kube_pod_container_status_waiting_reason${selector(ksm, ns, 'reason="CrashLoopBackOff"')}[5m]) >= 1`,
          ksm,
          ns,
        ),
        for: '15m',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'Pod is crash looping.',
          description:
            'Pod {{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) is in waiting state (reason: "CrashLoopBackOff").',
          runbook_url: `${MIXIN_RUNBOOK_BASE_URL}/kubepodcrashlooping`,
        },
      },
      {
        alert: 'KubePodPending',
        // pods of a controller only: a Job's pods and bare pods are not replaced when deleted.
        // kube-state-metrics >= 2.8 writes empty owner labels for a pod without owner (v2.19.1
        // internal/store/pod.go createPodOwnerFamilyGenerator), i.e. no owner_kind label at all;
        // older releases wrote "<none>".
        expr: withPodWorkload(
          [
            `max by (namespace, pod) (kube_pod_status_phase${selector(ksm, ns, 'phase="Pending"')}) == 1`,
            'and on (namespace, pod)',
            `max by (namespace, pod) (kube_pod_owner${selector(ksm, ns, 'owner_kind!=""', 'owner_kind!="Job"', 'owner_kind!="<none>"')}) == 1`,
          ].join('\n'),
          ksm,
          ns,
        ),
        for: '15m',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'Pod has been pending for more than 15 minutes.',
          description:
            'Pod {{ $labels.namespace }}/{{ $labels.pod }} has been pending for more than 15 minutes: it cannot be scheduled or its volumes or image cannot be got.',
          runbook_url: `${base}/kubepodpending.md`,
        },
      },
      {
        alert: 'RemediationFailing',
        expr: `sum by (namespace, action, alert) (increase(kubeship_remediation_failures_total${selector(job)}[15m])) > 0`,
        labels: { severity: 'warning' },
        annotations: {
          summary: 'Automatic remediation actions are failing.',
          description:
            'The remediation service failed {{ $value | humanize }} {{ $labels.action }} action(s) for {{ $labels.alert }} in the last 15 minutes; its log says why (often RBAC or an unreachable API server).',
          runbook_url: `${base}/remediationfailing.md`,
        },
      },
      {
        alert: 'RemediationDown',
        // down while scraped, or not scraped at all (no pod, or the NetworkPolicy keeps Prometheus out)
        expr: `(max by (job) (up${selector(job)}) == 0) or absent(up${selector(job)})`,
        for: '10m',
        labels: { severity: 'warning' },
        annotations: {
          summary: 'The remediation service is not running.',
          description: 'Prometheus has not scraped the remediation service for 10 minutes: alerts are not being remediated automatically.',
          runbook_url: `${base}/remediationdown.md`,
        },
      },
    ],
  };
}
