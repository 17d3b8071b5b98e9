/**
 * Kubernetes resource quantities (`250m`, `1.5`, `512Mi`, `2Gi`, `1e3`) parsed to a number of base
 * units, so requests and limits can be compared at synthesis instead of failing at admission.
 */
const QUANTITY = /^([+]?[0-9]+(?:\.[0-9]+)?|[+]?\.[0-9]+)(?:(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)|[eE]([+-]?[0-9]+))?$/;

const SUFFIX: Record<string, number> = {
  n: 1e-9, u: 1e-6, m: 1e-3, '': 1,
  k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
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
