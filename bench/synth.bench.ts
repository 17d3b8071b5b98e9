/**
 * Synthesis time per app (warm, in one process) as the number of apps grows, for kubeship's
 * Workload with autoscaling and for the same shape of app written directly with cdk8s-plus-27
 * (Deployment + Service + PodDisruptionBudget + HorizontalPodAutoscaler + NetworkPolicy, same
 * image, port, resources, probes and hardening), measured in the same run. Prints a table;
 * `--record` writes bench/results.json. Goals: at most 2x per app, growth linear to 2,000 apps.
 */
import { App, Chart, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { ScalingMetric, Workload } from '../constructs';
import { median, ratio, record } from './lib';

const SIZES = [10, 100, 1000, 2000];
// small sizes run more rounds so their medians are not dominated by timer and GC noise
const roundsFor = (n: number) => Number(process.env.BENCH_ROUNDS ?? Math.max(5, Math.round(2000 / n)));

function kubeship(n: number): number {
  const chart = new Chart(new App(), 'bench', { namespace: 'bench' });
  for (let i = 0; i < n; i++) {
    new Workload(chart, `svc-${i}`, {
      image: `registry.example.com/svc-${i}:1.0.0`,
      ports: [{ containerPort: 8080 }],
      autoscaling: { minReplicas: 2, maxReplicas: 10, metrics: [ScalingMetric.cpuUtilization(70)] },
    });
  }
  return chart.toJson().length;
}

function cdk8sPlus(n: number): number {
  const chart = new Chart(new App(), 'bench', { namespace: 'bench' });
  for (let i = 0; i < n; i++) {
    const d = new kplus.Deployment(chart, `svc-${i}`, {
      metadata: { name: `svc-${i}` },
      automountServiceAccountToken: false,
      securityContext: { ensureNonRoot: true },
      containers: [
        {
          image: `registry.example.com/svc-${i}:1.0.0`,
          portNumber: 8080,
          resources: {
            cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) },
            memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
          },
          readiness: kplus.Probe.fromTcpSocket({ port: 8080 }),
          liveness: kplus.Probe.fromTcpSocket({ port: 8080 }),
          securityContext: { ensureNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, privileged: false },
        },
      ],
    });
    d.exposeViaService({ name: `svc-${i}` });
    new kplus.k8s.KubePodDisruptionBudget(chart, `svc-${i}-pdb`, {
      metadata: { name: `svc-${i}` },
      spec: { maxUnavailable: kplus.k8s.IntOrString.fromNumber(1), selector: { matchLabels: { app: `svc-${i}` } } },
    });
    new kplus.HorizontalPodAutoscaler(chart, `svc-${i}-hpa`, {
      metadata: { name: `svc-${i}` },
      target: d,
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [kplus.Metric.resourceCpu(kplus.MetricTarget.averageUtilization(70))],
    });
    new kplus.k8s.KubeNetworkPolicy(chart, `svc-${i}-np`, {
      metadata: { name: `svc-${i}` },
      spec: {
        podSelector: { matchLabels: { app: `svc-${i}` } },
        policyTypes: ['Ingress'],
        ingress: [{ ports: [{ port: kplus.k8s.IntOrString.fromNumber(8080) }] }],
      },
    });
  }
  return chart.toJson().length;
}

function time(fn: (n: number) => number, n: number): { ms: number; objects: number } {
  const samples: number[] = [];
  let objects = 0;
  for (let r = 0; r < roundsFor(n); r++) {
    const start = process.hrtime.bigint();
    objects = fn(n);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(samples), objects };
}

// warm-up (JIT, module loading)
kubeship(20);
cdk8sPlus(20);

const rows = SIZES.map((n) => {
  const a = time(kubeship, n);
  const b = time(cdk8sPlus, n);
  return {
    services: n,
    rounds: roundsFor(n),
    kubeshipMs: Math.round(a.ms * 10) / 10,
    cdk8sPlusMs: Math.round(b.ms * 10) / 10,
    kubeshipMsPerService: Math.round((a.ms / n) * 1000) / 1000,
    cdk8sPlusMsPerService: Math.round((b.ms / n) * 1000) / 1000,
    ratio: ratio(a.ms, b.ms),
    objects: { kubeship: a.objects, cdk8sPlus: b.objects },
  };
});
const at = (n: number) => rows.find((r) => r.services === n)!;
const growth = ratio(at(2000).kubeshipMsPerService, at(100).kubeshipMsPerService);

console.log(`Synthesis per app, warm (median of ${SIZES.map(roundsFor).join('/')} rounds, Node ${process.version})`);
console.log('apps | kubeship ms | cdk8s-plus-27 ms | kubeship ms/app | cdk8s-plus ms/app | ratio (goal <= 2)');
for (const r of rows) {
  console.log(
    [
      String(r.services).padStart(4),
      String(r.kubeshipMs).padStart(11),
      String(r.cdk8sPlusMs).padStart(16),
      String(r.kubeshipMsPerService).padStart(15),
      String(r.cdk8sPlusMsPerService).padStart(17),
      `${String(r.ratio).padStart(6)} ${r.ratio <= 2 ? 'met' : 'MISSED'}`,
    ].join(' | '),
  );
}
console.log(`per-app time at 2000 vs 100 apps: ${growth}x (1.0 = linear)`);

record('results.json', {
  benchmark: 'synthesis per app: kubeship Workload (with HPA) vs cdk8s-plus-27, same shape',
  rows,
  perAppGrowth2000vs100: growth,
  goals: { ratioAtMost: 2, growth: 'linear' },
});
