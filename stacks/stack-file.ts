/**
 * Reading a stack config where it lives: a `Pulumi.<env>.yaml` file (its YAML, the shape of the
 * file, encrypted secret keys, the environment name against the file name) or the config the
 * Pulumi CLI hands a program. The schema itself is in `config.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'yaml';
import { ConfigurationError, Problem } from '../constructs/config';
import { parseStackConfig, StackConfig } from './config';
import { editDistance, missingCredentialProblems, PROJECT, SECRET_KEYS, SecretMapKeys } from './config-keys';

/**
 * Reads a stack config file (the format of `Pulumi.<env>.yaml`): the `kubeship:` keys of its
 * `config` map, and problems with the file itself: secret keys must be encrypted (`secure:`).
 * Other namespaces (`aws:`, `kubernetes:`) belong to providers and are skipped.
 */
export function readStackConfigFile(file: string): { config: Record<string, unknown>; problems: Problem[]; secretMapKeys: SecretMapKeys } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigurationError(file, [
      { path: '(file)', value: file, allowed: 'a readable stack config file', fix: (e as Error).message.split('\n')[0] },
    ]);
  }
  // every YAML error at once, with where it is; the lines themselves are not printed (they may hold secrets)
  const parsed = yaml.parseDocument(text, { uniqueKeys: true });
  if (parsed.errors.length) {
    // every duplicate key, and the first structural error only: the ones after it mostly follow from it
    const structural = parsed.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    const reported = [...parsed.errors.filter((e) => e.code === 'DUPLICATE_KEY'), ...structural.slice(0, 1)];
    throw new ConfigurationError(
      file,
      reported.map((e) => {
        const at = e.linePos?.[0];
        const where = at ? `(line ${at.line}, column ${at.col})` : '(file)';
        const key = at ? /^\s*(?:-\s+)?([^\s#][^\s]*?):(\s|$)/.exec(text.split('\n')[at.line - 1] ?? '')?.[1] : undefined;
        switch (e.code) {
          case 'DUPLICATE_KEY':
            return {
              path: where,
              value: key ?? 'a repeated key',
              allowed: 'each key once per map',
              fix: 'the key appears twice: keep one and merge their settings',
            };
          case 'TAB_AS_INDENT':
            return {
              path: where,
              value: 'a tab',
              allowed: 'indentation with spaces (YAML forbids tabs)',
              fix: 'replace the tabs at the start of the line with spaces',
            };
          default:
            return {
              path: where,
              value: key ?? 'this line',
              allowed: 'valid YAML',
              fix: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
            };
        }
      }),
    );
  }
  const document: unknown = parsed.toJS();
  const documentProblems = stackFileShapeProblems(document);
  if (documentProblems.length) {
    throw new ConfigurationError(file, documentProblems);
  }
  const config = (document as { config?: unknown }).config ?? {};
  const problems: Problem[] = [];
  const raw: Record<string, unknown> = {};
  const secretMapKeys: SecretMapKeys = {};
  for (const [key, value] of Object.entries(config as Record<string, unknown>)) {
    const [namespace, ...rest] = key.split(':');
    const name = rest.join(':');
    if (namespace !== PROJECT) {
      // a misspelt project prefix would drop the setting silently (the program reads kubeship: only)
      if (namespace !== PROJECT && editDistance(namespace.toLowerCase(), PROJECT) <= 2) {
        problems.push({
          path: key,
          value,
          allowed: `a key of the ${PROJECT}: namespace (or a provider's, such as aws: or kubernetes:)`,
          fix: `did you mean ${PROJECT}:${name}? Rename the key`,
        });
      }
      continue;
    }
    if (name in SECRET_KEYS) {
      // every value must be encrypted: the whole key, or each entry of a map or list set with --path
      for (const at of clearTextPaths(value, key)) {
        const sub = at.slice(key.length + 1);
        problems.push({
          path: at,
          value: '(hidden)',
          allowed: `only an encrypted value (${SECRET_KEYS[name as keyof typeof SECRET_KEYS]})`,
          fix: `remove it from the file and run \`pulumi config set --secret ${sub ? `--path '${name}.${sub}'` : name} <value>\``,
        });
      }
      // a map set entry by entry (--path) shows its key names, though not its values
      if (
        (name === 'receiverCredentials' || name === 'eventCredentials') &&
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        !('secure' in value)
      ) {
        secretMapKeys[name] = Object.keys(value);
      }
      continue;
    }
    raw[name] = value;
  }
  return { config: raw, problems, secretMapKeys };
}

/** The top-level keys of a Pulumi stack file (pulumi/pulumi sdk/go/common/workspace/project.go ProjectStack). */
const STACK_FILE_KEYS = ['config', 'secretsprovider', 'encryptedkey', 'encryptionsalt', 'environment'];

/**
 * Problems with the document as a whole, which would otherwise surface as a dozen misleading
 * "got nothing" problems: an empty file, a list, `kubeship:` keys outside `config:`, unknown
 * top-level keys.
 */
function stackFileShapeProblems(document: unknown): Problem[] {
  const example = 'config:\n  kubeship:policyEnforcement: advisory\n  kubeship:apps: { ... }';
  if (document === null || document === undefined) {
    return [
      {
        path: '(file)',
        value: 'an empty document',
        allowed: 'a stack config: a map with a "config:" map of "kubeship:<key>: value"',
        fix: `write the settings under config: (e.g. ${JSON.stringify(example)}), or start from Pulumi.dev.yaml`,
      },
    ];
  }
  if (typeof document !== 'object' || Array.isArray(document)) {
    return [
      {
        path: '(file)',
        value: Array.isArray(document) ? 'a list' : document,
        allowed: 'a map with a "config:" map (not a list: no "- " before the keys)',
        fix: 'remove the leading "- " and indent the keys under config:',
      },
    ];
  }
  const problems: Problem[] = [];
  const entries = Object.entries(document as Record<string, unknown>);
  const loose = entries.filter(([k]) => k.includes(':')).map(([k]) => k);
  if (loose.length) {
    problems.push({
      path: loose.join(', '),
      value: `${loose.length} key${loose.length === 1 ? '' : 's'} at the top level`,
      allowed: 'namespaced keys only inside the "config:" map',
      fix: 'add a line "config:" above them and indent them by two spaces',
    });
  }
  for (const [key, value] of entries.filter(([k]) => !k.includes(':') && !STACK_FILE_KEYS.includes(k))) {
    const near = STACK_FILE_KEYS.find((k) => editDistance(k, key.toLowerCase()) <= 2);
    problems.push({
      path: key,
      value,
      allowed: `a stack file key: ${STACK_FILE_KEYS.join(', ')}`,
      fix: near ? `did you mean ${near}? Rename the key` : 'remove it (settings go under config: as "kubeship:<key>")',
    });
  }
  const config = (document as { config?: unknown }).config;
  if (config !== undefined && config !== null && (typeof config !== 'object' || Array.isArray(config))) {
    problems.push({
      path: 'config',
      value: config,
      allowed: 'a map of "<namespace>:<key>: value"',
      fix: 'indent the settings under config: as "kubeship:<key>: value", see Pulumi.dev.yaml',
    });
  }
  return problems;
}

/**
 * A declared environment name must agree with the stack it is in (`Pulumi.prod.yaml` is the
 * stack prod; `prod-eu` may declare prod): production rules and alert labels follow the name,
 * so a copied file would otherwise lose production scope without a word.
 */
export function environmentNameProblems(config: Record<string, unknown>, stack: string): Problem[] {
  const declared = config.environment;
  if (typeof declared !== 'string' || declared === stack || stack.split(/[-_.]/).includes(declared)) {
    return [];
  }
  return [
    {
      path: `${PROJECT}:environment`,
      value: declared,
      allowed: `the stack's name ("${stack}"), or a part of it (stack "${stack}-eu" may declare "${stack}")`,
      fix: `remove ${PROJECT}:environment (the stack name "${stack}" is used), or name the file Pulumi.${declared}.yaml`,
    },
  ];
}

/** Paths of the values under `path` that are not encrypted (`{ secure: ... }`), entry by entry. */
function clearTextPaths(value: unknown, path: string): string[] {
  if (
    value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { secure?: unknown }).secure === 'string'
  ) {
    return [];
  }
  if (Array.isArray(value)) {
    return value.length ? value.flatMap((v, i) => clearTextPaths(v, `${path}[${i}]`)) : [path];
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length ? entries.flatMap(([k, v]) => clearTextPaths(v, `${path}.${k}`)) : [path];
  }
  return [path];
}

