/**
 * Runs the rule set over a set of objects for one environment: enforcement levels, production-only
 * rules, exemptions by annotation, and a report with a summary per rule.
 */
import { EXEMPT_ANNOTATION_PREFIX } from '../core/exemptions';
import { KubeObject, objectRef } from './objects';
import { EnforcementLevel, PolicyContext, Rule, RULES, RuleViolation, TimingBudgets } from './rules';

import { durationSeconds } from '../core/duration';
export { EXEMPT_ANNOTATION_PREFIX, exemptions } from '../core/exemptions';

/** The enforcement levels the rules accept. */
export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ['advisory', 'mandatory', 'disabled'];

/** Whether an environment name is production (`prod`, `production`, `prod-eu`, ...). */
export function isProductionEnvironment(environment: string): boolean {
  return /^prod(uction)?([-_.].*)?$/i.test(environment);
}

/** The level when config names none: mandatory in production, advisory elsewhere. */
export function defaultEnforcement(environment: string): EnforcementLevel {
  return isProductionEnvironment(environment) ? 'mandatory' : 'advisory';
}

/** How to run the rules for one environment. */
export interface PolicyOptions {
  /** Environment name (stack name, `dist/<env>`). */
  readonly environment: string;
  /** Level of every rule (stack config `policyEnforcement`). @default defaultEnforcement(environment) */
  readonly enforcement?: EnforcementLevel;
  /** Per-rule levels that win over `enforcement` (`{ probes: 'advisory' }`). */
  readonly overrides?: Readonly<Partial<Record<string, EnforcementLevel>>>;
  /** Production-only rules apply. @default isProductionEnvironment(environment) */
  readonly production?: boolean;
  /**
   * Delivery timing budgets of the environment, in seconds (`delivery-timing-budget`): the most a
   * deployment may take by its strategy, and the most a rollback may take. @default - none
   */
  readonly budgets?: TimingBudgets;
}

/** Budgets from stack config's `timingBudgets` (`{ deployment: "5m", rollback: "2m", alertDelivery: "30s" }`); unreadable values are left out. */
export function timingBudgetsOf(
  config: { readonly deployment?: string; readonly rollback?: string; readonly alertDelivery?: string } | undefined,
): TimingBudgets {
  const seconds = (value: string | undefined) => (value === undefined ? undefined : durationSeconds(value));
  return {
    ...(seconds(config?.deployment) !== undefined ? { deploymentSeconds: seconds(config?.deployment) } : {}),
    ...(seconds(config?.rollback) !== undefined ? { rollbackSeconds: seconds(config?.rollback) } : {}),
    ...(seconds(config?.alertDelivery) !== undefined ? { alertDeliverySeconds: seconds(config?.alertDelivery) } : {}),
  };
}

/** One violation as reported. */
export interface Finding {
  /** The rule's id. */
  readonly ruleId: string;
  /** The level the rule runs at here. */
  readonly level: EnforcementLevel;
  /** `Kind/namespace/name`. */
  readonly object: string;
  /** What is wrong. */
  readonly message: string;
  /** How to fix it (the rule's remediation). */
  readonly remediation: string;
  /** The reason of the exemption annotation, when the object is exempt from this rule. */
  readonly exemption?: string;
}

/** One line of the summary table. */
export interface RuleSummary {
  /** The rule's id. */
  readonly ruleId: string;
  /** The level the rule runs at here. */
  readonly level: EnforcementLevel;
  /** Whether the rule applies here (production-only rules outside production do not). */
  readonly applies: boolean;
  /** Objects of the rule's kinds in the set. */
  readonly checked: number;
  /** Violations that count. */
  readonly violations: number;
  /** Violations waived by an exemption annotation. */
  readonly exempted: number;
}

/** The outcome of one run. */
export interface PolicyReport {
  /** The environment checked. */
  readonly environment: string;
  /** Whether it is a production environment (production-only rules apply). */
  readonly production: boolean;
  /** The level every rule runs at unless overridden. */
  readonly enforcement: EnforcementLevel;
  /** Violations that count (not exempted), in rule order. */
  readonly findings: readonly Finding[];
  /** Violations waived by an exemption annotation. */
  readonly exempted: readonly Finding[];
  /** One line per rule. */
  readonly summary: readonly RuleSummary[];
  /** Findings at level mandatory: any of them fails the run. */
  readonly mandatory: number;
}

/** Resolves the options (defaults, validation of levels and rule ids: one error listing every problem). */
export function resolveOptions(options: PolicyOptions): Required<PolicyOptions> {
  const problems: string[] = [];
  const level = (value: unknown, where: string) => {
    if (!ENFORCEMENT_LEVELS.includes(value as EnforcementLevel)) {
      problems.push(`${where}: got ${JSON.stringify(value)}; allowed: ${ENFORCEMENT_LEVELS.join(', ')}; fix: use one of them`);
    }
  };
  if (options.enforcement !== undefined) {
    level(options.enforcement, 'enforcement');
  }
  for (const [id, value] of Object.entries(options.overrides ?? {})) {
    if (!RULES.some((r) => r.id === id)) {
      problems.push(`overrides.${id}: no such rule; allowed: ${RULES.map((r) => r.id).join(', ')}; fix: use a rule id`);
    }
    level(value, `overrides.${id}`);
  }
  if (problems.length > 0) {
    throw new Error(`Invalid policy options (${problems.length} problem${problems.length > 1 ? 's' : ''}):\n  ${problems.join('\n  ')}`);
  }
  return {
    environment: options.environment,
    enforcement: options.enforcement ?? defaultEnforcement(options.environment),
    overrides: options.overrides ?? {},
    production: options.production ?? isProductionEnvironment(options.environment),
    budgets: options.budgets ?? {},
  };
}

