import * as fs from 'fs';
import * as path from 'path';

// The README's code samples are the example files verbatim; `npm test` type-checks those files.
const root = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

test.each(['examples/cdk8s-app.ts', 'examples/pulumi-program.ts', 'examples/monitoring.ts', 'examples/notifications.ts',
  'examples/consumer/index.ts', 'examples/scaling.ts', 'examples/pulumi-alerting.ts', 'examples/remediation.ts'])('README shows %s verbatim', (file) => {
  expect(readme).toContain(fs.readFileSync(path.join(root, file), 'utf8'));
});

test('every TypeScript block in README is one of the type-checked example files', () => {
  const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
  const files = ['examples/cdk8s-app.ts', 'examples/pulumi-program.ts', 'examples/monitoring.ts', 'examples/notifications.ts',
    'examples/consumer/index.ts', 'examples/scaling.ts', 'examples/pulumi-alerting.ts', 'examples/remediation.ts'].map((f) => fs.readFileSync(path.join(root, f), 'utf8'));
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
