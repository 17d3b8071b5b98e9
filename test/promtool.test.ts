/**
 * The generated alert rules, proven with the real promtool (Debian trixie's 2.53): `check rules`
 * on every rule file, and `test rules` cases for every alert — it fires on a bad series at the
 * expected time with the expected labels and annotations, and stays silent on a healthy one.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'yaml';
import { RuleGroup } from '../constructs';
import {
  backupAlertGroup,
  deploymentAlertGroups,
  deploymentMetricsDashboard,
  monitoringAlertGroup,
  remediationAlertGroup,
  ruleFile,
  serviceAlertGroup,
} from '../constructs/testing';
import {
  argo,
  ARGO_TARGET,
  ksm,
  KSM_POD,
  KSM_TARGET,
  labelSet,
  metric,
  samples,
  Series,
  Timeline,
  up,
  velero,
} from './helpers/exporter-series';
import { run, tempDir } from './helpers/tools';

interface Case {
  /** What the case shows. */
  readonly title: string;
  readonly alert: string;
  readonly series: Series[];
  readonly at: string;
  /** Expected firing alerts: their labels (besides the rule's), and the text of `{{ $value ... }}`. */
  readonly fires: Array<{ labels: Record<string, string>; value?: string }>;
}

// Every series below is shaped by test/helpers/exporter-series.ts after the exporters' source
// (kube-state-metrics v2.19.1, Argo Rollouts v1.9.1, Alertmanager 0.28.1, operator 0.93.0).
const NS = 'shop';
const deployment = (metric: string, name: string, timeline: Timeline) => ksm.deployment(metric, NS, name, timeline);
const deploymentLabels = (name: string) => ({ ...ksm.deploymentLabels(NS, name), workload: name });
const RS = (name: string, hash: string) => ksm.replicaSetOwner(NS, `${name}-${hash}`, { kind: 'Rollout', name }, [[1, 60]]);

/** Prometheus' own series as its self-scrape sees them (the operator's prometheus-operated Service). */
const PROM_TARGET = {
  job: 'prometheus',
  instance: '10.0.4.2:9090',
  endpoint: 'web',
  service: 'prometheus-operated',
  namespace: 'monitoring',
  pod: 'prometheus-monitoring-0',
  container: 'prometheus',
  environment: 'prod',
};
const AM_TARGET = {
  job: 'alertmanager',
  instance: '10.0.4.7:9093',
  endpoint: 'web',
  service: 'alertmanager-operated',
  namespace: 'monitoring',
  pod: 'alertmanager-monitoring-0',
  container: 'alertmanager',
  environment: 'prod',
};
const OPERATOR_TARGET = {
  job: 'prometheus-operator',
  instance: '10.0.4.9:8080',
  endpoint: 'http',
  service: 'prometheus-operator',
  namespace: 'monitoring',
  pod: 'prometheus-operator-7d9f6c5b4-m8x2z',
  container: 'prometheus-operator',
  environment: 'prod',
};

/** A Velero Schedule of the prod environment, and another one. */
const SCHEDULE = 'kubeship-prod';
const OTHER_SCHEDULE = 'nightly-cluster';
/** The Velero server pod after a restart. */
const NEW_VELERO_POD = 'velero-6c9d8f7b5-k8w2n';

