/**
 * The main job's speed, each next to a reference measured in the same run:
 *
 * - cold full synth: a fresh `node` process rendering dev, staging and prod (`stacks/main`, compiled
 *   to JS once, as a user's CI would run it) vs a fresh process writing the very same objects
 *   with plain cdk8s (ApiObjects, one chart per file): the floor of loading cdk8s and writing YAML.
 *   Goal: under 3 s on a 2-core machine.
 * - Pulumi evaluation of the prod stack under mocks (`stacks/index` with Pulumi.prod.yaml) vs the
 *   same objects registered through `k8s.yaml.ConfigGroup`, each in a fresh process.
 *
 * Prints a table and writes bench/environments-results.json.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'yaml';

const ROOT = path.join(__dirname, '..');
const BUILD = path.join(ROOT, '.bench-build');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const ENVS = ['dev', 'staging', 'prod'];

function compile(): void {
  fs.rmSync(BUILD, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.json'), '--noEmit', 'false',
    '--outDir', BUILD, '--declaration', 'false', '--sourceMap', 'false', '--rootDir', ROOT], { stdio: 'inherit' });
  fs.cpSync(path.join(ROOT, 'crds'), path.join(BUILD, 'crds'), { recursive: true });
  for (const env of ENVS) {
    fs.copyFileSync(path.join(ROOT, `Pulumi.${env}.yaml`), path.join(BUILD, `Pulumi.${env}.yaml`));
  }
}

/** Wall time of a fresh process (ms). */
function wall(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: BUILD, env: { ...process.env, ...env }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  }
  return ms;
}

/** Time the process reports itself (ms), for in-process measurements. */
function reported(args: string[]): number {
  const result = spawnSync(process.execPath, args, { cwd: BUILD, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  }
  return Number(/elapsed (\d+(\.\d+)?)/.exec(result.stdout)?.[1]);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Alternates the two measurements round by round, so machine noise hits both alike. */
function pair(a: () => number, b: () => number): [number, number] {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    as.push(a());
    bs.push(b());
  }
  return [median(as), median(bs)];
}

// a fresh process writing the synthesized objects again with plain cdk8s
const FLOOR = `
const fs = require('fs'); const path = require('path');
const { App, Chart, ApiObject, YamlOutputType } = require('cdk8s');
const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
for (const [env, files] of Object.entries(input)) {
  const app = new App({ outdir: path.join(process.argv[3], env), yamlOutputType: YamlOutputType.FILE_PER_CHART });
  for (const [file, objects] of Object.entries(files)) {
    const chart = new Chart(app, file.replace('.k8s.yaml', ''), { disableResourceNameHashes: true });
    objects.forEach((o, i) => new ApiObject(chart, 'o' + i, o));
  }
  app.synth();
}`;

// the prod stack under Pulumi mocks, timed from loading the program to the last registration
const PULUMI = `
const start = process.hrtime.bigint();
const fs = require('fs');
const pulumi = require('@pulumi/pulumi');
let count = 0;
pulumi.runtime.setMocks({ newResource: (a) => { count++; return { id: a.name + '-id', state: { arn: 'arn:aws:sns:eu-west-1:123456789012:' + (a.inputs.name || a.name), ...a.inputs } }; }, call: (a) => a.inputs },
  'kubeship', 'prod', false).then(async () => {
  pulumi.runtime.setAllConfig(JSON.parse(process.argv[3]), []);
  if (process.argv[2] === 'kubeship') {
    require('./stacks/index.js');
  } else {
    const k8s = require('@pulumi/kubernetes');
    new k8s.yaml.ConfigGroup('reference', { objs: JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) });
  }
  for (let last = -1; last !== count;) { last = count; await new Promise((r) => setTimeout(r, 20)); }
  console.log('elapsed', Number(process.hrtime.bigint() - start) / 1e6 - 20, 'resources', count);
});`;

function main(): void {
  compile();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-envbench-'));
  try {
    fs.writeFileSync(path.join(BUILD, 'floor.js'), FLOOR);
    fs.writeFileSync(path.join(BUILD, 'pulumi-eval.js'), PULUMI);
    // the objects the synth writes, as input for the references
    wall(['stacks/main.js', '--env', 'prod', '--out', path.join(tmp, 'once', 'prod')]);
    wall(['stacks/main.js']);
    const objects = Object.fromEntries(ENVS.map((env) => [env, Object.fromEntries(fs.readdirSync(path.join(BUILD, 'dist', env)).map((file) =>
      [file, yaml.parseAllDocuments(fs.readFileSync(path.join(BUILD, 'dist', env, file), 'utf8')).map((d) => d.toJS())]))]));
    fs.writeFileSync(path.join(tmp, 'objects.json'), JSON.stringify(objects));
    fs.writeFileSync(path.join(tmp, 'prod.json'), JSON.stringify(Object.values(objects.prod).flat()));

    const [synth, floor] = pair(() => wall(['stacks/main.js']), () => wall(['floor.js', path.join(tmp, 'objects.json'), path.join(tmp, 'floor')]));
    const config = JSON.stringify(Object.fromEntries(Object.entries((yaml.parse(fs.readFileSync(path.join(BUILD, 'Pulumi.prod.yaml'), 'utf8')) as { config: Record<string, unknown> }).config)
      .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])));
    const [pulumiEval, pulumiReference] = pair(() => reported(['pulumi-eval.js', 'kubeship', config]), () => reported(['pulumi-eval.js', path.join(tmp, 'prod.json'), config]));

    const results = {
      node: process.version,
      cpus: os.cpus().length,
      rounds: ROUNDS,
      coldSynthAllEnvironmentsMs: Math.round(synth),
      coldSynthGoalMs: 3000,
      plainCdk8sSameObjectsMs: Math.round(floor),
      synthRatio: Number((synth / floor).toFixed(2)),
      pulumiProdEvaluationMs: Math.round(pulumiEval),
      pulumiConfigGroupSameObjectsMs: Math.round(pulumiReference),
      pulumiRatio: Number((pulumiEval / pulumiReference).toFixed(2)),
    };
    console.log(`cold synth of ${ENVS.join(', ')}: ${results.coldSynthAllEnvironmentsMs} ms (goal < ${results.coldSynthGoalMs} ms); `
      + `plain cdk8s writing the same objects: ${results.plainCdk8sSameObjectsMs} ms; ratio ${results.synthRatio}`);
    console.log(`Pulumi mock evaluation of prod: ${results.pulumiProdEvaluationMs} ms; ConfigGroup of the same objects: `
      + `${results.pulumiConfigGroupSameObjectsMs} ms; ratio ${results.pulumiRatio}`);
    fs.writeFileSync(path.join(__dirname, 'environments-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(BUILD, { recursive: true, force: true });
  }
}

main();
