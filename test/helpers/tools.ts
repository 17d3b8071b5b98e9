import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const BIN = path.join(__dirname, '..', '..', '.tools', 'bin');

/**
 * Path of a tool fetched by `scripts/install-tools.sh` (promtool, prometheus, amtool,
 * prometheus-alertmanager). A missing tool fails the test with instructions: the proofs with the
 * real tools are part of the test suite, never silently skipped.
 */
export function tool(name: string): string {
  const file = path.join(BIN, name);
  if (!fs.existsSync(file)) {
    throw new Error(
      [
        '',
        '='.repeat(78),
        ` ${name} is missing from .tools/bin. The tests prove the generated configuration with the`,
        ' real Prometheus/Alertmanager tools. Run `bash scripts/install-tools.sh` (npm test does it).',
        '='.repeat(78),
      ].join('\n'),
    );
  }
  return file;
}

/** Runs a tool synchronously (bounded in time) and returns its exit code and output. */
export function run(name: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): { code: number; output: string } {
  const result = spawnSync(tool(name), args, { cwd: options.cwd, encoding: 'utf8', timeout: options.timeoutMs ?? 60_000 });
  if (result.error) {
    throw result.error;
  }
  return { code: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kubeship-${prefix}-`));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
