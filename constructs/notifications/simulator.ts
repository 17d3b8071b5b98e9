import { LABEL_MATCHER } from '../core/checks';
import { RenderedAlertmanagerConfig, RenderedRoute } from './config';

type Matcher = (labels: Record<string, string>) => boolean;

/** Parses one matcher (`label="v"`, `!=`, `=~`, `!~`); regexes are anchored as in Alertmanager. */
export function parseMatcher(text: string): Matcher {
  const match = LABEL_MATCHER.exec(text);
  if (!match) {
    throw new Error(`not a matcher: ${text}`);
  }
  const [, name, op, raw] = match;
  const value = raw.replace(/\\(.)/g, '$1');
  const regex = op === '=~' || op === '!~' ? new RegExp(`^(?:${value})$`) : undefined;
  return (labels) => {
    const actual = labels[name] ?? '';
    switch (op) {
      case '=': return actual === value;
      case '!=': return actual !== value;
      case '=~': return regex!.test(actual);
      default: return !regex!.test(actual);
    }
  };
}

function matches(route: RenderedRoute, labels: Record<string, string>): boolean {
  return (route.matchers ?? []).every((m) => parseMatcher(m)(labels));
}

function walk(route: RenderedRoute, labels: Record<string, string>): RenderedRoute[] {
  if (!matches(route, labels)) {
    return [];
  }
  const found: RenderedRoute[] = [];
  for (const child of route.routes ?? []) {
    const hits = walk(child, labels);
    found.push(...hits);
    if (hits.length > 0 && !child.continue) {
      break;
    }
  }
  return found.length > 0 ? found : [route];
}

/**
 * The receivers an alert with `labels` is sent to, in route order, as Alertmanager's dispatcher
 * (and `amtool config routes test`) computes them: depth first, children in order, stopping at the
 * first matching child without `continue`, falling back to the parent when no child matches.
 * Maintenance windows are not applied (amtool ignores them too); see `routesFor` for the routes.
 */
export function receiversFor(config: RenderedAlertmanagerConfig, labels: Record<string, string>): string[] {
  return routesFor(config, labels).map((r) => r.receiver);
}

/** The matching routes (with their timing and mute intervals) for `labels`. */
export function routesFor(config: RenderedAlertmanagerConfig, labels: Record<string, string>): RenderedRoute[] {
  return walk(config.route, labels);
}
