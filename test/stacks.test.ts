/**
 * The environment stacks: one schema for the stack config, `npm run synth` rendering every
 * environment to dist/<env>/, and the Pulumi program registering the same objects per stack.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { runtime } from '@pulumi/pulumi';
import * as yaml from 'yaml';
import { IMAGES } from '../constructs';
import { receiversFor } from '../constructs/testing';
import { parseStackConfig, StackConfigSchema } from '../stacks/config';
import { readStackConfigFile } from '../stacks/stack-file';
import { ENVIRONMENTS, defaultSources, loadPlan, summarize, synthesize } from '../stacks/main';
import { checkObjects } from '../constructs/policy';
import { mountLikeOperator } from './helpers/alertmanager';
import { validateAll } from './helpers/schema';
import { run as runTool } from './helpers/tools';
import { countByType, ProgramRun, runProgram, runStackProgram } from './helpers/stack-program';

const ROOT = path.join(__dirname, '..');
const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-stacks-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const readAll = (dir: string) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => yaml.parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map((d) => d.toJS()));
/** Pulumi secrets (`{ <sig>: <secret sig>, value }`) as their plain values. */
const revealed = (value: any): any =>
  Array.isArray(value)
    ? value.map(revealed)
    : value && typeof value === 'object'
      ? value[runtime.specialSigKey] === runtime.specialSecretSig
        ? revealed(value.value)
        : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revealed(v)]))
      : value;
const byKey = (objects: any[]) => Object.fromEntries(objects.map((o) => [`${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`, o]));

function writeConfig(name: string, config: Record<string, unknown>): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, yaml.stringify({ config: Object.fromEntries(Object.entries(config).map(([k, v]) => [`kubeship:${k}`, v])) }));
  return file;
}

