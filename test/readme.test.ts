import * as fs from 'fs';
import * as path from 'path';

// The README's code samples are the example files verbatim; `npm test` type-checks those files.
const root = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

test.each(['examples/cdk8s-app.ts', 'examples/pulumi-program.ts', 'examples/monitoring.ts', 'examples/notifications.ts'])('README shows %s verbatim', (file) => {
  expect(readme).toContain(fs.readFileSync(path.join(root, file), 'utf8'));
});

test('README names the two commands that CI runs', () => {
  expect(readme).toContain('npm run synth');
  expect(readme).toContain('npm test');
  expect(fs.readFileSync(path.join(root, '.ci', 'run'), 'utf8')).toMatch(/\nnpm test\n/);
});
