import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { freePort, stopChild, until } from './servers';
import { tempDir } from './tools';

/** One request the stub Kubernetes API received. */
export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType?: string;
  readonly authorization?: string;
  readonly body?: any;
  /** `Date.now()` when it arrived. */
  readonly at?: number;
}

/**
 * What the stub API does instead of answering normally, for the requests `match` selects:
 * a status (with an optional body), `hang` (never answers), `drip` (a byte every `everyMs`,
 * never finishing), `html` (200 with a proxy's page), or a `hook` run before the normal answer
 * (to kill the service at that moment). `times` bounds how often it applies (default: always).
 */
export interface ApiFault {
  readonly match: (req: { method: string; path: string; body?: any }) => boolean;
  readonly reply?: number | 'hang' | 'drip' | 'html';
  readonly body?: unknown;
  readonly everyMs?: number;
  readonly hook?: () => void;
  times?: number;
}

/**
 * A stand-in for the Kubernetes API on 127.0.0.1: serves the objects it holds (`objects` by path),
 * answers writes like the API server (DELETE removes, PATCH of a scale subresource updates
 * replicas, a ConfigMap PATCH carrying `metadata.resourceVersion` is a compare-and-swap answered
 * 409 when stale, and every write bumps the resourceVersion), 404 for anything else, and records
 * every request exactly. `faults` inject failures; `restart()` stops and starts it on the same port.
 */
export class KubeApiStub {
  public readonly requests: ApiRequest[] = [];
  public readonly objects = new Map<string, any>();
  public readonly faults: ApiFault[] = [];
  private server?: http.Server;
  private port = 0;
  private version = 1000;

