/**
 * The remediation service ships as one bundle generated from constructs/remediation/runtime/*.ts
 * (scripts/build-runtime.js). The committed module must be what the sources build to, and the
 * bundle must run on Node alone: only Node's own modules are required at run time.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REMEDIATION_RUNTIME } from '../constructs/remediation/runtime.generated';
import { tempDir } from './helpers/tools';

const { generate, OUTPUT } = require('../scripts/build-runtime.js') as { generate(): string; OUTPUT: string };

describe('the remediation runtime bundle', () => {
  test('the committed module is what the sources build to (else: npm run build:runtime)', () => {
    expect(fs.readFileSync(OUTPUT, 'utf8') === generate()).toBe(true);
  });

  test('it carries the package version and a hash of its files', () => {
    expect(REMEDIATION_RUNTIME.version).toBe(JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version);
    expect(REMEDIATION_RUNTIME.hash).toMatch(/^[a-f0-9]{64}$/);
    expect(Object.keys(REMEDIATION_RUNTIME.files)).toEqual(['server.js']);
  });

  test('it needs nothing but Node: every require outside the bundle is a node: module, and it loads on its own', () => {
    const text = REMEDIATION_RUNTIME.files['server.js'];
    const external = [...text.matchAll(/\brequire\("([^".][^"]*)"\)/g)].map((m) => m[1]);
    expect(external.length).toBeGreaterThan(0);
    expect(external.filter((spec) => !spec.startsWith('node:') && spec !== 'path')).toEqual([]);
    const tmp = tempDir('runtime-bundle');
    try {
      const file = path.join(tmp.dir, 'server.js');
      fs.writeFileSync(file, text);
      const loaded = require(file);
      expect(Object.keys(loaded).sort()).toEqual(['Counters', 'DEFAULT_LIMITS', 'createApp', 'limitsFromEnv', 'main']);
    } finally {
      tmp.remove();
    }
  });
});
