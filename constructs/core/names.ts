/** RFC 1123 DNS label: what Kubernetes requires of Service and most object names. */
export const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Whether `name` is a valid DNS label of at most `maxLength` characters. */
export function isDnsLabel(name: unknown, maxLength = 63): name is string {
  return typeof name === 'string' && name.length <= maxLength && DNS_LABEL.test(name);
}

/** Label key: optional DNS subdomain prefix and a name of at most 63 characters. */
const LABEL_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const LABEL_PREFIX = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Whether `key` is a valid label or annotation key. */
export function isLabelKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  if (prefix !== undefined && (prefix.length > 253 || !LABEL_PREFIX.test(prefix))) {
    return false;
  }
  return name.length > 0 && name.length <= 63 && LABEL_NAME.test(name);
}

/** Whether `value` is a valid label value (may be empty). */
export function isLabelValue(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 63 && (value === '' || LABEL_NAME.test(value));
}

/** Turns a construct id into a DNS label candidate (`MyApp` -> `my-app`). */
export function toDnsLabel(id: string): string {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

/**
 * Whether `name` is an RFC 1123 DNS subdomain as Kubernetes checks it (object names, Ingress
 * hosts): dot-separated DNS labels of at most 63 characters each, 253 in all; `wildcard` allows
 * a leading `*.` (Ingress hosts).
 */
export function isDnsSubdomain(name: unknown, wildcard = false): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 253) {
    return false;
  }
  const labels = (wildcard && name.startsWith('*.') ? name.slice(2) : name).split('.');
  return labels.every((label) => isDnsLabel(label));
}

/** The allowed-values text of an Ingress host. */
export const HOST_ALLOWED = 'a DNS host name such as "shop.example.com": lowercase labels of at most 63 characters, 253 in all';
