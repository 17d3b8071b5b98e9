/**
 * What must exist before an environment's YAML can work, and the commands that apply it in
 * order: written beside the YAML (`dist/<env>/PREREQUISITES.md`) and printed by `npm run synth`.
 * Pure: everything comes from the plan.
 */
import { EnvValue, ROLLOUTS_NOTIFICATION_SECRET, VERSIONS } from '../constructs';
import { resolveAdminSecret } from '../constructs/config';
import { EnvironmentPlan } from './environment';

/** The name of the prerequisites file in `dist/<env>/`. */
export const PREREQUISITES_FILE = 'PREREQUISITES.md';

/** One Secret the environment reads but does not create. */
export interface RequiredSecret {
  readonly namespace: string;
  readonly name: string;
  readonly keys: string[];
  /** Who reads it. */
  readonly usedBy: string;
  /** The secret config key from which the Pulumi program creates it instead, if any. */
  readonly pulumiConfig?: string;
}

/** The Secrets an environment's objects reference, by namespace and name. */
export function requiredSecrets(plan: EnvironmentPlan): RequiredSecret[] {
  const secrets: RequiredSecret[] = [];
  for (const [app, props] of Object.entries(plan.apps)) {
    const refs = Object.values(props.env ?? {})
      .map((v) => (v instanceof EnvValue ? v.secretKeyRef : undefined))
      .filter((r) => r !== undefined);
    for (const name of [...new Set(refs.map((r) => r.name))]) {
      secrets.push({
        namespace: plan.namespace,
        name,
        keys: [...new Set(refs.filter((r) => r.name === name).map((r) => r.key))].sort(),
        usedBy: `app ${app}`,
      });
    }
  }
  const grafana = plan.monitoring?.grafana;
  const admin = grafana ? grafana.adminSecret : undefined;
  if (admin) {
    secrets.push({
      namespace: plan.monitoringNamespace,
      name: admin.name,
      keys: [resolveAdminSecret(admin).passwordKey, resolveAdminSecret(admin).userKey].sort(),
      usedBy: 'Grafana',
      pulumiConfig: 'grafanaAdminPassword',
    });
  }
  for (const [name, keys] of Object.entries(plan.receiverCredentialKeys)) {
    if (keys.length) {
      secrets.push({
        namespace: plan.monitoringNamespace,
        name,
        keys,
        usedBy: 'Alertmanager receivers',
        pulumiConfig: 'receiverCredentials',
      });
    }
  }
  if (plan.eventCredentialKeys.length) {
    secrets.push({
      namespace: 'argo-rollouts',
      name: ROLLOUTS_NOTIFICATION_SECRET,
      keys: plan.eventCredentialKeys,
      usedBy: 'Argo Rollouts deployment events',
      pulumiConfig: 'eventCredentials',
    });
  }
  return secrets;
}

/**
 * The prerequisites of an environment as lines of Markdown, for the directory holding `files`;
 * the commands run from that directory, so the file reads the same wherever it is.
 */
