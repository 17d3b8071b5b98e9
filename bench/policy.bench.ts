/**
 * Policy check of 10,000 objects (goal: under 2 s on a 2-core machine), next to references measured
 * in the same run:
 *
 * - the objects: the prod environment as `npm run synth` writes it, its monitoring and operator
 *   objects once and its apps (Rollouts, Services, PDBs, HPAs, ServiceMonitors, ...) copied into
 *   as many namespaces as it takes to reach 10,000 objects (one cluster with many teams);
 * - check: every rule over the set (`checkObjects`, prod, mandatory), in memory;
 * - reference 1: `yaml.parse` of the same objects (what the offline runner must do anyway);
 * - reference 2: one deep walk over every field (JSON.stringify), the floor of reading the objects once.
 *
 * Prints a table and writes bench/policy-results.json.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'yaml';
import { checkObjects, KubeObject } from '../constructs/policy';
import { defaultSources, synthesize } from '../stacks/main';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET = 10_000;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function objects(): KubeObject[] {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-policybench-'));
  try {
    synthesize(defaultSources(tmp, ['prod']));
    const read = (file: string) => yaml.parseAllDocuments(fs.readFileSync(path.join(tmp, 'prod', file), 'utf8')).map((d) => d.toJS() as KubeObject);
    const shared = [...read('prometheus-operator.k8s.yaml'), ...read('monitoring.k8s.yaml')];
    const apps = read('apps.k8s.yaml');
    const set = [...shared];
    for (let team = 0; set.length < TARGET; team++) {
      for (const o of apps) {
        if (set.length >= TARGET) {
          break;
        }
        const copy = JSON.parse(JSON.stringify(o));
        if (copy.metadata.namespace === 'shop') {
          copy.metadata.namespace = `team-${team}`;
        }
        set.push(copy);
      }
    }
    return set;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main(): void {
  const set = objects();
  const text = set.map((o) => yaml.stringify(o)).join('---\n');
  const report = checkObjects(set, { environment: 'prod', enforcement: 'mandatory' });
  if (report.mandatory !== 0) {
    throw new Error(`the benchmark set should pass: ${report.findings.slice(0, 3).map((f) => `${f.ruleId} ${f.object}: ${f.message}`).join('; ')}`);
  }
  const check: number[] = [];
  const parse: number[] = [];
  const walk: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    check.push(time(() => checkObjects(set, { environment: 'prod', enforcement: 'mandatory' })));
    parse.push(time(() => yaml.parseAllDocuments(text)));
    walk.push(time(() => JSON.stringify(set)));
  }
  const result = {
    node: process.version,
    cpus: os.cpus().length,
    rounds: ROUNDS,
    objects: set.length,
    workloads: set.filter((o) => o.kind === 'Rollout' || o.kind === 'Deployment').length,
    policyCheckMs: Math.round(median(check)),
    policyCheckGoalMs: 2000,
    yamlParseSameObjectsMs: Math.round(median(parse)),
    deepWalkSameObjectsMs: Math.round(median(walk)),
    checkToParseRatio: Number((median(check) / median(parse)).toFixed(2)),
    checkToWalkRatio: Number((median(check) / median(walk)).toFixed(2)),
    exemptFindings: report.exempted.length,
  };
  console.log(`policy check of ${result.objects} objects (${result.workloads} workloads), median of ${ROUNDS}:`);
  console.log(`  all rules (prod, mandatory)   ${result.policyCheckMs} ms   (goal < ${result.policyCheckGoalMs} ms)`);
  console.log(`  reference: yaml.parse         ${result.yamlParseSameObjectsMs} ms   ratio ${result.checkToParseRatio}`);
  console.log(`  reference: one deep walk      ${result.deepWalkSameObjectsMs} ms   ratio ${result.checkToWalkRatio}`);
  fs.writeFileSync(path.join(__dirname, 'policy-results.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main();
