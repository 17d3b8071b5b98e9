/**
 * `kubeship/testing`: what you call in your own tests of what kubeship renders: where the
 * Alertmanager routes an alert (the route tree as Alertmanager 0.28.1 walks it, maintenance
 * windows included), what the HPA will do (its arithmetic), the PromQL of the dashboards, rule
 * files for `promtool`, and when a Velero schedule runs (its longest gap between backups). The constructs are in `kubeship`.
 */
export { activeTimeIntervals, Matcher, parseMatcher, receiversAt, receiversFor, routesFor } from '../core/alertmanager-routing';
export { desiredReplicas, maxChangePerPeriod, minimumScaleUpSeconds } from '../scaling/behavior';
export { ruleFile, RuleFile } from '../monitoring/alert-rules';
export { dashboardQueries } from '../monitoring/dashboards';
export { CronProblems, CronSchedule, CRON_ALLOWED, longestGapSeconds, parseCron } from '../backup/cron';
