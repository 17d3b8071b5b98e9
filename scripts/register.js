'use strict';
/**
 * Runs the repository's TypeScript CLIs (`npm run synth`, `npm run policy`) from JavaScript that is
 * transpiled once per source file and cached, so a run does not load the TypeScript compiler:
 *
 *   node -r ./scripts/register.js stacks/main.ts
 *
 * Each `.ts` file is transpiled on its own (what `ts-node --transpile-only` does; `npm run
 * typecheck` checks types) with the compiler options below, and the JavaScript is kept in
 * `node_modules/.cache/kubeship-ts/` under a hash of the file's path, its text, the TypeScript
 * version and these options. A changed file gets a new entry, so nothing stale ever runs; the
 * compiler is loaded only when some file has no entry yet (the first run after a clone or an edit).
 * Writes go through a temporary file and a rename: concurrent runs never read half an entry.
 * `KUBESHIP_TS_CACHE=0` transpiles every file without the cache; `KUBESHIP_TS_CACHE_DIR` moves it
 * (the benchmark times a first run with an empty one).
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const CACHE_DIR = process.env.KUBESHIP_TS_CACHE_DIR || path.join(ROOT, 'node_modules', '.cache', 'kubeship-ts');
const USE_CACHE = process.env.KUBESHIP_TS_CACHE !== '0';

/** The options `tsconfig.json` compiles with, as they apply to one file transpiled on its own. */
const COMPILER_OPTIONS = {
  module: 'commonjs',
  target: 'es2022',
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
  inlineSources: false,
};

let typescript;
let salt;
/** The package version of the TypeScript that would transpile, read without loading the compiler. */
function cacheSalt() {
  if (salt === undefined) {
    const version = JSON.parse(fs.readFileSync(require.resolve('typescript/package.json'), 'utf8')).version;
    salt = `${version}\0${JSON.stringify(COMPILER_OPTIONS)}\0`;
  }
  return salt;
}

function transpile(source, filename) {
  typescript ??= require('typescript');
  const options = typescript.convertCompilerOptionsFromJson(COMPILER_OPTIONS, ROOT).options;
  const out = typescript.transpileModule(source, { fileName: filename, compilerOptions: options, reportDiagnostics: false });
  return out.outputText;
}

function compile(source, filename) {
  if (!USE_CACHE) {
    return transpile(source, filename);
  }
  const key = crypto.createHash('sha256').update(cacheSalt()).update(filename).update('\0').update(source).digest('hex');
  const entry = path.join(CACHE_DIR, key.slice(0, 2), `${key.slice(2)}.js`);
  try {
    return fs.readFileSync(entry, 'utf8');
  } catch {
    // not cached yet
  }
  const output = transpile(source, filename);
  try {
    fs.mkdirSync(path.dirname(entry), { recursive: true });
    const tmp = `${entry}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, output);
    fs.renameSync(tmp, entry);
  } catch {
    // a read-only tree still runs, only without the cache
  }
  return output;
}

require.extensions['.ts'] = function (module, filename) {
  module._compile(compile(fs.readFileSync(filename, 'utf8'), filename), filename);
};
