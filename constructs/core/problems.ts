/**
 * One invalid input: where it is, what was given, what is allowed and how to fix it.
 *
 * Constructs collect every problem of their props and report them together at synthesis
 * (cdk8s `node.addValidation`), so a user sees all mistakes in one run instead of one per run.
 */
export interface Problem {
  /** Dotted path of the offending field, e.g. `strategy.canary.steps[2].setWeight`. */
  readonly path: string;
  /** The value that was given (rendered with `describeValue`). */
  readonly value: unknown;
  /** What is allowed, in the user's terms. */
  readonly allowed: string;
  /** How to fix it. */
  readonly fix: string;
}

/** What is allowed and how to fix it: a problem without its place and value. */
export interface ProblemHint {
  /** What is allowed, in the user's terms. */
  readonly allowed: string;
  /** How to fix it. */
  readonly fix: string;
}

/** The most characters `describeValue` renders of a value. */
const DESCRIBE_LIMIT = 120;

/**
 * Renders a value for an error message: strings quoted, objects as compact JSON, cut at
 * `limit` characters. Iterative and bounded: a value nested a million levels deep, megabytes long
 * or circular costs a few steps, never a stack overflow (the remediation service describes
 * untrusted webhook payloads with it).
 */
export function describeValue(value: unknown, limit: number = DESCRIBE_LIMIT): string {
  if (value === undefined) {
    return 'nothing';
  }
  let out = '';
  const stack: unknown[] = [value];
  while (stack.length > 0 && out.length <= limit) {
    const item = stack.pop();
    if (item instanceof Literal) {
      out += item.text;
    } else if (Array.isArray(item)) {
      stack.push(new Literal(']'));
      for (let i = Math.min(item.length, limit) - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) {
          stack.push(new Literal(','));
        }
      }
      out += '[';
    } else if (item instanceof Date) {
      out += Number.isNaN(item.getTime()) ? 'null' : JSON.stringify(item.toISOString());
    } else if (typeof item === 'object' && item !== null) {
      // as JSON.stringify: own enumerable keys, those holding undefined, functions or symbols left out
      const record = item as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => !['undefined', 'function', 'symbol'].includes(typeof record[k]))
        .slice(0, limit);
      stack.push(new Literal('}'));
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(record[keys[i]]);
        stack.push(new Literal(`${i > 0 ? ',' : ''}${JSON.stringify(keys[i].slice(0, limit))}:`));
      }
      out += '{';
    } else if (typeof item === 'string') {
      out += JSON.stringify(item.slice(0, limit + 1));
    } else {
      out += item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : String(item);
    }
  }
  return out.length > limit || stack.length > 0 ? `${out.slice(0, limit - 3)}...` : out;
}

/** A piece of punctuation on `describeValue`'s stack. */
class Literal {
  constructor(public readonly text: string) {}
}

/**
 * Formats one problem as a single line: `path: got <value>; allowed: <what>; fix: <how>`. The
 * path and the allowed text are cut (200 and 400 characters): both can carry names taken from
 * untrusted input.
 */
export function formatProblem(problem: Problem): string {
  return `${cut(problem.path, 200)}: got ${describeValue(problem.value)}; allowed: ${cut(problem.allowed, 400)}; fix: ${problem.fix}`;
}

function cut(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

/**
 * Collects problems under a path prefix. `at('steps[2]')` returns a collector that writes into
 * the same list with a longer prefix, so nested validators stay unaware of where they are used.
 */
export class Problems {
  private constructor(
    private readonly list: Problem[],
    private readonly prefix: string,
  ) {}

  /** An empty collector rooted at `prefix`. */
  public static root(prefix = ''): Problems {
    return new Problems([], prefix);
  }

  /** A collector for a nested field; problems land in the same list. */
  public at(segment: string): Problems {
    return new Problems(this.list, joinPath(this.prefix, segment));
  }

  /** Records a problem for `field` (relative to this collector's prefix). */
  public add(field: string, value: unknown, allowed: string, fix: string): void {
    this.list.push({ path: joinPath(this.prefix, field), value, allowed, fix });
  }

  /** Records problems found elsewhere, their paths relative to this collector's prefix. */
  public addAll(problems: readonly Problem[]): void {
    problems.forEach((problem) => this.add(problem.path, problem.value, problem.allowed, problem.fix));
  }

  /** Records a problem when `ok` is false. Returns `ok`. */
  public check(ok: boolean, field: string, value: unknown, allowed: string, fix: string): boolean {
    if (!ok) {
      this.add(field, value, allowed, fix);
    }
    return ok;
  }

  /** Every problem recorded so far, in order. */
  public get all(): readonly Problem[] {
    return this.list;
  }

  /** True when nothing was recorded. */
  public get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /** The problems as one line each (the format used in synthesis errors). */
  public messages(): string[] {
    return this.list.map(formatProblem);
  }

  /** Throws a `ConfigurationError` listing every problem, if there is any. */
  public throwIfAny(subject: string): void {
    if (!this.isEmpty) {
      throw new ConfigurationError(subject, this.list);
    }
  }
}

/**
 * Thrown when inputs are invalid. Its message lists every problem, numbered, one per line;
 * `problems` keeps them structured for programs (CLIs, tests).
 */
export class ConfigurationError extends Error {
  /** Every problem, in order. */
  public readonly problems: readonly Problem[];

  constructor(subject: string, problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((p, i) => `  ${i + 1}. ${formatProblem(p)}`);
    super(`Invalid ${subject} (${count}):\n${lines.join('\n')}`);
    this.name = 'ConfigurationError';
    this.problems = problems;
  }
}

function joinPath(prefix: string, segment: string): string {
  if (!prefix) {
    return segment;
  }
  if (!segment) {
    return prefix;
  }
  return segment.startsWith('[') ? `${prefix}${segment}` : `${prefix}.${segment}`;
}