/** The level a rule runs at under these options (`disabled` when a production rule is outside production). */
export function levelOf(rule: Rule, options: Required<PolicyOptions>): EnforcementLevel {
  if (rule.scope === 'production' && !options.production) {
    return 'disabled';
  }
  return options.overrides[rule.id] ?? options.enforcement;
}

/**
 * The objects of `kinds` in a set, in the set's order: filtered once per distinct kind list and
 * set (rules share a few lists), not once per rule.
 */
const byKinds = new WeakMap<readonly KubeObject[], Map<string, readonly KubeObject[]>>();
function objectsOfKinds(objects: readonly KubeObject[], kinds: readonly string[]): readonly KubeObject[] {
  const lists = byKinds.get(objects) ?? new Map<string, readonly KubeObject[]>();
  byKinds.set(objects, lists);
  const key = kinds.join('\0');
  let list = lists.get(key);
  if (!list) {
    const wanted = new Set(kinds);
    list = objects.filter((o) => wanted.has(o.kind));
    lists.set(key, list);
  }
  return list;
}

/** The violations of one rule over a set (object rules per object, set rules once). */
export function violationsOf(rule: Rule, objects: readonly KubeObject[], context: PolicyContext): RuleViolation[] {
  if (rule.checkSet) {
    return rule.checkSet(objects, context);
  }
  return objectsOfKinds(objects, rule.kinds).flatMap((object) =>
    rule.checkObject!(object, context).map((message) => ({ object, message })),
  );
}

/** The finding for a violation, with the object's exemption applied. */
export function toFinding(rule: Rule, level: EnforcementLevel, violation: RuleViolation): Finding {
  const reason = violation.object.metadata?.annotations?.[`${EXEMPT_ANNOTATION_PREFIX}${rule.id}`];
  const base = { ruleId: rule.id, level, object: objectRef(violation.object), remediation: rule.remediation };
  if (reason !== undefined && reason.trim() === '') {
    return { ...base, message: `${violation.message} (its exemption annotation gives no reason, so it does not apply)` };
  }
  return reason !== undefined ? { ...base, message: violation.message, exemption: reason.trim() } : { ...base, message: violation.message };
}

/** Runs every rule over `objects` for one environment. */
export function checkObjects(objects: readonly KubeObject[], options: PolicyOptions): PolicyReport {
  const resolved = resolveOptions(options);
  const context: PolicyContext = { environment: resolved.environment, production: resolved.production, budgets: resolved.budgets };
  const findings: Finding[] = [];
  const exempted: Finding[] = [];
  const summary: RuleSummary[] = RULES.map((rule) => {
    const level = levelOf(rule, resolved);
    const checked = objectsOfKinds(objects, rule.kinds).length;
    if (level === 'disabled') {
      return {
        ruleId: rule.id,
        level,
        applies: !(rule.scope === 'production' && !resolved.production),
        checked,
        violations: 0,
        exempted: 0,
      };
    }
    const all = violationsOf(rule, objects, context).map((v) => toFinding(rule, level, v));
    const counted = all.filter((f) => f.exemption === undefined);
    findings.push(...counted);
    exempted.push(...all.filter((f) => f.exemption !== undefined));
    return { ruleId: rule.id, level, applies: true, checked, violations: counted.length, exempted: all.length - counted.length };
  });
  return {
    environment: resolved.environment,
    production: resolved.production,
    enforcement: resolved.enforcement,
    findings,
    exempted,
    summary,
    mandatory: findings.filter((f) => f.level === 'mandatory').length,
  };
}

/** The report as text: one block per violation, exemptions, then the summary table. */
export function formatReport(report: PolicyReport): string {
  const lines: string[] = [];
  lines.push(`== ${report.environment} (${report.production ? 'production' : 'not production'}, enforcement ${report.enforcement})`);
  for (const f of report.findings) {
    lines.push(`[${f.level}] ${f.ruleId}  ${f.object}`, `    ${f.message}`, `    fix: ${f.remediation}`);
  }
  for (const f of report.exempted) {
    lines.push(`[exempt] ${f.ruleId}  ${f.object}: ${f.message}`, `    reason: ${f.exemption}`);
  }
  const header = ['rule', 'level', 'checked', 'violations', 'exempt'];
  const rows = report.summary.map((s) => [
    s.ruleId,
    s.applies ? s.level : 'n/a (production only)',
    String(s.checked),
    String(s.violations),
    String(s.exempted),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const row = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  lines.push('', row(header), row(widths.map((w) => '-'.repeat(w))), ...rows.map(row));
  const advisory = report.findings.length - report.mandatory;
  lines.push(
    '',
    `${report.environment}: ${report.mandatory} mandatory, ${advisory} advisory violation${advisory === 1 ? '' : 's'}, ${report.exempted.length} exempt`,
  );
  return lines.join('\n');
}
