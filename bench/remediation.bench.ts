/**
 * Alert-to-action latency of remediation: a real Alertmanager (Debian trixie's 0.28.1, fetched by
 * `npm run tools`) on 127.0.0.1 runs the configuration a MonitoringStack with `remediation`
 * synthesizes, the service runs with node from the synthesized ConfigMap, and a stub Kubernetes API
 * records when each DELETE arrives. Crash-loop alerts for several workloads are posted at once. The
 * reference in the same run is the remediation route's group_wait (the delay Alertmanager holds a
 * new group by design): goal latency <= group_wait + 2 s, well inside the 2-minute target for
 * scaling operations.
 *
 * Then the service alone, as Alertmanager would drive it: webhooks per second and their p99 with
 * a healthy API (against the stub API's own round trips in the same run: each webhook costs four
 * calls: read the pod, write the attempt ahead, delete, save), the peak memory after a flood of
 * 250 KB webhooks while the API hangs (against the container's 128Mi limit), and the time from the
 * API answering again to the service being ready and acting (against the API deadline). Writes
 * bench/remediation-results.json.
 */
import { Chart, Testing } from 'cdk8s';
import * as yaml from 'yaml';
import { MonitoringStack } from '../constructs';
import { durationSeconds } from '../constructs/core/duration';
import { RealAlertmanager } from '../test/helpers/alertmanager';
import { prodNotifications, stubCredentials } from '../test/helpers/alerting-fixture';
import { containerEnv, crashingPod, KubeApiStub, RemediationProcess, WEBHOOK_TOKEN } from '../test/helpers/remediation';
import { freePort, LoopbackStub } from '../test/helpers/servers';
import { record } from './lib';
import type { JsonValue } from '../constructs/config';

const WORKLOADS = Number(process.env.BENCH_REMEDIATION_WORKLOADS ?? 10);

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
}

async function main(): Promise<void> {
  const chart = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
  new MonitoringStack(chart, 'Monitoring', {
    name: 'main',
    environment: 'prod',
    grafana: false,
    notifications: prodNotifications(),
    remediation: { namespaces: ['shop'] },
  });
  const manifests = Testing.synth(chart);
  const find = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);
  const secret = find('Secret', 'alertmanager-main');
  const route = yaml.parse(secret.stringData['alertmanager.yaml']).route.routes.find((r: JsonValue) => r.receiver === 'remediation');
  const groupWaitMs = durationSeconds(route.group_wait)! * 1000;

  const api = await new KubeApiStub().start();
  const receivers = await new LoopbackStub().start();
  const pods = Array.from({ length: WORKLOADS }, (_, i) => ({ pod: `app${i}-7c9f-aaaaa`, replicaSet: `app${i}-7c9f` }));
  for (const { pod, replicaSet } of pods) {
    api.objects.set(`/api/v1/namespaces/shop/pods/${pod}`, crashingPod('shop', pod, replicaSet));
  }
  api.objects.set('/api/v1/namespaces/monitoring/configmaps/main-remediation-state', find('ConfigMap', 'main-remediation-state'));
  const port = await freePort();
  const files = {
    ...secret.stringData,
    'alertmanager.yaml': secret.stringData['alertmanager.yaml'].replace(
      'http://main-remediation.monitoring.svc:8080/alerts',
      `http://127.0.0.1:${port}/alerts`,
    ),
  };
  const alertmanager = await RealAlertmanager.start(files, {
    ...stubCredentials(receivers, 'bench-routing-key'),
    'main-remediation-webhook': { token: WEBHOOK_TOKEN },
  });
  let service: RemediationProcess | undefined;
  try {
    service = await RemediationProcess.start(
      find('ConfigMap', 'main-remediation').data,
      api.url,
      alertmanager.base,
      port,
      containerEnv(find('Deployment', 'main-remediation'), 'monitoring'),
    );
    const posted = Date.now();
    await alertmanager.post(
      pods.map(({ pod }) => ({
        labels: { alertname: 'KubePodCrashLooping', severity: 'warning', namespace: 'shop', pod, container: 'app' },
      })),
    );
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
    console.log(
      `Alert-to-action latency, ${WORKLOADS} crash-looping workloads alerted at once (real Alertmanager 0.28.1, Node ${process.version})`,
    );
    console.log(
      `deletes ${latencies.length} | median ${percentile(latencies, 0.5)} ms | max ${worst} ms | max / group_wait ${(worst / groupWaitMs).toFixed(2)}`,
    );
    console.log(
      `reference group_wait ${groupWaitMs} ms; worst = group_wait + ${overhead} ms (goal <= group_wait + 2000 ms: ${overhead <= 2000 ? 'met' : 'MISSED'}; ` +
        `2-minute target: ${worst <= 120_000 ? 'met' : 'MISSED'})`,
    );
    await service.stop();
    service = undefined;
    const load = await serviceUnderLoad(
      find('ConfigMap', 'main-remediation').data,
      containerEnv(find('Deployment', 'main-remediation'), 'monitoring'),
      find('ConfigMap', 'main-remediation-state'),
    );
    record('remediation-results.json', {
      benchmark: 'crash-loop alert to pod deletion, real Alertmanager and the shipped service; the service under load and faults',
      workloads: WORKLOADS,
      groupWaitMs,
      medianMs: percentile(latencies, 0.5),
      worstMs: worst,
      overheadOverGroupWaitMs: overhead,
      ...load,
      goals: { overheadAtMostMs: 2000, targetBoundMs: 120_000, peakRssBelowBytes: CONTAINER_LIMIT },
    });
  } finally {
    await service?.stop();
    await alertmanager.stop();
    await Promise.all([api.stop(), receivers.stop()]);
  }
}

