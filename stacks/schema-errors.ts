/**
 * Turns zod issues into kubeship problems (path, value, allowed, fix), so a bad stack config reads
 * like every other kubeship error. Leaf schemas carry their wording as metadata
 * (`hint(schema, allowed, fix)`); cross-field checks put it in the issue's `params`.
 */
import { z } from 'zod';
import { Problem } from '../constructs';
import type { JsonObject, JsonValue } from '../constructs/config';

/** What a field accepts and how to fix it, in the user's terms. */
export interface Hint {
  readonly allowed: string;
  readonly fix: string;
}

/** Attaches the wording of `schema`'s errors. */
export function hint<T extends z.ZodType>(schema: T, allowed: string, fix: string): T {
  return schema.meta({ allowed, fix }) as T;
}

type AnySchema = z.core.$ZodType;

function def(schema: AnySchema): JsonObject {
  return (schema as JsonValue)._zod.def;
}

function hintOf(schema: AnySchema): Hint | undefined {
  const meta = z.globalRegistry.get(schema as z.ZodType) as Partial<Hint> | undefined;
  return meta?.allowed && meta.fix ? { allowed: meta.allowed, fix: meta.fix } : undefined;
}

/** The schemas met on the way from `root` to `path` (outermost first), following the data through unions. */
function schemasAt(root: AnySchema, path: readonly PropertyKey[], data: unknown): AnySchema[] {
  const met: AnySchema[] = [];
  let schema: AnySchema | undefined = root;
  let value: JsonValue = data;
  let i = 0;
  while (schema) {
    met.push(schema);
    const d = def(schema);
    if (['optional', 'default', 'nullable', 'readonly', 'prefault', 'nonoptional', 'catch'].includes(d.type)) {
      schema = d.innerType;
      continue;
    }
    if (d.type === 'pipe') {
      schema = d.in;
      continue;
    }
    if (d.type === 'union') {
      const options: AnySchema[] = d.options;
      schema =
        d.discriminator && value && typeof value === 'object'
          ? options.find((o) => def(def(o).shape?.[d.discriminator] ?? o).values?.includes(value[d.discriminator]))
          : closestOption(options, value);
      continue;
    }
    if (i >= path.length) {
      break;
    }
    const key = path[i++];
    value = value?.[key as JsonValue];
    schema =
      d.type === 'object'
        ? (d.shape[key as string] ?? d.catchall)
        : d.type === 'array'
          ? d.element
          : d.type === 'record'
            ? d.valueType
            : undefined;
  }
  return i >= path.length ? met : [];
}

/** The union member `value` was meant for: the one of its JSON type with the fewest issues. */
function closestOption(options: AnySchema[], value: unknown): AnySchema {
  const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const score = (o: AnySchema) => {
    const type = def(o).type;
    const sameKind =
      type === kind ||
      (type === 'object' && kind === 'object') ||
      (type === 'literal' && def(o).values.some((v: unknown) => typeof v === kind));
    const result = (o as z.ZodType).safeParse(value);
    return (sameKind ? 0 : 1000) + (result.success ? 0 : result.error.issues.length);
  };
  return options.reduce((best, o) => (score(o) < score(best) ? o : best));
}

/** The keys a strict object (or a record with enumerated keys) at `path` accepts. */
function knownKeys(root: AnySchema, path: readonly PropertyKey[], data: unknown): string[] {
  const container = schemasAt(root, path, data)
    .reverse()
    .find((s) => ['object', 'record'].includes(def(s).type));
  if (!container) {
    return [];
  }
  const d = def(container);
  return d.type === 'object' ? Object.keys(d.shape) : Object.keys(def(d.keyType).entries ?? {});
}

/** Formats a zod path as kubeship does: `apps.web.strategy.steps[2].setWeight`. */
export function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text && !text.endsWith(':') ? `${text}.${String(key)}` : `${text}${String(key)}`,
    prefix,
  );
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text value',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of settings',
  record: 'a map of settings',
  literal: 'the documented value',
  null: 'nothing',
};

/** What is allowed and how to fix it for an issue whose schema carries no wording: zod's issue in the user's terms. */
function plainWording(issue: z.core.$ZodIssue): Hint {
  const i = issue as z.core.$ZodIssue & JsonObject;
  const items = (n: number, origin: string) =>
    origin === 'array' ? `${n} ${n === 1 ? 'entry' : 'entries'}` : origin === 'string' ? `${n} character${n === 1 ? '' : 's'}` : String(n);
  switch (issue.code) {
    case 'too_small':
      return {
        allowed: `at least ${items(Number(i.minimum), i.origin)}`,
        fix:
          i.origin === 'array'
            ? 'add an entry (or remove the key)'
            : i.origin === 'string'
              ? 'write a value'
              : `raise it to ${i.minimum} or more`,
      };
    case 'too_big':
      return {
        allowed: `at most ${items(Number(i.maximum), i.origin)}`,
        fix: i.origin === 'array' ? 'remove entries' : i.origin === 'string' ? 'shorten it' : `lower it to ${i.maximum} or less`,
      };
    case 'invalid_type':
      return { allowed: TYPE_WORDS[i.expected] ?? `a ${i.expected}`, fix: `write ${TYPE_WORDS[i.expected] ?? `a ${i.expected}`} here` };
    case 'invalid_value':
      return {
        allowed: `one of ${(i.values as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
        fix: 'use one of these (the spelling and case matter)',
      };
    case 'invalid_format':
      return {
        allowed: i.format === 'url' ? 'an absolute URL such as "https://example.com/path"' : `a value in ${i.format} format`,
        fix: "correct the value's format",
      };
    case 'invalid_key':
      return { allowed: 'a documented key', fix: 'remove it or correct its spelling' };
    default:
      return {
        allowed: issue.message.replace(/^Invalid input(: )?/, '') || 'one of the documented forms',
        fix: 'see the example stack files (Pulumi.dev.yaml)',
      };
  }
}

/** Every issue of a failed parse as a problem, paths prefixed with `prefix` (e.g. `kubeship:`). */
export function problemsOf(error: z.ZodError, root: AnySchema, data: unknown, prefix = ''): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const raw = issue as z.core.$ZodIssue & { input?: unknown; params?: Partial<Hint>; keys?: string[] };
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(root, issue.path, data);
      for (const key of raw.keys ?? []) {
        problems.push({
          path: formatPath(prefix, [...issue.path, key]),
          value: (raw.input as Record<string, unknown> | undefined)?.[key],
          allowed: `one of ${known.map((k) => `"${k}"`).join(', ')}`,
          fix: 'remove it or correct its spelling',
        });
      }
      continue;
    }
    const wording =
      raw.params?.allowed && raw.params.fix
        ? (raw.params as Hint)
        : (schemasAt(root, issue.path, data)
            .map(hintOf)
            .find((h) => h !== undefined) ?? plainWording(issue));
    const missing = issue.code === 'invalid_type' && raw.input === undefined;
    const at = formatPath(prefix, issue.path);
    problems.push({
      path: at,
      value: raw.input,
      allowed: wording.allowed,
      fix: missing
        ? `set ${at} (it is required)`
        : // `key:` with nothing after it, or an unquoted `#...` (a YAML comment), reads as null
          raw.input === null
          ? `write the value after "${String(issue.path[issue.path.length - 1])}:"; a value starting with "#" must be quoted ("#ops-alerts"), else YAML reads it as a comment`
          : wording.fix,
    });
  }
  return problems;
}
