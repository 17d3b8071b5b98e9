/**
 * Fault injection: the remediation service, started with node from the files of the ConfigMap a
 * `Remediation` synthesizes, against a stub Kubernetes API on 127.0.0.1 that fails on purpose
 * (500, 409, hangs, drips bytes, answers with a proxy's page, restarts). Every case ends with the
 * service's promise checked on what the API recorded: never more than `maxAttempts` actions per
 * target, never two inside one cooldown, no page without a reason, memory under the container's
 * limit (128Mi). The limits are shortened through the environment (API_TIMEOUT_MS, ...), the code
 * and config are the synthesized ones. Everything listens on 127.0.0.1 and is always stopped.
 */
import * as http from 'http';
import * as net from 'net';
import { Chart, Testing } from 'cdk8s';
import { Remediation } from '../constructs';
import { ApiRequest, containerEnv, crashingPod, KubeApiStub, RemediationProcess, sample, WEBHOOK_TOKEN } from './helpers/remediation';
import { LoopbackStub, until } from './helpers/servers';

jest.setTimeout(120_000);

const MAX_ATTEMPTS = 3;
const COOLDOWN_SECONDS = 60;
const CONTAINER_MEMORY_LIMIT = 128 * 1024 * 1024;
const STATE = '/api/v1/namespaces/monitoring/configmaps/fixer-state';
const pod = (name: string) => `/api/v1/namespaces/shop/pods/${name}`;
const SCALE = '/apis/apps/v1/namespaces/shop/deployments/batch/scale';
/** Short limits, so each fault plays out in seconds. */
const LIMITS = { API_TIMEOUT_MS: '800', REQUEST_TIMEOUT_MS: '1500', SHUTDOWN_GRACE_MS: '1500', QUEUE_WAIT_MS: '5000', RETRY_MAX_MS: '300' };

/** The synthesized service: its ConfigMap's files, the Deployment's environment, the empty state ConfigMap. */
function synthesize() {
  const chart = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
  new Remediation(chart, 'Fixer', {
    namespaces: ['shop'],
    maxAttempts: MAX_ATTEMPTS,
    cooldown: `${COOLDOWN_SECONDS}s`,
    alertmanagerUrl: 'http://alertmanager-operated.monitoring.svc:9093',
    alertmanagerPodLabels: { app: 'am' },
    prometheusPodLabels: { app: 'prom' },
    selectorLabels: { s: '1' },
    actions: { KubePodCrashLooping: { action: 'deletePod' }, HighCpuPressure: { action: 'scale', step: 1, maxReplicas: 10 } },
  });
  const manifests = Testing.synth(chart);
  const find = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);
  return {
    files: find('ConfigMap', 'fixer').data as Record<string, string>,
    env: containerEnv(find('Deployment', 'fixer'), 'monitoring'),
    state: find('ConfigMap', 'fixer-state'),
  };
}
const SERVICE = synthesize();

const crashLooping = (name: string) => ({
  status: 'firing',
  labels: { alertname: 'KubePodCrashLooping', namespace: 'shop', pod: name },
  annotations: {},
});
const pressure = () => ({
  status: 'firing',
  labels: { alertname: 'HighCpuPressure', namespace: 'shop', deployment: 'batch' },
  annotations: {},
});
const webhook = (...alerts: unknown[]) => ({ version: '4', status: 'firing', receiver: 'remediation', groupKey: 'g', alerts });

/** The remediating writes per target (a pod's target is its ReplicaSet, as the service counts them). */
function actionsByTarget(api: KubeApiStub): Map<string, ApiRequest[]> {
  const byTarget = new Map<string, ApiRequest[]>();
  for (const w of api.actions) {
    const target = w.method === 'DELETE' ? /pods\/([a-z0-9-]+)-[a-z0-9]{5}$/.exec(w.path)![1] : w.path;
    byTarget.set(target, [...(byTarget.get(target) ?? []), w]);
  }
  return byTarget;
}

/** The service's promise, checked on what the API recorded and what reached the Alertmanager. */
function expectInvariants(api: KubeApiStub, alertmanager: LoopbackStub, service?: RemediationProcess, pagesWithReason = true): void {
  for (const [target, writes] of actionsByTarget(api)) {
    expect({ target, actions: writes.length <= MAX_ATTEMPTS }).toEqual({ target, actions: true });
    writes
      .slice(1)
      .forEach((w, i) => expect({ target, apart: w.at! - writes[i].at! >= COOLDOWN_SECONDS * 1000 }).toEqual({ target, apart: true }));
  }
  if (pagesWithReason) {
    // an escalation only for a target the service acted on up to the limit (or could not act on by design)
    for (const page of alertmanager.deliveries) {
      expect(page.body[0].annotations.description).toMatch(/after [1-9][0-9]* .* action\(s\)|has no controller|declared maximum/);
    }
  }
  if (service && service.child.exitCode === null) {
    expect(service.peakRss()).toBeLessThan(CONTAINER_MEMORY_LIMIT);
  }
}

