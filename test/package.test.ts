import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { RULES } from '../constructs/policy';

// `npm test` builds the package first; this proves another project can import it by name.
const root = path.join(__dirname, '..');

function nodeEval(code: string): string {
  return execFileSync(process.execPath, ['-e', code], { cwd: root, encoding: 'utf8' }).trim();
}

describe('the built package', () => {
  test('exports the cdk8s constructs from "kubeship"', () => {
    const out = nodeEval(`
      const k = require('kubeship');
      const { App, Chart } = require('cdk8s');
      const chart = new Chart(new App(), 'c');
      new k.Workload(chart, 'web', { image: 'nginx:1.27', ports: [{ containerPort: 8080 }] });
      console.log(chart.toJson().map((o) => o.kind).join(','));
    `);
    expect(out).toBe('Deployment,Service,PodDisruptionBudget,NetworkPolicy');
  });

  test('exports the Pulumi front door from "kubeship/pulumi", with type declarations', () => {
    const out = nodeEval(`
      const p = require('kubeship/pulumi');
      const fs = require('fs');
      const pkg = require('kubeship/package.json');
      console.log([typeof p.Workload, p.Workload.TYPE, typeof p.ChartResources,
        fs.existsSync(pkg.exports['.'].types), fs.existsSync(pkg.exports['./pulumi'].types)].join(','));
    `);
    expect(out).toBe('function,kubeship:delivery:Workload,function,true,true');
  });

  test('exports the AWS parts from "kubeship/aws", with type declarations', () => {
    const out = nodeEval(`
      const a = require('kubeship/aws');
      const fs = require('fs');
      const pkg = require('kubeship/package.json');
      console.log([a.SnsAlerting.TYPE, fs.existsSync(pkg.exports['./aws'].types)].join(','));
    `);
    expect(out).toBe('kubeship:aws:SnsAlerting,true');
  });

  test('exports the policy rules from "kubeship/policy" (no @pulumi/policy needed to run them), with type declarations', () => {
    const out = nodeEval(`
      const p = require('kubeship/policy');
      const fs = require('fs');
      const pkg = require('kubeship/package.json');
      const report = p.checkObjects([{ apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'n' }, spec: { type: 'LoadBalancer' } }], { environment: 'prod' });
      console.log([p.RULES.length, report.findings.map((f) => f.ruleId + ' ' + f.level).join(';'), fs.existsSync(pkg.exports['./policy'].types)].join(','));
    `);
    expect(out).toBe(`${RULES.length},no-load-balancer mandatory,true`);
  });

  test('ships the remediation service byte-identical to its source: the ConfigMap the package renders is the repository\'s', () => {
    const out = nodeEval(`
      const k = require('kubeship');
      const { App, Chart } = require('cdk8s');
      const chart = new Chart(new App(), 'c', { namespace: 'monitoring' });
      new k.Remediation(chart, 'r', { namespaces: ['shop'], alertmanagerUrl: 'http://am:9093', alertmanagerPodLabels: { a: 'b' }, prometheusPodLabels: { p: 'q' }, selectorLabels: { s: 't' } });
      console.log(JSON.stringify(chart.toJson().find((o) => o.kind === 'ConfigMap').data));
    `);
    const data = JSON.parse(out);
    for (const file of ['decide.js', 'kube.js', 'server.js']) {
      expect(data[file]).toBe(fs.readFileSync(path.join(root, 'constructs', 'remediation', 'runtime', file), 'utf8'));
    }
  });
});
