/**
 * The remediation service: receives Alertmanager webhooks on POST /alerts (bearer token), performs
 * the mapped action through the Kubernetes API within attempts and cooldown, escalates through
 * Alertmanager when it gives up, and serves /metrics, /healthz and /readyz on a port of their own.
 * Start: `node server.js` (config from `REMEDIATION_CONFIG`, default /etc/kubeship-remediation/config.json).
 *
 * Fault model (each one proven by test/remediation.faults.test.ts against a stub API):
 * - attempts are durable and crash-consistent: read (with retries) before anything is acted on,
 *   saved compare-and-swap (resourceVersion, merged on 409), and recorded before the action, so a
 *   crash between acting and saving cannot repeat it inside the cooldown;
 * - work is bounded: every API call has a deadline for the whole exchange, webhooks wait in a
 *   bounded queue (503 when full, so Alertmanager retries), bodies are cut off at the limit, slow
 *   clients at the request timeout, and SIGTERM ends within the grace period;
 * - input cannot reach JavaScript internals (own-property lookups) and bad payloads are described
 *   in bounded space and time.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatProblem } from '../../core/problems';
import type { RemediationServiceConfig } from './config';
import {
  admit,
  createState,
  mergeState,
  Plan,
  readWebhook,
  recordAttempt,
  restoreState,
  serializeState,
  TargetState,
  validateConfig,
} from './decide';
import { clientFromEnv, configMapStore, DEFAULT_API_TIMEOUT_MS, inspect, KubeClient, perform, StateStore } from './kube';

/** The service's limits; `main` reads overrides from the environment (names in `DEFAULT_LIMITS`). */
export interface Limits {
  maxBodyBytes: number;
  queue: number;
  reading: number;
  queueWaitMs: number;
  requestTimeoutMs: number;
  apiTimeoutMs: number;
  shutdownGraceMs: number;
  stalledAfterMs: number;
  retryMaxMs: number;
}

/** The limits unless the environment overrides them (variable names in parentheses). */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  /** Largest webhook body; reading stops there (MAX_BODY_BYTES). */
  maxBodyBytes: 1024 * 1024,
  /** Webhooks waiting to be handled; more are answered 503 (QUEUE_LIMIT). */
  queue: 16,
  /** Bodies received at once; more are answered 503 (READING_LIMIT). */
  reading: 4,
  /** A webhook not started within this is answered 503 instead: Alertmanager has retried by then (QUEUE_WAIT_MS). */
  queueWaitMs: 20_000,
  /** The longest a client may take to send one request, headers and body (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: 15_000,
  /** The longest one Kubernetes API call may take, start to last byte (API_TIMEOUT_MS). */
  apiTimeoutMs: DEFAULT_API_TIMEOUT_MS,
  /** SIGTERM: the in-flight webhook may finish within this, then the process exits (SHUTDOWN_GRACE_MS; below terminationGracePeriodSeconds). */
  shutdownGraceMs: 20_000,
  /** /healthz fails when one webhook has been handled this long: the process is wedged (STALLED_AFTER_MS). */
  stalledAfterMs: 120_000,
  /** The longest wait between two reads of the stored attempts at start-up (RETRY_MAX_MS). */
  retryMaxMs: 10_000,
});
/** The most problems a rejection lists (the rest are counted). */
const MAX_LISTED_PROBLEMS = 5;

/** Prometheus counters with labels, rendered in the text exposition format. */
export class Counters {
  private readonly families = new Map<string, { help: string; values: Map<string, number> }>();

  /** Declares a counter family. */
  define(name: string, help: string): void {
    this.families.set(name, { help, values: new Map() });
  }

