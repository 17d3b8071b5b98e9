import { Problems } from './problems';

/** Labels on every object kubeship renders. */
export const MANAGED_BY_LABELS: Record<string, string> = { 'app.kubernetes.io/managed-by': 'kubeship' };

/** One label matcher, `name="value"` with `=`, `!=`, `=~` or `!~` (PromQL and Alertmanager alike); groups: name, operator, value. */
export const LABEL_MATCHER = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*$/;

/** Records a problem unless `value` is a Prometheus metric or label name. */
export function checkMetricName(p: Problems, field: string, value: unknown): void {
  p.check(typeof value === 'string' && /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(value), field, value,
    'a Prometheus metric or label name (letters, digits, "_" and ":")', `set ${field} to the name your application exports`);
}

/** Records a problem unless `value` is an absolute http(s) URL. */
export function checkUrl(p: Problems, field: string, value: unknown, example = 'https://wiki.example.com/runbooks'): void {
  let ok = false;
  try {
    ok = typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    ok = false;
  }
  p.check(ok, field, value, 'an absolute http(s) URL', `write the full address, e.g. ${example}`);
}
