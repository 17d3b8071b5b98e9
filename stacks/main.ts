/**
 * The main job: renders every environment (`Pulumi.<env>.yaml`) through cdk8s into `dist/<env>/`,
 * with no cloud, no cluster and no Pulumi CLI, and prints what each environment deploys.
 *
 *   npm run synth                                               # dev, staging and prod
 *   npm run synth -- --env prod                                 # one of them
 *   npm run synth -- --env qa --config my/Pulumi.qa.yaml --out out/qa
 *
 * Output is all or nothing: every environment is validated and synthesized into a staging
 * directory first; only when all succeeded do the new directories replace the old ones. A bad
 * config prints every problem (path, value, allowed, fix) and exits 1 without a stack trace.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as os from 'os';
import { ApiObject, App, Chart, Yaml, YamlOutputType } from 'cdk8s';
import {
  BackupSchedule,
  DatadogMonitors,
  DEFAULT_REMEDIATION_ACTIONS,
  DeliveryTiming,
  DeploymentEvents,
  irsaServiceAccount,
  MonitoringStack,
  namespaceManifest,
  PrometheusOperator,
  PrometheusOperatorCrds,
  Workload,
} from '../constructs';
import { ApplyGroup, orderCharts } from './apply-order';
import { prerequisites, PREREQUISITES_FILE, requiredSecrets } from './prerequisites';
import { formatSeconds } from '../constructs/config';
import { AlertLatency, alertLatenciesIn } from '../constructs/policy';
import { loadStackConfigFile, readStackConfigFile } from './stack-file';
import { inConfigTerms } from './config-paths';
import { PreparedDirectory, prepareDirectory } from './atomic-output';
import { EnvironmentPlan, planEnvironment } from './environment';
import type { JsonValue } from '../constructs/config';

/** The environments of this repository (one `Pulumi.<env>.yaml` each). */
export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;

/** The project directory (where `Pulumi.yaml` is). */
export const PROJECT_DIR = path.resolve(__dirname, '..');

/** One environment to render. */
export interface EnvironmentSource {
  /** The stack name (and the default environment name). */
  readonly env: string;
  /** The stack config file. */
  readonly configFile: string;
  /** Where its YAML goes. */
  readonly outdir: string;
  /**
   * The output root `outdir` sits in as `<root>/<env>` (`dist/`): the environments rendered together
   * replace their directories there in one swap of the root, the root's other entries carried
   * over. Without it, `outdir` itself is replaced in one swap.
   */
  readonly root?: string;
}

/** What one environment rendered. */
export interface EnvironmentResult {
  readonly env: string;
  readonly outdir: string;
  readonly plan: EnvironmentPlan;
  readonly files: string[];
  /** Objects per kind. */
  readonly objects: Record<string, number>;
  /** Each app's delivery timing (deployment by its strategy, rollback of a failing version). */
  readonly timings: Record<string, DeliveryTiming>;
  /** The worst-case latency of every alert, from the change in the cluster to the notification. */
  readonly alertLatencies: readonly AlertLatency[];
  /** The backup schedule's longest gap between runs and alert threshold, in seconds. */
  readonly backup?: { readonly longestGapSeconds?: number; readonly alertAfterSeconds?: number };
}

/** The default sources: every environment of the repository into `<outRoot>/<env>/`. */
export function defaultSources(outRoot = path.join(PROJECT_DIR, 'dist'), envs: readonly string[] = ENVIRONMENTS): EnvironmentSource[] {
  return envs.map((env) => ({
    env,
    configFile: path.join(PROJECT_DIR, `Pulumi.${env}.yaml`),
    outdir: path.join(outRoot, env),
    root: outRoot,
  }));
}

/** Reads and validates a stack config file into a plan (throws one error listing every problem). */
export function loadPlan(source: Pick<EnvironmentSource, 'env' | 'configFile'>): EnvironmentPlan {
  return planEnvironment(loadStackConfigFile(source.configFile, configLabel(source), source.env), { stack: source.env });
}

/**
 * Every construct's problems in `app` (what `app.synth()` would refuse), each as
 * `[construct path] problem`; empty when the app can be synthesized.
 */
export function validationErrors(app: App): string[] {
  return app.node.findAll().flatMap((c) => c.node.validate().map((message) => `[${c.node.path}] ${message}`));
}

/**
 * The construct problems of an environment's app, each under the `kubeship:` key it came from,
 * as one message worded like the config's own problems; undefined when there are none.
 */