  /** Adds one to the family's series with these labels. */
  inc(name: string, labels: Record<string, string> = {}): void {
    const family = this.families.get(name);
    if (!family) {
      throw new Error(`undefined metric ${name}`);
    }
    const key = Object.keys(labels)
      .sort()
      .map((k) => `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
      .join(',');
    family.values.set(key, (family.values.get(key) ?? 0) + 1);
  }
  /** The families in the text exposition format. */
  render(): string {
    const lines: string[] = [];
    for (const [name, { help, values }] of this.families) {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} counter`);
      for (const [labels, value] of values) {
        lines.push(`${name}${labels ? `{${labels}}` : ''} ${value}`);
      }
    }
    return `${lines.join('\n')}\n`;
  }
}

function defineMetrics(counters: Counters): void {
  counters.define(
    'kubeship_remediation_attempts_total',
    'Actions started on a target (also counted in dry-run, where nothing is changed).',
  );
  counters.define('kubeship_remediation_successes_total', 'Actions the Kubernetes API accepted.');
  counters.define('kubeship_remediation_failures_total', 'Actions or reads the Kubernetes API refused or did not answer.');
  counters.define(
    'kubeship_remediation_skipped_total',
    'Alerts not acted on, by reason (cooldown, exhausted, dry-run, gone, recently-restarted, autoscaled, at-bound, unowned).',
  );
  counters.define('kubeship_remediation_escalations_total', 'Targets handed to people through Alertmanager after the service gave up.');
  counters.define(
    'kubeship_remediation_rejected_payloads_total',
    'Webhook requests refused as malformed, oversized or unmapped (nothing acted on).',
  );
  counters.define('kubeship_remediation_unauthorized_total', 'Webhook requests without the bearer token (answered 401).');
  counters.define(
    'kubeship_remediation_overloaded_total',
    'Webhook requests answered 503 because the queue or the body readers were full (Alertmanager retries).',
  );
}

/** What the service is made of; everything time- and I/O-dependent can be replaced. */
export interface AppOptions {
  readonly config: RemediationServiceConfig;
  readonly client: KubeClient;
  readonly now?: () => number;
  readonly log?: (entry: Record<string, unknown>) => void;
  readonly post?: (url: string, body: unknown) => Promise<number>;
  readonly store?: StateStore;
  readonly bearer?: () => string | undefined;
  readonly limits?: Partial<Limits>;
}

/** What `handle` did about one alert. */
type HandleResult = Record<string, unknown> & { readonly retry?: boolean };

/** A webhook waiting in the queue. */
interface Job {
  readonly body: unknown;
  readonly at: number;
  gone(): boolean;
  reply(status: number, body: unknown): void;
}

/**
 * The service: two request listeners (webhooks; metrics and probes) and its state. Everything
 * time- and I/O-dependent is injected so tests can drive it.
 */
