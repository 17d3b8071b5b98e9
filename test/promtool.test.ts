/**
 * The generated alert rules, proven with the real promtool (Debian trixie's 2.53): `check rules`
 * on every rule file, and `test rules` cases for every alert — it fires on a bad series at the
 * expected time with the expected labels and annotations, and stays silent on a healthy one.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'yaml';
import { deploymentAlertGroups, remediationAlertGroup, ruleFile, RuleGroup, serviceAlertGroup } from '../constructs';
import { run, tempDir } from './helpers/tools';

interface Series { readonly series: string; readonly values: string }
interface Case {
  /** What the case shows. */
  readonly title: string;
  readonly alert: string;
  readonly series: Series[];
  readonly at: string;
  /** Expected firing alerts: their labels (besides the rule's), and the text of `{{ $value ... }}`. */
  readonly fires: Array<{ labels: Record<string, string>; value?: string }>;
}

const KSM = 'job="kube-state-metrics"';
const ARGO = 'job="argo-rollouts-metrics"';
const rollout = (name: string, phase: string) => `rollout_info{${ARGO}, namespace="shop", name="${name}", strategy="canary", phase="${phase}"}`;
const deployment = (metric: string, name: string, extra = '') => `${metric}{${KSM}, namespace="shop", deployment="${name}"${extra}}`;
const condition = (name: string, status: string) => deployment('kube_deployment_status_condition', name, `, condition="Progressing", status="${status}"`);
const ksmLabels = (name: string) => ({ job: 'kube-state-metrics', namespace: 'shop', deployment: name });