const CONTAINER_LIMIT = 128 * 1024 * 1024;
const WEBHOOKS = Number(process.env.BENCH_REMEDIATION_WEBHOOKS ?? 300);
const API_TIMEOUT_MS = 2000;

/** The service alone against the stub API: throughput, memory under a flood, recovery. */
async function serviceUnderLoad(
  files: Record<string, string>,
  env: Record<string, string>,
  state: JsonValue,
): Promise<Record<string, unknown>> {
  const api = await new KubeApiStub().start();
  const pods = Array.from({ length: WEBHOOKS }, (_, i) => ({ pod: `load${i}-7c9f-aaaaa`, replicaSet: `load${i}-7c9f` }));
  for (const { pod, replicaSet } of pods) {
    api.objects.set(`/api/v1/namespaces/shop/pods/${pod}`, crashingPod('shop', pod, replicaSet));
  }
  api.objects.set('/api/v1/namespaces/monitoring/configmaps/main-remediation-state', JSON.parse(JSON.stringify(state)));
  const service = await RemediationProcess.start(files, api.url, undefined, undefined, { ...env, API_TIMEOUT_MS: String(API_TIMEOUT_MS) });
  const webhook = (pod: string, extra: Record<string, unknown> = {}) => ({
    version: '4',
    status: 'firing',
    alerts: [{ status: 'firing', labels: { alertname: 'KubePodCrashLooping', namespace: 'shop', pod }, annotations: {} }],
    ...extra,
  });
  try {
    while ((await service.readiness()).status !== 200) {
      await new Promise((r) => setTimeout(r, 20));
    }
    // the stub API's own round trip, the reference: GETs of one pod, sequentially
    const refStart = performance.now();
    for (let i = 0; i < WEBHOOKS; i++) {
      await fetch(`${api.url}/api/v1/namespaces/shop/pods/${pods[i].pod}`);
    }
    const apiCallsPerSecond = WEBHOOKS / ((performance.now() - refStart) / 1000);
    // webhooks as Alertmanager sends them: a few at once (its notification pipelines), each waited for
    const durations: number[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < WEBHOOKS) {
          const { pod } = pods[next++];
          const t = performance.now();
          const res = await service.post(webhook(pod));
          await res.arrayBuffer();
          durations.push(performance.now() - t);
        }
      }),
    );
    const webhooksPerSecond = WEBHOOKS / ((performance.now() - started) / 1000);
    const acted = api.actions.length;

    // the API hangs; 400 webhooks of 250 KB arrive, 50 at a time
    api.faults.push({ match: () => true, reply: 'hang' });
    const padding = 'x'.repeat(250 * 1024);
    const statuses: number[] = [];
    for (let wave = 0; wave < 8; wave++) {
      statuses.push(
        ...(await Promise.all(
          Array.from({ length: 50 }, () =>
            service.post(webhook(pods[0].pod, { commonAnnotations: { padding } })).then(
              (r) => r.status,
              () => 0,
            ),
          ),
        )),
      );
    }
    const peakRss = service.peakRss();
    // the API answers again: time until ready, and until a webhook acts
    api.faults.length = 0;
    const back = performance.now();
    while ((await service.readiness()).status !== 200) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const readyAfterMs = performance.now() - back;
    api.objects.set('/api/v1/namespaces/shop/pods/after-7c9f-aaaaa', crashingPod('shop', 'after-7c9f-aaaaa', 'after-7c9f'));
    const res = await service.post(webhook('after-7c9f-aaaaa'));
    const actingAfterMs = performance.now() - back;
    const p99 = percentile(durations, 0.99);
    console.log(`\nThe service alone (Node ${process.version}), stub API on 127.0.0.1`);
    console.log(
      `healthy API: ${WEBHOOKS} webhooks, ${acted} acted | ${webhooksPerSecond.toFixed(0)} webhooks/s | p50 ${percentile(durations, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms` +
        ` | stub API ${apiCallsPerSecond.toFixed(0)} calls/s: webhooks/s x 4 calls / API calls/s = ${((webhooksPerSecond * 4) / apiCallsPerSecond).toFixed(2)}`,
    );
    console.log(
      `hung API, 400 webhooks of 250 KB: ${statuses.filter((s) => s === 503).length} answered 503, ${statuses.filter((s) => s === 0).length} cut off` +
        ` | peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB = ${(peakRss / CONTAINER_LIMIT).toFixed(2)} of the 128Mi limit`,
    );
    console.log(
      `API back: ready after ${readyAfterMs.toFixed(0)} ms, acting after ${actingAfterMs.toFixed(0)} ms (status ${res.status})` +
        ` = ${(actingAfterMs / API_TIMEOUT_MS).toFixed(2)} API deadlines`,
    );
    return {
      webhooks: WEBHOOKS,
      webhooksPerSecond: Math.round(webhooksPerSecond),
      webhookP50Ms: Number(percentile(durations, 0.5).toFixed(1)),
      webhookP99Ms: Number(p99.toFixed(1)),
      stubApiCallsPerSecond: Math.round(apiCallsPerSecond),
      floodPeakRssBytes: peakRss,
      floodPeakRssOfLimit: Number((peakRss / CONTAINER_LIMIT).toFixed(2)),
      recoveryReadyMs: Math.round(readyAfterMs),
      recoveryActingMs: Math.round(actingAfterMs),
      apiTimeoutMs: API_TIMEOUT_MS,
    };
  } finally {
    await service.stop();
    await api.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
