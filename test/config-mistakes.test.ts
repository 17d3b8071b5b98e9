/**
 * One-mistake stack files: each is a copy of Pulumi.prod.yaml with one realistic slip. Synthesis
 * must refuse every one of them with the key as written in the file, the value, what is allowed
 * and the edit that fixes it, write nothing, and the policy CLI's --config must refuse the same.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'yaml';
import { imageReferenceProblem } from '../constructs/core/images';
import { byteQuantityProblem } from '../constructs/core/quantity';
import { parseArgs as policyArgs } from '../policies/cli';
import { checkEnvironment, synthesize } from '../stacks/main';

const ROOT = path.join(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-mistakes-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type StackFile = { config: Record<string, any> };
const prod = (): StackFile => yaml.parse(fs.readFileSync(path.join(ROOT, 'Pulumi.prod.yaml'), 'utf8'));
/** The prod receivers, set entry by entry with `pulumi config set --secret --path` (values encrypted). */
const RECEIVER_KEYS = [
  'pagerduty-routing-key',
  'slack-ops-webhook-url',
  'slack-dev-webhook-url',
  'smtp-password',
  'deadmansswitch-url',
  'remediation-webhook-token',
];
const EVENT_KEYS = ['slack-token', 'teams-ops-url', 'pagerduty-ops-key', 'deployment-audit-url'];
const encrypted = (keys: string[]) =>
  Object.fromEntries(keys.map((k, i) => [k, { secure: `v1:${Buffer.from(`cipher-${i}`).toString('base64')}` }]));

/** Writes `Pulumi.<stack>.yaml` (in a directory of its own) after `edit`; returns the file. */
function mistake(name: string, edit: (file: StackFile) => void, stack = 'prod'): string {
  const file = prod();
  edit(file);
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  const configFile = path.join(dir, `Pulumi.${stack}.yaml`);
  fs.writeFileSync(configFile, yaml.stringify(file));
  return configFile;
}

/** Synthesizes the file as its stack; returns the error (and proves nothing was written). */
function refusal(configFile: string, stack = 'prod'): string {
  const outdir = path.join(path.dirname(configFile), 'out');
  let message = '';
  try {
    synthesize([{ env: stack, configFile, outdir }]);
  } catch (e) {
    message = (e as Error).message;
  }
  expect(message).not.toBe('');
  expect(message).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
  expect(fs.existsSync(outdir)).toBe(false);
  return message;
}

test('the unchanged prod file with its encrypted maps is accepted (the cases below differ from it in one place)', () => {
  const file = mistake('baseline', (f) => {
    f.config['kubeship:receiverCredentials'] = encrypted(RECEIVER_KEYS);
    f.config['kubeship:eventCredentials'] = encrypted(EVENT_KEYS);
  });
  expect(checkEnvironment({ env: 'prod', configFile: file }).environment).toBe('prod');
});

