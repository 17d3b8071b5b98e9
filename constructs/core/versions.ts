/**
 * The versions kubeship targets: the controllers it renders objects for, the components it
 * installs, and the tools its tests prove the output with. One place; a feature a declared version
 * lacks is refused at synthesis with a clear error.
 *
 * | component | version | how it is used |
 * |---|---|---|
 * | Argo Rollouts | 1.9.1 | you install it (README); Rollouts, AnalysisTemplates and notifications are rendered for it. Its notifications-engine is v0.5.0 (go.mod) |
 * | Prometheus Operator | 0.93.0 | `PrometheusOperator` installs it and its CRDs |
 * | Prometheus | 2.53.3 | the `Prometheus` CR runs it; promtool and the e2e Prometheus of the tests are this version |
 * | Alertmanager | 0.28.1 | the `Alertmanager` CR runs it; amtool and the e2e Alertmanager of the tests are this version |
 * | kube-state-metrics | 2.19.1 | `KubeStateMetrics` installs it; the rules read the series it writes |
 * | Grafana | 12.1.1 | `Grafana` runs it |
 * | Velero | 1.18.1 | you install it (README); `BackupSchedule` renders Schedules for it and the backup alerts read its metrics |
 * | Datadog Operator | 1.29.0 | you install it where `datadog` is on; `DatadogMonitors` renders its DatadogMonitor objects |
 */
export const VERSIONS = {
  /** Argo Rollouts: the controller you install; Rollouts, AnalysisTemplates and notifications are rendered for it. */
  argoRollouts: '1.9.1',
  /** The Prometheus Operator `PrometheusOperator` installs. */
  prometheusOperator: '0.93.0',
  /** Prometheus, run by the `Prometheus` CR. */
  prometheus: '2.53.3',
  /** Alertmanager, run by the `Alertmanager` CR. */
  alertmanager: '0.28.1',
  /** kube-state-metrics, installed by the monitoring stack. */
  kubeStateMetrics: '2.19.1',
  /** Grafana, run by the monitoring stack. */
  grafana: '12.1.1',
  /** Velero: you install it; `BackupSchedule` renders Schedules for it. */
  velero: '1.18.1',
  /** The Datadog Operator: you install it; `DatadogMonitors` renders DatadogMonitor objects for it. */
  datadogOperator: '1.29.0',
} as const;

/**
 * Every image kubeship runs, pinned by tag and digest, beside the versions above: bumping a version
 * means editing this one module. The digests are the multi-arch index digests public deployments of
 * these tags pin (the registries were not reachable to re-read them here).
 */
export const IMAGES = {
  /** The Prometheus Operator (`PrometheusOperator`). */
  prometheusOperator: `quay.io/prometheus-operator/prometheus-operator:v${VERSIONS.prometheusOperator}@sha256:a001ed10a3823bbf2410ea347796d0e35ff8decd24fb98acbe7ab9e98d431c39`,
  /** Its config reloader, run beside Prometheus and the Alertmanager. */
  prometheusConfigReloader: `quay.io/prometheus-operator/prometheus-config-reloader:v${VERSIONS.prometheusOperator}@sha256:0ccb22ca9f3f6fd9f76ce95585d18bd2e363d421c534dde710be4bd13caa551d`,
  /** The Alertmanager of the default version (another `version` runs the operator's image for it). */
  alertmanager: `docker.io/prom/alertmanager:v${VERSIONS.alertmanager}@sha256:27c475db5fb156cab31d5c18a4251ac7ed567746a2483ff264516437a39b15ba`,
  /** kube-state-metrics. */
  kubeStateMetrics: `registry.k8s.io/kube-state-metrics/kube-state-metrics:v${VERSIONS.kubeStateMetrics}@sha256:85108987d044b18a098126732f98602df408888c0f7d456241f5abefb9744bc1`,
  /** Grafana. */
  grafana: `docker.io/grafana/grafana:${VERSIONS.grafana}@sha256:a1701c2180249361737a99a01bc770db39381640e4d631825d38ff4535efa47d`,
  /** curl for the smoke-test gates: Alpine, curl and a shell, non-root (`curl_user`, uid 100). */
  smokeTest: 'curlimages/curl:8.11.1@sha256:c1fe1679c34d9784c1b0d1e5f62ac0a79fca01fb6377cdd33e90473c6f9f9a69',
  /** Node.js 22 for the remediation service, run as its `node` user (uid 1000). */
  remediation: 'node:22.21.1-alpine3.22@sha256:b2358485e3e33bc3a33114d2b1bdb18cdbe4df01bd2b257198eb51beb1f026c5',
} as const;

/** The ports of the servers kubeship runs or calls, as their images and the operator serve them. */
export const PORTS = {
  /** Prometheus' web and API port (the operator's `web` port; Service `prometheus-operated`). */
  prometheus: 9090,
  /** The Alertmanager's web and API port (Service `alertmanager-operated`). */
  alertmanager: 9093,
  /** The Alertmanager replicas' gossip mesh (TCP and UDP). */
  alertmanagerMesh: 9094,
  /** Grafana's HTTP port. */
  grafana: 3000,
  /** kube-state-metrics' metrics port (`http-metrics`). */
  kubeStateMetrics: 8080,
  /** kube-state-metrics' own telemetry port (`telemetry`). */
  kubeStateMetricsTelemetry: 8081,
  /** The remediation service's webhook port (POST /alerts, with the bearer token). */
  remediationWebhook: 8080,
  /** The remediation service's /metrics, /healthz and /readyz port. */
  remediationMetrics: 9091,
} as const;

/** A semantic version `1.2.3` (an optional leading `v`). */
export const SEMVER = /^v?[0-9]+\.[0-9]+\.[0-9]+$/;

/** Compares dotted versions (`0.28.1` vs `0.26.0`, a leading `v` allowed): negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split('.').map(Number);
  const pb = b.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) {
      return d;
    }
  }
  return 0;
}

/**
 * Argo Rollouts features kubeship uses whose availability depends on the controller's version:
 * the version that first has each.
 */
export const ARGO_ROLLOUTS_FEATURES = {
  /**
   * The `teams-workflows` notification service (Microsoft Teams through Workflows). It exists in
   * notifications-engine only after v0.5.0, which Argo Rollouts 1.9.x pins; v0.5.0's `NewService`
   * refuses an unknown service type (pkg/services/services.go) and its `NewAPI` builds every
   * configured service up front (pkg/api/api.go), so one unknown service stops every event.
   */
  teamsWorkflowsService: '1.10.0',
} as const;

/** Whether Argo Rollouts `version` has `feature`. */
export function argoRolloutsHas(version: string, feature: keyof typeof ARGO_ROLLOUTS_FEATURES): boolean {
  return compareVersions(version, ARGO_ROLLOUTS_FEATURES[feature]) >= 0;
}
