/**
 * Every problem of a `MonitoringStack`'s props, at once (pure): names, intervals, Prometheus and
 * Alertmanager settings, notifications against the Alertmanager version, scrape sources, the parts
 * it composes (deployment alerts, remediation, kube-state-metrics).
 */
import { DURATION_ALLOWED, durationSeconds } from '../core/duration';
import { checkUrl } from '../core/checks';
import { isDnsLabel, isLabelValue } from '../core/names';
import { Problems } from '../core/problems';
import { byteQuantityProblem, parseQuantity } from '../core/quantity';
import { validateResources, withDefaults } from '../core/container';
import { SEMVER } from '../core/versions';
import { compareVersions, MIN_ALERTMANAGER_VERSION } from '../notifications/channels';
import { validateAlertmanagerConfig } from '../notifications/config';
import { validateRemediation } from '../remediation/remediation';
import { validateKubeStateMetrics } from './kube-state-metrics';
import { checkLabels, validateDeploymentAlertOptions } from './rules';
import {
  DEFAULT_ALERTMANAGER_RESOURCES,
  DEFAULT_ALERTMANAGER_VERSION,
  DEFAULT_PROMETHEUS_RESOURCES,
  MonitoringStackProps,
  ScrapeSourceOptions,
  StorageOptions,
} from './stack-props';

/** Prometheus durations as the operator's CRD accepts them. */
const PROM_DURATION = /^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$/;
/** Prometheus byte sizes as the operator's CRD accepts them. */
const BYTE_SIZE = /^(0|([0-9]*[.])?[0-9]+((K|M|G|T|E|P)i?)?B)$/;

