/**
 * dist/<env>/ applies in the right order whichever way it is applied: file names sort in apply
 * order, every object carries the Argo CD sync wave of its group, and PREREQUISITES.md names what
 * the cluster needs and the commands, referring only to files that exist.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'yaml';
import { APPLY_GROUPS, SYNC_WAVE_ANNOTATION } from '../stacks/apply-order';
import { defaultSources, ENVIRONMENTS, synthesize } from '../stacks/main';
import { PREREQUISITES_FILE } from '../stacks/prerequisites';

const ROOT = path.join(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeship-order-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const objectsOf = (file: string) =>
  yaml
    .parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map((d) => d.toJS())
    .filter(Boolean);

describe('dist/<env>/ in apply order', () => {
  const results = synthesize(defaultSources(path.join(tmp, 'dist')));

  test.each(ENVIRONMENTS)(
    "%s: files sort by group, each object carries its group's wave, and no custom resource precedes its CRD",
    (env) => {
      const result = results.find((r) => r.env === env)!;
      const yamlFiles = result.files.filter((f) => f.endsWith('.yaml'));
      expect(yamlFiles).toEqual([...yamlFiles].sort());
      const groups = yamlFiles.map((f) => /^\d{4}-(.+)\.k8s\.yaml$/.exec(f)![1] as keyof typeof APPLY_GROUPS);
      // waves strictly increase along the file order
      expect(groups.map((g) => APPLY_GROUPS[g])).toEqual([...groups.map((g) => APPLY_GROUPS[g])].sort((a, b) => a - b));
      const seenKinds = new Set<string>();
      for (const [i, file] of yamlFiles.entries()) {
        for (const o of objectsOf(path.join(result.outdir, file))) {
          expect([file, o.kind, o.metadata.annotations?.[SYNC_WAVE_ANNOTATION]]).toEqual([file, o.kind, String(APPLY_GROUPS[groups[i]])]);
          if (o.apiVersion.startsWith('monitoring.coreos.com/')) {
            expect([o.kind, seenKinds.has(`CRD:${o.kind}`)]).toEqual([o.kind, true]);
          }
          if (o.kind === 'CustomResourceDefinition') {
            seenKinds.add(`CRD:${o.spec.names.kind}`);
          }
          // Namespaces first, and cluster-scoped
          if (o.kind === 'Namespace') {
            expect([groups[i], o.metadata.namespace]).toEqual(['namespaces', undefined]);
          }
        }
      }
      // every namespace objects live in is created before them, but the controllers' own (their installs create them)
      const namespaces = objectsOf(path.join(result.outdir, yamlFiles[0])).map((o) => o.metadata.name);
      const used = new Set(
        yamlFiles
          .flatMap((f) => objectsOf(path.join(result.outdir, f)))
          .map((o) => o.metadata.namespace)
          .filter(Boolean),
      );
      expect([...used].filter((n) => !['argo-rollouts', 'velero'].includes(n) && !namespaces.includes(n))).toEqual([]);
    },
  );

  test('PREREQUISITES.md names the Secrets (namespace, name, keys) and the controllers, and its commands name files that exist', () => {
    const prod = results.find((r) => r.env === 'prod')!;
    const text = fs.readFileSync(path.join(prod.outdir, PREREQUISITES_FILE), 'utf8');
    expect(text).toContain('- `shop/api-database`, keys `url`: read by app api');
    expect(text).toContain('`kubectl -n monitoring create secret generic alertmanager-receivers --from-literal=deadmansswitch-url=...');
    expect(text).toContain(
      '- `argo-rollouts/argo-rollouts-notification-secret`, keys `deployment-audit-url`, `pagerduty-ops-key`, `slack-token`, `teams-ops-url`',
    );
    expect(text).toContain('Argo Rollouts 1.9.1 (controller and CRDs)');
    expect(text).toContain('metrics-server');
    for (const file of text.match(/-f (\S+\.yaml)/g)!.map((m) => m.slice(3))) {
      expect(fs.existsSync(path.join(prod.outdir, file))).toBe(true);
    }
    // dev has no Rollouts, no SMS: neither is asked for
    const dev = fs.readFileSync(path.join(results.find((r) => r.env === 'dev')!.outdir, PREREQUISITES_FILE), 'utf8');
    expect(dev).not.toContain('Argo Rollouts');
    expect(dev).not.toContain('IAM role');
    // no secret values, and no machine paths: the file reads the same wherever it is
    expect(text).not.toContain(tmp);
  });

  test('createNamespaces: false leaves the Namespaces out (they exist, or another tool owns them)', () => {
    const config = yaml.parse(fs.readFileSync(path.join(ROOT, 'Pulumi.dev.yaml'), 'utf8'));
    config.config['kubeship:createNamespaces'] = false;
    const file = path.join(tmp, 'Pulumi.dev.yaml');
    fs.writeFileSync(file, yaml.stringify(config));
    const [result] = synthesize([{ env: 'dev', configFile: file, outdir: path.join(tmp, 'no-namespaces') }]);
    expect(result.files).toEqual([
      '0000-prometheus-operator-crds.k8s.yaml',
      '0001-prometheus-operator.k8s.yaml',
      '0002-monitoring.k8s.yaml',
      '0003-apps.k8s.yaml',
      PREREQUISITES_FILE,
    ]);
    expect(result.objects.Namespace).toBeUndefined();
  });
});
