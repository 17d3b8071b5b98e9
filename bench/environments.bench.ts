/**
 * The main job's speed as users run it, each next to a reference measured in the same run
 * (fresh processes, rounds interleaved, medians):
 *
 * - `npm run synth`: the command the script runs (`node -r ./scripts/register.js stacks/main.ts`,
 *   dev + staging + prod, the transpile cache warm) against the **yaml-only floor**: a process that
 *   loads only `yaml` and writes the very same bytes (checked) from the documents given as JSON.
 *   Goal: at most 1.5x. Also shown: the first run after a clone or an edit (empty transpile cache),
 *   the same through `npm run` (npm's own start-up included), and plain cdk8s writing the objects.
 * - Pulumi evaluation of the prod stack under mocks (`stacks/index.ts` with Pulumi.prod.yaml) against
 *   the same objects registered through `k8s.yaml.ConfigGroup`. Goal: at most 1.2x.
 *
 * Prints a table; `--record` writes bench/environments-results.json.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'yaml';
import { interleaved, node, ratio, record, ROOT, Run, scriptArgs } from './lib';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const DIST = path.join(ROOT, 'dist');

// loads only the serializer; writes every file of dist/ again from its documents (cdk8s' YAML options)
const FLOOR = `
const fs = require('fs'); const path = require('path'); const YAML = require('yaml');
const files = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
for (const f of files) {
  const p = path.join(process.argv[2], f.file);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, f.text ?? f.docs.map((d) => YAML.stringify(d, { keepUndefined: true, lineWidth: 0, version: '1.2' })).join('---\\n'));
}`;

// a fresh process writing the synthesized objects again with plain cdk8s (one chart per file)
const PLAIN_CDK8S = `
const fs = require('fs'); const path = require('path');
const { App, Chart, ApiObject, YamlOutputType } = require('cdk8s');
const files = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const apps = {};
for (const f of files.filter((f) => f.docs)) {
  const [env, file] = f.file.split('/');
  const app = apps[env] ??= new App({ outdir: path.join(process.argv[2], env), yamlOutputType: YamlOutputType.FILE_PER_CHART });
  const chart = new Chart(app, file.replace('.k8s.yaml', ''), { disableResourceNameHashes: true });
  f.docs.forEach((o, i) => new ApiObject(chart, 'o' + i, o));
}
Object.values(apps).forEach((app) => app.synth());`;

// the prod stack under Pulumi mocks, timed from loading the program to the last registration
const PULUMI = `
const start = process.hrtime.bigint();
const fs = require('fs');
const pulumi = require('@pulumi/pulumi');
let count = 0;
pulumi.runtime.setMocks({ newResource: (a) => { count++; return { id: a.name + '-id', state: { arn: 'arn:aws:sns:eu-west-1:123456789012:' + (a.inputs.name || a.name), ...a.inputs } }; }, call: (a) => a.inputs },
  'kubeship', 'prod', false).then(async () => {
  pulumi.runtime.setAllConfig(JSON.parse(process.argv[2]), []);
  if (process.argv[1] === 'kubeship') {
    require(${JSON.stringify(path.join(ROOT, 'stacks/index.ts'))});
  } else {
    const k8s = require('@pulumi/kubernetes');
    new k8s.yaml.ConfigGroup('reference', { objs: JSON.parse(fs.readFileSync(process.argv[1], 'utf8')) });
  }
  for (let last = -1; last !== count;) { last = count; await new Promise((r) => setTimeout(r, 20)); }
  process.stdout.write('elapsed ' + (Number(process.hrtime.bigint() - start) / 1e6 - 20));
});`;

/** A run measured by the process itself (Pulumi's evaluation ends before the process does). */
function reported(args: string[]): Run {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  }
  return { ms: Number(/elapsed (\d+(\.\d+)?)/.exec(result.stdout)?.[1]), rssMiB: NaN };
}

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

