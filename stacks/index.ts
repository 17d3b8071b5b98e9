/**
 * The Pulumi program (Pulumi.yaml `main`): deploys the Prometheus Operator (optional), the
 * monitoring stack and the example services through the Pulumi front doors. The objects are the
 * same as `npm run synth` writes to dist/example/.
 *
 *   pulumi stack init dev
 *   pulumi config set namespace shop
 *   pulumi config set --secret grafanaAdminPassword '<password>'
 *   pulumi up
 */
import * as pulumi from '@pulumi/pulumi';
import { MonitoringStack, PrometheusOperator, Workload } from '../constructs/pulumi';
import { EXAMPLE_IMAGES, exampleMonitoring, exampleServices, MONITORING_NAMESPACE } from './example';

const config = new pulumi.Config();
const namespace = config.get('namespace') ?? 'shop';
const images = { api: config.get('apiImage') ?? EXAMPLE_IMAGES.api, web: config.get('webImage') ?? EXAMPLE_IMAGES.web };
const adminPassword = config.getSecret('grafanaAdminPassword');

const operator = config.getBoolean('installPrometheusOperator') === false
  ? undefined
  : new PrometheusOperator('prometheus-operator', { namespace: MONITORING_NAMESPACE });
const { grafana, ...monitoringProps } = exampleMonitoring(pulumi.getStack());
const stack = new MonitoringStack('monitoring', {
  ...monitoringProps,
  // with the secret config set, Pulumi creates the admin Secret; else Grafana reads an existing `grafana-admin` Secret
  grafana: adminPassword ? { adminPassword } : grafana,
}, { dependsOn: operator ? [operator] : [] });

const workloads = Object.entries(exampleServices(images, stack))
  .map(([id, props]) => new Workload(id, { ...props, namespace }, { dependsOn: operator ? [operator] : [] }));

export const prometheusUrl = stack.prometheusUrl;
export const alertmanagerUrl = stack.alertmanagerUrl;
export const grafanaService = stack.grafanaServiceName;

export const services = Object.fromEntries(workloads.map((w) => [w.workloadName, { kind: w.kind, service: w.serviceName }]));