function environmentProblems(app: App, source: Pick<EnvironmentSource, 'configFile'>): string | undefined {
  const errors = validationErrors(app);
  if (!errors.length) {
    return undefined;
  }
  const lines = inConfigTerms(errors, readStackConfigFile(source.configFile).config);
  return `Invalid ${configLabel(source)} (${lines.length === 1 ? '1 problem' : `${lines.length} problems`}):\n${lines.map((l, i) => `  ${i + 1}. ${l}`).join('\n')}`;
}

function configLabel(source: Pick<EnvironmentSource, 'configFile'>): string {
  return `stack config ${path.relative(process.cwd(), source.configFile) || source.configFile}`;
}

/**
 * Everything synthesis checks for one environment, without writing: the stack file, the config
 * and every construct built from it. Throws one error listing every problem; the policy CLI's
 * `--config` runs exactly this, so a file synth refuses is refused there too.
 */
export function checkEnvironment(source: Pick<EnvironmentSource, 'env' | 'configFile'>): EnvironmentPlan {
  const plan = loadPlan(source);
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-check-')) });
  try {
    buildEnvironment(app, plan);
    const problems = environmentProblems(app, source);
    if (problems) {
      throw new Error(problems);
    }
  } finally {
    fs.rmSync(app.outdir, { recursive: true, force: true });
  }
  return plan;
}

/** Builds the charts of one environment into `app`, in apply order (see `apply-order.ts`). */
export function buildEnvironment(app: App, plan: EnvironmentPlan): Chart[] {
  const charts: Array<{ chart: Chart; group: ApplyGroup }> = [];
  const chart = (group: ApplyGroup, namespace: string | undefined) => {
    const created = new Chart(app, group, { namespace, disableResourceNameHashes: true });
    charts.push({ chart: created, group });
    return created;
  };
  if (plan.namespaces.length) {
    const namespaces = chart('namespaces', undefined);
    for (const name of plan.namespaces) {
      new ApiObject(namespaces, `namespace-${name}`, namespaceManifest(name));
    }
  }
  if (plan.installPrometheusOperator && plan.monitoring) {
    new PrometheusOperatorCrds(chart('prometheus-operator-crds', plan.monitoringNamespace), 'crds');
    new PrometheusOperator(chart('prometheus-operator', plan.monitoringNamespace), 'PrometheusOperator', { crds: false });
  }
  let stack: MonitoringStack | undefined;
  if (plan.monitoring) {
    const monitoring = chart('monitoring', plan.monitoringNamespace);
    stack = new MonitoringStack(monitoring, 'monitoring', plan.monitoring);
    if (plan.monitoring.alertmanager?.serviceAccountName && plan.sms) {
      // SnsAlerting creates it in the Pulumi door; here the role is referenced by its ARN
      new ApiObject(
        monitoring,
        'alertmanager-sns',
        irsaServiceAccount(plan.sms.serviceAccountName, plan.monitoringNamespace, plan.sms.roleArn),
      );
    }
  }
  if (plan.backup) {
    const { alertAfter, ...props } = plan.backup;
    new BackupSchedule(chart('backup', props.veleroNamespace), 'backup', {
      ...props,
      ...(stack ? { monitoring: { stack, alertAfter } } : {}),
    });
  }
  const apps = chart('apps', plan.namespace);
  const events = plan.deploymentEvents && new DeploymentEvents(apps, 'deployment-events', plan.deploymentEvents);
  if (plan.datadog) {
    new DatadogMonitors(apps, 'datadog', plan.datadog);
  }
  for (const [name, props] of Object.entries(plan.apps)) {
    new Workload(apps, name, {
      ...props,
      ...(stack ? { monitoring: { stack } } : {}),
      ...(events && plan.eventApps.includes(name) ? { deploymentEvents: events } : {}),
    });
  }
  return orderCharts(charts);
}

/**
 * Runs `synth` with cdk8s' YAML files written from a memo of the document sets already serialized
 * in this run: the Prometheus Operator's CRDs (95% of the bytes) are the same in every environment
 * and are serialized once. The key keeps what JSON drops (`undefined`, which cdk8s writes as null),
 * so only identical documents share text; `Yaml.save` is restored afterwards.
 */