describe('accepted-although-wrong classes are refused', () => {
  test('a misspelt project prefix is reported with the key it meant; provider keys stay untouched', () => {
    const file = mistake('prefix', (f) => {
      f.config['kubship:monitoring'] = f.config['kubeship:monitoring'];
      delete f.config['kubeship:monitoring'];
      f.config['kubernetes:context'] = 'prod-cluster';
    });
    const message = refusal(file);
    expect(message).toContain('kubship:monitoring: got {"prometheus":');
    expect(message).toContain('fix: did you mean kubeship:monitoring? Rename the key');
    expect(message).not.toContain('kubernetes:context');
  });

  test('a time zone Alertmanager cannot load (wrong case) names the spelling it can', () => {
    // Alertmanager resolves `location` with Go's time.LoadLocation, a file name lookup: the case
    // must be exact (prometheus/alertmanager v0.28.1 timeinterval/timeinterval.go, Location.UnmarshalYAML)
    const file = mistake('zone', (f) => {
      f.config['kubeship:notifications'].maintenanceWindows[0].location = 'europe/berlin';
    });
    const message = refusal(file);
    expect(message).toContain(
      'location: got "europe/berlin"; allowed: an IANA time zone such as "Europe/Berlin", written exactly (case matters); fix: write "Europe/Berlin"',
    );
  });

  test('counts beyond int32 are refused where they are written', () => {
    const file = mistake('int32', (f) => {
      f.config['kubeship:workloadDefaults'].autoscaling.maxReplicas = 1e12;
      f.config['kubeship:apps'].web.replicas = 3e9;
    });
    const message = refusal(file);
    expect(message).toContain(
      'kubeship:workloadDefaults.autoscaling.maxReplicas: got 1000000000000; allowed: a whole number from 1 to 2147483647',
    );
    expect(message).toContain('kubeship:apps.web.replicas: got 3000000000; allowed: a whole number from 0 to 2147483647');
  });

  test('memory in thousandths of a byte ("512m") is refused with the unit that was meant', () => {
    const file = mistake('memory', (f) => {
      f.config['kubeship:apps'].api = {
        ...f.config['kubeship:apps'].api,
        resources: { cpu: '500m', memory: { request: '512m', limit: '1Gi' } },
      };
    });
    const message = refusal(file);
    expect(message).toContain('kubeship:apps.api.resources.memory.request: got "512m"; allowed: a size in whole bytes of at least 4Mi');
    expect(message).toContain('fix: write "512Mi" for mebibytes (the suffix "m" is a fraction of a byte)');
    expect(message).not.toContain('memory.limit');
  });

  test("a credential key missing from the file's encrypted map is refused with the near key it holds", () => {
    const file = mistake('credential', (f) => {
      f.config['kubeship:receiverCredentials'] = encrypted(RECEIVER_KEYS);
      f.config['kubeship:eventCredentials'] = encrypted(EVENT_KEYS.filter((k) => k !== 'teams-ops-url'));
      f.config['kubeship:notifications'].roles[0].channels[2].slack.credential = 'slack-ops-webhok-url';
    });
    const message = refusal(file);
    expect(message).toContain(
      'kubeship:notifications.roles[0].channels[2].slack.credential: got "slack-ops-webhok-url"; ' +
        'allowed: a key of kubeship:receiverCredentials in this file (pagerduty-routing-key, slack-ops-webhook-url, slack-dev-webhook-url, smtp-password, deadmansswitch-url, remediation-webhook-token); ' +
        'fix: did you mean "slack-ops-webhook-url"? Make the two names the same',
    );
    // the Teams target needs `teams-ops-url` in eventCredentials, which the file lacks
    expect(message).toContain('kubeship:deploymentEvents.roles[0].notify[1].teams: got "teams-ops-url"');
    expect(message).toContain("fix: add it: pulumi config set --secret --path 'eventCredentials.teams-ops-url' <value>");
    // encrypted values are never printed
    expect(message).not.toContain('v1:');
  });

  test('an image reference the runtime cannot pull (uppercase path) is refused with the lowercase spelling', () => {
    const file = mistake('image', (f) => {
      f.config['kubeship:apps'].api.image = 'ghcr.io/example/Shop-API:1.9.0';
    });
    const message = refusal(file);
    expect(message).toContain('kubeship:apps.api.image: got "ghcr.io/example/Shop-API:1.9.0"');
    expect(message).toContain('fix: repository paths are lowercase: write "ghcr.io/example/shop-api:1.9.0"');
  });

  test('an environment name that disagrees with its stack file is refused (production scope is never lost silently)', () => {
    const copied = mistake('environment', (f) => {
      f.config['kubeship:environment'] = 'staging';
    });
    expect(refusal(copied)).toContain('kubeship:environment: got "staging"; allowed: the stack\'s name ("prod")');
    // a copy of staging as qa: the name is not qa
    const qa = mistake(
      'qa',
      (f) => {
        f.config['kubeship:environment'] = 'staging';
      },
      'qa',
    );
    expect(refusal(qa, 'qa')).toContain(
      'fix: remove kubeship:environment (the stack name "qa" is used), or name the file Pulumi.staging.yaml',
    );
    // a regional stack may name its environment
    const regional = mistake('regional', () => undefined, 'prod-eu');
    expect(checkEnvironment({ env: 'prod-eu', configFile: regional }).environment).toBe('prod');
  });

  test('every class at once: one message lists all of them', () => {
    const file = mistake('all', (f) => {
      f.config['kubeship:notifications'].maintenanceWindows[0].location = 'europe/berlin';
      f.config['kubeship:workloadDefaults'].autoscaling.maxReplicas = 1e12;
      f.config['kubeship:environment'] = 'staging';
      f.config['kubship:debug'] = true;
    });
    const message = refusal(file);
    for (const part of ['location', 'maxReplicas', 'kubeship:environment', 'kubship:debug']) {
      expect(message).toContain(part);
    }
  });
});

