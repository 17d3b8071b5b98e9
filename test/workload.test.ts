import { Duration } from 'cdk8s';
import { AnalysisGate, CanaryStep, DeliveryStrategy, EnvValue, Probe, TrafficRouting, Workload } from '../constructs';
import { validateAll } from './helpers/schema';
import { chart, find, inventory, synth } from './helpers/synth';

const IMAGE = 'registry.example.com/shop/web:1.4.2';
const gate = () => AnalysisGate.successRate();

describe('rolling workload (defaults)', () => {
  // GIVEN only an image and a port
  const c = chart();
  const web = new Workload(c, 'ShopWeb', { image: IMAGE, ports: [{ containerPort: 8080 }] });
  const out = synth(c);
  const deployment = find(out, 'Deployment');
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  test('emits a Deployment, a Service and a PodDisruptionBudget named after the construct id', () => {
    expect(inventory(out)).toEqual(['Deployment/shop-web', 'Service/shop-web', 'PodDisruptionBudget/shop-web', 'NetworkPolicy/shop-web']);
    expect(web.name).toBe('shop-web');
    expect(deployment.metadata.namespace).toBe('shop');
  });

  test('default replicas is 2 and the strategy is a zero-downtime rolling update', () => {
    expect(web.replicas).toBe(2);
    expect(web.strategy.type).toBe('rolling');
    expect(deployment.spec.replicas).toBe(2);
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } });
    expect(deployment.spec.minReadySeconds).toBe(0);
    expect(deployment.spec.progressDeadlineSeconds).toBe(600);
    expect(deployment.spec.revisionHistoryLimit).toBe(10);
  });

  test('pods are locked down to the restricted Pod Security Standard', () => {
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext).toEqual({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.serviceAccountName).toBeUndefined();
    expect(pod.hostNetwork).toBeUndefined();
  });

  test('default writable path /tmp is an emptyDir, so a read-only root filesystem still works', () => {
    expect(pod.volumes).toEqual([{ name: 'tmp', emptyDir: {} }]);
    expect(container.volumeMounts).toEqual([{ name: 'tmp', mountPath: '/tmp' }]);
  });

  test('default resources: cpu 100m/500m, memory 128Mi/256Mi', () => {
    expect(container.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } });
  });

  test('default probes are TCP on the first port: readiness 10 s, liveness 20 s, startup 5 min', () => {
    expect(container.readinessProbe).toEqual({ tcpSocket: { port: 'http' }, periodSeconds: 10 });
    expect(container.livenessProbe).toEqual({ tcpSocket: { port: 'http' }, periodSeconds: 20 });
    expect(container.startupProbe).toEqual({ tcpSocket: { port: 'http' }, periodSeconds: 5, failureThreshold: 60 });
  });

  test('defaults: imagePullPolicy IfNotPresent, termination grace 30 s, no command, no env', () => {
    expect(container.imagePullPolicy).toBe('IfNotPresent');
    expect(pod.terminationGracePeriodSeconds).toBe(30);
    expect(container.command).toBeUndefined();
    expect(container.args).toBeUndefined();
    expect(container.env).toBeUndefined();
  });

  test('default port name is "http", service port equals container port, protocol TCP; the Service is ClusterIP', () => {
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    const service = find(out, 'Service');
    expect(service.spec).toEqual({
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': 'shop-web' },
      ports: [{ name: 'http', port: 8080, targetPort: 'http', protocol: 'TCP' }],
    });
  });

  test('default PodDisruptionBudget allows one pod down and evicts unhealthy pods', () => {
    expect(find(out, 'PodDisruptionBudget').spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: { 'app.kubernetes.io/name': 'shop-web' } },
      unhealthyPodEvictionPolicy: 'AlwaysAllow',
    });
  });

  test('selectors hold only the stable name label; every object carries the common labels', () => {
    expect(deployment.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': 'shop-web' } });
    for (const m of out) {
      expect(m.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'shop-web', 'app.kubernetes.io/managed-by': 'kubeship' });
    }
  });

  test('every object validates against the Kubernetes schemas', () => {
    expect(() => validateAll(out)).not.toThrow();
  });
});

