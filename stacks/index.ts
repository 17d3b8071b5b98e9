/**
 * The Pulumi program (Pulumi.yaml `main`): deploys the Prometheus Operator (optional), the
 * monitoring stack and the example services through the Pulumi front doors. The objects are the
 * same as `npm run synth` writes to dist/example/.
 *
 *   pulumi stack init dev
 *   pulumi config set namespace shop
 *   pulumi config set --secret grafanaAdminPassword '<password>'
 *   pulumi config set --secret slackOpsWebhookUrl '<url>'     # and the other keys of SECRET_CONFIG
 *   pulumi up
 *
 * Receiver credentials: with the secret config set, Pulumi creates `alertmanager-receivers` and
 * `argo-rollouts-notification-secret`; without it, those Secrets must exist.
 */
import * as pulumi from '@pulumi/pulumi';
import { ROLLOUTS_NOTIFICATION_SECRET } from '../constructs';
import { CredentialSecrets, DeploymentEvents, MonitoringStack, PrometheusOperator, Workload } from '../constructs/pulumi';
import { EXAMPLE_IMAGES, exampleDeploymentEvents, exampleMonitoring, exampleServices, MONITORING_NAMESPACE, SECRET_CONFIG } from './example';

const config = new pulumi.Config();
const namespace = config.get('namespace') ?? 'shop';
const images = { api: config.get('apiImage') ?? EXAMPLE_IMAGES.api, web: config.get('webImage') ?? EXAMPLE_IMAGES.web };
const adminPassword = config.getSecret('grafanaAdminPassword');

// secret config -> Secret name -> key -> value (only what is set; a partial set is reported as one error)
const credentials: CredentialSecrets = {};
for (const [configKey, [secret, key]] of Object.entries(SECRET_CONFIG)) {
  const value = config.getSecret(configKey);
  if (value !== undefined) {
    credentials[secret] = { ...credentials[secret], [key]: value };
  }
}
const { [ROLLOUTS_NOTIFICATION_SECRET]: eventCredentials, ...receiverCredentials } = credentials;

const operator = config.getBoolean('installPrometheusOperator') === false
  ? undefined
  : new PrometheusOperator('prometheus-operator', { namespace: MONITORING_NAMESPACE });
const { grafana, ...monitoringProps } = exampleMonitoring(pulumi.getStack());
const stack = new MonitoringStack('monitoring', {
  ...monitoringProps,
  // with the secret config set, Pulumi creates the admin Secret; else Grafana reads an existing `grafana-admin` Secret
  grafana: adminPassword ? { adminPassword } : grafana,
  credentials: Object.keys(receiverCredentials).length ? receiverCredentials : undefined,
}, { dependsOn: operator ? [operator] : [] });

const events = new DeploymentEvents('deployment-events', { ...exampleDeploymentEvents(pulumi.getStack()), credentials: eventCredentials });

const workloads = Object.entries(exampleServices(images, stack, events))
  .map(([id, props]) => new Workload(id, { ...props, namespace }, { dependsOn: operator ? [operator] : [] }));

export const prometheusUrl = stack.prometheusUrl;
export const alertmanagerUrl = stack.alertmanagerUrl;
export const grafanaService = stack.grafanaServiceName;

export const services = Object.fromEntries(workloads.map((w) => [w.workloadName, { kind: w.kind, service: w.serviceName }]));
