/**
 * The remediation service's decisions (pure), its request handling in process (injected clock, API
 * and Alertmanager), and the objects the Remediation construct renders.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { promisify } from 'util';
import { Chart, Testing } from 'cdk8s';
import * as yaml from 'yaml';
import { Channels, DEFAULT_REMEDIATION_ACTIONS, MonitoringStack, Remediation, RemediationProps, REMEDIATION_IMAGE } from '../constructs';
import { receiversFor, remediationAlertGroup, roleRules } from '../constructs/testing';
import { checkObjects } from '../constructs/policy';
import * as decide from '../constructs/remediation/runtime/decide';
import { createApp } from '../constructs/remediation/runtime/server';
import type { RemediationServiceConfig } from '../constructs/remediation/runtime/config';
import { formatProblem } from '../constructs/core/problems';
import { REMEDIATION_RUNTIME } from '../constructs/remediation/runtime.generated';
import { crashingPod } from './helpers/remediation';
import { tempDir } from './helpers/tools';

type Config = RemediationServiceConfig;

const CONFIG: Config = {
  environment: 'prod',
  dryRun: false,
  maxAttempts: 3,
  cooldownSeconds: 300,
  resetAfterSeconds: 3600,
  namespaces: ['shop'],
  actions: {
    KubePodCrashLooping: { action: 'deletePod' },
    KubeDeploymentRolloutStuck: { action: 'restart', kind: 'Deployment' },
    RolloutStuck: { action: 'restart', kind: 'Rollout', targetLabel: 'rollout' },
    HighCpuPressure: { action: 'scale', kind: 'Deployment', step: 2, minReplicas: 1, maxReplicas: 5 },
  },
  escalation: {
    alertmanagerUrl: 'http://alertmanager:9093',
    alertname: 'RemediationExhausted',
    severity: 'critical',
    labels: { environment: 'prod' },
    runbookUrl: 'https://runbooks.example.com/remediationexhausted.md',
  },
};

const webhook = (...alerts: Array<{ labels: Record<string, string>; status?: string }>) => ({
  version: '4',
  status: 'firing',
  receiver: 'remediation',
  groupLabels: {},
  commonLabels: {},
  commonAnnotations: {},
  externalURL: 'http://am',
  alerts: alerts.map((a) => ({ status: a.status ?? 'firing', labels: a.labels, annotations: {}, fingerprint: 'f' })),
});
const crashLoop = (pod: string) => ({ labels: { alertname: 'KubePodCrashLooping', namespace: 'shop', pod } });

describe('decisions (pure)', () => {
  test('the rendered defaults are a valid service config; every problem of a bad one is listed at once', () => {
    expect(decide.validateConfig(CONFIG)).toEqual([]);
    const problems = decide
      .validateConfig({
        dryRun: 'no',
        maxAttempts: 0,
        cooldownSeconds: -1,
        resetAfterSeconds: 0,
        namespaces: ['Shop'],
        actions: {
          'bad-name': { action: 'reboot' },
          Scale: { action: 'scale', step: 0, minReplicas: 3, maxReplicas: 2 },
          Del: { action: 'deletePod', kind: 'Rollout' },
        },
        escalation: { severity: '', alertmanagerUrl: 'ftp://x', labels: { environment: 7 } },
      })
      .map((p) => p.path);
    expect(problems).toEqual([
      'dryRun',
      'maxAttempts',
      'cooldownSeconds',
      'resetAfterSeconds',
      'namespaces[0]',
      'actions.bad-name',
      'actions.bad-name.action',
      'actions.Scale.step',
      'actions.Scale.maxReplicas',
      'actions.Del.kind',
      'escalation.alertname',
      'escalation.severity',
      'escalation.runbookUrl',
      'escalation.alertmanagerUrl',
      'escalation.labels',
    ]);
    expect(formatProblem(decide.validateConfig({ ...CONFIG, maxAttempts: 0 })[0])).toBe(
      'maxAttempts: got 0; allowed: a whole number from 1 to 10; fix: e.g. 3: after that many actions on a target the service stops and escalates',
    );
  });

  test('a webhook becomes one plan per alert, with the target from the mapped label', () => {
    const { plans, problems } = decide.readWebhook(
      webhook(crashLoop('api-1'), { labels: { alertname: 'RolloutStuck', namespace: 'shop', rollout: 'web' } }),
      CONFIG,
    );
    expect(problems).toEqual([]);
    expect(plans.map((p) => p.plan && [p.plan.action, p.plan.kind, p.plan.namespace, p.plan.name])).toEqual([
      ['deletePod', 'Pod', 'shop', 'api-1'],
      ['restart', 'Rollout', 'shop', 'web'],
    ]);
  });

  test.each([
    ['not an object', 'null', 'body'],
    ['an old payload version', JSON.stringify({ version: '3', alerts: [] }), 'version'],
    ['no alert list', JSON.stringify({ version: '4' }), 'alerts'],
    [
      'an unknown alert',
      JSON.stringify(webhook({ labels: { alertname: 'DiskFull', namespace: 'shop', pod: 'x' } })),
      'alerts[0].labels.alertname',
    ],
    [
      'a namespace it may not act in',
      JSON.stringify(webhook({ labels: { alertname: 'KubePodCrashLooping', namespace: 'kube-system', pod: 'x' } })),
      'alerts[0].labels.namespace',
    ],
    [
      'no target label',
      JSON.stringify(webhook({ labels: { alertname: 'KubeDeploymentRolloutStuck', namespace: 'shop' } })),
      'alerts[0].labels.deployment',
    ],
    [
      'a bad status',
      JSON.stringify(webhook({ labels: { alertname: 'KubePodCrashLooping', namespace: 'shop', pod: 'x' }, status: 'pending' })),
      'alerts[0].status',
    ],
  ])('a payload with %s is rejected naming the field', (_what, body, field) => {
    const { problems } = decide.readWebhook(JSON.parse(body), CONFIG);
    expect(problems.map((p) => p.path)).toContain(field);
  });

  test('attempts, cooldown, escalation once, and a reset after a quiet period', () => {
    const state = decide.createState();
    const key = decide.targetKey('deletePod', 'shop', 'ReplicaSet', 'api-7c9f');
    const at = (seconds: number) => decide.admit(state, key, CONFIG, seconds * 1000);
    const act = (seconds: number) => {
      const verdict = at(seconds);
      if (verdict.verdict === 'act') {
        decide.recordAttempt(state, key, seconds * 1000);
      }
      return verdict;
    };
    expect(act(0)).toEqual({ verdict: 'act', attempt: 1, escalate: false });
    expect(act(10)).toEqual({ verdict: 'cooldown', attempt: 1, escalate: false, retryInSeconds: 290 });
    expect(act(300)).toEqual({ verdict: 'act', attempt: 2, escalate: false });
    expect(act(600)).toEqual({ verdict: 'act', attempt: 3, escalate: false });
    // the third action gets its cooldown to work before the service gives up
    expect(act(700).verdict).toBe('cooldown');
    expect(act(900)).toEqual({ verdict: 'exhausted', attempt: 3, escalate: true });
    expect(act(1200)).toEqual({ verdict: 'exhausted', attempt: 3, escalate: false });
    // still alerting within resetAfter keeps it stopped, however long that goes on
    expect(act(4700).verdict).toBe('exhausted');
    expect(act(8200).verdict).toBe('exhausted');
    // quiet for resetAfter (3600 s): attempts come back
    expect(act(8200 + 3600)).toEqual({ verdict: 'act', attempt: 1, escalate: false });
  });

  test('the state survives a round trip through its stored form; stale and damaged entries are dropped', () => {
    const state = decide.createState();
    decide.admit(state, 'a', CONFIG, 0);
    decide.recordAttempt(state, 'a', 0);
    decide.admit(state, 'old', CONFIG, 0);
    state.targets.get('old')!.lastSeenMs = -4000 * 1000;
    const text = decide.serializeState(state, 60_000, CONFIG.resetAfterSeconds);
    expect(JSON.parse(text)).toEqual({
      version: 1,
      targets: { a: { attempts: 1, lastAttempt: '1970-01-01T00:00:00.000Z', lastSeen: '1970-01-01T00:00:00.000Z', escalated: false } },
    });
    const { state: restored, ignored } = decide.restoreState(text);
    expect([...restored.targets]).toEqual([['a', { attempts: 1, lastAttemptMs: 0, lastSeenMs: 0, escalated: false }]]);
    expect(ignored).toEqual([]);
    expect(decide.admit(restored, 'a', CONFIG, 10_000).verdict).toBe('cooldown');
    expect(
      decide.restoreState(
        '{"version":1,"targets":{"x":{"attempts":-1},"y":{"attempts":1,"lastSeen":"2026-01-01T00:00:00Z","escalated":true}}}',
      ).ignored,
    ).toEqual(['x']);
    expect(decide.restoreState('nonsense').ignored).toEqual(['(not JSON)']);
    expect(decide.restoreState(undefined).state.targets.size).toBe(0);
  });

  test('dry-run decides the same but says so', () => {
    const state = decide.createState();
    expect(decide.admit(state, 'k', { ...CONFIG, dryRun: true }, 0)).toEqual({ verdict: 'dry-run', attempt: 1, escalate: false });
  });

  test('scaling stays within the declared bounds', () => {
    const mapping = CONFIG.actions.HighCpuPressure;
    expect(decide.scaledReplicas(1, mapping)).toBe(3);
    expect(decide.scaledReplicas(4, mapping)).toBe(5);
    expect(decide.scaledReplicas(5, mapping)).toBeUndefined();
    expect(decide.scaledReplicas(9, mapping)).toBeUndefined(); // never scales down
  });
});

/** An API answering from a map of path -> object, recording requests; `status` forces an answer. */
function fakeApi(objects: Record<string, any>, status?: Record<string, number>) {
  const requests: Array<{ method: string; path: string; body?: unknown; contentType?: string }> = [];
  return {
    requests,
    client: {
      async request(method: string, path: string, body?: unknown, contentType?: string) {
        requests.push({ method, path, body, contentType });
        const forced = status?.[`${method} ${path}`];
        if (forced) {
          return { status: forced, body: { message: 'forbidden by the test' } };
        }
        return objects[path] ? { status: 200, body: objects[path] } : { status: 404, body: { message: 'not found' } };
      },
    },
  };
}