describe('workload options', () => {
  test('env: literals, Secret and ConfigMap references and pod fields, in declaration order', () => {
    const c = chart();
    new Workload(c, 'api', {
      image: IMAGE,
      env: {
        LOG_LEVEL: 'info',
        DATABASE_URL: EnvValue.fromSecret('api-db', 'url'),
        FLAGS: EnvValue.fromConfigMap('flags', 'all', { optional: true }),
        POD: EnvValue.fromField('metadata.name'),
      },
    });
    const env = find(synth(c), 'Deployment').spec.template.spec.containers[0].env;
    expect(env).toEqual([
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'DATABASE_URL', valueFrom: { secretKeyRef: { name: 'api-db', key: 'url' } } },
      { name: 'FLAGS', valueFrom: { configMapKeyRef: { name: 'flags', key: 'all', optional: true } } },
      { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
    ]);
  });

  test('no ports: no Service and no default probes', () => {
    const c = chart();
    new Workload(c, 'worker', { image: IMAGE });
    const out = synth(c);
    expect(inventory(out)).toEqual(['Deployment/worker', 'PodDisruptionBudget/worker', 'NetworkPolicy/worker']);
    const container = out[0].spec.template.spec.containers[0];
    expect(container.readinessProbe).toBeUndefined();
    expect(container.livenessProbe).toBeUndefined();
    expect(container.startupProbe).toBeUndefined();
  });

  test('explicit probes, resources, identity and paths are rendered as given', () => {
    const c = chart();
    new Workload(c, 'api', {
      image: IMAGE,
      ports: [{ containerPort: 8080, name: 'web', servicePort: 80 }, { containerPort: 9090 }],
      readiness: Probe.http('/ready', { periodSeconds: 5 }),
      liveness: Probe.http('/live', { port: 'web', failureThreshold: 5 }),
      startup: false,
      resources: { cpu: { request: '250m', limit: '1' }, memory: { request: '512Mi', limit: '512Mi' } },
      serviceAccountName: 'api',
      automountServiceAccountToken: true,
      runAsUser: 10001,
      runAsGroup: 10001,
      fsGroup: 10001,
      writablePaths: ['/tmp', '/var/cache/app'],
      podAnnotations: { 'prometheus.io/scrape': 'true' },
      labels: { team: 'payments' },
    });
    const out = synth(c);
    const d = find(out, 'Deployment');
    const pod = d.spec.template.spec;
    const container = pod.containers[0];
    expect(container.readinessProbe).toEqual({ httpGet: { path: '/ready', port: 'web' }, periodSeconds: 5 });
    expect(container.livenessProbe).toEqual({ httpGet: { path: '/live', port: 'web' }, failureThreshold: 5 });
    expect(container.startupProbe).toBeUndefined();
    expect(container.resources).toEqual({ requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '512Mi' } });
    expect(pod.serviceAccountName).toBe('api');
    expect(pod.automountServiceAccountToken).toBe(true);
    expect(pod.securityContext).toMatchObject({ runAsUser: 10001, runAsGroup: 10001, fsGroup: 10001 });
    expect(container.volumeMounts.map((v: any) => v.mountPath)).toEqual(['/tmp', '/var/cache/app']);
    expect(pod.volumes.map((v: any) => v.name)).toEqual(['tmp', 'var-cache-app']);
    expect(d.spec.template.metadata).toEqual({
      labels: { team: 'payments', 'app.kubernetes.io/name': 'api' },
      annotations: { 'prometheus.io/scrape': 'true' },
    });
    expect(find(out, 'Service').spec.ports).toEqual([
      { name: 'web', port: 80, targetPort: 'web', protocol: 'TCP' },
      { name: 'port-9090', port: 9090, targetPort: 'port-9090', protocol: 'TCP' },
    ]);
    expect(() => validateAll(out)).not.toThrow();
  });

  test('a single replica gets no PodDisruptionBudget; disruptionBudget: false removes it', () => {
    const c = chart();
    new Workload(c, 'one', { image: IMAGE, replicas: 1 });
    new Workload(c, 'none', { image: IMAGE, replicas: 3, disruptionBudget: false });
    new Workload(c, 'pct', { image: IMAGE, replicas: 4, disruptionBudget: { maxUnavailable: '50%' } });
    const out = synth(c);
    expect(inventory(out).filter((o) => !o.startsWith('NetworkPolicy/'))).toEqual([
      'Deployment/one',
      'Deployment/none',
      'Deployment/pct',
      'PodDisruptionBudget/pct',
    ]);
    expect(find(out, 'PodDisruptionBudget').spec.maxUnavailable).toBe('50%');
  });

  test('service type and annotations apply to the primary Service only', () => {
    const c = chart();
    new Workload(c, 'edge', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      service: { type: 'LoadBalancer', annotations: { 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' } },
      strategy: DeliveryStrategy.canary({ analysis: { gates: [gate()] } }),
    });
    const out = synth(c);
    expect(find(out, 'Service', 'edge').spec.type).toBe('LoadBalancer');
    expect(find(out, 'Service', 'edge').metadata.annotations).toEqual({ 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' });
    expect(find(out, 'Service', 'edge-canary').spec.type).toBe('ClusterIP');
  });

  test('service: false emits no Service', () => {
    const c = chart();
    new Workload(c, 'quiet', { image: IMAGE, ports: [{ containerPort: 8080 }], service: false });
    expect(inventory(synth(c))).toEqual(['Deployment/quiet', 'PodDisruptionBudget/quiet', 'NetworkPolicy/quiet']);
  });

  test('rolling options are rendered', () => {
    const c = chart();
    new Workload(c, 'api', {
      image: IMAGE,
      strategy: DeliveryStrategy.rolling({
        maxSurge: 1,
        maxUnavailable: '10%',
        minReadySeconds: 5,
        progressDeadlineSeconds: 300,
        revisionHistoryLimit: 3,
      }),
    });
    const spec = find(synth(c), 'Deployment').spec;
    expect(spec.strategy.rollingUpdate).toEqual({ maxSurge: 1, maxUnavailable: '10%' });
    expect([spec.minReadySeconds, spec.progressDeadlineSeconds, spec.revisionHistoryLimit]).toEqual([5, 300, 3]);
  });
});

describe('blue-green workload', () => {
  const c = chart();
  new Workload(c, 'web', {
    image: IMAGE,
    ports: [{ containerPort: 8080, servicePort: 80 }],
    strategy: DeliveryStrategy.blueGreen({
      prePromotionAnalysis: [AnalysisGate.smokeTest({ path: '/checkout' })],
      postPromotionAnalysis: [AnalysisGate.latency({ maximumSeconds: 0.3 })],
    }),
  });
  const out = synth(c);
  const rollout = find(out, 'Rollout');

  test('emits a Rollout with active and preview Services and one AnalysisTemplate per gate', () => {
    expect(inventory(out)).toEqual([
      'Rollout/web',
      'Service/web',
      'Service/web-preview',
      'AnalysisTemplate/web-smoke-test',
      'AnalysisTemplate/web-latency-p95',
      'PodDisruptionBudget/web',
      'NetworkPolicy/web',
    ]);
    expect(rollout.apiVersion).toBe('argoproj.io/v1alpha1');
  });

  test('blue-green defaults: auto-promotion on, 30 s scale-down delays, preview at full size', () => {
    expect(rollout.spec.strategy.blueGreen).toEqual({
      activeService: 'web',
      previewService: 'web-preview',
      autoPromotionEnabled: true,
      scaleDownDelaySeconds: 30,
      abortScaleDownDelaySeconds: 30,
      // the smoke test calls the preview Service on the first service port
      prePromotionAnalysis: {
        templates: [{ templateName: 'web-smoke-test' }],
        args: [
          { name: 'service', value: 'web' },
          { name: 'namespace', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
          { name: 'pod-template-hash', valueFrom: { podTemplateHashValue: 'Latest' } },
          { name: 'target-service', value: 'web-preview' },
          { name: 'target-port', value: '80' },
        ],
      },
      postPromotionAnalysis: {
        templates: [{ templateName: 'web-latency-p95' }],
        args: [
          { name: 'service', value: 'web' },
          { name: 'namespace', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
          { name: 'pod-template-hash', valueFrom: { podTemplateHashValue: 'Latest' } },
        ],
      },
    });
  });

  test('rollout defaults: abort on progress deadline, rollback window of 3 revisions', () => {
    expect(rollout.spec).toMatchObject({
      replicas: 2,
      minReadySeconds: 0,
      progressDeadlineSeconds: 600,
      progressDeadlineAbort: true,
      revisionHistoryLimit: 10,
      rollbackWindow: { revisions: 3 },
    });
  });

  test('the Rollout carries the same hardened pod template, resources included', () => {
    const container = rollout.spec.template.spec.containers[0];
    expect(container.securityContext.capabilities).toEqual({ drop: ['ALL'] });
    expect(container.resources).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } });
    expect(container.readinessProbe).toEqual({ tcpSocket: { port: 'http' }, periodSeconds: 10 });
  });

  test('explicit blue-green options are rendered', () => {
    const c2 = chart();
    new Workload(c2, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.blueGreen({
        autoPromotionSeconds: 120,
        previewReplicaCount: 1,
        scaleDownDelaySeconds: 60,
        abortScaleDownDelaySeconds: 0,
        abortOnProgressDeadline: false,
        rollbackWindowRevisions: 0,
        postPromotionAnalysis: [gate()],
      }),
    });
    const r = find(synth(c2), 'Rollout');
    expect(r.spec.strategy.blueGreen).toMatchObject({
      autoPromotionEnabled: true,
      autoPromotionSeconds: 120,
      previewReplicaCount: 1,
      scaleDownDelaySeconds: 60,
      abortScaleDownDelaySeconds: 0,
    });
    expect(r.spec.progressDeadlineAbort).toBe(false);
    expect(r.spec.rollbackWindow).toEqual({ revisions: 0 });
  });

  test('every object validates against the Kubernetes schemas and the upstream Argo Rollouts CRDs', () => {
    expect(() => validateAll(out)).not.toThrow();
  });
});

