/**
 * `npm run policy -- <dir or files> [--env <name>] [--config <Pulumi.<env>.yaml>] [--enforcement <level>]`
 *
 * Checks synthesized YAML with the same rules as the Pulumi PolicyPack, without cloud credentials.
 * A directory's YAML files are one environment (named after the directory), and each subdirectory
 * holding YAML is one more (`dist/`: dev, staging, prod; loose files beside them: "dist"). The level comes from
 * `--enforcement`, else `policyEnforcement` of the stack config (`--config`, else `Pulumi.<env>.yaml`
 * in the working directory). Without either it fails closed: every rule mandatory, production
 * rules included. The output says which level applied and why.
 *
 * Prints rule id, object, message and remediation per violation and a summary table per
 * environment. Paths that cannot be read (a symlink that dangles or loops) are reported and
 * skipped. Exit code: 0 without mandatory violations, 1 with any, 2 for unusable input (nothing
 * left to check, bad YAML, bad options).
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import {
  checkObjects,
  EnforcementLevel,
  ENFORCEMENT_LEVELS,
  formatReport,
  KubeObject,
  PolicyOptions,
  PolicyReport,
} from '../constructs/policy';
import { DocumentResult, yamlDocuments } from './documents';
import type { JsonValue } from '../constructs/config';

/** One environment to check: its objects and options. */
export interface PolicyTarget {
  readonly options: PolicyOptions;
  readonly files: readonly string[];
  /** Where the level came from (shown in the output). */
  readonly source: string;
  /** Paths skipped because they cannot be read, each with why (shown in the output). */
  readonly skipped: readonly string[];
}

/** Why a path cannot be read, or undefined: a dangling symlink, a symlink loop, no permission. */
function unreadable(file: string): string | undefined {
  try {
    fs.statSync(file);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    let target: string | undefined;
    try {
      target = fs.lstatSync(file).isSymbolicLink() ? fs.readlinkSync(file) : undefined;
    } catch {
      target = undefined;
    }
    return code === 'ELOOP'
      ? 'a symlink loop'
      : code === 'ENOENT' && target !== undefined
        ? `a symlink to ${target}, which does not exist`
        : code === 'ENOENT'
          ? 'no such file or directory'
          : `cannot be read (${code})`;
  }
}

/** Bad input: every problem at once. */
export class PolicyInputError extends Error {
  constructor(public readonly problems: readonly string[]) {
    super(
      `npm run policy: ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n  ${problems.join('\n  ')}\n` +
        'usage: npm run policy -- <dir or files> [--env <name>] [--config <Pulumi.<env>.yaml>] [--enforcement advisory|mandatory]',
    );
    this.name = 'PolicyInputError';
  }
}

const isYaml = (file: string) => /\.ya?ml$/.test(file);

/**
 * Reads every YAML document of the files as Kubernetes objects, one document at a time (problems:
 * syntax errors, alias bombs, documents without kind; each as `file:line: document N ...`).
 */
export function readObjects(files: readonly string[], problems: string[], seen?: ReadFiles): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    // with one environment nothing repeats: each document is handed on and dropped
    for (const doc of seen ? documentsOnce(file, text, seen) : yamlDocuments(text)) {
      if ('problem' in doc) {
        problems.push(`${file}:${doc.line}: document ${doc.index + 1} ${doc.problem}`);
        continue;
      }
      const value = doc.value as JsonValue;
      if (value === null || value === undefined) {
        continue;
      }
      if (typeof value !== 'object' || typeof value.kind !== 'string' || typeof value.apiVersion !== 'string') {
        problems.push(`${file}:${doc.line}: document ${doc.index + 1} is not a Kubernetes object (needs apiVersion and kind)`);
        continue;
      }
      objects.push(value.metadata ? value : { ...value, metadata: {} });
    }
  }
  return objects;
}

/** Files read so far, by a cheap fingerprint (length, head and tail). */
type ReadFiles = Map<string, Array<{ file: string; docs: readonly DocumentResult[]; digest?: string }>>;

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The documents of a file; a file identical to one read before (every environment's operator
 * CRDs) is parsed once, the rules only reading the objects. Files are told apart by length, head
 * and tail first; only files alike in those are hashed whole.
 */
