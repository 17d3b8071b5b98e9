/**
 * The remediation service's decisions, pure (no I/O, no clock): which alerts of an Alertmanager
 * webhook are valid, what each asks for, and whether a target may be acted on now given its
 * attempts and cooldown. Bundled into the service's ConfigMap by scripts/build-runtime.js (no
 * dependencies, runs on a stock Node.js image) and unit-tested from the repository.
 */
import { Problem } from '../../core/problems';
import type { RemediationAction, RemediationActionOptions, RemediationServiceConfig } from './config';

/** The most alerts one webhook may carry (kubeship's route sends one group per target: a few). */
export const MAX_ALERTS = 500;
/** The actions the service performs. */
export const ACTIONS: readonly RemediationAction[] = ['deletePod', 'restart', 'scale'];
/** Workload kinds `restart` and `scale` act on. */
export const KINDS: readonly string[] = ['Deployment', 'Rollout'];
/** The label each action reads the target's name from, unless the mapping names another. */
export const DEFAULT_TARGET_LABEL: Readonly<Record<RemediationAction, string>> = {
  deletePod: 'pod',
  restart: 'deployment',
  scale: 'deployment',
};
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** One alert of a webhook, as read. */
export interface WebhookAlert {
  status: string;
  labels: Record<string, unknown>;
  annotations: Record<string, unknown>;
  fingerprint?: unknown;
}

/** What one valid alert asks for. */
export interface Plan {
  readonly alertname: string;
  readonly action: RemediationAction;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly mapping: RemediationActionOptions;
}

/** The attempts on one target. */
export interface TargetState {
  attempts: number;
  lastAttemptMs: number;
  lastSeenMs: number;
  escalated: boolean;
}

/** The attempts on every target, by `targetKey`. */
export interface State {
  readonly targets: Map<string, TargetState>;
}

/** The verdict of `admit`. */
export interface Admission {
  readonly verdict: 'act' | 'dry-run' | 'cooldown' | 'exhausted';
  readonly attempt: number;
  readonly escalate: boolean;
  readonly retryInSeconds?: number;
}

/**
 * `object[key]` only when it is the object's own property: an alert named `constructor` or
 * `__proto__` must not find `Object.prototype`'s members.
 */
export function own(object: unknown, key: string): unknown {
  return isObject(object) && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- webhook and config JSON, read behind checks
function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(n: unknown, min: number): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= min;
}

