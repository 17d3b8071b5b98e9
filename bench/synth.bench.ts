/**
 * Synthesis time per service as the number of services grows, for kubeship's Workload and for the
 * same workloads written directly with cdk8s-plus-27 (Deployment + Service + PodDisruptionBudget,
 * same image, port, resources, probes and hardening), measured in the same run. Prints a table and
 * writes bench/results.json. Goals: linear growth, overhead at most 1.5x.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Chart, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Workload } from '../constructs';

const SIZES = [10, 100, 1000];
// small sizes run more rounds so their medians are not dominated by timer and GC noise
const roundsFor = (n: number) => Number(process.env.BENCH_ROUNDS ?? Math.max(5, Math.round(2000 / n)));

function kubeship(n: number): number {
  const chart = new Chart(new App(), 'bench', { namespace: 'bench' });
  for (let i = 0; i < n; i++) {
    new Workload(chart, `svc-${i}`, { image: `registry.example.com/svc-${i}:1.0.0`, ports: [{ containerPort: 8080 }] });
  }
  return chart.toJson().length;
}

function cdk8sPlus(n: number): number {
  const chart = new Chart(new App(), 'bench', { namespace: 'bench' });
  for (let i = 0; i < n; i++) {
    const d = new kplus.Deployment(chart, `svc-${i}`, {
      metadata: { name: `svc-${i}` },
      replicas: 2,
      automountServiceAccountToken: false,
      securityContext: { ensureNonRoot: true },
      containers: [{
        image: `registry.example.com/svc-${i}:1.0.0`,
        portNumber: 8080,
        resources: {
          cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.millis(500) },
          memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
        },
        readiness: kplus.Probe.fromTcpSocket({ port: 8080 }),
        liveness: kplus.Probe.fromTcpSocket({ port: 8080 }),
        securityContext: { ensureNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, privileged: false },
      }],
    });
    d.exposeViaService({ name: `svc-${i}` });
    new kplus.k8s.KubePodDisruptionBudget(chart, `svc-${i}-pdb`, {
      metadata: { name: `svc-${i}` },
      spec: { maxUnavailable: kplus.k8s.IntOrString.fromNumber(1), selector: { matchLabels: { app: `svc-${i}` } } },
    });
  }
  return chart.toJson().length;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
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
    ratio: Math.round((a.ms / b.ms) * 100) / 100,
    objects: { kubeship: a.objects, cdk8sPlus: b.objects },
  };
});
const growth = Math.round((rows[2].kubeshipMsPerService / rows[1].kubeshipMsPerService) * 100) / 100;

console.log(`Synthesis per service (median of ${SIZES.map(roundsFor).join('/')} rounds, Node ${process.version})`);
console.log('services | kubeship ms | cdk8s-plus-27 ms | kubeship ms/svc | cdk8s-plus ms/svc | ratio (goal <= 1.5)');
for (const r of rows) {
  console.log([String(r.services).padStart(8), String(r.kubeshipMs).padStart(11), String(r.cdk8sPlusMs).padStart(16),
    String(r.kubeshipMsPerService).padStart(15), String(r.cdk8sPlusMsPerService).padStart(17), String(r.ratio).padStart(8)].join(' | '));
}
console.log(`per-service time at 1000 vs 100 services: ${growth}x (1.0 = linear)`);

fs.writeFileSync(path.join(__dirname, 'results.json'), JSON.stringify({
  benchmark: 'synthesis per service: kubeship Workload vs cdk8s-plus-27',
  node: process.version,
  rows,
  perServiceGrowth1000vs100: growth,
  goals: { ratioAtMost: 1.5, growth: 'linear' },
}, null, 2) + '\n');