describe('stack config schema', () => {
  test('every environment file is valid, and the environments differ as the requested table says', () => {
    const plans = Object.fromEntries(
      ENVIRONMENTS.map((env) => [env, loadPlan({ env, configFile: path.join(ROOT, `Pulumi.${env}.yaml`) })]),
    );
    const table = Object.fromEntries(
      ENVIRONMENTS.map((env) => {
        const { apps, monitoring, policyEnforcement, deploymentEvents } = plans[env];
        const api = apps.api;
        return [
          env,
          {
            replicas: api.autoscaling?.minReplicas ?? api.replicas,
            maxReplicas: Object.values(apps).map((a) => a.autoscaling?.maxReplicas),
            cpu: api.resources?.cpu?.request,
            memory: api.resources?.memory?.request,
            debug: api.env?.LOG_LEVEL,
            strategies: Object.values(apps).map((a) => a.strategy?.type),
            prometheus: [monitoring?.prometheus?.replicas, monitoring?.prometheus?.retention, monitoring?.prometheus?.storage?.size],
            alertmanagers: monitoring?.alertmanager?.replicas,
            grafana: monitoring?.grafana !== false,
            receivers: monitoring?.notifications?.roles.map((r) => `${r.name}: ${r.channels.map((c) => c.configKey).join(' ')}`),
            windows: monitoring?.notifications?.maintenanceWindows?.map((w) => w.name) ?? [],
            events: deploymentEvents?.roles.map((r) => r.name) ?? [],
            remediation: monitoring?.remediation && [
              monitoring.remediation.dryRun ? 'dry-run' : 'on',
              monitoring.remediation.maxAttempts,
              monitoring.remediation.cooldown,
            ],
            policyEnforcement,
          },
        ];
      }),
    );
    expect(table).toEqual({
      dev: {
        replicas: 1,
        maxReplicas: [undefined, undefined],
        cpu: '250m',
        memory: '512Mi',
        debug: 'debug',
        strategies: ['rolling', 'rolling'],
        prometheus: [1, '1d', undefined],
        alertmanagers: 1,
        grafana: false,
        receivers: ['dev: slack_configs'],
        windows: [],
        events: [],
        remediation: ['dry-run', 3, '5m'],
        policyEnforcement: 'advisory',
      },
      staging: {
        replicas: 2,
        maxReplicas: [4, 4],
        cpu: '500m',
        memory: '1Gi',
        debug: 'info',
        strategies: ['blueGreen', 'blueGreen'],
        prometheus: [1, '7d', '20Gi'],
        alertmanagers: 2,
        grafana: true,
        receivers: ['ops: slack_configs msteamsv2_configs', 'dev: slack_configs'],
        windows: ['weekday-evenings'],
        events: ['ops', 'dev'],
        remediation: ['on', 3, '5m'],
        policyEnforcement: 'mandatory',
      },
      prod: {
        replicas: 5,
        maxReplicas: [20, 12],
        cpu: '1000m',
        memory: '2Gi',
        debug: 'info',
        strategies: ['canary', 'canary'],
        prometheus: [2, '30d', '100Gi'],
        alertmanagers: 3,
        grafana: true,
        receivers: ['ops: pagerduty_configs sns_configs slack_configs email_configs', 'dev: slack_configs'],
        windows: ['saturday-maintenance'],
        events: ['ops', 'dev'],
        remediation: ['on', 3, '5m'],
        policyEnforcement: 'mandatory',
      },
    });
    expect(plans.prod.monitoring?.remediation?.namespaces).toEqual(['shop']);
    expect(plans.prod.apps.api.autoscaling?.scaleDown).toEqual({
      stabilizationWindow: '5m',
      policies: [{ type: 'Pods', value: 1, period: '1m' }],
    });
    expect(plans.prod.sms?.topicArn).toBe('arn:aws:sns:eu-west-1:123456789012:shop-prod-alerts');
  });

  test('a bad config is one error listing every problem with its stack-file path, value, allowed values and fix', () => {
    const file = writeConfig('Pulumi.bad.yaml', {
      policyEnforcement: 'strict',
      grafanaAdminPassword: 'hunter2',
      apps: { api: { image: 'nginx', replicas: 3, autoscaling: { maxReplicas: 2 } }, shop: { image: 'a/b:1' } },
      monitoring: { grafna: true, prometheus: { retention: 15 } },
      notifications: {
        roles: [{ name: 'ops', channels: [{ sms: {} }, { slack: { channel: '#x', credential: 'a b' }, teams: { credential: 'k' } }] }],
      },
    });
    const { config, problems } = readStackConfigFile(file);
    let message = '';
    try {
      parseStackConfig(config, 'stack config Pulumi.bad.yaml', problems);
    } catch (e) {
      message = (e as Error).message;
    }
    const lines = message.split('\n');
    expect(lines[0]).toBe('Invalid stack config Pulumi.bad.yaml (10 problems):');
    expect(
      lines
        .slice(1)
        .map((l) => l.replace(/^ +\d+\. /, '').split(': got')[0])
        .sort(),
    ).toEqual(
      [
        'kubeship:apps.api.autoscaling.maxReplicas',
        'kubeship:apps.api.image',
        'kubeship:apps.shop',
        'kubeship:apps.web.image',
        'kubeship:grafanaAdminPassword',
        'kubeship:monitoring.grafna',
        'kubeship:monitoring.prometheus.retention',
        'kubeship:notifications.roles[0].channels[0].sms',
        'kubeship:notifications.roles[0].channels[1]',
        'kubeship:notifications.roles[0].channels[1].slack.credential',
        'kubeship:policyEnforcement',
      ].filter((p) => p !== 'kubeship:apps.web.image'),
    );
    expect(message).toContain('kubeship:policyEnforcement: got "strict"; allowed: one of "advisory", "mandatory"');
    expect(message).toContain(
      'kubeship:apps.shop: got {"image":"a/b:1"}; allowed: one of "api", "web"; fix: remove it or correct its spelling',
    );
    expect(message).toContain(
      "kubeship:apps.api.autoscaling.maxReplicas: got 2; allowed: a number >= replicas (3), the autoscaler's floor",
    );
    expect(message).toContain('kubeship:grafanaAdminPassword: got "(hidden)"; allowed: only an encrypted value');
    expect(message).toContain('fix: add kubeship:sms (region, accountId, topicName, roleName, OIDC provider)');
    expect(message).not.toContain('hunter2');
    expect(message).not.toMatch(/Invalid input|expected .* received/);
  });

  test('remediation: schema problems and its dependency on monitoring and notifications are listed with the rest', () => {
    const file = writeConfig('Pulumi.remediation.yaml', {
      policyEnforcement: 'advisory',
      apps: { api: { image: 'a/b:1' } },
      remediation: {
        maxAttempts: 0,
        cooldown: '5 min',
        actions: { 'bad-name': { action: 'deletePod' }, Hot: { action: 'reboot' }, Busy: { action: 'scale' } },
      },
    });
    const { config, problems } = readStackConfigFile(file);
    expect(() => parseStackConfig(config, 'stack config Pulumi.remediation.yaml', problems)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/\(6 problems\)[\s\S]*kubeship:remediation\.(maxAttempts|cooldown|actions|enabled)/),
      }),
    );
    let message = '';
    try {
      parseStackConfig(config, 'stack config Pulumi.remediation.yaml', problems);
    } catch (e) {
      message = (e as Error).message;
    }
    for (const field of [
      'remediation.maxAttempts: got 0',
      'remediation.cooldown: got "5 min"',
      'remediation.actions.bad-name',
      'remediation.actions.Hot.action: got "reboot"',
      'remediation.enabled: got true; allowed: false unless monitoring and notifications are enabled',
      'remediation.actions.Busy.maxReplicas: got nothing; allowed: the most replicas a scale action may set',
    ]) {
      expect(message).toContain(`kubeship:${field}`);
    }
    // disabled, it asks for nothing
    const off = writeConfig('Pulumi.remediation-off.yaml', {
      policyEnforcement: 'advisory',
      apps: { api: { image: 'a/b:1' } },
      remediation: { enabled: false },
    });
    const read = readStackConfigFile(off);
    expect(parseStackConfig(read.config, 'off', read.problems).remediation?.enabled).toBe(false);
  });

  test("Pulumi.yaml declares the simple keys with the schema's types and defaults", () => {
    const project = yaml.parse(fs.readFileSync(path.join(ROOT, 'Pulumi.yaml'), 'utf8'));
    const declared = project.config as Record<string, { type: string; default?: unknown }>;
    const shape = StackConfigSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
    const defaults = StackConfigSchema.parse({ policyEnforcement: 'advisory', apps: { api: { image: 'x/y:1' } } }) as Record<
      string,
      unknown
    >;
    expect(Object.keys(declared).length).toBeGreaterThan(3);
    for (const [key, { type, default: value }] of Object.entries(declared)) {
      expect({ key, known: key in shape }).toEqual({ key, known: true });
      if (value !== undefined) {
        expect({ key, default: value, type: typeof value }).toEqual({ key, default: defaults[key], type });
      }
    }
  });
});

