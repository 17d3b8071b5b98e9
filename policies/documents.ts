/**
 * Reads multi-document YAML for the policy CLI: fast, one document at a time, and safe.
 *
 * - Fast: documents are parsed by js-yaml (7-9x faster than `yaml` on rendered manifests) with its
 *   `CORE_SCHEMA`, the YAML 1.2 core schema `yaml` and cdk8s use (no timestamps, no `<<` merge
 *   keys, duplicate keys refused), so both give the same values (test/documents.test.ts).
 * - One document at a time: a file is cut at its document markers and each document is parsed,
 *   handed on and dropped, so only plain values are ever held, never a whole file's parse trees.
 *   A marker line (`---` or `...` at column 0) cannot occur inside a scalar (YAML 1.2, 9.1.4
 *   "c-forbidden"), so the cut is exact. Files with directives (`%YAML`), or with content after a
 *   `...` end marker, are read by `yaml` instead.
 * - Safe: js-yaml resolves an alias to the same value, so a tree whose aliases would expand to more
 *   than {@link MAX_EXPANDED_NODES} nodes (an alias bomb, "billion laughs") is refused, as is an
 *   alias of itself; the expansion is counted without performing it.
 * - Messages name the file, the document and the line (1-based, in the file).
 */
import * as fs from 'fs';
import * as jsyaml from 'js-yaml';
import type * as Yaml from 'yaml';

/** The most nodes a document's aliases may expand it to (`yaml` refuses similar expansions by default). */
export const MAX_EXPANDED_NODES = 100_000;

/** One document of a file: its value, or why it cannot be used. */
export type DocumentResult =
  | { readonly index: number; readonly line: number; readonly value: unknown }
  | { readonly index: number; readonly line: number; readonly problem: string };

/** Document markers (`---`, `...`) and directives (`%`) at the start of a line. */
const MARKERS = /^(?:(---|\.\.\.)(?=[ \t\r\n]|$)|%)/gm;
/** A line that is neither blank nor only a comment. */
const CONTENT = /^(?![ \t]*(?:#|\r?$))/m;

/**
 * The documents of `text` as `[first line, text]` (each starts at its `---`, the first may start
 * without one), or undefined when only a full YAML parser can split it (directives, or content after
 * a `...` end marker that no `---` starts). Cuts by offsets: no copy of the file's lines.
 */
function splitDocuments(text: string): Array<[number, string]> | undefined {
  const docs: Array<[number, string]> = [];
  let line = 1;
  let counted = 0;
  /** The 1-based line of `offset` (offsets only grow). */
  const lineAt = (offset: number) => {
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < offset; nl = text.indexOf('\n', counted)) {
      line++;
      counted = nl + 1;
    }
    return line;
  };
  const afterLine = (offset: number) => {
    const nl = text.indexOf('\n', offset);
    return nl === -1 ? text.length : nl + 1;
  };
  let start = 0;
  let ended = -1;
  const push = (end: number) => {
    const body = text.slice(start, end);
    if (text.startsWith('---', start) || CONTENT.test(body)) {
      docs.push([lineAt(start), body]);
    }
  };
  for (const m of text.matchAll(MARKERS)) {
    if (m[1] === undefined) {
      return undefined;
    }
    if (m[1] === '...') {
      ended = ended < 0 ? m.index : ended;
      continue;
    }
    if (ended >= 0 && CONTENT.test(text.slice(afterLine(ended), m.index))) {
      return undefined;
    }
    if (m.index > 0) {
      push(m.index);
    }
    start = m.index;
    ended = -1;
  }
  if (ended >= 0 && CONTENT.test(text.slice(afterLine(ended)))) {
    return undefined;
  }
  push(text.length);
  return docs;
}

/**
 * The number of nodes `value` would have with every alias expanded, counted in time linear in the
 * distinct nodes; Infinity for an alias of itself or past `limit`.
 */
export function expandedSize(value: unknown, limit = MAX_EXPANDED_NODES): number {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  const size = (v: unknown): number => {
    if (v === null || typeof v !== 'object') {
      return 1;
    }
    const known = sizes.get(v);
    if (known !== undefined) {
      return known;
    }
    if (open.has(v)) {
      return Infinity;
    }
    open.add(v);
    let total = 1;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      total += size(child);
      if (total > limit) {
        total = Infinity;
        break;
      }
    }
    open.delete(v);
    sizes.set(v, total);
    return total;
  };
  return size(value);
}

/**
 * Where an alias can start: a `*` at a line's start or after white space or a flow indicator. Text
 * without one has no alias (and any `*` inside a scalar only costs the walk below).
 */
const ALIAS = /(?:^|[\s[{,])\*/;

/** True when some object or array of `value` is reachable twice (js-yaml's aliases). */
function hasSharedNodes(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') {
      continue;
    }
    if (seen.has(v)) {
      return true;
    }
    seen.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') {
        stack.push(child);
      }
    }
  }
  return false;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/** Every document of a file's text, in order, with `yaml`: the path for files js-yaml's split cannot take. */
function* withYaml(text: string): Generator<DocumentResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yaml = require('yaml') as typeof Yaml;
  const lineOf = new yaml.LineCounter();
  const docs = yaml.parseAllDocuments(text, { lineCounter: lineOf });
  for (const [index, doc] of (Array.isArray(docs) ? docs : [docs]).entries()) {
    const line = lineOf.linePos(doc.range[0]).line;
    if (doc.errors.length > 0) {
      yield { index, line: doc.errors[0].linePos?.[0].line ?? line, problem: `is not valid YAML: ${firstLine(doc.errors[0].message)}` };
      continue;
    }
    try {
      yield { index, line, value: doc.toJS({ maxAliasCount: 100 }) };
    } catch (error) {
      yield { index, line, problem: `cannot be read: ${firstLine((error as Error).message)}` };
    }
  }
}

/** Every document of a YAML text, in order, one at a time (see the module comment). */
export function* yamlDocuments(text: string): Generator<DocumentResult> {
  const parts = splitDocuments(text);
  if (!parts) {
    yield* withYaml(text);
    return;
  }
  for (const [index, [line, body]] of parts.entries()) {
    let value: unknown;
    try {
      value = jsyaml.load(body, { schema: jsyaml.CORE_SCHEMA });
    } catch (error) {
      const e = error as jsyaml.YAMLException;
      const at = e.mark ? line + e.mark.line : line;
      const where = e.mark ? ` at line ${at}, column ${e.mark.column + 1}` : '';
      yield { index, line: at, problem: `is not valid YAML: ${e.reason ?? firstLine(e.message)}${where}` };
      continue;
    }
    if (body.includes('*') && ALIAS.test(body) && hasSharedNodes(value) && expandedSize(value) === Infinity) {
      yield {
        index,
        line,
        problem: `cannot be read: its aliases expand to more than ${MAX_EXPANDED_NODES} nodes (an alias bomb?) or refer to themselves`,
      };
      continue;
    }
    yield { index, line, value };
  }
}

/** Every document of a YAML file (see {@link yamlDocuments}). */
export function* yamlFileDocuments(file: string): Generator<DocumentResult> {
  yield* yamlDocuments(fs.readFileSync(file, 'utf8'));
}
