import * as fs from 'fs';
import * as path from 'path';
import type * as Pulumi from '@pulumi/pulumi';
import * as yaml from 'yaml';

/** What the Pulumi program registered and exported for one stack. */
export interface ProgramRun {
  readonly registered: Pulumi.runtime.MockResourceArgs[];
  readonly outputs: Record<string, unknown>;
  /** The Pulumi module instance the program used (its own runtime state). */
  readonly pulumi: typeof Pulumi;
}

/**
 * The config the Pulumi CLI hands the program for `Pulumi.<stack>.yaml`: every key as a string,
 * structured values as JSON (encrypted values are left out; give them in `secrets`).
 */
export function cliConfig(stack: string, root = path.join(__dirname, '..', '..')): Record<string, string> {
  const file = yaml.parse(fs.readFileSync(path.join(root, `Pulumi.${stack}.yaml`), 'utf8')) as { config: Record<string, unknown> };
  return Object.fromEntries(
    Object.entries(file.config)
      .filter(([, v]) => !(v && typeof v === 'object' && 'secure' in v))
      .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}

/**
 * Runs `stacks/index.ts` under Pulumi mocks for `stack`, in a fresh module registry (its own
 * Pulumi runtime), with the stack file's config plus `secrets` (key without `kubeship:` -> value,
 * objects as JSON), which are marked secret. Resolves when registrations have settled.
 */
export async function runStackProgram(stack: string, secrets: Record<string, string> = {}, config = cliConfig(stack)): Promise<ProgramRun> {
  return runProgram('../../stacks/index', { stack, secrets, config });
}

/** Options of `runProgram`. */
export interface ProgramOptions {
  readonly stack: string;
  readonly project?: string;
  /** Config as the CLI passes it (`<namespace>:<key>` -> string). */
  readonly config?: Record<string, string>;
  /** Secret config of the project's namespace (key -> value). */
  readonly secrets?: Record<string, string>;
  /** Outputs of the stacks a `StackReference` names (stack name -> outputs). */
  readonly references?: Record<string, Record<string, unknown>>;
}

/**
 * Runs a Pulumi program module under mocks; a program exporting a function (`export = async () =>`)
 * is called, as the Pulumi runtime does, and its result is the outputs.
 */
export async function runProgram(module: string, options: ProgramOptions): Promise<ProgramRun> {
  const { stack, project = 'kubeship', config = {}, secrets = {}, references = {} } = options;
  let pulumi!: typeof Pulumi;
  let program!: Record<string, unknown>;
  const registered: Pulumi.runtime.MockResourceArgs[] = [];
  await jest.isolateModulesAsync(async () => {
    pulumi = require('@pulumi/pulumi');
    await pulumi.runtime.setMocks(recordingMocks(registered, references), project, stack, false);
    const secretEntries = Object.entries(secrets).map(([k, v]) => [`${project}:${k}`, v]);
    pulumi.runtime.setAllConfig(
      { ...config, ...Object.fromEntries(secretEntries) },
      secretEntries.map(([k]) => k),
    );
    const loaded = require(module);
    program = typeof loaded === 'function' ? await loaded() : loaded;
  });
  const outputs = await new Promise<Record<string, unknown>>((resolve) =>
    pulumi.output(program).apply((o) => resolve(o as Record<string, unknown>)),
  );
  for (let last = -1; last !== registered.length;) {
    last = registered.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { registered, outputs, pulumi };
}

/**
 * Mocks that record every registration into `registered` and echo inputs back as state (with the
 * ARN AWS would assign); a StackReference returns the outputs `references` holds for its stack.
 */
export function recordingMocks(
  registered: Pulumi.runtime.MockResourceArgs[],
  references: Record<string, Record<string, unknown>> = {},
): Pulumi.runtime.Mocks {
  return {
    newResource(args) {
      registered.push(args);
      if (args.type === 'pulumi:pulumi:StackReference') {
        return { id: args.name, state: { name: args.name, outputs: references[args.name] ?? {}, secretOutputNames: [] } };
      }
      return { id: `${args.name}-id`, state: { ...awsAttributes(args), ...args.inputs } };
    },
    call(args) {
      return args.inputs;
    },
  };
}

/** The ARN AWS would assign (account 123456789012, eu-west-1), so dependent inputs resolve under mocks. */
export function awsAttributes(args: Pulumi.runtime.MockResourceArgs): Record<string, string> {
  const match = /^aws:([a-z0-9]+)\/([a-zA-Z]+):/.exec(args.type);
  if (!match) {
    return {};
  }
  const [, service] = match;
  const name = (args.inputs.name as string | undefined) ?? args.name;
  return { arn: service === 'iam' ? `arn:aws:iam::123456789012:role/${name}` : `arn:aws:${service}:eu-west-1:123456789012:${name}` };
}

/** Registrations counted by Pulumi type. */
export function countByType(registered: readonly Pulumi.runtime.MockResourceArgs[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of registered) {
    counts[r.type] = (counts[r.type] ?? 0) + 1;
  }
  return counts;
}
