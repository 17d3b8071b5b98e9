/**
 * The Pulumi program (Pulumi.yaml `main`), one for every environment: `pulumi up --stack dev`
 * (or staging, prod) reads that stack's config (`Pulumi.<env>.yaml`), validates it against the
 * schema `npm run synth` uses, and deploys the same objects that land in `dist/<env>/`, plus what
 * only Pulumi can do: the SNS topic for SMS (AWS), and Secrets created from secret config.
 *
 *   pulumi stack select prod
 *   pulumi config set --secret grafanaAdminPassword '<password>'
 *   pulumi config set --secret --path 'receiverCredentials.pagerduty-routing-key' '<key>'
 *   pulumi up
 */
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { namespaceManifest } from '../constructs';
import { SnsAlerting } from '../constructs/aws';
import {
  BackupSchedule,
  CredentialSecrets,
  DatadogMonitors,
  DeploymentEvents,
  MonitoringStack,
  PrometheusOperator,
  Workload,
} from '../constructs/pulumi';
import { parseStackConfig } from './config';
import { PROJECT, SECRET_KEYS } from './config-keys';
import { environmentNameProblems, fromPulumiConfig } from './stack-file';
import { environmentNamespaces, planEnvironment, SNS_SERVICE_ACCOUNT } from './environment';
import { syncWaveTransformation } from './sync-wave';

/** A secret config value (JSON when structured), or undefined. Leaves of the result are Pulumi secrets. */
function secretConfig<T>(key: keyof typeof SECRET_KEYS): T | undefined {
  const text = pulumi.runtime.getConfig(`${PROJECT}:${key}`);
  if (text === undefined) {
    return undefined;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    return text as T;
  }
}

function secretValues(values: Record<string, unknown> | undefined, field: string): Record<string, pulumi.Output<string>> | undefined {
  if (values === undefined) {
    return undefined;
  }
  if (typeof values !== 'object' || Array.isArray(values) || Object.values(values).some((v) => typeof v !== 'string')) {
    throw new pulumi.RunError(
      `Invalid secret config ${PROJECT}:${field}: allowed: an object of key -> string; ` +
        `fix: pulumi config set --secret --path '${field}.<key>' <value>`,
    );
  }
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, pulumi.secret(v as string)]));
}

const stack = pulumi.getStack();
const rawConfig = fromPulumiConfig(pulumi.runtime.allConfig());
const config = parseStackConfig(rawConfig, `stack config of ${stack}`, environmentNameProblems(rawConfig, stack));

// the Namespaces first: everything else lives in them
const namespaces = environmentNamespaces(config).map(
  (name) =>
    new k8s.core.v1.Namespace(
      `namespace-${name}`,
      { metadata: namespaceManifest(name).metadata },
      { transformations: [syncWaveTransformation('namespaces')] },
    ),
);

// SMS needs AWS: the topic, its subscriptions and the role the Alertmanager assumes
const smsNumbers = secretConfig<unknown>('smsNumbers');
if (smsNumbers !== undefined && (!Array.isArray(smsNumbers) || smsNumbers.some((n) => typeof n !== 'string'))) {
  throw new pulumi.RunError(
    `Invalid secret config ${PROJECT}:smsNumbers: allowed: a list of E.164 numbers; fix: pulumi config set --secret --path 'smsNumbers[0]' +4915112345678`,
  );
}
const sns =
  config.sms &&
  new SnsAlerting(
    'sms',
    {
      region: config.sms.region,
      namespace: config.monitoringNamespace,
      topicName: config.sms.topicName,
      roleName: config.sms.roleName,
      serviceAccountName: SNS_SERVICE_ACCOUNT,
      smsNumbers: ((smsNumbers ?? []) as string[]).map((n) => pulumi.secret(n)),
      irsa: { oidcProviderArn: config.sms.oidcProviderArn, oidcProviderUrl: config.sms.oidcProviderUrl },
    },
    { dependsOn: namespaces, transformations: [syncWaveTransformation('monitoring')] },
  );
const plan = planEnvironment(config, { stack, smsChannel: sns?.channel() });

const operator =
  plan.installPrometheusOperator && plan.monitoring
    ? new PrometheusOperator(
        'prometheus-operator',
        { namespace: plan.monitoringNamespace },
        { dependsOn: namespaces, transformations: [syncWaveTransformation('prometheus-operator')] },
      )
    : undefined;
