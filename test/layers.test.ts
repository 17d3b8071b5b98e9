/**
 * The layer rules of `.dependency-cruiser.cjs` (run by `npm run lint:deps` in `npm test`): the
 * tree passes, and each rule fails on a deliberately wrong import in a small tree of its own.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

function cruise(cwd: string): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    [
      CLI,
      '--config',
      path.join(ROOT, '.dependency-cruiser.cjs'),
      '--output-type',
      'err',
      'constructs',
      ...['stacks', 'policies'].filter((d) => fs.existsSync(path.join(cwd, d))),
    ],
    { cwd, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A tree of files (path -> content) in a temporary directory. */
function tree(files: Record<string, string>): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-layers-'));
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

test("the library's imports follow its layers, with no circle", () => {
  const { status, output } = cruise(ROOT);
  expect(output).toContain('no dependency violations found');
  expect(status).toBe(0);
}, 120_000);

test.each([
  [
    'core-is-the-base',
    {
      'constructs/core/names.ts': "import { MonitoringStack } from '../monitoring/stack';\nexport const x = MonitoringStack;\n",
      'constructs/monitoring/stack.ts': 'export class MonitoringStack {}\n',
    },
  ],
  [
    'policy-reads-rendered-objects',
    {
      'constructs/policy/rules.ts': "import { Workload } from '../delivery/workload';\nexport const x = Workload;\n",
      'constructs/delivery/workload.ts': 'export class Workload {}\n',
    },
  ],
  [
    'no-circular',
    {
      'constructs/monitoring/a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'constructs/monitoring/b.ts': "import { a } from './a';\nexport const b = () => a;\n",
    },
  ],
  [
    'lower-domains-stay-lower',
    {
      'constructs/notifications/config.ts': "import { Remediation } from '../remediation/remediation';\nexport const x = Remediation;\n",
      'constructs/remediation/remediation.ts': 'export class Remediation {}\n',
    },
  ],
  [
    'domains-do-not-reach-up',
    {
      'constructs/monitoring/grafana.ts': "import { RULES } from '../policy/rules';\nexport const x = RULES;\n",
      'constructs/policy/rules.ts': 'export const RULES = [];\n',
    },
  ],
  [
    'stacks-through-entry-points',
    {
      'stacks/config.ts': "import { isDnsLabel } from '../constructs/core/names';\nexport const x = isDnsLabel;\n",
      'constructs/core/names.ts': 'export const isDnsLabel = () => true;\n',
      'constructs/index.ts': 'export {};\n',
    },
  ],
  [
    'remediation-runtime-stands-alone',
    {
      'constructs/remediation/runtime/decide.ts': "import { isDnsLabel } from '../../core/names';\nexport const x = isDnsLabel;\n",
      'constructs/core/names.ts': 'export const isDnsLabel = () => true;\n',
    },
  ],
  [
    'library-not-app',
    {
      'constructs/core/names.ts': "import { plan } from '../../stacks/environment';\nexport const x = plan;\n",
      'stacks/environment.ts': 'export const plan = 1;\n',
    },
  ],
])(
  '%s fails on a deliberately wrong import',
  (rule, files) => {
    const t = tree(files as Record<string, string>);
    try {
      const { status, output } = cruise(t.dir);
      expect(status).not.toBe(0);
      expect(output).toContain(`error ${rule}:`);
    } finally {
      t.remove();
    }
  },
  120_000,
);
