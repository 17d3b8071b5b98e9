import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../constructs/policy';
import { REMEDIATION_RUNTIME } from '../constructs/remediation/runtime.generated';

// `npm test` builds the package first; this proves another project can import it by name.
const root = path.join(__dirname, '..');

function nodeEval(code: string): string {
  return execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' }).trim();
}

describe('the built package', () => {
  test('exports the cdk8s constructs from "kubeship"', () => {
    const out = nodeEval(`
      const k = require('kubeship');
      const { App, Chart } = require('cdk8s');
      const chart = new Chart(new App(), 'c');
      new k.Workload(chart, 'web', { image: 'nginx:1.27', ports: [{ containerPort: 8080 }] });
      console.log(chart.toJson().map((o) => o.kind).join(','));
    `);
    expect(out).toBe('Deployment,Service,PodDisruptionBudget,NetworkPolicy');
  });

  test('exports the Pulumi front door from "kubeship/pulumi", with type declarations', () => {
    const out = nodeEval(`
      const p = require('kubeship/pulumi');
      const fs = require('fs');
      const pkg = require('kubeship/package.json');
      console.log([typeof p.Workload, p.Workload.TYPE, typeof p.ChartResources,
        fs.existsSync(pkg.exports['.'].types), fs.existsSync(pkg.exports['./pulumi'].types)].join(','));
    `);
    expect(out).toBe('function,kubeship:delivery:Workload,function,true,true');
  });

  test('exports the AWS parts from "kubeship/aws", with type declarations', () => {
    const out = nodeEval(`
      const a = require('kubeship/aws');
      const fs = require('fs');
      const pkg = require('kubeship/package.json');
      console.log([a.SnsAlerting.TYPE, fs.existsSync(pkg.exports['./aws'].types)].join(','));
    `);
    expect(out).toBe('kubeship:aws:SnsAlerting,true');
  });

  test('exports the policy rules from "kubeship/policy" (no @pulumi/policy needed to run them), with type declarations', () => {
    const out = nodeEval(`
      const p = require('kubeship/policy');
      const fs = require('fs');
      const pkg = require('kubeship/package.json');
      const report = p.checkObjects([{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'n' }, spec: { type: 'LoadBalancer' } }], { environment: 'prod' });
      console.log([p.RULES.length, report.findings.map((f) => f.ruleId + ' ' + f.level).join(';'), fs.existsSync(pkg.exports['./policy'].types)].join(','));
    `);
    expect(out).toBe(`${RULES.length},no-load-balancer mandatory,true`);
  });

  test("ships the remediation service byte-identical to its source: the ConfigMap the package renders is the repository's", () => {
    const out = nodeEval(`
      const k = require('kubeship');
      const { App, Chart } = require('cdk8s');
      const chart = new Chart(new App(), 'c', { namespace: 'monitoring' });
      new k.Remediation(chart, 'r', { namespaces: ['shop'], alertmanagerUrl: 'http://am:9093', alertmanagerPodLabels: { a: 'b' }, prometheusPodLabels: { p: 'q' }, selectorLabels: { s: 't' } });
      console.log(JSON.stringify(chart.toJson().find((o) => o.kind === 'ConfigMap').data));
    `);
    const data = JSON.parse(out);
    // the bundle built from constructs/remediation/runtime/*.ts (scripts/build-runtime.js), nothing read from disk at synth
    expect(Object.keys(data).sort()).toEqual(['config.json', 'server.js']);
    expect(data['server.js']).toBe(REMEDIATION_RUNTIME.files['server.js']);
  });
});

