// @ts-check
'use strict';
/**
 * A minimal Kubernetes API client (node:http/https, no dependencies) and the three actions, each
 * split into `inspect` (reads, decides nothing is left to do, finds the key attempts count under)
 * and `perform` (the one write). Requests are the ones kubectl sends for the same operations.
 */
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const { scaledReplicas, targetKey } = require('./decide');

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/**
 * @typedef {{ status: number, body: any }} ApiResponse
 * @typedef {{ timeoutMs?: number, maxResponseBytes?: number }} ClientLimits
 * @typedef {{ request(method: string, path: string, body?: unknown, contentType?: string): Promise<ApiResponse> }} KubeClient
 * @typedef {import('./decide').Plan} Plan
 * @typedef {{ status: 'gone', detail: string } | { status: 'error', detail: string }
 *   | { status: 'skip', key: string, subject: string, reason: string, detail: string, escalate: boolean }
 *   | { status: 'ready', key: string, subject: string, detail: string, write: { method: string, path: string, body: unknown, contentType: string },
 *       recentlyDoneAt?: string }} Inspection
 */

/** The longest one API request may take, start to last byte (not an idle timeout). */
const DEFAULT_API_TIMEOUT_MS = 10_000;
/** The largest API answer read; a larger one is an error (the service reads single objects and one HPA list). */
const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/**
 * The client from the pod's environment: the API server from `KUBERNETES_SERVICE_HOST`/`_PORT`,
 * the ServiceAccount token (re-read on every request: bound tokens rotate) and CA. `KUBERNETES_API_URL`
 * and `KUBERNETES_TOKEN_FILE` override them (used to point the service at a test server). Every
 * request has a deadline for the whole exchange: an API that answers a byte every few seconds is
 * cut off like one that never answers.
 *
 * @param {NodeJS.ProcessEnv} env @param {ClientLimits} [limits]
 * @returns {KubeClient}
 */
