import { App, Chart } from 'cdk8s';
import { AnalysisGate, DeliveryStrategy, MonitoringStack, PrometheusOperator, Workload } from 'kubeship';

const app = new App();

// Optional: the Prometheus Operator itself (apply this file first, server-side).
new PrometheusOperator(new Chart(app, 'prometheus-operator', { namespace: 'monitoring' }), 'Operator');

const stack = new MonitoringStack(new Chart(app, 'monitoring', { namespace: 'monitoring' }), 'Monitoring', {
  environment: 'prod',
  cluster: 'eu-west-1',
  prometheus: { replicas: 2, retention: '30d', storage: { size: '100Gi' }, retentionSize: '85GB' },
  alertmanager: { replicas: 3 },
  grafana: { adminSecret: { name: 'grafana-admin' } }, // keys admin-user, admin-password
  deploymentAlerts: {
    longRunningAfter: '20m',
    labels: { team: 'platform' },
    overrides: { DeploymentCanaryIssue: { severity: 'critical' }, KubeDeploymentReplicasMismatch: { disabled: true } },
  },
});

// One prop: a PodMonitor (a Rollout; a Deployment gets a ServiceMonitor) picked up by this stack,
// plus error-rate and latency alerts.
new Workload(new Chart(app, 'shop', { namespace: 'shop' }), 'web', {
  image: 'registry.example.com/shop/web:1.4.2',
  ports: [{ containerPort: 8080 }],
  strategy: DeliveryStrategy.canary({
    analysis: { gates: [AnalysisGate.successRate({ prometheusUrl: stack.prometheusUrl })] },
  }),
  monitoring: { stack, alerts: { maxErrorRatio: 0.01, latency: { quantile: 0.95, maxSeconds: 0.3 } } },
});

app.synth();