/** Reads and validates a stack config file (throws one error listing every problem, file problems first). */
export function loadStackConfigFile(file: string, label = `stack config ${file}`, stack = stackOfFile(file)): StackConfig {
  const { config, problems, secretMapKeys } = readStackConfigFile(file);
  return parseStackConfig(config, label, [
    ...problems,
    ...missingCredentialProblems(config, secretMapKeys),
    ...(stack === undefined ? [] : environmentNameProblems(config, stack)),
  ]);
}

/** The stack a file is named for (`Pulumi.prod.yaml`: prod), if it follows Pulumi's naming. */
export function stackOfFile(file: string): string | undefined {
  return /^Pulumi\.(.+)\.ya?ml$/.exec(path.basename(file))?.[1];
}

/**
 * The `kubeship:` config the Pulumi CLI hands a program (`pulumi.runtime.allConfig()`: every value a
 * string, structured ones as JSON), secret keys left out (the program reads them as secrets).
 */
export function fromPulumiConfig(all: Record<string, string>): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [fullKey, text] of Object.entries(all)) {
    const [namespace, key] = fullKey.split(':', 2);
    if (namespace !== PROJECT || key in SECRET_KEYS) {
      continue;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      raw[key] = typeof parsed === 'string' ? text : parsed;
    } catch {
      raw[key] = text;
    }
  }
  return raw;
}