function main(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-envbench-'));
  try {
    const synth = scriptArgs('synth');
    node(synth);
    // the documents of what synth wrote, as the references' input
    const files = filesUnder(DIST).map((file) => {
      const text = fs.readFileSync(path.join(DIST, file), 'utf8');
      return file.endsWith('.yaml') ? { file, docs: yaml.parseAllDocuments(text).map((d) => d.toJS()) } : { file, text };
    });
    const input = path.join(tmp, 'dist.json');
    fs.writeFileSync(input, JSON.stringify(files));
    const floorOut = path.join(tmp, 'floor');
    node(['-e', FLOOR, input, floorOut]);
    const differing = filesUnder(DIST).filter(
      (f) => !fs.existsSync(path.join(floorOut, f)) || !fs.readFileSync(path.join(floorOut, f)).equals(fs.readFileSync(path.join(DIST, f))),
    );
    if (differing.length) {
      throw new Error(`the floor must write the same bytes as npm run synth; differs: ${differing.join(', ')}`);
    }
    let fresh = 0;
    const [warm, floor, firstRun, viaNpm, plain] = interleaved(
      ROUNDS,
      () => node(synth),
      () => node(['-e', FLOOR, input, floorOut]),
      () => node(synth, { env: { KUBESHIP_TS_CACHE_DIR: path.join(tmp, `cache-${fresh++}`) } }),
      () => {
        const start = process.hrtime.bigint();
        const result = spawnSync('npm', ['run', '--silent', 'synth'], { cwd: ROOT, encoding: 'utf8' });
        if (result.status !== 0) {
          throw new Error(`npm run synth failed:\n${result.stderr}`);
        }
        return { ms: Number(process.hrtime.bigint() - start) / 1e6, rssMiB: NaN };
      },
      () => node(['-e', PLAIN_CDK8S, input, path.join(tmp, 'plain')]),
    );

    const config = JSON.stringify(
      Object.fromEntries(
        Object.entries(
          (yaml.parse(fs.readFileSync(path.join(ROOT, 'Pulumi.prod.yaml'), 'utf8')) as { config: Record<string, unknown> }).config,
        ).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
      ),
    );
    const prod = path.join(tmp, 'prod.json');
    fs.writeFileSync(prod, JSON.stringify(files.filter((f) => f.file.startsWith('prod/') && f.docs).flatMap((f) => f.docs)));
    const register = path.join(ROOT, 'scripts/register.js');
    const [pulumiEval, configGroup] = interleaved(
      ROUNDS,
      () => reported(['-r', register, '-e', PULUMI, 'kubeship', config]),
      () => reported(['-r', register, '-e', PULUMI, prod, config]),
    );

    const bytes = filesUnder(DIST).reduce((sum, f) => sum + fs.statSync(path.join(DIST, f)).size, 0);
    const rows: Array<[string, Run, Run, number | undefined]> = [
      [`npm run synth's command (${synth.join(' ')})`, warm, floor, 1.5],
      ['  first run after a clone or an edit (empty transpile cache)', firstRun, floor, undefined],
      ['  through npm run (npm start-up included)', viaNpm, floor, undefined],
      ['  plain cdk8s writing the same objects (reference)', plain, floor, undefined],
      ['Pulumi evaluation of prod under mocks vs ConfigGroup, same objects', pulumiEval, configGroup, 1.2],
    ];
    console.log(
      `Main job, ${ENVIRONMENT_NAMES} (${(bytes / 1024 / 1024).toFixed(2)} MiB in ${filesUnder(DIST).length} files), median of ${ROUNDS} interleaved rounds, Node ${process.version}, ${os.cpus().length} cores`,
    );
    console.log(
      `yaml-only floor (loads yaml, writes the same bytes): ${floor.ms} ms, ${floor.rssMiB} MiB; ConfigGroup: ${configGroup.ms} ms`,
    );
    console.log('measurement | ms | MiB | reference ms | ratio | goal');
    for (const [name, run, reference, goal] of rows) {
      const r = ratio(run.ms, reference.ms);
      console.log(
        `${name} | ${run.ms} | ${Number.isNaN(run.rssMiB) ? '-' : run.rssMiB} | ${reference.ms} | ${r} | ${goal === undefined ? '-' : `<= ${goal} ${r <= goal ? 'met' : 'MISSED'}`}`,
      );
    }
    record('environments-results.json', {
      rounds: ROUNDS,
      outputBytes: bytes,
      synth: {
        command: synth.join(' '),
        ms: warm.ms,
        rssMiB: warm.rssMiB,
        yamlFloorMs: floor.ms,
        ratio: ratio(warm.ms, floor.ms),
        goal: 1.5,
      },
      synthFirstRun: { ms: firstRun.ms, ratio: ratio(firstRun.ms, floor.ms) },
      synthViaNpm: { ms: Math.round(viaNpm.ms), ratio: ratio(viaNpm.ms, floor.ms) },
      plainCdk8s: { ms: plain.ms, ratio: ratio(plain.ms, floor.ms) },
      pulumi: {
        prodEvaluationMs: Math.round(pulumiEval.ms),
        configGroupMs: Math.round(configGroup.ms),
        ratio: ratio(pulumiEval.ms, configGroup.ms),
        goal: 1.2,
      },
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const ENVIRONMENT_NAMES = 'dev, staging and prod';

main();