const CASES: Case[] = [
  {
    title: 'an aborted Rollout fails the deployment after 1m',
    alert: 'DeploymentFailed',
    at: '4m',
    series: argo.info(NS, 'web', [
      ['Progressing', 2],
      ['Abort', 10],
    ]),
    fires: [{ labels: { namespace: NS, name: 'web', phase: 'Abort', workload: 'web' } }],
  },
  {
    title: 'an aborted Rollout is still pending before 1m',
    alert: 'DeploymentFailed',
    at: '2m',
    series: argo.info(NS, 'web', [
      ['Progressing', 2],
      ['Abort', 10],
    ]),
    fires: [],
  },
  {
    title: 'a Rollout aborted, then replaced by a completed revision, no longer fails',
    alert: 'DeploymentFailed',
    at: '20m',
    series: argo.info(NS, 'web', [
      ['Progressing', 2],
      ['Abort', 10],
      ['Progressing', 5],
      ['Completed', 10],
    ]),
    fires: [],
  },
  {
    title: 'a Deployment past its progress deadline fails',
    alert: 'DeploymentFailed',
    at: '4m',
    series: ksm.condition(NS, 'api', 'Progressing', [
      ['true', 2],
      ['false', 10],
    ]),
    fires: [{ labels: { namespace: NS, name: 'api', phase: 'ProgressDeadlineExceeded', workload: 'api' } }],
  },
  {
    title: 'healthy Rollouts and Deployments do not fail',
    alert: 'DeploymentFailed',
    at: '5m',
    series: [...argo.info(NS, 'web', [['Completed', 10]]), ...ksm.condition(NS, 'api', 'Progressing', [['true', 10]])],
    fires: [],
  },
  {
    title: 'a Rollout progressing for more than 15m is long-running',
    alert: 'DeploymentLongRunning',
    at: '16m',
    series: argo.info(NS, 'web', [['Progressing', 30]]),
    fires: [{ labels: { namespace: NS, name: 'web', workload: 'web' } }],
  },
  {
    title: 'a Rollout progressing then paused for promotion, 16m in all, is long-running',
    alert: 'DeploymentLongRunning',
    at: '17m',
    series: argo.info(NS, 'web', [
      ['Progressing', 6],
      ['Paused', 20],
    ]),
    fires: [{ labels: { namespace: NS, name: 'web', workload: 'web' } }],
  },
  {
    title: 'a Rollout progressing for 10m is not long-running yet',
    alert: 'DeploymentLongRunning',
    at: '10m',
    series: argo.info(NS, 'web', [['Progressing', 30]]),
    fires: [],
  },
  {
    title: 'a Deployment with old pods for more than 15m is long-running',
    alert: 'DeploymentLongRunning',
    at: '16m',
    series: [
      deployment('kube_deployment_spec_replicas', 'api', [[3, 30]]),
      deployment('kube_deployment_status_replicas', 'api', [[4, 30]]),
      deployment('kube_deployment_status_replicas_updated', 'api', [[1, 30]]),
    ],
    fires: [{ labels: { namespace: NS, name: 'api', workload: 'api' } }],
  },
  {
    title: 'completed Rollouts and updated Deployments are not long-running',
    alert: 'DeploymentLongRunning',
    at: '20m',
    series: [
      ...argo.info(NS, 'web', [['Completed', 30]]),
      deployment('kube_deployment_spec_replicas', 'api', [[3, 30]]),
      deployment('kube_deployment_status_replicas', 'api', [[3, 30]]),
      deployment('kube_deployment_status_replicas_updated', 'api', [[3, 30]]),
    ],
    fires: [],
  },
  {
    title: 'an aborted Rollout whose stable version stays short of pods is a failed rollback',
    alert: 'DeploymentRollbackFailed',
    at: '8m',
    series: [
      ...argo.info(NS, 'web', [
        ['Progressing', 2],
        ['Abort', 20],
      ]),
      argo.replicas('rollout_info_replicas_available', NS, 'web', [
        [3, 2],
        [1, 20],
      ]),
      argo.replicas('rollout_info_replicas_desired', NS, 'web', [[3, 22]]),
    ],
    fires: [{ labels: { namespace: NS, name: 'web', workload: 'web' } }],
  },
  {
    title: 'an aborted Rollout back at full strength rolled back fine',
    alert: 'DeploymentRollbackFailed',
    at: '10m',
    series: [
      ...argo.info(NS, 'web', [
        ['Progressing', 2],
        ['Abort', 20],
      ]),
      argo.replicas('rollout_info_replicas_available', NS, 'web', [[3, 22]]),
      argo.replicas('rollout_info_replicas_desired', NS, 'web', [[3, 22]]),
    ],
    fires: [],
  },
  {
    title: 'the first failed analysis of a rollout is a canary issue (the event series is born at 1)',
    alert: 'DeploymentCanaryIssue',
    at: '6m',
    series: [
      ...argo.info(NS, 'web', [
        ['Progressing', 4],
        ['Abort', 30],
      ]),
      argo.events(NS, 'web', 'Warning', 'AnalysisRunFailed', [4], 34),
      argo.metricPhase(NS, 'web-7c9d8f6b5-2-2', 'success-rate', 'Failed', [
        [null, 4],
        [1, 30],
      ]),
    ],
    fires: [{ labels: { namespace: NS, name: 'web', reason: 'AnalysisRunFailed', workload: 'web' } }],
  },
  {
    title: 'an inconclusive analysis pausing the current rollout is a canary issue',
    alert: 'DeploymentCanaryIssue',
    at: '8m',
    series: [
      ...argo.info(NS, 'api', [
        ['Progressing', 5],
        ['Paused', 30],
      ]),
      argo.events(NS, 'api', 'Normal', 'AnalysisRunRunning', [2], 35),
      argo.events(NS, 'api', 'Normal', 'AnalysisRunInconclusive', [5], 35),
    ],
    fires: [{ labels: { namespace: NS, name: 'api', reason: 'AnalysisRunInconclusive', workload: 'api' } }],
  },
  {
    title: 'a failed run that lingers raises no canary issue once a later revision completed',
    alert: 'DeploymentCanaryIssue',
    at: '40m',
    series: [
      // revision 2 fails its analysis at 4m and aborts; revision 3 starts at 20m and completes at 30m;
      // the failed AnalysisRun of revision 2 stays (Argo keeps up to 5 unsuccessful runs)
      ...argo.info(NS, 'web', [
        ['Progressing', 4],
        ['Abort', 16],
        ['Progressing', 10],
        ['Completed', 20],
      ]),
      argo.events(NS, 'web', 'Warning', 'AnalysisRunFailed', [4], 50),
      argo.events(NS, 'web', 'Normal', 'AnalysisRunSuccessful', [28], 50),
      argo.events(NS, 'web', 'Normal', 'RolloutCompleted', [30], 50),
      argo.metricPhase(NS, 'web-7c9d8f6b5-2-2', 'success-rate', 'Failed', [
        [null, 4],
        [1, 46],
      ]),
      argo.metricPhase(NS, 'web-5b8c7d9f4-3-2', 'success-rate', 'Successful', [
        [null, 28],
        [1, 22],
      ]),
    ],
    fires: [],
  },
  {
    title: 'successful analyses and failing dry-run metrics are not canary issues',
    alert: 'DeploymentCanaryIssue',
    at: '9m',
    series: [
      ...argo.info(NS, 'web', [
        ['Progressing', 8],
        ['Completed', 10],
      ]),
      argo.events(NS, 'web', 'Normal', 'AnalysisRunRunning', [1], 18),
      argo.events(NS, 'web', 'Normal', 'AnalysisRunSuccessful', [7], 18),
      argo.metricPhase(
        NS,
        'web-7c9d8f6b5-2-2',
        'latency',
        'Failed',
        [
          [null, 1],
          [1, 17],
        ],
        true,
      ),
    ],
    fires: [],
  },
  {
    title: 'a Deployment not progressing for 15m is stuck',
    alert: 'KubeDeploymentRolloutStuck',
    at: '18m',
    series: ksm.condition(NS, 'api', 'Progressing', [
      ['true', 2],
      ['false', 30],
    ]),
    fires: [{ labels: { ...deploymentLabels('api'), condition: 'Progressing', status: 'false' } }],
  },
  {
    title: 'a progressing Deployment is not stuck',
    alert: 'KubeDeploymentRolloutStuck',
    at: '20m',
    series: ksm.condition(NS, 'api', 'Progressing', [['true', 30]]),
    fires: [],
  },
  {
    title: 'an unobserved generation for 15m is a mismatch',
    alert: 'KubeDeploymentGenerationMismatch',
    at: '16m',
    series: [
      deployment('kube_deployment_status_observed_generation', 'api', [[1, 30]]),
      deployment('kube_deployment_metadata_generation', 'api', [[2, 30]]),
    ],
    fires: [{ labels: deploymentLabels('api') }],
  },
  {
    title: 'observed generations match',
    alert: 'KubeDeploymentGenerationMismatch',
    at: '20m',
    series: [
      deployment('kube_deployment_status_observed_generation', 'api', [[2, 30]]),
      deployment('kube_deployment_metadata_generation', 'api', [[2, 30]]),
    ],
    fires: [],
  },
  {
    title: 'too few available replicas with no rollout going on is a replicas mismatch',
    alert: 'KubeDeploymentReplicasMismatch',
    at: '30m',
    series: [
      deployment('kube_deployment_spec_replicas', 'api', [[3, 40]]),
      deployment('kube_deployment_status_replicas_available', 'api', [[1, 40]]),
      deployment('kube_deployment_status_replicas_updated', 'api', [[3, 40]]),
    ],
    fires: [{ labels: deploymentLabels('api') }],
  },
  {
    title: 'all replicas available is no mismatch',
    alert: 'KubeDeploymentReplicasMismatch',
    at: '30m',
    series: [
      deployment('kube_deployment_spec_replicas', 'api', [[3, 40]]),
      deployment('kube_deployment_status_replicas_available', 'api', [[3, 40]]),
      deployment('kube_deployment_status_replicas_updated', 'api', [[3, 40]]),
    ],
    fires: [],
  },
  { title: 'the Watchdog always fires', alert: 'Watchdog', at: '1m', series: [], fires: [{ labels: {} }] },
  {
    title: 'kube-state-metrics whose target vanished for 15m is absent',
    alert: 'KubeStateMetricsAbsent',
    at: '25m',
    series: [
      up({ ...KSM_TARGET, namespace: 'monitoring', pod: KSM_POD }, [
        [1, 5],
        [null, 30],
      ]),
    ],
    fires: [{ labels: { job: 'kube-state-metrics' } }],
  },
  {
    title: 'kube-state-metrics down (scraped, failing) for 15m is absent',
    alert: 'KubeStateMetricsAbsent',
    at: '25m',
    series: [
      up({ ...KSM_TARGET, namespace: 'monitoring', pod: KSM_POD }, [
        [1, 5],
        [0, 30],
      ]),
    ],
    fires: [{ labels: { job: 'kube-state-metrics' } }],
  },
  {
    title: 'kube-state-metrics back after a restart is not absent',
    alert: 'KubeStateMetricsAbsent',
    at: '25m',
    series: [
      up({ ...KSM_TARGET, namespace: 'monitoring', pod: KSM_POD }, [
        [1, 5],
        [null, 30],
      ]),
      up({ ...KSM_TARGET, instance: '10.0.1.8:8080', namespace: 'monitoring', pod: 'monitoring-kube-state-metrics-6d4b9c7f8-p7d2k' }, [
        [null, 7],
        [1, 30],
      ]),
    ],
    fires: [],
  },
  {
    title: 'no Argo Rollouts controller target for 15m',
    alert: 'ArgoRolloutsMetricsAbsent',
    at: '20m',
    series: [up({ ...KSM_TARGET, namespace: 'monitoring', pod: KSM_POD }, [[1, 30]])],
    fires: [{ labels: { job: 'argo-rollouts-metrics' } }],
  },
  {
    title: 'the Argo Rollouts controller scraped',
    alert: 'ArgoRolloutsMetricsAbsent',
    at: '20m',
    series: [up({ ...ARGO_TARGET, namespace: 'argo-rollouts' }, [[1, 30]])],
    fires: [],
  },
  {
    title: '10% server errors over 5m breaks the 5% error budget',
    alert: 'ServiceHighErrorRate',
    at: '12m',
    series: [
      { series: 'http_requests_total{job="web", namespace="shop", service="web", code="500"}', values: '0+10x20' },
      { series: 'http_requests_total{job="web", namespace="shop", service="web", code="200"}', values: '0+90x20' },
    ],
    fires: [{ labels: { namespace: NS, service: 'web', workload: 'web' }, value: '10%' }],
  },
  {
    title: '1% server errors, or errors on another service, are within budget',
    alert: 'ServiceHighErrorRate',
    at: '12m',
    series: [
      { series: 'http_requests_total{job="web", namespace="shop", service="web", code="500"}', values: '0+1x20' },
      { series: 'http_requests_total{job="web", namespace="shop", service="web", code="200"}', values: '0+99x20' },
      { series: 'http_requests_total{job="api", namespace="shop", service="api", code="500"}', values: '0+50x20' },
    ],
    fires: [],
  },
  {
    title: 'p99 latency of 1.99s over 10m breaks the 1s objective',
    alert: 'ServiceHighLatency',
    at: '20m',
    series: [
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="0.5"}', values: '0+0x30' },
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="1"}', values: '0+0x30' },
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="2"}', values: '0+10x30' },
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="+Inf"}', values: '0+10x30' },
    ],
    fires: [{ labels: { namespace: NS, service: 'web', workload: 'web' }, value: '1.99s' }],
  },
  {
    title: 'fast requests are within the latency objective',
    alert: 'ServiceHighLatency',
    at: '20m',
    series: [
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="0.5"}', values: '0+10x30' },
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="1"}', values: '0+10x30' },
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="2"}', values: '0+10x30' },
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="+Inf"}', values: '0+10x30' },
    ],
    fires: [],
  },
  // remediation's alerts (namespaces shop, service job "remediation")
  {
    title: 'a Rollout pod waiting in CrashLoopBackOff for 15m is crash looping, with its workload',
    alert: 'KubePodCrashLooping',
    at: '20m',
    series: [
      ksm.waiting(NS, 'api-7c9f6d-x8k2p', 'app', 'CrashLoopBackOff', [[1, 30]]),
      ksm.podOwner(NS, 'api-7c9f6d-x8k2p', { kind: 'ReplicaSet', name: 'api-7c9f6d' }, [[1, 30]]),
      RS('api', '7c9f6d'),
    ],
    fires: [{ labels: { ...ksm.podLabels(NS, 'api-7c9f6d-x8k2p'), container: 'app', reason: 'CrashLoopBackOff', workload: 'api' } }],
  },
  {
    title: 'a bare pod crash looping alerts without a workload',
    alert: 'KubePodCrashLooping',
    at: '20m',
    series: [ksm.waiting(NS, 'debug', 'shell', 'CrashLoopBackOff', [[1, 30]]), ksm.podOwner(NS, 'debug', undefined, [[1, 30]])],
    fires: [{ labels: { ...ksm.podLabels(NS, 'debug'), container: 'shell', reason: 'CrashLoopBackOff' } }],
  },
  {
    title: 'a container that stopped waiting (series gone) no longer crash loops',
    alert: 'KubePodCrashLooping',
    at: '30m',
    series: [
      ksm.waiting(NS, 'api-7c9f6d-x8k2p', 'app', 'CrashLoopBackOff', [
        [1, 18],
        [null, 20],
      ]),
      ...ksm.deploymentPod(NS, 'api', '7c9f6d', 'api-7c9f6d-x8k2p', [[1, 40]]),
    ],
    fires: [],
  },
  {
    title: 'a crash loop in a namespace remediation does not act in stays silent',
    alert: 'KubePodCrashLooping',
    at: '20m',
    series: [ksm.waiting('kube-system', 'dns-1', 'dns', 'CrashLoopBackOff', [[1, 30]])],
    fires: [],
  },
  {
    title: "a ReplicaSet's pod pending for 15m",
    alert: 'KubePodPending',
    at: '20m',
    series: [
      ...ksm.phase(NS, 'api-7c9f6d-x8k2p', [['Pending', 30]]),
      ...ksm.deploymentPod(NS, 'api', '7c9f6d', 'api-7c9f6d-x8k2p', [[1, 30]]),
    ],
    fires: [{ labels: { namespace: NS, pod: 'api-7c9f6d-x8k2p', workload: 'api' } }],
  },
  {
    title: 'a bare pod pending (kube-state-metrics writes empty owner labels) is not remediated: deleting it would lose it',
    alert: 'KubePodPending',
    at: '20m',
    series: [...ksm.phase(NS, 'debug', [['Pending', 30]]), ksm.podOwner(NS, 'debug', undefined, [[1, 30]])],
    fires: [],
  },
  {
    title: "a Job's pending pod is not remediated (deleting it would not be replaced)",
    alert: 'KubePodPending',
    at: '20m',
    series: [...ksm.phase(NS, 'migrate-1', [['Pending', 30]]), ksm.podOwner(NS, 'migrate-1', { kind: 'Job', name: 'migrate' }, [[1, 30]])],
    fires: [],
  },
  {
    title: 'a pod that got scheduled is no longer pending',
    alert: 'KubePodPending',
    at: '30m',
    series: [
      ...ksm.phase(NS, 'api-7c9f6d-x8k2p', [
        ['Pending', 10],
        ['Running', 30],
      ]),
      ...ksm.deploymentPod(NS, 'api', '7c9f6d', 'api-7c9f6d-x8k2p', [[1, 40]]),
    ],
    fires: [],
  },
  {
    title: 'failing remediation actions',
    alert: 'RemediationFailing',
    at: '20m',
    series: [
      {
        series:
          'kubeship_remediation_failures_total{job="remediation", namespace="monitoring", action="deletePod", alert="KubePodCrashLooping"}',
        values: '0+1x30',
      },
    ],
    fires: [{ labels: { namespace: 'monitoring', action: 'deletePod', alert: 'KubePodCrashLooping' }, value: '15' }],
  },
  {
    title: 'no failures, no alert',
    alert: 'RemediationFailing',
    at: '20m',
    series: [
      {
        series:
          'kubeship_remediation_failures_total{job="remediation", namespace="monitoring", action="deletePod", alert="KubePodCrashLooping"}',
        values: '3x30',
      },
    ],
    fires: [],
  },
  {
    title: 'the service not scraped for 10m',
    alert: 'RemediationDown',
    at: '20m',
    series: [{ series: 'up{job="remediation", instance="10.0.0.1:8080"}', values: '0x30' }],
    fires: [{ labels: { job: 'remediation' } }],
  },
  {
    title: 'the service never scraped',
    alert: 'RemediationDown',
    at: '20m',
    series: [{ series: 'up{job="other", instance="10.0.0.2:8080"}', values: '1x30' }],
    fires: [{ labels: { job: 'remediation' } }],
  },
  {
    title: 'the service up',
    alert: 'RemediationDown',
    at: '20m',
    series: [{ series: 'up{job="remediation", instance="10.0.0.1:8080"}', values: '1x30' }],
    fires: [],
  },
  // the monitoring stack's own alerts
  {
    title: 'one of two Alertmanager targets down for 10m is more than 10% down',
    alert: 'TargetDown',
    at: '15m',
    series: [
      up(AM_TARGET, [
        [1, 3],
        [0, 20],
      ]),
      up({ ...AM_TARGET, instance: '10.0.4.8:9093', pod: 'alertmanager-monitoring-1' }, [[1, 23]]),
    ],
    fires: [{ labels: { job: 'alertmanager', namespace: 'monitoring', service: 'alertmanager-operated' }, value: '50' }],
  },
  {
    title: 'targets all up',
    alert: 'TargetDown',
    at: '15m',
    series: [up(AM_TARGET, [[1, 23]]), up(PROM_TARGET, [[1, 23]])],
    fires: [],
  },
  {
    title: 'a failed Prometheus reload',
    alert: 'PrometheusBadConfig',
    at: '20m',
    series: [
      metric('prometheus_config_last_reload_successful', PROM_TARGET, [
        [1, 3],
        [0, 30],
      ]),
    ],
    fires: [{ labels: PROM_TARGET }],
  },
  {
    title: 'a reload that failed once and then succeeded',
    alert: 'PrometheusBadConfig',
    at: '20m',
    series: [
      metric('prometheus_config_last_reload_successful', PROM_TARGET, [
        [1, 3],
        [0, 2],
        [1, 30],
      ]),
    ],
    fires: [],
  },
  {
    title: 'rules failing to evaluate for 15m',
    alert: 'PrometheusRuleFailures',
    at: '20m',
    series: [
      {
        series: `prometheus_rule_evaluation_failures_total${labelSet({ ...PROM_TARGET, rule_group: '/etc/prometheus/rules/prometheus-monitoring-rulefiles-0/shop-web-alerts.yaml;kubeship-service-web' })}`,
        values: '0+1x30',
      },
    ],
    fires: [
      {
        labels: {
          ...PROM_TARGET,
          rule_group: '/etc/prometheus/rules/prometheus-monitoring-rulefiles-0/shop-web-alerts.yaml;kubeship-service-web',
        },
        value: '5',
      },
    ],
  },
  {
    title: 'no rule failures',
    alert: 'PrometheusRuleFailures',
    at: '20m',
    series: [
      { series: `prometheus_rule_evaluation_failures_total${labelSet({ ...PROM_TARGET, rule_group: 'x.yaml;g' })}`, values: '2x30' },
    ],
    fires: [],
  },
  {
    title: 'Prometheus without any Alertmanager',
    alert: 'PrometheusNotConnectedToAlertmanagers',
    at: '20m',
    series: [
      metric('prometheus_notifications_alertmanagers_discovered', PROM_TARGET, [
        [3, 2],
        [0, 30],
      ]),
    ],
    fires: [{ labels: PROM_TARGET }],
  },
  {
    title: 'Prometheus with its Alertmanagers',
    alert: 'PrometheusNotConnectedToAlertmanagers',
    at: '20m',
    series: [metric('prometheus_notifications_alertmanagers_discovered', PROM_TARGET, [[3, 30]])],
    fires: [],
  },
  {
    title: 'a failed Alertmanager reload',
    alert: 'AlertmanagerFailedReload',
    at: '20m',
    series: [
      metric('alertmanager_config_last_reload_successful', AM_TARGET, [
        [1, 3],
        [0, 30],
      ]),
    ],
    fires: [{ labels: AM_TARGET }],
  },
  {
    title: 'Alertmanager reloaded fine',
    alert: 'AlertmanagerFailedReload',
    at: '20m',
    series: [metric('alertmanager_config_last_reload_successful', AM_TARGET, [[1, 30]])],
    fires: [],
  },
  {
    title: 'every second Slack notification failing with server errors',
    alert: 'AlertmanagerFailedToSendAlerts',
    at: '15m',
    series: [
      // Alertmanager 0.28.1 notify/notify.go: notifications_total{integration}, notifications_failed_total{integration, reason}
      // (reasons other, clientError, serverError, contextCanceled, contextDeadlineExceeded, all initialised at 0)
      { series: `alertmanager_notifications_total${labelSet({ ...AM_TARGET, integration: 'slack' })}`, values: '0+2x20' },
      {
        series: `alertmanager_notifications_failed_total${labelSet({ ...AM_TARGET, integration: 'slack', reason: 'serverError' })}`,
        values: '0+1x20',
      },
      {
        series: `alertmanager_notifications_failed_total${labelSet({ ...AM_TARGET, integration: 'slack', reason: 'clientError' })}`,
        values: '0x20',
      },
      { series: `alertmanager_notifications_total${labelSet({ ...AM_TARGET, integration: 'pagerduty' })}`, values: '0+1x20' },
      {
        series: `alertmanager_notifications_failed_total${labelSet({ ...AM_TARGET, integration: 'pagerduty', reason: 'serverError' })}`,
        values: '0x20',
      },
    ],
    fires: [{ labels: { ...AM_TARGET, integration: 'slack', reason: 'serverError' }, value: '50%' }],
  },
  {
    title: 'notifications all delivered',
    alert: 'AlertmanagerFailedToSendAlerts',
    at: '15m',
    series: [
      { series: `alertmanager_notifications_total${labelSet({ ...AM_TARGET, integration: 'slack' })}`, values: '0+2x20' },
      {
        series: `alertmanager_notifications_failed_total${labelSet({ ...AM_TARGET, integration: 'slack', reason: 'serverError' })}`,
        values: '0x20',
      },
    ],
    fires: [],
  },
  {
    title: "a third of the operator's Prometheus reconciles failing",
    alert: 'PrometheusOperatorReconcileErrors',
    at: '20m',
    series: [
      {
        series: `prometheus_operator_reconcile_operations_total${labelSet({ ...OPERATOR_TARGET, controller: 'prometheus' })}`,
        values: '0+3x30',
      },
      {
        series: `prometheus_operator_reconcile_errors_total${labelSet({ ...OPERATOR_TARGET, controller: 'prometheus' })}`,
        values: '0+1x30',
      },
    ],
    fires: [{ labels: { controller: 'prometheus', namespace: 'monitoring' }, value: '33.33%' }],
  },
  {
    title: 'operator reconciling without errors',
    alert: 'PrometheusOperatorReconcileErrors',
    at: '20m',
    series: [
      {
        series: `prometheus_operator_reconcile_operations_total${labelSet({ ...OPERATOR_TARGET, controller: 'prometheus' })}`,
        values: '0+3x30',
      },
      { series: `prometheus_operator_reconcile_errors_total${labelSet({ ...OPERATOR_TARGET, controller: 'prometheus' })}`, values: '0x30' },
    ],
    fires: [],
  },
  {
    title: 'Grafana never scraped and the operator gone for 15m',
    alert: 'MonitoringComponentAbsent',
    at: '25m',
    series: [
      up(AM_TARGET, [[1, 40]]),
      up(OPERATOR_TARGET, [
        [1, 5],
        [null, 35],
      ]),
    ],
    fires: [{ labels: { job: 'prometheus-operator' } }, { labels: { job: 'grafana' } }],
  },
  {
    title: 'every component scraped',
    alert: 'MonitoringComponentAbsent',
    at: '25m',
    series: [
      up(AM_TARGET, [[1, 40]]),
      up(OPERATOR_TARGET, [[1, 40]]),
      up({ ...AM_TARGET, job: 'grafana', service: 'monitoring-grafana' }, [[1, 40]]),
    ],
    fires: [],
  },
  // Velero: a schedule every 30 minutes, so no success for 90m (30m + 1h) is overdue
  {
    title: 'a failed backup fires at once',
    alert: 'VeleroBackupFailed',
    at: '12m',
    series: [
      velero.lastStatus(SCHEDULE, [
        [1, 11],
        [0, 20],
      ]),
      velero.successes(SCHEDULE, [5], 31),
    ],
    fires: [{ labels: { schedule: SCHEDULE } }],
  },
  {
    title: 'a failed backup followed by a successful one resolves',
    alert: 'VeleroBackupFailed',
    at: '30m',
    series: [
      velero.lastStatus(SCHEDULE, [
        [1, 11],
        [0, 10],
        [1, 10],
      ]),
      velero.successes(SCHEDULE, [5, 21], 31),
    ],
    fires: [],
  },
  {
    // Velero forgets a failure when it restarts (InitSchedule sets 1): VeleroBackupOverdue still catches it
    title: 'after a Velero restart the new pod reports status 1 again',
    alert: 'VeleroBackupFailed',
    at: '30m',
    series: [
      velero.lastStatus(SCHEDULE, [
        [1, 11],
        [0, 9],
        [null, 11],
      ]),
      velero.lastStatus(
        SCHEDULE,
        [
          [null, 20],
          [1, 11],
        ],
        NEW_VELERO_POD,
      ),
    ],
    fires: [],
  },
  {
    title: 'no success for 90 minutes is overdue',
    alert: 'VeleroBackupOverdue',
    at: '101m',
    series: [velero.successes(SCHEDULE, [10], 110), velero.lastSuccess(SCHEDULE, [10], 110)],
    fires: [{ labels: { schedule: SCHEDULE } }],
  },
  {
    title: 'a success 85 minutes ago is not overdue yet',
    alert: 'VeleroBackupOverdue',
    at: '95m',
    series: [velero.successes(SCHEDULE, [10], 110), velero.lastSuccess(SCHEDULE, [10], 110)],
    fires: [],
  },
  {
    title: 'backups every 30 minutes are never overdue',
    alert: 'VeleroBackupOverdue',
    at: '200m',
    series: [
      velero.successes(SCHEDULE, [0, 30, 60, 90, 120, 150, 180], 210),
      velero.lastSuccess(SCHEDULE, [0, 30, 60, 90, 120, 150, 180], 210),
    ],
    fires: [],
  },
  {
    // the old pod's counter (with the success) goes stale at the restart; the new pod's starts at 0
    // and its last-success gauge does not exist: the sum over both still sees the success until 90m after it
    title: 'a success before a Velero restart counts until the window passes it, then the restarted Velero is overdue',
    alert: 'VeleroBackupOverdue',
    at: '101m',
    series: [
      velero.successes(SCHEDULE, [10], 110, { until: 30 }),
      velero.lastSuccess(SCHEDULE, [10], 110, undefined, 30),
      velero.successes(SCHEDULE, [], 110, { from: 30, pod: NEW_VELERO_POD }),
    ],
    fires: [{ labels: { schedule: SCHEDULE } }],
  },
  {
    title: 'the same restart, 85 minutes after the success: not overdue',
    alert: 'VeleroBackupOverdue',
    at: '95m',
    series: [
      velero.successes(SCHEDULE, [10], 110, { until: 30 }),
      velero.lastSuccess(SCHEDULE, [10], 110, undefined, 30),
      velero.successes(SCHEDULE, [], 110, { from: 30, pod: NEW_VELERO_POD }),
    ],
    fires: [],
  },
  {
    // Prometheus' history starts after the success (the counter is flat in it): the timestamp vouches
    title: 'a Prometheus with less history than the window trusts the last-success timestamp',
    alert: 'VeleroBackupOverdue',
    at: '80m',
    series: [velero.successes(SCHEDULE, [0], 110), velero.lastSuccess(SCHEDULE, [0], 110)],
    fires: [],
  },
  {
    title: 'no Velero series for 15 minutes: the schedule is not reported',
    alert: 'VeleroScheduleNotReported',
    at: '16m',
    series: [velero.successes(OTHER_SCHEDULE, [], 20)],
    fires: [{ labels: { schedule: SCHEDULE, job: 'velero' } }],
  },
  {
    title: 'a reported schedule without backups yet is not "not reported"',
    alert: 'VeleroScheduleNotReported',
    at: '16m',
    series: [velero.successes(SCHEDULE, [], 20)],
    fires: [],
  },
];

