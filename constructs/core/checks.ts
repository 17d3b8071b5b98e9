import { ProblemHint, Problems } from './problems';

/** Labels on every object kubeship renders. */
export const MANAGED_BY_LABELS: Record<string, string> = { 'app.kubernetes.io/managed-by': 'kubeship' };

/**
 * The alert label naming the workload (Deployment or Rollout) an alert is about, on every workload
 * alert whatever its source: Argo Rollouts series name it `name`, kube-state-metrics `deployment`,
 * pod alerts reach it through the pod's ReplicaSet. The Alertmanager inhibit rules are keyed on
 * it, so a workload's critical failure silences its own warnings and nobody else's.
 */
export const WORKLOAD_LABEL = 'workload';

/**
 * The pod label Argo Rollouts puts on every pod of a Rollout's ReplicaSet (argo-rollouts v1.9.1
 * `DefaultRolloutUniqueLabelKey`); it pins the stable, canary, active and preview Services to one
 * ReplicaSet each (rollout/service.go).
 */
export const POD_TEMPLATE_HASH_LABEL = 'rollouts-pod-template-hash';
/**
 * The same label on the series of a Rollout's pods: the workload's PodMonitor copies it with
 * `podTargetLabels`, which the operator sanitizes to a Prometheus label name (prometheus-operator
 * v0.93.0 pkg/prometheus/promcfg.go).
 */
export const POD_TEMPLATE_HASH_SERIES_LABEL = 'rollouts_pod_template_hash';

/** One label matcher, `name="value"` with `=`, `!=`, `=~` or `!~` (PromQL and Alertmanager alike); groups: name, operator, value. */
export const LABEL_MATCHER = /^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*"((?:[^"\\]|\\.)*)"\s*$/;

/** An email address (as Alertmanager, Argo and SNS accept it: something@domain.tld). */
export const EMAIL_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A phone number in E.164 form (`+4915112345678`). */
export const E164_PHONE = /^\+[1-9][0-9]{6,14}$/;
/** An AWS region (`eu-west-1`). */
export const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]$/;
/** A Slack channel (`#deployments`, `deployments`, `@user`). */
export const SLACK_CHANNEL = /^[#@]?[a-z0-9._-]{1,80}$/;

/** Whether `key` is a valid key of a Secret or ConfigMap. */
export function isSecretKey(key: unknown): key is string {
  // apimachinery IsConfigMapKey: at most 253 characters of [-._a-zA-Z0-9]
  return typeof key === 'string' && key.length <= 253 && /^[-._a-zA-Z0-9]+$/.test(key);
}

/** Records a problem unless `value` is a Prometheus metric or label name. */
export function checkMetricName(p: Problems, field: string, value: unknown): void {
  p.check(
    typeof value === 'string' && /^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(value),
    field,
    value,
    'a Prometheus metric or label name (letters, digits, "_" and ":")',
    `set ${field} to the name your application exports`,
  );
}

/** Records a problem unless `value` is an absolute http(s) URL. */
export function checkUrl(p: Problems, field: string, value: unknown, example = 'https://wiki.example.com/runbooks'): void {
  let ok: boolean;
  try {
    ok = typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    ok = false;
  }
  p.check(ok, field, value, 'an absolute http(s) URL', `write the full address, e.g. ${example}`);
}

/** The largest value of a Kubernetes int32 field (replicas, ports, counts). */
export const INT32_MAX = 2147483647;

/** Whether `value` is a whole number from `min` to the int32 maximum. */
export function isCount(value: unknown, min = 0): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= INT32_MAX;
}

/**
 * What is wrong with a time zone name as Alertmanager loads it, or `undefined` when it loads.
 * Alertmanager resolves `location` with Go's `time.LoadLocation` (alertmanager v0.28.1
 * timeinterval/timeinterval.go), a lookup by file name: the case must be exact, while
 * JavaScript's Intl also accepts "europe/berlin".
 */
export function timeZoneProblem(location: unknown): ProblemHint | undefined {
  const allowed = 'an IANA time zone such as "Europe/Berlin", written exactly (case matters)';
  let resolved: string | undefined;
  try {
    resolved =
      typeof location === 'string' && location.length > 0
        ? new Intl.DateTimeFormat('en', { timeZone: location }).resolvedOptions().timeZone
        : undefined;
  } catch {
    resolved = undefined;
  }
  if (resolved === undefined) {
    return { allowed, fix: 'use the zone the window is planned in' };
  }
  if (resolved !== location && resolved.toLowerCase() === String(location).toLowerCase()) {
    return { allowed, fix: `write "${resolved}"` };
  }
  return undefined;
}

/** A Namespace manifest. */
export interface NamespaceManifest {
  /** `v1`. */
  apiVersion: 'v1';
  /** `Namespace`. */
  kind: 'Namespace';
  /** Its name and labels (managed-by, and `kubernetes.io/metadata.name` as the API server sets it). */
  metadata: {
    /** The namespace's name. */
    name: string;
    /** Its labels. */
    labels: Record<string, string>;
  };
}

/** A Namespace as kubeship creates it (both doors). */
export function namespaceManifest(name: string): NamespaceManifest {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { ...MANAGED_BY_LABELS, 'kubernetes.io/metadata.name': name } } };
}
