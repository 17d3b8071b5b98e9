// @ts-check
'use strict';
/**
 * The remediation service: receives Alertmanager webhooks on POST /alerts, performs the mapped
 * action through the Kubernetes API within attempts and cooldown, escalates through Alertmanager
 * when it gives up, and serves /metrics and /healthz. Start: `node server.js` (config from
 * `REMEDIATION_CONFIG`, default /etc/kubeship-remediation/config.json).
 */
const fs = require('node:fs');
const http = require('node:http');
const { validateConfig, formatProblem, readWebhook, createState, admit, recordAttempt, serializeState, restoreState } = require('./decide');
const { clientFromEnv, configMapStore, inspect, perform } = require('./kube');

const MAX_BODY_BYTES = 1024 * 1024;
const ESCALATION_ALERT = 'RemediationExhausted';
const RUNBOOK = 'https://github.com/kubeship/kubeship/blob/main/docs/runbooks/remediationexhausted.md';

/** Prometheus counters with labels, rendered in the text exposition format. */
class Counters {
  constructor() {
    /** @type {Map<string, { help: string, values: Map<string, number> }>} */
    this.families = new Map();
  }
  /** @param {string} name @param {string} help */
  define(name, help) {
    this.families.set(name, { help, values: new Map() });
  }
  /** @param {string} name @param {Record<string, string>} labels */
  inc(name, labels = {}) {
    const family = this.families.get(name);
    if (!family) {
      throw new Error(`undefined metric ${name}`);
    }
    const key = Object.keys(labels).sort().map((k) => `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join(',');
    family.values.set(key, (family.values.get(key) ?? 0) + 1);
  }
  render() {
    const lines = [];
    for (const [name, { help, values }] of this.families) {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const [labels, value] of values) {
        lines.push(`${name}${labels ? `{${labels}}` : ''} ${value}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
}

/** @param {Counters} counters */
function defineMetrics(counters) {
  counters.define('kubeship_remediation_attempts_total', 'Actions started on a target (also counted in dry-run, where nothing is changed).');
  counters.define('kubeship_remediation_successes_total', 'Actions the Kubernetes API accepted.');
  counters.define('kubeship_remediation_failures_total', 'Actions or reads the Kubernetes API refused or did not answer.');
  counters.define('kubeship_remediation_skipped_total', 'Alerts not acted on, by reason (cooldown, exhausted, dry-run, gone, recently-restarted, autoscaled, at-bound, unowned).');
  counters.define('kubeship_remediation_escalations_total', 'Targets handed to people through Alertmanager after the service gave up.');
  counters.define('kubeship_remediation_rejected_payloads_total', 'Webhook requests refused as malformed or unmapped (nothing acted on).');
}

/**
 * The request handler and its state, for `node:http`. Everything time- and I/O-dependent is
 * injected so tests can drive it.
 *
 * @param {{ config: import('./decide').RemediationConfig, client: import('./kube').KubeClient, now?: () => number,
 *   log?: (entry: Record<string, unknown>) => void, post?: (url: string, body: unknown) => Promise<number>,
 *   store?: { load(): Promise<string | undefined>, save(text: string): Promise<void>, describe: string } }} options
 */
function createApp(options) {
  const { config, client } = options;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((entry) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`));
  const post = options.post ?? postJson;
  const state = createState();
  const counters = new Counters();
  defineMetrics(counters);
  const store = options.store;
  /** The stored attempts are read before the first webhook is handled. */
  const ready = store ? store.load().then((text) => {
    const restored = restoreState(text);
    for (const [key, target] of restored.state.targets) {
      state.targets.set(key, target);
    }
    log({ level: restored.ignored.length ? 'warn' : 'info', msg: `restored ${restored.state.targets.size} target(s) from ${store.describe}`,
      ...(restored.ignored.length ? { ignored: restored.ignored } : {}) });
  }, (error) => {
    log({ level: 'error', msg: `could not read ${store.describe}, starting with no attempts: ${error instanceof Error ? error.message : error}` });
  }) : Promise.resolve();
  /** Webhooks are handled one at a time, so two deliveries of one alert cannot both act. */
  let queue = ready;

  async function save() {
    if (!store) {
      return;
    }
    try {
      await store.save(serializeState(state, now(), config.resetAfterSeconds));
    } catch (error) {
      log({ level: 'error', msg: `could not save the attempts to ${store.describe} (kept in memory): ${error instanceof Error ? error.message : error}` });
    }
  }

  /**
   * @param {import('./decide').Plan} plan @param {string} key @param {string} target the workload (a pod's controller)
   * @param {string} reason @param {number} attempts
   */
  async function escalate(plan, key, target, reason, attempts) {
    const url = config.escalation.alertmanagerUrl;
    const labels = {
      ...config.escalation.labels, alertname: ESCALATION_ALERT, severity: config.escalation.severity, namespace: plan.namespace,
      remediated_alert: plan.alertname, remediation_action: plan.action, remediation_target: target,
    };
    if (config.dryRun || !url) {
      // in dry-run nothing was done, so there is nothing to give up on: the alert itself reaches people through the routes
      log({ level: config.dryRun ? 'info' : 'warn', msg: config.dryRun ? 'would escalate (dry-run)' : 'would escalate, but no Alertmanager URL is configured', key, ...labels });
      return;
    }
    const t = now();
    const body = [{
      labels,
      annotations: {
        summary: `Automatic remediation gave up on ${plan.namespace}/${target}.`,
        description: `${plan.alertname} keeps firing: ${reason} after ${attempts} ${plan.action} action(s) (at most ${config.maxAttempts}, `
          + `${config.cooldownSeconds}s apart). The service will not act on this target again until it has been quiet for ${config.resetAfterSeconds}s; fix it by hand.`,
        runbook_url: RUNBOOK,
      },
      startsAt: new Date(t).toISOString(),
      endsAt: new Date(t + (config.escalation.holdSeconds ?? 3600) * 1000).toISOString(),
    }];
    try {
      const status = await post(`${url.replace(/\/+$/, '')}/api/v2/alerts`, body);
      log({ level: status === 200 ? 'info' : 'error', msg: status === 200 ? 'escalated through Alertmanager' : `Alertmanager refused the escalation (${status})`, key, ...labels });
    } catch (error) {
      log({ level: 'error', msg: `could not reach Alertmanager to escalate: ${error instanceof Error ? error.message : error}`, key, ...labels });
    }
  }

  /** @param {import('./decide').Plan} plan */
  async function handle(plan) {
    const base = { alert: plan.alertname, action: plan.action };
    const skip = (/** @type {string} */ reason, /** @type {Record<string, unknown>} */ extra) => {
      counters.inc('kubeship_remediation_skipped_total', { ...base, reason });
      log({ level: 'info', msg: `skipped: ${reason}`, ...base, namespace: plan.namespace, target: `${plan.kind}/${plan.name}`, ...extra });
      return { ...base, target: `${plan.namespace}/${plan.kind}/${plan.name}`, outcome: 'skipped', reason, ...extra };
    };
    let inspection;
    try {
      inspection = await inspect(client, plan, config.cooldownSeconds, now());
    } catch (error) {
      inspection = { status: /** @type {const} */ ('error'), detail: error instanceof Error ? error.message : String(error) };
    }
    if (inspection.status === 'error') {
      counters.inc('kubeship_remediation_failures_total', base);
      log({ level: 'error', msg: `could not inspect the target: ${inspection.detail}`, ...base, namespace: plan.namespace, target: `${plan.kind}/${plan.name}` });
      return { ...base, target: `${plan.namespace}/${plan.kind}/${plan.name}`, outcome: 'failed', detail: inspection.detail };
    }
    if (inspection.status === 'gone') {
      return skip('gone', { detail: inspection.detail });
    }
    const key = inspection.key;
    const verdict = admit(state, key, config, now());
    if (inspection.status === 'skip') {
      const target = state.targets.get(key);
      if (inspection.escalate && target && !target.escalated) {
        target.escalated = true;
        if (!config.dryRun) {
          counters.inc('kubeship_remediation_escalations_total', base);
        }
        await escalate(plan, key, inspection.subject, inspection.reason, verdict.attempt);
      }
      return skip(inspection.reason, { key, detail: inspection.detail });
    }
    if (verdict.verdict === 'cooldown') {
      return skip('cooldown', { key, retryInSeconds: verdict.retryInSeconds });
    }
    if (verdict.verdict === 'exhausted') {
      if (verdict.escalate && !config.dryRun) {
        counters.inc('kubeship_remediation_escalations_total', base);
      }
      // re-posted while the target keeps alerting, so the escalation stays firing until it is fixed
      await escalate(plan, key, inspection.subject, 'still firing after the last action', verdict.attempt);
      return skip('exhausted', { key, attempts: verdict.attempt });
    }
    recordAttempt(state, key, now());
    counters.inc('kubeship_remediation_attempts_total', base);
    if (verdict.verdict === 'dry-run') {
      return skip('dry-run', { key, attempt: verdict.attempt, detail: `would ${inspection.detail}` });
    }
    if (inspection.recentlyDoneAt) {
      // restarted within the cooldown by someone (or by this service before it restarted): counted, not repeated
      return skip('recently-restarted', { key, attempt: verdict.attempt, detail: `restarted at ${inspection.recentlyDoneAt}` });
    }
    let result;
    try {
      result = await perform(client, inspection);
    } catch (error) {
      result = { ok: false, gone: false, detail: error instanceof Error ? error.message : String(error) };
    }
    counters.inc(result.ok ? 'kubeship_remediation_successes_total' : 'kubeship_remediation_failures_total', base);
    log({ level: result.ok ? 'info' : 'error', msg: `${inspection.detail}: ${result.ok ? 'done' : 'failed'}`, ...base, key,
      attempt: verdict.attempt, maxAttempts: config.maxAttempts, detail: result.detail });
    return { ...base, target: `${plan.namespace}/${plan.kind}/${plan.name}`, key, attempt: verdict.attempt, outcome: result.ok ? 'done' : 'failed', detail: result.detail };
  }

  /** @param {unknown} body @returns {Promise<{ status: number, body: unknown }>} */
  async function webhook(body) {
    const { plans, problems } = readWebhook(body, config);
    if (problems.length > 0) {
      counters.inc('kubeship_remediation_rejected_payloads_total');
      const messages = problems.map(formatProblem);
      log({ level: 'error', msg: `rejected webhook, nothing acted on: ${messages.join('; ')}` });
      return { status: 422, body: { error: 'rejected: nothing acted on', problems: messages } };
    }
    const results = [];
    // resolved notifications need nothing: attempts are kept until the target has been quiet for resetAfterSeconds
    for (const { alert, plan } of plans) {
      if (plan && alert.status === 'firing') {
        results.push(await handle(plan));
      }
    }
    if (results.length > 0) {
      await save();
    }
    return { status: 200, body: { results } };
  }

  /** @type {http.RequestListener} */
  function listener(req, res) {
    const reply = (/** @type {number} */ status, /** @type {unknown} */ body, type = 'application/json') => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(type === 'application/json' ? JSON.stringify(body) : String(body));
    };
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') {
      return reply(200, 'ok\n', 'text/plain');
    }
    if (req.method === 'GET' && path === '/metrics') {
      return reply(200, counters.render(), 'text/plain; version=0.0.4');
    }
    if (path !== '/alerts') {
      return reply(404, { error: `no such endpoint ${path}: POST Alertmanager webhooks to /alerts` });
    }
    if (req.method !== 'POST') {
      return reply(405, { error: 'POST Alertmanager webhooks to /alerts' });
    }
    const chunks = /** @type {Buffer[]} */ ([]);
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) {
        chunks.push(chunk);
      }
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) {
        counters.inc('kubeship_remediation_rejected_payloads_total');
        log({ level: 'error', msg: `rejected webhook of ${size} bytes (limit ${MAX_BODY_BYTES}), nothing acted on` });
        return reply(413, { error: `payload over ${MAX_BODY_BYTES} bytes: nothing acted on` });
      }
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        counters.inc('kubeship_remediation_rejected_payloads_total');
        log({ level: 'error', msg: `rejected webhook, body is not JSON, nothing acted on: ${error instanceof Error ? error.message : error}` });
        return reply(400, { error: 'body is not JSON: nothing acted on' });
      }
      queue = queue.then(() => webhook(body)).then((r) => reply(r.status, r.body), (error) => {
        log({ level: 'error', msg: `internal error: ${error instanceof Error ? error.stack : error}` });
        reply(500, { error: 'internal error' });
      });
    });
  }

  return { listener, webhook: (/** @type {unknown} */ body) => ready.then(() => webhook(body)), counters, state, ready };
}

/** @param {string} url @param {unknown} body @returns {Promise<number>} */
function postJson(url, body) {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', timeout: 10_000, headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('timeout', () => req.destroy(new Error(`POST ${url} timed out after 10s`)));
    req.on('error', reject);
    req.end(payload);
  });
}

function main() {
  const file = process.env.REMEDIATION_CONFIG ?? '/etc/kubeship-remediation/config.json';
  let config;
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`kubeship-remediation: cannot read ${file}: ${error instanceof Error ? error.message : error}\n`);
    process.exit(2);
  }
  const problems = validateConfig(config);
  if (problems.length > 0) {
    process.stderr.write(`kubeship-remediation: ${file} has ${problems.length} problem(s):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}\n`);
    process.exit(2);
  }
  const client = clientFromEnv(process.env);
  const { STATE_CONFIGMAP: stateName, POD_NAMESPACE: namespace } = process.env;
  const app = createApp({ config, client, store: stateName && namespace ? configMapStore(client, namespace, stateName) : undefined });
  const server = http.createServer(app.listener);
  const port = Number(process.env.PORT ?? 8080);
  const host = process.env.LISTEN_HOST ?? '0.0.0.0';
  server.listen(port, host, () => {
    const address = /** @type {import('node:net').AddressInfo} */ (server.address());
    process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'listening', port: address.port,
      dryRun: config.dryRun, maxAttempts: config.maxAttempts, cooldownSeconds: config.cooldownSeconds, alerts: Object.keys(config.actions) })}\n`);
  });
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.on(signal, () => server.close(() => process.exit(0)));
  }
}

if (require.main === module) {
  main();
}

module.exports = { createApp, Counters, ESCALATION_ALERT };