function isHttpUrl(value: unknown): boolean {
  try {
    return typeof value === 'string' && ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Every problem of a service configuration (the ConfigMap's `config.json`), at once. */
export function validateConfig(config: unknown): Problem[] {
  const problems: Problem[] = [];
  const check = (ok: boolean, path: string, value: unknown, allowed: string, fix: string) => {
    if (!ok) {
      problems.push({ path, value, allowed, fix });
    }
  };
  if (!isObject(config)) {
    check(false, 'config', config, 'an object', 'mount the config.json the Remediation construct renders');
    return problems;
  }
  check(typeof config.dryRun === 'boolean', 'dryRun', config.dryRun, 'true or false', 'true logs what would be done and acts on nothing');
  check(
    isWhole(config.maxAttempts, 1) && config.maxAttempts <= 10,
    'maxAttempts',
    config.maxAttempts,
    'a whole number from 1 to 10',
    'e.g. 3: after that many actions on a target the service stops and escalates',
  );
  check(
    isWhole(config.cooldownSeconds, 0),
    'cooldownSeconds',
    config.cooldownSeconds,
    'a whole number of seconds, 0 or more',
    'e.g. 300: the least time between two actions on the same target',
  );
  check(
    isWhole(config.resetAfterSeconds, 1),
    'resetAfterSeconds',
    config.resetAfterSeconds,
    'a whole number of seconds, 1 or more',
    'e.g. 3600: a target that has not alerted for this long gets its attempts back',
  );
  const namespaces: unknown[] = Array.isArray(config.namespaces) ? config.namespaces : [];
  check(
    Array.isArray(config.namespaces) && namespaces.length > 0,
    'namespaces',
    config.namespaces,
    'a list of namespaces',
    'list the namespaces the service may act in (its Role is bound there)',
  );
  namespaces.forEach((ns, i) =>
    check(
      typeof ns === 'string' && DNS_LABEL.test(ns) && ns.length <= 63,
      `namespaces[${i}]`,
      ns,
      'a namespace name',
      'use a lowercase DNS label',
    ),
  );
  const actions: Record<string, unknown> = isObject(config.actions) ? config.actions : {};
  check(
    isObject(config.actions) && Object.keys(actions).length > 0,
    'actions',
    config.actions,
    'a map from alert name to action',
    'e.g. { "KubePodCrashLooping": { "action": "deletePod" } }',
  );
  for (const [alertname, mapping] of Object.entries(actions)) {
    const at = `actions.${alertname}`;
    check(LABEL_NAME.test(alertname), at, alertname, 'an alert name (letters, digits, "_")', 'use the alertname of the rule');
    if (!isObject(mapping)) {
      check(false, at, mapping, 'an object with an action', 'e.g. { "action": "restart" }');
      continue;
    }
    check(
      ACTIONS.includes(mapping.action),
      `${at}.action`,
      mapping.action,
      `one of ${ACTIONS.join(', ')}`,
      'deletePod for crash-looping or pending pods, restart for stuck workloads, scale for resource pressure',
    );
    if (mapping.targetLabel !== undefined) {
      check(
        typeof mapping.targetLabel === 'string' && LABEL_NAME.test(mapping.targetLabel),
        `${at}.targetLabel`,
        mapping.targetLabel,
        'a label name',
        'name the alert label holding the target, e.g. "deployment"',
      );
    }
    if (mapping.action === 'deletePod') {
      check(
        mapping.kind === undefined,
        `${at}.kind`,
        mapping.kind,
        "nothing for deletePod (the pod's controller recreates it)",
        'remove kind',
      );
    } else if (mapping.kind !== undefined) {
      check(
        KINDS.includes(mapping.kind),
        `${at}.kind`,
        mapping.kind,
        `one of ${KINDS.join(', ')}`,
        'name the kind of workload the alert is about',
      );
    }
    if (mapping.action === 'scale') {
      const { step, minReplicas, maxReplicas } = mapping;
      check(
        isWhole(step, 1) && step <= 100,
        `${at}.step`,
        step,
        'a whole number of replicas from 1 to 100',
        'e.g. 1: replicas added per action',
      );
      check(
        isWhole(minReplicas, 1),
        `${at}.minReplicas`,
        minReplicas,
        'a whole number, 1 or more',
        'the fewest replicas the service ever sets',
      );
      check(
        isWhole(maxReplicas, 1) && maxReplicas <= 1000 && (!isWhole(minReplicas, 1) || maxReplicas >= minReplicas),
        `${at}.maxReplicas`,
        maxReplicas,
        'a whole number >= minReplicas, at most 1000',
        'the most replicas the service ever sets (the declared bound)',
      );
    } else {
      for (const field of ['step', 'minReplicas', 'maxReplicas']) {
        check(mapping[field] === undefined, `${at}.${field}`, mapping[field], 'nothing: only scale actions have bounds', `remove ${field}`);
      }
    }
  }
  const escalation: Record<string, unknown> = isObject(config.escalation) ? config.escalation : {};
  check(
    isObject(config.escalation),
    'escalation',
    config.escalation,
    'an object',
    'set escalation.alertname, severity and runbookUrl (and alertmanagerUrl)',
  );
  check(
    typeof escalation.alertname === 'string' && LABEL_NAME.test(escalation.alertname),
    'escalation.alertname',
    escalation.alertname,
    'an alert name (letters, digits, "_")',
    'e.g. "RemediationExhausted": the routes and the runbook know it by this name',
  );
  check(
    typeof escalation.severity === 'string' && escalation.severity.length > 0,
    'escalation.severity',
    escalation.severity,
    'a severity label value',
    'e.g. "critical" so the routes page someone',
  );
  check(
    isHttpUrl(escalation.runbookUrl),
    'escalation.runbookUrl',
    escalation.runbookUrl,
    'an http(s) URL',
    'the runbook of the escalation alert, e.g. "https://runbooks.example.com/remediationexhausted.md"',
  );
  if (escalation.alertmanagerUrl !== undefined) {
    check(
      isHttpUrl(escalation.alertmanagerUrl),
      'escalation.alertmanagerUrl',
      escalation.alertmanagerUrl,
      'an http(s) URL',
      'e.g. "http://alertmanager-operated.monitoring.svc:9093"',
    );
  }
  if (escalation.labels !== undefined) {
    const labels = isObject(escalation.labels) ? Object.entries(escalation.labels) : [];
    check(
      isObject(escalation.labels) && labels.every(([k, v]) => LABEL_NAME.test(k) && typeof v === 'string'),
      'escalation.labels',
      escalation.labels,
      'an object of label names to strings',
      'e.g. { "environment": "prod" }',
    );
  }
  if (escalation.holdSeconds !== undefined) {
    check(
      isWhole(escalation.holdSeconds, 60),
      'escalation.holdSeconds',
      escalation.holdSeconds,
      'a whole number of seconds, 60 or more',
      'how long an escalation stays firing after the last alert about its target',
    );
  }
  return problems;
}

/**
 * Reads an Alertmanager webhook body (version 4). Returns the alerts and every problem; any problem
 * means nothing in the payload is acted on.
 */
export function readWebhook(
  body: unknown,
  config: RemediationServiceConfig,
): { plans: Array<{ alert: WebhookAlert; plan?: Plan }>; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!isObject(body)) {
    return {
      plans: [],
      problems: [
        {
          path: 'body',
          value: body,
          allowed: 'an Alertmanager webhook payload (a JSON object)',
          fix: 'point only Alertmanager webhook_configs at /alerts',
        },
      ],
    };
  }
  if (body.version !== '4') {
    problems.push({
      path: 'version',
      value: body.version,
      allowed: '"4" (the Alertmanager webhook payload version)',
      fix: 'send from Alertmanager 0.25 or later',
    });
  }
  if (!Array.isArray(body.alerts)) {
    problems.push({ path: 'alerts', value: body.alerts, allowed: 'a list of alerts', fix: 'send an Alertmanager webhook payload' });
    return { plans: [], problems };
  }
  if (body.alerts.length > MAX_ALERTS) {
    problems.push({
      path: 'alerts',
      value: `${body.alerts.length} alerts`,
      allowed: `at most ${MAX_ALERTS} alerts in one notification`,
      fix: 'group the remediation route by target (as kubeship renders it), so each notification carries a few alerts',
    });
    return { plans: [], problems };
  }
  const plans = (body.alerts as unknown[]).map((raw, i): { alert: WebhookAlert; plan?: Plan } => {
    const at = `alerts[${i}]`;
    if (!isObject(raw) || !isObject(raw.labels)) {
      problems.push({
        path: `${at}.labels`,
        value: isObject(raw) ? raw.labels : raw,
        allowed: 'an object of labels',
        fix: 'send an Alertmanager webhook payload',
      });
      return { alert: { status: 'unknown', labels: {}, annotations: {} } };
    }
    const alert: WebhookAlert = {
      status: raw.status,
      labels: raw.labels,
      annotations: isObject(raw.annotations) ? raw.annotations : {},
      fingerprint: raw.fingerprint,
    };
    if (!['firing', 'resolved'].includes(alert.status)) {
      problems.push({
        path: `${at}.status`,
        value: alert.status,
        allowed: 'firing or resolved',
        fix: 'send an Alertmanager webhook payload',
      });
      return { alert };
    }
    const alertname = own(alert.labels, 'alertname');
    const mapping = typeof alertname === 'string' ? own(config.actions, alertname) : undefined;
    if (!isObject(mapping) || typeof alertname !== 'string') {
      problems.push({
        path: `${at}.labels.alertname`,
        value: alertname,
        allowed: `an alert with an action: ${Object.keys(config.actions).join(', ')}`,
        fix: "route only mapped alerts to the remediation receiver, or map this alert in the Remediation construct's actions",
      });
      return { alert };
    }
    const action = mapping as RemediationActionOptions;
    const namespace = own(alert.labels, 'namespace');
    const targetLabel = action.targetLabel ?? DEFAULT_TARGET_LABEL[action.action];
    const name = own(alert.labels, targetLabel);
    const okNamespace = typeof namespace === 'string' && config.namespaces.includes(namespace);
    if (!okNamespace) {
      problems.push({
        path: `${at}.labels.namespace`,
        value: namespace,
        allowed: `a namespace the service may act in: ${config.namespaces.join(', ')}`,
        fix: "restrict the route to these namespaces, or add the namespace to the Remediation construct's namespaces",
      });
    }
    const okName = typeof name === 'string' && name.length <= 253 && DNS_SUBDOMAIN.test(name);
    if (!okName) {
      problems.push({
        path: `${at}.labels.${targetLabel}`,
        value: name,
        allowed: `the name of the ${action.action === 'deletePod' ? 'pod' : 'workload'} (alert ${alertname} maps to ${action.action})`,
        fix: `make the alert carry the "${targetLabel}" label, or set targetLabel in the mapping`,
      });
    }
    if (!okNamespace || !okName) {
      return { alert };
    }
    const plan: Plan = {
      alertname,
      action: action.action,
      kind: action.action === 'deletePod' ? 'Pod' : (action.kind ?? 'Deployment'),
      namespace: namespace as string,
      name: name as string,
      mapping: action,
    };
    return { alert, plan };
  });
  return { plans, problems };
}

/** No attempts on any target. */
export function createState(): State {
  return { targets: new Map() };
}

/**
 * The key attempts are counted under: the workload, or for a pod its controller (so a crash-looping
 * pod's replacements share the count and deleting pods cannot loop).
 */
export function targetKey(action: string, namespace: string, kind: string, name: string): string {
  return `${action}:${namespace}/${kind}/${name}`;
}

/**
 * Whether the target may be acted on now: `cooldown` until `cooldownSeconds` have passed since
 * the last action (so each action gets time to work); then `act` (or `dry-run`) while attempts
 * remain, else `exhausted`, with `escalate` true the first time. A target that has not alerted
 * for `resetAfterSeconds` starts over. Marks the target as seen; `recordAttempt` counts the action.
 */
export function admit(state: State, key: string, config: RemediationServiceConfig, nowMs: number): Admission {
  let target = state.targets.get(key);
  if (target && nowMs - target.lastSeenMs >= config.resetAfterSeconds * 1000) {
    target = undefined;
  }
  if (!target) {
    target = { attempts: 0, lastAttemptMs: -Infinity, lastSeenMs: nowMs, escalated: false };
  }
  target.lastSeenMs = nowMs;
  state.targets.set(key, target);
  const waited = (nowMs - target.lastAttemptMs) / 1000;
  if (waited < config.cooldownSeconds) {
    return { verdict: 'cooldown', attempt: target.attempts, escalate: false, retryInSeconds: Math.ceil(config.cooldownSeconds - waited) };
  }
  if (target.attempts >= config.maxAttempts) {
    const escalate = !target.escalated;
    target.escalated = true;
    return { verdict: 'exhausted', attempt: target.attempts, escalate };
  }
  return { verdict: config.dryRun ? 'dry-run' : 'act', attempt: target.attempts + 1, escalate: false };
}

/**
 * Folds stored state into `state` without losing anything either side knows: per target the
 * most attempts, the latest attempt and sighting, escalated if either says so. Used when a
 * compare-and-swap save meets a newer stored version.
 */
export function mergeState(state: State, stored: State): void {
  for (const [key, theirs] of stored.targets) {
    const ours = state.targets.get(key);
    state.targets.set(
      key,
      ours
        ? {
            attempts: Math.max(ours.attempts, theirs.attempts),
            lastAttemptMs: Math.max(ours.lastAttemptMs, theirs.lastAttemptMs),
            lastSeenMs: Math.max(ours.lastSeenMs, theirs.lastSeenMs),
            escalated: ours.escalated || theirs.escalated,
          }
        : { ...theirs },
    );
  }
}

/** Counts an action (done, failed or only logged in dry-run) on the target. */
export function recordAttempt(state: State, key: string, nowMs: number): void {
  const target = state.targets.get(key);
  if (target) {
    target.attempts += 1;
    target.lastAttemptMs = nowMs;
  }
}

/**
 * The replicas a scale action sets: `step` more than now, within `[minReplicas, maxReplicas]`;
 * undefined when already at the bound (nothing left to do: escalate).
 */
export function scaledReplicas(current: number, mapping: RemediationActionOptions): number | undefined {
  const min = mapping.minReplicas ?? 1;
  const max = mapping.maxReplicas ?? current;
  const next = Math.min(max, Math.max(min, current + (mapping.step ?? 1)));
  return next > current ? next : undefined;
}

/**
 * The state as stored (the service keeps it in a ConfigMap so a restart of its pod forgets nothing):
 * targets seen within `resetAfterSeconds`, older ones dropped (they would start over anyway).
 */
export function serializeState(state: State, nowMs: number, resetAfterSeconds: number): string {
  const targets: Record<string, { attempts: number; lastAttempt?: string; lastSeen: string; escalated: boolean }> = {};
  for (const [key, t] of [...state.targets].sort(([a], [b]) => a.localeCompare(b))) {
    if (nowMs - t.lastSeenMs < resetAfterSeconds * 1000) {
      targets[key] = {
        attempts: t.attempts,
        ...(Number.isFinite(t.lastAttemptMs) ? { lastAttempt: new Date(t.lastAttemptMs).toISOString() } : {}),
        lastSeen: new Date(t.lastSeenMs).toISOString(),
        escalated: t.escalated,
      };
    }
  }
  return JSON.stringify({ version: 1, targets });
}

/**
 * The state from its stored form; entries that do not read as one are dropped (returned as
 * `ignored`), so a damaged ConfigMap costs at most their history, never the service.
 */
export function restoreState(text: string | undefined): { state: State; ignored: string[] } {
  const state = createState();
  const ignored: string[] = [];
  if (!text) {
    return { state, ignored };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { state, ignored: ['(not JSON)'] };
  }
  const targets = isObject(parsed) && parsed.version === 1 && isObject(parsed.targets) ? parsed.targets : undefined;
  if (!targets) {
    return { state, ignored: ['(not a version 1 state)'] };
  }
  for (const [key, t] of Object.entries(targets)) {
    const lastSeenMs = isObject(t) ? Date.parse(t.lastSeen) : NaN;
    const lastAttemptMs = isObject(t) && t.lastAttempt !== undefined ? Date.parse(t.lastAttempt) : -Infinity;
    if (
      !isObject(t) ||
      !isWhole(t.attempts, 0) ||
      Number.isNaN(lastSeenMs) ||
      Number.isNaN(lastAttemptMs) ||
      typeof t.escalated !== 'boolean'
    ) {
      ignored.push(key);
      continue;
    }
    state.targets.set(key, { attempts: t.attempts, lastAttemptMs, lastSeenMs, escalated: t.escalated });
  }
  return { state, ignored };
}