export function createApp(options: AppOptions) {
  const { config } = options;
  const limits: Limits = { ...DEFAULT_LIMITS, ...(options.limits ?? {}) };
  const now = options.now ?? Date.now;
  const log =
    options.log ??
    ((entry: Record<string, unknown>) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`));
  const post = options.post ?? ((url: string, body: unknown) => postJson(url, body, limits.apiTimeoutMs));
  const state = createState();
  const counters = new Counters();
  defineMetrics(counters);
  const store = options.store;

  // the API's health as the service sees it: failing since when (undefined while it answers)
  let apiFailingSince: number | undefined;
  /** `outcome`: an ApiResponse, or the error of a call that got none */
  const noteApi = (outcome: unknown) => {
    const ok = typeof outcome === 'object' && outcome !== null && 'status' in outcome && (outcome as { status: number }).status < 500;
    apiFailingSince = ok ? undefined : (apiFailingSince ?? Date.now());
  };
  const client: KubeClient = {
    async request(method, path, body, contentType) {
      try {
        const res = await options.client.request(method, path, body, contentType);
        noteApi(res);
        return res;
      } catch (error) {
        noteApi(error);
        throw error;
      }
    },
  };

  let loaded = !store;
  let stopping = false;
  /** The stored attempts' resourceVersion (compare-and-swap). */
  let version = '';
  /** Read before anything is acted on; retried with back-off until it succeeds (or the service stops). */
  const ready = store
    ? (async () => {
        let delay = 250;
        while (!stopping) {
          try {
            const stored = await store.load();
            const restored = restoreState(stored.text);
            mergeState(state, restored.state);
            version = stored.version;
            loaded = true;
            log({
              level: restored.ignored.length ? 'warn' : 'info',
              msg: `restored ${restored.state.targets.size} target(s) from ${store.describe}`,
              ...(restored.ignored.length ? { ignored: restored.ignored.slice(0, 20) } : {}),
            });
            return;
          } catch (error) {
            log({
              level: 'error',
              msg: `could not read the attempts from ${store.describe}; acting on nothing until they are read (retry in ${delay}ms): ${message(error)}`,
            });
            await sleep(delay);
            delay = Math.min(delay * 2, limits.retryMaxMs);
          }
        }
      })()
    : Promise.resolve();

  /**
   * Saves the attempts compare-and-swap: on a conflict the stored version is read and merged
   * (nothing either side knows is lost) and the save tried again. True when saved.
   */
  async function persist(): Promise<boolean> {
    if (!store) {
      return true;
    }
    for (let round = 0; round < 5; round++) {
      try {
        version = await store.save(serializeState(state, now(), config.resetAfterSeconds), version);
        return true;
      } catch (error) {
        if (!(error instanceof Error && (error as { conflict?: boolean }).conflict)) {
          log({ level: 'error', msg: `could not save the attempts to ${store.describe}: ${message(error)}` });
          return false;
        }
        try {
          const stored = await store.load();
          mergeState(state, restoreState(stored.text).state);
          version = stored.version;
        } catch (readError) {
          log({ level: 'error', msg: `could not re-read ${store.describe} after a conflict: ${message(readError)}` });
          return false;
        }
      }
    }
    log({ level: 'error', msg: `could not save the attempts to ${store.describe}: it kept changing (5 conflicts)` });
    return false;
  }

  /** Hands the target (the workload; a pod's controller) to people through Alertmanager. */
  async function escalate(plan: Plan, key: string, target: string, reason: string, attempts: number): Promise<void> {
    const url = config.escalation.alertmanagerUrl;
    const labels = {
      ...config.escalation.labels,
      alertname: config.escalation.alertname,
      severity: config.escalation.severity,
      namespace: plan.namespace,
      remediated_alert: plan.alertname,
      remediation_action: plan.action,
      remediation_target: target,
    };
    if (config.dryRun || !url) {
      // in dry-run nothing was done, so there is nothing to give up on: the alert itself reaches people through the routes
      log({
        level: config.dryRun ? 'info' : 'warn',
        msg: config.dryRun ? 'would escalate (dry-run)' : 'would escalate, but no Alertmanager URL is configured',
        key,
        ...labels,
      });
      return;
    }
    const t = now();
    const body = [
      {
        labels,
        annotations: {
          summary: `Automatic remediation gave up on ${plan.namespace}/${target}.`,
          description:
            `${plan.alertname} keeps firing: ${reason} after ${attempts} ${plan.action} action(s) (at most ${config.maxAttempts}, ` +
            `${config.cooldownSeconds}s apart). The service will not act on this target again until it has been quiet for ${config.resetAfterSeconds}s; fix it by hand.`,
          runbook_url: config.escalation.runbookUrl,
        },
        startsAt: new Date(t).toISOString(),
        endsAt: new Date(t + (config.escalation.holdSeconds ?? 3600) * 1000).toISOString(),
      },
    ];
    try {
      const status = await post(`${url.replace(/\/+$/, '')}/api/v2/alerts`, body);
      log({
        level: status === 200 ? 'info' : 'error',
        msg: status === 200 ? 'escalated through Alertmanager' : `Alertmanager refused the escalation (${status})`,
        key,
        ...labels,
      });
    } catch (error) {
      log({ level: 'error', msg: `could not reach Alertmanager to escalate: ${message(error)}`, key, ...labels });
    }
  }

  async function handle(plan: Plan): Promise<HandleResult> {
    const base = { alert: plan.alertname, action: plan.action };
    const target = `${plan.namespace}/${plan.kind}/${plan.name}`;
    const skip = (reason: string, extra: Record<string, unknown>): HandleResult => {
      counters.inc('kubeship_remediation_skipped_total', { ...base, reason });
      log({ level: 'info', msg: `skipped: ${reason}`, ...base, namespace: plan.namespace, target: `${plan.kind}/${plan.name}`, ...extra });
      return { ...base, target, outcome: 'skipped', reason, ...extra };
    };
    const failed = (detail: string, extra: Record<string, unknown> = {}): HandleResult => {
      counters.inc('kubeship_remediation_failures_total', base);
      log({ level: 'error', msg: detail, ...base, namespace: plan.namespace, target: `${plan.kind}/${plan.name}`, ...extra });
      return { ...base, target, outcome: 'failed', detail, ...extra };
    };
    let inspection: Awaited<ReturnType<typeof inspect>>;
    try {
      inspection = await inspect(client, plan, config.cooldownSeconds, now());
    } catch (error) {
      inspection = { status: 'error', detail: message(error) };
    }
    if (inspection.status === 'error') {
      // the API did not answer as it should: nothing is known, so nothing is decided (no escalation either)
      return failed(`could not inspect the target: ${inspection.detail}`, { retry: true });
    }
    if (inspection.status === 'gone') {
      return skip('gone', { detail: inspection.detail });
    }
    const key = inspection.key;
    const verdict = admit(state, key, config, now());
    if (inspection.status === 'skip') {
      const entry = state.targets.get(key);
      if (inspection.escalate && entry && !entry.escalated) {
        entry.escalated = true;
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
    if (verdict.verdict === 'dry-run') {
      recordAttempt(state, key, now());
      counters.inc('kubeship_remediation_attempts_total', base);
      return skip('dry-run', { key, attempt: verdict.attempt, detail: `would ${inspection.detail}` });
    }
    // write-ahead: the attempt is stored before the action, so a crash after acting cannot repeat
    // it inside the cooldown; an attempt that cannot be stored is not made (Alertmanager retries)
    const entry = state.targets.get(key) as TargetState;
    const before = { attempts: entry.attempts, lastAttemptMs: entry.lastAttemptMs };
    recordAttempt(state, key, now());
    if (!(await persist())) {
      entry.attempts = Math.max(before.attempts, entry.attempts - 1);
      entry.lastAttemptMs = before.lastAttemptMs;
      return failed(`not acted on: the attempt could not be recorded in ${store?.describe} first`, { key, retry: true });
    }
    counters.inc('kubeship_remediation_attempts_total', base);
    if (inspection.recentlyDoneAt) {
      // restarted within the cooldown by someone (or by this service before it restarted): counted, not repeated
      return skip('recently-restarted', { key, attempt: verdict.attempt, detail: `restarted at ${inspection.recentlyDoneAt}` });
    }
    let result;
    try {
      result = await perform(client, inspection);
    } catch (error) {
      result = { ok: false, gone: false, detail: message(error) };
    }
    counters.inc(result.ok ? 'kubeship_remediation_successes_total' : 'kubeship_remediation_failures_total', base);
    log({
      level: result.ok ? 'info' : 'error',
      msg: `${inspection.detail}: ${result.ok ? 'done' : 'failed'}`,
      ...base,
      key,
      attempt: verdict.attempt,
      maxAttempts: config.maxAttempts,
      detail: result.detail,
    });
    return { ...base, target, key, attempt: verdict.attempt, outcome: result.ok ? 'done' : 'failed', detail: result.detail };
  }

  /**
   * Handles one webhook body (already read): 422 when it is not a valid notification of mapped
   * alerts, 503 when the attempts are not read yet or something must be retried, else 200.
   */
  async function webhook(body: unknown): Promise<{ status: number; body: unknown }> {
    const { plans, problems } = readWebhook(body, config);
    if (problems.length > 0) {
      return reject(
        422,
        problems.map((p) => formatProblem(p)),
      );
    }
    if (!loaded) {
      return { status: 503, body: { error: `the attempts are not read from ${store?.describe} yet: retry` } };
    }
    const results: HandleResult[] = [];
    // resolved notifications need nothing: attempts are kept until the target has been quiet for resetAfterSeconds
    for (const { alert, plan } of plans) {
      if (plan && alert.status === 'firing') {
        results.push(await handle(plan));
      }
    }
    if (results.length > 0) {
      await persist();
    }
    // Alertmanager retries a 5xx: an action not made because the API or the store failed gets another chance
    return { status: results.some((r) => r.retry) ? 503 : 200, body: { results } };
  }

  function reject(status: number, messages: string[]): { status: number; body: unknown } {
    counters.inc('kubeship_remediation_rejected_payloads_total');
    const listed = messages.slice(0, MAX_LISTED_PROBLEMS);
    const more = messages.length > listed.length ? [`... and ${messages.length - listed.length} more`] : [];
    log({ level: 'error', msg: `rejected webhook, nothing acted on: ${[...listed, ...more].join('; ')}` });
    return { status, body: { error: 'rejected: nothing acted on', problems: [...listed, ...more] } };
  }

  // webhooks wait here, handled one at a time (two deliveries of one alert cannot both act)
  const queue: Job[] = [];
  /** When the webhook being handled started (undefined when idle). */
  let busySince: number | undefined;
  let idleWaiters: Array<() => void> = [];
  async function pump(): Promise<void> {
    if (busySince !== undefined) {
      return;
    }
    while (queue.length > 0) {
      const job = queue.shift() as Job;
      if (job.gone()) {
        log({ level: 'warn', msg: 'dropped a webhook whose sender went away before it was handled (Alertmanager retries it)' });
        continue;
      }
      if (stopping || Date.now() - job.at > limits.queueWaitMs) {
        job.reply(503, { error: stopping ? 'shutting down: retry' : `waited over ${limits.queueWaitMs / 1000}s in the queue: retry` });
        continue;
      }
      busySince = Date.now();
      try {
        // answers 503 itself while the attempts are not read yet
        const result = await webhook(job.body);
        job.reply(result.status, result.body);
      } catch (error) {
        log({ level: 'error', msg: `internal error: ${message(error)}` });
        job.reply(500, { error: 'internal error' });
      } finally {
        busySince = undefined;
      }
    }
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((w) => w());
  }

  let reading = 0;
  function listener(req: http.IncomingMessage, res: http.ServerResponse): void {
    const reply = (status: number, body: unknown, close = false): void => {
      if (res.headersSent || res.destroyed) {
        return;
      }
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(text),
        ...(close ? { Connection: 'close' } : {}),
        ...(status === 503 ? { 'Retry-After': '10' } : {}),
        ...(status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}),
      });
      res.end(text);
      if (close) {
        // what is left of the body is not read: the connection ends once the answer is out
        res.once('finish', () => req.socket.destroy());
      }
    };
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/alerts') {
      return reply(404, { error: `no such endpoint ${path.slice(0, 100)}: POST Alertmanager webhooks to /alerts` }, true);
    }
    if (req.method !== 'POST') {
      return reply(405, { error: 'POST Alertmanager webhooks to /alerts' }, true);
    }
    if (!authorized(req)) {
      counters.inc('kubeship_remediation_unauthorized_total');
      return reply(401, { error: "a bearer token is required (the Alertmanager webhook's http_config.authorization)" }, true);
    }
    if (stopping) {
      return reply(503, { error: 'shutting down: retry' }, true);
    }
    if (queue.length >= limits.queue || reading >= limits.reading) {
      counters.inc('kubeship_remediation_overloaded_total');
      return reply(503, { error: 'busy: retry' }, true);
    }
    /**
     * Answers 413 and stops keeping what arrives: the rest is discarded for a while, then no longer
     * read at all (TCP pushes back on the sender), and after a grace period the connection is cut.
     * Cutting it while the sender still writes would reset it, and a reset can drop the answer
     * before the sender has read it: it must get to read the 413.
     */
    const tooLarge = () => {
      counters.inc('kubeship_remediation_rejected_payloads_total');
      log({ level: 'error', msg: `rejected a webhook over ${limits.maxBodyBytes} bytes, nothing acted on` });
      reply(413, { error: `payload over ${limits.maxBodyBytes} bytes: nothing acted on` });
      let discarded = 0;
      const cut = setTimeout(() => req.socket.destroy(), 2000);
      req.removeAllListeners('data');
      req.on('data', (chunk: Buffer) => {
        discarded += chunk.length;
        if (discarded > 4 * limits.maxBodyBytes) {
          req.pause();
        }
      });
      req.on('end', () => clearTimeout(cut));
    };
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limits.maxBodyBytes) {
      return tooLarge();
    }
    reading++;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        reading--;
        clearTimeout(timer);
      }
    };
    const timer = setTimeout(() => {
      finish();
      counters.inc('kubeship_remediation_rejected_payloads_total');
      reply(408, { error: `the request was not complete within ${limits.requestTimeoutMs / 1000}s` }, true);
      req.socket.destroy();
    }, limits.requestTimeoutMs);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (done) {
        return;
      }
      size += chunk.length;
      if (size > limits.maxBodyBytes) {
        finish();
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', finish);
    req.on('close', finish);
    req.on('end', () => {
      if (done) {
        return;
      }
      finish();
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch (error) {
        const rejected = reject(400, [`body is not JSON: ${message(error).slice(0, 120)}`]);
        return reply(rejected.status, rejected.body);
      }
      chunks.length = 0;
      if (queue.length >= limits.queue) {
        counters.inc('kubeship_remediation_overloaded_total');
        return reply(503, { error: 'busy: retry' });
      }
      queue.push({ body, at: Date.now(), gone: () => res.destroyed || req.socket.destroyed, reply: (status, b) => reply(status, b) });
      void pump();
    });
  }

  function authorized(req: http.IncomingMessage): boolean {
    if (!options.bearer) {
      return true;
    }
    const expected = options.bearer();
    if (!expected) {
      log({ level: 'error', msg: 'no webhook token to check against (the mounted Secret is empty or missing): refusing every webhook' });
      return false;
    }
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(String(req.headers.authorization ?? ''));
    // digests of equal length, compared in constant time: the token's length and content do not leak
    const digest = (text: string) => crypto.createHash('sha256').update(text).digest();
    return crypto.timingSafeEqual(digest(match ? match[1] : ''), digest(expected)) && match !== null;
  }

  /** Whether the service can take webhooks: attempts read, not stopping, queue not full, API answering. */
  function readiness() {
    if (!loaded) {
      return { ok: false, why: `the attempts are not read from ${store?.describe} yet` };
    }
    if (stopping) {
      return { ok: false, why: 'shutting down' };
    }
    if (queue.length >= limits.queue) {
      return { ok: false, why: 'the queue is full' };
    }
    if (apiFailingSince !== undefined && Date.now() - apiFailingSince >= limits.apiTimeoutMs) {
      return { ok: false, why: `the Kubernetes API has not answered for ${Math.round((Date.now() - apiFailingSince) / 1000)}s` };
    }
    return { ok: true, why: 'ready' };
  }

  // while the API fails, it is probed in the background: not ready means no webhooks, so no calls would notice it is back
  const probe = setInterval(
    () => {
      if (loaded && apiFailingSince !== undefined && busySince === undefined && !stopping) {
        client.request('GET', '/version').catch(() => undefined);
      }
    },
    Math.max(1000, Math.min(5000, limits.apiTimeoutMs)),
  );
  probe.unref();

  function metricsListener(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, text: string, type = 'text/plain'): void => {
      res.writeHead(status, { 'Content-Type': type });
      res.end(text);
    };
    if (req.method === 'GET' && path === '/metrics') {
      return send(200, counters.render(), 'text/plain; version=0.0.4');
    }
    if (req.method === 'GET' && path === '/readyz') {
      const r = readiness();
      return send(r.ok ? 200 : 503, `${r.why}\n`);
    }
    if (req.method === 'GET' && path === '/healthz') {
      // alive unless one webhook has been handled for far longer than its API calls may take
      const wedged = busySince !== undefined && Date.now() - busySince > limits.stalledAfterMs;
      return send(
        wedged ? 503 : 200,
        wedged ? `one webhook has been handled for ${Math.round((Date.now() - (busySince as number)) / 1000)}s\n` : 'ok\n',
      );
    }
    return send(404, 'GET /metrics, /healthz or /readyz\n');
  }

  /**
   * Stops taking webhooks, answers the queued ones 503 (Alertmanager retries them against the
   * next pod), and resolves once the one being handled has finished, or after `graceMs`.
   */
  async function shutdown(graceMs: number): Promise<void> {
    stopping = true;
    clearInterval(probe);
    for (const job of queue.splice(0)) {
      job.reply(503, { error: 'shutting down: retry' });
    }
    if (busySince !== undefined) {
      await Promise.race([new Promise((resolve) => idleWaiters.push(() => resolve(undefined))), sleep(graceMs)]);
    }
  }

  return {
    listener,
    metricsListener,
    counters,
    state,
    ready,
    readiness,
    shutdown,
    limits,
    /** Handles a body as a queued webhook would be (for tests in process). */
    webhook: (body: unknown) => ready.then(() => webhook(body)),
  };
}

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > 500 ? `${text.slice(0, 497)}...` : text;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}

/**
 * POSTs JSON; the whole exchange has a deadline (not an idle timeout).
 */
function postJson(url: string, body: unknown, timeoutMs: number): Promise<number> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': payload.length } },
      (res) => {
        res.resume();
        res.on('end', () => {
          clearTimeout(deadline);
          resolve(res.statusCode ?? 0);
        });
      },
    );
    const deadline = setTimeout(() => req.destroy(new Error(`POST ${url}: no complete answer within ${timeoutMs / 1000}s`)), timeoutMs);
    req.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    req.end(payload);
  });
}

/** The limits from the environment (whole milliseconds or counts), defaults for the rest. */
export function limitsFromEnv(env: NodeJS.ProcessEnv): { limits: Partial<Limits>; problems: string[] } {
  const names: Record<string, keyof Limits> = {
    MAX_BODY_BYTES: 'maxBodyBytes',
    QUEUE_LIMIT: 'queue',
    READING_LIMIT: 'reading',
    QUEUE_WAIT_MS: 'queueWaitMs',
    REQUEST_TIMEOUT_MS: 'requestTimeoutMs',
    API_TIMEOUT_MS: 'apiTimeoutMs',
    SHUTDOWN_GRACE_MS: 'shutdownGraceMs',
    STALLED_AFTER_MS: 'stalledAfterMs',
    RETRY_MAX_MS: 'retryMaxMs',
  };
  const limits: Partial<Limits> = {};
  const problems: string[] = [];
  for (const [variable, field] of Object.entries(names)) {
    const text = env[variable];
    if (text !== undefined) {
      const value = Number(text);
      if (Number.isInteger(value) && value > 0) {
        limits[field] = value;
      } else {
        problems.push(
          formatProblem({
            path: variable,
            value: text,
            allowed: 'a whole number > 0',
            fix: `unset ${variable} for the default (${DEFAULT_LIMITS[field]})`,
          }),
        );
      }
    }
  }
  return { limits, problems };
}

/** Starts the service from its environment (`node server.js`). */
export function main(): void {
  const file = process.env.REMEDIATION_CONFIG ?? '/etc/kubeship-remediation/config.json';
  let config: unknown;
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`kubeship-remediation: cannot read ${file}: ${message(error)}\n`);
    process.exit(2);
  }
  const problems = validateConfig(config).map((p) => formatProblem(p));
  const { limits, problems: limitProblems } = limitsFromEnv(process.env);
  problems.push(...limitProblems);
  const bearerFile = process.env.WEBHOOK_TOKEN_FILE;
  if (!bearerFile) {
    problems.push(
      formatProblem({
        path: 'WEBHOOK_TOKEN_FILE',
        value: bearerFile,
        allowed: 'the file of the bearer token Alertmanager sends',
        fix: 'mount the webhook token Secret (the Remediation construct does)',
      }),
    );
  }
  if (problems.length > 0) {
    process.stderr.write(
      `kubeship-remediation: ${file} has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    process.exit(2);
  }
  // validateConfig found no problem in it: it is a RemediationServiceConfig
  const valid = config as RemediationServiceConfig;
  const client = clientFromEnv(process.env, { timeoutMs: limits.apiTimeoutMs });
  const { STATE_CONFIGMAP: stateName, POD_NAMESPACE: namespace } = process.env;
  const app = createApp({
    config: valid,
    client,
    limits,
    store: stateName && namespace ? configMapStore(client, namespace, stateName) : undefined,
    // re-read on every request: a rotated Secret takes effect without a restart
    bearer: () => {
      try {
        return fs.readFileSync(bearerFile as string, 'utf8').trim() || undefined;
      } catch {
        return undefined;
      }
    },
  });
  const host = process.env.LISTEN_HOST ?? '0.0.0.0';
  const serverOptions = {
    requestTimeout: app.limits.requestTimeoutMs,
    headersTimeout: Math.min(10_000, app.limits.requestTimeoutMs),
    connectionsCheckingInterval: 1000,
  };
  const server = http.createServer(serverOptions, app.listener);
  server.keepAliveTimeout = 5000;
  const metrics = http.createServer(serverOptions, app.metricsListener);
  const port = Number(process.env.PORT ?? 8080);
  const metricsPort = Number(process.env.METRICS_PORT ?? 9090);
  let listening = 0;
  for (const [s, p] of [
    [server, port],
    [metrics, metricsPort],
  ] as Array<[http.Server, number]>) {
    s.listen(p, host, () => {
      if (++listening === 2) {
        const address = (x: http.Server) => (x.address() as AddressInfo).port;
        process.stdout.write(
          `${JSON.stringify({
            time: new Date().toISOString(),
            level: 'info',
            msg: 'listening',
            version: process.env.KUBESHIP_VERSION,
            port: address(server),
            metricsPort: address(metrics),
            dryRun: valid.dryRun,
            maxAttempts: valid.maxAttempts,
            cooldownSeconds: valid.cooldownSeconds,
            alerts: Object.keys(valid.actions),
          })}\n`,
        );
      }
    });
  }
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) {
        return;
      }
      stopping = true;
      process.stdout.write(
        `${JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: `${signal}: finishing the webhook in hand (at most ${app.limits.shutdownGraceMs / 1000}s)` })}\n`,
      );
      server.close();
      metrics.close();
      server.closeIdleConnections();
      app.shutdown(app.limits.shutdownGraceMs).finally(() => {
        server.closeAllConnections();
        metrics.closeAllConnections();
        process.exit(0);
      });
    });
  }
}

if (require.main === module) {
  main();
}
