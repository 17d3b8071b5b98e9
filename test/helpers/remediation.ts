import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { closeServer, freePort, listenLoopback, stopChild, until } from './servers';
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
 * A stand-in for the Kubernetes API on 127.0.0.1: serves the objects it holds (`objects` by path),
 * answers writes like the API server (DELETE removes, PATCH of a scale subresource updates
 * replicas), 404 for anything else, and records every request exactly.
 */
export class KubeApiStub {
  public readonly requests: ApiRequest[] = [];
  public readonly objects = new Map<string, any>();
  private server?: http.Server;
  private port = 0;

  public async start(): Promise<this> {
    ({ server: this.server, port: this.port } = await listenLoopback((req, raw, res) => {
      const body = raw ? JSON.parse(raw) : undefined;
      const url = req.url ?? '';
      this.requests.push({ method: req.method ?? '', path: url, contentType: req.headers['content-type'], authorization: req.headers.authorization, body, at: Date.now() });
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(payload));
      };
      const object = this.objects.get(url);
      if (!object) {
        return reply(404, { kind: 'Status', status: 'Failure', reason: 'NotFound', code: 404, message: `${url} not found` });
      }
      if (req.method === 'GET') {
        return reply(200, object);
      }
      if (req.method === 'DELETE') {
        this.objects.delete(url);
        return reply(200, object);
      }
      if (req.method === 'PATCH' && url.endsWith('/scale')) {
        object.spec.replicas = body.spec.replicas;
      }
      if (req.method === 'PATCH' && object.kind === 'ConfigMap') {
        object.data = { ...object.data, ...body.data };
      }
      return reply(200, object);
    }));
    return this;
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

  public async stop(): Promise<void> {
    await closeServer(this.server);
  }
}

/** A pod owned by a ReplicaSet, crash looping. */
export function crashingPod(namespace: string, name: string, replicaSet: string): any {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace, uid: `uid-${name}`, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: replicaSet, controller: true, uid: 'rs' }] },
    status: { phase: 'Running', containerStatuses: [{ name: 'app', ready: false, state: { waiting: { reason: 'CrashLoopBackOff' } } }] },
  };
}

/** The environment the synthesized Deployment gives the container (downward API fields resolved for `namespace`). */
export function containerEnv(deployment: any, namespace: string): Record<string, string> {
  const env = deployment.spec.template.spec.containers[0].env as Array<{ name: string; value?: string; valueFrom?: any }>;
  return Object.fromEntries(env.map((e) => [e.name, e.value ?? (e.valueFrom?.fieldRef?.fieldPath === 'metadata.namespace' ? namespace : '')]));
}

/**
 * The remediation service started from the files of the ConfigMap a `Remediation` synthesizes,
 * with `node` (the test's own), listening on 127.0.0.1 and talking to the given API, with the
 * Deployment's environment except the addresses: the config file's path, the port, the API. Only
 * the Alertmanager address in config.json is rewritten (to the test's Alertmanager). Always `stop()`.
 */
export class RemediationProcess {
  public log = '';
  private constructor(private readonly child: ChildProcess, public readonly url: string, private readonly cleanup: () => void) {
    child.stdout!.on('data', (d) => { this.log += d; });
    child.stderr!.on('data', (d) => { this.log += d; });
  }

  public static async start(configMapData: Record<string, string>, apiUrl: string, alertmanagerUrl?: string, port?: number,
    env: Record<string, string> = {}): Promise<RemediationProcess> {
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
    port ??= await freePort();
    const child = spawn(process.execPath, [path.join(tmp.dir, 'server.js')], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...env,
        PATH: process.env.PATH,
        REMEDIATION_CONFIG: path.join(tmp.dir, 'config.json'),
        PORT: String(port),
        LISTEN_HOST: '127.0.0.1',
        KUBERNETES_API_URL: apiUrl,
        KUBERNETES_TOKEN_FILE: path.join(tmp.dir, 'token'),
      },
    });
    const service = new RemediationProcess(child, `http://127.0.0.1:${port}`, tmp.remove);
    try {
      await until('the remediation service to be ready', 10_000, async () => ((await fetch(`${service.url}/healthz`)).ok ? true : undefined), 50);
    } catch (e) {
      await service.stop();
      throw new Error(`${(e as Error).message}\nservice log:\n${service.log}`);
    }
    return service;
  }

  /** The JSON log lines. */
  public get entries(): any[] {
    return this.log.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
  }

  public async metrics(): Promise<string> {
    return (await fetch(`${this.url}/metrics`)).text();
  }

  public async stop(): Promise<void> {
    await stopChild(this.child);
    this.cleanup();
  }
}

/** A metric sample's value from a text exposition (0 when absent). */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `)
    ? wanted.every((w) => l.includes(w)) : false);
  return line ? Number(line.split(' ').pop()) : 0;
}