export function withSerializedOnce<T>(memo: Map<string, string>, synth: () => T, saved?: (file: string, docs: JsonValue[]) => void): T {
  const save = Yaml.save;
  const keep = (_key: string, value: unknown) => (value === undefined ? '\u0000undefined' : value);
  Yaml.save = (file: string, docs: JsonValue[]) => {
    saved?.(file, docs);
    const key = JSON.stringify(docs, keep);
    let text = memo.get(key);
    if (text === undefined) {
      text = Yaml.stringify(...docs);
      memo.set(key, text);
    }
    fs.writeFileSync(file, text, { encoding: 'utf8' });
  };
  try {
    return synth();
  } finally {
    Yaml.save = save;
  }
}

/**
 * Renders the environments; all or nothing. Throws one error naming every problem of every
 * environment; on success each `outdir` holds exactly the new files.
 */
export function synthesize(sources: readonly EnvironmentSource[]): EnvironmentResult[] {
  const errors: string[] = [];
  const plans = sources.map((source) => {
    try {
      return loadPlan(source);
    } catch (e) {
      errors.push((e as Error).message);
      return undefined;
    }
  });
  if (errors.length) {
    throw new Error(errors.join('\n\n'));
  }
  // one swap per output root (`dist/`: every environment at once), or per directory without one
  const units = new Map<string, Array<{ source: EnvironmentSource; plan: EnvironmentPlan }>>();
  sources.forEach((source, i) => {
    const unit = source.root !== undefined && path.dirname(source.outdir) === source.root ? source.root : source.outdir;
    units.set(unit, [...(units.get(unit) ?? []), { source, plan: plans[i]! }]);
  });
  const results: EnvironmentResult[] = [];
  const serialized = new Map<string, string>();
  const renderInto = (dir: string, source: EnvironmentSource, plan: EnvironmentPlan) => {
    try {
      const app = new App({ outdir: dir, yamlOutputType: YamlOutputType.FILE_PER_CHART });
      const objects: Record<string, number> = {};
      const charts = buildEnvironment(app, plan);
      const invalid = environmentProblems(app, source);
      if (invalid) {
        errors.push(invalid);
        return;
      }
      // the objects as written, for what the summary derives from them (alert latencies)
      const written: JsonValue[] = [];
      withSerializedOnce(
        serialized,
        () => app.synth(),
        (file, docs) => {
          if (!file.includes('-crds.')) {
            written.push(...docs);
          }
        },
      );
      fs.writeFileSync(path.join(dir, PREREQUISITES_FILE), `${prerequisites(plan, fs.readdirSync(dir).sort()).join('\n')}\n`);
      // counted from the constructs: rendering the charts again (toJson) would repeat the synthesis
      for (const o of charts.flatMap((c) => c.node.findAll().filter((n): n is ApiObject => n instanceof ApiObject && Chart.of(n) === c))) {
        objects[o.kind] = (objects[o.kind] ?? 0) + 1;
      }
      const timings = Object.fromEntries(
        app.node
          .findAll()
          .filter((n): n is Workload => n instanceof Workload)
          .map((w) => [w.name, w.timing]),
      );
      const schedule = app.node.findAll().find((n): n is BackupSchedule => n instanceof BackupSchedule);
      results.push({
        env: source.env,
        outdir: source.outdir,
        plan,
        files: fs.readdirSync(dir).sort(),
        objects,
        timings,
        alertLatencies: alertLatenciesIn(written),
        ...(schedule ? { backup: { longestGapSeconds: schedule.longestGapSeconds, alertAfterSeconds: schedule.alertAfterSeconds } } : {}),
      });
    } catch (e) {
      errors.push(`Environment ${source.env} (${path.relative(process.cwd(), source.configFile)}):\n${(e as Error).message}`);
    }
  };
  // every unit is built first; only when all rendered are they swapped in
  const prepared: PreparedDirectory[] = [];
  for (const [unit, members] of units) {
    const own = new Set(members.map((m) => path.basename(m.source.outdir)));
    prepared.push(
      prepareDirectory(
        unit,
        (next) => {
          for (const { source, plan } of members) {
            renderInto(unit === source.outdir ? next : path.join(next, path.basename(source.outdir)), source, plan);
          }
        },
        (name) => unit !== members[0].source.outdir && !own.has(name),
      ),
    );
  }
  if (errors.length) {
    prepared.forEach((p) => p.abandon());
    throw new Error(errors.join('\n\n'));
  }
  prepared.forEach((p) => p.commit());
  return results;
}

