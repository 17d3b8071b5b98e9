/**
 * Construct problems in the stack file's terms: a construct reports the prop it was given
 * (`[apps/web] strategy.canary.analysis.startingStep`); the user wrote a `kubeship:` key
 * (`kubeship:apps.web.strategy.analysis.startingStep`, or the same under `workloadDefaults` when the
 * app inherits it). Pure: the raw config says where each setting was written.
 */
import { PROJECT } from './config-keys';

/** A prop path of `WorkloadProps` -> the app setting it comes from (first match wins). */
const WORKLOAD_PATHS: Array<[RegExp, string]> = [
  [/^strategy\.(canary|blueGreen|rolling)\.trafficRouting\.nginx/, 'strategy.nginx'],
  [/^strategy\.(canary|blueGreen|rolling)/, 'strategy'],
  [/^autoscaling\.minReplicas/, 'replicas'],
  [/^autoscaling\.metrics(\[\d+\])?(\..*)?$/, 'autoscaling.cpuUtilization'],
  [/^emergency\.reason/, 'emergency'],
];

/** A prop path of `MonitoringStackProps` -> the stack setting it comes from. */
const MONITORING_PATHS: Array<[RegExp, string]> = [
  [/^(prometheus|alertmanager|grafana)/, 'monitoring.$1'],
  [/^notifications/, 'notifications'],
  [/^remediation/, 'remediation'],
];

const PROBLEM_LINE = /^\[([^\]]+)\] ([^:]+?): (got .*)$/;

/**
 * Rewrites `[construct path] prop: got ...` lines to `kubeship:<key>: got ...`; lines it cannot
 * place are kept as they are.
 */
export function inConfigTerms(lines: readonly string[], raw: Record<string, unknown>): string[] {
  return lines.map((line) => {
    const match = PROBLEM_LINE.exec(line);
    if (!match) {
      return line;
    }
    const [, constructPath, prop, rest] = match;
    const key = configKeyOf(constructPath, prop, raw);
    return key ? `${key}: ${rest}` : line;
  });
}

/** The `kubeship:` key a construct's prop came from, or undefined when it has none. */
export function configKeyOf(constructPath: string, prop: string, raw: Record<string, unknown>): string | undefined {
  const [chart, id] = constructPath.split('/');
  if (chart === 'apps' && id && id !== 'deployment-events') {
    const setting = rewrite(prop, WORKLOAD_PATHS);
    const top = setting.split(/[.[]/)[0];
    const own = objectAt(objectAt(raw.apps)[id]);
    if (top in own) {
      return `${PROJECT}:apps.${id}.${setting}`;
    }
    if (top in objectAt(raw.workloadDefaults)) {
      return `${PROJECT}:workloadDefaults.${setting} (app ${id})`;
    }
    return `${PROJECT}:apps.${id}.${setting}`;
  }
  if (chart === 'backup') {
    return `${PROJECT}:backup.${prop.replace(/^monitoring\.alertAfter/, 'alertAfter')}`;
  }
  if (chart === 'monitoring' && id === 'monitoring') {
    const setting = rewrite(prop, MONITORING_PATHS);
    return setting === prop ? undefined : `${PROJECT}:${setting}`;
  }
  return undefined;
}

function rewrite(prop: string, table: Array<[RegExp, string]>): string {
  for (const [pattern, replacement] of table) {
    if (pattern.test(prop)) {
      return prop.replace(pattern, replacement);
    }
  }
  return prop;
}

function objectAt(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
