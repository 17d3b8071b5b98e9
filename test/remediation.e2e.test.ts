/**
 * End to end on 127.0.0.1: a real Alertmanager (Debian trixie's 0.28.1) runs the configuration a
 * MonitoringStack with `remediation` synthesizes and sends firing alerts to the remediation service,
 * started with node from the files of the synthesized ConfigMap; the service calls a stub
 * Kubernetes API that records every request. Only addresses are rewritten (the webhook URL and the
 * service's Alertmanager URL point at 127.0.0.1). Bounded in time; everything is always stopped.
 */
import { Chart, Testing } from 'cdk8s';
import { MonitoringStack } from '../constructs';
import { RealAlertmanager } from './helpers/alertmanager';
import { prodNotifications, stubCredentials } from './helpers/alerting-fixture';
import { containerEnv, crashingPod, KubeApiStub, RemediationProcess, sample, WEBHOOK_TOKEN } from './helpers/remediation';
import { freePort, LoopbackStub, until } from './helpers/servers';

jest.setTimeout(150_000);

const COOLDOWN_SECONDS = 8;

function synthesize(): any[] {
  const chart = new Chart(Testing.app(), 'monitoring', { namespace: 'monitoring' });
  new MonitoringStack(chart, 'Monitoring', {
    name: 'main',
    environment: 'prod',
    grafana: false,
    notifications: prodNotifications(),
    remediation: {
      namespaces: ['shop'],
      maxAttempts: 2,
      cooldown: `${COOLDOWN_SECONDS}s`,
      actions: {
        KubePodCrashLooping: { action: 'deletePod' },
        KubeDeploymentRolloutStuck: { action: 'restart' },
        HighCpuPressure: { action: 'scale', step: 1, maxReplicas: 4 },
      },
    },
  });
  return Testing.synth(chart);
}

const crashLooping = (pod: string) => ({
  labels: { alertname: 'KubePodCrashLooping', severity: 'warning', namespace: 'shop', pod, container: 'app', environment: 'prod' },
  annotations: { summary: 'Pod is crash looping.' },
});