/** The readable summary `npm run synth` prints for one environment. */
export function summarize(result: EnvironmentResult): string {
  const { plan } = result;
  const lines = [`${result.env} -> ${path.relative(process.cwd(), result.outdir) || '.'} (${result.files.join(', ')})`];
  lines.push(`  environment ${plan.environment}, namespace ${plan.namespace}, policies ${plan.policyEnforcement}`);
  lines.push('  apps:');
  for (const [name, props] of Object.entries(plan.apps)) {
    const scaling = props.autoscaling
      ? `HPA ${props.autoscaling.minReplicas}..${props.autoscaling.maxReplicas} replicas`
      : `${props.replicas} replica${props.replicas === 1 ? '' : 's'}, no HPA`;
    const strategy = props.strategy?.type ?? 'rolling';
    const cpu = props.resources?.cpu?.request ?? 'default';
    const memory = props.resources?.memory?.request ?? 'default';
    lines.push(
      `    ${name.padEnd(10)} ${strategy.padEnd(10)} ${scaling.padEnd(28)} cpu ${cpu}, memory ${memory}${plan.eventApps.includes(name) ? ', deployment events' : ''}`,
    );
    if (props.emergency) {
      lines.push(
        `               EMERGENCY release: canary steps and analysis skipped (${props.emergency.reason}); remove \`emergency\` after this deploy`,
      );
    }
    const timing = result.timings[name];
    if (timing) {
      const budget = (seconds: number, limit: number | undefined) =>
        limit === undefined ? '' : seconds <= limit ? ` (budget ${formatSeconds(limit)}: met)` : ` (budget ${formatSeconds(limit)}: OVER)`;
      lines.push(
        `               deploy ${formatSeconds(timing.deploySeconds)}${budget(timing.deploySeconds, plan.timingBudgets.deploymentSeconds)}` +
          ` + pod start-up; rollback ${formatSeconds(timing.rollbackSeconds)}${budget(timing.rollbackSeconds, plan.timingBudgets.rollbackSeconds)}`,
      );
    }
  }
  const unpinned = Object.entries(plan.apps)
    .filter(([, props]) => !/@sha256:[a-f0-9]{64}$/.test(props.image))
    .map(([name]) => name);
  lines.push(
    `  images: ${unpinned.length ? `${unpinned.join(', ')} by tag only, not pinned by digest (a tag can be moved to other content)` : 'every app pinned by digest'}`,
  );
  if (plan.monitoring) {
    const m = plan.monitoring;
    lines.push(
      `  monitoring: Prometheus x${m.prometheus?.replicas} (${m.prometheus?.retention}, ${m.prometheus?.storage?.size ?? 'no volume'}), ` +
        `Alertmanager x${m.alertmanager?.replicas}, Grafana ${m.grafana ? 'on' : 'off'}, kube-state-metrics ${m.kubeStateMetrics === false ? 'off' : 'installed'}, ` +
        `Argo Rollouts ${m.argoRollouts === false ? 'not scraped (no Rollouts)' : 'scraped'}`,
    );
    const roles = m.notifications?.roles ?? [];
    const escalations = (m.notifications?.escalations ?? [])
      .map((e) => `; ${(e.severities ?? ['critical']).join(', ')} to ${e.to} after ${e.after}`)
      .join('');
    const watchdog = m.notifications?.deadMansSwitch?.length
      ? `; Watchdog to ${m.notifications.deadMansSwitch.map((c) => c.displayName).join(', ')}`
      : '';
    lines.push(
      `  receivers: ${roles.length ? roles.map((r) => `${r.name} (${[...new Set(r.channels.map((c) => c.displayName))].join(', ')}${r.severities ? `; ${r.severities.join(', ')}` : ''})`).join('; ') : 'none'}` +
        `${escalations}${watchdog}`,
    );
    const windows = m.notifications?.maintenanceWindows ?? [];
    if (windows.length) {
      lines.push(
        `  maintenance windows: ${windows.map((w) => `${w.name} ${(w.weekdays ?? []).join(',')} ${(w.times ?? []).map((t) => `${t.start}-${t.end}`).join(',')} ${w.location ?? 'UTC'}`).join('; ')}`,
      );
    }
    const r = m.remediation;
    lines.push(
      `  remediation: ${
        r
          ? `${r.dryRun ? 'dry-run' : 'on'}, ${Object.keys(r.actions ?? DEFAULT_REMEDIATION_ACTIONS).join(', ')}; ` +
            `at most ${r.maxAttempts ?? 3} per target, ${r.cooldown ?? '5m'} apart, in ${r.namespaces.join(', ')}`
          : 'off'
      }`,
    );
  } else {
    lines.push('  monitoring: off');
  }
  const critical = new Map<string, AlertLatency>();
  for (const l of result.alertLatencies.filter((x) => x.severity === 'critical')) {
    if ((critical.get(l.alert)?.worstSeconds ?? -1) < l.worstSeconds) {
      critical.set(l.alert, l);
    }
  }
  if (critical.size) {
    const budget = plan.timingBudgets.alertDeliverySeconds;
    const slowest = Math.max(...[...critical.values()].map((l) => l.deliverySeconds));
    lines.push(
      `  critical alerts, worst case from the change to the notification (scrape + evaluation + for + group_wait): ` +
        `${[...critical.values()].map((l) => `${l.alert} ${formatSeconds(l.worstSeconds)}`).join(', ')}; ` +
        `delivery after firing ${formatSeconds(slowest)}${budget === undefined ? '' : ` (budget ${formatSeconds(budget)}: ${slowest <= budget ? 'met' : 'OVER'})`}`,
    );
  }
  const backup = plan.backup;
  const schedule = result.backup;
  lines.push(
    `  backup: ${
      backup
        ? `Velero Schedule ${backup.veleroNamespace}/${backup.name} "${backup.schedule}" (runs at most ${formatSeconds(schedule?.longestGapSeconds ?? 0)} apart), ` +
          `keep ${backup.ttl}, namespaces ${backup.namespaces.join(', ')}, volumes by ${backup.volumes ?? 'snapshot'} to ${backup.storageLocation ?? 'default'}` +
          `${plan.monitoring ? `, Prometheus volume ${plan.monitoring.prometheus?.excludeFromBackup ? 'excluded' : 'included'}; alert when no success for ${formatSeconds(schedule?.alertAfterSeconds ?? 0)}` : ''}`
        : 'off'
    }`,
  );
  const secrets = requiredSecrets(plan);
  lines.push(
    `  secrets to create: ${secrets.length ? secrets.map((s) => `${s.namespace}/${s.name} (${s.keys.join(', ')})${s.pulumiConfig ? '*' : ''}`).join(', ') : 'none'}` +
      `${secrets.some((s) => s.pulumiConfig) ? '; * pulumi up creates it from secret config' : ''}`,
  );
  lines.push(
    `  before applying: ${path.join(path.relative(process.cwd(), result.outdir) || '.', PREREQUISITES_FILE)} (controllers, Secrets, apply order: CRDs first, server-side)`,
  );
  lines.push(
    `  objects: ${Object.entries(result.objects)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}`,
  );
  return lines.join('\n');
}

