/**
 * Alert-to-action latency of remediation: a real Alertmanager (Debian trixie's 0.28.1, fetched by
 * `npm run tools`) on 127.0.0.1 runs the configuration a MonitoringStack with `remediation`
 * synthesizes, the service runs with node from the synthesized ConfigMap, and a stub Kubernetes API
 * records when each DELETE arrives. Crash-loop alerts for several workloads are posted at once. The
 * reference in the same run is the remediation route's group_wait (the delay Alertmanager holds a
 * new group by design): goal latency <= group_wait + 2 s, well inside the brief's 2 minutes for
 * scaling operations. Writes bench/remediation-results.json.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Chart, Testing } from 'cdk8s';
import * as yaml from 'yaml';
import { MonitoringStack } from '../constructs';
import { durationSeconds } from '../constructs/core/duration';
import { RealAlertmanager } from '../test/helpers/alertmanager';
import { prodNotifications, stubCredentials } from '../test/helpers/alerting-fixture';
import { containerEnv, crashingPod, KubeApiStub, RemediationProcess } from '../test/helpers/remediation';
import { freePort, LoopbackStub } from '../test/helpers/servers';

const WORKLOADS = Number(process.env.BENCH_REMEDIATION_WORKLOADS ?? 10);

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

async function main(): Promise<void> {
  const chart = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
  new MonitoringStack(chart, 'Monitoring', { name: 'main', environment: 'prod', grafana: false, notifications: prodNotifications(), remediation: { namespaces: ['shop'] } });
  const manifests = Testing.synth(chart);
  const find = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);
  const secret = find('Secret', 'alertmanager-main');
  const route = yaml.parse(secret.stringData['alertmanager.yaml']).route.routes.find((r: any) => r.receiver === 'remediation');
  const groupWaitMs = durationSeconds(route.group_wait)! * 1000;

  const api = await new KubeApiStub().start();
  const receivers = await new LoopbackStub().start();
  const pods = Array.from({ length: WORKLOADS }, (_, i) => ({ pod: `app${i}-7c9f-aaaaa`, replicaSet: `app${i}-7c9f` }));
  for (const { pod, replicaSet } of pods) {
    api.objects.set(`/api/v1/namespaces/shop/pods/${pod}`, crashingPod('shop', pod, replicaSet));
  }
  api.objects.set('/api/v1/namespaces/monitoring/configmaps/main-remediation-state', find('ConfigMap', 'main-remediation-state'));
  const port = await freePort();
  const files = { ...secret.stringData, 'alertmanager.yaml': secret.stringData['alertmanager.yaml'].replace('http://main-remediation.monitoring.svc:8080/alerts', `http://127.0.0.1:${port}/alerts`) };
  const alertmanager = await RealAlertmanager.start(files, stubCredentials(receivers, 'bench-routing-key'));
  let service: RemediationProcess | undefined;
  try {
    service = await RemediationProcess.start(find('ConfigMap', 'main-remediation').data, api.url, alertmanager.base, port,
      containerEnv(find('Deployment', 'main-remediation'), 'monitoring'));
    const posted = Date.now();
    await alertmanager.post(pods.map(({ pod }) => ({ labels: { alertname: 'KubePodCrashLooping', severity: 'warning', namespace: 'shop', pod, container: 'app' } })));
    const deadline = posted + 60_000;
    while (api.actions.length < WORKLOADS && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    if (api.actions.length < WORKLOADS) {
      throw new Error(`only ${api.actions.length} of ${WORKLOADS} pods deleted within 60 s\n${service.log}\n${alertmanager.log}`);
    }
    const latencies = api.actions.map((a) => a.at! - posted);
    const worst = Math.max(...latencies);
    const overhead = worst - groupWaitMs;
    console.log(`Alert-to-action latency, ${WORKLOADS} crash-looping workloads alerted at once (real Alertmanager 0.28.1, Node ${process.version})`);
    console.log(`deletes ${latencies.length} | median ${percentile(latencies, 0.5)} ms | max ${worst} ms | max / group_wait ${(worst / groupWaitMs).toFixed(2)}`);
    console.log(`reference group_wait ${groupWaitMs} ms; worst = group_wait + ${overhead} ms (goal <= group_wait + 2000 ms: ${overhead <= 2000 ? 'met' : 'MISSED'}; `
      + `brief's 2 minutes: ${worst <= 120_000 ? 'met' : 'MISSED'})`);
    fs.writeFileSync(path.join(__dirname, 'remediation-results.json'), JSON.stringify({
      benchmark: 'crash-loop alert to pod deletion, real Alertmanager and the shipped service',
      node: process.version,
      workloads: WORKLOADS,
      groupWaitMs,
      medianMs: percentile(latencies, 0.5),
      worstMs: worst,
      overheadOverGroupWaitMs: overhead,
      goals: { overheadAtMostMs: 2000, briefBoundMs: 120_000 },
    }, null, 2) + '\n');
  } finally {
    await service?.stop();
    await alertmanager.stop();
    await Promise.all([api.stop(), receivers.stop()]);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
