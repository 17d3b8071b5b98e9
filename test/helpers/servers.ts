import { ChildProcess, spawn } from 'child_process';
import * as http from 'http';
import * as net from 'net';
import { tool } from './tools';

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns a value, or fails after `timeoutMs` naming what it waited for. */
export async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) {
        return value;
      }
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/** A tool started as a server on 127.0.0.1; `stop()` always ends it (SIGTERM, then SIGKILL after 5 s). */
export class ToolServer {
  public log = '';
  private readonly child: ChildProcess;

  constructor(name: string, args: string[]) {
    this.child = spawn(tool(name), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d) => {
      this.log += d;
    });
    this.child.stderr!.on('data', (d) => {
      this.log += d;
    });
  }

  public async stop(): Promise<void> {
    await stopChild(this.child);
  }
}

/** Ends a child process: SIGTERM, then SIGKILL if it is still running after 5 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    exited,
    new Promise((r) => {
      timer = setTimeout(r, 5_000);
    }),
  ]);
  clearTimeout(timer);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGKILL');
  }
}

/** An HTTP server on a free port of 127.0.0.1 that hands `handle` each request with its whole body. */
export async function listenLoopback(
  handle: (req: http.IncomingMessage, raw: string, res: http.ServerResponse) => void,
): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => handle(req, raw, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as net.AddressInfo).port };
}

/** Closes a server started with `listenLoopback` (nothing when it never started). */
export async function closeServer(server: http.Server | undefined): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** One request the loopback stub received. */
export interface Delivery {
  readonly path: string;
  readonly body: any;
  /** `Date.now()` when it arrived. */
  readonly at: number;
}

/** An HTTP server on 127.0.0.1 standing in for Slack, Teams, PagerDuty and webhooks: records every POST, answers 200. */
export class LoopbackStub {
  public readonly deliveries: Delivery[] = [];
  private server?: http.Server;
  private port = 0;

  public async start(): Promise<this> {
    ({ server: this.server, port: this.port } = await listenLoopback((req, raw, res) => {
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // not JSON: keep the text
      }
      this.deliveries.push({ path: req.url ?? '', body, at: Date.now() });
      if (req.url?.startsWith('/slack')) {
        // a Slack incoming webhook answers a plain "ok"; Alertmanager 0.28.1 counts anything else,
        // JSON without "ok": true included, as a failed notification and sends it again at the next
        // group_interval (notify/slack/slack.go checkResponseError)
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
        return;
      }
      res.writeHead(req.url?.startsWith('/pagerduty') ? 202 : 200, { 'content-type': 'application/json' });
      res.end('{"status":"success","message":"Event processed"}');
    }));
    return this;
  }

  public url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  /** The first delivery to `path`, waiting up to `timeoutMs`. */
  public async first(path: string, timeoutMs: number): Promise<Delivery> {
    return until(`a delivery to ${path}`, timeoutMs, async () => this.deliveries.find((d) => d.path === path), 20);
  }

  public async stop(): Promise<void> {
    await closeServer(this.server);
  }
}

/** One message the SMTP stub received. */
export interface Mail {
  readonly from: string;
  readonly to: string[];
  readonly data: string;
  /** `Date.now()` when it was accepted. */
  readonly at: number;
}

/**
 * A minimal SMTP server on 127.0.0.1 standing in for a mail relay: it advertises neither STARTTLS
 * nor AUTH (so Alertmanager, told `require_tls: false`, sends in clear and skips authentication),
 * accepts every message and records it.
 */
export class SmtpStub {
  public readonly mails: Mail[] = [];
  public port = 0;
  private server?: net.Server;
  private readonly sockets = new Set<net.Socket>();

  public async start(): Promise<this> {
    this.server = net.createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
      let buffer = '';
      let inData = false;
      let mail = { from: '', to: [] as string[], data: '' };
      const reply = (line: string) => socket.write(`${line}\r\n`);
      reply('220 stub ESMTP');
      socket.on('data', (chunk) => {
        buffer += chunk.toString('utf8');
        let end: number;
        while ((end = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (inData) {
            if (line === '.') {
              inData = false;
              this.mails.push({ ...mail, at: Date.now() });
              mail = { from: '', to: [], data: '' };
              reply('250 OK queued');
            } else {
              mail.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
            }
            continue;
          }
          const verb = line.slice(0, 4).toUpperCase();
          if (verb === 'EHLO' || verb === 'HELO') {
            reply('250 stub');
          } else if (verb === 'MAIL') {
            mail.from = line.replace(/^MAIL FROM:\s*/i, '');
            reply('250 OK');
          } else if (verb === 'RCPT') {
            mail.to.push(line.replace(/^RCPT TO:\s*/i, ''));
            reply('250 OK');
          } else if (verb === 'DATA') {
            inData = true;
            reply('354 end with .');
          } else if (verb === 'QUIT') {
            reply('221 bye');
            socket.end();
          } else {
            reply('250 OK');
          }
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as net.AddressInfo).port;
    return this;
  }

  public async stop(): Promise<void> {
    for (const socket of this.sockets) {
      socket.destroy();
    }
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