/** Parses `--env <env> --config <file> --out <dir>` (each optional). */
export function parseArgs(argv: readonly string[]): EnvironmentSource[] {
  const options: Record<string, string> = {};
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const match = /^--(env|config|out)(?:=(.*))?$/.exec(flag);
    if (!match) {
      problems.push(`${flag}: unknown argument; allowed: --env <env>, --config <file>, --out <dir>`);
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined || value.startsWith('--')) {
      problems.push(`--${match[1]}: needs a value`);
      continue;
    }
    options[match[1]] = value;
  }
  if ((options.config || options.out) && !options.env) {
    problems.push('--config and --out render one environment: add --env <env> (its name, e.g. qa)');
  }
  if (options.env && !options.config && !(ENVIRONMENTS as readonly string[]).includes(options.env)) {
    problems.push(
      `--env ${options.env}: no Pulumi.${options.env}.yaml here; allowed: ${ENVIRONMENTS.join(', ')}, or give its file with --config`,
    );
  }
  if (problems.length) {
    throw new Error(`Invalid arguments:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  if (!options.env) {
    return defaultSources();
  }
  return [
    {
      env: options.env,
      configFile: path.resolve(options.config ?? path.join(PROJECT_DIR, `Pulumi.${options.env}.yaml`)),
      outdir: path.resolve(options.out ?? path.join(PROJECT_DIR, 'dist', options.env)),
    },
  ];
}

if (require.main === module) {
  try {
    const results = synthesize(parseArgs(process.argv.slice(2)));
    console.log(results.map(summarize).join('\n\n'));
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