export function prerequisites(plan: EnvironmentPlan, files: readonly string[]): string[] {
  const apps = Object.entries(plan.apps);
  const rollouts = apps.filter(([, p]) => p.strategy?.usesRollout).map(([name]) => name);
  const scaled = apps.filter(([, p]) => p.autoscaling).map(([name]) => name);
  const nginx = apps.filter(([, p]) => p.strategy?.trafficRouting?.provider === 'nginx').map(([name]) => name);
  const isolated = apps.some(([, p]) => p.networkPolicy !== false);
  const storage = plan.monitoring?.prometheus?.storage;
  const cluster = [
    ...(isolated
      ? ['a CNI that enforces NetworkPolicy (Calico, Cilium, ...): every app and the monitoring stack accept only the traffic they need']
      : []),
    ...(rollouts.length
      ? [
          `Argo Rollouts ${VERSIONS.argoRollouts} (controller and CRDs) in namespace argo-rollouts: ${rollouts.join(', ')} ${rollouts.length === 1 ? 'is a Rollout' : 'are Rollouts'}`,
        ]
      : []),
    ...(scaled.length ? [`metrics-server: the HorizontalPodAutoscalers of ${scaled.join(', ')} scale on CPU utilization`] : []),
    ...(nginx.length || isolated
      ? [`ingress-nginx (IngressClass nginx)${nginx.length ? `: canary weights of ${nginx.join(', ')}` : ''}; its pods may reach the apps`]
      : []),
    ...(storage
      ? [
          `a default StorageClass (or storageClassName): Prometheus volumes of ${storage.size} x ${plan.monitoring?.prometheus?.replicas ?? 1}`,
        ]
      : []),
    ...(plan.backup
      ? [
          `Velero ${VERSIONS.velero} in namespace ${plan.backup.veleroNamespace ?? 'velero'} (velero install --image velero/velero:v${VERSIONS.velero}), ` +
            `with the BackupStorageLocation ${plan.backup.storageLocation ?? 'default'}${
              (plan.backup.volumes ?? 'snapshot') === 'snapshot'
                ? ' and a VolumeSnapshotLocation (or CSI snapshots) for volume snapshots'
                : plan.backup.volumes === 'file-system'
                  ? ' and its node agent (--use-node-agent) for file-system volume backups'
                  : ''
            }: it runs the Schedule ${plan.backup.name}`,
        ]
      : []),
    ...(plan.sms
      ? [
          `the IAM role ${plan.sms.roleArn}, trusted by ${plan.sms.oidcProviderArn} for ServiceAccount ${plan.monitoringNamespace}/${plan.sms.serviceAccountName}, and the SNS topic ${plan.sms.topicArn} (the Pulumi program creates both)`,
        ]
      : []),
  ];
  const secrets = requiredSecrets(plan);
  const crds = files.filter((f) => /^\d{4}-(namespaces|prometheus-operator-crds)\.k8s\.yaml$/.test(f));
  const lines = [
    `# Before applying this directory (environment ${plan.environment})`,
    '',
    '## In the cluster',
    '',
    ...(cluster.length ? cluster.map((c) => `- ${c}`) : ['- nothing beyond Kubernetes itself']),
    '',
    '## Secrets (kubeship references them by name and never holds their values)',
    '',
    ...(secrets.length
      ? secrets.flatMap((s) => [
          `- \`${s.namespace}/${s.name}\`, keys ${s.keys.map((k) => `\`${k}\``).join(', ')}: read by ${s.usedBy}${s.pulumiConfig ? `; \`pulumi up\` creates it from secret config \`kubeship:${s.pulumiConfig}\`` : ''}`,
          `  \`kubectl -n ${s.namespace} create secret generic ${s.name} ${s.keys.map((k) => `--from-literal=${k}=...`).join(' ')}\``,
        ])
      : ['- none']),
    '',
    '## Apply in order',
    '',
    'File names sort in apply order; CRDs must be established before the objects that use them, and',
    'the operator CRDs are too large for client-side apply. From this directory:',
    '',
    '```sh',
    ...(crds.length
      ? [
          `kubectl apply --server-side ${crds.map((f) => `-f ${f}`).join(' ')}`,
          ...(crds.some((f) => f.includes('crds'))
            ? [`kubectl wait --for condition=established --timeout=120s -f ${crds.find((f) => f.includes('crds'))}`]
            : []),
        ]
      : []),
    'kubectl apply --server-side -f .',
    '```',
    '',
    'Argo CD: every object carries its sync wave (`argocd.argoproj.io/sync-wave`: Namespaces -3, CRDs -2,',
    `operator -1, monitoring 0${plan.backup ? ', backup 0' : ''}, apps 1), so one Application over this directory syncs in the same order.`,
  ];
  return lines;
}