const groups: RuleGroup[] = [
  ...deploymentAlertGroups(),
  serviceAlertGroup({ service: 'web', namespace: 'shop', workload: 'web' }),
  remediationAlertGroup({ namespaces: ['shop'], serviceJob: 'remediation' }),
  monitoringAlertGroup({
    jobs: { prometheus: 'prometheus', alertmanager: 'alertmanager', operator: 'prometheus-operator', grafana: 'grafana' },
  }),
  backupAlertGroup([{ schedule: SCHEDULE, alertAfterSeconds: 90 * 60 }]),
];
const ruleList = groups.flatMap((g) => g.rules);
const rules = new Map(ruleList.map((r) => [r.alert, r] as const));

/** Expands the annotation templates the way Prometheus does for the given labels and value text. */
function expand(template: string, labels: Record<string, string>, value?: string): string {
  return template
    .replace(/\{\{ \$labels\.([a-zA-Z_]+) \}\}/g, (_, name: string) => labels[name] ?? '')
    .replace(/\{\{ (?:printf "[^"]*" )?\$value[^}]*\}\}/g, () => {
      if (value === undefined) {
        throw new Error(`template ${template} needs a value text in the test case`);
      }
      return value;
    });
}

function testFile(ruleFileName: string): object {
  return {
    rule_files: [ruleFileName],
    evaluation_interval: '30s',
    tests: CASES.map((c) => {
      // an alert name may have several rules (one per job): the one whose own labels the alert carries
      const ruleFor = (labels: Record<string, string>) =>
        ruleList.find(
          (r) => r.alert === c.alert && Object.entries(r.labels).every(([k, v]) => k === 'severity' || (labels[k] ?? v) === v),
        )!;
      return {
        name: c.title,
        interval: '1m',
        input_series: c.series,
        alert_rule_test: [
          {
            eval_time: c.at,
            alertname: c.alert,
            exp_alerts: c.fires.map((f) => {
              const rule = ruleFor(f.labels);
              const labels = { ...rule.labels, ...f.labels };
              return {
                exp_labels: labels,
                exp_annotations: Object.fromEntries(Object.entries(rule.annotations).map(([k, v]) => [k, expand(v, labels, f.value)])),
              };
            }),
          },
        ],
      };
    }),
  };
}

describe('promtool', () => {
  const tmp = tempDir('promtool');
  afterAll(() => tmp.remove());

  test('every generated alert has a firing case and a silent case', () => {
    for (const alert of rules.keys()) {
      const cases = CASES.filter((c) => c.alert === alert);
      expect({ alert, fires: cases.some((c) => c.fires.length > 0) }).toEqual({ alert, fires: true });
      if (alert !== 'Watchdog') {
        expect({ alert, silent: cases.some((c) => c.fires.length === 0) }).toEqual({ alert, silent: true });
      }
    }
  });

  test('promtool check rules accepts every generated rule file (defaults, overrides, namespace scope)', () => {
    const variants: Record<string, RuleGroup[]> = {
      'defaults.rules.yaml': groups,
      'scoped.rules.yaml': [
        ...deploymentAlertGroups({
          namespaceSelector: 'namespace=~"shop|payments"',
          longRunningAfter: '30m',
          labels: { team: 'platform' },
          overrides: { DeploymentCanaryIssue: { severity: 'critical', for: '2m' }, Watchdog: { disabled: true } },
        }),
        serviceAlertGroup({ service: 'api' }, { maxErrorRatio: 0.01, latency: { quantile: 0.95, maxSeconds: 0.3 }, rateWindow: '2m' }),
      ],
    };
    for (const [name, content] of Object.entries(variants)) {
      fs.writeFileSync(path.join(tmp.dir, name), yaml.stringify(ruleFile(content)));
      const result = run('promtool', ['check', 'rules', path.join(tmp.dir, name)]);
      expect({ name, code: result.code, output: result.output }).toEqual({ name, code: 0, output: expect.stringContaining('SUCCESS') });
    }
  });

  test('promtool test rules: each alert fires on its bad series and stays silent on healthy ones', () => {
    fs.writeFileSync(path.join(tmp.dir, 'alerts.rules.yaml'), yaml.stringify(ruleFile(groups)));
    fs.writeFileSync(path.join(tmp.dir, 'alerts.test.yaml'), yaml.stringify(testFile('alerts.rules.yaml')));
    const result = run('promtool', ['test', 'rules', 'alerts.test.yaml'], { cwd: tmp.dir });
    expect(result.output).toContain('SUCCESS');
    expect(result.code).toBe(0);
  });

  test('promtool test rules fails when an expectation is wrong (the harness can fail)', () => {
    const broken = testFile('alerts.rules.yaml') as { tests: Array<{ alert_rule_test: Array<{ exp_alerts: unknown[] }> }> };
    broken.tests[0].alert_rule_test[0].exp_alerts = [];
    fs.writeFileSync(path.join(tmp.dir, 'alerts.rules.yaml'), yaml.stringify(ruleFile(groups)));
    fs.writeFileSync(path.join(tmp.dir, 'broken.test.yaml'), yaml.stringify(broken));
    const result = run('promtool', ['test', 'rules', 'broken.test.yaml'], { cwd: tmp.dir });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('DeploymentFailed');
  });
});

describe('dashboard queries on exporter-shaped series (promtool promql_expr_test)', () => {
  const tmp = tempDir('promtool-dashboards');
  afterAll(() => tmp.remove());

  /** The expression of a panel's first target, with the dashboard variables filled in as Grafana would. */
  const panelQuery = (title: string): string => {
    const panel = (deploymentMetricsDashboard().panels as any[]).find((p) => p.title === title);
    return panel.targets[0].expr.replace(/\$__range/g, '1h').replace(/\$environment/g, '.*');
  };
  const labels = (namespace: string, deployment: string, managed: boolean) => ({
    ...ksm.deploymentLabels(namespace, deployment),
    ...(managed ? { label_app_kubernetes_io_managed_by: 'kubeship' } : {}),
  });

  test('events born within the range are counted; only Deployments kubeship renders are tracked', () => {
    const minutes = 60;
    const series: Series[] = [
      // one rollout completed once and aborted once within the hour: both counter series are born then
      argo.events(NS, 'web', 'Normal', 'RolloutCompleted', [10], minutes),
      argo.events(NS, 'web', 'Warning', 'RolloutAborted', [20], minutes),
      // another completed twice: born before the range, incremented within it
      argo.events(NS, 'api', 'Normal', 'RolloutCompleted', [0, 45], minutes + 30),
      ...argo.info(NS, 'web', [['Completed', minutes + 30]]),
      ...argo.info(NS, 'api', [['Completed', minutes + 30]]),
      // kube-state-metrics: one Deployment of ours, and coredns, which is not
      ksm.deployment('kube_deployment_spec_replicas', NS, 'worker', [[2, minutes + 30]]),
      ksm.deployment('kube_deployment_spec_replicas', 'kube-system', 'coredns', [[2, minutes + 30]]),
      { series: `kube_deployment_labels${labelSet(labels(NS, 'worker', true))}`, values: samples([[1, minutes + 30]]) },
      { series: `kube_deployment_labels${labelSet(labels('kube-system', 'coredns', false))}`, values: samples([[1, minutes + 30]]) },
    ].map((s, i) => (i < 2 ? { ...s, values: `${'_ '.repeat(30)}${s.values}` } : s));
    const file = {
      rule_files: [],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: series,
          // the range is the last hour (30m..90m): web's two events happened at 40m and 50m, api's second at 75m
          promql_expr_test: [
            { expr: panelQuery('Aborted rollouts (time range)'), eval_time: '89m', exp_samples: [{ labels: '{}', value: 1 }] },
            { expr: panelQuery('Success rate (time range)'), eval_time: '89m', exp_samples: [{ labels: '{}', value: 2 / 3 }] },
            { expr: panelQuery('Tracked workloads'), eval_time: '89m', exp_samples: [{ labels: '{}', value: 3 }] },
          ],
        },
      ],
    };
    fs.writeFileSync(path.join(tmp.dir, 'dashboards.test.yaml'), yaml.stringify(file));
    const result = run('promtool', ['test', 'rules', 'dashboards.test.yaml'], { cwd: tmp.dir });
    expect(result.output).toContain('SUCCESS');
    expect(result.code).toBe(0);
  });
});