describe('npm run synth', () => {
  test('renders every environment to <out>/<env>/ as schema-valid YAML, byte-identical on re-run', () => {
    const first = synthesize(defaultSources(path.join(tmp, 'a')));
    synthesize(defaultSources(path.join(tmp, 'b')));
    // file names sort in apply order: Namespaces, operator CRDs, operator, monitoring, apps; the prerequisites beside them
    // (prod backs up: its Velero Schedule and backup alerts come after the monitoring stack)
    expect(first.map((r) => [r.env, r.files])).toEqual(
      ENVIRONMENTS.map((env) => [
        env,
        [
          '0000-namespaces.k8s.yaml',
          '0001-prometheus-operator-crds.k8s.yaml',
          '0002-prometheus-operator.k8s.yaml',
          '0003-monitoring.k8s.yaml',
          ...(env === 'prod' ? ['0004-backup.k8s.yaml', '0005-apps.k8s.yaml'] : ['0004-apps.k8s.yaml']),
          'PREREQUISITES.md',
        ],
      ]),
    );
    for (const env of ENVIRONMENTS) {
      for (const file of fs.readdirSync(path.join(tmp, 'a', env))) {
        expect(fs.readFileSync(path.join(tmp, 'b', env, file), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'a', env, file), 'utf8'));
      }
      validateAll(readAll(path.join(tmp, 'a', env)).filter((o) => o.kind !== 'CustomResourceDefinition'));
    }
    const prod = byKey(readAll(path.join(tmp, 'a', 'prod')));
    expect(prod['ServiceAccount/monitoring/alertmanager-sns'].metadata.annotations['eks.amazonaws.com/role-arn']).toBe(
      'arn:aws:iam::123456789012:role/shop-prod-alertmanager-sns',
    );
    expect(prod['Alertmanager/monitoring/monitoring'].spec.serviceAccountName).toBe('alertmanager-sns');
    // prod's dead man's switch: the Watchdog goes to the webhook every minute; dev has none
    const routing = (objects: Record<string, any>) =>
      yaml.parse(objects['Secret/monitoring/alertmanager-monitoring'].stringData['alertmanager.yaml']);
    expect(receiversFor(routing(prod), { alertname: 'Watchdog', severity: 'none' })).toEqual(['deadmansswitch']);
    expect(routing(prod).receivers.find((r: any) => r.name === 'deadmansswitch').webhook_configs[0].url_file).toBe(
      '/etc/alertmanager/secrets/alertmanager-receivers/deadmansswitch-url',
    );
    expect(receiversFor(routing(byKey(readAll(path.join(tmp, 'a', 'dev')))), { alertname: 'Watchdog', severity: 'none' })).toEqual([
      'null',
    ]);
  });

  test("the environments run kubeship's images from IMAGES (the config reloader too) and the apps' own, nothing else", () => {
    // the files the test above wrote (written here when this test runs alone)
    if (!fs.existsSync(path.join(tmp, 'a'))) {
      synthesize(defaultSources(path.join(tmp, 'a')));
    }
    const objects = ENVIRONMENTS.flatMap((env) => readAll(path.join(tmp, 'a', env)));
    const rendered = new Set<string>();
    const walk = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) {
        value.forEach((v) => walk(v, key));
      } else if (value && typeof value === 'object') {
        Object.entries(value).forEach(([k, v]) => walk(v, k));
      } else if (typeof value === 'string' && key === 'image') {
        rendered.add(value);
      } else if (typeof value === 'string' && value.startsWith('--prometheus-config-reloader=')) {
        rendered.add(value.slice('--prometheus-config-reloader='.length));
      }
    };
    walk(objects);
    const known = new Set<string>(Object.values(IMAGES));
    expect([...rendered].filter((image) => !known.has(image)).every((image) => image.startsWith('ghcr.io/example/'))).toBe(true);
    expect([...rendered].filter((image) => known.has(image)).sort()).toEqual(Object.values(IMAGES).sort());
  });

  test.each(ENVIRONMENTS)('amtool check-config accepts the Alertmanager config synthesized for %s', (env) => {
    const dir = path.join(tmp, 'amtool', env);
    synthesize(defaultSources(path.join(tmp, 'amtool'), [env]));
    const secret = readAll(dir).find((o) => o.kind === 'Secret' && o.metadata.name === 'alertmanager-monitoring');
    const plan = loadPlan({ env, configFile: path.join(ROOT, `Pulumi.${env}.yaml`) });
    // every credential the channels read, as the operator mounts the Secrets Pulumi creates
    const credentials = Object.fromEntries(
      Object.entries(plan.receiverCredentialKeys).map(([name, keys]) => [
        name,
        Object.fromEntries(
          keys.map((key) => [key, key.endsWith('url') || key.endsWith('webhook') ? 'https://hooks.example.com/x' : 'fake']),
        ),
      ]),
    );
    const mounted = mountLikeOperator(secret.stringData, credentials);
    try {
      const result = runTool('amtool', ['check-config', mounted.configFile]);
      expect(result.output).toContain('SUCCESS');
      expect(result.output).toContain(' - 1 templates');
      expect(result.code).toBe(0);
    } finally {
      mounted.remove();
    }
  });

  test("the emergency path from stack config: prod's api released without gates, said in the summary, exempt in the policy gate", () => {
    const config = yaml.parse(fs.readFileSync(path.join(ROOT, 'Pulumi.prod.yaml'), 'utf8'));
    config.config['kubeship:apps'].api.emergency = 'hotfix for INC-4711';
    const file = path.join(tmp, 'Pulumi.prod-emergency.yaml');
    fs.writeFileSync(file, yaml.stringify(config));
    const [result] = synthesize([{ env: 'prod', configFile: file, outdir: path.join(tmp, 'emergency') }]);
    expect(summarize(result)).toContain(
      'EMERGENCY release: canary steps and analysis skipped (hotfix for INC-4711); remove `emergency` after this deploy',
    );
    expect(summarize(result)).toMatch(
      /api .*\n.*EMERGENCY[^]*\n.*deploy 0s \(budget 5m: met\) \+ pod start-up; rollback until someone acts \(budget 2m: OVER\)/,
    );
    const objects = readAll(path.join(tmp, 'emergency'));
    const api = objects.find((o) => o.kind === 'Rollout' && o.metadata.name === 'api');
    expect(api.spec.strategy.canary.steps).toBeUndefined();
    const report = checkObjects(objects, {
      environment: 'prod',
      enforcement: 'mandatory',
      budgets: { deploymentSeconds: 300, rollbackSeconds: 120 },
    });
    expect(report.mandatory).toBe(0);
    expect(report.exempted.filter((f) => f.object === 'Rollout/shop/api').map((f) => [f.ruleId, f.exemption])).toEqual([
      ['rollout-with-analysis', 'emergency release: hotfix for INC-4711'],
      ['delivery-timing-budget', 'emergency release: hotfix for INC-4711'],
    ]);
  });

  test("the README's sample summary is what npm run synth prints for prod (up to the object list)", () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const sample = /```\n(prod -> dist\/prod[^]*?)```/
      .exec(readme)![1]
      .split('\n')
      .filter((l) => l && !l.startsWith('  objects:'));
    const [result] = synthesize([{ env: 'prod', configFile: path.join(ROOT, 'Pulumi.prod.yaml'), outdir: path.join(tmp, 'readme-prod') }]);
    const printed = summarize(result)
      .split('\n')
      .map((l) => l.replace(/^prod -> \S+/, 'prod -> dist/prod').replace(/^( {2}before applying: )\S+/, '$1dist/prod/PREREQUISITES.md'));
    expect(sample).toEqual(printed.filter((l) => !l.startsWith('  objects:')));
  });

  test('all or nothing: one bad environment leaves every output directory as it was', () => {
    const out = path.join(tmp, 'atomic');
    const sources = defaultSources(out, ['dev']);
    fs.mkdirSync(sources[0].outdir, { recursive: true });
    fs.writeFileSync(path.join(sources[0].outdir, 'old.yaml'), 'old');
    const bad = {
      env: 'qa',
      configFile: writeConfig('Pulumi.qa.yaml', { policyEnforcement: 'advisory', apps: { web: { image: 'x/web:1', replicas: -2 } } }),
      outdir: path.join(out, 'qa'),
    };
    expect(() => synthesize([...sources, bad])).toThrow(/kubeship:apps.web.replicas: got -2/);
    expect(fs.readdirSync(out).sort()).toEqual(['dev']);
    expect(fs.readdirSync(sources[0].outdir)).toEqual(['old.yaml']);
    // construct-level problems (found while building) are all-or-nothing too
    const invalid = {
      ...bad,
      configFile: writeConfig('Pulumi.qa2.yaml', {
        policyEnforcement: 'advisory',
        apps: {
          web: {
            image: 'x/web:1',
            strategy: { type: 'canary', analysis: { gates: [{ successRate: { minimum: 0.9 } }], startingStep: 9 } },
          },
        },
      }),
    };
    expect(() => synthesize([...sources, invalid])).toThrow(
      /Pulumi\.qa2\.yaml \(1 problem\):\n {2}1\. kubeship:apps\.web\.strategy\.analysis\.startingStep: got 9/,
    );
    expect(fs.readdirSync(sources[0].outdir)).toEqual(['old.yaml']);
  });

  test('the command prints a summary per environment; --env/--config/--out render one; bad input exits 1 without a trace', async () => {
    // spawned as `npm run synth` runs it
    const cliArgs = ['-r', path.join(ROOT, 'scripts/register.js'), path.join(ROOT, 'stacks/main.ts')];
    const custom = writeConfig('Pulumi.qa.yaml', {
      policyEnforcement: 'advisory',
      monitoring: { enabled: false },
      apps: { web: { image: 'x/web:1', replicas: 2 } },
    });
    const ok = await run(process.execPath, [...cliArgs, '--env', 'qa', '--config', custom, '--out', path.join(tmp, 'qa')], { cwd: ROOT });
    expect(ok.stdout).toContain('qa -> ');
    expect(ok.stdout).toMatch(/web +rolling +2 replicas, no HPA/);
    expect(ok.stdout).toContain('monitoring: off');
    expect(fs.readdirSync(path.join(tmp, 'qa'))).toEqual(['0000-namespaces.k8s.yaml', '0001-apps.k8s.yaml', 'PREREQUISITES.md']);

    const bad = writeConfig('Pulumi.broken.yaml', { policyEnforcement: 'sometimes', apps: { web: { image: 'web' } } });
    const failed = await run(process.execPath, [...cliArgs, '--env', 'broken', '--config', bad, '--out', path.join(tmp, 'broken')], {
      cwd: ROOT,
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('(2 problems)');
    expect(failed?.stderr).toContain('kubeship:policyEnforcement: got "sometimes"');
    expect(failed?.stderr).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(path.join(tmp, 'broken'))).toBe(false);
  });
});

