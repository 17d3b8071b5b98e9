/**
 * `npm run policy -- <dir or files> [--env <name>] [--config <Pulumi.<env>.yaml>] [--enforcement <level>]`
 *
 * Checks synthesized YAML with the same rules as the Pulumi PolicyPack, without cloud credentials.
 * A directory with YAML files is one environment (named after the directory); a directory whose
 * subdirectories hold YAML (`dist/`) is one environment per subdirectory. The level comes from
 * `--enforcement`, else `policyEnforcement` of the stack config (`--config`, else `Pulumi.<env>.yaml`
 * in the working directory), else mandatory in production and advisory elsewhere.
 *
 * Prints rule id, object, message and remediation per violation and a summary table per
 * environment. Exit code: 0 without mandatory violations, 1 with any, 2 for unusable input.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'yaml';
import {
  checkObjects, EnforcementLevel, ENFORCEMENT_LEVELS, formatReport, KubeObject, PolicyOptions, PolicyReport, timingBudgetsOf,
} from '../constructs/policy';
import { loadStackConfigFile } from '../stacks/config';

/** One environment to check: its objects and options. */
export interface PolicyTarget {
  readonly options: PolicyOptions;
  readonly files: readonly string[];
  /** Where the level came from (shown in the output). */
  readonly source: string;
}

/** Bad input: every problem at once. */
export class PolicyInputError extends Error {
  constructor(public readonly problems: readonly string[]) {
    super(`npm run policy: ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}\n` +
      'usage: npm run policy -- <dir or files> [--env <name>] [--config <Pulumi.<env>.yaml>] [--enforcement advisory|mandatory]');
    this.name = 'PolicyInputError';
  }
}

const isYaml = (file: string) => /\.ya?ml$/.test(file);

/** Reads every YAML document of the files as Kubernetes objects (problems: parse errors, documents without kind). */
export function readObjects(files: readonly string[], problems: string[]): KubeObject[] {
  return files.flatMap((file) => {
    const documents = yaml.parseAllDocuments(fs.readFileSync(file, 'utf8'));
    return documents.flatMap((doc, i) => {
      if (doc.errors.length > 0) {
        problems.push(`${file}: document ${i + 1} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
        return [];
      }
      const value = doc.toJS();
      if (value === null || value === undefined) {
        return [];
      }
      if (typeof value !== 'object' || typeof value.kind !== 'string' || typeof value.apiVersion !== 'string') {
        problems.push(`${file}: document ${i + 1} is not a Kubernetes object (needs apiVersion and kind)`);
        return [];
      }
      return [{ ...value, metadata: value.metadata ?? {} } as KubeObject];
    });
  });
}

/** The environments the command line names. */
export function parseArgs(argv: readonly string[], cwd = process.cwd()): PolicyTarget[] {
  const problems: string[] = [];
  const flags: Record<string, string> = {};
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (['--env', '--config', '--enforcement'].includes(arg)) {
      if (argv[i + 1] === undefined || argv[i + 1].startsWith('--')) {
        problems.push(`${arg}: needs a value`);
      } else {
        flags[arg.slice(2)] = argv[++i];
      }
    } else if (arg.startsWith('--')) {
      problems.push(`${arg}: unknown option; allowed: --env, --config, --enforcement`);
    } else {
      paths.push(path.resolve(cwd, arg));
    }
  }
  if (paths.length === 0) {
    problems.push('no directory or file given; e.g. npm run policy -- dist');
  }
  if (flags.enforcement !== undefined && !ENFORCEMENT_LEVELS.includes(flags.enforcement as EnforcementLevel)) {
    problems.push(`--enforcement: got "${flags.enforcement}"; allowed: ${ENFORCEMENT_LEVELS.join(', ')}`);
  }
  const groups = new Map<string, string[]>();
  const add = (env: string, files: string[]) => groups.set(env, [...(groups.get(env) ?? []), ...files]);
  for (const p of paths) {
    if (!fs.existsSync(p)) {
      problems.push(`${p}: no such file or directory`);
    } else if (fs.statSync(p).isFile()) {
      add(flags.env ?? path.basename(path.dirname(p)), [p]);
    } else {
      const entries = fs.readdirSync(p).sort();
      const files = entries.filter(isYaml).map((f) => path.join(p, f));
      const subdirs = entries.map((e) => path.join(p, e)).filter((e) => fs.statSync(e).isDirectory() && fs.readdirSync(e).some(isYaml));
      if (files.length > 0) {
        add(flags.env ?? path.basename(p), files);
      }
      for (const dir of files.length > 0 ? [] : subdirs) {
        add(flags.env ?? path.basename(dir), fs.readdirSync(dir).filter(isYaml).sort().map((f) => path.join(dir, f)));
      }
      if (files.length === 0 && subdirs.length === 0) {
        problems.push(`${p}: no .yaml files in it or in its subdirectories`);
      }
    }
  }
  if (flags.config !== undefined && groups.size > 1) {
    problems.push(`--config: one stack config for ${groups.size} environments (${[...groups.keys()].join(', ')}); check one environment at a time`);
  }
  const targets = [...groups.entries()].map(([env, files]) => {
    const configFile = flags.config ? path.resolve(cwd, flags.config) : path.join(cwd, `Pulumi.${env}.yaml`);
    let options: PolicyOptions = { environment: env };
    let source = 'default for the environment';
    if (fs.existsSync(configFile)) {
      try {
        const config = loadStackConfigFile(configFile);
        options = {
          environment: config.environment ?? env, enforcement: config.policyEnforcement, overrides: config.policyOverrides,
          budgets: timingBudgetsOf(config.timingBudgets),
        };
        source = path.relative(cwd, configFile) || configFile;
      } catch (error) {
        problems.push((error as Error).message);
      }
    } else if (flags.config) {
      problems.push(`--config: ${configFile} does not exist`);
    }
    if (flags.enforcement) {
      options = { ...options, enforcement: flags.enforcement as EnforcementLevel };
      source = '--enforcement';
    }
    return { options, files, source };
  });
  if (problems.length > 0) {
    throw new PolicyInputError(problems);
  }
  return targets;
}

/** Checks every target; returns the reports (reading problems throw one PolicyInputError). */
export function run(targets: readonly PolicyTarget[]): PolicyReport[] {
  const problems: string[] = [];
  const sets = targets.map((t) => readObjects(t.files, problems));
  if (problems.length > 0) {
    throw new PolicyInputError(problems);
  }
  return targets.map((t, i) => checkObjects(sets[i], t.options));
}

if (require.main === module) {
  try {
    const targets = parseArgs(process.argv.slice(2));
    const reports = run(targets);
    reports.forEach((report, i) => {
      console.log(`${formatReport(report)}\n(level from ${targets[i].source}; ${targets[i].files.length} files)\n`);
    });
    const mandatory = reports.reduce((sum, r) => sum + r.mandatory, 0);
    console.log(mandatory > 0 ? `FAILED: ${mandatory} mandatory violation${mandatory > 1 ? 's' : ''}` : 'OK: no mandatory violations');
    process.exitCode = mandatory > 0 ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
