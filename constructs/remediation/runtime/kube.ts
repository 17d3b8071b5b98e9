/* eslint-disable @typescript-eslint/no-explicit-any -- API answers are JSON from the API server, read field by field behind isApiObject checks */
/**
 * A minimal Kubernetes API client (node:http/https, no dependencies) and the three actions, each
 * split into `inspect` (reads, decides nothing is left to do, finds the key attempts count under)
 * and `perform` (the one write). Requests are the ones kubectl sends for the same operations.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import { Plan, scaledReplicas, targetKey } from './decide';

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/** One answer of the API: its status and its body (parsed JSON, else the text). */
export interface ApiResponse {
  readonly status: number;
  readonly body: any;
}

/** Bounds of every request. */
export interface ClientLimits {
  readonly timeoutMs?: number;
  readonly maxResponseBytes?: number;
}

/** The Kubernetes API, as the service calls it. */
export interface KubeClient {
  request(method: string, path: string, body?: unknown, contentType?: string): Promise<ApiResponse>;
}

/** The one write an action makes. */
export interface Write {
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly contentType: string;
}

/** What `inspect` found: nothing left to do, an error, a reason to skip, or the write to make. */
export type Inspection =
  | { readonly status: 'gone'; readonly detail: string }
  | { readonly status: 'error'; readonly detail: string }
  | {
      readonly status: 'skip';
      readonly key: string;
      readonly subject: string;
      readonly reason: string;
      readonly detail: string;
      readonly escalate: boolean;
    }
  | {
      readonly status: 'ready';
      readonly key: string;
      readonly subject: string;
      readonly detail: string;
      readonly write: Write;
      readonly recentlyDoneAt?: string;
    };

/** The longest one API request may take, start to last byte (not an idle timeout). */
export const DEFAULT_API_TIMEOUT_MS = 10_000;
/** The largest API answer read; a larger one is an error (the service reads single objects and one HPA list). */
const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/**
 * The client from the pod's environment: the API server from `KUBERNETES_SERVICE_HOST`/`_PORT`,
 * the ServiceAccount token (re-read on every request: bound tokens rotate) and CA. `KUBERNETES_API_URL`
 * and `KUBERNETES_TOKEN_FILE` override them (used to point the service at a test server). Every
 * request has a deadline for the whole exchange: an API that answers a byte every few seconds is
 * cut off like one that never answers.
 */
export function clientFromEnv(env: NodeJS.ProcessEnv, limits: ClientLimits = {}): KubeClient {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_API_TIMEOUT_MS;
  const maxBytes = limits.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const host = env.KUBERNETES_SERVICE_HOST ?? '';
  const base = env.KUBERNETES_API_URL ?? `https://${host.includes(':') ? `[${host}]` : host}:${env.KUBERNETES_SERVICE_PORT ?? '443'}`;
  const tokenFile = env.KUBERNETES_TOKEN_FILE ?? `${SA_DIR}/token`;
  const caFile = `${SA_DIR}/ca.crt`;
  const url = new URL(base);
  const ca = url.protocol === 'https:' && fs.existsSync(caFile) ? fs.readFileSync(caFile) : undefined;
  return {
    request(method, path, body, contentType = 'application/json'): Promise<ApiResponse> {
      const token = fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, 'utf8').trim() : '';
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const transport = url.protocol === 'https:' ? https : http;
      return new Promise((resolve, reject) => {
        const fail = (error: Error) => {
          clearTimeout(deadline);
          reject(error);
        };
        const req = transport.request(
          new URL(path, base),
          {
            method,
            ca,
            headers: {
              Accept: 'application/json',
              'User-Agent': 'kubeship-remediation',
              ...(token ? { Authorization: `Bearer ${token}` } : {}),
              ...(payload ? { 'Content-Type': contentType, 'Content-Length': payload.length } : {}),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            let size = 0;
            res.on('data', (c: Buffer) => {
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
              let parsed: unknown;
              try {
                parsed = text ? JSON.parse(text) : undefined;
              } catch {
                parsed = text;
              }
              resolve({ status: res.statusCode ?? 0, body: parsed });
            });
          },
        );
        const deadline = setTimeout(
          () => req.destroy(new Error(`${method} ${path}: no complete answer within ${timeoutMs / 1000}s`)),
          timeoutMs,
        );
        req.on('error', fail);
        req.end(payload);
      });
    },
  };
}