const dependsOn = [...namespaces, ...(operator ? [operator] : [])];

let monitoring: MonitoringStack | undefined;
if (plan.monitoring) {
  const adminPassword = secretConfig<string>('grafanaAdminPassword');
  const receivers = secretValues(secretConfig('receiverCredentials'), 'receiverCredentials');
  const credentials: CredentialSecrets | undefined =
    receivers && Object.fromEntries(Object.keys(plan.receiverCredentialKeys).map((secret) => [secret, receivers]));
  monitoring = new MonitoringStack(
    'monitoring',
    {
      ...plan.monitoring,
      // with the password in secret config, Pulumi creates the admin Secret; else Grafana reads `grafana-admin`
      grafana:
        plan.monitoring.grafana && adminPassword !== undefined ? { adminPassword: pulumi.secret(adminPassword) } : plan.monitoring.grafana,
      credentials,
    },
    { dependsOn: [...dependsOn, ...(sns ? [sns] : [])], transformations: [syncWaveTransformation('monitoring')] },
  );
}

// the Velero Schedule (Velero is a prerequisite) and, when monitored, its alerts
let backup: BackupSchedule | undefined;
if (plan.backup) {
  const { alertAfter, ...props } = plan.backup;
  backup = new BackupSchedule(
    'backup',
    { ...props, ...(monitoring ? { monitoring: { stack: monitoring, alertAfter } } : {}) },
    { dependsOn: [...dependsOn, ...(monitoring ? [monitoring] : [])], transformations: [syncWaveTransformation('backup')] },
  );
}

// Datadog as a second target: its monitors (the apps carry the Agent's Autodiscovery annotations)
if (plan.datadog) {
  new DatadogMonitors('datadog', plan.datadog, { dependsOn: namespaces, transformations: [syncWaveTransformation('apps')] });
}

const events =
  plan.deploymentEvents &&
  new DeploymentEvents(
    'deployment-events',
    {
      ...plan.deploymentEvents,
      credentials: secretValues(secretConfig('eventCredentials'), 'eventCredentials'),
    },
    { dependsOn: namespaces, transformations: [syncWaveTransformation('apps')] },
  );

const workloads = Object.entries(plan.apps).map(
  ([name, props]) =>
    new Workload(
      name,
      {
        ...props,
        namespace: plan.namespace,
        ...(monitoring ? { monitoring: { stack: monitoring } } : {}),
        ...(events && plan.eventApps.includes(name) ? { deploymentEvents: events } : {}),
      },
      { dependsOn, transformations: [syncWaveTransformation('apps')] },
    ),
);

export const environment = plan.environment;
export const policyEnforcement = plan.policyEnforcement;
export const prometheusUrl = monitoring?.prometheusUrl;
export const alertmanagerUrl = monitoring?.alertmanagerUrl;
export const alertmanagerService = monitoring && `alertmanager-operated.${plan.monitoringNamespace}`;
export const grafanaService = monitoring?.grafanaServiceName;
export const grafanaUrl = monitoring?.grafanaUrl;
export const smsTopicArn = sns?.topicArn;
/** The Velero Schedule backing up this environment (namespace/name), if any. */
export const backupSchedule = backup && `${plan.backup?.veleroNamespace}/${backup.scheduleName}`;
/** What other stacks need to join this monitoring stack (see examples/consumer): `IMonitoringStack` plus Prometheus' URL. */
export const monitoringStack = monitoring && {
  selectorLabels: monitoring.selectorLabels,
  targetLabels: monitoring.targetLabels,
  scrapeIntervalSeconds: monitoring.scrapeIntervalSeconds,
  prometheusPods: monitoring.prometheusPods,
  prometheusUrl: monitoring.prometheusUrl,
};
/** Per app: its kind (Deployment or Rollout), Service, namespace and in-cluster URL. */
export const services = Object.fromEntries(
  workloads.map((w) => [
    w.workloadName,
    {
      kind: w.kind,
      namespace: plan.namespace,
      service: w.serviceName,
      url: pulumi.output(w.serviceName).apply((service) => service && `http://${service}.${plan.namespace}.svc`),
    },
  ]),
);
