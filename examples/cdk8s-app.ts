import { App, Chart } from 'cdk8s';
import { AnalysisGate, CanaryStep, DeliveryStrategy, EnvValue, TrafficRouting, Workload } from 'kubeship';

const app = new App();
const chart = new Chart(app, 'shop', { namespace: 'shop' });

new Workload(chart, 'web', {
  image: 'registry.example.com/shop/web:1.4.2',
  ports: [{ containerPort: 8080, servicePort: 80 }],
  env: { LOG_LEVEL: 'info', DATABASE_URL: EnvValue.fromSecret('web-db', 'url') },
  strategy: DeliveryStrategy.canary({
    steps: [
      CanaryStep.setWeight(10),
      CanaryStep.pause('2m'),
      CanaryStep.analysis(AnalysisGate.successRate({ minimum: 0.99 })),
      CanaryStep.setWeight(50),
      CanaryStep.pause('5m'),
    ],
    analysis: { gates: [AnalysisGate.latency({ percentile: 0.95, maximumSeconds: 0.5 })] },
    trafficRouting: TrafficRouting.nginx({ host: 'shop.example.com' }),
  }),
  autoscaling: { minReplicas: 2, maxReplicas: 10 },
});

app.synth(); // dist/shop.k8s.yaml
