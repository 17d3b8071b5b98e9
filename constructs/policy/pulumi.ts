/**
 * The rule set as Pulumi policies (`@pulumi/policy`): object rules validate each Kubernetes resource,
 * rules that relate objects validate the stack. Build the pack in its own entry file
 * (`new PolicyPack('kubeship', { policies: kubeshipPolicies(...) })`): constructing a PolicyPack
 * starts the policy server.
 */
import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from '@pulumi/policy';
import { levelOf, PolicyOptions, resolveOptions, timingBudgetsOf, toFinding } from './engine';
import { fromPulumiResource, KubeObject } from './objects';
import { EnforcementLevel, PolicyContext, RULES } from './rules';

/** Reads one stack config key (`kubeship:<key>`); `pulumi.Config('kubeship').get` fits. */
export type ConfigReader = (key: string) => string | undefined;

/**
 * Policy options from stack config, as the pack reads them while `pulumi preview` runs it (stack
 * config and the stack name reach policy packs): `kubeship:environment` (else the stack name),
 * `kubeship:policyEnforcement`, `kubeship:policyOverrides` (JSON: rule id -> level) and
 * `kubeship:timingBudgets` (JSON: `{ deployment, rollback }` durations).
 */
export function policyOptionsFromConfig(get: ConfigReader, stack: string): PolicyOptions {
  const overrides = get('policyOverrides');
  let parsed: Record<string, EnforcementLevel> | undefined;
  try {
    parsed = overrides ? JSON.parse(overrides) : undefined;
  } catch {
    throw new Error(`kubeship:policyOverrides: got ${JSON.stringify(overrides)}; allowed: an object of rule id -> advisory|mandatory|disabled; fix: write it as a YAML map in Pulumi.${stack}.yaml`);
  }
  let budgets: { deployment?: string; rollback?: string } | undefined;
  try {
    budgets = get('timingBudgets') ? JSON.parse(get('timingBudgets')!) : undefined;
  } catch {
    throw new Error(`kubeship:timingBudgets: got ${JSON.stringify(get('timingBudgets'))}; allowed: { deployment: "5m", rollback: "2m" }; fix: write it as a YAML map in Pulumi.${stack}.yaml`);
  }
  return {
    // fail closed: a stack without kubeship:policyEnforcement gets every rule mandatory
    environment: get('environment') ?? stack, enforcement: (get('policyEnforcement') as EnforcementLevel | undefined) ?? 'mandatory', overrides: parsed,
    budgets: timingBudgetsOf(budgets),
  };
}

/** Every rule as a Pulumi policy, at the levels `options` give (see `checkObjects`). */
export function kubeshipPolicies(options: PolicyOptions): Array<ResourceValidationPolicy | StackValidationPolicy> {
  const resolved = resolveOptions(options);
  const context: PolicyContext = { environment: resolved.environment, production: resolved.production, budgets: resolved.budgets };
  return RULES.map((rule) => {
    const enforcementLevel = levelOf(rule, resolved);
    const base = {
      name: rule.id,
      description: rule.description,
      enforcementLevel,
      severity: rule.severity,
      remediationSteps: rule.remediation,
      tags: ['kubernetes', rule.scope === 'production' ? 'production' : 'all-environments'],
    };
    if (rule.checkObject) {
      return {
        ...base,
        validateResource: (args, reportViolation) => {
          const object = fromPulumiResource(args.type, args.props, args.name);
          if (!object || !rule.kinds.includes(object.kind)) {
            return;
          }
          for (const message of rule.checkObject!(object, context)) {
            const finding = toFinding(rule, enforcementLevel, { object, message });
            if (finding.exemption === undefined) {
              reportViolation(`${finding.object}: ${finding.message}. Fix: ${rule.remediation}`);
            }
          }
        },
      } satisfies ResourceValidationPolicy;
    }
    return {
      ...base,
      validateStack: (args, reportViolation) => {
        const urns = new Map<KubeObject, string>();
        const objects = args.resources.flatMap((r: PolicyResource) => {
          const object = fromPulumiResource(r.type, r.props, r.name);
          if (object) {
            urns.set(object, r.urn);
          }
          return object ? [object] : [];
        });
        for (const violation of rule.checkSet!(objects, context)) {
          const finding = toFinding(rule, enforcementLevel, violation);
          if (finding.exemption === undefined) {
            reportViolation(`${finding.object}: ${finding.message}. Fix: ${rule.remediation}`, urns.get(violation.object));
          }
        }
      },
    } satisfies StackValidationPolicy;
  });
}