describe('Kubernetes-true checks of the constructs', () => {
  test('image references follow the distribution/reference grammar', () => {
    // github.com/distribution/reference regexp.go: domain[:port]/path[:tag][@digest]
    for (const good of [
      'nginx',
      'nginx:1.27',
      'registry.example.com:5000/team/app:v1.2.3',
      'ghcr.io/a/b__c/d-e.f:latest',
      `ghcr.io/a/b@sha256:${'a'.repeat(64)}`,
      `ghcr.io/a/b:1.0@sha256:${'0'.repeat(64)}`,
      'localhost/app',
      '[::1]:5000/app:x',
    ]) {
      expect([good, imageReferenceProblem(good)]).toEqual([good, undefined]);
    }
    for (const bad of [
      'ghcr.io/example/Shop:1',
      'app:',
      'app:-x',
      'a b',
      '',
      'app@sha256:abc',
      'app:1.0 ',
      '-app',
      'app//x',
      `a/${'b'.repeat(260)}`,
    ]) {
      expect([bad, imageReferenceProblem(bad)]).not.toEqual([bad, undefined]);
    }
    expect(imageReferenceProblem(`app@sha256:${'a'.repeat(63)}`)).toContain('64 hex digits');
  });

  test('byte quantities: whole bytes above the minimum', () => {
    expect(byteQuantityProblem('512Mi', 4 * 2 ** 20)).toBeUndefined();
    expect(byteQuantityProblem('1e9', 4 * 2 ** 20)).toBeUndefined();
    expect(byteQuantityProblem('100', 4 * 2 ** 20)?.fix).toBe('raise it to at least 4Mi');
    expect(byteQuantityProblem('0.5', 1)?.fix).toBe('raise it to at least 1');
    expect(byteQuantityProblem('2u', 1)?.fix).toContain('write "2Mi"');
    expect(byteQuantityProblem('lots', 1)?.fix).toContain('binary unit');
  });
});

describe('construct problems are given under the kubeship: key the file has', () => {
  test("an app's own setting, or the workloadDefaults one it inherits (naming the app)", () => {
    const file = mistake('construct-stage', (f) => {
      f.config['kubeship:apps'].web.strategy.analysis.startingStep = 9;
      f.config['kubeship:workloadDefaults'].strategy.analysis.startingStep = 7;
      f.config['kubeship:apps'].web.strategy.nginx.host = 'x'.repeat(250) + '.example.com';
    });
    // the host is a schema problem: its message comes first, and alone (the constructs need a valid config)
    expect(refusal(file)).toContain('kubeship:apps.web.strategy.nginx.host: got "xxxxxxxx');
    const next = mistake('construct-stage', (f) => {
      f.config['kubeship:apps'].web.strategy.analysis.startingStep = 9;
      f.config['kubeship:workloadDefaults'].strategy.analysis.startingStep = 7;
    });
    const message = refusal(next);
    expect(message).toContain('(2 problems)');
    expect(message).toContain('kubeship:workloadDefaults.strategy.analysis.startingStep (app api): got 7; allowed: a step index 0-3');
    expect(message).toContain('kubeship:apps.web.strategy.analysis.startingStep: got 9; allowed: a step index 0-3');
    expect(message).not.toContain('[apps/');
  });
});

