import { Construct } from 'constructs';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../imports/prom-rule-monitoring.coreos.com';
import { MANAGED_BY_LABELS } from './selection';
import { RuleGroup } from './rules';

/** Props of `AlertRules`. */
export interface AlertRulesProps {
  /** Name of the PrometheusRule. */
  readonly name: string;
  /** @default - the chart's namespace */
  readonly namespace?: string;
  /** The rule groups (from `deploymentAlertGroups`, `serviceAlertGroup` or your own). */
  readonly groups: readonly RuleGroup[];
  /**
   * Labels the Prometheus `ruleSelector` matches: `MonitoringStack.selectorLabels`.
   */
  readonly selectorLabels: Record<string, string>;
  /** Further labels of the PrometheusRule object. @default - none */
  readonly labels?: Record<string, string>;
}

/** A `PrometheusRule` holding rule groups, labelled so the stack's Prometheus loads it. */
export class AlertRules extends Construct {
  /** The groups, as rendered. */
  public readonly groups: readonly RuleGroup[];

  constructor(scope: Construct, id: string, props: AlertRulesProps) {
    super(scope, id);
    this.groups = props.groups;
    new PrometheusRule(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        labels: { ...props.labels, ...MANAGED_BY_LABELS, ...props.selectorLabels },
      },
      spec: {
        groups: props.groups.map((g) => ({
          name: g.name,
          interval: g.interval,
          rules: g.rules.map((r) => ({
            alert: r.alert,
            expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr),
            for: r.for,
            labels: r.labels,
            annotations: r.annotations,
          })),
        })),
      },
    });
  }
}

/** A Prometheus rule file (what `promtool check rules` and `rule_files` read). */
export interface RuleFile {
  /** The rule groups. */
  groups: RuleGroup[];
}

/** The groups as a Prometheus rule file (`promtool check rules`, `rule_files:`). */
export function ruleFile(groups: readonly RuleGroup[]): RuleFile {
  return { groups: groups.map((g) => ({ ...g, rules: g.rules.map((r) => ({ ...r })) })) };
}
