/**
 * A small Go `text/template` interpreter for the subset kubeship's Argo Rollouts notification
 * templates use, so tests can render them against a real Rollout object (Argo Rollouts v1.9.1
 * utils/record/record.go: `.rollout` is the Rollout marshalled to JSON, `.time.Now`/`.time.Parse`):
 * text and actions; pipelines with `|`; fields (`.a.b`, `$.a`, `$v.a`, on maps: a missing key is
 * nil); variables (`$x := v`, `$x = v`, in the scope of their block); `if`/`else`/`end`, `range`
 * over lists and maps (with `$i, $v :=`); functions `index`, `not`, `and`, `or`, `eq`, `gt`, `lt`,
 * `call`, `printf` (%s %d %v %.Nf), `len`, and sprig's `toJson` and `default`. Method calls on
 * values are supported for the `time.Time` stand-in (`UTC`, `Format`, `Sub`, `Minutes`). The
 * syntax itself is checked by the real Go parser in amtool (test/deployment-events.test.ts).
 */

type Value = unknown;
type Scope = Array<Map<string, Value>>;

/** A `time.Time` stand-in with the methods the templates call. */
export class GoTime {
  constructor(public readonly ms: number) {}
  UTC(): GoTime {
    return this;
  }
  /** Go reference-time layouts used by the templates (RFC 3339 in UTC). */
  Format(layout: string): string {
    if (layout !== '2006-01-02T15:04:05Z07:00' && layout !== '2006-01-02T15:04:05Z') {
      throw new Error(`layout ${layout} not supported by the test renderer`);
    }
    return new Date(this.ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  Sub(other: GoTime): { Minutes(): number } {
    const ms = this.ms - other.ms;
    return { Minutes: () => ms / 60_000 };
  }
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipeline: string }
  | { kind: 'if'; cond: string; then: Node[]; else: Node[] }
  | { kind: 'range'; vars: string[]; over: string; body: Node[]; else: Node[] }
  | { kind: 'with'; cond: string; then: Node[]; else: Node[] };

function parse(template: string): Node[] {
  const tokens = template.split(/(\{\{-?\s*[\s\S]*?\s*-?\}\})/).filter((t) => t !== '');
  let i = 0;
  const block = (stop: string[]): { nodes: Node[]; ended: string } => {
    const nodes: Node[] = [];
    while (i < tokens.length) {
      const raw = tokens[i++];
      const m = /^\{\{-?\s*([\s\S]*?)\s*-?\}\}$/.exec(raw);
      if (!m) {
        nodes.push({ kind: 'text', text: raw });
        continue;
      }
      const body = m[1];
      const word = body.split(/\s+/)[0];
      if (stop.includes(word)) {
        return { nodes, ended: body };
      }
      if (word === 'if' || word === 'with') {
        const then = block(['else', 'end']);
        const other = then.ended === 'else' ? block(['end']).nodes : [];
        nodes.push({ kind: word, cond: body.slice(word.length).trim(), then: then.nodes, else: other } as Node);
      } else if (word === 'range') {
        const spec = /^range\s+(?:(\$\w+)(?:\s*,\s*(\$\w+))?\s*:=\s*)?([\s\S]+)$/.exec(body)!;
        const inner = block(['else', 'end']);
        const other = inner.ended === 'else' ? block(['end']).nodes : [];
        nodes.push({ kind: 'range', vars: [spec[1], spec[2]].filter(Boolean) as string[], over: spec[3], body: inner.nodes, else: other });
      } else {
        nodes.push({ kind: 'action', pipeline: body });
      }
    }
    return { nodes, ended: '' };
  };
  return block([]).nodes;
}

/** Splits on a separator outside quotes and parentheses. */
function splitTop(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== '\\') {
      quote = !quote;
    }
    if (!quote) {
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      if (depth === 0 && separator.test(c)) {
        parts.push(current);
        current = '';
        continue;
      }
    }
    current += c;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const truthy = (v: Value) =>
  !(
    v === undefined ||
    v === null ||
    v === false ||
    v === 0 ||
    v === '' ||
    (Array.isArray(v) && v.length === 0) ||
    (typeof v === 'object' && !(v instanceof GoTime) && !Array.isArray(v) && Object.keys(v as object).length === 0)
  );

function printf(format: string, ...args: Value[]): string {
  let n = 0;
  return format.replace(/%(\.(\d+))?([sdvf])/g, (_, __, digits, verb) => {
    const a = args[n++];
    return verb === 'f' ? Number(a).toFixed(digits ? Number(digits) : 6) : verb === 'd' ? String(Math.trunc(Number(a))) : String(a);
  });
}

const FUNCTIONS: Record<string, (...args: Value[]) => Value> = {
  toJson: (v) => JSON.stringify(v === undefined ? null : v),
  default: (fallback, v) => (truthy(v) ? v : fallback),
  index: (v, ...keys) =>
    keys.reduce((o: any, k) => {
      if (o === undefined || o === null) {
        throw new Error('index of untyped nil');
      }
      return o[k as string];
    }, v),
  not: (v) => !truthy(v),
  and: (...v) => v.find((x) => !truthy(x)) ?? v[v.length - 1],
  or: (...v) => v.find((x) => truthy(x)) ?? v[v.length - 1],
  eq: (a, b) => a === b,
  gt: (a, b) => (a as number) > (b as number),
  lt: (a, b) => (a as number) < (b as number),
  len: (v) => (Array.isArray(v) || typeof v === 'string' ? v.length : Object.keys(v as object).length),
  call: (f, ...args) => (f as (...a: Value[]) => Value)(...args),
  printf: (format, ...args) => printf(format as string, ...args),
};

/** Renders `template` with `data` as dot; throws where Go's executor would fail. */
export function renderGoTemplate(template: string, data: Record<string, Value>): string {
  const root: Scope = [new Map([['$', data]])];
  const lookup = (scope: Scope, name: string) => {
    for (let s = scope.length - 1; s >= 0; s--) {
      if (scope[s].has(name)) {
        return scope[s];
      }
    }
    throw new Error(`undefined variable ${name}`);
  };
  // a method in the middle of a chain is called without arguments (Go: `.UTC.Format`); the last one
  // is returned bound, for the command to call with its arguments
  const field = (base: Value, path: string[]): Value =>
    path.reduce((o: any, key, i) => {
      if (o instanceof GoTime) {
        const method = (o as any)[key].bind(o);
        return i < path.length - 1 ? method() : method;
      }
      if (o === undefined || o === null) {
        return undefined;
      }
      const v = o[key];
      return typeof v === 'function' && !(key in FUNCTIONS) ? v.bind(o) : v;
    }, base);

  const term = (text: string, dot: Value, scope: Scope): Value => {
    if (text.startsWith('(')) {
      // (pipeline).Field.Chain
      let depth = 0;
      let end = 0;
      for (; end < text.length; end++) {
        depth += text[end] === '(' ? 1 : text[end] === ')' ? -1 : 0;
        if (depth === 0) {
          break;
        }
      }
      const inner = pipeline(text.slice(1, end), dot, scope);
      const rest = text.slice(end + 1);
      return rest ? field(inner, rest.split('.').filter(Boolean)) : inner;
    }
    if (text.startsWith('"')) {
      return JSON.parse(text);
    }
    if (/^-?\d+(\.\d+)?$/.test(text)) {
      return Number(text);
    }
    if (text === 'true' || text === 'false') {
      return text === 'true';
    }
    if (text === 'nil') {
      return null;
    }
    if (text === '.') {
      return dot;
    }
    if (text.startsWith('.')) {
      return field(dot, text.slice(1).split('.'));
    }
    if (text.startsWith('$')) {
      const [name, ...path] = text.split('.');
      return field(lookup(scope, name).get(name), path);
    }
    throw new Error(`unknown term ${text}`);
  };

  const command = (text: string, dot: Value, scope: Scope, piped: Value[]): Value => {
    const words = splitTop(text, /\s/);
    const [head, ...args] = words;
    const values = () => [...args.map((a) => term(a, dot, scope)), ...piped];
    if (head in FUNCTIONS) {
      return FUNCTIONS[head](...values());
    }
    const target = term(head, dot, scope);
    if (typeof target === 'function' && (args.length || piped.length || /\.[A-Z]\w*$/.test(head))) {
      return (target as (...a: Value[]) => Value)(...values());
    }
    if (args.length || piped.length) {
      throw new Error(`${head} is not a function`);
    }
    return target;
  };

  const pipeline = (text: string, dot: Value, scope: Scope): Value => {
    const declare = /^(\$\w+)\s*(:=|=)\s*([\s\S]+)$/.exec(text);
    if (declare) {
      const value = pipeline(declare[3], dot, scope);
      (declare[2] === ':=' ? scope[scope.length - 1] : lookup(scope, declare[1])).set(declare[1], value);
      return undefined;
    }
    return splitTop(text, /\|/).reduce<Value[] | undefined>((piped, cmd) => [command(cmd, dot, scope, piped ?? [])], undefined)![0];
  };

  const show = (v: Value) => (v === undefined || v === null ? '<no value>' : String(v));
  const exec = (nodes: Node[], dot: Value, scope: Scope): string =>
    nodes
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.text;
          case 'action': {
            const declares = /^\$\w+\s*:?=/.test(n.pipeline);
            const v = pipeline(n.pipeline, dot, scope);
            return declares ? '' : show(v);
          }
          case 'if': {
            const v = pipeline(n.cond, dot, scope);
            return exec(truthy(v) ? n.then : n.else, dot, [...scope, new Map()]);
          }
          case 'with': {
            const v = pipeline(n.cond, dot, scope);
            return truthy(v) ? exec(n.then, v, [...scope, new Map()]) : exec(n.else, dot, [...scope, new Map()]);
          }
          case 'range': {
            const over = pipeline(n.over, dot, scope);
            const entries: Array<[Value, Value]> = Array.isArray(over)
              ? over.map((v, i) => [i, v])
              : over && typeof over === 'object'
                ? Object.keys(over)
                    .sort()
                    .map((k) => [k, (over as any)[k]])
                : [];
            if (!entries.length) {
              return exec(n.else, dot, [...scope, new Map()]);
            }
            return entries
              .map(([k, v]) => {
                const inner = new Map<string, Value>();
                if (n.vars.length === 1) {
                  inner.set(n.vars[0], v);
                } else if (n.vars.length === 2) {
                  inner.set(n.vars[0], k);
                  inner.set(n.vars[1], v);
                }
                return exec(n.body, v, [...scope, inner]);
              })
              .join('');
          }
        }
      })
      .join('');
  return exec(parse(template), data, root);
}
