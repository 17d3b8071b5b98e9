/**
 * Alert severities, as the monitoring-mixins style guide defines them: `critical` pages someone
 * now, `warning` needs action eventually (ticket queue), `info` needs none, `none` is for meta
 * alerts such as `Watchdog` that are never shown to people.
 */
export type Severity = 'critical' | 'warning' | 'info' | 'none';

/** Every severity, most urgent first. */
export const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info', 'none'];

/** The severities a role can take: every one but `none`, which is never routed to people. */
export type RoleSeverity = Exclude<Severity, 'none'>;

/** The severities a role can take, most urgent first. */
export const ROLE_SEVERITIES: readonly RoleSeverity[] = ['critical', 'warning', 'info'];

/** Whether `value` is a severity a role can take. */
export function isRoleSeverity(value: unknown): value is RoleSeverity {
  return (ROLE_SEVERITIES as readonly unknown[]).includes(value);
}