function app(config: Config, objects: Record<string, any>, status?: Record<string, number>) {
  let now = Date.parse('2026-11-23T10:00:00Z');
  const api = fakeApi(objects, status);
  const logs: any[] = [];
  const posts: Array<{ url: string; body: any }> = [];
  const instance = createApp({
    config,
    client: api.client,
    now: () => now,
    log: (e) => logs.push(e),
    post: async (url, body) => {
      posts.push({ url, body });
      return 200;
    },
  });
  return {
    ...instance,
    api,
    logs,
    posts,
    advance: (seconds: number) => {
      now += seconds * 1000;
    },
  };
}

const POD = '/api/v1/namespaces/shop/pods/api-7c9f-aaaaa';

describe('the service in process', () => {
  test('dry-run logs what it would do, counts it, and writes nothing', async () => {
    const a = app({ ...CONFIG, dryRun: true }, { [POD]: crashingPod('shop', 'api-7c9f-aaaaa', 'api-7c9f') });
    const res = await a.webhook(webhook(crashLoop('api-7c9f-aaaaa')));
    expect(res.status).toBe(200);
    expect(a.api.requests.map((r) => r.method)).toEqual(['GET']);
    expect(a.logs).toContainEqual(
      expect.objectContaining({ msg: 'skipped: dry-run', detail: 'would delete pod shop/api-7c9f-aaaaa (of ReplicaSet api-7c9f)' }),
    );
    expect(a.counters.render()).toContain(
      'kubeship_remediation_skipped_total{action="deletePod",alert="KubePodCrashLooping",reason="dry-run"} 1',
    );
    // it goes through the same attempts and cooldown, and says when it would give up, but sends no escalation
    for (let i = 0; i < 3; i++) {
      a.advance(300);
      await a.webhook(webhook(crashLoop('api-7c9f-aaaaa')));
    }
    expect(a.logs.filter((e) => e.msg === 'skipped: dry-run')).toHaveLength(3);
    expect(a.logs).toContainEqual(expect.objectContaining({ msg: 'would escalate (dry-run)', remediation_target: 'ReplicaSet/api-7c9f' }));
    expect(a.posts).toEqual([]);
    expect(a.counters.render()).not.toContain('kubeship_remediation_escalations_total{');
    expect(a.api.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  test('a malformed payload or an unknown alert: 422, one clear log line, nothing read or written', async () => {
    const a = app(CONFIG, { [POD]: crashingPod('shop', 'api-7c9f-aaaaa', 'api-7c9f') });
    const res = await a.webhook(webhook(crashLoop('api-7c9f-aaaaa'), { labels: { alertname: 'DiskFull', namespace: 'shop' } }));
    expect(res.status).toBe(422);
    expect(a.api.requests).toEqual([]);
    expect(a.logs).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: expect.stringMatching(/^rejected webhook, nothing acted on: alerts\[1\]\.labels\.alertname: got "DiskFull"/),
      }),
    ]);
  });

  test('resolved notifications act on nothing', async () => {
    const a = app(CONFIG, {});
    const res = await a.webhook(webhook({ ...crashLoop('api-7c9f-aaaaa'), status: 'resolved' }));
    expect(res).toEqual({ status: 200, body: { results: [] } });
    expect(a.api.requests).toEqual([]);
  });

  test('a pod already gone or healthy again needs nothing and costs no attempt', async () => {
    const healthy = {
      ...crashingPod('shop', 'api-7c9f-bbbbb', 'api-7c9f'),
      status: { phase: 'Running', containerStatuses: [{ ready: true }] },
    };
    const a = app(CONFIG, { '/api/v1/namespaces/shop/pods/api-7c9f-bbbbb': healthy });
    const res = await a.webhook(webhook(crashLoop('api-7c9f-aaaaa'), crashLoop('api-7c9f-bbbbb')));
    expect((res.body as any).results.map((r: any) => r.reason)).toEqual(['gone', 'gone']);
    expect(a.state.targets.size).toBe(0);
  });

  test('a pod without a controller is never deleted: escalated once', async () => {
    const bare = { ...crashingPod('shop', 'debug', 'x'), metadata: { name: 'debug', namespace: 'shop', uid: 'u' } };
    const a = app(CONFIG, { '/api/v1/namespaces/shop/pods/debug': bare });
    await a.webhook(webhook(crashLoop('debug')));
    await a.webhook(webhook(crashLoop('debug')));
    expect(a.api.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(a.posts).toHaveLength(1);
    expect(a.posts[0].body[0].labels).toMatchObject({
      alertname: 'RemediationExhausted',
      remediation_target: 'Pod/debug',
      severity: 'critical',
      environment: 'prod',
    });
  });

  test('a Rollout restarts through spec.restartAt (a merge patch), as `kubectl argo rollouts restart` does', async () => {
    const path = '/apis/argoproj.io/v1alpha1/namespaces/shop/rollouts/web';
    const a = app(CONFIG, { [path]: { kind: 'Rollout', spec: {} } });
    await a.webhook(webhook({ labels: { alertname: 'RolloutStuck', namespace: 'shop', rollout: 'web' } }));
    expect(a.api.requests[1]).toEqual({
      method: 'PATCH',
      path,
      contentType: 'application/merge-patch+json',
      body: { spec: { restartAt: '2026-11-23T10:00:00Z' } },
    });
  });

  test('a workload restarted within the cooldown (by anyone) is not restarted again, and the attempt counts', async () => {
    const path = '/apis/apps/v1/namespaces/shop/deployments/worker';
    const recent = {
      kind: 'Deployment',
      metadata: { name: 'worker' },
      spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-11-23T09:58:00Z' } } } },
    };
    const a = app(CONFIG, { [path]: recent });
    const res = await a.webhook(webhook({ labels: { alertname: 'KubeDeploymentRolloutStuck', namespace: 'shop', deployment: 'worker' } }));
    expect((res.body as any).results[0]).toMatchObject({ outcome: 'skipped', reason: 'recently-restarted', attempt: 1 });
    expect(a.api.requests.map((r) => r.method)).toEqual(['GET']);
  });

  test('scaling never fights an HPA, and at the bound escalates instead', async () => {
    const scale = '/apis/apps/v1/namespaces/shop/deployments/api/scale';
    const hpas = '/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers';
    const alert = { labels: { alertname: 'HighCpuPressure', namespace: 'shop', deployment: 'api' } };
    // the shapes the API server answers with (kind set on every object and list)
    const scaleOf = (replicas: number) => ({ kind: 'Scale', apiVersion: 'autoscaling/v1', metadata: { name: 'api' }, spec: { replicas } });
    const list = (items: unknown[]) => ({ kind: 'HorizontalPodAutoscalerList', apiVersion: 'autoscaling/v2', metadata: {}, items });
    const managed = app(CONFIG, {
      [scale]: scaleOf(2),
      [hpas]: list([{ metadata: { name: 'api' }, spec: { scaleTargetRef: { kind: 'Deployment', name: 'api' } } }]),
    });
    expect(((await managed.webhook(webhook(alert))).body as any).results[0]).toMatchObject({ reason: 'autoscaled' });
    expect(managed.posts).toEqual([]);
    const full = app(CONFIG, { [scale]: scaleOf(5), [hpas]: list([]) });
    expect(((await full.webhook(webhook(alert))).body as any).results[0]).toMatchObject({ reason: 'at-bound' });
    expect(full.posts[0].body[0].annotations.summary).toBe('Automatic remediation gave up on shop/Deployment/api.');
    expect(full.api.requests.every((r) => r.method === 'GET')).toBe(true);
  });

  test('an API refusal is a failure with the reason, counted as an attempt so it cannot loop', async () => {
    const a = app(CONFIG, { [POD]: crashingPod('shop', 'api-7c9f-aaaaa', 'api-7c9f') }, { [`DELETE ${POD}`]: 403 });
    for (let i = 0; i < 5; i++) {
      await a.webhook(webhook(crashLoop('api-7c9f-aaaaa')));
      a.advance(300);
    }
    expect(a.api.requests.filter((r) => r.method === 'DELETE')).toHaveLength(3);
    expect(a.logs).toContainEqual(
      expect.objectContaining({ level: 'error', detail: expect.stringContaining('403 (the Role does not allow this') }),
    );
    expect(a.counters.render()).toContain('kubeship_remediation_failures_total{action="deletePod",alert="KubePodCrashLooping"} 3');
    expect(a.posts).toHaveLength(2); // given up at the 4th notification, re-posted at the 5th to keep the escalation firing
  });
});

