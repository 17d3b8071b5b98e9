/**
 * scripts/register.js, what `npm run synth` and `npm run policy` run with: TypeScript transpiled
 * once per file and cached by content, so a run needs no compiler, and an edit is never stale.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..');
const REGISTER = path.join(ROOT, 'scripts/register.js');

/** Runs `file` under the hook; prints its output and whether the compiler was loaded. */
function run(file: string, env: Record<string, string> = {}): { out: string; compilerLoaded: boolean } {
  const script = `require(${JSON.stringify(file)}); process.stdout.write('|' + Object.keys(require.cache).some((k) => k.includes('/node_modules/typescript/')))`;
  const text = execFileSync(process.execPath, ['-r', REGISTER, '-e', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  const [out, loaded] = text.split('|');
  return { out, compilerLoaded: loaded === 'true' };
}

describe('the cached TypeScript hook', () => {
  // inside the project, so the sample resolves the project's packages
  fs.mkdirSync(path.join(ROOT, 'node_modules', '.cache'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cache', 'register-test-'));
  const file = path.join(dir, 'sample.ts');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the first run transpiles, the next one runs without loading the compiler, an edit is picked up', () => {
    // unique text: never cached before
    const marker = `${process.pid}-${Date.now()}`;
    // esModuleInterop and type-only syntax, as the CLIs use them
    fs.writeFileSync(
      file,
      `import yaml from 'yaml';\ninterface X { a: number }\nconst x: X = { a: 1 };\nenum E { A = 2 }\nprocess.stdout.write(yaml.stringify({ marker: '${marker}', sum: x.a + E.A }));\n`,
    );
    const first = run(file);
    expect(first).toEqual({ out: `marker: ${marker}\nsum: 3\n`, compilerLoaded: true });
    expect(run(file)).toEqual({ out: first.out, compilerLoaded: false });

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('A = 2', 'A = 5'));
    expect(run(file)).toEqual({ out: `marker: ${marker}\nsum: 6\n`, compilerLoaded: true });
    expect(run(file)).toEqual({ out: `marker: ${marker}\nsum: 6\n`, compilerLoaded: false });
  });

  test('KUBESHIP_TS_CACHE=0 always transpiles', () => {
    fs.writeFileSync(file, 'const n: number = 41;\nprocess.stdout.write(String(n + 1));\n');
    run(file);
    expect(run(file, { KUBESHIP_TS_CACHE: '0' })).toEqual({ out: '42', compilerLoaded: true });
  });
});
