/**
 * An Alertmanager run by the Prometheus Operator (v0.93.0): the `Alertmanager` custom resource,
 * reading its configuration from a Secret and mounting the Secrets its receivers read credentials
 * from. `MonitoringStack` composes one with the configuration `AlertmanagerConfigSecret` renders.
 */
import { Construct } from 'constructs';
import { MANAGED_BY_LABELS } from '../core/checks';
import { ResolvedResources, ResourcesProps, validateResources, withDefaults } from '../core/container';
import { isDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { IMAGES, VERSIONS } from '../core/versions';
import {
  Alertmanager,
  AlertmanagerSpecResourcesLimits,
  AlertmanagerSpecResourcesRequests,
  AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests,
} from '../imports/prom-alertmanager-monitoring.coreos.com';
import {
  checkPromDuration,
  checkReplicas,
  checkServerName,
  checkStorage,
  POD_SECURITY,
  quantities,
  StorageOptions,
} from './server-options';

/** Options of the stack's Alertmanager. */
export interface AlertmanagerOptions {
  /** @default 1 */
  readonly replicas?: number;
  /** How long silences and notification state are kept. @default '120h' */
  readonly retention?: string;
  /** @default - no volume */
  readonly storage?: StorageOptions;
  /** @default - cpu 50m request / 200m limit, memory 64Mi request / 256Mi limit */
  readonly resources?: ResourcesProps;
  /**
   * Secret holding the native `alertmanager.yaml` (the notification constructs render it).
   *
   * @default - `alertmanager-<name>`, the operator's convention
   */
  readonly configSecret?: string;
  /** Secrets mounted at `/etc/alertmanager/secrets/<name>/` for the receivers' `*_file` fields. @default - none */
  readonly secrets?: string[];
  /**
   * Alertmanager version the operator runs (`v0.28.1`). With `notifications`, the channels are
   * checked against it.
   *
   * @default DEFAULT_ALERTMANAGER_VERSION (the version the rendered configuration is proven with)
   */
  readonly version?: string;
  /**
   * ServiceAccount the Alertmanager pods run as, e.g. one annotated for IRSA so the SNS channel can
   * publish (`kubeship/aws` `SnsAlerting` creates it). @default - the operator's default account
   */
  readonly serviceAccountName?: string;
}

/** The Alertmanager version the rendered configuration is proven with (`amtool check-config`, a real Alertmanager in tests). */
export const DEFAULT_ALERTMANAGER_VERSION = `v${VERSIONS.alertmanager}`;
/**
 * The Alertmanager image of `DEFAULT_ALERTMANAGER_VERSION`, pinned by digest (`IMAGES` of the version
 * matrix). Used when the stack runs the default version; a `version` of your own runs the operator's
 * image for it.
 */
export const DEFAULT_ALERTMANAGER_IMAGE = IMAGES.alertmanager;

/** The Alertmanager's resources unless the props say otherwise. */
export const DEFAULT_ALERTMANAGER_RESOURCES: ResolvedResources = {
  cpu: { request: '50m', limit: '200m' },
  memory: { request: '64Mi', limit: '256Mi' },
};

/** The Alertmanager's options with every default applied: the one place the defaults live. */
export interface ResolvedAlertmanagerOptions {
  /** Replicas. */
  readonly replicas: number;
  /** The version the operator runs. */
  readonly version: string;
  /** The pinned image of the default version; none for another version (the operator's image for it). */
  readonly image?: string;
  /** How long silences and notification state are kept. */
  readonly retention: string;
  /** Requests and limits. */
  readonly resources: ResolvedResources;
}

/** The options with their defaults (pure; values are not checked: `validateAlertmanagerOptions` does that). */
export function resolveAlertmanager(options: AlertmanagerOptions): ResolvedAlertmanagerOptions {
  const version = options.version ?? DEFAULT_ALERTMANAGER_VERSION;
  return {
    replicas: options.replicas ?? 1,
    version,
    image: version === DEFAULT_ALERTMANAGER_VERSION ? DEFAULT_ALERTMANAGER_IMAGE : undefined,
    retention: options.retention ?? '120h',
    resources: withDefaults(DEFAULT_ALERTMANAGER_RESOURCES, options.resources),
  };
}

/**
 * Records every problem of the Alertmanager's options but its version, which matters only with a
 * configuration to check against it (`MonitoringStack` does that with `notifications`).
 */
export function validateAlertmanagerOptions(am: AlertmanagerOptions, ap: Problems): void {
  checkReplicas(ap, am.replicas);
  checkPromDuration(ap, 'retention', am.retention);
  checkStorage(ap.at('storage'), am.storage);
  validateResources(resolveAlertmanager(am).resources, ap.at('resources'));
  if (am.serviceAccountName !== undefined) {
    ap.check(
      isDnsLabel(am.serviceAccountName, 253),
      'serviceAccountName',
      am.serviceAccountName,
      'a ServiceAccount name',
      'use an existing ServiceAccount',
    );
  }
}

/** Records a problem for every Secret name of the options that is not one. */
export function validateAlertmanagerSecrets(am: AlertmanagerOptions, ap: Problems): void {
  for (const [field, names] of [
    ['configSecret', am.configSecret === undefined ? [] : [am.configSecret]],
    ['secrets', am.secrets ?? []],
  ] as const) {
    for (const name of names) {
      ap.check(isDnsLabel(name, 253), field, name, "the name of a Secret in the stack's namespace", 'reference an existing Secret');
    }
  }
}

/** Props of `AlertmanagerServer`. */
export interface AlertmanagerServerProps extends AlertmanagerOptions {
  /** The Alertmanager's name: its pods are `alertmanager-<name>-<n>` and carry the label `alertmanager: <name>`. */
  readonly name: string;
  /** Its namespace. @default - the chart's */
  readonly namespace?: string;
  /** Labels of its objects. @default - the managed-by labels */
  readonly labels?: Record<string, string>;
}

/**
 * An Alertmanager (operator CR `monitoring.coreos.com/v1` Alertmanager) reading `alertmanager.yaml`
 * from `configSecret` and mounting `secrets`, running as non-root without a ServiceAccount token
 * (unless `serviceAccountName` names one for IRSA), the default version's image pinned by digest.
 */
export class AlertmanagerServer extends Construct {
  /** The Alertmanager's name. */
  public readonly name: string;

  constructor(scope: Construct, id: string, props: AlertmanagerServerProps) {
    super(scope, id);
    this.name = props.name;
    const problems = Problems.root();
    checkServerName(problems, props.name);
    validateAlertmanagerOptions(props, problems);
    validateAlertmanagerSecrets(props, problems);
    this.node.addValidation({ validate: () => problems.messages() });
    if (!problems.isEmpty) {
      return;
    }
    const resolved = resolveAlertmanager(props);
    const resources = resolved.resources;
    const secrets = props.secrets ?? [];
    new Alertmanager(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...(props.labels ?? MANAGED_BY_LABELS) } },
      spec: {
        replicas: resolved.replicas,
        version: resolved.version,
        image: resolved.image,
        retention: resolved.retention,
        configSecret: props.configSecret ?? `alertmanager-${props.name}`,
        secrets: secrets.length > 0 ? [...secrets] : undefined,
        serviceAccountName: props.serviceAccountName,
        automountServiceAccountToken: false,
        securityContext: POD_SECURITY,
        resources: {
          limits: quantities(resources, 'limit', AlertmanagerSpecResourcesLimits.fromString),
          requests: quantities(resources, 'request', AlertmanagerSpecResourcesRequests.fromString),
        },
        storage: props.storage
          ? {
              volumeClaimTemplate: {
                spec: {
                  accessModes: ['ReadWriteOnce'],
                  storageClassName: props.storage.storageClassName,
                  resources: {
                    requests: { storage: AlertmanagerSpecStorageVolumeClaimTemplateSpecResourcesRequests.fromString(props.storage.size) },
                  },
                },
              },
            }
          : undefined,
      },
    });
  }
}
