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

/** Renders a value for an error message: strings quoted, objects as compact JSON, long values cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  let text: string;
  if (typeof value === 'string') {
    text = JSON.stringify(value);
  } else if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    text = String(value);
  } else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Formats one problem as a single line. */
export function formatProblem(problem: Problem): string {
  return `${problem.path}: got ${describeValue(problem.value)}; allowed: ${problem.allowed}; fix: ${problem.fix}`;
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