describe('canary workload', () => {
  test('default steps with background analysis against the canary Service', () => {
    const c = chart();
    const web = new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({ analysis: { gates: [gate()], startingStep: 1 } }),
    });
    const out = synth(c);
    expect(inventory(out)).toEqual([
      'Rollout/web',
      'Service/web',
      'Service/web-canary',
      'AnalysisTemplate/web-success-rate',
      'PodDisruptionBudget/web',
      'NetworkPolicy/web',
    ]);
    expect(web.canaryServiceName).toBe('web-canary');
    const canary = find(out, 'Rollout').spec.strategy.canary;
    expect(canary).toEqual({
      stableService: 'web',
      canaryService: 'web-canary',
      maxSurge: '25%',
      maxUnavailable: 0,
      analysis: {
        templates: [{ templateName: 'web-success-rate' }],
        args: [
          { name: 'service', value: 'web' },
          { name: 'namespace', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
          { name: 'pod-template-hash', valueFrom: { podTemplateHashValue: 'Latest' } },
        ],
        startingStep: 1,
      },
      steps: [
        { setWeight: 20 },
        { pause: { duration: '1m' } },
        { setWeight: 50 },
        { pause: { duration: '2m' } },
        { setWeight: 80 },
        { pause: { duration: '2m' } },
      ],
    });
    expect(() => validateAll(out)).not.toThrow();
  });

  test("background analysis covers the whole rollout: no count unless set, a step's bounded gate keeps its own template", () => {
    // argo-rollouts docs/features/analysis.md: a metric with an interval and no count runs until the
    // rollout ends in background analysis; `count: 5` (the old default) stopped it after ~5 minutes
    const c = chart();
    const latency = AnalysisGate.latency({ maximumSeconds: 0.5 });
    const success = gate();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({
        steps: [CanaryStep.setWeight(10), CanaryStep.analysis(success), CanaryStep.setWeight(50), CanaryStep.pause('5m')],
        analysis: { gates: [latency, success, AnalysisGate.successRate({ name: 'bounded', count: 3 })], startingStep: 1 },
      }),
    });
    const out = synth(c);
    const templates = Object.fromEntries(
      out.filter((m: any) => m.kind === 'AnalysisTemplate').map((t: any) => [t.metadata.name, `${t.spec.metrics[0].count ?? 'none'}`]),
    );
    expect(templates).toEqual({
      'web-success-rate': '5', // the step's bounded run
      'web-latency-p95': 'none', // background only: until the rollout ends
      'web-success-rate-background': 'none', // the same gate in the background
      'web-bounded': '3', // explicitly bounded by the user
    });
    const canary = find(out, 'Rollout').spec.strategy.canary;
    expect(canary.analysis.templates).toEqual([
      { templateName: 'web-latency-p95' },
      { templateName: 'web-success-rate-background' },
      { templateName: 'web-bounded' },
    ]);
    expect(canary.steps[1].analysis.templates).toEqual([{ templateName: 'web-success-rate' }]);
    expect(() => validateAll(out)).not.toThrow();
  });

  test('typed steps: weights, timed and indefinite pauses, inline analysis, canary scale with nginx routing', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080, servicePort: 80 }],
      strategy: DeliveryStrategy.canary({
        steps: [
          CanaryStep.setCanaryScale({ replicas: 1 }),
          CanaryStep.setWeight(5),
          CanaryStep.pause(Duration.seconds(90)),
          CanaryStep.analysis(AnalysisGate.successRate(), AnalysisGate.latency({ maximumSeconds: 0.25, percentile: 0.99 })),
          CanaryStep.setWeight(50),
          CanaryStep.pause(),
        ],
        trafficRouting: TrafficRouting.nginx({ host: 'shop.example.com', ingressClassName: 'nginx' }),
        dynamicStableScale: true,
      }),
    });
    const out = synth(c);
    const canary = find(out, 'Rollout').spec.strategy.canary;
    expect(canary.steps).toEqual([
      { setCanaryScale: { replicas: 1 } },
      { setWeight: 5 },
      { pause: { duration: '90s' } },
      {
        analysis: {
          templates: [{ templateName: 'web-success-rate' }, { templateName: 'web-latency-p99' }],
          args: [
            { name: 'service', value: 'web' },
            { name: 'namespace', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
            { name: 'pod-template-hash', valueFrom: { podTemplateHashValue: 'Latest' } },
          ],
        },
      },
      { setWeight: 50 },
      { pause: {} },
    ]);
    expect(canary.trafficRouting).toEqual({ nginx: { stableIngress: 'web' } });
    expect(canary.dynamicStableScale).toBe(true);
    const ingress = find(out, 'Ingress', 'web');
    expect(ingress.spec).toEqual({
      ingressClassName: 'nginx',
      rules: [
        {
          host: 'shop.example.com',
          http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] },
        },
      ],
    });
    expect(() => validateAll(out)).not.toThrow();
  });

  test('traffic routing through an existing Ingress, ALB or Istio', () => {
    const render = (routing: TrafficRouting) => {
      const c = chart();
      new Workload(c, 'web', {
        image: IMAGE,
        ports: [{ containerPort: 8080, servicePort: 80 }],
        strategy: DeliveryStrategy.canary({ trafficRouting: routing, analysis: { gates: [gate()] } }),
      });
      const out = synth(c);
      validateAll(out);
      expect(out.some((m) => m.kind === 'Ingress')).toBe(false);
      return find(out, 'Rollout').spec.strategy.canary.trafficRouting;
    };
    expect(render(TrafficRouting.nginx({ stableIngress: 'shop' }))).toEqual({ nginx: { stableIngress: 'shop' } });
    expect(render(TrafficRouting.alb({ ingress: 'shop' }))).toEqual({ alb: { ingress: 'shop', servicePort: 80 } });
    expect(render(TrafficRouting.istio({ virtualService: 'shop', routes: ['primary'] }))).toEqual({
      istio: { virtualService: { name: 'shop', routes: ['primary'] } },
    });
  });

  test('adoptDeployment: the Rollout references the Deployment, which keeps its template but drops replicas', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({ analysis: { gates: [gate()] } }),
      adoptDeployment: {},
    });
    const out = synth(c);
    const rollout = find(out, 'Rollout');
    const deployment = find(out, 'Deployment');
    expect(rollout.spec.workloadRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', scaleDown: 'progressively' });
    expect(rollout.spec.template).toBeUndefined();
    expect(rollout.spec.selector).toEqual(deployment.spec.selector);
    expect(deployment.spec.replicas).toBeUndefined();
    expect(deployment.spec.strategy).toBeUndefined();
    expect(deployment.spec.template.spec.containers[0].image).toBe(IMAGE);
    expect(() => validateAll(out)).not.toThrow();
  });
});

