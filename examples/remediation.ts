import { App, Chart } from 'cdk8s';
import { Channels, MonitoringStack } from 'kubeship';

const app = new App();
new MonitoringStack(new Chart(app, 'monitoring', { namespace: 'monitoring' }), 'Monitoring', {
  environment: 'prod',
  grafana: false,
  notifications: {
    roles: [
      {
        name: 'ops',
        severities: ['critical'],
        channels: [Channels.pagerDuty({ routingKey: { name: 'alertmanager-receivers', key: 'pagerduty' } })],
      },
    ],
  },
  remediation: {
    namespaces: ['shop'],
    maxAttempts: 3, // per workload; then RemediationExhausted (critical) goes through the routes above
    cooldown: '5m', // least time between two actions on one workload
    dryRun: false, // true: log and count what would be done, change nothing
    actions: {
      KubePodCrashLooping: { action: 'deletePod' },
      KubePodPending: { action: 'deletePod' },
      KubeDeploymentRolloutStuck: { action: 'restart' },
      // your own alert (with a `deployment` label), scaled up one replica at a time, never beyond 8
      QueueBacklogHigh: { action: 'scale', step: 1, maxReplicas: 8 },
    },
  },
});
app.synth();
