/**
 * All-or-nothing output directories. A new version of a directory is built beside it
 * (`<dir>.next-<pid>`), then swapped in with two renames (`<dir>` -> `<dir>.old-<pid>`,
 * `<dir>.next-<pid>` -> `<dir>`): a reader sees the whole old directory or the whole new one, never
 * a mix. A process killed at any point leaves at most its own `.next-`/`.old-` siblings; the next
 * run puts an interrupted swap back (`<dir>` missing, `.old-` present) and removes leftovers of
 * processes that are gone. SIGINT and SIGTERM remove the unfinished new version before exiting.
 */
import * as fs from 'fs';
import * as path from 'path';

const SIBLING = /^(.*)\.(next|old)-([0-9]+)$/;

function alive(pid: number): boolean {
  if (pid === process.pid) {
    return true;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Puts back a swap a killed process left half done, and removes leftovers of processes that are gone. */
export function recover(dir: string): void {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  if (!fs.existsSync(parent)) {
    return;
  }
  const leftovers = fs
    .readdirSync(parent)
    .map((name) => ({ name, match: SIBLING.exec(name) }))
    .filter((e) => e.match && e.match[1] === base && !alive(Number(e.match[3])));
  // killed between the two renames: the old version is the last complete one
  const old = leftovers
    .filter((e) => e.match![2] === 'old')
    .map((e) => path.join(parent, e.name))
    .sort();
  if (!fs.existsSync(dir) && old.length > 0) {
    fs.renameSync(old[old.length - 1], dir);
  }
  for (const e of leftovers) {
    fs.rmSync(path.join(parent, e.name), { recursive: true, force: true });
  }
}

/** Hard-links (or, across file systems, copies) `from` into `to`, recursively. */
function carry(from: string, to: string): void {
  const stat = fs.lstatSync(from);
  if (stat.isDirectory()) {
    fs.mkdirSync(to, { recursive: true });
    for (const name of fs.readdirSync(from)) {
      carry(path.join(from, name), path.join(to, name));
    }
  } else if (stat.isSymbolicLink()) {
    fs.symlinkSync(fs.readlinkSync(from), to);
  } else {
    try {
      fs.linkSync(from, to);
    } catch {
      fs.copyFileSync(from, to);
    }
  }
}

/** A new version of a directory, built beside it: swap it in with `commit`, or drop it with `abandon`. */
export interface PreparedDirectory {
  readonly next: string;
  commit(): void;
  abandon(): void;
}

/**
 * Builds the new version of `dir` with what `build` writes into the directory it is given; nothing
 * is visible until `commit`, which carries over the entries of the current `dir` named in `carried`
 * (hard links) and swaps the new version in. Throws what `build` throws, leaving nothing behind.
 */
export function prepareDirectory(
  dir: string,
  build: (next: string) => void,
  carried: (name: string) => boolean = () => false,
): PreparedDirectory {
  recover(dir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const next = `${dir}.next-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  fs.rmSync(next, { recursive: true, force: true });
  fs.mkdirSync(next);
  const onSignal = (signal: NodeJS.Signals) => {
    fs.rmSync(next, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const done = () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  const abandon = () => {
    fs.rmSync(next, { recursive: true, force: true });
    done();
  };
  try {
    build(next);
  } catch (error) {
    abandon();
    throw error;
  }
  return {
    next,
    abandon,
    commit: () => {
      try {
        if (fs.existsSync(dir)) {
          for (const name of fs.readdirSync(dir).filter(carried)) {
            if (!fs.existsSync(path.join(next, name))) {
              carry(path.join(dir, name), path.join(next, name));
            }
          }
          fs.renameSync(dir, old);
        }
        fs.renameSync(next, dir);
      } finally {
        done();
      }
      fs.rmSync(old, { recursive: true, force: true });
    },
  };
}
