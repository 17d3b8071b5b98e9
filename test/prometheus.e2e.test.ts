/**
 * A real Prometheus (Debian trixie's 2.53) on 127.0.0.1 loads the rules the MonitoringStack and a
 * monitored workload render (taken from their PrometheusRule objects), evaluates them, fires the
 * Watchdog, and answers every dashboard query. Bounded in time; the server is always stopped.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Chart, Testing } from 'cdk8s';
import * as yaml from 'yaml';
import { MonitoringStack, Workload } from '../constructs';
import { builtInDashboards, dashboardQueries } from '../constructs/testing';
import { freePort, ToolServer, until } from './helpers/servers';
import { tempDir } from './helpers/tools';

jest.setTimeout(60_000);

describe('real Prometheus with the generated rules', () => {
  const tmp = tempDir('prometheus');
  let server: ToolServer | undefined;
  let base = '';

  // the rule groups exactly as the PrometheusRule objects carry them
  const app = Testing.app();
  const monitoringChart = new Chart(app, 'monitoring', { namespace: 'monitoring' });
  const stack = new MonitoringStack(monitoringChart, 'Monitoring', {
    environment: 'dev',
    grafana: { adminSecret: { name: 'grafana-admin' } },
  });
  const apps = new Chart(app, 'apps', { namespace: 'shop' });
  new Workload(apps, 'web', { image: 'registry.example.com/shop/web:1.4.2', ports: [{ containerPort: 8080 }], monitoring: { stack } });
  const rules = [...Testing.synth(monitoringChart), ...Testing.synth(apps)].filter((m) => m.kind === 'PrometheusRule');
  const groups = rules.flatMap((r) => r.spec.groups);

  beforeAll(async () => {
    fs.writeFileSync(path.join(tmp.dir, 'rules.yaml'), yaml.stringify({ groups }));
    fs.writeFileSync(
      path.join(tmp.dir, 'prometheus.yml'),
      yaml.stringify({
        global: { scrape_interval: '1s', evaluation_interval: '1s', external_labels: { environment: 'dev' } },
        rule_files: ['rules.yaml'],
      }),
    );
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = new ToolServer('prometheus', [
      `--config.file=${path.join(tmp.dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${path.join(tmp.dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ]);
    await until('Prometheus to be ready', 20_000, async () => ((await fetch(`${base}/-/ready`)).ok ? true : undefined));
  });

  afterAll(async () => {
    await server?.stop();
    tmp.remove();
  });

  test('loads every rule group and evaluates every rule without error', async () => {
    const evaluated = await until('every rule to be evaluated', 20_000, async () => {
      const body = (await (await fetch(`${base}/api/v1/rules`)).json()) as any;
      const loaded = body.data.groups.flatMap((g: any) => g.rules);
      return loaded.length === groups.flatMap((g: any) => g.rules).length &&
        loaded.every((r: any) => r.lastEvaluation && !r.lastEvaluation.startsWith('0001'))
        ? body.data.groups
        : undefined;
    }).catch((e) => {
      throw new Error(`${e.message}\nPrometheus log:\n${server?.log}`);
    });
    expect(evaluated.map((g: any) => g.name).sort()).toEqual(groups.map((g: any) => g.name).sort());
    for (const rule of evaluated.flatMap((g: any) => g.rules)) {
      expect({ alert: rule.name, health: rule.health, error: rule.lastError ?? '' }).toEqual({ alert: rule.name, health: 'ok', error: '' });
    }
  });

  test('the Watchdog fires through the real rule engine; without data only the absent-source alerts are pending', async () => {
    const firing = await until('the Watchdog to fire', 20_000, async () => {
      const body = (await (await fetch(`${base}/api/v1/alerts`)).json()) as any;
      return body.data.alerts.some((a: any) => a.labels.alertname === 'Watchdog' && a.state === 'firing') ? body.data.alerts : undefined;
    });
    expect(firing.filter((a: any) => a.state === 'firing').map((a: any) => [a.labels.alertname, a.labels.severity])).toEqual([
      ['Watchdog', 'none'],
    ]);
    // nothing is scraped here: every source the rules read is absent, which is pending until its 15m
    const absent = await until('the absent alerts to be pending', 20_000, async () => {
      const body = (await (await fetch(`${base}/api/v1/alerts`)).json()) as any;
      const pending = body.data.alerts.filter((a: any) => a.state === 'pending');
      return pending.length >= 5 ? pending : undefined;
    });
    expect(absent.map((a: any) => `${a.labels.alertname}${a.labels.job ? ` ${a.labels.job}` : ''}`).sort()).toEqual([
      'ArgoRolloutsMetricsAbsent argo-rollouts-metrics',
      'KubeStateMetricsAbsent kube-state-metrics',
      'MonitoringComponentAbsent alertmanager',
      'MonitoringComponentAbsent grafana',
      'MonitoringComponentAbsent prometheus-operator',
    ]);
  });

  test('every dashboard query parses and evaluates', async () => {
    const variables: Record<string, string> = {
      $__rate_interval: '1m',
      $__range: '1h',
      $environment: '.*',
      $namespace: 'shop',
      $service: 'web',
    };
    const queries = builtInDashboards().flatMap((d) => dashboardQueries(d.dashboard));
    expect(queries.length).toBeGreaterThan(20);
    for (const q of queries) {
      const expr = q.replace(/\$[a-z_]+/g, (v) => {
        if (!(v in variables)) {
          throw new Error(`unknown dashboard variable ${v} in ${q}`);
        }
        return variables[v];
      });
      const response = await fetch(`${base}/api/v1/query?query=${encodeURIComponent(expr)}`);
      const body = (await response.json()) as any;
      expect({ expr, status: body.status, error: body.error }).toEqual({ expr, status: 'success', error: undefined });
    }
  });
});
