/**
 * Kubernetes resource quantities (`250m`, `1.5`, `512Mi`, `2Gi`, `1e3`) parsed to a number of base
 * units, so requests and limits can be compared at synthesis instead of failing at admission.
 */
import type { ProblemHint } from './problems';
const QUANTITY = /^([+]?[0-9]+(?:\.[0-9]+)?|[+]?\.[0-9]+)(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?[0-9]+))?$/;

const SUFFIX: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** The quantity in base units (cores, bytes), or `undefined` when `text` is not a quantity. */
export function parseQuantity(text: unknown): number | undefined {
  if (typeof text !== 'string') {
    return undefined;
  }
  const match = QUANTITY.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const base = Number(match[1]);
  if (match[3] !== undefined) {
    return base * 10 ** Number(match[3]);
  }
  return base * SUFFIX[match[2] ?? ''];
}

/** The allowed-values text used in error messages about quantities. */
export const QUANTITY_ALLOWED = 'a Kubernetes quantity such as "250m", "1", "512Mi" or "2Gi"';

/** The smallest memory a container can start in; smaller limits are killed at once. */
export const MIN_CONTAINER_MEMORY = 4 * 2 ** 20;

/**
 * What is wrong with a quantity of bytes (memory, a volume), or `undefined` when it is right:
 * whole bytes of at least `min`. `512m` is 0.512 bytes (a thousandth suffix), a common slip for `512Mi`.
 */
export function byteQuantityProblem(text: unknown, min: number): ProblemHint | undefined {
  const bytes = parseQuantity(text);
  const allowed = `a size in whole bytes of at least ${formatBytes(min)}, such as "512Mi" or "2Gi"`;
  if (bytes === undefined) {
    return { allowed, fix: 'write a number and a binary unit: Ki, Mi, Gi or Ti' };
  }
  const milli = /^([0-9.]+)([mun])$/.exec(String(text).trim());
  if (milli) {
    return { allowed, fix: `write "${milli[1]}Mi" for mebibytes (the suffix "${milli[2]}" is a fraction of a byte)` };
  }
  if (!Number.isInteger(bytes) || bytes < min) {
    return { allowed, fix: `raise it to at least ${formatBytes(min)}` };
  }
  return undefined;
}

function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['Gi', 2 ** 30],
    ['Mi', 2 ** 20],
    ['Ki', 2 ** 10],
  ] as const) {
    if (bytes % size === 0) {
      return `${bytes / size}${unit}`;
    }
  }
  return String(bytes);
}
