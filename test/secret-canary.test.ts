/**
 * Canary scan, per environment: the Pulumi program runs (under mocks) with recognisable fake values
 * for every secret config key its stack reads, and `npm run synth` writes the same environment.
 * No canary may appear anywhere except inside what Pulumi creates from secret config (the Kubernetes
 * Secrets and the SNS subscriptions), where it must stay a Pulumi secret.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ENVIRONMENTS, defaultSources, loadPlan, PROJECT_DIR, synthesize } from '../stacks/main';
import { ProgramRun, runStackProgram } from './helpers/stack-program';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-canary-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every secret config value the stack reads, as a canary (phone numbers stay valid E.164). */
function canaries(env: string): { secrets: Record<string, string>; values: string[] } {
  const plan = loadPlan({ env, configFile: path.join(PROJECT_DIR, `Pulumi.${env}.yaml`) });
  const value = (key: string) => `CANARY-${env}-${key}`;
  const receiverKeys = Object.values(plan.receiverCredentialKeys).flat();
  const receivers = Object.fromEntries(receiverKeys.map((k) => [k, value(k)]));
  const events = Object.fromEntries(plan.eventCredentialKeys.map((k) => [k, value(k)]));
  const phones = plan.sms ? ['+491510000' + (ENVIRONMENTS.indexOf(env as never) + 1) + '01', '+491510000' + (ENVIRONMENTS.indexOf(env as never) + 1) + '02'] : [];
  const grafana = plan.monitoring?.grafana ? [value('grafana')] : [];
  const secrets: Record<string, string> = {
    ...(grafana.length ? { grafanaAdminPassword: grafana[0] } : {}),
    ...(receiverKeys.length ? { receiverCredentials: JSON.stringify(receivers) } : {}),
    ...(plan.eventCredentialKeys.length ? { eventCredentials: JSON.stringify(events) } : {}),
    ...(phones.length ? { smsNumbers: JSON.stringify(phones) } : {}),
  };
  return { secrets, values: [...grafana, ...Object.values(receivers), ...Object.values(events), ...phones] };
}

describe.each(ENVIRONMENTS)('no secret value leaks in %s (canary scan)', (env) => {
  const { secrets, values } = canaries(env);
  let program: ProgramRun;

  beforeAll(async () => {
    program = await runStackProgram(env, secrets);
  });

  test('only what Pulumi creates from secret config holds the values, as Pulumi secrets', () => {
    const { registered, pulumi } = program;
    const isHolder = (r: (typeof registered)[number]) => (r.type === 'kubernetes:core/v1:Secret' && r.inputs.stringData?.[pulumi.runtime.specialSigKey] !== undefined
      && r.inputs.metadata.name !== 'alertmanager-monitoring') || (r.type === 'aws:sns/topicSubscription:TopicSubscription');
    const holders = registered.filter(isHolder);
    for (const holder of holders) {
      const secretField = holder.type.startsWith('aws:') ? holder.inputs.endpoint : holder.inputs.stringData;
      expect({ name: holder.name, secret: secretField[pulumi.runtime.specialSigKey] }).toEqual({ name: holder.name, secret: pulumi.runtime.specialSecretSig });
    }
    const held = JSON.stringify(holders.map((r) => r.inputs));
    for (const canary of values) {
      expect({ canary, held: held.includes(canary) }).toEqual({ canary, held: true });
    }
    const everythingElse = JSON.stringify(registered.filter((r) => !holders.includes(r)).map((r) => r.inputs));
    expect(registered.length).toBeGreaterThan(30);
    for (const canary of values) {
      expect({ canary, leaked: everythingElse.includes(canary) }).toEqual({ canary, leaked: false });
    }
    const outputs = JSON.stringify(program.outputs);
    expect(outputs).toContain('alertmanager-operated');
    for (const canary of values) {
      expect({ canary, inOutputs: outputs.includes(canary) }).toEqual({ canary, inOutputs: false });
    }
  });

  test('no synthesized file carries a value; receivers read credentials from mounted files', () => {
    const [result] = synthesize(defaultSources(tmp, [env]));
    const text = result.files.map((f) => fs.readFileSync(path.join(result.outdir, f), 'utf8')).join('\n');
    expect(text).toContain('/etc/alertmanager/secrets/alertmanager-receivers/');
    for (const canary of values) {
      expect(text).not.toContain(canary);
    }
  });
});
