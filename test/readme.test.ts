import * as fs from 'fs';
import * as path from 'path';
import { VERSIONS } from '../constructs';

// The code samples of the README and the guide pages (docs/*.md) are the example files verbatim;
// `npm test` type-checks those files.
const root = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const GUIDES = fs
  .readdirSync(path.join(root, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .sort();
const pages: Record<string, string> = {
  'README.md': readme,
  ...Object.fromEntries(GUIDES.map((f) => [`docs/${f}`, fs.readFileSync(path.join(root, 'docs', f), 'utf8')])),
};
const docs = Object.values(pages).join('\n');
/** The example files the pages show (each type-checked by `npm run typecheck`). */
const EXAMPLES = [
  'examples/cdk8s-app.ts',
  'examples/pulumi-program.ts',
  'examples/monitoring.ts',
  'examples/notifications.ts',
  'examples/consumer/index.ts',
  'examples/scaling.ts',
  'examples/pulumi-alerting.ts',
  'examples/remediation.ts',
  'examples/backup.ts',
];

test.each(EXAMPLES)('the README or a guide page shows %s verbatim', (file) => {
  expect(docs).toContain(fs.readFileSync(path.join(root, file), 'utf8'));
});

test('every TypeScript block in the README and the guide pages is one of the type-checked example files', () => {
  const blocks = [...docs.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  const files = EXAMPLES.map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
  expect(blocks.length).toBeGreaterThan(5);
  for (const block of blocks) {
    expect({ block: block.slice(0, 80), embedded: files.includes(block) }).toEqual({ block: block.slice(0, 80), embedded: true });
  }
});

test('README names the two commands that CI runs', () => {
  expect(readme).toContain('npm run synth');
  expect(readme).toContain('npm test');
  expect(fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8')).toMatch(/\nnpm test\n/);
});

test("the README's version table and every install command of the README and the guides use the versions of the version matrix", () => {
  const names: Record<keyof typeof VERSIONS, string> = {
    argoRollouts: 'Argo Rollouts',
    prometheusOperator: 'Prometheus Operator',
    prometheus: 'Prometheus',
    alertmanager: 'Alertmanager',
    kubeStateMetrics: 'kube-state-metrics',
    grafana: 'Grafana',
    velero: 'Velero',
    datadogOperator: 'Datadog Operator',
  };
  for (const [key, name] of Object.entries(names) as Array<[keyof typeof VERSIONS, string]>) {
    expect(readme).toContain(`| ${name} | ${VERSIONS[key]} |`);
  }
  const argoUrls = [...docs.matchAll(/github\.com\/argoproj\/argo-rollouts\/releases\/[^\s`)]+/g)].map((m) => m[0]);
  expect(argoUrls.length).toBeGreaterThan(0);
  expect(argoUrls.filter((u) => !u.includes(`/download/v${VERSIONS.argoRollouts}/`))).toEqual([]);
  const veleroImages = [...docs.matchAll(/velero\/velero:v[0-9.]+/g)].map((m) => m[0]);
  expect(veleroImages.length).toBeGreaterThan(0);
  expect(veleroImages.filter((i) => i !== `velero/velero:v${VERSIONS.velero}`)).toEqual([]);
});

test('the README is a landing page: every guide page is linked from it, and every relative link of the pages resolves', () => {
  for (const guide of GUIDES) {
    expect({ guide, linked: readme.includes(`](docs/${guide})`) }).toEqual({ guide, linked: true });
  }
  expect(readme.split('\n').length).toBeLessThan(300);
  const broken: string[] = [];
  for (const [page, text] of Object.entries(pages)) {
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target) || target.startsWith('#')) {
        continue;
      }
      const file = path.join(root, path.dirname(page), target.split('#')[0]);
      if (!fs.existsSync(file)) {
        broken.push(`${page}: ${target}`);
      }
    }
  }
  expect(broken).toEqual([]);
});
