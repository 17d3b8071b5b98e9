/**
 * `npm run policy` as users run it (the command the script runs, a fresh process), next to the
 * floor measured in the same run: a process that only parses the same files with the fastest safe
 * YAML parser here (js-yaml, core schema). Goal: at most 1.5x, and 50,000 objects under 1 GiB.
 *
 * Inputs: what `npm run synth` writes (dev, staging, prod), and one cluster of many teams: the prod
 * environment's operator and monitoring objects once and its apps (Rollouts, Services, PDBs, HPAs,
 * ServiceMonitors, ...) copied into as many namespaces as it takes to reach 10,000 and 50,000
 * objects, 500 objects per file. The rendered sets run without a stack config (every rule
 * mandatory); `dist/` is also checked as in the repository, each environment's stack config
 * validated as synth validates it (a fixed cost the floor does not have).
 * Also shown: the rules alone over the objects in memory.
 *
 * Prints a table; `--record` writes bench/policy-results.json.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as jsyaml from 'js-yaml';
import { checkObjects, KubeObject } from '../constructs/policy';
import { yamlFileDocuments } from '../policies/documents';
import { defaultSources, synthesize } from '../stacks/main';
import { interleaved, median, node, ratio, record, ROOT, Run, scriptArgs } from './lib';

const SIZES = [10_000, 50_000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PER_FILE = 500;

// the floor: parse every YAML file under the directories with js-yaml's core schema, nothing else
const PARSE = `
const fs = require('fs'); const path = require('path'); const jsyaml = require(${JSON.stringify(require.resolve('js-yaml'))});
let n = 0;
const walk = (p) => fs.statSync(p).isDirectory() ? fs.readdirSync(p).sort().forEach((e) => walk(path.join(p, e)))
  : /\\.ya?ml$/.test(p) && jsyaml.loadAll(fs.readFileSync(p, 'utf8'), () => n++, { schema: jsyaml.CORE_SCHEMA });
process.argv.slice(1).forEach(walk);
if (n === 0) process.exit(3);`;

function read(dir: string): KubeObject[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => [...yamlFileDocuments(path.join(dir, f))].flatMap((d) => ('value' in d && d.value ? [d.value as KubeObject] : [])));
}

/** `target` objects: prod's shared objects once, its apps copied into team namespaces. */
function cluster(prod: string, target: number): KubeObject[] {
  const all = read(prod);
  const apps = all.filter((o) => o.metadata?.namespace === 'shop');
  // the platform's backup covers every team's namespace (one cluster-wide Velero Schedule)
  const set = all
    .filter((o) => o.metadata?.namespace !== 'shop')
    .map((o) => (o.kind === 'Schedule' ? { ...o, spec: { ...o.spec, template: { ...o.spec.template, includedNamespaces: ['*'] } } } : o));
  for (let team = 0; set.length < target; team++) {
    for (const o of apps) {
      if (set.length >= target) {
        break;
      }
      const copy = JSON.parse(JSON.stringify(o));
      copy.metadata.namespace = `team-${team}`;
      set.push(copy);
    }
  }
  return set;
}

function write(dir: string, objects: readonly KubeObject[]): void {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < objects.length; i += PER_FILE) {
    const text = objects
      .slice(i, i + PER_FILE)
      .map((o) => jsyaml.dump(o, { lineWidth: -1, noRefs: true }))
      .join('---\n');
    fs.writeFileSync(path.join(dir, `${String(i / PER_FILE).padStart(4, '0')}.k8s.yaml`), text);
  }
}

function main(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-policybench-'));
  try {
    const policy = scriptArgs('policy');
    const rendered = path.join(tmp, 'dist');
    synthesize(defaultSources(rendered));
    const inputs: Array<{ name: string; dir: string; objects: number; args: string[]; cwd: string; rounds: number; rules?: number }> = [];
    const count = (dir: string) =>
      fs.readdirSync(dir).flatMap((e) => (fs.statSync(path.join(dir, e)).isDirectory() ? read(path.join(dir, e)) : [])).length;
    inputs.push({
      name: 'dist/ (3 environments), no stack config',
      dir: rendered,
      objects: count(rendered),
      args: [rendered],
      cwd: tmp,
      rounds: ROUNDS,
    });
    inputs.push({
      name: 'dist/ with stack configs, each validated',
      dir: rendered,
      objects: count(rendered),
      args: [rendered],
      cwd: ROOT,
      rounds: ROUNDS,
    });
    for (const size of SIZES) {
      const objects = cluster(path.join(rendered, 'prod'), size);
      const dir = path.join(tmp, `cluster-${size}`);
      write(dir, objects);
      const start = process.hrtime.bigint();
      checkObjects(objects, { environment: 'prod', enforcement: 'mandatory' });
      const rules = Number(process.hrtime.bigint() - start) / 1e6;
      inputs.push({
        name: `${size.toLocaleString('en')} objects, one cluster of teams`,
        dir,
        objects: objects.length,
        args: [dir, '--env', 'prod'],
        cwd: tmp,
        rounds: size > 20_000 ? Math.min(ROUNDS, 3) : ROUNDS,
        rules: Math.round(rules),
      });
    }
    const rows = inputs.map((input) => {
      const [cli, floor] = interleaved(
        input.rounds,
        () =>
          node([...policy.map((a) => (a.startsWith('./') || a.endsWith('.ts') ? path.join(ROOT, a) : a)), ...input.args], {
            cwd: input.cwd,
            ok: [0, 1],
          }),
        () => node(['-e', PARSE, input.dir], { cwd: input.cwd }),
      );
      return { ...input, cli, floor };
    });
    console.log(`npm run policy (${policy.join(' ')}), median of interleaved rounds, Node ${process.version}, ${os.cpus().length} cores`);
    console.log('input | objects | policy ms | MiB | js-yaml parse ms | ratio (goal <= 1.5) | rules alone ms');
    for (const r of rows) {
      const x = ratio(r.cli.ms, r.floor.ms);
      const goal = r.cwd === ROOT ? '(fixed validation cost)' : x <= 1.5 ? 'met' : 'MISSED';
      console.log(`${r.name} | ${r.objects} | ${r.cli.ms} | ${r.cli.rssMiB} | ${r.floor.ms} | ${x} ${goal} | ${r.rules ?? '-'}`);
    }
    const largest = rows[rows.length - 1];
    console.log(
      `peak memory at ${largest.objects} objects: ${largest.cli.rssMiB} MiB (goal < 1024 MiB: ${largest.cli.rssMiB < 1024 ? 'met' : 'MISSED'})`,
    );
    record('policy-results.json', {
      command: policy.join(' '),
      rows: rows.map((r: { name: string; objects: number; cli: Run; floor: Run; rules?: number; rounds: number }) => ({
        input: r.name,
        objects: r.objects,
        rounds: r.rounds,
        policyMs: r.cli.ms,
        policyRssMiB: r.cli.rssMiB,
        jsYamlParseMs: r.floor.ms,
        ratio: ratio(r.cli.ms, r.floor.ms),
        rulesAloneMs: r.rules,
      })),
      goals: { ratioAtMost: 1.5, rssMiBAt50kBelow: 1024 },
      medianRatio: median(rows.map((r) => ratio(r.cli.ms, r.floor.ms))),
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main();
