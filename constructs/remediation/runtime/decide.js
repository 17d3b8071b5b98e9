// @ts-check
'use strict';
/**
 * The remediation service's decisions, pure (no I/O, no clock): which alerts of an Alertmanager
 * webhook are valid, what each asks for, and whether a target may be acted on now given its
 * attempts and cooldown. Shipped unchanged in the service's ConfigMap (plain CommonJS, no
 * dependencies, runs on a stock Node.js image) and unit-tested from the repository.
 */

/** The most alerts one webhook may carry (kubeship's route sends one group per target: a few). */
const MAX_ALERTS = 500;
/** The actions the service performs. */
const ACTIONS = ['deletePod', 'restart', 'scale'];
/** Workload kinds `restart` and `scale` act on. */
const KINDS = ['Deployment', 'Rollout'];
/** The label each action reads the target's name from, unless the mapping names another. */
const DEFAULT_TARGET_LABEL = { deletePod: 'pod', restart: 'deployment', scale: 'deployment' };
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * @typedef {{ action: 'deletePod' | 'restart' | 'scale', targetLabel?: string, kind?: 'Deployment' | 'Rollout',
 *   step?: number, minReplicas?: number, maxReplicas?: number }} ActionMapping
 * @typedef {{ alertmanagerUrl?: string, severity: string, labels?: Record<string, string>, holdSeconds?: number }} EscalationConfig
 * @typedef {{ environment?: string, dryRun: boolean, maxAttempts: number, cooldownSeconds: number, resetAfterSeconds: number,
 *   namespaces: string[], actions: Record<string, ActionMapping>, escalation: EscalationConfig }} RemediationConfig
 * @typedef {{ field: string, value: unknown, allowed: string, fix: string }} Problem
 * @typedef {{ status: string, labels: Record<string, string>, annotations: Record<string, string>, fingerprint?: string }} WebhookAlert
 * @typedef {{ alertname: string, action: ActionMapping['action'], kind: string, namespace: string, name: string, mapping: ActionMapping }} Plan
 * @typedef {{ attempts: number, lastAttemptMs: number, lastSeenMs: number, escalated: boolean }} TargetState
 * @typedef {{ targets: Map<string, TargetState> }} State
 */

/** The most characters `describe` renders of a value. */
const DESCRIBE_LIMIT = 80;

/**
 * A value as compact JSON, cut at `DESCRIBE_LIMIT` characters. Iterative and bounded: a payload
 * nested a million levels deep or megabytes long costs a few steps, never a stack overflow.
 *
 * @param {unknown} value
 */
function describe(value) {
  if (value === undefined) {
    return 'nothing';
  }
  let out = '';
  /** @type {Array<unknown | { text: string }>} */
  const stack = [value];
  while (stack.length > 0 && out.length <= DESCRIBE_LIMIT) {
    const item = stack.pop();
    if (item instanceof Literal) {
      out += item.text;
    } else if (Array.isArray(item)) {
      stack.push(new Literal(']'));
      for (let i = Math.min(item.length, DESCRIBE_LIMIT) - 1; i >= 0; i--) {
        stack.push(item[i]);
        if (i > 0) {
          stack.push(new Literal(','));
        }
      }
      out += '[';
    } else if (typeof item === 'object' && item !== null) {
      const keys = Object.keys(item).slice(0, DESCRIBE_LIMIT);
      stack.push(new Literal('}'));
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(/** @type {Record<string, unknown>} */ (item)[keys[i]]);
        stack.push(new Literal(`${i > 0 ? ',' : ''}${JSON.stringify(keys[i].slice(0, DESCRIBE_LIMIT))}:`));
      }
      out += '{';
    } else if (typeof item === 'string') {
      out += JSON.stringify(item.slice(0, DESCRIBE_LIMIT + 1));
    } else {
      out += item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : String(item);
    }
  }
  return out.length > DESCRIBE_LIMIT || stack.length > 0 ? `${out.slice(0, DESCRIBE_LIMIT - 3)}...` : out;
}

/** A piece of punctuation on `describe`'s stack. */
class Literal {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
  }
}

/** @param {Problem} p */
function formatProblem(p) {
  return `${p.field.slice(0, 120)}: got ${describe(p.value)}; expected ${p.allowed.slice(0, 300)}. Fix: ${p.fix}`;
}

/**
 * `object[key]` only when it is the object's own property: an alert named `constructor` or
 * `__proto__` must not find `Object.prototype`'s members.
 *
 * @param {unknown} object @param {string} key
 */
function own(object, key) {
  return isObject(object) && Object.prototype.hasOwnProperty.call(object, key) ? /** @type {Record<string, unknown>} */ (object)[key] : undefined;
}

