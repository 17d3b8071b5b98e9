/**
 * Canary scan, per environment: the Pulumi program runs (under mocks) with recognisable fake values
 * for every secret config key its stack reads, and `npm run synth` writes the same environment.
 * No canary may appear anywhere except inside what Pulumi creates from secret config (the Kubernetes
 * Secrets and the SNS subscriptions), where it must stay a Pulumi secret.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, YamlOutputType } from 'cdk8s';
import * as yaml from 'yaml';
import { checkObjects } from '../constructs/policy';
import { buildEnvironment, ENVIRONMENTS, defaultSources, loadPlan, PROJECT_DIR, synthesize } from '../stacks/main';
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
  const phones = plan.sms
    ? ['+491510000' + (ENVIRONMENTS.indexOf(env as never) + 1) + '01', '+491510000' + (ENVIRONMENTS.indexOf(env as never) + 1) + '02']
    : [];
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
    const isHolder = (r: (typeof registered)[number]) =>
      (r.type === 'kubernetes:core/v1:Secret' &&
        r.inputs.stringData?.[pulumi.runtime.specialSigKey] !== undefined &&
        r.inputs.metadata.name !== 'alertmanager-monitoring') ||
      r.type === 'aws:sns/topicSubscription:TopicSubscription';
    const holders = registered.filter(isHolder);
    for (const holder of holders) {
      const secretField = holder.type.startsWith('aws:') ? holder.inputs.endpoint : holder.inputs.stringData;
      expect({ name: holder.name, secret: secretField[pulumi.runtime.specialSigKey] }).toEqual({
        name: holder.name,
        secret: pulumi.runtime.specialSecretSig,
      });
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
    expect(leaks(text, values)).toEqual([]);
  });

  test('a value pasted in clear into the stack file, beside an encrypted one, is refused without printing it, and nothing is written', () => {
    expect(values.length).toBeGreaterThan(0);
    const config = yaml.parse(fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${env}.yaml`), 'utf8'));
    const receiverKey = Object.values(
      loadPlan({ env, configFile: path.join(PROJECT_DIR, `Pulumi.${env}.yaml`) }).receiverCredentialKeys,
    ).flat()[0];
    // before: the whole map passed as encrypted as soon as "secure" appeared anywhere in it
    config.config['kubeship:receiverCredentials'] = { 'other-key': { secure: 'v1:AAAAencrypted' }, [receiverKey]: values[0] };
    config.config['kubeship:grafanaAdminPassword'] = `CANARY-${env}-clear-grafana`;
    const file = path.join(tmp, `Pulumi.${env}-clear.yaml`);
    fs.writeFileSync(file, yaml.stringify(config));
    const outdir = path.join(tmp, `clear-${env}`);
    let message = '';
    try {
      synthesize([{ env, configFile: file, outdir }]);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`kubeship:receiverCredentials.${receiverKey}: got "(hidden)"; allowed: only an encrypted value`);
    expect(message).toContain(`run \`pulumi config set --secret --path 'receiverCredentials.${receiverKey}' <value>\``);
    expect(message).not.toContain('kubeship:receiverCredentials.other-key');
    expect(leaks(message, [values[0], `CANARY-${env}-clear-grafana`])).toEqual([]);
    expect(fs.existsSync(outdir)).toBe(false);
  });

  test('the scan can fail: a value passed as a literal through construct props is found in the output, and the policy gate blocks it', () => {
    const plan = loadPlan({ env, configFile: path.join(PROJECT_DIR, `Pulumi.${env}.yaml`) });
    const canary = `CANARY-${env}-literal-db-password`;
    const [name, props] = Object.entries(plan.apps)[0];
    // a deliberately broken variant: the database password as a literal env value instead of a secretKeyRef
    const leaky = { ...plan, apps: { ...plan.apps, [name]: { ...props, env: { ...props.env, DB_PASSWORD: canary } } } };
    const app = new App({ outdir: path.join(tmp, `leaky-${env}`), yamlOutputType: YamlOutputType.FILE_PER_CHART });
    buildEnvironment(app, leaky);
    const text = app.synthYaml();
    expect(leaks(text, [canary, ...values])).toEqual([canary]);
    const objects = yaml
      .parseAllDocuments(text)
      .map((d) => d.toJS())
      .filter(Boolean);
    const report = checkObjects(objects, { environment: env, enforcement: 'mandatory', production: true });
    expect(report.findings.filter((f) => f.ruleId === 'no-plaintext-secrets').map((f) => f.message)).toContain(
      `container ${name}: env DB_PASSWORD is named like a credential (DB_PASSWORD) and holds a literal value`,
    );
  });
});

/** The canaries that appear in `text`. */
function leaks(text: string, canaries: readonly string[]): string[] {
  return canaries.filter((canary) => text.includes(canary));
}