describe('the service process and its HTTP surface', () => {
  test('a bad config.json stops it at start with every problem listed, no trace', async () => {
    const tmp = tempDir('remediation-bad-config');
    try {
      fs.writeFileSync(path.join(tmp.dir, 'config.json'), JSON.stringify({ ...CONFIG, maxAttempts: 0, namespaces: [] }));
      // the service as shipped: the bundle the ConfigMap carries
      const server = path.join(tmp.dir, 'server.js');
      fs.writeFileSync(server, REMEDIATION_RUNTIME.files['server.js']);
      const failed = await promisify(execFile)(process.execPath, [server], {
        env: { REMEDIATION_CONFIG: path.join(tmp.dir, 'config.json'), PORT: '0', LISTEN_HOST: '127.0.0.1' },
      }).then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      );
      expect(failed?.code).toBe(2);
      expect(failed?.stderr).toContain('has 3 problem(s):\n  - maxAttempts: got 0; allowed: a whole number from 1 to 10; fix: ');
      expect(failed?.stderr).toContain('  - namespaces: got []; allowed: a list of namespaces; fix: ');
      // no token file: it would take webhooks from anyone, so it does not start
      expect(failed?.stderr).toContain(
        '  - WEBHOOK_TOKEN_FILE: got nothing; allowed: the file of the bearer token Alertmanager sends; fix: ',
      );
      expect(failed?.stderr).not.toMatch(/^\s+at /m);
    } finally {
      tmp.remove();
    }
  });

  test('routes: POST /alerts only on the webhook port, /healthz, /readyz and /metrics on their own, bodies over 1 MiB refused', async () => {
    const a = app(CONFIG, {});
    const server = http.createServer(a.listener);
    const metricsServer = http.createServer(a.metricsListener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => metricsServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const metricsBase = `http://127.0.0.1:${(metricsServer.address() as AddressInfo).port}`;
    try {
      expect(await (await fetch(`${metricsBase}/healthz`)).text()).toBe('ok\n');
      expect(await (await fetch(`${metricsBase}/readyz`)).text()).toBe('ready\n');
      expect((await fetch(`${base}/healthz`)).status).toBe(404);
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      const metrics = await fetch(`${metricsBase}/metrics`);
      expect(metrics.headers.get('content-type')).toBe('text/plain; version=0.0.4');
      expect(await metrics.text()).toContain('# TYPE kubeship_remediation_attempts_total counter');
      expect((await fetch(`${base}/alerts`)).status).toBe(405);
      expect((await fetch(`${base}/api/alerts`, { method: 'POST', body: '{}' })).status).toBe(404);
      expect((await fetch(`${base}/alerts`, { method: 'POST', body: 'x'.repeat(2 * 1024 * 1024) })).status).toBe(413);
      const ok = await fetch(`${base}/alerts`, { method: 'POST', body: JSON.stringify(webhook({ ...crashLoop('gone-pod') })) });
      expect(ok.status).toBe(200);
      expect(a.counters.render()).toContain('kubeship_remediation_rejected_payloads_total 1');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve) => metricsServer.close(resolve));
    }
  });
});

