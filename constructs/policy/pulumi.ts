/**
 * The rule set as Pulumi policies (`@pulumi/policy`): object rules validate each Kubernetes resource,
 * rules that relate objects validate the stack. Build the pack in its own entry file
 * (`new PolicyPack('kubeship', { policies: kubeshipPolicies(...) })`): constructing a PolicyPack
 * starts the policy server. Imported from `kubeship/policy/pack`, apart from the rules, so the
 * types of `kubeship/policy` need no `@pulumi/policy`.
 */
import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from '@pulumi/policy';
import { levelOf, PolicyOptions, resolveOptions, toFinding } from './engine';
import { fromPulumiResource, KubeObject } from './objects';
import { PolicyContext, RULES } from './rules';

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