/** The API path of a Deployment or Rollout. */
export function workloadPath(kind: string, namespace: string, name: string): string {
  const ns = encodeURIComponent(namespace);
  const n = encodeURIComponent(name);
  return kind === 'Rollout'
    ? `/apis/argoproj.io/v1alpha1/namespaces/${ns}/rollouts/${n}`
    : `/apis/apps/v1/namespaces/${ns}/deployments/${n}`;
}

/**
 * Whether an answer is the object asked for: a JSON object of that kind (the API server sets
 * `kind` on every object it returns) with metadata, not a proxy's page or another server's JSON.
 */
export function isApiObject(body: unknown, kind: string): body is Record<string, any> {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    (body as any).kind === kind &&
    typeof ((body as any).metadata ?? {}) === 'object'
  );
}

function kindOf(body: unknown): string {
  return typeof body === 'object' && body !== null && typeof (body as any).kind === 'string'
    ? `kind ${String((body as any).kind).slice(0, 60)}`
    : typeof body === 'string'
      ? `text of ${body.length} characters`
      : typeof body;
}

function apiError(res: ApiResponse): string {
  const raw =
    res.body && typeof res.body === 'object' && res.body.message ? String(res.body.message) : (JSON.stringify(res.body ?? '') ?? '');
  const reason = raw.length > 300 ? `${raw.slice(0, 297)}...` : raw;
  return `${res.status}${res.status === 403 ? " (the Role does not allow this: check the Remediation construct's namespaces and actions)" : ''}: ${reason}`;
}

/**
 * Reads what the action needs and returns the write to make, or why there is none.
 */
export async function inspect(client: KubeClient, plan: Plan, cooldownSeconds: number, nowMs: number): Promise<Inspection> {
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
    const owner = (Array.isArray(pod.metadata.ownerReferences) ? pod.metadata.ownerReferences : []).find((o: any) => o && o.controller);
    if (!owner) {
      return {
        status: 'skip',
        key: targetKey(action, namespace, 'Pod', name),
        subject: `Pod/${name}`,
        reason: 'unowned',
        escalate: true,
        detail: `pod ${namespace}/${name} has no controller: deleting it would lose it, so it is left to people`,
      };
    }
    const statuses = pod.status?.containerStatuses ?? [];
    if (pod.status?.phase === 'Running' && statuses.length > 0 && statuses.every((s: any) => s.ready)) {
      return { status: 'gone', detail: `pod ${namespace}/${name} is running and ready again` };
    }
    return {
      status: 'ready',
      key: targetKey(action, namespace, owner.kind, owner.name),
      subject: `${owner.kind}/${owner.name}`,
      detail: `delete pod ${namespace}/${name} (of ${owner.kind} ${owner.name})`,
      // the uid precondition makes a repeated request a no-op (409) instead of deleting a replacement of the same name
      write: {
        method: 'DELETE',
        path,
        body: { apiVersion: 'v1', kind: 'DeleteOptions', preconditions: { uid: pod.metadata.uid } },
        contentType: 'application/json',
      },
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
      return {
        status: 'error',
        detail: `GET ${path}: the answer is not a ${kind} (${kindOf(res.body)}): a proxy or the wrong server answered`,
      };
    }
    const last = kind === 'Rollout' ? res.body.spec?.restartAt : res.body.spec?.template?.metadata?.annotations?.[RESTARTED_AT];
    const lastMs = last ? Date.parse(last) : NaN;
    return {
      status: 'ready',
      key,
      subject,
      detail: `restart ${kind} ${namespace}/${name}`,
      recentlyDoneAt: !Number.isNaN(lastMs) && nowMs - lastMs < cooldownSeconds * 1000 ? last : undefined,
      // what `kubectl rollout restart` and `kubectl argo rollouts restart` send
      write:
        kind === 'Rollout'
          ? { method: 'PATCH', path, body: { spec: { restartAt: now } }, contentType: 'application/merge-patch+json' }
          : {
              method: 'PATCH',
              path,
              body: { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: now } } } } },
              contentType: 'application/strategic-merge-patch+json',
            },
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
    return {
      status: 'error',
      detail: `GET ${scalePath}: the answer is not a Scale (${kindOf(res.body)}): a proxy or the wrong server answered`,
    };
  }
  const hpas = await client.request('GET', `/apis/autoscaling/v2/namespaces/${encodeURIComponent(namespace)}/horizontalpodautoscalers`);
  if (hpas.status !== 200) {
    return { status: 'error', detail: `GET horizontalpodautoscalers: ${apiError(hpas)}` };
  }
  if (!isApiObject(hpas.body, 'HorizontalPodAutoscalerList') || !Array.isArray(hpas.body.items)) {
    return {
      status: 'error',
      detail: `GET horizontalpodautoscalers: the answer is not a HorizontalPodAutoscalerList (${kindOf(hpas.body)})`,
    };
  }
  const hpa = hpas.body.items.find((h: any) => h.spec?.scaleTargetRef?.kind === kind && h.spec?.scaleTargetRef?.name === name);
  if (hpa) {
    return {
      status: 'skip',
      key,
      subject,
      reason: 'autoscaled',
      escalate: false,
      detail: `${kind} ${namespace}/${name} is scaled by HorizontalPodAutoscaler ${hpa.metadata?.name}, which would undo a manual scale: raise its maxReplicas instead`,
    };
  }
  const current = Number(res.body.spec?.replicas ?? 0);
  const next = scaledReplicas(current, plan.mapping);
  if (next === undefined) {
    return {
      status: 'skip',
      key,
      subject,
      reason: 'at-bound',
      escalate: true,
      detail: `${kind} ${namespace}/${name} already has ${current} replicas, the declared maximum (${plan.mapping.maxReplicas})`,
    };
  }
  return {
    status: 'ready',
    key,
    subject,
    detail: `scale ${kind} ${namespace}/${name} from ${current} to ${next} replicas`,
    write: { method: 'PATCH', path: scalePath, body: { spec: { replicas: next } }, contentType: 'application/merge-patch+json' },
  };
}