/** @param {unknown} value @returns {value is Record<string, any>} */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} n @param {number} min */
function isWhole(n, min) {
  return typeof n === 'number' && Number.isInteger(n) && n >= min;
}

/**
 * Every problem of a service configuration (the ConfigMap's `config.json`), at once.
 *
 * @param {unknown} config
 * @returns {Problem[]}
 */
function validateConfig(config) {
  /** @type {Problem[]} */
  const problems = [];
  const check = (/** @type {boolean} */ ok, /** @type {string} */ field, /** @type {unknown} */ value, /** @type {string} */ allowed, /** @type {string} */ fix) => {
    if (!ok) {
      problems.push({ field, value, allowed, fix });
    }
  };
  if (!isObject(config)) {
    check(false, 'config', config, 'an object', 'mount the config.json the Remediation construct renders');
    return problems;
  }
  check(typeof config.dryRun === 'boolean', 'dryRun', config.dryRun, 'true or false', 'true logs what would be done and acts on nothing');
  check(isWhole(config.maxAttempts, 1) && config.maxAttempts <= 10, 'maxAttempts', config.maxAttempts, 'a whole number from 1 to 10',
    'e.g. 3: after that many actions on a target the service stops and escalates');
  check(isWhole(config.cooldownSeconds, 0), 'cooldownSeconds', config.cooldownSeconds, 'a whole number of seconds, 0 or more',
    'e.g. 300: the least time between two actions on the same target');
  check(isWhole(config.resetAfterSeconds, 1), 'resetAfterSeconds', config.resetAfterSeconds, 'a whole number of seconds, 1 or more',
    'e.g. 3600: a target that has not alerted for this long gets its attempts back');
  const namespaces = Array.isArray(config.namespaces) ? config.namespaces : [];
  check(Array.isArray(config.namespaces) && namespaces.length > 0, 'namespaces', config.namespaces, 'a list of namespaces',
    'list the namespaces the service may act in (its Role is bound there)');
  namespaces.forEach((ns, i) => check(typeof ns === 'string' && DNS_LABEL.test(ns) && ns.length <= 63, `namespaces[${i}]`, ns, 'a namespace name',
    'use a lowercase DNS label'));
  const actions = isObject(config.actions) ? config.actions : {};
  check(isObject(config.actions) && Object.keys(actions).length > 0, 'actions', config.actions, 'a map from alert name to action',
    'e.g. { "KubePodCrashLooping": { "action": "deletePod" } }');
  for (const [alertname, mapping] of Object.entries(actions)) {
    const at = `actions.${alertname}`;
    check(LABEL_NAME.test(alertname), at, alertname, 'an alert name (letters, digits, "_")', 'use the alertname of the rule');
    if (!isObject(mapping)) {
      check(false, at, mapping, 'an object with an action', 'e.g. { "action": "restart" }');
      continue;
    }
    check(ACTIONS.includes(mapping.action), `${at}.action`, mapping.action, `one of ${ACTIONS.join(', ')}`,
      'deletePod for crash-looping or pending pods, restart for stuck workloads, scale for resource pressure');
    if (mapping.targetLabel !== undefined) {
      check(typeof mapping.targetLabel === 'string' && LABEL_NAME.test(mapping.targetLabel), `${at}.targetLabel`, mapping.targetLabel,
        'a label name', 'name the alert label holding the target, e.g. "deployment"');
    }
    if (mapping.action === 'deletePod') {
      check(mapping.kind === undefined, `${at}.kind`, mapping.kind, 'nothing for deletePod (the pod\'s controller recreates it)', 'remove kind');
    } else if (mapping.kind !== undefined) {
      check(KINDS.includes(mapping.kind), `${at}.kind`, mapping.kind, `one of ${KINDS.join(', ')}`, 'name the kind of workload the alert is about');
    }
    if (mapping.action === 'scale') {
      const { step, minReplicas, maxReplicas } = mapping;
      check(isWhole(step, 1) && step <= 100, `${at}.step`, step, 'a whole number of replicas from 1 to 100', 'e.g. 1: replicas added per action');
      check(isWhole(minReplicas, 1), `${at}.minReplicas`, minReplicas, 'a whole number, 1 or more', 'the fewest replicas the service ever sets');
      check(isWhole(maxReplicas, 1) && maxReplicas <= 1000 && (!isWhole(minReplicas, 1) || maxReplicas >= minReplicas), `${at}.maxReplicas`,
        maxReplicas, 'a whole number >= minReplicas, at most 1000', 'the most replicas the service ever sets (the declared bound)');
    } else {
      for (const field of ['step', 'minReplicas', 'maxReplicas']) {
        check(mapping[field] === undefined, `${at}.${field}`, mapping[field], 'nothing: only scale actions have bounds', `remove ${field}`);
      }
    }
  }
  const escalation = isObject(config.escalation) ? config.escalation : {};
  check(isObject(config.escalation), 'escalation', config.escalation, 'an object', 'set escalation.severity (and alertmanagerUrl)');
  check(typeof escalation.severity === 'string' && escalation.severity.length > 0, 'escalation.severity', escalation.severity,
    'a severity label value', 'e.g. "critical" so the routes page someone');
  if (escalation.alertmanagerUrl !== undefined) {
    let ok = false;
    try {
      ok = ['http:', 'https:'].includes(new URL(escalation.alertmanagerUrl).protocol);
    } catch {
      ok = false;
    }
    check(ok, 'escalation.alertmanagerUrl', escalation.alertmanagerUrl, 'an http(s) URL', 'e.g. "http://alertmanager-operated.monitoring.svc:9093"');
  }
  if (escalation.holdSeconds !== undefined) {
    check(isWhole(escalation.holdSeconds, 60), 'escalation.holdSeconds', escalation.holdSeconds, 'a whole number of seconds, 60 or more',
      'how long an escalation stays firing after the last alert about its target');
  }
  return problems;
}

