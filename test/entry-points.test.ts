/**
 * The public API by audience: `kubeship` holds the constructs, value classes, props and the
 * constants props refer to; the checks a config layer runs are in `kubeship/config`; what users
 * call in their own tests of the rendered objects is in `kubeship/testing`.
 */
import * as root from '../constructs';
import * as config from '../constructs/config';
import * as testing from '../constructs/testing';

const functionsOf = (entry: Record<string, unknown>) =>
  Object.entries(entry)
    .filter(([, value]) => typeof value === 'function' && !/^class[\s{]/.test(Function.prototype.toString.call(value)))
    .map(([name]) => name)
    .sort();

test('the root entry exports no validators, renderers or arithmetic: only the helpers that build props and manifests', () => {
  expect(functionsOf(root)).toEqual([
    'autodiscoveryAnnotations',
    'defaultCanarySteps',
    'formatProblem',
    'irsaServiceAccount',
    'namespaceManifest',
  ]);
});

test('every props validator is in kubeship/config', () => {
  const validators = functionsOf(config).filter((name) => name.startsWith('validate'));
  expect(validators).toEqual([
    'validateAlertmanagerConfig',
    'validateAlertmanagerOptions',
    'validateAlertmanagerSecrets',
    'validateAutoscaling',
    'validateBackupSchedule',
    'validateDatadogMonitors',
    'validateDeploymentEvents',
    'validateNetworkPolicy',
    'validatePrometheusOptions',
    'validateRemediation',
    'validateServiceAlertOptions',
    'validateWorkload',
  ]);
});

test('what users test against is in kubeship/testing: rule groups, dashboards, rendered configs, route and HPA arithmetic', () => {
  for (const name of [
    'deploymentAlertGroups',
    'serviceAlertGroup',
    'remediationAlertGroup',
    'backupAlertGroup',
    'ruleFile',
    'builtInDashboards',
    'dashboardQueries',
    'renderAlertmanagerConfig',
    'receiversFor',
    'desiredReplicas',
    'deliveryTiming',
    'remediationServiceConfig',
  ]) {
    expect({ name, exported: typeof (testing as Record<string, unknown>)[name] }).toEqual({ name, exported: 'function' });
  }
});