/**
 * Makes the inspection's write. A 404 or a failed uid precondition (409) means the target went
 * away meanwhile: nothing left to do, not a failure.
 */
export async function perform(
  client: KubeClient,
  inspection: Extract<Inspection, { status: 'ready' }>,
): Promise<{ ok: boolean; gone: boolean; detail: string }> {
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

/** The stored attempts and the version they were read at. */
export interface StoredState {
  readonly text: string | undefined;
  readonly version: string;
}

/** Where the attempts are kept. `save` returns the new version. */
export interface StateStore {
  load(): Promise<StoredState>;
  save(text: string, version: string): Promise<string>;
  readonly describe: string;
}

/** A save that met a newer stored version (HTTP 409): read, merge, try again. */
export class ConflictError extends Error {
  public readonly conflict = true;
}

/**
 * Where the service keeps its attempts: the `state.json` key of a ConfigMap in its namespace (the
 * construct creates it without data; the service's Role may only get and patch that one). Saves
 * are compare-and-swap: the patch carries the `resourceVersion` it read, so the API server
 * refuses it (409) if the ConfigMap changed meanwhile, instead of overwriting what it does not know.
 */
export function configMapStore(client: KubeClient, namespace: string, name: string): StateStore {
  const path = `/api/v1/namespaces/${encodeURIComponent(namespace)}/configmaps/${encodeURIComponent(name)}`;
  const read = (res: ApiResponse, what: string): StoredState => {
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
    return { text: typeof text === 'string' ? text : undefined, version: res.body.metadata.resourceVersion as string };
  };
  return {
    describe: `ConfigMap ${namespace}/${name}`,
    async load() {
      return read(await client.request('GET', path), `GET ${path}`);
    },
    async save(text: string, version: string) {
      const res = await client.request(
        'PATCH',
        path,
        { metadata: { resourceVersion: version }, data: { 'state.json': text } },
        'application/merge-patch+json',
      );
      return read(res, `PATCH ${path}`).version;
    },
  };
}
