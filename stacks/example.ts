import { Chart } from 'cdk8s';
import {
  AnalysisGate, CanaryStep, DeliveryStrategy, EnvValue, IMonitoringStack, MonitoringStackProps, Probe, ScalingMetric, TrafficRouting, WorkloadProps,
} from '../constructs';

/** Namespace of the example monitoring stack (the analysis gates' default Prometheus address points there). */
export const MONITORING_NAMESPACE = 'monitoring';

/** The example monitoring stack (Grafana's admin credentials come from the Secret `grafana-admin`). */
export function exampleMonitoring(environment: string): Omit<MonitoringStackProps, 'grafana'> & { grafana: { adminSecret: { name: string } } } {
  return {
    namespace: MONITORING_NAMESPACE,
    environment,
    prometheus: { retention: '15d', storage: { size: '50Gi' }, retentionSize: '40GB' },
    grafana: { adminSecret: { name: 'grafana-admin' } },
  };
}

/**
 * Two example services, used by both front doors (`stacks/main.ts` for cdk8s, `stacks/index.ts`
 * for Pulumi): an API on a rolling update with an HPA, and a web front end on a canary with
 * analysis gates and NGINX traffic routing; both scraped and alerted on by the monitoring stack.
 */
export function exampleServices(image: { api: string; web: string }, stack?: IMonitoringStack): Record<string, WorkloadProps> {
  const monitoring = stack ? { monitoring: { stack } } : {};
  return {
    api: {
      image: image.api,
      ports: [{ containerPort: 8080, servicePort: 80 }],
      env: { LOG_LEVEL: 'info', DATABASE_URL: EnvValue.fromSecret('api-database', 'url') },
      readiness: Probe.http('/ready'),
      liveness: Probe.http('/healthz'),
      resources: { cpu: { request: '250m', limit: '500m' }, memory: { request: '256Mi', limit: '512Mi' } },
      strategy: DeliveryStrategy.rolling({ maxSurge: '25%', maxUnavailable: 0 }),
      autoscaling: { minReplicas: 2, maxReplicas: 10, metrics: [ScalingMetric.cpuUtilization(70)] },
      ...monitoring,
    },
    web: {
      image: image.web,
      ports: [{ containerPort: 8080, servicePort: 80 }],
      readiness: Probe.http('/ready'),
      strategy: DeliveryStrategy.canary({
        steps: [
          CanaryStep.setWeight(10), CanaryStep.pause('2m'),
          CanaryStep.analysis(AnalysisGate.successRate({ minimum: 0.99 })),
          CanaryStep.setWeight(50), CanaryStep.pause('5m'),
        ],
        analysis: { gates: [AnalysisGate.latency({ percentile: 0.95, maximumSeconds: 0.5 })], startingStep: 1 },
        trafficRouting: TrafficRouting.nginx({ host: 'shop.example.com', ingressClassName: 'nginx' }),
      }),
      autoscaling: { minReplicas: 3, maxReplicas: 12 },
      ...monitoring,
    },
  };
}

/** Images of the examples (pinned tags). */
export const EXAMPLE_IMAGES = { api: 'ghcr.io/example/shop-api:1.8.0', web: 'ghcr.io/example/shop-web:2.3.1' };

/** Adds the example services to a chart. */
export function addExampleServices(chart: Chart, build: (chart: Chart, id: string, props: WorkloadProps) => void, stack?: IMonitoringStack): void {
  for (const [id, props] of Object.entries(exampleServices(EXAMPLE_IMAGES, stack))) {
    build(chart, id, props);
  }
}