describe('remediation under faults', () => {
  const api = new KubeApiStub();
  const alertmanager = new LoopbackStub();
  let service: RemediationProcess | undefined;
  const start = async (extra: Record<string, string> = {}) => {
    service = await RemediationProcess.start(SERVICE.files, api.url, alertmanager.url(''), undefined, {
      ...SERVICE.env,
      ...LIMITS,
      ...extra,
    });
    return service;
  };
  const reset = (stored?: Record<string, unknown>) => {
    api.faults.length = 0;
    api.requests.length = 0;
    alertmanager.deliveries.length = 0;
    api.objects.clear();
    api.objects.set(
      STATE,
      JSON.parse(
        JSON.stringify({
          ...SERVICE.state,
          ...(stored ? { data: { 'state.json': JSON.stringify({ version: 1, targets: stored }) } } : {}),
        }),
      ),
    );
    for (const name of ['api-7c9f-aaaaa', 'api-7c9f-bbbbb', 'api-7c9f-ccccc', 'api-7c9f-ddddd']) {
      api.objects.set(pod(name), crashingPod('shop', name, 'api-7c9f'));
    }
    api.objects.set(SCALE, { kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name: 'batch' }, spec: { replicas: 2 } });
    api.objects.set('/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers', {
      kind: 'HorizontalPodAutoscalerList',
      metadata: {},
      items: [],
    });
  };
  const diagnostics = () => `\nservice log:\n${service?.log.slice(-4000)}`;
  const storedTargets = () => JSON.parse(api.objects.get(STATE).data['state.json']).targets;

  beforeAll(async () => {
    await Promise.all([api.start(), alertmanager.start()]);
  });
  afterEach(async () => {
    await service?.stop();
    service = undefined;
  });
  afterAll(async () => {
    await Promise.all([api.stop(), alertmanager.stop()]);
  });

  test('1. a transient error reading the attempts at start-up: not ready and nothing acted on until they are read, then the stored limit holds', async () => {
    const recent = new Date(Date.now() - 10 * 60_000).toISOString();
    reset({ 'deletePod:shop/ReplicaSet/api-7c9f': { attempts: 3, lastAttempt: recent, lastSeen: recent, escalated: true } });
    api.faults.push({ match: (r) => r.method === 'GET' && r.path === STATE, reply: 500, times: 4 });
    const s = await start();
    // before the state is read: not ready, and a webhook is answered 503 (Alertmanager retries it)
    expect((await s.readiness()).status).toBe(503);
    expect((await s.post(webhook(crashLooping('api-7c9f-aaaaa')))).status).toBe(503);
    expect(api.actions).toEqual([]);
    await until('the attempts to be read', 10_000, async () => s.entries.find((e) => /^restored 1 target/.test(e.msg))).catch((e) => {
      throw new Error(e.message + diagnostics());
    });
    expect(s.entries.filter((e) => /could not read the attempts/.test(e.msg))).toHaveLength(4);
    expect(await s.readiness()).toEqual({ status: 200, text: 'ready' });
    const res = await s.post(webhook(crashLooping('api-7c9f-bbbbb')));
    expect(((await res.json()) as any).results[0]).toMatchObject({ outcome: 'skipped', reason: 'exhausted', attempts: 3 });
    expect(api.actions).toEqual([]);
    expect(storedTargets()['deletePod:shop/ReplicaSet/api-7c9f'].attempts).toBe(3);
    expectInvariants(api, alertmanager, s);
  });

  test('2. a 409 storm on the save and a concurrent writer: compare-and-swap, merged, nothing lost; a restart keeps the count', async () => {
    reset();
    let s = await start();
    // another writer changes the ConfigMap between the service's read and its save; then three 409s in a row
    api.touch(STATE, (o) => {
      o.data = {
        'state.json': JSON.stringify({
          version: 1,
          targets: { 'restart:shop/Deployment/other': { attempts: 1, lastSeen: new Date().toISOString(), escalated: false } },
        }),
      };
    });
    api.faults.push({ match: (r) => r.method === 'PATCH' && r.path === STATE, reply: 409, times: 3 });
    const res = await s.post(webhook(crashLooping('api-7c9f-aaaaa')));
    expect(res.status).toBe(200);
    expect(api.actions.map((w) => [w.method, w.path])).toEqual([['DELETE', pod('api-7c9f-aaaaa')]]);
    // every save carried the resourceVersion it read (controller-runtime's MergeFromWithOptimisticLock does the same)
    const saves = api.requests.filter((r) => r.method === 'PATCH' && r.path === STATE);
    expect(saves.length).toBeGreaterThanOrEqual(5);
    expect(saves.every((r) => typeof r.body.metadata.resourceVersion === 'string')).toBe(true);
    expect(storedTargets()).toMatchObject({
      'deletePod:shop/ReplicaSet/api-7c9f': { attempts: 1 },
      'restart:shop/Deployment/other': { attempts: 1 },
    });

    await s.stop();
    s = await start();
    await until('the attempts to be read', 10_000, async () => s.entries.find((e) => /^restored 2 target/.test(e.msg)));
    const again = await s.post(webhook(crashLooping('api-7c9f-bbbbb')));
    expect(((await again.json()) as any).results[0]).toMatchObject({ outcome: 'skipped', reason: 'cooldown' });
    expect(api.actions).toHaveLength(1);
    expectInvariants(api, alertmanager, s);
  });

  test('3. killed between acting and saving: the attempt was written ahead, so after the restart the cooldown holds (deletePod and scale)', async () => {
    reset();
    let s = await start();
    // the API applies the DELETE, and the service dies the moment it arrives (before it could save anything after it)
    api.faults.push({ match: (r) => r.method === 'DELETE', hook: () => s.kill(), times: 1 });
    await s.post(webhook(crashLooping('api-7c9f-aaaaa'))).catch(() => undefined);
    await until('the service to die', 5_000, async () => (s.child.exitCode !== null || s.child.signalCode !== null ? true : undefined));
    expect(api.objects.has(pod('api-7c9f-aaaaa'))).toBe(false);
    s = await start();
    await until('the attempts to be read', 10_000, async () => s.entries.find((e) => /^restored /.test(e.msg)));
    const res = await s.post(webhook(crashLooping('api-7c9f-bbbbb')));
    expect(((await res.json()) as any).results[0]).toMatchObject({ outcome: 'skipped', reason: 'cooldown' });
    expect(api.actions.filter((w) => w.method === 'DELETE')).toHaveLength(1);

    api.faults.push({ match: (r) => r.method === 'PATCH' && r.path === SCALE, hook: () => s.kill(), times: 1 });
    await s.post(webhook(pressure())).catch(() => undefined);
    await until('the service to die', 5_000, async () => (s.child.exitCode !== null || s.child.signalCode !== null ? true : undefined));
    s = await start();
    await until('the attempts to be read', 10_000, async () => s.entries.find((e) => /^restored /.test(e.msg)));
    const scaled = await s.post(webhook(pressure()));
    expect(((await scaled.json()) as any).results[0]).toMatchObject({ outcome: 'skipped', reason: 'cooldown' });
    expect(api.objects.get(SCALE).spec.replicas).toBe(3);
    expect(api.actions.filter((w) => w.path === SCALE)).toHaveLength(1);
    expectInvariants(api, alertmanager, s);
  });

  test('4. a hung and a dripping API: every call ends at its deadline, a flood is bounded (503), memory stays under the limit, not ready until the API is back', async () => {
    reset();
    const s = await start();
    api.faults.push({ match: (r) => r.method === 'GET' && r.path === pod('api-7c9f-aaaaa'), reply: 'hang' });
    api.faults.push({ match: (r) => r.method === 'GET' && r.path === pod('api-7c9f-bbbbb'), reply: 'drip', everyMs: 100 });
    for (const name of ['api-7c9f-aaaaa', 'api-7c9f-bbbbb']) {
      const started = Date.now();
      const res = await s.post(webhook(crashLooping(name)));
      // the deadline covers the whole exchange: a byte every 100 ms does not keep the call alive
      expect({ name, status: res.status, fast: Date.now() - started < 3000 }).toEqual({ name, status: 503, fast: true });
    }
    expect(await s.readiness()).toEqual({ status: 503, text: expect.stringMatching(/^the Kubernetes API has not answered for \d+s$/) });

    // a flood of 250 KB webhooks while the API hangs: bounded queue and readers, 503 for the rest
    const padding = 'x'.repeat(250 * 1024);
    const flood = { ...webhook(crashLooping('api-7c9f-aaaaa')), commonAnnotations: { padding } };
    const statuses: number[] = [];
    for (let wave = 0; wave < 8; wave++) {
      statuses.push(
        ...(await Promise.all(
          Array.from({ length: 50 }, () =>
            s.post(flood).then(
              (r) => r.status,
              () => 0,
            ),
          ),
        )),
      );
    }
    expect(statuses.filter((x) => x === 503).length).toBeGreaterThan(300);
    expect(statuses.filter((x) => ![503, 0].includes(x))).toEqual([]);
    expect(sample(await s.metrics(), 'kubeship_remediation_overloaded_total')).toBeGreaterThan(0);
    expect(s.peakRss()).toBeLessThan(CONTAINER_MEMORY_LIMIT);
    expect(api.actions).toEqual([]);

    // the API comes back: the background probe sees it and the service is ready again
    api.faults.length = 0;
    await until('ready again', 15_000, async () => ((await s.readiness()).status === 200 ? true : undefined));
    const res = await s.post(webhook(crashLooping('api-7c9f-ccccc')));
    expect(res.status).toBe(200);
    expect(api.actions).toHaveLength(1);
    expectInvariants(api, alertmanager, s);
  });

  test('5. the API answers with the wrong object, or restarts mid-way: no action, no page, a failure counted, Alertmanager asked to retry', async () => {
    reset();
    const s = await start();
    api.faults.push({ match: (r) => r.method === 'GET' && r.path.includes('/pods/'), reply: 'html' });
    const proxied = await s.post(webhook(crashLooping('api-7c9f-aaaaa')));
    expect(proxied.status).toBe(503);
    expect(((await proxied.json()) as any).results[0].detail).toContain('the answer is not a Pod (text of');
    expect(alertmanager.deliveries).toEqual([]);
    expect(sample(await s.metrics(), 'kubeship_remediation_failures_total', { action: 'deletePod' })).toBe(1);
    api.faults.length = 0;
    await api.restart(500);
    const after = await s.post(webhook(crashLooping('api-7c9f-aaaaa')));
    expect(after.status).toBe(200);
    expect(api.actions).toHaveLength(1);
    expectInvariants(api, alertmanager, s);
  });

  test('6. slow clients are cut off at the request timeout; SIGTERM under load ends within the grace period', async () => {
    reset();
    const s = await start();
    const port = Number(new URL(s.url).port);
    // headers and half a body, then nothing more
    const slow = net.connect(port, '127.0.0.1');
    let answer = '';
    slow.on('data', (d) => {
      answer += d;
    });
    const closed = new Promise<number>((resolve) => slow.on('close', () => resolve(Date.now())));
    const began = Date.now();
    slow.write(
      `POST /alerts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${WEBHOOK_TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"version":`,
    );
    const at = await closed;
    expect(at - began).toBeLessThan(4000);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);

    // one webhook in hand against a hung API, a slow client mid-body, and SIGTERM
    api.faults.push({ match: (r) => r.method === 'GET' && r.path.includes('/pods/'), reply: 'hang' });
    const inHand = s.post(webhook(crashLooping('api-7c9f-aaaaa'))).then(
      (r) => r.status,
      () => 0,
    );
    await until(
      'the webhook to reach the API',
      5_000,
      async () => (api.requests.some((r) => r.path === pod('api-7c9f-aaaaa')) ? true : undefined),
      20,
    );
    const stalled = net.connect(port, '127.0.0.1');
    stalled.on('error', () => undefined);
    stalled.write(`POST /alerts HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${WEBHOOK_TOKEN}\r\nContent-Length: 1000\r\n\r\n{`);
    const exited = new Promise<number>((resolve) => s.child.once('exit', () => resolve(Date.now())));
    const term = Date.now();
    s.child.kill('SIGTERM');
    expect((await exited) - term).toBeLessThan(4000);
    expect(await inHand).not.toBe(200);
    stalled.destroy();
    expect(api.actions).toEqual([]);
    expectInvariants(api, alertmanager);
  });

  test('7. alert names that are JavaScript internals, deep nesting and oversized bodies: refused with 4xx, bounded answers and logs, nothing paged', async () => {
    reset();
    const s = await start();
    for (const alertname of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      const res = await s.post(
        webhook({ status: 'firing', labels: { alertname, namespace: 'shop', pod: 'api-7c9f-aaaaa' }, annotations: {} }),
      );
      expect({ alertname, status: res.status }).toEqual({ alertname, status: 422 });
    }
    // an own "__proto__" key, as JSON.parse creates it
    expect(
      (
        await s.post(
          '{"version":"4","alerts":[{"status":"firing","labels":{"__proto__":{"alertname":"KubePodCrashLooping"},"namespace":"shop","pod":"api-7c9f-aaaaa"}}]}',
        )
      ).status,
    ).toBe(422);
    expect(alertmanager.deliveries).toEqual([]);
    expect(sample(await s.metrics(), 'kubeship_remediation_failures_total')).toBe(0);

    // nested a hundred thousand levels deep: a clean refusal, not a 500
    const deep = `{"version":"4","alerts":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const nested = await s.post(deep);
    expect([400, 422]).toContain(nested.status);
    expect((await nested.text()).length).toBeLessThan(2048);
    const wide = await s.post(
      webhook(...Array.from({ length: 400 }, (_, i) => ({ status: 'firing', labels: { alertname: `Unknown${i}`, namespace: 'shop' } }))),
    );
    expect(wide.status).toBe(422);
    expect((await wide.text()).length).toBeLessThan(4096);

    // 200 MB, chunked: answered 413 and cut off, not read to the end
    const sent = await new Promise<{ status: number; bytes: number }>((resolve) => {
      let bytes = 0;
      let status = 0;
      const req = http.request(
        `${s.url}/alerts`,
        { method: 'POST', headers: { authorization: `Bearer ${WEBHOOK_TOKEN}`, 'content-type': 'application/json' } },
        (res) => {
          status = res.statusCode ?? 0;
          res.resume();
        },
      );
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const finish = () => resolve({ status, bytes });
      req.on('error', finish);
      req.on('close', finish);
      const pump = () => {
        while (bytes < 200 * 1024 * 1024) {
          bytes += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(sent.status).toBe(413);
    expect(sent.bytes).toBeLessThan(32 * 1024 * 1024);
    // every log line bounded
    expect(Math.max(...s.log.split('\n').map((l) => l.length))).toBeLessThan(4096);
    expect(api.actions).toEqual([]);
    expectInvariants(api, alertmanager, s);
  });

  test('8. the limit and the cooldown hold across all of it: three actions at most, an escalation with its reason after them', async () => {
    const past = new Date(Date.now() - 2 * COOLDOWN_SECONDS * 1000).toISOString();
    reset({ 'deletePod:shop/ReplicaSet/api-7c9f': { attempts: 2, lastAttempt: past, lastSeen: past, escalated: false } });
    const s = await start();
    // a burst of duplicate deliveries of the same target, some while a save conflicts
    api.faults.push({ match: (r) => r.method === 'PATCH' && r.path === STATE, reply: 409, times: 2 });
    const statuses = await Promise.all(
      ['aaaaa', 'bbbbb', 'ccccc', 'ddddd'].map((p) => s.post(webhook(crashLooping(`api-7c9f-${p}`))).then((r) => r.status)),
    );
    expect(statuses.every((x) => x === 200 || x === 503)).toBe(true);
    expect(api.actions).toHaveLength(1); // the third and last attempt
    await until('the attempts saved', 5_000, async () =>
      storedTargets()['deletePod:shop/ReplicaSet/api-7c9f'].attempts === 3 ? true : undefined,
    );
    // once the cooldown has passed for the stored attempt, the next alert escalates instead of acting
    api.touch(STATE, (o) => {
      const targets = JSON.parse(o.data['state.json']).targets;
      targets['deletePod:shop/ReplicaSet/api-7c9f'].lastAttempt = past;
      o.data = { 'state.json': JSON.stringify({ version: 1, targets }) };
    });
    await s.stop();
    const again = await start();
    await until('the attempts to be read', 10_000, async () => again.entries.find((e) => /^restored /.test(e.msg)));
    api.objects.set(pod('api-7c9f-eeeee'), crashingPod('shop', 'api-7c9f-eeeee', 'api-7c9f'));
    const res = await again.post(webhook(crashLooping('api-7c9f-eeeee')));
    expect(((await res.json()) as any).results[0]).toMatchObject({ reason: 'exhausted', attempts: 3 });
    await alertmanager.first('/api/v2/alerts', 5_000);
    expect(api.actions).toHaveLength(1);
    expectInvariants(api, alertmanager, again);
  });
});
