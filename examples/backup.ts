import { App, Chart } from 'cdk8s';
import { BackupSchedule, MonitoringStack } from 'kubeship';

const app = new App();
const stack = new MonitoringStack(new Chart(app, 'monitoring', { namespace: 'monitoring' }), 'Monitoring', {
  environment: 'prod',
  grafana: false,
  prometheus: { retention: '30d', storage: { size: '100Gi' }, excludeFromBackup: true },
  velero: {}, // scrape Velero's server pods (velero install: namespace velero, pods deploy=velero, port metrics)
});
new BackupSchedule(new Chart(app, 'backup', { namespace: 'velero' }), 'kubeship-prod', {
  schedule: '0 3 * * *', // cron as Velero v1.18.1 reads it (robfig/cron), UTC unless CRON_TZ= says otherwise
  namespaces: ['shop', 'monitoring'],
  ttl: '720h', // kept 30 days
  volumes: 'snapshot', // or 'file-system' (node agent copies) or 'none' (objects only)
  storageLocation: 'default',
  monitoring: { stack }, // VeleroBackupFailed, VeleroBackupOverdue, VeleroScheduleNotReported
});
app.synth();
