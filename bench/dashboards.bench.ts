/**
 * Every panel query of every shipped dashboard on a month of data: series shaped like the real
 * exporters (Argo Rollouts v1.9.1 `rollout_info` / `rollout_events_total`, kube-state-metrics
 * v2.19.1 Deployment and HPA series, the apps' `http_requests_total` and latency histograms per pod,
 * and the `ALERTS` series Prometheus writes) for an estate of workloads with pod churn and a
 * deployment an hour, at a one-minute resolution, written as OpenMetrics and loaded with
 * `promtool tsdb create-blocks-from openmetrics`; a real Prometheus (Debian trixie's 2.53) on
 * 127.0.0.1 serves them. Each query runs as Grafana runs it (range query, ~250 points,
 * `$__rate_interval` = max(step + scrape interval, 4 x scrape interval)) over the dashboard's default
 * range and over 30 days, median of 3. Prints per dashboard the slowest query and the total
 * against 500 ms (rendering) and 2 s (analytics queries). `--record` writes bench/dashboards-results.json.
 *
 * Size: BENCH_DASHBOARD_WORKLOADS (default 100: half Rollouts, half Deployments) and
 * BENCH_DASHBOARD_SERVICES (default 20 with HTTP metrics, 2 pods each), BENCH_DASHBOARD_DAYS (30).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { builtInDashboards, dashboardQueries } from '../constructs/testing';
import { freePort, ToolServer, until } from '../test/helpers/servers';
import { run } from '../test/helpers/tools';
import { median, record } from './lib';

const WORKLOADS = Number(process.env.BENCH_DASHBOARD_WORKLOADS ?? 100);
const SERVICES = Number(process.env.BENCH_DASHBOARD_SERVICES ?? 20);
const DAYS = Number(process.env.BENCH_DASHBOARD_DAYS ?? 30);
const SCRAPE = 60;
const NAMESPACES = 10;

type Labels = Record<string, string>;
const labelText = (labels: Labels) =>
  Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',');

/** Writes the month as OpenMetrics, one metric family after the other (promtool's input). */
function generate(file: string, end: number): { series: number; samples: number } {
  const start = end - DAYS * 86_400;
  const steps = DAYS * 1440;
  const fd = fs.openSync(file, 'w');
  let buffer = '';
  const flush = (force = false) => {
    if (force || buffer.length > 4_000_000) {
      fs.writeSync(fd, buffer);
      buffer = '';
    }
  };
  let series = 0;
  let samples = 0;
  const families = new Map<string, Array<{ labels: Labels; value: (step: number) => number | undefined }>>();
  const add = (family: string, type: string, labels: Labels, value: (step: number) => number | undefined) => {
    const key = `${family}\u0000${type}`;
    families.set(key, [...(families.get(key) ?? []), { labels, value }]);
  };
  // one deployment an hour across the estate, every 20th aborted
  const deployments = Array.from({ length: DAYS * 24 }, (_, h) => ({
    step: h * 60 + 7,
    workload: (h * 37) % WORKLOADS,
    aborted: h % 20 === 13,
  }));
  const env = { environment: 'prod' };
  for (let w = 0; w < WORKLOADS; w++) {
    const namespace = `team-${w % NAMESPACES}`;
    const name = `svc-${w}`;
    const mine = deployments.filter((d) => d.workload === w);
    const phaseAt = (step: number) => {
      const d = mine.filter((x) => x.step <= step).pop();
      return !d ? 'Completed' : step - d.step < 5 ? 'Progressing' : d.aborted && step - d.step < 60 ? 'Abort' : 'Completed';
    };
    if (w % 2 === 0) {
      // an Argo Rollout: rollout_info follows the phase; events are counters born at their first event
      const argo = { ...env, job: 'argo-rollouts-metrics', namespace, name };
      for (const phase of ['Completed', 'Progressing', 'Abort']) {
        add('rollout_info', 'gauge', { ...argo, strategy: 'canary', traffic_router: '', phase }, (s) =>
          phaseAt(s) === phase ? 1 : undefined,
        );
      }
      for (const [reason, which] of [
        ['RolloutCompleted', (d: { aborted: boolean }) => !d.aborted],
        ['RolloutAborted', (d: { aborted: boolean }) => d.aborted],
      ] as const) {
        const times = mine.filter(which).map((d) => d.step + 5);
        add('rollout_events', 'counter', { ...argo, type: reason === 'RolloutAborted' ? 'Warning' : 'Normal', reason }, (s) => {
          const n = times.filter((t) => t <= s).length;
          return n === 0 ? undefined : n;
        });
      }
    } else {
      const ksm = { ...env, job: 'kube-state-metrics', namespace, deployment: name };
      const rolling = (s: number) => phaseAt(s) === 'Progressing';
      add('kube_deployment_spec_replicas', 'gauge', ksm, () => 2);
      add('kube_deployment_status_replicas', 'gauge', ksm, (s) => (rolling(s) ? 3 : 2));
      add('kube_deployment_status_replicas_updated', 'gauge', ksm, (s) => (rolling(s) ? 1 : 2));
      add('kube_deployment_labels', 'gauge', { ...ksm, label_app_kubernetes_io_managed_by: 'kubeship' }, () => 1);
      for (const status of ['true', 'false', 'unknown']) {
        add('kube_deployment_status_condition', 'gauge', { ...ksm, condition: 'Progressing', status }, (s) =>
          (phaseAt(s) === 'Abort' ? 'false' : 'true') === status ? 1 : 0,
        );
      }
    }
    if (w < SERVICES) {
      // two pods at a time, replaced at each deployment (pod churn); counters restart with each pod
      const generations = [0, ...mine.map((d) => d.step)];
      for (let g = 0; g < generations.length; g++) {
        const from = generations[g];
        const to = g + 1 < generations.length ? generations[g + 1] + 3 : steps;
        for (let p = 0; p < 2; p++) {
          const pod = { ...env, namespace, service: name, pod: `${name}-${g}-${p}` };
          const live = (s: number) => s >= from && s < to;
          const rps = 5 + (w % 7);
          add('http_requests', 'counter', { ...pod, code: '200' }, (s) => (live(s) ? (s - from) * 60 * rps : undefined));
          add('http_requests', 'counter', { ...pod, code: '500' }, (s) => (live(s) ? Math.floor((s - from) * 60 * rps * 0.01) : undefined));
          for (const [le, share] of [
            ['0.1', 0.6],
            ['0.5', 0.9],
            ['1', 0.99],
            ['+Inf', 1],
          ] as const) {
            add('http_request_duration_seconds', 'histogram', { ...pod, le }, (s) =>
              live(s) ? Math.floor((s - from) * 60 * rps * share) : undefined,
            );
          }
        }
      }
      const hpa = { ...env, job: 'kube-state-metrics', namespace, horizontalpodautoscaler: name };
      add('kube_horizontalpodautoscaler_spec_min_replicas', 'gauge', hpa, () => 2);
      add('kube_horizontalpodautoscaler_spec_max_replicas', 'gauge', hpa, () => 10);
      add('kube_horizontalpodautoscaler_status_current_replicas', 'gauge', hpa, () => 2);
      add('kube_horizontalpodautoscaler_status_desired_replicas', 'gauge', hpa, () => 2);
      add(
        'kube_horizontalpodautoscaler_spec_target_metric',
        'gauge',
        { ...hpa, metric_name: 'cpu', metric_target_type: 'utilization' },
        () => 70,
      );
      add(
        'kube_horizontalpodautoscaler_status_target_metric',
        'gauge',
        { ...hpa, metric_name: 'cpu', metric_target_type: 'utilization' },
        (s) => 40 + (s % 30),
      );
    }
    // the alerts Prometheus would have raised: aborted Rollouts fail
    if (w % 2 === 0) {
      add(
        'ALERTS',
        'gauge',
        {
          ...env,
          alertname: 'DeploymentFailed',
          alertstate: 'firing',
          severity: 'critical',
          namespace,
          name,
          phase: 'Abort',
          workload: name,
        },
        (s) => (phaseAt(s) === 'Abort' ? 1 : undefined),
      );
    }
  }
  for (const [key, members] of families) {
    const [family, type] = key.split('\u0000');
    buffer += `# TYPE ${family} ${type}\n`;
    for (const { labels, value } of members) {
      const name = type === 'counter' ? `${family}_total` : type === 'histogram' ? `${family}_bucket` : family;
      const text = labelText(labels);
      let any = false;
      for (let s = 0; s < steps; s++) {
        const v = value(s);
        if (v !== undefined) {
          buffer += `${name}{${text}} ${v} ${start + s * SCRAPE}\n`;
          samples++;
          any = true;
          flush();
        }
      }
      series += any ? 1 : 0;
    }
  }
  buffer += '# EOF\n';
  flush(true);
  fs.closeSync(fd);
  return { series, samples };
}