describe('the emergency path', () => {
  test('a canary releases without steps and analysis, says why, and is exempt from the analysis and timing rules with that reason', () => {
    const c = chart();
    const web = new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.canary({ steps: [CanaryStep.setWeight(20), CanaryStep.analysis(gate())], analysis: { gates: [gate()] } }),
      emergency: { reason: 'hotfix for INC-4711' },
    });
    const out = synth(c);
    const rollout = find(out, 'Rollout');
    // argo-rollouts docs/features/specification.md: a canary without steps updates like a rolling update (maxSurge/maxUnavailable)
    expect(rollout.spec.strategy.canary.steps).toBeUndefined();
    expect(rollout.spec.strategy.canary.analysis).toBeUndefined();
    expect(rollout.spec.strategy.canary).toMatchObject({ stableService: 'web', canaryService: 'web-canary', maxUnavailable: 0 });
    expect(rollout.metadata.annotations).toEqual({
      'kubeship.dev/emergency': 'hotfix for INC-4711',
      'policy.kubeship.dev/exempt.rollout-with-analysis': 'emergency release: hotfix for INC-4711',
      'policy.kubeship.dev/exempt.delivery-timing-budget': 'emergency release: hotfix for INC-4711',
    });
    // the templates stay, so the next regular release has them
    expect(inventory(out)).toContain('AnalysisTemplate/web-success-rate');
    expect(web.timing).toMatchObject({ deploySeconds: 0, rollbackSeconds: Infinity });
    expect(() => validateAll(out)).not.toThrow();
  });

  test('a blue-green promotes as soon as the preview is ready; a rolling workload or an empty reason is refused', () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.blueGreen({ prePromotionAnalysis: [AnalysisGate.smokeTest()], autoPromotionSeconds: 300 }),
      emergency: { reason: 'rollback to 1.8.0 failed, roll forward' },
    });
    const bg = find(synth(c), 'Rollout').spec.strategy.blueGreen;
    expect(bg).toMatchObject({ activeService: 'web', previewService: 'web-preview', autoPromotionEnabled: true });
    expect(bg.prePromotionAnalysis).toBeUndefined();
    expect(bg.autoPromotionSeconds).toBeUndefined();
    const bad = chart();
    new Workload(bad, 'api', { image: IMAGE, emergency: { reason: 'x' } });
    new Workload(bad, 'worker', {
      image: IMAGE,
      strategy: DeliveryStrategy.canary({ analysis: { gates: [gate()] } }),
      emergency: { reason: ' ' },
    });
    expect(() => synth(bad)).toThrow(
      /emergency: got \{"reason":"x"\}; allowed: a blueGreen or canary strategy[^]*emergency.reason: got " "/,
    );
  });
});

