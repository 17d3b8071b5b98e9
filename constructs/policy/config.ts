/** Policy options from Pulumi stack config (pure: no `@pulumi/policy` needed). */
import { PolicyOptions, timingBudgetsOf } from './engine';
import { EnforcementLevel } from './rules';

/** Reads one stack config key (`kubeship:<key>`); `pulumi.Config('kubeship').get` fits. */
export type ConfigReader = (key: string) => string | undefined;

/**
 * Policy options from stack config, as the pack reads them while `pulumi preview` runs it (stack
 * config and the stack name reach policy packs): `kubeship:environment` (else the stack name),
 * `kubeship:policyEnforcement`, `kubeship:policyOverrides` (JSON: rule id -> level) and
 * `kubeship:timingBudgets` (JSON: `{ deployment, rollback, alertDelivery }` durations).
 */
export function policyOptionsFromConfig(get: ConfigReader, stack: string): PolicyOptions {
  const overrides = get('policyOverrides');
  let parsed: Record<string, EnforcementLevel> | undefined;
  try {
    parsed = overrides ? JSON.parse(overrides) : undefined;
  } catch {
    throw new Error(
      `kubeship:policyOverrides: got ${JSON.stringify(overrides)}; allowed: an object of rule id -> advisory|mandatory|disabled; fix: write it as a YAML map in Pulumi.${stack}.yaml`,
    );
  }
  let budgets: { deployment?: string; rollback?: string; alertDelivery?: string } | undefined;
  try {
    budgets = get('timingBudgets') ? JSON.parse(get('timingBudgets')!) : undefined;
  } catch {
    throw new Error(
      `kubeship:timingBudgets: got ${JSON.stringify(get('timingBudgets'))}; allowed: { deployment: "5m", rollback: "2m", alertDelivery: "30s" }; fix: write it as a YAML map in Pulumi.${stack}.yaml`,
    );
  }
  return {
    // fail closed: a stack without kubeship:policyEnforcement gets every rule mandatory
    environment: get('environment') ?? stack,
    enforcement: (get('policyEnforcement') as EnforcementLevel | undefined) ?? 'mandatory',
    overrides: parsed,
    budgets: timingBudgetsOf(budgets),
  };
}