/**
 * Reads an Alertmanager webhook body (version 4). Returns the alerts and every problem; any problem
 * means nothing in the payload is acted on.
 *
 * @param {unknown} body
 * @param {RemediationConfig} config
 * @returns {{ plans: Array<{ alert: WebhookAlert, plan?: Plan }>, problems: Problem[] }}
 */
function readWebhook(body, config) {
  /** @type {Problem[]} */
  const problems = [];
  if (!isObject(body)) {
    return { plans: [], problems: [{ field: 'body', value: body, allowed: 'an Alertmanager webhook payload (a JSON object)', fix: 'point only Alertmanager webhook_configs at /alerts' }] };
  }
  if (body.version !== '4') {
    problems.push({ field: 'version', value: body.version, allowed: '"4" (the Alertmanager webhook payload version)', fix: 'send from Alertmanager 0.25 or later' });
  }
  if (!Array.isArray(body.alerts)) {
    problems.push({ field: 'alerts', value: body.alerts, allowed: 'a list of alerts', fix: 'send an Alertmanager webhook payload' });
    return { plans: [], problems };
  }
  if (body.alerts.length > MAX_ALERTS) {
    problems.push({ field: 'alerts', value: `${body.alerts.length} alerts`, allowed: `at most ${MAX_ALERTS} alerts in one notification`,
      fix: 'group the remediation route by target (as kubeship renders it), so each notification carries a few alerts' });
    return { plans: [], problems };
  }
  const plans = body.alerts.map((/** @type {unknown} */ raw, /** @type {number} */ i) => {
    const at = `alerts[${i}]`;
    if (!isObject(raw) || !isObject(raw.labels)) {
      problems.push({ field: `${at}.labels`, value: isObject(raw) ? raw.labels : raw, allowed: 'an object of labels', fix: 'send an Alertmanager webhook payload' });
      return { alert: /** @type {WebhookAlert} */ ({ status: 'unknown', labels: {}, annotations: {} }) };
    }
    const alert = /** @type {WebhookAlert} */ ({
      status: raw.status, labels: raw.labels, annotations: isObject(raw.annotations) ? raw.annotations : {}, fingerprint: raw.fingerprint,
    });
    if (!['firing', 'resolved'].includes(alert.status)) {
      problems.push({ field: `${at}.status`, value: alert.status, allowed: 'firing or resolved', fix: 'send an Alertmanager webhook payload' });
      return { alert };
    }
    const alertname = own(alert.labels, 'alertname');
    const mapping = /** @type {ActionMapping | undefined} */ (typeof alertname === 'string' ? own(config.actions, alertname) : undefined);
    if (!isObject(mapping) || typeof alertname !== 'string') {
      problems.push({ field: `${at}.labels.alertname`, value: alertname, allowed: `an alert with an action: ${Object.keys(config.actions).join(', ')}`,
        fix: 'route only mapped alerts to the remediation receiver, or map this alert in the Remediation construct\'s actions' });
      return { alert };
    }
    const namespace = own(alert.labels, 'namespace');
    const targetLabel = mapping.targetLabel ?? DEFAULT_TARGET_LABEL[mapping.action];
    const name = own(alert.labels, targetLabel);
    const okNamespace = typeof namespace === 'string' && config.namespaces.includes(namespace);
    if (!okNamespace) {
      problems.push({ field: `${at}.labels.namespace`, value: namespace, allowed: `a namespace the service may act in: ${config.namespaces.join(', ')}`,
        fix: 'restrict the route to these namespaces, or add the namespace to the Remediation construct\'s namespaces' });
    }
    const okName = typeof name === 'string' && name.length <= 253 && DNS_SUBDOMAIN.test(name);
    if (!okName) {
      problems.push({ field: `${at}.labels.${targetLabel}`, value: name, allowed: `the name of the ${mapping.action === 'deletePod' ? 'pod' : 'workload'} (alert ${alertname} maps to ${mapping.action})`,
        fix: `make the alert carry the "${targetLabel}" label, or set targetLabel in the mapping` });
    }
    if (!okNamespace || !okName) {
      return { alert };
    }
    /** @type {Plan} */
    const plan = {
      alertname, action: mapping.action, kind: mapping.action === 'deletePod' ? 'Pod' : mapping.kind ?? 'Deployment',
      namespace: /** @type {string} */ (namespace), name: /** @type {string} */ (name), mapping,
    };
    return { alert, plan };
  });
  return { plans, problems };
}