/** Records every problem of the props of the stack named `name`. */
export function validateMonitoringStack(props: MonitoringStackProps, name: string, p: Problems): void {
  p.check(isDnsLabel(name), 'name', name, 'a lowercase DNS label of at most 63 characters', 'use a name like "monitoring"');
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
  const scrapeSeconds = durationSeconds(props.scrapeInterval ?? '30s');
  p.check(
    scrapeSeconds !== undefined && scrapeSeconds >= 5,
    'scrapeInterval',
    props.scrapeInterval,
    `at least 5s, as ${DURATION_ALLOWED}`,
    'use "30s" unless you need finer resolution',
  );

  const prom = props.prometheus ?? {};
  const pp = p.at('prometheus');
  checkReplicas(pp, prom.replicas);
  checkPromDuration(pp, 'retention', prom.retention);
  if (prom.retentionSize !== undefined) {
    pp.check(
      typeof prom.retentionSize === 'string' && BYTE_SIZE.test(prom.retentionSize),
      'retentionSize',
      prom.retentionSize,
      'a byte size such as "40GB" or "500MiB"',
      'write the size with a unit ending in B, below the volume size',
    );
  }
  checkStorage(pp.at('storage'), prom.storage);
  if (prom.storage && prom.retentionSize && BYTE_SIZE.test(prom.retentionSize)) {
    const volume = parseQuantity(prom.storage.size);
    const bound = parseByteSize(prom.retentionSize);
    if (volume !== undefined && bound >= volume) {
      pp.add(
        'retentionSize',
        prom.retentionSize,
        `less than the volume size (${prom.storage.size})`,
        'leave ~15% headroom for the WAL and compaction, e.g. 85% of the volume',
      );
    }
  }
  validateResources(withDefaults(DEFAULT_PROMETHEUS_RESOURCES, prom.resources), pp.at('resources'));
  checkLabels(pp, 'externalLabels', prom.externalLabels);
  for (const reserved of ['environment', 'cluster', 'prometheus', 'prometheus_replica']) {
    if (prom.externalLabels && reserved in prom.externalLabels) {
      pp.add(
        `externalLabels.${reserved}`,
        prom.externalLabels[reserved],
        'labels other than environment, cluster, prometheus, prometheus_replica',
        reserved === 'environment' || reserved === 'cluster'
          ? `set \`${reserved}\` on the stack instead`
          : 'the operator sets this label itself',
      );
    }
  }
  (prom.remoteWrite ?? []).forEach((rw, i) => {
    const at = pp.at(`remoteWrite[${i}]`);
    checkUrl(at, 'url', rw.url, 'https://mimir.example.com/api/v1/push');
    if (rw.bearerTokenSecret && rw.basicAuthSecret) {
      at.add('basicAuthSecret', 'both', 'one of bearerTokenSecret or basicAuthSecret', 'keep the one your endpoint expects');
    }
    for (const [field, ref] of [
      ['bearerTokenSecret', rw.bearerTokenSecret],
      ['basicAuthSecret', rw.basicAuthSecret],
    ] as const) {
      if (ref) {
        at.check(
          isDnsLabel(ref.name, 253),
          `${field}.name`,
          ref.name,
          'the name of an existing Secret',
          'reference the Secret holding the credentials',
        );
      }
    }
  });

  const am = props.alertmanager ?? {};
  const ap = p.at('alertmanager');
  checkReplicas(ap, am.replicas);
  checkPromDuration(ap, 'retention', am.retention);
  checkStorage(ap.at('storage'), am.storage);
  validateResources(withDefaults(DEFAULT_ALERTMANAGER_RESOURCES, am.resources), ap.at('resources'));
  if (am.serviceAccountName !== undefined) {
    ap.check(
      isDnsLabel(am.serviceAccountName, 253),
      'serviceAccountName',
      am.serviceAccountName,
      'a ServiceAccount name',
      'use an existing ServiceAccount',
    );
  }
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
  for (const [field, names] of [
    ['configSecret', am.configSecret === undefined ? [] : [am.configSecret]],
    ['secrets', am.secrets ?? []],
  ] as const) {
    for (const name of names) {
      ap.check(isDnsLabel(name, 253), field, name, "the name of a Secret in the stack's namespace", 'reference an existing Secret');
    }
  }

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

function checkReplicas(p: Problems, replicas: number | undefined): void {
  if (replicas !== undefined) {
    p.check(
      Number.isInteger(replicas) && replicas >= 1 && replicas <= 10,
      'replicas',
      replicas,
      'a whole number from 1 to 10',
      'use 1 in small environments and 2 or more where alerting must survive a pod loss',
    );
  }
}

function checkPromDuration(p: Problems, field: string, value: string | undefined): void {
  if (value !== undefined) {
    p.check(
      typeof value === 'string' && value !== '' && PROM_DURATION.test(value),
      field,
      value,
      'a Prometheus duration such as "15d", "12h" or "2w"',
      'write a number with a unit (ms, s, m, h, d, w, y)',
    );
  }
}

function checkStorage(p: Problems, storage: StorageOptions | undefined): void {
  if (storage === undefined) {
    return;
  }
  const wrong = byteQuantityProblem(storage.size, 2 ** 20);
  if (wrong) {
    p.add('size', storage.size, wrong.allowed, wrong.fix);
  }
  if (storage.storageClassName !== undefined) {
    p.check(
      isDnsLabel(storage.storageClassName, 253),
      'storageClassName',
      storage.storageClassName,
      'the name of a StorageClass',
      'use a StorageClass of the cluster, or leave it out for the default',
    );
  }
}

/** Bytes of a Prometheus byte size (`40GB` = 40e9, `500MiB` = 500 * 2^20). */
export function parseByteSize(value: string): number {
  const match = /^(([0-9]*[.])?[0-9]+)((K|M|G|T|E|P)(i?))?B$/.exec(value);
  if (!match) {
    return 0;
  }
  const powers: Record<string, number> = { K: 1, M: 2, G: 3, T: 4, P: 5, E: 6 };
  const exponent = match[4] ? powers[match[4]] : 0;
  return Number(match[1]) * (match[5] ? 1024 : 1000) ** exponent;
}