describe("the policy CLI --config runs exactly synth's validation", () => {
  test('a file synth refuses at the construct stage is refused by the policy CLI too', () => {
    const file = mistake('policy-construct', (f) => {
      f.config['kubeship:apps'].web.strategy.analysis.startingStep = 9;
    });
    const synthMessage = refusal(file);
    const dist = path.join(tmp, 'policy-construct', 'dist', 'prod');
    fs.mkdirSync(dist, { recursive: true });
    fs.writeFileSync(path.join(dist, 'apps.k8s.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x, namespace: shop }\n');
    let policyMessage = '';
    try {
      policyArgs([dist, '--config', file]);
    } catch (e) {
      policyMessage = (e as Error).message;
    }
    const line = (m: string) => m.split('\n').find((l) => l.includes('startingStep: got 9'));
    expect(line(policyMessage)).toBeDefined();
    expect(line(policyMessage)).toBe(line(synthMessage));
  });
});

describe("messages in the user's terms", () => {
  /** Writes raw text as a stack file and returns the refusal. */
  const rawRefusal = (name: string, text: string) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'Pulumi.prod.yaml'), text);
    return refusal(path.join(dir, 'Pulumi.prod.yaml'));
  };

  test('a file that is empty, a list, or has its keys outside config: gets one problem saying so', () => {
    for (const empty of ['', '# nothing yet\n']) {
      const message = rawRefusal('empty', empty);
      expect(message).toContain('(1 problem)');
      expect(message).toContain('(file): got "an empty document"; allowed: a stack config: a map with a "config:" map');
    }
    const list = rawRefusal('list', '- config:\n    kubeship:policyEnforcement: advisory\n');
    expect(list).toContain('(1 problem)');
    expect(list).toContain('fix: remove the leading "- " and indent the keys under config:');
    const loose = rawRefusal('loose', 'kubeship:policyEnforcement: advisory\nkubeship:apps: {}\n');
    expect(loose).toContain('(1 problem)');
    expect(loose).toContain(
      'kubeship:policyEnforcement, kubeship:apps: got "2 keys at the top level"; allowed: namespaced keys only inside the "config:" map; ' +
        'fix: add a line "config:" above them and indent them by two spaces',
    );
    const typo = rawRefusal('typo', 'confg:\n  kubeship:policyEnforcement: advisory\n');
    expect(typo).toContain('confg: got {"kubeship:policyEnforcement":"advisory"}; allowed: a stack file key: config, secretsprovider');
    expect(typo).toContain('fix: did you mean config? Rename the key');
    expect(typo).not.toContain('policyEnforcement: got nothing');
  });

  test('YAML pitfalls: every duplicate key and tab with its line, and an unquoted "#channel" read as a comment', () => {
    const text = fs.readFileSync(path.join(ROOT, 'Pulumi.prod.yaml'), 'utf8');
    const lines = text.split('\n');
    const line = (start: string) => lines.findIndex((l) => l.startsWith(start)) + 1;
    const twice = rawRefusal(
      'yaml',
      text
        .replace('  kubeship:debug: false\n', '  kubeship:debug: false\n  kubeship:debug: true\n')
        .replace('    grafana: true\n', '    grafana: true\n    grafana: false\n'),
    );
    expect(twice).toContain('(2 problems)');
    expect(twice).toContain(
      `(line ${line('  kubeship:debug:') + 1}, column 3): got "kubeship:debug"; allowed: each key once per map; fix: the key appears twice`,
    );
    expect(twice).toContain(`(line ${line('    grafana: true') + 2}, column 5): got "grafana"; allowed: each key once per map`);
    const tab = rawRefusal('tab', text.replace('  kubeship:namespace: shop\n', '\tkubeship:namespace: shop\n'));
    expect(tab).toContain('(1 problem)');
    expect(tab).toContain(
      `(line ${line('  kubeship:namespace:')}, column 1): got "a tab"; allowed: indentation with spaces (YAML forbids tabs); fix: replace the tabs`,
    );
    const comment = rawRefusal(
      'hash',
      text.replace(
        'slack: { channel: "#shop-dev", credential: slack-dev-webhook-url }',
        'slack:\n              channel: #shop-dev\n              credential: slack-dev-webhook-url',
      ),
    );
    expect(comment).toContain('kubeship:notifications.roles[1].channels[0].slack.channel: got null');
    expect(comment).toContain('a value starting with "#" must be quoted ("#ops-alerts"), else YAML reads it as a comment');
  });

  test('schema wording is plain: lengths and limits named, no library phrases', () => {
    const file = mistake('wording', (f) => {
      f.config['kubeship:namespace'] = 'n'.repeat(70);
      f.config['kubeship:notifications'].roles[1].channels = [];
      f.config['kubeship:deploymentEvents'].roles[0].events = [];
      f.config['kubeship:apps'].web.replicas = 1e12;
    });
    const message = refusal(file);
    expect(message).toContain('kubeship:namespace: got "nnnn');
    expect(message).toContain('allowed: a lowercase DNS label of at most 63 characters');
    expect(message).toContain(
      'kubeship:notifications.roles[1].channels: got []; allowed: at least 1 entry; fix: add an entry (or remove the key)',
    );
    expect(message).toContain('kubeship:apps.web.replicas: got 1000000000000');
    // the invalid floor is not blamed on maxReplicas
    expect(message).not.toContain('maxReplicas');
    expect(message).not.toMatch(/Invalid input|Too small|expected array|correct the value/);
  });

  test('a secret pasted where a credential key belongs is refused without printing it', () => {
    const url = 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX';
    const file = mistake('pasted', (f) => {
      f.config['kubeship:notifications'].roles[1].channels[0].slack.credential = url;
    });
    const message = refusal(file);
    expect(message).toContain(
      'kubeship:notifications.roles[1].channels[0].slack.credential: got "(hidden: it looks like the secret itself)"',
    );
    expect(message).toContain('rotate it if the file was shared');
    expect(message).not.toContain('hooks.slack.com');
    expect(message).not.toContain('XXXXXXXX');
  });
});

