/**
 * Every problem of a `MonitoringStack`'s props, at once (pure): names, intervals, Prometheus and
 * Alertmanager settings, notifications against the Alertmanager version, scrape sources, the parts
 * it composes (deployment alerts, remediation, kube-state-metrics).
 */
import { isDnsLabel, isLabelValue } from '../core/names';
import { Problems } from '../core/problems';
import { SEMVER } from '../core/versions';
import { compareVersions, MIN_ALERTMANAGER_VERSION } from '../notifications/channels';
import { validateAlertmanagerConfig } from '../notifications/config';
import { validateRemediation } from '../remediation/remediation';
import { validateKubeStateMetrics } from './kube-state-metrics';
import { DEFAULT_ALERTMANAGER_VERSION, validateAlertmanagerOptions, validateAlertmanagerSecrets } from './alertmanager-server';
import { validatePrometheusOptions } from './prometheus-server';
import { validateDeploymentAlertOptions } from './rules';
import { checkScrapeInterval, checkServerName } from './server-options';
import { MonitoringStackProps, ScrapeSourceOptions } from './stack-props';

/** Records every problem of the props of the stack named `name`. */
export function validateMonitoringStack(props: MonitoringStackProps, name: string, p: Problems): void {
  checkServerName(p, name);
  if (props.namespace !== undefined) {
    p.check(isDnsLabel(props.namespace), 'namespace', props.namespace, 'a lowercase DNS label', 'use an existing namespace name');
  }
  p.check(
    isLabelValue(props.environment) && props.environment !== '',
    'environment',
    props.environment,
    'a label value (letters, digits, "-", "_", ".", at most 63 characters)',
    'name the environment, e.g. "prod"',
  );
  if (props.cluster !== undefined) {
    p.check(
      isLabelValue(props.cluster) && props.cluster !== '',
      'cluster',
      props.cluster,
      'a label value of at most 63 characters',
      'name the cluster, e.g. "eu-west-1"',
    );
  }
  checkScrapeInterval(p, props.scrapeInterval);

  validatePrometheusOptions(props.prometheus ?? {}, p.at('prometheus'));

  const am = props.alertmanager ?? {};
  const ap = p.at('alertmanager');
  validateAlertmanagerOptions(am, ap);
  if (props.notifications) {
    // the version is the user's `alertmanager.version`: report it there, and check channels only against a readable one
    const version = props.alertmanager?.version ?? DEFAULT_ALERTMANAGER_VERSION;
    const readable = SEMVER.test(version) && compareVersions(version, MIN_ALERTMANAGER_VERSION) >= 0;
    ap.check(
      readable,
      'version',
      version,
      `a version such as "${DEFAULT_ALERTMANAGER_VERSION}", at least ${MIN_ALERTMANAGER_VERSION}, with notifications`,
      'pin the Alertmanager version the configuration is rendered for, or leave it unset',
    );
    validateAlertmanagerConfig(
      { ...props.notifications, alertmanagerVersion: readable ? version : DEFAULT_ALERTMANAGER_VERSION },
      p.at('notifications'),
    );
  }
  validateAlertmanagerSecrets(am, ap);

  if (props.deploymentAlerts) {
    validateDeploymentAlertOptions(props.deploymentAlerts, p.at('deploymentAlerts'));
  }
  if (props.remediation) {
    validateRemediation(props.remediation, p.at('remediation'));
    p.check(
      props.notifications !== undefined,
      'remediation',
      'set without notifications',
      'remediation together with notifications (it escalates through their routes, and its route is rendered into their configuration)',
      'add notifications, or leave remediation out',
    );
  }
  if (props.kubeStateMetrics) {
    validateKubeStateMetrics(
      { image: props.kubeStateMetrics.image, resources: props.kubeStateMetrics.resources },
      p.at('kubeStateMetrics'),
    );
  }
  const scraped: Array<[string, ScrapeSourceOptions | false | undefined]> = [
    ['kubeStateMetrics.existing', props.kubeStateMetrics ? props.kubeStateMetrics.existing : undefined],
    ['argoRollouts', props.argoRollouts],
    ['prometheusOperator', props.prometheusOperator],
    ['velero', props.velero],
  ];
  for (const [source, options] of scraped) {
    if (options) {
      const at = p.at(source);
      if (options.namespace !== undefined) {
        at.check(
          isDnsLabel(options.namespace),
          'namespace',
          options.namespace,
          'a lowercase DNS label',
          'use the namespace the exporter runs in',
        );
      }
      if (options.port !== undefined) {
        at.check(
          /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(options.port),
          'port',
          options.port,
          'a Service port name',
          'use the name of the metrics port',
        );
      }
    }
  }
  if (props.grafana === undefined) {
    p.add(
      'grafana',
      undefined,
      'Grafana options with an admin Secret, or false',
      'set grafana: { adminSecret: { name: "grafana-admin" } } or grafana: false',
    );
  }
}