function clientFromEnv(env, limits = {}) {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_API_TIMEOUT_MS;
  const maxBytes = limits.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const host = env.KUBERNETES_SERVICE_HOST ?? '';
  const base = env.KUBERNETES_API_URL ?? `https://${host.includes(':') ? `[${host}]` : host}:${env.KUBERNETES_SERVICE_PORT ?? '443'}`;
  const tokenFile = env.KUBERNETES_TOKEN_FILE ?? `${SA_DIR}/token`;
  const caFile = `${SA_DIR}/ca.crt`;
  const url = new URL(base);
  const ca = url.protocol === 'https:' && fs.existsSync(caFile) ? fs.readFileSync(caFile) : undefined;
  return {
    request(method, path, body, contentType = 'application/json') {
      const token = fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, 'utf8').trim() : '';
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const transport = url.protocol === 'https:' ? https : http;
      return new Promise((resolve, reject) => {
        const fail = (/** @type {Error} */ error) => {
          clearTimeout(deadline);
          reject(error);
        };
        const req = transport.request(new URL(path, base), {
          method,
          ca,
          headers: {
            Accept: 'application/json',
            'User-Agent': 'kubeship-remediation',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            ...(payload ? { 'Content-Type': contentType, 'Content-Length': payload.length } : {}),
          },
        }, (res) => {
          const chunks = /** @type {Buffer[]} */ ([]);
          let size = 0;
          res.on('data', (c) => {
            size += c.length;
            if (size > maxBytes) {
              req.destroy(new Error(`${method} ${path}: answer larger than ${maxBytes} bytes`));
              return;
            }
            chunks.push(c);
          });
          res.on('error', fail);
          res.on('end', () => {
            clearTimeout(deadline);
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              parsed = text;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        });
        const deadline = setTimeout(() => req.destroy(new Error(`${method} ${path}: no complete answer within ${timeoutMs / 1000}s`)), timeoutMs);
        req.on('error', fail);
        req.end(payload);
      });
    },
  };
}

/** @param {string} kind @param {string} namespace @param {string} name */
function workloadPath(kind, namespace, name) {
  const ns = encodeURIComponent(namespace);
  const n = encodeURIComponent(name);
  return kind === 'Rollout' ? `/apis/argoproj.io/v1alpha1/namespaces/${ns}/rollouts/${n}` : `/apis/apps/v1/namespaces/${ns}/deployments/${n}`;
}

/**
 * Whether an answer is the object asked for: a JSON object of that kind (the API server sets
 * `kind` on every object it returns) with metadata, not a proxy's page or another server's JSON.
 *
 * @param {unknown} body @param {string} kind
 */
function isApiObject(body, kind) {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && /** @type {any} */ (body).kind === kind
    && typeof (/** @type {any} */ (body).metadata ?? {}) === 'object';
}

/** @param {unknown} body */
function kindOf(body) {
  return typeof body === 'object' && body !== null && typeof (/** @type {any} */ (body).kind) === 'string'
    ? `kind ${String(/** @type {any} */ (body).kind).slice(0, 60)}` : typeof body === 'string' ? `text of ${body.length} characters` : typeof body;
}

/** @param {ApiResponse} res */
function apiError(res) {
  const raw = res.body && typeof res.body === 'object' && res.body.message ? String(res.body.message) : JSON.stringify(res.body ?? '') ?? '';
  const reason = raw.length > 300 ? `${raw.slice(0, 297)}...` : raw;
  return `${res.status}${res.status === 403 ? ' (the Role does not allow this: check the Remediation construct\'s namespaces and actions)' : ''}: ${reason}`;
}

/**
 * Reads what the action needs and returns the write to make, or why there is none.
 *
 * @param {KubeClient} client @param {Plan} plan @param {number} cooldownSeconds @param {number} nowMs
 * @returns {Promise<Inspection>}
 */
async function inspect(client, plan, cooldownSeconds, nowMs) {
  const { namespace, name, kind, action } = plan;
  const now = new Date(nowMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (action === 'deletePod') {
    const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}`;
    const res = await client.request('GET', path);
    if (res.status === 404) {
      return { status: 'gone', detail: `pod ${namespace}/${name} no longer exists` };
    }
    if (res.status !== 200) {
      return { status: 'error', detail: `GET ${path}: ${apiError(res)}` };
    }
    const pod = res.body;
    if (!isApiObject(pod, 'Pod')) {
      return { status: 'error', detail: `GET ${path}: the answer is not a Pod (${kindOf(pod)}): a proxy or the wrong server answered` };
    }
    const owner = (Array.isArray(pod.metadata.ownerReferences) ? pod.metadata.ownerReferences : []).find((/** @type {any} */ o) => o && o.controller);
    if (!owner) {
      return { status: 'skip', key: targetKey(action, namespace, 'Pod', name), subject: `Pod/${name}`, reason: 'unowned', escalate: true,
        detail: `pod ${namespace}/${name} has no controller: deleting it would lose it, so it is left to people` };
    }
    const statuses = pod.status?.containerStatuses ?? [];
    if (pod.status?.phase === 'Running' && statuses.length > 0 && statuses.every((/** @type {any} */ s) => s.ready)) {
      return { status: 'gone', detail: `pod ${namespace}/${name} is running and ready again` };
    }
    return {
      status: 'ready', key: targetKey(action, namespace, owner.kind, owner.name), subject: `${owner.kind}/${owner.name}`, detail: `delete pod ${namespace}/${name} (of ${owner.kind} ${owner.name})`,
      // the uid precondition makes a repeated request a no-op (409) instead of deleting a replacement of the same name
      write: { method: 'DELETE', path, body: { apiVersion: 'v1', kind: 'DeleteOptions', preconditions: { uid: pod.metadata.uid } }, contentType: 'application/json' },
    };
  }
  const path = workloadPath(kind, namespace, name);
  const key = targetKey(action, namespace, kind, name);
  const subject = `${kind}/${name}`;
  if (action === 'restart') {
    const res = await client.request('GET', path);
    if (res.status === 404) {
      return { status: 'gone', detail: `${kind} ${namespace}/${name} no longer exists` };
    }
    if (res.status !== 200) {
      return { status: 'error', detail: `GET ${path}: ${apiError(res)}` };
    }
    if (!isApiObject(res.body, kind)) {
      return { status: 'error', detail: `GET ${path}: the answer is not a ${kind} (${kindOf(res.body)}): a proxy or the wrong server answered` };
    }
    const last = kind === 'Rollout' ? res.body.spec?.restartAt : res.body.spec?.template?.metadata?.annotations?.[RESTARTED_AT];
    const lastMs = last ? Date.parse(last) : NaN;
    return {
      status: 'ready', key, subject, detail: `restart ${kind} ${namespace}/${name}`,
      recentlyDoneAt: !Number.isNaN(lastMs) && nowMs - lastMs < cooldownSeconds * 1000 ? last : undefined,
      // what `kubectl rollout restart` and `kubectl argo rollouts restart` send
      write: kind === 'Rollout'
        ? { method: 'PATCH', path, body: { spec: { restartAt: now } }, contentType: 'application/merge-patch+json' }
        : { method: 'PATCH', path, body: { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: now } } } } }, contentType: 'application/strategic-merge-patch+json' },
    };
  }
  const scalePath = `${path}/scale`;
  const res = await client.request('GET', scalePath);
  if (res.status === 404) {
    return { status: 'gone', detail: `${kind} ${namespace}/${name} no longer exists` };
  }
  if (res.status !== 200) {
    return { status: 'error', detail: `GET ${scalePath}: ${apiError(res)}` };
  }
  if (!isApiObject(res.body, 'Scale') || !Number.isInteger(res.body.spec?.replicas ?? 0)) {
    return { status: 'error', detail: `GET ${scalePath}: the answer is not a Scale (${kindOf(res.body)}): a proxy or the wrong server answered` };
  }
  const hpas = await client.request('GET', `/apis/autoscaling/v2/namespaces/${encodeURIComponent(namespace)}/horizontalpodautoscalers`);
  if (hpas.status !== 200) {
    return { status: 'error', detail: `GET horizontalpodautoscalers: ${apiError(hpas)}` };
  }
  if (!isApiObject(hpas.body, 'HorizontalPodAutoscalerList') || !Array.isArray(hpas.body.items)) {
    return { status: 'error', detail: `GET horizontalpodautoscalers: the answer is not a HorizontalPodAutoscalerList (${kindOf(hpas.body)})` };
  }
  const hpa = hpas.body.items.find((/** @type {any} */ h) => h.spec?.scaleTargetRef?.kind === kind && h.spec?.scaleTargetRef?.name === name);
  if (hpa) {
    return { status: 'skip', key, subject, reason: 'autoscaled', escalate: false,
      detail: `${kind} ${namespace}/${name} is scaled by HorizontalPodAutoscaler ${hpa.metadata?.name}, which would undo a manual scale: raise its maxReplicas instead` };
  }
  const current = Number(res.body.spec?.replicas ?? 0);
  const next = scaledReplicas(current, plan.mapping);
  if (next === undefined) {
    return { status: 'skip', key, subject, reason: 'at-bound', escalate: true,
      detail: `${kind} ${namespace}/${name} already has ${current} replicas, the declared maximum (${plan.mapping.maxReplicas})` };
  }
  return {
    status: 'ready', key, subject, detail: `scale ${kind} ${namespace}/${name} from ${current} to ${next} replicas`,
    write: { method: 'PATCH', path: scalePath, body: { spec: { replicas: next } }, contentType: 'application/merge-patch+json' },
  };
}

/**
 * Makes the inspection's write. A 404 or a failed uid precondition (409) means the target went
 * away meanwhile: nothing left to do, not a failure.
 *
 * @param {KubeClient} client @param {Extract<Inspection, { status: 'ready' }>} inspection
 * @returns {Promise<{ ok: boolean, gone: boolean, detail: string }>}
 */
async function perform(client, inspection) {
  const { method, path, body, contentType } = inspection.write;
  const res = await client.request(method, path, body, contentType);
  if (res.status === 404 || (method === 'DELETE' && res.status === 409)) {
    return { ok: true, gone: true, detail: `${method} ${path}: the target is already gone` };
  }
  if (res.status >= 200 && res.status < 300) {
    return { ok: true, gone: false, detail: `${method} ${path}: ${res.status}` };
  }
  return { ok: false, gone: false, detail: `${method} ${path}: ${apiError(res)}` };
}

/**
 * @typedef {{ text: string | undefined, version: string }} StoredState
 * @typedef {{ load(): Promise<StoredState>, save(text: string, version: string): Promise<string>, describe: string }} StateStore
 */

/** A save that met a newer stored version (HTTP 409): read, merge, try again. */
class ConflictError extends Error {
  constructor(/** @type {string} */ message) {
    super(message);
    this.conflict = true;
  }
}

/**
 * Where the service keeps its attempts: the `state.json` key of a ConfigMap in its namespace (the
 * construct creates it without data; the service's Role may only get and patch that one). Saves
 * are compare-and-swap: the patch carries the `resourceVersion` it read, so the API server
 * refuses it (409) if the ConfigMap changed meanwhile, instead of overwriting what it does not know.
 *
 * @param {KubeClient} client @param {string} namespace @param {string} name
 * @returns {StateStore}
 */
function configMapStore(client, namespace, name) {
  const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps/${encodeURIComponent(name)}`;
  /** @param {ApiResponse} res @param {string} what */
  const read = (res, what) => {
    if (res.status === 409) {
      throw new ConflictError(`${what}: ${apiError(res)}`);
    }
    if (res.status !== 200) {
      throw new Error(`${what}: ${apiError(res)}`);
    }
    if (!isApiObject(res.body, 'ConfigMap') || typeof res.body.metadata?.resourceVersion !== 'string') {
      throw new Error(`${what}: the answer is not a ConfigMap with a resourceVersion (${kindOf(res.body)})`);
    }
    const text = res.body.data?.['state.json'];
    return { text: typeof text === 'string' ? text : undefined, version: /** @type {string} */ (res.body.metadata.resourceVersion) };
  };
  return {
    describe: `ConfigMap ${namespace}/${name}`,
    async load() {
      return read(await client.request('GET', path), `GET ${path}`);
    },
    async save(text, version) {
      const res = await client.request('PATCH', path, { metadata: { resourceVersion: version }, data: { 'state.json': text } }, 'application/merge-patch+json');
      return read(res, `PATCH ${path}`).version;
    },
  };
}

module.exports = { clientFromEnv, configMapStore, inspect, perform, workloadPath, isApiObject, ConflictError, RESTARTED_AT, DEFAULT_API_TIMEOUT_MS };