test('the policy CLI over a dist/ with loose files checks every environment directory too, each at its level', () => {
  const dist = path.join(tmp, 'loose', 'dist');
  for (const env of ['dev', 'prod']) {
    fs.mkdirSync(path.join(dist, env), { recursive: true });
    fs.writeFileSync(path.join(dist, env, 'a.k8s.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: x, namespace: shop }\n');
  }
  fs.writeFileSync(path.join(dist, 'shop.k8s.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: y, namespace: shop }\n');
  const targets = policyArgs([dist], ROOT);
  expect(targets.map((t) => [t.options.environment, t.options.enforcement, t.files.length])).toEqual([
    ['dist', 'mandatory', 1],
    ['dev', 'advisory', 1],
    ['prod', 'mandatory', 1],
  ]);
  // the loose files have no stack config: fail closed, and said so; the environments use theirs
  expect(targets.map((t) => t.source)).toEqual([
    expect.stringMatching(/^no stack config \(Pulumi\.dist\.yaml\) and no --enforcement/),
    'Pulumi.dev.yaml',
    'Pulumi.prod.yaml',
  ]);
});

test("remediation needs its webhook token among the file's encrypted receiver credentials, and takes the API server's addresses", () => {
  const file = mistake('remediation-token', (f) => {
    f.config['kubeship:receiverCredentials'] = encrypted(RECEIVER_KEYS.filter((k) => k !== 'remediation-webhook-token'));
    f.config['kubeship:eventCredentials'] = encrypted(EVENT_KEYS);
    f.config['kubeship:remediation'].apiServerCidrs = ['10.0.0.0/33'];
  });
  const message = refusal(file);
  expect(message).toContain(
    'kubeship:remediation: got "remediation-webhook-token"; allowed: a key of kubeship:receiverCredentials in this file',
  );
  expect(message).toContain("fix: add it: pulumi config set --secret --path 'receiverCredentials.remediation-webhook-token' <value>");
  expect(message).toContain('kubeship:remediation.apiServerCidrs[0]: got "10.0.0.0/33"; allowed: an IPv4 block such as "10.0.12.0/24"');
  // prod's example: egress to its API server addresses only, the token mounted from the receivers Secret
  const objects = require('../stacks/main').loadPlan({ env: 'prod', configFile: path.join(ROOT, 'Pulumi.prod.yaml') }).monitoring
    .remediation;
  expect(objects.apiServerCidrs).toEqual(['10.0.0.0/16']);
  expect(objects.webhookToken).toEqual({ name: 'alertmanager-receivers', key: 'remediation-webhook-token' });
});