describe('a consumer project installs the packed tarball (kubeship is not on the registry)', () => {
  // `npm pack` is what a team installs (or a git dependency, which npm packs the same way)
  const consumer = fs.mkdtempSync(path.join(require('os').tmpdir(), 'kubeship-consumer-'));
  afterAll(() => fs.rmSync(consumer, { recursive: true, force: true }));

  test('npm pack, npm install the tarball with its peers, compile with tsc and synthesize', () => {
    const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = path.join(consumer, JSON.parse(npm(['pack', '--json', '--pack-destination', consumer], root))[0].filename);
    const devDependencies = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies;
    fs.writeFileSync(
      path.join(consumer, 'package.json'),
      JSON.stringify({
        name: 'shop-platform',
        private: true,
        // the cdk8s peers at the versions this repository tests with (already in the npm cache after npm ci)
        dependencies: {
          kubeship: `file:${tarball}`,
          cdk8s: devDependencies.cdk8s,
          'cdk8s-plus-27': devDependencies['cdk8s-plus-27'],
          constructs: devDependencies.constructs,
        },
      }),
    );
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], consumer);
    fs.writeFileSync(
      path.join(consumer, 'main.ts'),
      [
        "import { App, Chart } from 'cdk8s';",
        "import { AnalysisGate, CanaryStep, DeliveryStrategy, MonitoringStack, Workload } from 'kubeship';",
        "import { checkObjects } from 'kubeship/policy';",
        "const app = new App({ outdir: 'dist' });",
        "const chart = new Chart(app, 'shop', { namespace: 'shop' });",
        "const monitoring = new MonitoringStack(new Chart(app, 'monitoring', { namespace: 'monitoring' }), 'monitoring', { environment: 'dev', grafana: false });",
        "new Workload(chart, 'web', { image: 'registry.example.com/shop/web:1.4.2', ports: [{ containerPort: 8080 }], monitoring: { stack: monitoring },",
        '  strategy: DeliveryStrategy.canary({ steps: [CanaryStep.setWeight(20), CanaryStep.analysis(AnalysisGate.successRate({ minimum: 0.99 }))] }) });',
        'app.synth();',
        "const report = checkObjects(app.charts.flatMap((c) => c.toJson()), { environment: 'dev' });",
        "console.log(app.charts.flatMap((c) => c.toJson()).filter((o) => o.kind === 'Rollout').length, report.mandatory);",
      ].join('\n'),
    );
    // the Pulumi TypeScript template's settings (module commonjs, classic node resolution, library
    // types checked), and Node's own resolution (node16): the package's types resolve under both
    for (const [name, options] of Object.entries({
      'pulumi-template': { target: 'es2020', module: 'commonjs', moduleResolution: 'node', strict: true, outDir: 'out', types: [] },
      node16: { target: 'es2022', module: 'node16', moduleResolution: 'node16', strict: true, outDir: 'out', types: [] },
    })) {
      fs.writeFileSync(path.join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['main.ts'] }));
      const compiled = spawnSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', consumer], {
        cwd: consumer,
        encoding: 'utf8',
      });
      expect({ name, errors: `${compiled.stdout}${compiled.stderr}` }).toEqual({ name, errors: '' });
    }
    const out = execFileSync(process.execPath, [path.join(consumer, 'out', 'main.js')], { cwd: consumer, encoding: 'utf8' }).trim();
    expect(out).toBe('1 0');
    expect(fs.readdirSync(path.join(consumer, 'dist')).sort()).toEqual(['monitoring.k8s.yaml', 'shop.k8s.yaml']);
    // the package carries its CRDs and the remediation runtime, not the repository's tests or stacks
    const installed = path.join(consumer, 'node_modules', 'kubeship');
    expect(fs.existsSync(path.join(installed, 'crds'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'lib', 'remediation', 'runtime.generated.js'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'test'))).toBe(false);
    expect(fs.existsSync(path.join(installed, 'stacks'))).toBe(false);
  }, 240_000);
});

test('examples/cdk8s-app.ts runs as the README says (after npm run build) and the policy CLI checks its output', () => {
  const cwd = fs.mkdtempSync(path.join(require('os').tmpdir(), 'kubeship-example-'));
  try {
    const tsNode = require.resolve('ts-node/dist/bin.js');
    execFileSync(process.execPath, [tsNode, '--transpile-only', path.join(root, 'examples', 'cdk8s-app.ts')], { cwd, encoding: 'utf8' });
    const out = path.join(cwd, 'out', 'cdk8s-app');
    expect(fs.readdirSync(out)).toEqual(['shop.k8s.yaml']);
    const policy = spawnSync(
      process.execPath,
      [tsNode, '--transpile-only', path.join(root, 'policies', 'cli.ts'), out, '--enforcement', 'advisory'],
      { cwd, encoding: 'utf8' },
    );
    expect(policy.status).toBe(0);
    expect(policy.stdout).toContain('== cdk8s-app (');
    expect(policy.stdout).toContain('(level from --enforcement; 1 file)');
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true });
  }
});
