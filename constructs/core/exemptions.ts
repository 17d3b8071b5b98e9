/**
 * Annotation that exempts one object from one rule: `policy.kubeship.dev/exempt.<rule-id>: "<why>"`.
 * The reason is required and shown in every report, so an exemption is a reviewed decision.
 */
export const EXEMPT_ANNOTATION_PREFIX = 'policy.kubeship.dev/exempt.';

/** The annotations exempting an object from rules, each with its reason. */
export function exemptions(reasons: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(reasons).map(([rule, reason]) => [`${EXEMPT_ANNOTATION_PREFIX}${rule}`, reason]));
}