/** @returns {State} */
function createState() {
  return { targets: new Map() };
}

/**
 * The key attempts are counted under: the workload, or for a pod its controller (so a crash-looping
 * pod's replacements share the count and deleting pods cannot loop).
 *
 * @param {string} action @param {string} namespace @param {string} kind @param {string} name
 */
function targetKey(action, namespace, kind, name) {
  return `${action}:${namespace}/${kind}/${name}`;
}

/**
 * Whether the target may be acted on now: `cooldown` until `cooldownSeconds` have passed since
 * the last action (so each action gets time to work); then `act` (or `dry-run`) while attempts
 * remain, else `exhausted`, with `escalate` true the first time. A target that has not alerted for `resetAfterSeconds` starts over.
 * Marks the target as seen; `recordAttempt` counts the action.
 *
 * @param {State} state @param {string} key @param {RemediationConfig} config @param {number} nowMs
 * @returns {{ verdict: 'act' | 'dry-run' | 'cooldown' | 'exhausted', attempt: number, escalate: boolean, retryInSeconds?: number }}
 */
function admit(state, key, config, nowMs) {
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
 *
 * @param {State} state @param {State} stored
 */
function mergeState(state, stored) {
  for (const [key, theirs] of stored.targets) {
    const ours = state.targets.get(key);
    state.targets.set(key, ours ? {
      attempts: Math.max(ours.attempts, theirs.attempts),
      lastAttemptMs: Math.max(ours.lastAttemptMs, theirs.lastAttemptMs),
      lastSeenMs: Math.max(ours.lastSeenMs, theirs.lastSeenMs),
      escalated: ours.escalated || theirs.escalated,
    } : { ...theirs });
  }
}

/**
 * Counts an action (done, failed or only logged in dry-run) on the target.
 *
 * @param {State} state @param {string} key @param {number} nowMs
 */
function recordAttempt(state, key, nowMs) {
  const target = state.targets.get(key);
  if (target) {
    target.attempts += 1;
    target.lastAttemptMs = nowMs;
  }
}

/**
 * The replicas a scale action sets: `step` more than now, within `[minReplicas, maxReplicas]`;
 * undefined when already at the bound (nothing left to do: escalate).
 *
 * @param {number} current @param {ActionMapping} mapping
 */
function scaledReplicas(current, mapping) {
  const min = mapping.minReplicas ?? 1;
  const max = mapping.maxReplicas ?? current;
  const next = Math.min(max, Math.max(min, current + (mapping.step ?? 1)));
  return next > current ? next : undefined;
}

/**
 * The state as stored (the service keeps it in a ConfigMap so a restart of its pod forgets nothing):
 * targets seen within `resetAfterSeconds`, older ones dropped (they would start over anyway).
 *
 * @param {State} state @param {number} nowMs @param {number} resetAfterSeconds
 */
function serializeState(state, nowMs, resetAfterSeconds) {
  /** @type {Record<string, { attempts: number, lastAttempt?: string, lastSeen: string, escalated: boolean }>} */
  const targets = {};
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
 *
 * @param {string | undefined} text
 * @returns {{ state: State, ignored: string[] }}
 */
function restoreState(text) {
  const state = createState();
  /** @type {string[]} */
  const ignored = [];
  if (!text) {
    return { state, ignored };
  }
  let parsed;
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
    if (!isObject(t) || !isWhole(t.attempts, 0) || Number.isNaN(lastSeenMs) || Number.isNaN(lastAttemptMs) || typeof t.escalated !== 'boolean') {
      ignored.push(key);
      continue;
    }
    state.targets.set(key, { attempts: t.attempts, lastAttemptMs, lastSeenMs, escalated: t.escalated });
  }
  return { state, ignored };
}

module.exports = {
  serializeState, restoreState, mergeState, describe, own, MAX_ALERTS,
  ACTIONS, KINDS, DEFAULT_TARGET_LABEL, validateConfig, formatProblem, readWebhook, createState, targetKey, admit, recordAttempt, scaledReplicas,
};
