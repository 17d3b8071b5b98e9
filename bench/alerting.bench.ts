/**
 * Alert-to-delivery latency of the rendered Alertmanager configuration: a real Alertmanager
 * (Debian trixie's 0.28.1, fetched by `npm run tools`) on 127.0.0.1 runs the config Secret a
 * MonitoringStack synthesizes; critical alerts for several independent groups are posted at once and
 * the time until each channel's loopback stub receives its payload is measured. The reference in
 * the same run is the critical route's group_wait (the delay Alertmanager holds a new group by
 * design): goal latency <= group_wait + 2 s, and the target for critical alerts is 30 s. Writes
 * bench/alerting-results.json.
 */
import { CRITICAL_TIMING } from '../constructs';
import { durationSeconds } from '../constructs/core/duration';
import { RealAlertmanager } from '../test/helpers/alertmanager';
import { CRITICAL_ALERT, prodNotifications, stubCredentials, synthesizedConfigFiles } from '../test/helpers/alerting-fixture';
import { LoopbackStub } from '../test/helpers/servers';
import { median, record } from './lib';

const GROUPS = Number(process.env.BENCH_ALERT_GROUPS ?? 5);
const CHANNELS = ['/pagerduty', '/slack/ops', '/slack/dev', '/teams', '/webhook'];

async function main(): Promise<void> {
  const stub = await new LoopbackStub().start();
  const { files } = synthesizedConfigFiles(prodNotifications(stub.url('/pagerduty')));
  const alertmanager = await RealAlertmanager.start(files, stubCredentials(stub, 'bench-routing-key'));
  try {
    // one group per namespace (the config groups by alertname and namespace)
    const namespaces = Array.from({ length: GROUPS }, (_, i) => `bench-${i}`);
    const posted = Date.now();
    await alertmanager.post(namespaces.map((namespace) => ({ ...CRITICAL_ALERT, labels: { ...CRITICAL_ALERT.labels, namespace } })));
    const expected = GROUPS * CHANNELS.length;
    const deadline = posted + 60_000;
    while (stub.deliveries.length < expected && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    if (stub.deliveries.length < expected) {
      throw new Error(`only ${stub.deliveries.length} of ${expected} deliveries within 60 s\n${alertmanager.log}`);
    }
    const groupWaitMs = durationSeconds(CRITICAL_TIMING.group_wait)! * 1000;
    const rows = CHANNELS.map((channel) => {
      const latencies = stub.deliveries.filter((d) => d.path === channel).map((d) => d.at - posted);
      return { channel, deliveries: latencies.length, medianMs: median(latencies), maxMs: Math.max(...latencies) };
    });
    const worst = Math.max(...rows.map((r) => r.maxMs));
    console.log(
      `Alert-to-delivery latency, ${GROUPS} critical alert groups posted at once (real Alertmanager 0.28.1, Node ${process.version})`,
    );
    console.log('channel     | deliveries | median ms | max ms | max / group_wait');
    for (const r of rows) {
      console.log(
        [
          r.channel.padEnd(11),
          String(r.deliveries).padStart(10),
          String(r.medianMs).padStart(9),
          String(r.maxMs).padStart(6),
          (Math.round((r.maxMs / groupWaitMs) * 100) / 100).toFixed(2).padStart(16),
        ].join(' | '),
      );
    }
    const overhead = worst - groupWaitMs;
    console.log(
      `reference group_wait ${groupWaitMs} ms; worst latency ${worst} ms = group_wait + ${overhead} ms ` +
        `(goal <= group_wait + 2000 ms: ${overhead <= 2000 ? 'met' : 'MISSED'}; 30 s target for critical alerts: ${worst <= 30_000 ? 'met' : 'MISSED'})`,
    );
    record('alerting-results.json', {
      benchmark: 'critical alert to delivery latency, real Alertmanager with the synthesized configuration',
      groups: GROUPS,
      groupWaitMs,
      rows,
      worstMs: worst,
      overheadOverGroupWaitMs: overhead,
      goals: { overheadAtMostMs: 2000, targetBoundMs: 30_000 },
    });
  } finally {
    await alertmanager.stop();
    await stub.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
