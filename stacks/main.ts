/**
 * The cdk8s app: synthesizes the example services, their monitoring stack and the Prometheus
 * Operator to `dist/example/` (plain YAML for GitOps; apply `prometheus-operator.k8s.yaml` first,
 * server-side: `kubectl apply --server-side -f dist/example/prometheus-operator.k8s.yaml`).
 * Run with `npm run synth` (or `cdk8s synth`, which reads cdk8s.yaml).
 *
 * Output is written atomically: into a fresh directory that replaces the old one only when
 * synthesis succeeded. Invalid props print every problem and exit 1 without a stack trace.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, YamlOutputType } from 'cdk8s';
import { DeploymentEvents, MonitoringStack, PrometheusOperator, Workload } from '../constructs';
import { addExampleServices, exampleDeploymentEvents, exampleMonitoring, MONITORING_NAMESPACE } from './example';

export function synthesizeExample(outdir: string): { files: string[]; objects: Record<string, number> } {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-synth-'));
  try {
    const app = new App({ outdir: staging, yamlOutputType: YamlOutputType.FILE_PER_CHART });
    const operator = new Chart(app, 'prometheus-operator', { namespace: MONITORING_NAMESPACE, disableResourceNameHashes: true });
    new PrometheusOperator(operator, 'PrometheusOperator');
    const monitoring = new Chart(app, 'monitoring', { namespace: MONITORING_NAMESPACE, disableResourceNameHashes: true });
    const stack = new MonitoringStack(monitoring, 'monitoring', exampleMonitoring('example'));
    const chart = new Chart(app, 'example', { namespace: 'shop', disableResourceNameHashes: true });
    const events = new DeploymentEvents(chart, 'deployment-events', exampleDeploymentEvents('example'));
    addExampleServices(chart, (scope, id, props) => new Workload(scope, id, props), stack, events);
    const objects: Record<string, number> = {};
    for (const o of [operator, monitoring, chart].flatMap((c) => c.toJson())) {
      objects[o.kind] = (objects[o.kind] ?? 0) + 1;
    }
    app.synth();
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(outdir), { recursive: true });
    fs.cpSync(staging, outdir, { recursive: true });
    return { files: fs.readdirSync(outdir).sort(), objects };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const outdir = path.resolve(process.argv[2] ?? 'dist/example');
  try {
    const { files, objects } = synthesizeExample(outdir);
    console.log(`Synthesized ${files.join(', ')} into ${path.relative(process.cwd(), outdir) || '.'}`);
    for (const [kind, count] of Object.entries(objects).sort()) {
      console.log(`  ${kind.padEnd(24)} ${count}`);
    }
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