  public async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => {
        raw += chunk;
      });
      req.on('end', () => this.handle(req, raw, res));
    });
    await new Promise<void>((resolve) => this.server!.listen(port || this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse): void {
    let body: any;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const url = req.url ?? '';
    const request = {
      method: req.method ?? '',
      path: url,
      contentType: req.headers['content-type'],
      authorization: req.headers.authorization,
      body,
      at: Date.now(),
    };
    this.requests.push(request);
    const reply = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const fault = this.faults.find((f) => (f.times === undefined || f.times > 0) && f.match(request));
    if (fault) {
      if (fault.times !== undefined) {
        fault.times--;
      }
      fault.hook?.();
      if (fault.reply === 'hang') {
        return;
      }
      if (fault.reply === 'drip') {
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => res.write(' '), fault.everyMs ?? 100);
        res.on('close', () => clearInterval(timer));
        return;
      }
      if (fault.reply === 'html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<html><body>Service temporarily unavailable (proxy)</body></html>');
        return;
      }
      if (typeof fault.reply === 'number') {
        return reply(
          fault.reply,
          fault.body ?? { kind: 'Status', status: 'Failure', code: fault.reply, message: `injected ${fault.reply}` },
        );
      }
    }
    const object = this.objects.get(url);
    if (!object) {
      return reply(404, { kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404, message: `${url} not found` });
    }
    object.metadata ??= {};
    object.metadata.resourceVersion ??= String(++this.version);
    if (req.method === 'GET') {
      return reply(200, object);
    }
    if (req.method === 'DELETE') {
      this.objects.delete(url);
      return reply(200, object);
    }
    if (
      req.method === 'PATCH' &&
      body?.metadata?.resourceVersion !== undefined &&
      body.metadata.resourceVersion !== object.metadata.resourceVersion
    ) {
      // what the API server answers a stale precondition (optimistic concurrency)
      return reply(409, {
        kind: 'Status',
        status: 'Failure',
        reason: 'Conflict',
        code: 409,
        message: `Operation cannot be fulfilled on configmaps "${object.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
      });
    }
    if (req.method === 'PATCH' && url.endsWith('/scale')) {
      object.spec.replicas = body.spec.replicas;
    }
    if (req.method === 'PATCH' && object.kind === 'ConfigMap') {
      object.data = { ...object.data, ...body.data };
    }
    object.metadata.resourceVersion = String(++this.version);
    return reply(200, object);
  }

  /** Changes a stored object as another writer would (a new resourceVersion). */
  public touch(path: string, change: (object: any) => void): void {
    const object = this.objects.get(path);
    change(object);
    object.metadata = { ...object.metadata, resourceVersion: String(++this.version) };
  }

  public get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The write requests (everything but GET). */
  public get writes(): ApiRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  /** The writes that remediate (not the service's own state ConfigMap). */
  public get actions(): ApiRequest[] {
    return this.writes.filter((r) => !r.path.includes('/configmaps/'));
  }

  /** Stops it, cutting hung and dripping answers off. */
  public async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  /** Stops and starts it on the same port (an API server restart). */
  public async restart(downMs = 0): Promise<void> {
    await this.stop();
    await new Promise((r) => setTimeout(r, downMs));
    await this.start(this.port);
  }
}

/** A pod owned by a ReplicaSet, crash looping. */
export function crashingPod(namespace: string, name: string, replicaSet: string): any {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace,
      uid: `uid-${name}`,
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: replicaSet, controller: true, uid: 'rs' }],
    },
    status: { phase: 'Running', containerStatuses: [{ name: 'app', ready: false, state: { waiting: { reason: 'CrashLoopBackOff' } } }] },
  };
}

/** The environment the synthesized Deployment gives the container (downward API fields resolved for `namespace`). */
export function containerEnv(deployment: any, namespace: string): Record<string, string> {
  const env = deployment.spec.template.spec.containers[0].env as Array<{ name: string; value?: string; valueFrom?: any }>;
  return Object.fromEntries(
    env.map((e) => [e.name, e.value ?? (e.valueFrom?.fieldRef?.fieldPath === 'metadata.namespace' ? namespace : '')]),
  );
}

/** The bearer token the tests' Alertmanager and service share. */
export const WEBHOOK_TOKEN = 'test-webhook-token-0123456789abcdef';

/**
 * The remediation service started from the files of the ConfigMap a `Remediation` synthesizes,
 * with `node` (the test's own), listening on 127.0.0.1 and talking to the given API, with the
 * Deployment's environment except the addresses and files: the config file's path, the ports, the
 * API, the webhook token file (holding `WEBHOOK_TOKEN`). Only the Alertmanager address in
 * config.json is rewritten (to the test's Alertmanager). Always `stop()`.
 */
export class RemediationProcess {
  public log = '';
  private constructor(
    public readonly child: ChildProcess,
    public readonly url: string,
    public readonly metricsUrl: string,
    private readonly cleanup: () => void,
  ) {
    child.stdout!.on('data', (d) => {
      this.log += d;
    });
    child.stderr!.on('data', (d) => {
      this.log += d;
    });
  }

  public static async start(
    configMapData: Record<string, string>,
    apiUrl: string,
    alertmanagerUrl?: string,
    port?: number,
    env: Record<string, string> = {},
  ): Promise<RemediationProcess> {
    const tmp = tempDir('remediation');
    for (const [file, content] of Object.entries(configMapData)) {
      let text = content;
      if (file === 'config.json' && alertmanagerUrl) {
        const config = JSON.parse(content);
        config.escalation.alertmanagerUrl = alertmanagerUrl;
        text = JSON.stringify(config);
      }
      fs.writeFileSync(path.join(tmp.dir, file), text);
    }
    fs.writeFileSync(path.join(tmp.dir, 'token'), 'test-service-account-token\n');
    fs.writeFileSync(path.join(tmp.dir, 'webhook-token'), `${WEBHOOK_TOKEN}\n`);
    port ??= await freePort();
    const metricsPort = await freePort();
    const child = spawn(process.execPath, [path.join(tmp.dir, 'server.js')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...env,
        PATH: process.env.PATH,
        REMEDIATION_CONFIG: path.join(tmp.dir, 'config.json'),
        PORT: String(port),
        METRICS_PORT: String(metricsPort),
        LISTEN_HOST: '127.0.0.1',
        KUBERNETES_API_URL: apiUrl,
        KUBERNETES_TOKEN_FILE: path.join(tmp.dir, 'token'),
        WEBHOOK_TOKEN_FILE: path.join(tmp.dir, 'webhook-token'),
        ...Object.fromEntries(Object.entries(env).filter(([k]) => /_(MS|LIMIT|BYTES)$/.test(k))),
      },
    });
    const service = new RemediationProcess(child, `http://127.0.0.1:${port}`, `http://127.0.0.1:${metricsPort}`, tmp.remove);
    try {
      await until(
        'the remediation service to listen',
        10_000,
        async () => ((await fetch(`${service.metricsUrl}/healthz`)).ok ? true : undefined),
        50,
      );
    } catch (e) {
      await service.stop();
      throw new Error(`${(e as Error).message}\nservice log:\n${service.log}`, { cause: e });
    }
    return service;
  }

  /** The JSON log lines. */
  public get entries(): any[] {
    return this.log
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
  }

  public async metrics(): Promise<string> {
    return (await fetch(`${this.metricsUrl}/metrics`)).text();
  }

  /** /readyz: its status and reason. */
  public async readiness(): Promise<{ status: number; text: string }> {
    const res = await fetch(`${this.metricsUrl}/readyz`);
    return { status: res.status, text: (await res.text()).trim() };
  }

  /** POSTs a webhook body with the bearer token (another one, or none with `null`). */
  public post(body: unknown, token: string | null = WEBHOOK_TOKEN): Promise<Response> {
    return fetch(`${this.url}/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  /** The resident memory of the process, from /proc (bytes). */
  public rss(): number {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
  }

  /** The highest resident memory the process reached (VmHWM, bytes). */
  public peakRss(): number {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024;
  }

  /** Kills it at once (SIGKILL), as a node failure or an OOM kill would. */
  public kill(): void {
    this.child.kill('SIGKILL');
  }

  public async stop(): Promise<void> {
    await stopChild(this.child);
    this.cleanup();
  }
}

/** A metric sample's value from a text exposition (0 when absent). */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text
    .split('\n')
    .find((l) => (l.startsWith(`${name}{`) || l.startsWith(`${name} `) ? wanted.every((w) => l.includes(w)) : false));
  return line ? Number(line.split(' ').pop()) : 0;
}
