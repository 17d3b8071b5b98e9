/**
 * The policy rule set: every rule's passing and failing fixture, the engine (levels, production
 * scope, exemptions, overrides), the secret detectors, the offline runner over `npm run synth`
 * output, and the same rules as Pulumi policies on the resources the stack program registers.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import * as yaml from 'yaml';
import {
  checkObjects,
  formatReport,
  inlineAlertmanagerSecrets,
  MAX_SCANNED_LENGTH,
  policyOptionsFromConfig,
  RULES,
  secretLinesIn,
  secretLiteral,
  secretValueKind,
} from '../constructs/policy';
import { kubeshipPolicies } from '../constructs/policy/pulumi';
import { parseArgs, PolicyInputError, run as runPolicy } from '../policies/cli';
import { defaultSources, synthesize } from '../stacks/main';
import { compliantSet, FAILING, failingSet } from './helpers/policy-fixtures';
import { cliConfig, runStackProgram } from './helpers/stack-program';

const ROOT = path.join(__dirname, '..');
const exec = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-policy-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// the budgets of prod's stack file: a deployment within 5 minutes, a rollback within 2, critical alerts sent within 30 s of firing
const prod = { environment: 'prod', budgets: { deploymentSeconds: 300, rollbackSeconds: 120, alertDeliverySeconds: 30 } } as const;

describe('rules: a passing and a failing fixture each', () => {
  test('every rule has a failing fixture, and the compliant set passes every rule (each rule saw objects)', () => {
    expect(Object.keys(FAILING).sort()).toEqual(RULES.map((r) => r.id).sort());
    const report = checkObjects(compliantSet(), prod);
    expect(report.findings).toEqual([]);
    expect(report.summary.filter((s) => s.checked === 0).map((s) => s.ruleId)).toEqual([]);
    expect(report.exempted.map((f) => [f.ruleId, f.object])).toEqual([['rollout-with-analysis', 'Deployment/monitoring/grafana']]);
  });

  test.each(RULES.map((r) => r.id))('%s: the failing fixture is reported under this id, mandatory in prod', (id) => {
    const report = checkObjects(failingSet(id), prod);
    const mine = report.findings.filter((f) => f.ruleId === id);
    expect(mine.length).toBeGreaterThan(0);
    for (const f of mine) {
      expect(f).toMatchObject({ level: 'mandatory', remediation: RULES.find((r) => r.id === id)!.remediation });
      expect(f.object).toMatch(/^[A-Za-z]+\/[a-z-]+\/[a-z-]+$/);
    }
    // image-tag-pinned's fixture (latest) is not pinned by digest either, and a Rollout without analysis
    // rolls nothing back within the rollback budget; every other fixture breaks one rule
    const alsoBroken: Record<string, string[]> = {
      'image-tag-pinned': ['image-digest'],
      'rollout-with-analysis': ['delivery-timing-budget'],
    };
    expect(report.findings.map((f) => f.ruleId).filter((r) => r !== id)).toEqual(alsoBroken[id] ?? []);
  });

  test('messages name the container, the field and the value', () => {
    const messages = (id: string) =>
      checkObjects(failingSet(id), prod)
        .findings.filter((f) => f.ruleId === id)
        .map((f) => `${f.object}: ${f.message}`);
    expect(messages('run-as-non-root')).toEqual(['Rollout/shop/api: container api: runs as UID 0 (runAsUser: 0)']);
    expect(messages('no-host-access')).toEqual([
      'Rollout/shop/api: hostNetwork is true',
      'Rollout/shop/api: volume docker mounts hostPath /var/run/docker.sock',
    ]);
    expect(messages('image-tag-pinned')).toEqual(['Rollout/shop/api: container api: image ghcr.io/example/shop-api:latest uses latest']);
    expect(messages('pod-disruption-budget')).toEqual(['Rollout/shop/api: 3 replicas and no PodDisruptionBudget selects its pods']);
    expect(messages('hpa-sane')).toEqual([
      'HorizontalPodAutoscaler/shop/api: minReplicas 1 in production (one pod is a single point of failure; use at least 2)',
    ]);
    expect(messages('critical-alerts-page')).toEqual([
      'PrometheusRule/monitoring/deployments: critical alert DeploymentFailed reaches dev in Secret/monitoring/alertmanager-main, none of which pages',
    ]);
    expect(messages('no-plaintext-secrets')).toEqual([
      'Rollout/shop/api: container api: env DB_PASSWORD is named like a credential (DB_PASSWORD) and holds a literal value',
    ]);
    expect(messages('grafana-admin-password-secret')).toEqual([
      'Deployment/monitoring/grafana: container grafana: no admin password from a Secret (Grafana falls back to admin/admin)',
    ]);
  });

  test('more failing cases: HPA bounds and target replicas, PDB blocking drains, blue-green without analysis, a literal Grafana password', () => {
    const set: any[] = compliantSet();
    const hpa = set.find((o) => o.kind === 'HorizontalPodAutoscaler');
    hpa.spec.minReplicas = 12;
    delete hpa.spec.behavior.scaleDown;
    set.find((o) => o.kind === 'Rollout').spec.replicas = 4;
    set.find((o) => o.kind === 'PodDisruptionBudget').spec = {
      minAvailable: '100%',
      selector: { matchLabels: { 'app.kubernetes.io/name': 'api' } },
    };
    set.find((o) => o.kind === 'Rollout').spec.strategy = { blueGreen: { activeService: 'api' } };
    set.find((o) => o.kind === 'Deployment').spec.template.spec.containers[0].env = [
      { name: 'GF_SECURITY_ADMIN_PASSWORD', value: 'admin' },
    ];
    const found = checkObjects(set, prod).findings.map((f) => `${f.ruleId}: ${f.message}`);
    expect(found).toEqual([
      'pod-disruption-budget: PodDisruptionBudget api allows no disruption (blocks node drains)',
      'hpa-sane: minReplicas 12 is above maxReplicas 10',
      'hpa-sane: no behavior.scaleDown',
      'hpa-sane: its target Rollout/api fixes spec.replicas: 4, which every apply resets under the HPA',
      'rollout-with-analysis: its blue-green strategy runs no analysis',
      'delivery-timing-budget: a failing version is rolled back after until someone acts (no analysis watches the live version; abort: active Service switched back while the old version is kept (scaleDownDelaySeconds 30)); the budget is 2m',
      'no-plaintext-secrets: container grafana: env GF_SECURITY_ADMIN_PASSWORD is named like a credential (GF_SECURITY_ADMIN_PASSWORD) and holds a literal value',
      'grafana-admin-password-secret: container grafana: GF_SECURITY_ADMIN_PASSWORD is a literal value',
    ]);
  });
});

describe('engine', () => {
  test('outside production: production rules do not apply, and the default level is advisory', () => {
    const set = failingSet('image-digest');
    FAILING.probes(set);
    const report = checkObjects(set, { environment: 'dev' });
    expect(report).toMatchObject({ production: false, enforcement: 'advisory', mandatory: 0 });
    expect(report.findings.map((f) => [f.ruleId, f.level])).toEqual([['probes', 'advisory']]);
    expect(report.summary.find((s) => s.ruleId === 'image-digest')).toMatchObject({ applies: false, level: 'disabled' });
    expect(checkObjects(set, { environment: 'staging', enforcement: 'mandatory' }).mandatory).toBe(1);
    expect(checkObjects(set, { environment: 'prod-eu' }).production).toBe(true);
    expect(checkObjects(set, { environment: 'qa', production: true }).findings.map((f) => f.ruleId)).toEqual(['probes', 'image-digest']);
  });

  test('per-rule overrides win over the environment level; bad options are one error listing every problem', () => {
    const set = failingSet('probes');
    expect(checkObjects(set, { ...prod, overrides: { probes: 'advisory' } }).findings.map((f) => f.level)).toEqual(['advisory']);
    expect(checkObjects(set, { ...prod, overrides: { probes: 'disabled' } }).findings).toEqual([]);
    expect(() =>
      checkObjects(set, { ...prod, enforcement: 'strict' as any, overrides: { probe: 'advisory', probes: 'off' as any } }),
    ).toThrow(
      'Invalid policy options (3 problems):\n  enforcement: got "strict"; allowed: advisory, mandatory, disabled; fix: use one of them\n' +
        `  overrides.probe: no such rule; allowed: ${RULES.map((r) => r.id).join(', ')}; fix: use a rule id\n` +
        '  overrides.probes: got "off"; allowed: advisory, mandatory, disabled; fix: use one of them',
    );
  });

  test('an exemption needs a reason: with one the finding moves to exempted, without one it still counts', () => {
    const set: any[] = failingSet('no-load-balancer');
    const service = set.find((o) => o.kind === 'Service');
    service.metadata.annotations = { 'policy.kubeship.dev/exempt.no-load-balancer': 'public TCP endpoint, approved in OPS-123' };
    const exempt = checkObjects(set, prod);
    expect(exempt.findings).toEqual([]);
    expect(exempt.exempted.filter((f) => f.ruleId === 'no-load-balancer')).toEqual([
      expect.objectContaining({
        ruleId: 'no-load-balancer',
        object: 'Service/shop/api',
        exemption: 'public TCP endpoint, approved in OPS-123',
      }),
    ]);
    service.metadata.annotations['policy.kubeship.dev/exempt.no-load-balancer'] = ' ';
    expect(checkObjects(set, prod).findings.map((f) => f.message)).toEqual([
      'type LoadBalancer is not allowed here (its exemption annotation gives no reason, so it does not apply)',
    ]);
  });

  test('the report prints rule id, object, message and fix per violation, then a summary table', () => {
    const text = formatReport(checkObjects(failingSet('probes'), prod));
    expect(text).toContain('[mandatory] probes  Rollout/shop/api\n    container api: no livenessProbe\n    fix: Add readinessProbe');
    expect(text).toContain('[exempt] rollout-with-analysis  Deployment/monitoring/grafana');
    expect(text).toMatch(/^rule +level +checked +violations +exempt$/m);
    expect(text).toMatch(/^probes +mandatory +3 +1 +0$/m);
    expect(text).toContain('prod: 1 mandatory, 0 advisory violations, 1 exempt');
  });
});

describe('secret detectors', () => {
  test('literals named like credentials or shaped like tokens are found; references, paths and plain settings are not', () => {
    const cases: Array<[string, string, boolean]> = [
      ['DB_PASSWORD', 'hunter2', true],
      ['api_key', 'abc123', true],
      ['WEBHOOK', 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX', true],
      ['NOTE', 'key AKIAABCDEFGHIJKLMNOP here', true],
      ['DSN', 'postgres://app:s3cret@db:5432/app', true],
      ['token', '$slack-token', false],
      ['TOKEN_PATH', '/var/run/secrets/x', false],
      ['PASSWORD_FILE', '/run/secrets/db', false],
      ['LOG_LEVEL', 'debug', false],
      ['TOKEN_TTL', '3600', false],
      ['secretName', 'api-database', false],
      ['password', '{{ .Values.x }}', false],
    ];
    expect(cases.map(([name, value]) => [name, Boolean(secretLiteral(name, value))])).toEqual(
      cases.map(([name, , found]) => [name, found]),
    );
    expect(secretValueKind('-----BEGIN RSA PRIVATE KEY-----')).toBe('a private key');
  });

  test('every detector still finds its credential, and values too long to scan are reported, not passed', () => {
    const kinds = [
      'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'xoxb-1234567890-abcdefghij',
      'https://prod-12.westeurope.logic.azure.com:443/workflows/abc',
      'AKIAABCDEFGHIJKLMNOP',
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      `ghp_${'a'.repeat(36)}`,
      `AIza${'b'.repeat(35)}`,
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
      'amqp://user:s3cret@rabbit:5672/',
    ].map((v) => secretValueKind(`some text ${v} more`));
    expect(kinds).toEqual([
      'a Slack webhook URL',
      'a Slack token',
      'a Microsoft Teams / Power Automate webhook URL',
      'an AWS access key id',
      'a private key',
      'a GitHub token',
      'a Google API key',
      'a JSON web token',
      'a URL with a password',
    ]);
    expect(secretValueKind('x'.repeat(MAX_SCANNED_LENGTH + 1))).toBe(
      `a value too long to scan for credentials (${MAX_SCANNED_LENGTH + 1} characters; at most ${MAX_SCANNED_LENGTH} are scanned)`,
    );
    // a comment after a named literal no longer hides it
    expect(secretLinesIn('db:\n  password: hunter2 # rotate me\n  host: db')).toEqual([
      { line: 2, reason: 'is named like a credential (password) and holds a literal value' },
    ]);
  });

  test('adversarial 1 MiB values are scanned in linear time (the old "URL with a password" pattern took 4.9 s on 50,000 characters)', () => {
    // quadratic patterns take minutes on these; linear ones milliseconds. The bound is generous for
    // noisy machines: exact figures are in `npm run bench` (policy).
    const size = MAX_SCANNED_LENGTH - 64;
    const fill = (unit: string) => unit.repeat(Math.floor(size / unit.length));
    const inputs: Record<string, string> = {
      'scheme runs': `a://${'b'.repeat(size)}`,
      'schemes everywhere': fill('a://'),
      'https everywhere': fill('https://'),
      'JWT-like tokens': fill('eyJ-'),
      'GitHub-like tokens': fill('ghp_a'),
      'one long word': 'a'.repeat(size),
    };
    const started = Date.now();
    for (const [name, value] of Object.entries(inputs)) {
      expect({ name, kind: secretValueKind(value) }).toEqual({ name, kind: undefined });
    }
    expect(secretLinesIn(`password: a${' '.repeat(size)}b`)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('Alertmanager credentials written inline are found with the *_file to use; *_file fields and endpoints are not', () => {
    expect(
      inlineAlertmanagerSecrets({
        global: { slack_api_url: 'https://hooks.slack.com/services/T/B/C', resolve_timeout: '5m' },
        receivers: [
          { name: 'a', slack_configs: [{ api_url_file: '/etc/x' }], webhook_configs: [{ url: 'https://hook.example.com/abc' }] },
          { name: 'b', pagerduty_configs: [{ routing_key: 'R0UT1NG', url: 'https://events.eu.pagerduty.com/v2/enqueue' }] },
          { name: 'c', sns_configs: [{ api_url: 'https://sns.eu-west-1.amazonaws.com', sigv4: { region: 'eu-west-1', secret_key: 'x' } }] },
          { name: 'd', webhook_configs: [{ url_file: '/etc/y', http_config: { basic_auth: { username: 'u', password: 'p' } } }] },
        ],
      }),
    ).toEqual([
      { path: 'global.slack_api_url', fix: 'use slack_api_url_file with the key mounted from a Secret' },
      { path: 'receivers[0].webhook_configs[0].url', fix: 'use url_file with the key mounted from a Secret' },
      { path: 'receivers[1].pagerduty_configs[0].routing_key', fix: 'use routing_key_file with the key mounted from a Secret' },
      { path: 'receivers[2].sns_configs[0].sigv4.secret_key', fix: 'drop the static AWS key and give the Alertmanager an IAM role (IRSA)' },
      {
        path: 'receivers[3].webhook_configs[0].http_config.basic_auth.password',
        fix: 'use password_file with the key mounted from a Secret',
      },
    ]);
  });
});

describe('npm run policy over npm run synth output', () => {
  const dist = path.join(tmp, 'dist');
  beforeAll(() => synthesize(defaultSources(dist)));

  test('all three environments pass with zero mandatory violations, at the level of their stack config', () => {
    const targets = parseArgs([dist], ROOT);
    expect(targets.map((t) => [t.options.environment, t.options.enforcement, t.source])).toEqual([
      ['dev', 'advisory', 'Pulumi.dev.yaml'],
      ['prod', 'mandatory', 'Pulumi.prod.yaml'],
      ['staging', 'mandatory', 'Pulumi.staging.yaml'],
    ]);
    const reports = runPolicy(targets);
    expect(reports.map((r) => [r.environment, r.production, r.mandatory, r.findings.length])).toEqual([
      ['dev', false, 0, 0],
      ['prod', true, 0, 0],
      ['staging', false, 0, 0],
    ]);
    const prodReport = reports[1];
    expect(prodReport.exempted.map((f) => `${f.ruleId} ${f.object}`)).toEqual([
      'rollout-with-analysis Deployment/monitoring/prometheus-operator',
      'rollout-with-analysis Deployment/monitoring/monitoring-remediation',
      'rollout-with-analysis Deployment/monitoring/monitoring-kube-state-metrics',
      'rollout-with-analysis Deployment/monitoring/monitoring-grafana',
    ]);
    // the cross-object rules had something to check in prod
    expect(
      Object.fromEntries(
        prodReport.summary
          .filter((s) => ['pod-disruption-budget', 'hpa-sane', 'critical-alerts-page'].includes(s.ruleId))
          .map((s) => [s.ruleId, s.checked]),
      ),
    ).toEqual({ 'pod-disruption-budget': 6, 'hpa-sane': 2, 'critical-alerts-page': 6 });
  });

  test('a violation in prod exits 1 with rule id, object, message, fix and the summary; bad input exits 2 with every problem', async () => {
    const broken = path.join(tmp, 'broken', 'prod');
    fs.mkdirSync(broken, { recursive: true });
    for (const file of fs.readdirSync(path.join(dist, 'prod'))) {
      const text = fs.readFileSync(path.join(dist, 'prod', file), 'utf8');
      fs.writeFileSync(path.join(broken, file), text.replace(/(image: ghcr\.io\/example\/shop-api:1\.8\.0)@sha256:[0-9a-f]{64}/, '$1'));
    }
    const cli = ['-r', path.join(ROOT, 'scripts/register.js'), path.join(ROOT, 'policies/cli.ts')];
    const failed = await exec(process.execPath, [...cli, broken], { cwd: ROOT }).then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stdout).toContain(
      '[mandatory] image-digest  Rollout/shop/api\n    container api: image ghcr.io/example/shop-api:1.8.0 is not pinned by sha256 digest\n    fix: Append the image digest',
    );
    expect(failed?.stdout).toMatch(/^image-digest +mandatory +6 +1 +0$/m);
    expect(failed?.stdout).toContain('(level from Pulumi.prod.yaml; 6 files)');
    expect(failed?.stdout).toContain('FAILED: 1 mandatory violation');

    const advisory = await exec(process.execPath, [...cli, broken, '--enforcement', 'advisory'], { cwd: ROOT });
    expect(advisory.stdout).toContain('[advisory] image-digest  Rollout/shop/api');
    expect(advisory.stdout).toContain('OK: no mandatory violations');

    fs.writeFileSync(path.join(tmp, 'bad.yaml'), 'kind: Thing\n---\nfoo: [\n');
    const bad = await exec(process.execPath, [...cli, path.join(tmp, 'bad.yaml'), '--enforcement', 'strict', '--colour'], {
      cwd: ROOT,
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(bad?.code).toBe(2);
    expect(bad?.stderr).toContain(
      'npm run policy: 2 problems:\n  --colour: unknown option; allowed: --env, --config, --enforcement\n  --enforcement: got "strict"',
    );
    expect(bad?.stderr).not.toMatch(/^\s+at /m);
    expect(() => runPolicy(parseArgs([path.join(tmp, 'bad.yaml')], ROOT))).toThrow(PolicyInputError);
    expect(() => runPolicy(parseArgs([path.join(tmp, 'bad.yaml')], ROOT))).toThrow(
      /bad\.yaml:1: document 1 is not a Kubernetes object.*\n.*bad\.yaml:4: document 2 is not valid YAML: .* at line 4, column 1/,
    );
  });
});

describe('the policy CLI fails closed and reads what it can', () => {
  const dir = path.join(tmp, 'careless');
  const cli = ['-r', path.join(ROOT, 'scripts/register.js'), path.join(ROOT, 'policies/cli.ts')];
  beforeAll(() => {
    fs.mkdirSync(dir, { recursive: true });
    // privileged, hostNetwork, :latest, a literal DB_PASSWORD, and a Slack webhook in a ConfigMap
    fs.writeFileSync(
      path.join(dir, 'app.yaml'),
      yaml.stringify({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'app', namespace: 'shop' },
        spec: {
          selector: { matchLabels: { app: 'app' } },
          template: {
            metadata: { labels: { app: 'app' } },
            spec: {
              hostNetwork: true,
              containers: [
                {
                  name: 'app',
                  image: 'example/app:latest',
                  securityContext: { privileged: true },
                  env: [{ name: 'DB_PASSWORD', value: 'hunter2' }],
                },
              ],
            },
          },
        },
      }) +
        '---\n' +
        yaml.stringify({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'hooks', namespace: 'shop' },
          data: { 'hooks.yaml': 'slack: https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX' },
        }),
    );
    fs.symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'dangling.yaml'));
    fs.symlinkSync(path.join(dir, 'loop-b.yaml'), path.join(dir, 'loop-a.yaml'));
    fs.symlinkSync(path.join(dir, 'loop-a.yaml'), path.join(dir, 'loop-b.yaml'));
  });

  test('without a stack config or --enforcement every rule is mandatory: a risky manifest exits 1, saying why', async () => {
    // before: the level defaulted to advisory and this exited 0 with 12 findings
    const result = await exec(process.execPath, [...cli, dir], { cwd: ROOT }).then(
      () => undefined,
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(result?.code).toBe(1);
    expect(result?.stdout).toContain('== careless (production, enforcement mandatory)');
    expect(result?.stdout).toContain(
      '(level from no stack config (Pulumi.careless.yaml) and no --enforcement: every rule mandatory, production rules included; 1 file)',
    );
    for (const rule of ['no-privilege-escalation', 'no-host-access', 'image-tag-pinned', 'no-plaintext-secrets']) {
      expect(result?.stdout).toContain(`[mandatory] ${rule}`);
    }
    // the dangling symlink and the loop are reported and skipped; the rest was checked
    expect(result?.stderr).toContain(
      `${path.join(dir, 'dangling.yaml')}: skipped, a symlink to ${path.join(dir, 'gone.yaml')}, which does not exist`,
    );
    expect(result?.stderr).toContain(`${path.join(dir, 'loop-a.yaml')}: skipped, a symlink loop`);
    expect(result?.stderr).not.toMatch(/ENOENT|ELOOP|^\s+at /m);
  });

  test('--enforcement advisory remains available; nothing readable left is exit 2', async () => {
    const advisory = await exec(process.execPath, [...cli, dir, '--enforcement', 'advisory'], { cwd: ROOT });
    expect(advisory.stdout).toContain('OK: no mandatory violations');
    expect(() => parseArgs([path.join(dir, 'dangling.yaml')], ROOT)).toThrow(
      /dangling.yaml: skipped, a symlink to .*gone.yaml, which does not exist\n {2}nothing left to check/,
    );
  });

  test('an alias bomb is refused naming the file and document', () => {
    const bomb = path.join(tmp, 'bomb.yaml');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) {
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    }
    fs.writeFileSync(bomb, `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${levels.map((l) => `  ${l}`).join('\n')}\n`);
    expect(() => runPolicy(parseArgs([bomb], ROOT))).toThrow(
      new RegExp(`${bomb.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1: document 1 cannot be read: `),
    );
  });
});

describe('Pulumi PolicyPack door', () => {
  const { unknownCheckingProxy, UnknownValueError } = require('@pulumi/policy') as typeof import('@pulumi/policy');
  const { unknownStringValue } = require('@pulumi/policy/proxy');

  /** Runs every policy as the policy server does: inputs behind the unknown-checking proxy, violations collected. */
  function runPolicies(
    policies: ReturnType<typeof kubeshipPolicies>,
    resources: Array<{ type: string; name: string; inputs: Record<string, any> }>,
  ) {
    const violations: Array<{ policy: string; level?: string; message: string; urn?: string }> = [];
    const urnOf = (r: { type: string; name: string }) => `urn:pulumi:prod::kubeship::${r.type}::${r.name}`;
    for (const policy of policies.filter((p) => p.enforcementLevel !== 'disabled')) {
      if ('validateResource' in policy && policy.validateResource) {
        for (const r of resources) {
          const args: any = {
            type: r.type,
            props: unknownCheckingProxy(r.inputs),
            urn: urnOf(r),
            name: r.name,
            opts: {},
            stackTags: new Map(),
            getConfig: () => ({}),
          };
          (policy.validateResource as any)(args, (message: string) =>
            violations.push({ policy: policy.name, level: policy.enforcementLevel, message }),
          );
        }
      } else if ('validateStack' in policy) {
        const args: any = {
          resources: resources.map((r) => ({ type: r.type, props: unknownCheckingProxy(r.inputs), urn: urnOf(r), name: r.name })),
          stackTags: new Map(),
          getConfig: () => ({}),
        };
        policy.validateStack(args, (message: string, urn?: string) =>
          violations.push({ policy: policy.name, level: policy.enforcementLevel, message, urn }),
        );
      }
    }
    return violations;
  }

  test("the prod stack's registered resources pass every policy at the levels its stack config gives", async () => {
    const { registered } = await runStackProgram('prod');
    // as the CLI hands stack config to the pack: maps as JSON
    const config: Record<string, string> = {
      environment: 'prod',
      policyEnforcement: 'mandatory',
      timingBudgets: '{"deployment":"5m","rollback":"2m","alertDelivery":"30s"}',
    };
    expect(policyOptionsFromConfig((k) => config[k], 'prod').budgets).toEqual({
      deploymentSeconds: 300,
      rollbackSeconds: 120,
      alertDeliverySeconds: 30,
    });
    expect(() => policyOptionsFromConfig((k) => (({ timingBudgets: '5m' }) as Record<string, string>)[k], 'prod')).toThrow(
      /kubeship:timingBudgets: got "5m"/,
    );
    const policies = kubeshipPolicies(policyOptionsFromConfig((k) => config[k], 'prod'));
    expect(policies.map((p) => [p.name, p.enforcementLevel])).toEqual(RULES.map((r) => [r.id, 'mandatory']));
    expect(policies.filter((p) => 'validateStack' in p).map((p) => p.name)).toEqual(RULES.filter((r) => r.checkSet).map((r) => r.id));
    const kubernetes = registered.filter((r) => r.type.startsWith('kubernetes:'));
    expect(kubernetes.length).toBeGreaterThan(40);
    expect(runPolicies(policies, kubernetes)).toEqual([]);

    // the same resources with an unpinned image and no PDB: reported with the resource (and its URN for stack rules)
    const broken = kubernetes
      .filter((r) => !(r.type === 'kubernetes:policy/v1:PodDisruptionBudget' && r.inputs.metadata.name === 'api'))
      .map((r) => {
        if (r.type === 'kubernetes:argoproj.io/v1alpha1:Rollout' && r.inputs.metadata.name === 'api') {
          const inputs = JSON.parse(JSON.stringify(r.inputs));
          inputs.spec.template.spec.containers[0].image = 'ghcr.io/example/shop-api:1.8.0';
          return { ...r, inputs };
        }
        return r;
      });
    expect(runPolicies(policies, broken)).toEqual([
      {
        policy: 'image-digest',
        level: 'mandatory',
        message: expect.stringMatching(
          /^Rollout\/shop\/api: container api: image ghcr.io\/example\/shop-api:1.8.0 is not pinned by sha256 digest\. Fix: /,
        ),
      },
      {
        policy: 'pod-disruption-budget',
        level: 'mandatory',
        message: expect.stringMatching(/^Rollout\/shop\/api: 5 replicas and no PodDisruptionBudget selects its pods\. Fix: /),
        urn: expect.stringMatching(/::kubernetes:argoproj\.io\/v1alpha1:Rollout::/),
      },
    ]);
  });

  test('stack config drives the levels: dev is advisory with production rules disabled; policyOverrides and bad config are checked', async () => {
    const dev = kubeshipPolicies(
      policyOptionsFromConfig(
        (k) => (({ policyEnforcement: 'advisory', policyOverrides: '{"probes":"mandatory"}' }) as Record<string, string>)[k],
        'dev',
      ),
    );
    expect(Object.fromEntries(dev.map((p) => [p.name, p.enforcementLevel]))).toMatchObject({
      'run-as-non-root': 'advisory',
      probes: 'mandatory',
      'image-digest': 'disabled',
      'critical-alerts-page': 'disabled',
    });
    expect(() => policyOptionsFromConfig((k) => (k === 'policyOverrides' ? 'probes: advisory' : undefined), 'dev')).toThrow(
      /kubeship:policyOverrides: got "probes: advisory"/,
    );
  });

  test.each(['dev', 'staging'])("the %s stack's registered resources pass every policy at the levels of its stack file", async (stack) => {
    const config = cliConfig(stack);
    const policies = kubeshipPolicies(policyOptionsFromConfig((k) => config[`kubeship:${k}`], stack));
    expect(new Set(policies.filter((p) => RULES.find((r) => r.id === p.name)!.scope === 'all').map((p) => p.enforcementLevel))).toEqual(
      new Set([stack === 'dev' ? 'advisory' : 'mandatory']),
    );
    const { registered } = await runStackProgram(stack);
    expect(
      runPolicies(
        policies,
        registered.filter((r) => r.type.startsWith('kubernetes:')),
      ),
    ).toEqual([]);
  });

  test('a value unknown during preview stops only the rules that read it (the server reports those as cannot-run)', () => {
    const [object] = compliantSet();
    const inputs = JSON.parse(JSON.stringify(object));
    inputs.spec.template.spec.containers[0].image = unknownStringValue;
    const policies = kubeshipPolicies(prod);
    const rollout = { type: 'kubernetes:argoproj.io/v1alpha1:Rollout', name: 'api', inputs };
    const outcomes = policies
      .filter((p) => 'validateResource' in p)
      .map((p) => {
        try {
          runPolicies([p], [rollout]);
          return [p.name, 'ran'];
        } catch (e) {
          return [p.name, e instanceof UnknownValueError ? 'unknown' : String(e)];
        }
      });
    expect(outcomes.filter(([, o]) => o !== 'ran')).toEqual([
      ['image-tag-pinned', 'unknown'],
      ['image-digest', 'unknown'],
      ['grafana-admin-password-secret', 'unknown'],
    ]);
  });

  test('policies/index.ts builds the pack from stack config and the stack name', async () => {
    const built: any[] = [];
    await jest.isolateModulesAsync(async () => {
      jest.doMock('@pulumi/policy', () => ({ PolicyPack: jest.fn((name: string, args: unknown) => built.push({ name, args })) }));
      const pulumi: typeof import('@pulumi/pulumi') = require('@pulumi/pulumi');
      await pulumi.runtime.setMocks({ newResource: (a) => ({ id: a.name, state: a.inputs }), call: (a) => a.inputs }, 'kubeship', 'prod');
      pulumi.runtime.setAllConfig({ 'kubeship:policyEnforcement': 'mandatory', 'kubeship:policyOverrides': '{"probes":"advisory"}' });
      require('../policies/index');
    });
    expect(built.map((b) => b.name)).toEqual(['kubeship']);
    expect(Object.fromEntries(built[0].args.policies.map((p: any) => [p.name, p.enforcementLevel]))).toMatchObject({
      probes: 'advisory',
      'image-digest': 'mandatory',
      'no-load-balancer': 'mandatory',
    });
    const file = yaml.parse(fs.readFileSync(path.join(ROOT, 'policies/PulumiPolicy.yaml'), 'utf8'));
    expect(file.runtime).toBe('nodejs');
  });
});

describe('sample CI workflow (examples/ci/policy.yml)', () => {
  test('runs the offline runner over every synthesized environment and the pack on pulumi preview per stack', () => {
    const workflow = yaml.parse(fs.readFileSync(path.join(ROOT, 'examples/ci/policy.yml'), 'utf8'));
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    const runs = (job: string) => workflow.jobs[job].steps.filter((s: any) => s.run).map((s: any) => s.run.trim());
    expect(runs('offline')).toEqual(['npm ci', 'npm run synth', 'npm run policy -- dist']);
    expect(scripts).toMatchObject({ synth: expect.any(String), policy: expect.stringContaining('policies/cli.ts') });
    expect(workflow.jobs.pulumi.strategy.matrix.stack).toEqual(['dev', 'staging', 'prod']);
    expect(runs('pulumi')).toContain('pulumi preview --stack ${{ matrix.stack }} --policy-pack policies --non-interactive');
    expect(fs.existsSync(path.join(ROOT, 'policies/PulumiPolicy.yaml'))).toBe(true);
  });
});
