/**
 * Canary scan: the Pulumi program runs (under mocks) with recognisable fake values for every secret
 * config key, and the cdk8s app synthesizes to files. No canary may appear anywhere except inside
 * the Kubernetes Secrets Pulumi creates from secret config, where it must stay a Pulumi secret.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import { SECRET_CONFIG } from '../stacks/example';
import { synthesizeExample } from '../stacks/main';
import { recordRegistrations, registrationsSettled } from './helpers/pulumi-mocks';

const CANARIES: Record<string, string> = Object.fromEntries(
  ['grafanaAdminPassword', ...Object.keys(SECRET_CONFIG)].map((key, i) => [key, `CANARY-${key}-${(0x5eed + i).toString(16)}`]),
);
const SECRET_NAMES = ['monitoring-grafana-admin', ...new Set(Object.values(SECRET_CONFIG).map(([secret]) => secret))];

describe('no secret value leaks (canary scan)', () => {
  let registered: pulumi.runtime.MockResourceArgs[] = [];
  let program: Record<string, unknown>;

  beforeAll(async () => {
    registered = await recordRegistrations('kubeship', 'prod');
    pulumi.runtime.setAllConfig(
      Object.fromEntries(Object.entries(CANARIES).map(([k, v]) => [`kubeship:${k}`, v])),
      Object.keys(CANARIES).map((k) => `kubeship:${k}`),
    );
    program = require('../stacks/index');
    await registrationsSettled(registered);
  });

  test('only the Secrets created from secret config hold the values, as Pulumi secrets', () => {
    const holders = registered.filter((r) => r.type === 'kubernetes:core/v1:Secret' && SECRET_NAMES.includes(r.inputs.metadata.name));
    expect(holders.map((r) => r.inputs.metadata.name).sort()).toEqual([...SECRET_NAMES].sort());
    for (const secret of holders) {
      expect(secret.inputs.stringData[pulumi.runtime.specialSigKey]).toBe(pulumi.runtime.specialSecretSig);
    }
    const held = JSON.stringify(holders.map((r) => r.inputs));
    for (const canary of Object.values(CANARIES)) {
      expect(held).toContain(canary);
    }
    const everythingElse = JSON.stringify(registered.filter((r) => !holders.includes(r)).map((r) => r.inputs));
    expect(registered.length).toBeGreaterThan(40);
    for (const canary of Object.values(CANARIES)) {
      expect({ canary, leaked: everythingElse.includes(canary) }).toEqual({ canary, leaked: false });
    }
  });

  test('no stack output carries a value', async () => {
    const outputs = await new Promise<unknown>((resolve) => pulumi.output(program).apply(resolve));
    const text = JSON.stringify(outputs);
    expect(text).toContain('prometheus-operated');
    for (const canary of Object.values(CANARIES)) {
      expect(text).not.toContain(canary);
    }
  });

  test('no synthesized file carries a value; receivers read credentials from mounted files', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-canary-'));
    try {
      const { files } = synthesizeExample(outdir);
      const text = files.map((f) => fs.readFileSync(path.join(outdir, f), 'utf8')).join('\n');
      expect(text).toContain('/etc/alertmanager/secrets/alertmanager-receivers/pagerduty-routing-key');
      expect(text).toContain('$slack-token');
      for (const canary of Object.values(CANARIES)) {
        expect(text).not.toContain(canary);
      }
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
