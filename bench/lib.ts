/**
 * What every benchmark shares: medians of interleaved rounds (machine noise hits both sides
 * alike), fresh processes timed with their peak memory, and results written only when asked
 * (`npm run bench -- --record`, or `BENCH_RECORD=1`), with the Node version and core count.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..');

/** The median of `values`. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** `a / b`, two decimals. */
export function ratio(a: number, b: number): number {
  return Number((a / b).toFixed(2));
}

/** One fresh process: its wall time and its peak resident memory. */
export interface Run {
  readonly ms: number;
  readonly rssMiB: number;
}

const RSS_PRELOAD = path.join(__dirname, 'rss.js');

/**
 * Runs `node <args>` in a fresh process (with `bench/rss.js` preloaded, which reports the peak
 * resident memory at exit); throws with its stderr unless it exits with one of `ok`.
 */
export function node(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; ok?: readonly number[] } = {}): Run {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['-r', RSS_PRELOAD, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!(options.ok ?? [0]).includes(result.status ?? -1)) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  }
  const rss = /kubeship-bench-maxrss-kib (\d+)/.exec(result.stderr);
  return { ms, rssMiB: rss ? Math.round(Number(rss[1]) / 1024) : NaN };
}

/** Interleaves the measurements round by round and returns each one's median run. */
export function interleaved(rounds: number, ...measure: Array<() => Run>): Run[] {
  const samples = measure.map(() => [] as Run[]);
  for (let i = 0; i < rounds; i++) {
    measure.forEach((m, j) => samples[j].push(m()));
  }
  return samples.map((runs) => ({ ms: Math.round(median(runs.map((r) => r.ms))), rssMiB: Math.max(...runs.map((r) => r.rssMiB)) }));
}

/** The command an npm script runs, split into node's arguments (`node -r ./x.js y.ts` -> `[-r, ./x.js, y.ts]`). */
export function scriptArgs(script: string): string[] {
  const command = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[
    script
  ];
  const words = command.split(/\s+/);
  if (words[0] !== 'node') {
    throw new Error(`npm run ${script} is "${command}", not a node command this benchmark can time`);
  }
  return words.slice(1);
}

/** True when results should be written (`--record` or BENCH_RECORD=1). */
export const RECORD = process.argv.includes('--record') || process.env.BENCH_RECORD === '1';

/** Writes `bench/<name>` with the machine's description, when recording. */
export function record(name: string, results: object): void {
  if (!RECORD) {
    return;
  }
  const file = path.join(__dirname, name);
  fs.writeFileSync(
    file,
    `${JSON.stringify({ node: process.version, cpus: os.cpus().length, recordedAt: new Date().toISOString().slice(0, 10), ...results }, null, 2)}\n`,
  );
  console.log(`recorded ${path.relative(ROOT, file)}`);
}