/** A query as Grafana sends it for a panel over `rangeSeconds`. */
function grafanaQuery(expr: string, rangeSeconds: number): { query: string; step: number } {
  const step = Math.max(SCRAPE, Math.ceil(rangeSeconds / 250 / SCRAPE) * SCRAPE);
  const rateInterval = Math.max(step + SCRAPE, 4 * SCRAPE);
  const query = expr
    .replace(/\$__rate_interval/g, `${rateInterval}s`)
    .replace(/\$__range/g, `${rangeSeconds}s`)
    .replace(/\$environment/g, 'prod')
    .replace(/\$namespace/g, 'team-0')
    .replace(/\$service/g, 'svc-0');
  return { query, step };
}

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-dashboards-'));
  const end = Math.floor(Date.now() / 1000 / 60) * 60;
  let server: ToolServer | undefined;
  try {
    const input = path.join(tmp, 'month.om');
    let t = Date.now();
    const size = generate(input, end);
    const bytes = fs.statSync(input).size;
    console.log(
      `generated ${size.series} series, ${size.samples.toLocaleString('en')} samples (${(bytes / 1e9).toFixed(2)} GB OpenMetrics) in ${Math.round((Date.now() - t) / 1000)} s`,
    );
    t = Date.now();
    const data = path.join(tmp, 'data');
    const created = run('promtool', ['tsdb', 'create-blocks-from', '--max-block-duration=800h', 'openmetrics', '-q', input, data], {
      timeoutMs: 30 * 60_000,
    });
    if (created.code !== 0) {
      throw new Error(`promtool could not create the blocks:\n${created.output}`);
    }
    fs.rmSync(input);
    console.log(`loaded with promtool tsdb create-blocks-from openmetrics in ${Math.round((Date.now() - t) / 1000)} s`);
    const port = await freePort();
    fs.writeFileSync(path.join(tmp, 'prometheus.yml'), 'global: { scrape_interval: 1m }\n');
    server = new ToolServer('prometheus', [
      `--config.file=${path.join(tmp, 'prometheus.yml')}`,
      `--storage.tsdb.path=${data}`,
      `--storage.tsdb.retention.time=${DAYS + 5}d`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ]);
    const base = `http://127.0.0.1:${port}`;
    await until('Prometheus to be ready', 120_000, async () =>
      (await fetch(`${base}/-/ready`).catch(() => undefined))?.ok ? true : undefined,
    );
    const time = async (expr: string, rangeSeconds: number) => {
      const { query, step } = grafanaQuery(expr, rangeSeconds);
      const params = new URLSearchParams({ query, start: String(end - rangeSeconds), end: String(end), step: String(step) });
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = process.hrtime.bigint();
        const response = await fetch(`${base}/api/v1/query_range?${params}`);
        const body = (await response.json()) as { status: string; error?: string; data?: { result: unknown[] } };
        samples.push(Number(process.hrtime.bigint() - started) / 1e6);
        if (body.status !== 'success') {
          throw new Error(`${query}: ${body.error}`);
        }
      }
      return median(samples);
    };
    const rows: Array<{
      dashboard: string;
      range: string;
      queries: number;
      slowestMs: number;
      slowest: string;
      totalMs: number;
      targetMs: number;
    }> = [];
    for (const { dashboard } of builtInDashboards()) {
      const model = dashboard as { title: string; time?: { from: string } };
      const defaultRange = /^now-(\d+)h$/.exec(model.time?.from ?? 'now-24h');
      for (const [range, seconds, target] of [
        [model.time?.from ?? 'now-24h', Number(defaultRange?.[1] ?? 24) * 3600, 500],
        ['now-30d', 30 * 86_400, 2000],
      ] as const) {
        const timings = [];
        for (const expr of dashboardQueries(dashboard)) {
          timings.push({ expr, ms: await time(expr, seconds) });
        }
        const slowest = timings.sort((a, b) => b.ms - a.ms)[0];
        rows.push({
          dashboard: model.title,
          range,
          queries: timings.length,
          slowestMs: Math.round(slowest.ms),
          slowest: slowest.expr.replace(/\s+/g, ' ').slice(0, 90),
          totalMs: Math.round(timings.reduce((sum, x) => sum + x.ms, 0)),
          targetMs: target,
        });
      }
    }
    console.log(
      `Dashboard queries on ${DAYS} days of ${WORKLOADS} workloads (${SERVICES} with HTTP metrics, pods replaced at each of ${DAYS * 24} deployments), ` +
        `${size.series} series, ${size.samples.toLocaleString('en')} samples; real Prometheus 2.53, median of 3, Node ${process.version}`,
    );
    console.log('dashboard | range | queries | slowest ms | all queries one after another ms | target | slowest query');
    for (const r of rows) {
      console.log(
        `${r.dashboard} | ${r.range} | ${r.queries} | ${r.slowestMs} | ${r.totalMs} | ${r.targetMs} ms ${r.totalMs <= r.targetMs ? 'met' : r.slowestMs <= r.targetMs ? 'met per panel' : 'MISSED'} | ${r.slowest}`,
      );
    }
    record('dashboards-results.json', {
      benchmark: 'dashboard panel queries on a month of exporter-shaped data',
      days: DAYS,
      workloads: WORKLOADS,
      services: SERVICES,
      ...size,
      rows,
    });
  } finally {
    await server?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
