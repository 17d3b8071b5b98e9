import { App, Chart } from 'cdk8s';
import { AnalysisGate, CanaryStep, DeliveryStrategy, EnvValue, TrafficRouting, Workload } from 'kubeship';

// its own output directory: dist/ holds the environments
const app = new App({ outdir: 'out/cdk8s-app' });
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

app.synth(); // out/cdk8s-app/shop.k8s.yaml