function stack(remediation: RemediationProps['actions'] | undefined, extra: Partial<RemediationProps> = {}) {
  const chart = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
  new MonitoringStack(chart, 'Monitoring', {
    name: 'main',
    environment: 'prod',
    grafana: false,
    notifications: { roles: [{ name: 'ops', channels: [Channels.pagerDuty({ routingKey: { name: 'receivers', key: 'pd' } })] }] },
    remediation: { namespaces: ['shop', 'payments'], actions: remediation, ...extra },
  });
  return Testing.synth(chart);
}

describe('Remediation construct', () => {
  const manifests = stack(undefined);
  const of = (kind: string) => manifests.filter((m) => m.kind === kind && m.metadata.name === 'main-remediation');

  test('ships the runtime and its config in a ConfigMap, run by a restricted single pod on the pinned stock Node image', () => {
    const [configMap] = of('ConfigMap');
    expect(Object.keys(configMap.data).sort()).toEqual(['config.json', 'server.js']);
    expect(configMap.data['server.js']).toBe(REMEDIATION_RUNTIME.files['server.js']);
    expect(JSON.parse(configMap.data['config.json'])).toEqual({
      environment: 'prod',
      dryRun: false,
      maxAttempts: 3,
      cooldownSeconds: 300,
      resetAfterSeconds: 3600,
      namespaces: ['shop', 'payments'],
      actions: { ...DEFAULT_REMEDIATION_ACTIONS },
      escalation: {
        alertmanagerUrl: 'http://alertmanager-operated.monitoring.svc:9093',
        alertname: 'RemediationExhausted',
        severity: 'critical',
        runbookUrl: 'https://github.com/kubeship/kubeship/blob/main/docs/runbooks/remediationexhausted.md',
        labels: { environment: 'prod' },
      },
    });
    const [deployment] = of('Deployment');
    expect(deployment.spec.replicas).toBe(1);
    expect(deployment.spec.strategy).toEqual({ type: 'Recreate' });
    const pod = deployment.spec.template.spec;
    expect(pod.serviceAccountName).toBe('main-remediation');
    expect(pod.containers[0]).toMatchObject({ image: REMEDIATION_IMAGE, command: ['node', '/app/server.js'] });
    expect(pod.containers[0].securityContext).toMatchObject({
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
    // only the token's key of its Secret reaches the pod; probes and metrics on a port of their own
    expect(pod.volumes).toEqual([
      { name: 'code', configMap: { name: 'main-remediation' } },
      { name: 'webhook-token', secret: { secretName: 'main-remediation-webhook', items: [{ key: 'token', path: 'token' }] } },
    ]);
    expect(pod.containers[0].readinessProbe.httpGet).toEqual({ path: '/readyz', port: 'metrics' });
    expect(pod.containers[0].livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'metrics' });
    expect(pod.terminationGracePeriodSeconds).toBe(30);
    // a changed config rolls the pod
    const other = stack(undefined, { maxAttempts: 2 }).find((m) => m.kind === 'Deployment' && m.metadata.name === 'main-remediation');
    expect(other.spec.template.metadata.annotations['kubeship.dev/code-and-config']).not.toBe(
      deployment.spec.template.metadata.annotations['kubeship.dev/code-and-config'],
    );
  });

  test('a Role per namespace with only the verbs the mapped actions need', () => {
    const roles = manifests.filter((m) => m.kind === 'Role' && m.metadata.name === 'main-remediation');
    expect(roles.map((r) => r.metadata.namespace)).toEqual(['shop', 'payments']);
    // in its own namespace: only its state ConfigMap, which it writes and nothing renders data into
    expect(
      manifests
        .filter((m) => m.kind === 'Role' && m.metadata.name === 'main-remediation-state')
        .map((r) => [r.metadata.namespace, r.rules]),
    ).toEqual([
      ['monitoring', [{ apiGroups: [''], resources: ['configmaps'], resourceNames: ['main-remediation-state'], verbs: ['get', 'patch'] }]],
    ]);
    expect(manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'main-remediation-state').data).toBeUndefined();
    expect(roles[0].rules).toEqual([
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'delete'] },
      { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get', 'patch'] },
    ]);
    const subject = [{ kind: 'ServiceAccount', name: 'main-remediation', namespace: 'monitoring' }];
    expect(manifests.filter((m) => m.kind === 'RoleBinding').map((b) => [b.metadata.namespace, b.roleRef.name, b.subjects])).toEqual([
      ['monitoring', 'main-remediation-state', subject],
      ['shop', 'main-remediation', subject],
      ['payments', 'main-remediation', subject],
    ]);
    expect(roleRules({ A: { action: 'scale', kind: 'Rollout', maxReplicas: 3 } })).toEqual([
      { apiGroups: ['argoproj.io'], resources: ['rollouts/scale'], verbs: ['get', 'patch'] },
      { apiGroups: ['autoscaling'], resources: ['horizontalpodautoscalers'], verbs: ['list'] },
    ]);
    expect(manifests.some((m) => m.kind === 'ClusterRole' && m.metadata.name.includes('remediation'))).toBe(false);
  });

  test('NetworkPolicy: webhooks only from the Alertmanager pods, scrapes only from Prometheus; egress to DNS, the API server and the Alertmanager', () => {
    const [policy] = of('NetworkPolicy');
    expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    // the webhook port admits the Alertmanager only, the metrics port Prometheus only
    expect(policy.spec.ingress).toEqual([
      {
        from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'alertmanager', alertmanager: 'main' } } }],
        ports: [{ protocol: 'TCP', port: 8080 }],
      },
      {
        from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus', prometheus: 'main' } } }],
        ports: [{ protocol: 'TCP', port: 9091 }],
      },
    ]);
    expect(policy.spec.egress.map((e: any) => e.ports.map((p: any) => p.port))).toEqual([[53, 53], [443, 6443], [9093]]);
  });

  test('the Alertmanager routes the mapped alerts to the service first, and still notifies the roles', () => {
    const secret = manifests.find((m) => m.kind === 'Secret' && m.metadata.name === 'alertmanager-main');
    const config = yaml.parse(secret.stringData['alertmanager.yaml']);
    // the bearer token from the Secret the Alertmanager mounts; a deadline (Alertmanager 0.28: webhook timeout)
    expect(config.receivers).toContainEqual({
      name: 'remediation',
      webhook_configs: [
        {
          url: 'http://main-remediation.monitoring.svc:8080/alerts',
          send_resolved: false,
          max_alerts: 0,
          timeout: '45s',
          http_config: { authorization: { type: 'Bearer', credentials_file: '/etc/alertmanager/secrets/main-remediation-webhook/token' } },
        },
      ],
    });
    expect(manifests.find((m) => m.kind === 'Alertmanager').spec.secrets).toContain('main-remediation-webhook');
    expect(config.route.routes[1]).toEqual({
      receiver: 'remediation',
      matchers: ['alertname=~"KubeDeploymentRolloutStuck|KubePodCrashLooping|KubePodPending"', 'namespace=~"shop|payments"'],
      continue: true,
      group_by: ['...'],
      group_wait: '10s',
      group_interval: '1m',
      repeat_interval: '5m',
    });
    expect(receiversFor(config, { alertname: 'KubePodCrashLooping', namespace: 'shop', severity: 'critical' })).toEqual([
      'remediation',
      'ops',
    ]);
    expect(receiversFor(config, { alertname: 'KubePodCrashLooping', namespace: 'kube-system', severity: 'critical' })).toEqual(['ops']);
  });

  test("its alerts and ServiceMonitor are picked up by the stack's Prometheus, and all of it passes the production policies", () => {
    const [rule] = of('PrometheusRule');
    expect(rule.metadata.labels['monitoring.kubeship.dev/stack']).toBe('main');
    expect(rule.spec.groups[0].rules.map((r: any) => r.alert)).toEqual([
      'KubePodCrashLooping',
      'KubePodPending',
      'RemediationFailing',
      'RemediationDown',
    ]);
    expect(of('ServiceMonitor')[0].metadata.labels['monitoring.kubeship.dev/stack']).toBe('main');
    // every production rule but production-backup: backups are a whole environment's (the stack alone has no Schedule)
    const report = checkObjects(manifests, {
      environment: 'prod',
      enforcement: 'mandatory',
      overrides: { 'production-backup': 'disabled' },
    });
    expect(report.findings.filter((f) => f.level === 'mandatory' && !f.exemption)).toEqual([]);
  });

  test('bad options: every problem in one error naming the field', () => {
    expect(() =>
      stack(
        { KubePodCrashLooping: { action: 'deletePod' }, Hot: { action: 'scale', step: 0 } as any },
        { cooldown: '5 minutes', maxAttempts: 0, image: 'node:latest' },
      ),
    ).toThrow(
      /remediation\.cooldown[\s\S]*remediation\.image[\s\S]*remediation\.maxAttempts[\s\S]*remediation\.actions\.Hot\.step[\s\S]*remediation\.actions\.Hot\.maxReplicas/,
    );
    const chart = new Chart(Testing.app(), 'c');
    new MonitoringStack(chart, 'm', { environment: 'dev', grafana: false, remediation: { namespaces: ['shop'] } });
    expect(() => Testing.synth(chart)).toThrow(
      /remediation: got "set without notifications"; allowed: remediation together with notifications/,
    );
  });

  test('standalone, it exposes the route for an Alertmanager configured elsewhere', () => {
    const chart = new Chart(Testing.app(), 'c', { namespace: 'ops' });
    const r = new Remediation(chart, 'Fixer', {
      namespaces: ['shop'],
      alertmanagerUrl: 'http://am.ops.svc:9093',
      alertmanagerPodLabels: { app: 'am' },
      prometheusPodLabels: { app: 'prom' },
      selectorLabels: { s: '1' },
      cooldown: '10m',
      dryRun: true,
    });
    expect(r.route).toEqual({
      url: 'http://fixer.ops.svc:8080/alerts',
      alerts: ['KubeDeploymentRolloutStuck', 'KubePodCrashLooping', 'KubePodPending'],
      namespaces: ['shop'],
      cooldownSeconds: 600,
      tokenFile: '/etc/alertmanager/secrets/fixer-webhook/token',
      // the restart of a stuck Deployment must survive a DeploymentFailed of the same workload (same condition)
      neverInhibited: ['KubeDeploymentRolloutStuck'],
    });
    expect(r.serviceConfig.dryRun).toBe(true);
  });

  test("every alert it ships has a runbook: ours in docs/runbooks, or the kubernetes-mixin's", () => {
    const urls = remediationAlertGroup({ namespaces: ['shop'], serviceJob: 'r' }).rules.map((r) => r.annotations.runbook_url);
    const escalation = JSON.parse(of('ConfigMap')[0].data['config.json']).escalation;
    for (const url of [...urls, escalation.runbookUrl]) {
      const ours = /\/docs\/runbooks\/([a-z]+\.md)$/.exec(url);
      expect(
        ours
          ? fs.existsSync(path.join(__dirname, '..', 'docs', 'runbooks', ours[1]))
          : url.startsWith('https://runbooks.prometheus-operator.dev/'),
      ).toBe(true);
    }
    expect(escalation.runbookUrl).toBe('https://github.com/kubeship/kubeship/blob/main/docs/runbooks/remediationexhausted.md');
  });

  test("the user's runbook base reaches the service's own alerts and its escalation (MonitoringStack passes the deployment alerts' base)", () => {
    const base = 'https://wiki.example.com/runbooks/';
    const chart = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
    new MonitoringStack(chart, 'Monitoring', {
      name: 'main',
      environment: 'prod',
      grafana: false,
      deploymentAlerts: { runbookBaseUrl: base },
      notifications: { roles: [{ name: 'ops', channels: [Channels.pagerDuty({ routingKey: { name: 'receivers', key: 'pd' } })] }] },
      remediation: { namespaces: ['shop'] },
    });
    const objects = Testing.synth(chart);
    const config = JSON.parse(objects.find((o) => o.kind === 'ConfigMap' && o.data?.['config.json'])!.data['config.json']);
    expect(config.escalation.runbookUrl).toBe('https://wiki.example.com/runbooks/remediationexhausted.md');
    const rules = objects
      .filter((o) => o.kind === 'PrometheusRule')
      .flatMap((o) => o.spec.groups)
      .find((g: { name: string }) => g.name === 'kubeship-remediation');
    const own = rules.rules
      .filter((r: { alert: string }) => r.alert.startsWith('Remediation'))
      .map((r: { annotations: { runbook_url: string } }) => r.annotations.runbook_url);
    expect(own.length).toBeGreaterThan(0);
    own.forEach((url: string) => expect(url.startsWith(base)).toBe(true));
    expect(() => stack(undefined, { runbookBaseUrl: 'wiki/runbooks' })).toThrow(
      /runbookBaseUrl: got "wiki\/runbooks"; allowed: an absolute http\(s\) URL/,
    );
  });

  test('examples/remediation.ts synthesizes the service, its route and the scale bound it declares', () => {
    const out = tempDir('remediation-example');
    const previous = process.env.CDK8S_OUTDIR;
    process.env.CDK8S_OUTDIR = out.dir;
    try {
      jest.isolateModules(() => require('../examples/remediation'));
      const objects = fs
        .readdirSync(out.dir)
        .flatMap((f) => yaml.parseAllDocuments(fs.readFileSync(path.join(out.dir, f), 'utf8')).map((d) => d.toJS()));
      const configMap = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === 'monitoring-remediation');
      expect(JSON.parse(configMap.data['config.json']).actions.QueueBacklogHigh).toEqual({
        action: 'scale',
        kind: 'Deployment',
        step: 1,
        minReplicas: 1,
        maxReplicas: 8,
      });
      const role = objects.find((o) => o.kind === 'Role' && o.metadata.namespace === 'shop');
      expect(role.rules).toContainEqual({ apiGroups: ['apps'], resources: ['deployments/scale'], verbs: ['get', 'patch'] });
    } finally {
      if (previous === undefined) {
        delete process.env.CDK8S_OUTDIR;
      } else {
        process.env.CDK8S_OUTDIR = previous;
      }
      out.remove();
    }
  });
});