describe('network isolation', () => {
  test('a monitored canary admits its own pods, the ingress controller, Prometheus on the metrics port, what is allowed; egress DNS and what is allowed', () => {
    const c = chart();
    const stack = {
      selectorLabels: { s: 'm' },
      targetLabels: {},
      scrapeIntervalSeconds: 30,
      prometheusPods: { namespace: 'monitoring', podLabels: { 'app.kubernetes.io/name': 'prometheus', prometheus: 'main' } },
    };
    new Workload(c, 'api', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }, { name: 'metrics', containerPort: 9102 }],
      strategy: DeliveryStrategy.canary({ analysis: { gates: [gate()] } }),
      monitoring: { stack, port: 'metrics', alerts: false },
      networkPolicy: { allowFrom: [{ app: 'web' }], allowTo: [{ cidr: '10.20.0.0/16', ports: [5432] }] },
    });
    const policy = find(synth(c), 'NetworkPolicy', 'api');
    const tcp = (port: number) => ({ protocol: 'TCP', port });
    expect(policy.spec).toEqual({
      podSelector: { matchLabels: { 'app.kubernetes.io/name': 'api' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [
        { from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'api' } } }] },
        {
          from: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } },
              podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
            },
          ],
          ports: [tcp(8080), tcp(9102)],
        },
        {
          from: [
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
              podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus', prometheus: 'main' } },
            },
          ],
          ports: [tcp(9102)],
        },
        { from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'web' } } }], ports: [tcp(8080), tcp(9102)] },
      ],
      egress: [{ ports: [{ protocol: 'UDP', port: 53 }, tcp(53)] }, { to: [{ ipBlock: { cidr: '10.20.0.0/16' } }], ports: [tcp(5432)] }],
    });
  });

  test("a blue-green with a smoke test admits the smoke test's pods, which carry the label the policy selects", () => {
    const c = chart();
    new Workload(c, 'web', {
      image: IMAGE,
      ports: [{ containerPort: 8080 }],
      strategy: DeliveryStrategy.blueGreen({ prePromotionAnalysis: [AnalysisGate.smokeTest()] }),
      networkPolicy: { ingressController: false },
    });
    const out = synth(c);
    const policy = find(out, 'NetworkPolicy', 'web');
    const job = find(out, 'AnalysisTemplate', 'web-smoke-test').spec.metrics[0].provider.job;
    expect(job.spec.template.metadata.labels).toEqual({ 'kubeship.dev/smoke-test-of': 'web' });
    expect(policy.spec.ingress).toEqual([
      { from: [{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'web' } } }] },
      { from: [{ podSelector: { matchLabels: job.spec.template.metadata.labels } }], ports: [{ protocol: 'TCP', port: 8080 }] },
    ]);
    expect(() => validateAll(out)).not.toThrow();
  });

  test('networkPolicy: false renders none; bad peers are errors naming the field', () => {
    const c = chart();
    new Workload(c, 'open', { image: IMAGE, networkPolicy: false });
    expect(inventory(synth(c))).not.toContain('NetworkPolicy/open');
    const bad = chart();
    new Workload(bad, 'api', { image: IMAGE, networkPolicy: { allowTo: [{ cidr: '10.0.0.0/33' }, { app: 'web', cidr: '10.0.0.0/8' }] } });
    expect(() => synth(bad)).toThrow(/networkPolicy.allowTo\[0\].cidr: got "10.0.0.0\/33"[^]*networkPolicy.allowTo\[1\].to: got/);
  });
});