function documentsOnce(file: string, text: string, seen: ReadFiles): readonly DocumentResult[] {
  const fingerprint = `${text.length}:${digest(text.slice(0, 65_536) + text.slice(-65_536))}`;
  const alike = seen.get(fingerprint) ?? [];
  if (alike.length) {
    const whole = digest(text);
    for (const earlier of alike) {
      earlier.digest ??= digest(fs.readFileSync(earlier.file, 'utf8'));
      if (earlier.digest === whole) {
        return earlier.docs;
      }
    }
  }
  const docs = [...yamlDocuments(text)];
  seen.set(fingerprint, [...alike, { file, docs }]);
  return docs;
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
  const skipped: string[] = [];
  const add = (env: string, files: string[]) => groups.set(env, [...(groups.get(env) ?? []), ...files]);
  /** The readable entries of a directory (full paths); the others are reported and skipped. */
  const readable = (dir: string) =>
    fs
      .readdirSync(dir)
      .sort()
      .map((e) => path.join(dir, e))
      .filter((e) => {
        const why = unreadable(e);
        if (why) {
          skipped.push(`${e}: skipped, ${why}`);
        }
        return !why;
      });
  const yamlFiles = (entries: string[]) => entries.filter((e) => isYaml(e) && fs.statSync(e).isFile());
  for (const p of paths) {
    const why = unreadable(p);
    if (why) {
      skipped.push(`${p}: skipped, ${why}`);
    } else if (fs.statSync(p).isFile()) {
      add(flags.env ?? path.basename(path.dirname(p)), [p]);
    } else {
      const entries = readable(p);
      const files = yamlFiles(entries);
      const subdirs = entries.filter((e) => fs.statSync(e).isDirectory() && yamlFiles(readable(e)).length > 0);
      if (files.length > 0) {
        add(flags.env ?? path.basename(p), files);
      }
      // every environment directory it holds (dist/dev, dist/staging, ...), also beside loose files
      for (const dir of subdirs) {
        add(flags.env ?? path.basename(dir), yamlFiles(readable(dir)));
      }
      if (files.length === 0 && subdirs.length === 0) {
        problems.push(`${p}: no .yaml files in it or in its subdirectories`);
      }
    }
  }
  if (flags.config !== undefined && groups.size > 1) {
    problems.push(
      `--config: one stack config for ${groups.size} environments (${[...groups.keys()].join(', ')}); check one environment at a time`,
    );
  }
  const targets = [...groups.entries()].map(([env, files]) => {
    const configFile = flags.config ? path.resolve(cwd, flags.config) : path.join(cwd, `Pulumi.${env}.yaml`);
    // fail closed: without a stack config or --enforcement every rule is mandatory, production rules included
    let options: PolicyOptions = { environment: env, enforcement: 'mandatory', production: true };
    let source = `no stack config (${path.relative(cwd, configFile) || configFile}) and no --enforcement: every rule mandatory, production rules included`;
    if (fs.existsSync(configFile)) {
      try {
        // exactly synth's validation: the file, the config and every construct built from it
        // loaded only here: checking rendered YAML alone never loads the constructs
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { checkEnvironment } = require('../stacks/main') as typeof import('../stacks/main');
        const plan = checkEnvironment({ env, configFile });
        options = {
          environment: plan.environment,
          enforcement: plan.policyEnforcement,
          overrides: plan.policyOverrides,
          budgets: plan.timingBudgets,
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
    return { options, files, source, skipped: [...new Set(skipped)] };
  });
  if (targets.length === 0 && skipped.length > 0) {
    problems.push(...new Set(skipped), 'nothing left to check');
  }
  if (problems.length > 0) {
    throw new PolicyInputError(problems);
  }
  return targets;
}

/** Checks every target; returns the reports (reading problems throw one PolicyInputError). */
export function run(targets: readonly PolicyTarget[]): PolicyReport[] {
  const problems: string[] = [];
  // several environments (dist/) share files: their identical ones are parsed once
  const seen: ReadFiles | undefined = targets.length > 1 ? new Map() : undefined;
  const sets = targets.map((t) => readObjects(t.files, problems, seen));
  if (problems.length > 0) {
    throw new PolicyInputError(problems);
  }
  return targets.map((t, i) => checkObjects(sets[i], t.options));
}

if (require.main === module) {
  try {
    const targets = parseArgs(process.argv.slice(2));
    const reports = run(targets);
    for (const line of new Set(targets.flatMap((t) => t.skipped))) {
      console.error(line);
    }
    reports.forEach((report, i) => {
      console.log(
        `${formatReport(report)}\n(level from ${targets[i].source}; ${targets[i].files.length} file${targets[i].files.length === 1 ? '' : 's'})\n`,
      );
    });
    const mandatory = reports.reduce((sum, r) => sum + r.mandatory, 0);
    console.log(mandatory > 0 ? `FAILED: ${mandatory} mandatory violation${mandatory > 1 ? 's' : ''}` : 'OK: no mandatory violations');
    process.exitCode = mandatory > 0 ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
