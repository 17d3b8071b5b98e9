// A team's own Pulumi project: the checkout service, delivered with kubeship, joins the monitoring
// stack of the environment stack (`stacks/` of kubeship) it names in `platformStack`.
import * as pulumi from '@pulumi/pulumi';
import { AnalysisGate, CanaryStep, DeliveryStrategy, IMonitoringStack, Probe, ScalingMetric } from 'kubeship';
import { Workload } from 'kubeship/pulumi';

/** What the environment stack exports as `monitoringStack`. */
type SharedMonitoring = IMonitoringStack & { readonly prometheusUrl: string };

export = async () => {
  const config = new pulumi.Config();
  const platform = new pulumi.StackReference(config.require('platformStack'));
  // constructs take plain values: read the output once (it is not a secret)
  const monitoring = (await platform.getOutputDetails('monitoringStack')).value as SharedMonitoring | undefined;

  const checkout = new Workload('checkout', {
    image: config.require('image'),
    namespace: 'checkout',
    ports: [{ containerPort: 8080, servicePort: 80 }],
    readiness: Probe.http('/ready'),
    liveness: Probe.http('/healthz'),
    resources: { cpu: { request: '500m', limit: '1000m' }, memory: { request: '1Gi', limit: '1Gi' } },
    strategy: DeliveryStrategy.canary({
      steps: [CanaryStep.setWeight(20), CanaryStep.pause('2m'), CanaryStep.setWeight(60), CanaryStep.pause('2m')],
      // the gate queries the environment's Prometheus
      analysis: monitoring && {
        gates: [AnalysisGate.successRate({ minimum: 0.99, prometheusUrl: monitoring.prometheusUrl })],
        startingStep: 1,
      },
    }),
    autoscaling: { minReplicas: 3, maxReplicas: 10, metrics: [ScalingMetric.cpuUtilization(70)] },
    // scraped and alerted on by the environment's Prometheus (PodMonitor and rules carry its labels)
    monitoring: monitoring && { stack: monitoring },
  });

  return {
    service: checkout.serviceName,
    grafanaUrl: platform.getOutput('grafanaUrl'),
  };
};