describe('Pulumi program (stacks/index.ts) per stack, under mocks', () => {
  const runs: Record<string, ProgramRun> = {};
  beforeAll(async () => {
    for (const env of ENVIRONMENTS) {
      runs[env] = await runStackProgram(env);
    }
  });

  const COMMON = {
    'kubeship:monitoring:PrometheusOperator': 1,
    'kubeship:monitoring:MonitoringStack': 1,
    'kubeship:delivery:Workload': 2,
    'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition': 7,
    // the apps' and the monitoring namespace, created first
    'kubernetes:core/v1:Namespace': 2,
    // Prometheus, the operator and kube-state-metrics
    'kubernetes:rbac.authorization.k8s.io/v1:ClusterRole': 3,
    'kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding': 3,
    'kubernetes:monitoring.coreos.com/v1:Prometheus': 1,
    'kubernetes:monitoring.coreos.com/v1:Alertmanager': 1,
    // deployment, monitoring, remediation and two apps' alerts
    'kubernetes:monitoring.coreos.com/v1:PrometheusRule': 5,
    'kubernetes:core/v1:Secret': 1,
    // remediation, in every environment (dev in dry-run): its ServiceMonitor and PrometheusRule are counted above
    'kubernetes:rbac.authorization.k8s.io/v1:Role': 2,
    'kubernetes:rbac.authorization.k8s.io/v1:RoleBinding': 2,
    // remediation, Prometheus, Alertmanager, kube-state-metrics, the operator, two apps (Grafana's where it runs)
    'kubernetes:networking.k8s.io/v1:NetworkPolicy': 7,
  };
  const ROLLOUTS = {
    'kubeship:notifications:DeploymentEvents': 1,
    'kubernetes:core/v1:ConfigMap': 7,
    'kubernetes:apps/v1:Deployment': 4,
    // kube-state-metrics, Argo Rollouts, Prometheus, Alertmanager, Grafana, operator, remediation; the two Rollouts by PodMonitor
    'kubernetes:monitoring.coreos.com/v1:ServiceMonitor': 7,
    'kubernetes:monitoring.coreos.com/v1:PodMonitor': 2,
    'kubernetes:networking.k8s.io/v1:NetworkPolicy': 8,
    'kubernetes:argoproj.io/v1alpha1:Rollout': 2,
    'kubernetes:core/v1:Service': 8,
    'kubernetes:policy/v1:PodDisruptionBudget': 2,
    'kubernetes:autoscaling/v2:HorizontalPodAutoscaler': 2,
  };

  test('each stack registers the resources its config asks for', () => {
    expect(countByType(runs.dev.registered)).toEqual({
      // no Rollouts in dev: Argo Rollouts is not scraped; no Grafana
      ...COMMON,
      'kubernetes:apps/v1:Deployment': 5,
      'kubernetes:core/v1:Service': 5,
      'kubernetes:core/v1:ServiceAccount': 4,
      'kubernetes:core/v1:ConfigMap': 2,
      'kubernetes:monitoring.coreos.com/v1:ServiceMonitor': 7,
    });
    expect(countByType(runs.staging.registered)).toEqual({
      // per app: the smoke test before promotion, the success rate after
      ...COMMON,
      ...ROLLOUTS,
      'kubernetes:argoproj.io/v1alpha1:AnalysisTemplate': 4,
      'kubernetes:core/v1:ServiceAccount': 4,
    });
    expect(countByType(runs.prod.registered)).toEqual({
      ...COMMON,
      ...ROLLOUTS,
      'kubernetes:argoproj.io/v1alpha1:AnalysisTemplate': 4,
      'kubernetes:networking.k8s.io/v1:Ingress': 1,
      'kubernetes:core/v1:ServiceAccount': 5,
      'kubeship:aws:SnsAlerting': 1,
      'aws:sns/topic:Topic': 1,
      'aws:sns/topicPolicy:TopicPolicy': 1,
      'aws:iam/role:Role': 1,
      'aws:iam/rolePolicy:RolePolicy': 1,
      // backups: the Velero Schedule, its alerts, and the PodMonitor scraping Velero
      'kubeship:backup:BackupSchedule': 1,
      'kubernetes:velero.io/v1:Schedule': 1,
      'kubernetes:monitoring.coreos.com/v1:PrometheusRule': 6,
      'kubernetes:monitoring.coreos.com/v1:PodMonitor': 3,
    });
  });

  test("stack outputs: Grafana, Alertmanager, SNS topic and every app's Service", () => {
    expect(runs.prod.outputs).toEqual({
      environment: 'prod',
      policyEnforcement: 'mandatory',
      backupSchedule: 'velero/kubeship-prod',
      prometheusUrl: 'http://prometheus-operated.monitoring.svc:9090',
      alertmanagerUrl: 'http://alertmanager-operated.monitoring.svc:9093',
      alertmanagerService: 'alertmanager-operated.monitoring',
      grafanaService: 'monitoring-grafana',
      grafanaUrl: 'http://monitoring-grafana.monitoring.svc',
      smsTopicArn: 'arn:aws:sns:eu-west-1:123456789012:shop-prod-alerts',
      monitoringStack: {
        selectorLabels: { 'monitoring.kubeship.dev/stack': 'monitoring' },
        targetLabels: { environment: 'prod' },
        scrapeIntervalSeconds: 30,
        prometheusPods: { namespace: 'monitoring', podLabels: { 'app.kubernetes.io/name': 'prometheus', prometheus: 'monitoring' } },
        prometheusUrl: 'http://prometheus-operated.monitoring.svc:9090',
      },
      services: {
        api: { kind: 'Rollout', namespace: 'shop', service: 'api', url: 'http://api.shop.svc' },
        web: { kind: 'Rollout', namespace: 'shop', service: 'web', url: 'http://web.shop.svc' },
      },
    });
    expect(runs.dev.outputs.grafanaUrl).toBeUndefined();
    expect(runs.dev.outputs.smsTopicArn).toBeUndefined();
  });

  test('examples/consumer: another project joins the prod monitoring stack through a StackReference', async () => {
    const consumer = await runProgram('../../examples/consumer/index', {
      stack: 'prod',
      project: 'checkout',
      config: { 'checkout:platformStack': 'acme/kubeship/prod', 'checkout:image': 'ghcr.io/example/checkout:3.1.0' },
      references: { 'acme/kubeship/prod': runs.prod.outputs },
    });
    expect(consumer.outputs).toEqual({ service: 'checkout', grafanaUrl: 'http://monitoring-grafana.monitoring.svc' });
    const inputs = byKey(consumer.registered.filter((r) => r.custom && r.type.startsWith('kubernetes:')).map((r) => r.inputs));
    expect(inputs['PodMonitor/checkout/checkout'].metadata.labels).toMatchObject({ 'monitoring.kubeship.dev/stack': 'monitoring' });
    expect(inputs['AnalysisTemplate/checkout/checkout-success-rate'].spec.metrics[0].provider.prometheus.address).toBe(
      'http://prometheus-operated.monitoring.svc:9090',
    );
  });

  test('both doors: every Kubernetes object Pulumi registers equals the one npm run synth writes', () => {
    synthesize(defaultSources(path.join(tmp, 'doors')));
    for (const env of ENVIRONMENTS) {
      const synthesized = byKey(readAll(path.join(tmp, 'doors', env)));
      const registered = byKey(
        runs[env].registered.filter((r) => r.custom && r.type.startsWith('kubernetes:')).map((r) => revealed(r.inputs)),
      );
      expect({ env, keys: Object.keys(registered).sort() }).toEqual({ env, keys: Object.keys(synthesized).sort() });
      for (const [key, object] of Object.entries(synthesized)) {
        expect({ env, key, object: registered[key] }).toEqual({ env, key, object });
      }
    }
  });

  test('the stacks differ exactly where their config differs', () => {
    const inputs = (env: string) =>
      byKey(runs[env].registered.filter((r) => r.custom && r.type.startsWith('kubernetes:')).map((r) => r.inputs));
    const [dev, staging, prod] = ENVIRONMENTS.map(inputs);
    // what no environment setting touches is identical everywhere
    for (const key of Object.keys(dev).filter(
      (k) =>
        /^(CustomResourceDefinition|ClusterRole|ClusterRoleBinding)\//.test(k) ||
        (k.includes('prometheus-operator') && !k.startsWith('ServiceMonitor/')),
    )) {
      expect({ key, staging: staging[key], prod: prod[key] }).toEqual({ key, staging: dev[key], prod: dev[key] });
    }
    const prometheus = (objects: Record<string, any>) => {
      const { replicas, retention, retentionSize, storage } = objects['Prometheus/monitoring/monitoring'].spec;
      return { replicas, retention, retentionSize, storage: storage?.volumeClaimTemplate.spec.resources.requests.storage };
    };
    expect([dev, staging, prod].map(prometheus)).toEqual([
      { replicas: 1, retention: '1d', retentionSize: undefined, storage: undefined },
      { replicas: 1, retention: '7d', retentionSize: '18GB', storage: '20Gi' },
      { replicas: 2, retention: '30d', retentionSize: '90GB', storage: '100Gi' },
    ]);
    expect([dev, staging, prod].map((o) => o['Alertmanager/monitoring/monitoring'].spec.replicas)).toEqual([1, 2, 3]);
    const app = (objects: Record<string, any>, name: string) => {
      const workload = objects[`Deployment/shop/${name}`] ?? objects[`Rollout/shop/${name}`];
      const hpa = objects[`HorizontalPodAutoscaler/shop/${name}`];
      const container = workload.spec.template.spec.containers[0];
      return {
        kind: workload.kind,
        replicas: workload.spec.replicas,
        hpa: hpa && [hpa.spec.minReplicas, hpa.spec.maxReplicas, hpa.spec.behavior.scaleDown.stabilizationWindowSeconds],
        resources: container.resources,
        strategy: Object.keys(workload.spec.strategy)[0],
        image: container.image,
      };
    };
    expect([dev, staging, prod].map((o) => app(o, 'web'))).toEqual([
      {
        kind: 'Deployment',
        replicas: 1,
        hpa: undefined,
        resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '500m', memory: '512Mi' } },
        strategy: 'rollingUpdate',
        image: 'ghcr.io/example/shop-web:2.4.0-rc.2',
      },
      {
        kind: 'Rollout',
        replicas: undefined,
        hpa: [2, 4, 300],
        resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1000m', memory: '1Gi' } },
        strategy: 'blueGreen',
        image: 'ghcr.io/example/shop-web:2.4.0',
      },
      {
        kind: 'Rollout',
        replicas: undefined,
        hpa: [5, 12, 300],
        resources: { requests: { cpu: '1000m', memory: '2Gi' }, limits: { cpu: '2000m', memory: '2Gi' } },
        strategy: 'canary',
        image: 'ghcr.io/example/shop-web:2.3.1@sha256:8dbc67a1c62a62c51b14c1c5ab6da1bc88af74c84e58ef423f096fe7a978c067',
      },
    ]);
  });
});