describe('Alertmanager -> remediation service -> Kubernetes API', () => {
  const api = new KubeApiStub();
  const receivers = new LoopbackStub();
  let alertmanager: RealAlertmanager | undefined;
  let service: RemediationProcess | undefined;
  let start: () => Promise<RemediationProcess>;
  const diagnostics = () => `\nservice log:\n${service?.log}\nAlertmanager log:\n${alertmanager?.log}`;

  beforeAll(async () => {
    await Promise.all([api.start(), receivers.start()]);
    for (const pod of ['api-7c9f-aaaaa', 'api-7c9f-bbbbb', 'api-7c9f-ccccc', 'api-7c9f-ddddd', 'api-7c9f-eeeee']) {
      api.objects.set(`/api/v1/namespaces/shop/pods/${pod}`, crashingPod('shop', pod, 'api-7c9f'));
    }
    api.objects.set('/apis/apps/v1/namespaces/shop/deployments/worker', {
      kind: 'Deployment',
      metadata: { name: 'worker' },
      spec: { template: { metadata: {} } },
    });
    api.objects.set('/apis/apps/v1/namespaces/shop/deployments/batch/scale', { kind: 'Scale', spec: { replicas: 2 } });
    api.objects.set('/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers', { kind: 'HorizontalPodAutoscalerList', items: [] });

    const manifests = synthesize();
    const configMap = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'main-remediation');
    const deployment = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'main-remediation');
    const state = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'main-remediation-state');
    api.objects.set('/api/v1/namespaces/monitoring/configmaps/main-remediation-state', state);
    const secret = manifests.find((m) => m.kind === 'Secret' && m.metadata.name === 'alertmanager-main');
    // only addresses change: the webhook URL names the service's port on 127.0.0.1, the service escalates to the test's Alertmanager
    const placeholder = 'http://main-remediation.monitoring.svc:8080/alerts';
    expect(secret.stringData['alertmanager.yaml']).toContain(placeholder);
    const port = await freePort();
    const files = {
      ...secret.stringData,
      'alertmanager.yaml': secret.stringData['alertmanager.yaml'].replace(placeholder, `http://127.0.0.1:${port}/alerts`),
    };
    // the Alertmanager mounts the webhook token Secret as the operator would, and sends it as a bearer token
    alertmanager = await RealAlertmanager.start(files, {
      ...stubCredentials(receivers, 'routing-key'),
      'main-remediation-webhook': { token: WEBHOOK_TOKEN },
    });
    start = () => RemediationProcess.start(configMap.data, api.url, alertmanager!.base, port, containerEnv(deployment, 'monitoring'));
    service = await start();
  });

  afterAll(async () => {
    await service?.stop();
    await alertmanager?.stop();
    await Promise.all([api.stop(), receivers.stop()]);
  });

  test('each mapped alert gets its action, as kubectl would send it', async () => {
    await alertmanager!.post([
      crashLooping('api-7c9f-aaaaa'),
      { labels: { alertname: 'KubeDeploymentRolloutStuck', severity: 'warning', namespace: 'shop', deployment: 'worker' } },
      { labels: { alertname: 'HighCpuPressure', severity: 'warning', namespace: 'shop', deployment: 'batch' } },
    ]);
    await until('three actions', 40_000, async () => (api.actions.length >= 3 ? true : undefined)).catch((e) => {
      throw new Error(e.message + diagnostics());
    });

    const [remove] = api.actions.filter((w) => w.method === 'DELETE');
    expect(remove).toEqual({
      at: expect.any(Number),
      method: 'DELETE',
      path: '/api/v1/namespaces/shop/pods/api-7c9f-aaaaa',
      contentType: 'application/json',
      authorization: 'Bearer test-service-account-token',
      body: { apiVersion: 'v1', kind: 'DeleteOptions', preconditions: { uid: 'uid-api-7c9f-aaaaa' } },
    });
    const restart = api.actions.find((w) => w.path === '/apis/apps/v1/namespaces/shop/deployments/worker')!;
    expect(restart.method).toBe('PATCH');
    expect(restart.contentType).toBe('application/strategic-merge-patch+json');
    const restartedAt = restart.body.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt'];
    expect(restartedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Math.abs(Date.parse(restartedAt) - Date.now())).toBeLessThan(60_000);
    expect(Object.keys(restart.body)).toEqual(['spec']);
    const scale = api.actions.find((w) => w.path.endsWith('/scale'))!;
    expect(scale).toMatchObject({
      method: 'PATCH',
      path: '/apis/apps/v1/namespaces/shop/deployments/batch/scale',
      contentType: 'application/merge-patch+json',
      body: { spec: { replicas: 3 } },
    });
    // the scale was checked against HPAs first
    expect(api.requests.some((r) => r.method === 'GET' && r.path === '/apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers')).toBe(
      true,
    );
  });

  test('the cooldown holds back a second action on the same controller, the attempt limit stops it and escalates', async () => {
    // replacements of the deleted pod crash too: same ReplicaSet, so the same target
    const firstDelete = api.actions.find((w) => w.method === 'DELETE')!;
    await new Promise((r) => setTimeout(r, COOLDOWN_SECONDS * 1000));
    await alertmanager!.post([crashLooping('api-7c9f-bbbbb'), crashLooping('api-7c9f-ccccc')]);
    await until('two crash-loop deliveries handled', 40_000, async () => {
      const handled = service!.entries.filter(
        (e) => ['api-7c9f-bbbbb', 'api-7c9f-ccccc'].some((p) => JSON.stringify(e).includes(p)) || e.msg === 'skipped: cooldown',
      );
      return handled.length >= 2 ? true : undefined;
    }).catch((e) => {
      throw new Error(e.message + diagnostics());
    });
    const deletes = api.actions.filter((w) => w.method === 'DELETE');
    expect(deletes).toHaveLength(2); // attempt 2 of 2; the other pod's alert arrived within the cooldown
    expect(deletes[0]).toBe(firstDelete);
    expect(service!.entries.filter((e) => e.msg === 'skipped: cooldown' && e.key === 'deletePod:shop/ReplicaSet/api-7c9f')).toHaveLength(1);

    await new Promise((r) => setTimeout(r, COOLDOWN_SECONDS * 1000));
    await alertmanager!.post([crashLooping('api-7c9f-ddddd')]);
    // nothing more is deleted; the escalation goes through the normal routes: critical -> ops (Slack, PagerDuty, ...)
    const page = await receivers.first('/slack/ops', 60_000).catch((e) => {
      throw new Error(e.message + diagnostics());
    });
    expect(page.body.attachments[0].title).toBe('[FIRING:1] RemediationExhausted (shop)');
    expect(page.body.attachments[0].text).toContain('Automatic remediation gave up on shop/ReplicaSet/api-7c9f.');
    expect(api.actions.filter((w) => w.method === 'DELETE')).toHaveLength(2);
    expect(service!.entries.some((e) => e.msg === 'skipped: exhausted' && e.attempts === 2)).toBe(true);

    const metrics = await service!.metrics();
    expect(sample(metrics, 'kubeship_remediation_attempts_total', { action: 'deletePod', alert: 'KubePodCrashLooping' })).toBe(2);
    expect(sample(metrics, 'kubeship_remediation_successes_total', { action: 'deletePod' })).toBe(2);
    expect(sample(metrics, 'kubeship_remediation_skipped_total', { action: 'deletePod', reason: 'cooldown' })).toBe(1);
    expect(sample(metrics, 'kubeship_remediation_skipped_total', { action: 'deletePod', reason: 'exhausted' })).toBe(1);
    expect(sample(metrics, 'kubeship_remediation_escalations_total', { action: 'deletePod' })).toBe(1);
    expect(sample(metrics, 'kubeship_remediation_successes_total', { action: 'restart' })).toBe(1);
    expect(sample(metrics, 'kubeship_remediation_successes_total', { action: 'scale' })).toBe(1);
    expect(sample(metrics, 'kubeship_remediation_failures_total')).toBe(0);
  });

  test('the attempts are kept in the state ConfigMap: a restarted service stays stopped on the exhausted workload', async () => {
    const saved = api.writes.filter((w) => w.path === '/api/v1/namespaces/monitoring/configmaps/main-remediation-state');
    expect(saved.length).toBeGreaterThan(0);
    expect(saved[0]).toMatchObject({ method: 'PATCH', contentType: 'application/merge-patch+json' });
    const stored = JSON.parse(api.objects.get('/api/v1/namespaces/monitoring/configmaps/main-remediation-state').data['state.json']);
    expect(stored.targets['deletePod:shop/ReplicaSet/api-7c9f']).toMatchObject({ attempts: 2, escalated: true });

    await service!.stop();
    service = await start();
    const restored = await until('the state to be restored', 10_000, async () => service!.entries.find((e) => /^restored /.test(e.msg)));
    expect(restored.msg).toMatch(/^restored [1-9][0-9]* target\(s\) from ConfigMap monitoring\/main-remediation-state$/);
    const before = api.actions.length;
    await alertmanager!.post([crashLooping('api-7c9f-eeeee')]);
    await until("the new pod's alert handled", 40_000, async () =>
      service!.entries.some((e) => e.target === 'Pod/api-7c9f-eeeee') ? true : undefined,
    ).catch((e) => {
      throw new Error(e.message + diagnostics());
    });
    expect(service.entries.find((e) => e.target === 'Pod/api-7c9f-eeeee')).toMatchObject({ msg: 'skipped: exhausted', attempts: 2 });
    expect(api.actions.length).toBe(before);
  });

  test('a malformed or unmapped webhook gets a 4xx and a clear log line, and nothing is acted on', async () => {
    const post = (body: string) => service!.post(body);
    // without the bearer token: 401, not even read
    expect((await service!.post('{}', null)).status).toBe(401);
    expect((await service!.post('{}', 'a-guess')).status).toBe(401);
    const notJson = await post('{"version": "4", "alerts": [');
    expect(notJson.status).toBe(400);
    const unmapped = await post(
      JSON.stringify({
        version: '4',
        status: 'firing',
        alerts: [
          { status: 'firing', labels: { alertname: 'KubePodCrashLooping', namespace: 'shop', pod: 'api-7c9f-fffff' } },
          { status: 'firing', labels: { alertname: 'DiskFull', namespace: 'shop', pod: 'db-0' } },
        ],
      }),
    );
    expect(unmapped.status).toBe(422);
    expect(((await unmapped.json()) as { problems: string[] }).problems).toEqual([
      expect.stringContaining('alerts[1].labels.alertname: got "DiskFull"'),
    ]);
    expect(api.requests.filter((r) => /fffff|db-0/.test(r.path))).toEqual([]);
    // the log reaches the test through a pipe: wait for both lines
    await until(
      'two error lines',
      5_000,
      async () => (service!.entries.filter((e) => e.level === 'error').length >= 2 ? true : undefined),
      20,
    );
    expect(service!.entries.filter((e) => e.level === 'error').map((e) => e.msg)).toEqual([
      expect.stringMatching(/^rejected webhook, nothing acted on: body is not JSON: /),
      'rejected webhook, nothing acted on: alerts[1].labels.alertname: got "DiskFull"; allowed: an alert with an action: KubePodCrashLooping, ' +
        "KubeDeploymentRolloutStuck, HighCpuPressure; fix: route only mapped alerts to the remediation receiver, or map this alert in the Remediation construct's actions",
    ]);
    expect(sample(await service!.metrics(), 'kubeship_remediation_rejected_payloads_total')).toBe(2); // counted since the restart
    expect(sample(await service!.metrics(), 'kubeship_remediation_unauthorized_total')).toBe(2);
  });
});
