import { App, Chart } from 'cdk8s';
import { ScalingMetric, Workload } from 'kubeship';

const chart = new Chart(new App(), 'shop', { namespace: 'shop' });

new Workload(chart, 'api', {
  image: 'ghcr.io/example/shop-api:1.8.0',
  autoscaling: {
    minReplicas: 2, // default 2
    maxReplicas: 10,
    metrics: [ScalingMetric.cpuUtilization(70)], // default; also memory, pods(...), external(...)
    scaleDown: { stabilizationWindow: '5m', policies: [{ type: 'Pods', value: 1, period: '1m' }] },
  },
});