const CASES: Case[] = [
  {
    title: 'an aborted Rollout fails the deployment after 1m', alert: 'DeploymentFailed', at: '2m',
    series: [{ series: rollout('web', 'Abort'), values: '1x10' }],
    fires: [{ labels: { namespace: 'shop', name: 'web', phase: 'Abort' } }],
  },
  {
    title: 'an aborted Rollout is still pending before 1m', alert: 'DeploymentFailed', at: '30s',
    series: [{ series: rollout('web', 'Abort'), values: '1x10' }], fires: [],
  },
  {
    title: 'a Deployment past its progress deadline fails', alert: 'DeploymentFailed', at: '2m',
    series: [{ series: condition('api', 'false'), values: '1x10' }, { series: condition('api', 'true'), values: '0x10' }],
    fires: [{ labels: { namespace: 'shop', name: 'api', phase: 'ProgressDeadlineExceeded' } }],
  },
  {
    title: 'healthy Rollouts and Deployments do not fail', alert: 'DeploymentFailed', at: '5m',
    series: [
      { series: rollout('web', 'Completed'), values: '1x10' },
      { series: condition('api', 'true'), values: '1x10' }, { series: condition('api', 'false'), values: '0x10' },
    ],
    fires: [],
  },
  {
    title: 'a Rollout progressing for more than 15m is long-running', alert: 'DeploymentLongRunning', at: '16m',
    series: [{ series: rollout('web', 'Progressing'), values: '1x30' }],
    fires: [{ labels: { namespace: 'shop', name: 'web' } }],
  },
  {
    title: 'a Rollout progressing for 10m is not long-running yet', alert: 'DeploymentLongRunning', at: '10m',
    series: [{ series: rollout('web', 'Progressing'), values: '1x30' }], fires: [],
  },
  {
    title: 'a Deployment with old pods for more than 15m is long-running', alert: 'DeploymentLongRunning', at: '16m',
    series: [
      { series: deployment('kube_deployment_spec_replicas', 'api'), values: '3x30' },
      { series: deployment('kube_deployment_status_replicas', 'api'), values: '4x30' },
      { series: deployment('kube_deployment_status_replicas_updated', 'api'), values: '1x30' },
    ],
    fires: [{ labels: { namespace: 'shop', name: 'api' } }],
  },
  {
    title: 'completed Rollouts and updated Deployments are not long-running', alert: 'DeploymentLongRunning', at: '20m',
    series: [
      { series: rollout('web', 'Completed'), values: '1x30' },
      { series: deployment('kube_deployment_spec_replicas', 'api'), values: '3x30' },
      { series: deployment('kube_deployment_status_replicas', 'api'), values: '3x30' },
      { series: deployment('kube_deployment_status_replicas_updated', 'api'), values: '3x30' },
    ],
    fires: [],
  },
  {
    title: 'an aborted Rollout whose stable version stays short of pods is a failed rollback', alert: 'DeploymentRollbackFailed', at: '6m',
    series: [
      { series: rollout('web', 'Abort'), values: '1x20' },
      { series: `rollout_info_replicas_available{${ARGO}, namespace="shop", name="web"}`, values: '1x20' },
      { series: `rollout_info_replicas_desired{${ARGO}, namespace="shop", name="web"}`, values: '3x20' },
    ],
    fires: [{ labels: { namespace: 'shop', name: 'web' } }],
  },
  {
    title: 'an aborted Rollout back at full strength rolled back fine', alert: 'DeploymentRollbackFailed', at: '10m',
    series: [
      { series: rollout('web', 'Abort'), values: '1x20' },
      { series: `rollout_info_replicas_available{${ARGO}, namespace="shop", name="web"}`, values: '3x20' },
      { series: `rollout_info_replicas_desired{${ARGO}, namespace="shop", name="web"}`, values: '3x20' },
    ],
    fires: [],
  },
  {
    title: 'a failing analysis metric is a canary issue', alert: 'DeploymentCanaryIssue', at: '2m',
    series: [{
      series: `analysis_run_metric_phase{${ARGO}, namespace="shop", name="web-7c9d-2-1", metric="success-rate", type="Prometheus", dry_run="false", phase="Failed"}`,
      values: '1x10',
    }],
    fires: [{ labels: { namespace: 'shop', name: 'web-7c9d-2-1', metric: 'success-rate', phase: 'Failed' } }],
  },
  {
    title: 'successful analyses and failing dry runs are not canary issues', alert: 'DeploymentCanaryIssue', at: '5m',
    series: [
      { series: `analysis_run_metric_phase{${ARGO}, namespace="shop", name="web-7c9d-2-1", metric="success-rate", type="Prometheus", dry_run="false", phase="Successful"}`, values: '1x10' },
      { series: `analysis_run_metric_phase{${ARGO}, namespace="shop", name="web-7c9d-2-1", metric="latency", type="Prometheus", dry_run="true", phase="Failed"}`, values: '1x10' },
    ],
    fires: [],
  },
  {
    title: 'a Deployment not progressing for 15m is stuck', alert: 'KubeDeploymentRolloutStuck', at: '16m',
    series: [{ series: condition('api', 'false'), values: '1x30' }],
    fires: [{ labels: { ...ksmLabels('api'), condition: 'Progressing', status: 'false' } }],
  },
  {
    title: 'a progressing Deployment is not stuck', alert: 'KubeDeploymentRolloutStuck', at: '20m',
    series: [{ series: condition('api', 'false'), values: '0x30' }, { series: condition('api', 'true'), values: '1x30' }], fires: [],
  },
  {
    title: 'an unobserved generation for 15m is a mismatch', alert: 'KubeDeploymentGenerationMismatch', at: '16m',
    series: [
      { series: deployment('kube_deployment_status_observed_generation', 'api'), values: '1x30' },
      { series: deployment('kube_deployment_metadata_generation', 'api'), values: '2x30' },
    ],
    fires: [{ labels: ksmLabels('api') }],
  },
  {
    title: 'observed generations match', alert: 'KubeDeploymentGenerationMismatch', at: '20m',
    series: [
      { series: deployment('kube_deployment_status_observed_generation', 'api'), values: '2x30' },
      { series: deployment('kube_deployment_metadata_generation', 'api'), values: '2x30' },
    ],
    fires: [],
  },
  {
    title: 'too few available replicas with no rollout going on is a replicas mismatch', alert: 'KubeDeploymentReplicasMismatch', at: '30m',
    series: [
      { series: deployment('kube_deployment_spec_replicas', 'api'), values: '3x40' },
      { series: deployment('kube_deployment_status_replicas_available', 'api'), values: '1x40' },
      { series: deployment('kube_deployment_status_replicas_updated', 'api'), values: '3x40' },
    ],
    fires: [{ labels: ksmLabels('api') }],
  },
  {
    title: 'all replicas available is no mismatch', alert: 'KubeDeploymentReplicasMismatch', at: '30m',
    series: [
      { series: deployment('kube_deployment_spec_replicas', 'api'), values: '3x40' },
      { series: deployment('kube_deployment_status_replicas_available', 'api'), values: '3x40' },
      { series: deployment('kube_deployment_status_replicas_updated', 'api'), values: '3x40' },
    ],
    fires: [],
  },
  { title: 'the Watchdog always fires', alert: 'Watchdog', at: '1m', series: [], fires: [{ labels: {} }] },
  {
    title: '10% server errors over 5m breaks the 5% error budget', alert: 'ServiceHighErrorRate', at: '12m',
    series: [
      { series: 'http_requests_total{job="web", namespace="shop", service="web", code="500"}', values: '0+10x20' },
      { series: 'http_requests_total{job="web", namespace="shop", service="web", code="200"}', values: '0+90x20' },
    ],
    fires: [{ labels: { namespace: 'shop', service: 'web' }, value: '10%' }],
  },
  {
    title: '1% server errors, or errors on another service, are within budget', alert: 'ServiceHighErrorRate', at: '12m',
    series: [
      { series: 'http_requests_total{job="web", namespace="shop", service="web", code="500"}', values: '0+1x20' },
      { series: 'http_requests_total{job="web", namespace="shop", service="web", code="200"}', values: '0+99x20' },
      { series: 'http_requests_total{job="api", namespace="shop", service="api", code="500"}', values: '0+50x20' },
    ],
    fires: [],
  },
  {
    title: 'p99 latency of 1.99s over 10m breaks the 1s objective', alert: 'ServiceHighLatency', at: '20m',
    series: [
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="0.5"}', values: '0+0x30' },
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="1"}', values: '0+0x30' },
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="2"}', values: '0+10x30' },
      { series: 'http_request_duration_seconds_bucket{job="web", namespace="shop", service="web", le="+Inf"}', values: '0+10x30' },
    ],
    fires: [{ labels: { namespace: 'shop', service: 'web' }, value: '1.99s' }],
  },
  {
    title: 'fast requests are within the latency objective', alert: 'ServiceHighLatency', at: '20m',
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
    title: 'a container waiting in CrashLoopBackOff for 15m is crash looping', alert: 'KubePodCrashLooping', at: '20m',
    series: [{ series: `kube_pod_container_status_waiting_reason{${KSM}, namespace="shop", pod="api-1", container="app", reason="CrashLoopBackOff"}`, values: '1x30' }],
    fires: [{ labels: { job: 'kube-state-metrics', namespace: 'shop', pod: 'api-1', container: 'app', reason: 'CrashLoopBackOff' } }],
  },
  {
    title: 'a crash loop in a namespace remediation does not act in stays silent', alert: 'KubePodCrashLooping', at: '20m',
    series: [{ series: `kube_pod_container_status_waiting_reason{${KSM}, namespace="kube-system", pod="dns-1", container="dns", reason="CrashLoopBackOff"}`, values: '1x30' }],
    fires: [],
  },
  {
    title: 'a ReplicaSet\'s pod pending for 15m', alert: 'KubePodPending', at: '20m',
    series: [
      { series: `kube_pod_status_phase{${KSM}, namespace="shop", pod="api-1", phase="Pending"}`, values: '1x30' },
      { series: `kube_pod_owner{${KSM}, namespace="shop", pod="api-1", owner_kind="ReplicaSet", owner_name="api-7c9f"}`, values: '1x30' },
    ],
    fires: [{ labels: { namespace: 'shop', pod: 'api-1' } }],
  },
  {
    title: 'a Job\'s pending pod is not remediated (deleting it would not be replaced)', alert: 'KubePodPending', at: '20m',
    series: [
      { series: `kube_pod_status_phase{${KSM}, namespace="shop", pod="migrate-1", phase="Pending"}`, values: '1x30' },
      { series: `kube_pod_owner{${KSM}, namespace="shop", pod="migrate-1", owner_kind="Job", owner_name="migrate"}`, values: '1x30' },
    ],
    fires: [],
  },
  {
    title: 'failing remediation actions', alert: 'RemediationFailing', at: '20m',
    series: [{ series: 'kubeship_remediation_failures_total{job="remediation", namespace="monitoring", action="deletePod", alert="KubePodCrashLooping"}', values: '0+1x30' }],
    fires: [{ labels: { namespace: 'monitoring', action: 'deletePod', alert: 'KubePodCrashLooping' }, value: '15' }],
  },
  {
    title: 'no failures, no alert', alert: 'RemediationFailing', at: '20m',
    series: [{ series: 'kubeship_remediation_failures_total{job="remediation", namespace="monitoring", action="deletePod", alert="KubePodCrashLooping"}', values: '3x30' }],
    fires: [],
  },
  {
    title: 'the service not scraped for 10m', alert: 'RemediationDown', at: '20m',
    series: [{ series: 'up{job="remediation", instance="10.0.0.1:8080"}', values: '0x30' }],
    fires: [{ labels: { job: 'remediation' } }],
  },
  {
    title: 'the service never scraped', alert: 'RemediationDown', at: '20m',
    series: [{ series: 'up{job="other", instance="10.0.0.2:8080"}', values: '1x30' }],
    fires: [{ labels: { job: 'remediation' } }],
  },
  {
    title: 'the service up', alert: 'RemediationDown', at: '20m',
    series: [{ series: 'up{job="remediation", instance="10.0.0.1:8080"}', values: '1x30' }],
    fires: [],
  },
];

const groups: RuleGroup[] = [...deploymentAlertGroups(), serviceAlertGroup({ service: 'web', namespace: 'shop' }),
  remediationAlertGroup({ namespaces: ['shop'], serviceJob: 'remediation' })];
const rules = new Map(groups.flatMap((g) => g.rules.map((r) => [r.alert, r] as const)));

/** Expands the annotation templates the way Prometheus does for the given labels and value text. */
function expand(template: string, labels: Record<string, string>, value?: string): string {
  return template
    .replace(/\{\{ \$labels\.([a-zA-Z_]+) \}\}/g, (_, name: string) => labels[name] ?? '')
    .replace(/\{\{ \$value[^}]*\}\}/g, () => {
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
      const rule = rules.get(c.alert)!;
      return {
        name: c.title,
        interval: '1m',
        input_series: c.series,
        alert_rule_test: [{
          eval_time: c.at,
          alertname: c.alert,
          exp_alerts: c.fires.map((f) => {
            const labels = { ...rule.labels, ...f.labels };
            return {
              exp_labels: labels,
              exp_annotations: Object.fromEntries(Object.entries(rule.annotations).map(([k, v]) => [k, expand(v, labels, f.value)])),
            };
          }),
        }],
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
