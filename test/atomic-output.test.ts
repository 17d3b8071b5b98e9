/**
 * `npm run synth` output is all or nothing across a kill: a child synth is killed (SIGKILL) at many
 * points while it replaces three environments; after each kill a reader finds either the whole old
 * set or the whole new set (never dev new and prod old, never a directory with some of its files), and
 * the next run cleans up what the killed one left.
 */
import { spawn } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'yaml';
import { recover } from '../stacks/atomic-output';
import { ENVIRONMENTS, PROJECT_DIR, synthesize } from '../stacks/main';

jest.setTimeout(180_000);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-atomic-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Variant B of every stack file: apps log at debug level (every apps.k8s.yaml differs). */
function variantB(): string {
  const dir = path.join(tmp, 'b');
  fs.mkdirSync(dir, { recursive: true });
  for (const env of ENVIRONMENTS) {
    const config = yaml.parse(fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${env}.yaml`), 'utf8'));
    config.config['kubeship:debug'] = !config.config['kubeship:debug'];
    fs.writeFileSync(path.join(dir, `Pulumi.${env}.yaml`), yaml.stringify(config));
  }
  return dir;
}

/** A child process rendering every environment into `<root>/<env>` from the stack files in `configDir`. */
function synthChild(root: string, configDir: string) {
  const script = `
    const { synthesize } = require(${JSON.stringify(path.join(PROJECT_DIR, 'stacks/main.ts'))});
    const envs = ${JSON.stringify(ENVIRONMENTS)};
    synthesize(envs.map((env) => ({ env, configFile: require('path').join(${JSON.stringify(configDir)}, 'Pulumi.' + env + '.yaml'), outdir: require('path').join(${JSON.stringify(root)}, env), root: ${JSON.stringify(root)} })));
  `;
  const child = spawn(process.execPath, ['-r', path.join(PROJECT_DIR, 'scripts/register.js'), '-e', script], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  // listened for from the start: a child that ends before we wait for it must still be seen ending
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return Object.assign(child, { exited, stderrText: () => stderr });
}

const finished = async (child: ReturnType<typeof synthChild>) => {
  const code = await child.exited;
  if (code !== 0 && code !== null) {
    throw new Error(`synth child exited ${code}:\n${child.stderrText()}`);
  }
  return code;
};

/** Every file of every environment with its content hash, or undefined when the root is missing. */
function snapshot(root: string): string | undefined {
  if (!fs.existsSync(root)) {
    return undefined;
  }
  return fs
    .readdirSync(root)
    .sort()
    .flatMap((env) =>
      fs
        .readdirSync(path.join(root, env))
        .sort()
        .map(
          (file) =>
            `${env}/${file}:${createHash('sha256')
              .update(fs.readFileSync(path.join(root, env, file)))
              .digest('hex')}`,
        ),
    )
    .join('\n');
}

/** `snapshot` while a run may be swapping the root under the reader: undefined when it moved mid-read. */
function snapshotWhileSwapping(root: string): string | undefined {
  try {
    return snapshot(root);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined;
    }
    throw e;
  }
}

test('killed at any point, the output is the whole old set or the whole new set, and the next run cleans up', async () => {
  const b = variantB();
  // the two complete sets
  const setA = path.join(tmp, 'set-a', 'dist');
  const setB = path.join(tmp, 'set-b', 'dist');
  const sources = (root: string, configDir: string) =>
    ENVIRONMENTS.map((env) => ({
      env,
      configFile: path.join(configDir, `Pulumi.${env}.yaml`),
      outdir: path.join(root, env),
      root,
    }));
  synthesize(sources(setA, PROJECT_DIR));
  synthesize(sources(setB, b));
  const [a, bSnap] = [snapshot(setA)!, snapshot(setB)!];
  expect(a).not.toEqual(bSnap);
  // five YAML files and the prerequisites per environment, and prod's backup file
  expect(a.split('\n')).toHaveLength(ENVIRONMENTS.length * 6 + 1);

  const root = path.join(tmp, 'live', 'dist');
  const started = Date.now();
  expect(await finished(synthChild(root, PROJECT_DIR))).toBe(0);
  const runMs = Date.now() - started;
  // each killed run renders the other set than the one in place, so a finished swap shows
  let current = a;
  let swapped = 0;
  let interrupted = 0;
  /** Starts a run of the other set, kills it once `when` resolves, and checks what a reader finds. */
  const killRun = async (when: (other: string) => Promise<void>): Promise<'old set' | 'new set'> => {
    const other = current === a ? bSnap : a;
    const child = synthChild(root, current === a ? b : PROJECT_DIR);
    await when(other);
    child.kill('SIGKILL');
    await child.exited;
    // between its two renames a reader finds no directory at all; otherwise one whole set
    expect([current, other, undefined]).toContainEqual(snapshot(root));
    recover(root);
    const after = snapshot(root);
    expect([current, other]).toContainEqual(after);
    expect(fs.readdirSync(path.dirname(root)).filter((n) => /\.(next|old)-/.test(n))).toEqual([]);
    if (after === other) {
      swapped++;
      current = other;
      return 'new set';
    }
    interrupted++;
    return 'old set';
  };
  for (const fraction of [0.3, 0.6, 0.85, 0.95, 1.05, 1.4]) {
    await killRun(() => new Promise((r) => setTimeout(r, Math.round(runMs * fraction))));
  }
  // the timed kills above land wherever the machine's load puts them; these two land on each side
  // of the swap whatever the load: while the new set is being built, and once it is in place
  const waitFor = async (condition: () => boolean) => {
    const deadline = Date.now() + 120_000;
    while (!condition() && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(condition()).toBe(true);
  };
  expect(await killRun(() => waitFor(() => fs.readdirSync(path.dirname(root)).some((n) => /\.next-/.test(n))))).toBe('old set');
  expect(await killRun((other) => waitFor(() => snapshotWhileSwapping(root) === other))).toBe('new set');
  expect({ swapped: swapped > 0, interrupted: interrupted > 0 }).toEqual({ swapped: true, interrupted: true });
  // a full run leaves no temporary directory anywhere
  expect(await finished(synthChild(root, current === a ? b : PROJECT_DIR))).toBe(0);
  expect(snapshot(root)).toEqual(current === a ? bSnap : a);
  expect(fs.readdirSync(path.dirname(root))).toEqual(['dist']);
});

test('an interrupted swap (killed between its two renames) is put back by the next run', () => {
  const root = path.join(tmp, 'interrupted', 'dist');
  fs.mkdirSync(path.join(root + '.old-999999', 'prod'), { recursive: true });
  fs.writeFileSync(path.join(root + '.old-999999', 'prod', 'apps.k8s.yaml'), 'old');
  fs.mkdirSync(root + '.next-999998');
  recover(root);
  expect(fs.readFileSync(path.join(root, 'prod', 'apps.k8s.yaml'), 'utf8')).toBe('old');
  expect(fs.readdirSync(path.dirname(root))).toEqual(['dist']);
});
