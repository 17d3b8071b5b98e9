/**
 * The rule set: pure functions over Kubernetes objects, merged from the Pod Security Standards
 * (restricted), kube-linter, Polaris and Kyverno best practices. The same rules run in the Pulumi
 * PolicyPack (`policies/`) and offline over synthesized YAML (`npm run policy`).
 */
import type * as JsYaml from 'js-yaml';
import { parseImage } from '../core/images';
import { deliveryTiming, formatSeconds, TimedTemplate } from '../core/rollout-timing';
import { receiversFor, RenderedAlertmanagerConfig, RenderedRoute } from '../core/alertmanager-routing';
import { AlertLatency, alertLatencies, prometheusDurationSeconds } from '../core/alert-latency';
import {
  Container,
  containersOf,
  isBatch,
  KubeObject,
  objectRef,
  podLabelsOf,
  podSpecOf,
  PodSpec,
  SecurityContext,
  selects,
  WORKLOAD_KINDS,
} from './objects';
import { inlineAlertmanagerSecrets, secretLinesIn, secretLiteral } from './secrets';
import type { JsonValue } from '../core/json';

export { parseImage } from '../core/images';

/** What happens to a violation: reported only, or blocking the deployment. */
export type EnforcementLevel = 'advisory' | 'mandatory' | 'disabled';

/** What the rules know about where the objects go. */
export interface PolicyContext {
  /** The environment name (`dev`, `staging`, `prod`). */
  readonly environment: string;
  /** Production rules (digests, PDBs, Rollouts with analysis, paging) apply. */
  readonly production: boolean;
  /** Delivery timing budgets in seconds (`delivery-timing-budget`); none set: the rule finds nothing. */
  readonly budgets?: TimingBudgets;
}

/** Delivery timing budgets, in seconds; a budget not set is not checked. */
export interface TimingBudgets {
  /** The most a Rollout's strategy may take to complete a deployment (`delivery-timing-budget`). */
  readonly deploymentSeconds?: number;
  /** The most it may take to roll back a failing version (`delivery-timing-budget`). */
  readonly rollbackSeconds?: number;
  /** The most a critical alert may wait in the Alertmanager once it fires (`critical-alert-delivery`). */
  readonly alertDeliverySeconds?: number;
}

/** One thing wrong with one object. */
export interface RuleViolation {
  /** The object at fault. */
  readonly object: KubeObject;
  /** What is wrong, in the user's terms. */
  readonly message: string;
}

/** One rule: an id, what it checks, how to fix a violation, where it comes from. */
export interface Rule {
  /** Stable id (kebab-case): used in output, config overrides and exemption annotations. */
  readonly id: string;
  /** What the rule requires, in one sentence. */
  readonly description: string;
  /** How to fix a violation. */
  readonly remediation: string;
  /** How bad a violation is (shown in reports; levels decide what fails). */
  readonly severity: 'low' | 'medium' | 'high' | 'critical';
  /** The checks this rule merges (PSS, kube-linter, Polaris, Kyverno ids). */
  readonly references: readonly string[];
  /** `production`: checked only where `PolicyContext.production` is set. */
  readonly scope: 'all' | 'production';
  /** Kinds the rule looks at (for the "checked" column and the Pulumi door). */
  readonly kinds: readonly string[];
  /** Checks one object (rules that need no other object). */
  readonly checkObject?: (object: KubeObject, context: PolicyContext) => string[];
  /** Checks the whole set (rules that relate objects: PDB to workload, HPA to target, alert to route). */
  readonly checkSet?: (objects: readonly KubeObject[], context: PolicyContext) => RuleViolation[];
}

const POD_KINDS = WORKLOAD_KINDS;
const SERVING_KINDS = ['Deployment', 'StatefulSet', 'ReplicaSet', 'Rollout'];

/** A per-container check over every workload's pod spec. */
function perContainer(check: (container: Container, spec: PodSpec, list: string) => string | undefined, lists?: readonly string[]) {
  return (object: KubeObject): string[] => {
    const spec = podSpecOf(object);
    if (!spec) {
      return [];
    }
    return containersOf(spec)
      .filter(({ list }) => !lists || lists.includes(list))
      .flatMap(({ container, list }) => {
        const problem = check(container, spec, list);
        return problem ? [`${list === 'containers' ? 'container' : list.replace(/s$/, '')} ${container.name}: ${problem}`] : [];
      });
  };
}

/** The container's setting, else the pod's (the container wins, as in Kubernetes). */
function effective<K extends keyof SecurityContext>(container: Container, spec: PodSpec, key: K): SecurityContext[K] | undefined {
  return container.securityContext?.[key] ?? spec.securityContext?.[key];
}

/** Key of an object for lookups: `namespace/Kind/name`. */
const keyOf = (namespace: string | undefined, kind: string, name: string | undefined) => `${namespace ?? ''}/${kind}/${name ?? ''}`;

/** HPAs by the key of their target, PDBs by namespace: cross-object rules stay linear in the set size. */
/** The set's index, built once per set however many rules ask for it. */
const indexes = new WeakMap<readonly KubeObject[], ReturnType<typeof buildIndex>>();
function indexSet(objects: readonly KubeObject[]): ReturnType<typeof buildIndex> {
  let index = indexes.get(objects);
  if (!index) {
    index = buildIndex(objects);
    indexes.set(objects, index);
  }
  return index;
}

function buildIndex(objects: readonly KubeObject[]) {
  const hpaByTarget = new Map<string, KubeObject>();
  const pdbsByNamespace = new Map<string, KubeObject[]>();
  const byKey = new Map<string, KubeObject>();
  for (const o of objects) {
    byKey.set(keyOf(o.metadata.namespace, o.kind, o.metadata.name), o);
    if (o.kind === 'HorizontalPodAutoscaler') {
      hpaByTarget.set(keyOf(o.metadata.namespace, o.spec?.scaleTargetRef?.kind, o.spec?.scaleTargetRef?.name), o);
    } else if (o.kind === 'PodDisruptionBudget') {
      const ns = o.metadata.namespace ?? '';
      pdbsByNamespace.set(ns, pdbsByNamespace.get(ns) ?? []);
      pdbsByNamespace.get(ns)!.push(o);
    }
  }
  return {
    hpaOf: (o: KubeObject) => hpaByTarget.get(keyOf(o.metadata.namespace, o.kind, o.metadata.name)),
    targetOf: (hpa: KubeObject) => byKey.get(keyOf(hpa.metadata.namespace, hpa.spec?.scaleTargetRef?.kind, hpa.spec?.scaleTargetRef?.name)),
    pdbsIn: (namespace: string | undefined) => pdbsByNamespace.get(namespace ?? '') ?? [],
  };
}

/** An Alertmanager configuration found in the set. */
export interface FoundAlertmanagerConfig {
  /** The Secret holding it (`alertmanager.yaml`). */
  readonly secret: KubeObject;
  /** The configuration, parsed. */
  readonly config: JsonValue;
}

/** The worst-case latency of one alert, and the PrometheusRule it comes from. */
export interface FoundAlertLatency extends AlertLatency {
  /** The PrometheusRule holding the alert. */
  readonly rule: KubeObject;
}

/** The Alertmanager configurations in a set: `alertmanager.yaml` of Secrets (operator convention). */
export function alertmanagerConfigsIn(objects: readonly KubeObject[]): FoundAlertmanagerConfig[] {
  // js-yaml with the YAML 1.2 core schema, as the policy CLI reads manifests (test/documents.test.ts:
  // the same values as `yaml`); loaded when a set holds one
  let yaml: typeof JsYaml | undefined;
  return objects
    .filter(
      (o) => o.kind === 'Secret' && (o.stringData?.['alertmanager.yaml'] !== undefined || o.data?.['alertmanager.yaml'] !== undefined),
    )
    .map((secret) => {
      const text =
        secret.stringData?.['alertmanager.yaml'] ?? Buffer.from(String(secret.data['alertmanager.yaml']), 'base64').toString('utf8');
      try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        yaml ??= require('js-yaml') as typeof JsYaml;
        return { secret, config: yaml.load(text, { schema: yaml.CORE_SCHEMA }) as JsonValue };
      } catch {
        return { secret, config: undefined };
      }
    });
}

/** Alerting rules of a PrometheusRule. */
function alertsOf(
  rule: KubeObject,
): Array<{ alert: string; labels?: Record<string, string>; annotations?: Record<string, string>; at: string }> {
  return (rule.spec?.groups ?? []).flatMap((group: JsonValue, g: number) =>
    (group.rules ?? [])
      .map((r: JsonValue, i: number) => ({ ...r, at: `groups[${g}](${group.name}).rules[${i}]` }))
      .filter((r: JsonValue) => typeof r.alert === 'string'),
  );
}

/**
 * The worst-case latency of every alert of a set of rendered objects (`alertLatencies`): the
 * Prometheus CR's scrape and evaluation intervals (the slowest, with several), the PrometheusRules,
 * and the first Alertmanager configuration's routes.
 */
export function alertLatenciesIn(objects: readonly KubeObject[]): FoundAlertLatency[] {
  const prometheuses = objects.filter((o) => o.kind === 'Prometheus' && o.apiVersion === 'monitoring.coreos.com/v1');
  const slowest = (field: string) =>
    prometheuses
      .map((p) => p.spec?.[field] as string | undefined)
      .sort((a, b) => (prometheusDurationSeconds(b ?? '30s') ?? 0) - (prometheusDurationSeconds(a ?? '30s') ?? 0))[0];
  const config = alertmanagerConfigsIn(objects).find((c) => c.config?.route)?.config;
  const alertmanager = config ? ({ ...config, route: normalizeRoute(config.route) } as RenderedAlertmanagerConfig) : undefined;
  return objects
    .filter((o) => o.kind === 'PrometheusRule')
    .flatMap((rule) =>
      alertLatencies({
        scrapeInterval: slowest('scrapeInterval'),
        evaluationInterval: slowest('evaluationInterval'),
        groups: rule.spec?.groups ?? [],
        alertmanager,
      }).map((latency) => ({ ...latency, rule })),
    );
}

/** A route tree as written by anyone (`match`, `match_re`, unquoted matchers) in the simulator's form. */
function normalizeRoute(route: JsonValue): RenderedRoute {
  const quote = (m: string) =>
    m.replace(/^\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*(?!")(.*?)\s*$/, (_, n, op, v) => `${n}${op}${JSON.stringify(v)}`);
  const matchers = [
    ...(route.matchers ?? []).map((m: string) => quote(m)),
    ...Object.entries(route.match ?? {}).map(([k, v]) => `${k}=${JSON.stringify(String(v))}`),
    ...Object.entries(route.match_re ?? {}).map(([k, v]) => `${k}=~${JSON.stringify(String(v))}`),
  ];
  return { ...route, matchers, routes: (route.routes ?? []).map(normalizeRoute) };
}

/** Integrations that page a person (not chat or mail). */
export const PAGING_INTEGRATIONS = ['pagerduty_configs', 'opsgenie_configs', 'victorops_configs', 'sns_configs', 'incidentio_configs'];

const GRAFANA_IMAGE = /(^|\/)grafana\/grafana(-oss|-enterprise)?([:@]|$)/;

/** Every rule, in the order reports list them. */
export const RULES: readonly Rule[] = [
  {
    id: 'run-as-non-root',
    description: 'Containers run as a non-root user: runAsNonRoot: true and no runAsUser 0.',
    remediation: 'Set securityContext.runAsNonRoot: true on the pod (or every container) and use an image whose USER is not root.',
    severity: 'high',
    references: [
      'PSS restricted: Running as Non-root, Running as Non-root user',
      'kube-linter run-as-non-root',
      'Polaris runAsRootAllowed',
      'Kyverno require-run-as-nonroot',
    ],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: perContainer((c, spec) =>
      effective(c, spec, 'runAsUser') === 0
        ? 'runs as UID 0 (runAsUser: 0)'
        : effective(c, spec, 'runAsNonRoot') !== true
          ? 'runAsNonRoot is not true'
          : undefined,
    ),
  },
  {
    id: 'no-privilege-escalation',
    description: 'Containers are not privileged and set allowPrivilegeEscalation: false.',
    remediation: 'Set securityContext.allowPrivilegeEscalation: false and remove privileged: true.',
    severity: 'high',
    references: [
      'PSS restricted: Privilege Escalation',
      'PSS baseline: Privileged Containers',
      'kube-linter privilege-escalation-container, privileged-container',
      'Polaris privilegeEscalationAllowed, runAsPrivileged',
      'Kyverno disallow-privilege-escalation',
    ],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: perContainer((c) =>
      c.securityContext?.privileged === true
        ? 'runs privileged'
        : c.securityContext?.allowPrivilegeEscalation !== false
          ? 'allowPrivilegeEscalation is not false'
          : undefined,
    ),
  },
  {
    id: 'drop-all-capabilities',
    description: 'Containers drop ALL capabilities and add back at most NET_BIND_SERVICE.',
    remediation: 'Set securityContext.capabilities: { drop: [ALL] }; add only NET_BIND_SERVICE if the process binds a port below 1024.',
    severity: 'high',
    references: [
      'PSS restricted: Capabilities',
      'kube-linter drop-net-raw-capability',
      'Polaris dangerousCapabilities, insecureCapabilities',
      'Kyverno require-drop-all, disallow-capabilities-strict',
    ],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: perContainer((c) => {
      const added = (c.securityContext?.capabilities?.add ?? []).filter((cap) => cap !== 'NET_BIND_SERVICE');
      return !(c.securityContext?.capabilities?.drop ?? []).includes('ALL')
        ? 'does not drop ALL capabilities'
        : added.length > 0
          ? `adds ${added.join(', ')}`
          : undefined;
    }),
  },
  {
    id: 'seccomp-runtime-default',
    description: 'Containers run under the RuntimeDefault (or a Localhost) seccomp profile.',
    remediation: 'Set securityContext.seccompProfile.type: RuntimeDefault on the pod.',
    severity: 'medium',
    references: ['PSS restricted: Seccomp', 'Polaris linuxHardening', 'Kyverno restrict-seccomp-strict'],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: perContainer((c, spec) => {
      const type = c.securityContext?.seccompProfile?.type ?? spec.securityContext?.seccompProfile?.type;
      return type === 'RuntimeDefault' || type === 'Localhost'
        ? undefined
        : `seccomp profile is ${type ?? 'not set (Unconfined on most runtimes)'}`;
    }),
  },
  {
    id: 'no-host-access',
    description: 'Pods use no host namespaces (hostNetwork, hostPID, hostIPC), hostPath volumes or host ports.',
    remediation:
      'Remove hostNetwork/hostPID/hostIPC, replace hostPath volumes with emptyDir, a ConfigMap or a PVC, and expose ports through a Service instead of hostPort.',
    severity: 'critical',
    references: [
      'PSS baseline: Host Namespaces, HostPath Volumes, Host Ports',
      'kube-linter host-network, host-pid, host-ipc, sensitive-host-mounts',
      'Polaris hostNetworkSet, hostPIDSet, hostIPCSet, hostPathSet, hostPortSet',
      'Kyverno disallow-host-namespaces, disallow-host-path',
    ],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: (object) => {
      const spec = podSpecOf(object);
      if (!spec) {
        return [];
      }
      return [
        ...(['hostNetwork', 'hostPID', 'hostIPC'] as const).filter((k) => spec[k] === true).map((k) => `${k} is true`),
        ...(spec.volumes ?? []).filter((v) => v.hostPath).map((v) => `volume ${v.name} mounts hostPath ${v.hostPath!.path}`),
        ...containersOf(spec).flatMap(({ container }) =>
          (container.ports ?? []).filter((p) => p.hostPort).map((p) => `container ${container.name}: hostPort ${p.hostPort}`),
        ),
      ];
    },
  },
  {
    id: 'read-only-root-filesystem',
    description: 'Containers mount their root filesystem read-only.',
    remediation: 'Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the process writes (/tmp, caches).',
    severity: 'medium',
    references: ['kube-linter no-read-only-root-fs', 'Polaris notReadOnlyRootFilesystem', 'Kyverno require-ro-rootfs'],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: perContainer((c) =>
      c.securityContext?.readOnlyRootFilesystem === true ? undefined : 'readOnlyRootFilesystem is not true',
    ),
  },
  {
    id: 'resource-requests-limits',
    description: 'Containers set CPU and memory requests and limits.',
    remediation: "Set resources.requests and resources.limits for cpu and memory (the environment's sizes in stack config).",
    severity: 'medium',
    references: [
      'kube-linter unset-cpu-requirements, unset-memory-requirements',
      'Polaris cpuRequestsMissing, cpuLimitsMissing, memoryRequestsMissing, memoryLimitsMissing',
      'Kyverno require-pod-requests-limits',
    ],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: perContainer(
      (c) => {
        const missing = (['requests', 'limits'] as const).flatMap((kind) =>
          ['cpu', 'memory']
            .filter((r) => c.resources?.[kind]?.[r] === undefined || c.resources?.[kind]?.[r] === '')
            .map((r) => `${kind}.${r}`),
        );
        return missing.length > 0 ? `no ${missing.join(', ')}` : undefined;
      },
      ['containers', 'initContainers'],
    ),
  },
  {
    id: 'probes',
    description: 'Serving containers have a readiness and a liveness probe.',
    remediation: 'Add readinessProbe (traffic only when ready) and livenessProbe (restart when stuck); batch Jobs are exempt.',
    severity: 'medium',
    references: [
      'kube-linter no-readiness-probe, no-liveness-probe',
      'Polaris readinessProbeMissing, livenessProbeMissing',
      'Kyverno require-probes',
    ],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: (object) =>
      isBatch(object)
        ? []
        : perContainer(
            (c) => {
              const missing = [!c.readinessProbe && 'readinessProbe', !c.livenessProbe && 'livenessProbe'].filter(Boolean);
              return missing.length > 0 ? `no ${missing.join(' or ')}` : undefined;
            },
            ['containers'],
          )(object),
  },
  {
    id: 'image-tag-pinned',
    description: 'Images are pinned by a tag other than latest, or by digest.',
    remediation: 'Reference the image by a release tag (registry/app:1.8.0) or digest (@sha256:...), never latest or no tag.',
    severity: 'high',
    references: ['kube-linter latest-tag', 'Polaris tagNotSpecified', 'Kyverno disallow-latest-tag'],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: perContainer((c) => {
      const { tag, digest } = parseImage(c.image ?? '');
      return digest
        ? undefined
        : !c.image
          ? 'no image'
          : !tag
            ? `image ${c.image} has no tag (means latest)`
            : tag === 'latest'
              ? `image ${c.image} uses latest`
              : undefined;
    }),
  },
  {
    id: 'image-digest',
    description: 'In production, images are pinned by digest (what runs is what was tested).',
    remediation: 'Append the image digest: registry/app:1.8.0@sha256:<digest> (crane digest / docker buildx imagetools inspect give it).',
    severity: 'medium',
    references: ['Kyverno require-image-checksum', 'Checkov CKV_K8S_43'],
    scope: 'production',
    kinds: POD_KINDS,
    checkObject: perContainer((c) =>
      /@sha256:[a-f0-9]{64}$/.test(c.image ?? '') ? undefined : `image ${c.image ?? '(none)'} is not pinned by sha256 digest`,
    ),
  },
  {
    id: 'no-default-service-account-token',
    description: "Pods do not mount the default ServiceAccount's API token.",
    remediation:
      'Set automountServiceAccountToken: false, or run under a dedicated ServiceAccount with least-privilege RBAC when the pod calls the API.',
    severity: 'medium',
    references: ['kube-linter default-service-account', 'Polaris automountServiceAccountToken', 'Kyverno restrict-automount-sa-token'],
    scope: 'all',
    kinds: POD_KINDS,
    checkObject: (object) => {
      const spec = podSpecOf(object);
      const account = spec?.serviceAccountName ?? spec?.serviceAccount ?? 'default';
      return spec && spec.automountServiceAccountToken !== false && account === 'default'
        ? ["mounts the API token of the namespace's default ServiceAccount"]
        : [];
    },
  },
  {
    id: 'production-backup',
    description: 'In production, every namespace that runs workloads is backed up by a Velero Schedule.',
    remediation:
      'Set kubeship:backup in the production stack config (BackupSchedule), or add a velero.io/v1 Schedule whose template.includedNamespaces lists the namespace.',
    severity: 'high',
    references: [
      'environment table: backup in production',
      'Velero v1.18.1 Schedule (velero.io/v1): includedNamespaces empty or "*" means all, excludedNamespaces win, paused schedules run nothing',
    ],
    scope: 'production',
    kinds: SERVING_KINDS,
    checkSet: (objects) => {
      const schedules = objects
        .filter((o) => o.kind === 'Schedule' && o.apiVersion === 'velero.io/v1' && o.spec?.paused !== true)
        .map((o) => ({
          included: (o.spec?.template?.includedNamespaces ?? []) as string[],
          excluded: (o.spec?.template?.excludedNamespaces ?? []) as string[],
        }));
      const backedUp = (ns: string) =>
        schedules.some(
          ({ included, excluded }) => (included.length === 0 || included.includes('*') || included.includes(ns)) && !excluded.includes(ns),
        );
      return objects
        .filter((o) => SERVING_KINDS.includes(o.kind) && podSpecOf(o) && !backedUp(o.metadata.namespace ?? 'default'))
        .map((workload) => ({
          object: workload,
          message: `no Velero Schedule backs up namespace ${workload.metadata.namespace ?? 'default'}`,
        }));
    },
  },
  {
    id: 'pod-disruption-budget',
    description: 'In production, every workload with more than one replica has a PodDisruptionBudget that still allows a disruption.',
    remediation: 'Add a PodDisruptionBudget selecting the pods with maxUnavailable: 1 (Workload does this for 2+ replicas).',
    severity: 'high',
    references: [
      'kube-linter pdb-max-unavailable, pdb-min-available',
      'Polaris missingPodDisruptionBudget, pdbDisruptionsIsZero',
      'Kyverno require-pdb',
    ],
    scope: 'production',
    kinds: SERVING_KINDS,
    checkSet: (objects) => {
      const index = indexSet(objects);
      return objects
        .filter((o) => SERVING_KINDS.includes(o.kind) && podSpecOf(o))
        .flatMap((workload) => {
          const hpa = index.hpaOf(workload);
          const replicas = hpa ? (hpa.spec?.minReplicas ?? 1) : typeof workload.spec?.replicas === 'number' ? workload.spec.replicas : 1;
          if (replicas < 2) {
            return [];
          }
          const labels = podLabelsOf(workload);
          const pdbs = index.pdbsIn(workload.metadata.namespace).filter((pdb) => selects(pdb.spec?.selector, labels));
          if (pdbs.length === 0) {
            return [{ object: workload, message: `${replicas} replicas and no PodDisruptionBudget selects its pods` }];
          }
          return pdbs
            .filter(
              (pdb) =>
                ['0', '0%', 0].includes(pdb.spec?.maxUnavailable) ||
                pdb.spec?.minAvailable === '100%' ||
                (typeof pdb.spec?.minAvailable === 'number' && pdb.spec.minAvailable >= replicas),
            )
            .map((pdb) => ({
              object: workload,
              message: `PodDisruptionBudget ${pdb.metadata.name} allows no disruption (blocks node drains)`,
            }));
        });
    },
  },
  {
    id: 'hpa-sane',
    description:
      'HorizontalPodAutoscalers have minReplicas <= maxReplicas, scaling behavior for both directions, at least 2 replicas in production, and a target without fixed replicas.',
    remediation:
      'Fix the bounds (production min >= 2), set behavior.scaleUp and behavior.scaleDown, and remove spec.replicas from the target so the HPA alone sets it.',
    severity: 'medium',
    references: [
      'kube-linter hpa-minimum-three-replicas, dangling-horizontalpodautoscaler',
      'Polaris hpaMinAvailability, hpaMaxAvailability',
      'cdk8s-plus HorizontalPodAutoscaler validations',
    ],
    scope: 'all',
    kinds: ['HorizontalPodAutoscaler'],
    checkSet: (objects, context) => {
      const index = indexSet(objects);
      return objects
        .filter((o) => o.kind === 'HorizontalPodAutoscaler')
        .flatMap((hpa) => {
          const min = hpa.spec?.minReplicas ?? 1;
          const max = hpa.spec?.maxReplicas;
          const ref = hpa.spec?.scaleTargetRef ?? {};
          const target = index.targetOf(hpa);
          return [
            typeof max === 'number' && min > max && `minReplicas ${min} is above maxReplicas ${max}`,
            context.production && min < 2 && `minReplicas ${min} in production (one pod is a single point of failure; use at least 2)`,
            !hpa.spec?.behavior?.scaleUp && 'no behavior.scaleUp',
            !hpa.spec?.behavior?.scaleDown && 'no behavior.scaleDown',
            target &&
              typeof target.spec?.replicas === 'number' &&
              `its target ${ref.kind}/${ref.name} fixes spec.replicas: ${target.spec.replicas}, which every apply resets under the HPA`,
          ]
            .filter((m): m is string => typeof m === 'string')
            .map((message) => ({ object: hpa, message }));
        });
    },
  },
  {
    id: 'rollout-with-analysis',
    description: 'In production, serving workloads are Argo Rollouts whose canary or blue-green strategy runs analysis.',
    remediation:
      'Deliver with a canary or blue-green Workload with analysis gates (strategy.analysis), so a bad release rolls back by itself.',
    severity: 'high',
    references: ['requirement: canary deployments roll back automatically on failed analysis', 'Argo Rollouts analysis'],
    scope: 'production',
    kinds: ['Deployment', 'StatefulSet', 'Rollout'],
    checkObject: (object) => {
      if ((object.kind === 'Deployment' || object.kind === 'StatefulSet') && object.spec?.replicas !== 0) {
        return [`a ${object.kind} has no progressive delivery or analysis`];
      }
      if (object.kind !== 'Rollout') {
        return [];
      }
      const { canary, blueGreen } = object.spec?.strategy ?? {};
      const analysed = canary
        ? Boolean(canary.analysis || (canary.steps ?? []).some((s: JsonValue) => s.analysis))
        : blueGreen
          ? Boolean(blueGreen.prePromotionAnalysis || blueGreen.postPromotionAnalysis)
          : false;
      return analysed ? [] : [`its ${canary ? 'canary' : blueGreen ? 'blue-green' : 'unknown'} strategy runs no analysis`];
    },
  },
  {
    id: 'delivery-timing-budget',
    description:
      "Where the environment sets timing budgets, each Rollout's strategy completes a deployment and rolls back a failing version within them.",
    remediation:
      'Shorten pauses and analysis (fewer measurements, shorter intervals, a lower failureLimit), or state the budgets the strategy meets in stack config (kubeship:timingBudgets).',
    severity: 'medium',
    references: ['complete production deployment under 5 minutes; rollback under 2 minutes', 'Argo Rollouts analysis timing'],
    scope: 'all',
    kinds: ['Rollout'],
    checkSet: (objects, context) => {
      const budgets = context.budgets ?? {};
      if (budgets.deploymentSeconds === undefined && budgets.rollbackSeconds === undefined) {
        return [];
      }
      const templates = new Map<string, Record<string, TimedTemplate>>();
      for (const t of objects.filter((o) => o.kind === 'AnalysisTemplate')) {
        const ns = t.metadata.namespace ?? '';
        templates.set(ns, { ...templates.get(ns), [String(t.metadata.name)]: t.spec ?? {} });
      }
      return objects
        .filter((o) => o.kind === 'Rollout')
        .flatMap((rollout) => {
          const timing = deliveryTiming(rollout, templates.get(rollout.metadata.namespace ?? '') ?? {});
          const over = (seconds: number, budget: number | undefined) => budget !== undefined && seconds > budget;
          return [
            over(timing.deploySeconds, budgets.deploymentSeconds) &&
              `a deployment takes ${formatSeconds(timing.deploySeconds)} by its strategy (${timing.deployParts.join(', ')}); the budget is ${formatSeconds(budgets.deploymentSeconds!)}`,
            over(timing.rollbackSeconds, budgets.rollbackSeconds) &&
              `a failing version is rolled back after ${formatSeconds(timing.rollbackSeconds)} (${timing.rollbackParts.join('; ')}); the budget is ${formatSeconds(budgets.rollbackSeconds!)}`,
          ]
            .filter((m): m is string => typeof m === 'string')
            .map((message) => ({ object: rollout, message }));
        });
    },
  },
  {
    id: 'alert-rule-metadata',
    description: 'Every alerting rule has a severity label and summary and runbook_url annotations.',
    remediation: 'Add labels.severity (critical, warning or info) and annotations.summary and annotations.runbook_url to the rule.',
    severity: 'medium',
    references: ['Prometheus alerting best practices', 'kube-prometheus runbook_url convention'],
    scope: 'all',
    kinds: ['PrometheusRule'],
    checkObject: (object) =>
      object.kind !== 'PrometheusRule'
        ? []
        : alertsOf(object).flatMap((r) => {
            const missing = [
              !r.labels?.severity && 'labels.severity',
              !r.annotations?.summary && 'annotations.summary',
              !r.annotations?.runbook_url && 'annotations.runbook_url',
            ].filter(Boolean);
            return missing.length > 0 ? [`alert ${r.alert} (${r.at}) has no ${missing.join(', ')}`] : [];
          }),
  },
  {
    id: 'critical-alerts-page',
    description:
      'In production, every critical alert is routed to a receiver that pages (PagerDuty, Opsgenie, VictorOps, incident.io or SNS/SMS).',
    remediation: 'Route severity="critical" to a role with a paging channel (Channels.pagerDuty or Channels.sns).',
    severity: 'critical',
    references: ['requirement: ops are paged on SMS and PagerDuty for critical failures', 'Alertmanager routing'],
    scope: 'production',
    kinds: ['PrometheusRule'],
    checkSet: (objects) => {
      const configs = alertmanagerConfigsIn(objects)
        .filter((c) => c.config?.route)
        .map((c) => ({ ...c, routed: { ...c.config, route: normalizeRoute(c.config.route) } as RenderedAlertmanagerConfig }));
      if (configs.length === 0) {
        return [];
      }
      return objects
        .filter((o) => o.kind === 'PrometheusRule')
        .flatMap((rule) =>
          alertsOf(rule)
            .filter((r) => r.labels?.severity === 'critical')
            .flatMap((r) =>
              configs.flatMap(({ secret, config, routed }) => {
                const labels = { alertname: r.alert, ...r.labels };
                const receivers = receiversFor(routed, labels);
                const pages = receivers.some((name) =>
                  (config.receivers ?? []).some(
                    (rc: JsonValue) => rc.name === name && PAGING_INTEGRATIONS.some((k) => (rc[k] ?? []).length > 0),
                  ),
                );
                return pages
                  ? []
                  : [
                      {
                        object: rule,
                        message: `critical alert ${r.alert} reaches ${receivers.join(', ')} in ${objectRef(secret)}, none of which pages`,
                      },
                    ];
              }),
            ),
        );
    },
  },
  {
    id: 'critical-alert-delivery',
    description:
      'Where the environment sets an alert delivery budget, every critical alert is delivered within it once it fires (the group_wait of its route).',
    remediation:
      'Lower group_wait on the route critical alerts take (the critical route waits 10s), or state the budget the routes meet in stack config (kubeship:timingBudgets.alertDelivery).',
    severity: 'high',
    references: ['critical alert processing and delivery under 30 s', 'Alertmanager route group_wait'],
    scope: 'all',
    kinds: ['PrometheusRule'],
    checkSet: (objects, context) => {
      const budget = context.budgets?.alertDeliverySeconds;
      if (budget === undefined) {
        return [];
      }
      return alertLatenciesIn(objects)
        .filter((l) => l.severity === 'critical' && l.deliverySeconds > budget)
        .map((l) => ({
          object: l.rule,
          message: `critical alert ${l.alert} waits ${formatSeconds(l.deliverySeconds)} (group_wait) before it is sent: over the delivery budget of ${formatSeconds(budget)}`,
        }));
    },
  },
  {
    id: 'no-plaintext-secrets',
    description:
      'No secret-looking values in ConfigMaps, container env values or Alertmanager config: credentials come from Secrets (secretKeyRef, *_file).',
    remediation:
      'Put the value in a Kubernetes Secret and reference it (env valueFrom.secretKeyRef; Alertmanager *_file; Argo notifications $key).',
    severity: 'critical',
    references: ['kube-linter env-var-secret', 'Polaris sensitiveContainerEnvVar, sensitiveConfigmapContent', 'Checkov CKV_K8S_35'],
    scope: 'all',
    kinds: [...POD_KINDS, 'ConfigMap', 'Secret'],
    checkObject: (object) => {
      if (object.kind === 'ConfigMap') {
        return Object.entries(object.data ?? {}).flatMap(([key, value]) => {
          const text = String(value);
          const direct = !text.includes('\n') && secretLiteral(key, text);
          return direct ? [`data.${key} ${direct}`] : secretLinesIn(text).map((f) => `data.${key} line ${f.line} ${f.reason}`);
        });
      }
      if (object.kind === 'Secret') {
        return alertmanagerConfigsIn([object]).flatMap(({ config }) =>
          config === undefined
            ? ['alertmanager.yaml is not valid YAML']
            : inlineAlertmanagerSecrets(config).map((f) => `alertmanager.yaml ${f.path} holds a credential inline; ${f.fix}`),
        );
      }
      return perContainer((c) => {
        const found = (c.env ?? []).flatMap((e) => {
          const reason = e.value !== undefined ? secretLiteral(e.name, e.value) : undefined;
          return reason ? [`env ${e.name} ${reason}`] : [];
        });
        return found.length > 0 ? found.join('; ') : undefined;
      })(object);
    },
  },
  {
    id: 'grafana-admin-password-secret',
    description: "Grafana's admin password comes only from a Secret (never a literal, never the admin/admin default).",
    remediation:
      'Set GF_SECURITY_ADMIN_PASSWORD from valueFrom.secretKeyRef (Grafana adminSecret) or GF_SECURITY_ADMIN_PASSWORD__FILE; remove admin_password from grafana.ini.',
    severity: 'critical',
    references: ['Grafana configuration: security.admin_password'],
    scope: 'all',
    kinds: [...POD_KINDS, 'ConfigMap'],
    checkObject: (object) => {
      if (object.kind === 'ConfigMap') {
        return Object.entries(object.data ?? {})
          .filter(([key]) => /grafana.*\.ini$|^grafana\.ini$/.test(key))
          .flatMap(([key, text]) =>
            /^\s*admin_password\s*=\s*\S+/m.test(String(text)) && !/^\s*admin_password\s*=\s*\$__file\{/m.test(String(text))
              ? [`data.${key} sets admin_password to a literal`]
              : [],
          );
      }
      return perContainer(
        (c) => {
          if (!GRAFANA_IMAGE.test(c.image ?? '')) {
            return undefined;
          }
          const env = c.env ?? [];
          const password = env.find((e) => e.name === 'GF_SECURITY_ADMIN_PASSWORD');
          const file = env.find((e) => e.name === 'GF_SECURITY_ADMIN_PASSWORD__FILE');
          if (password?.value !== undefined) {
            return 'GF_SECURITY_ADMIN_PASSWORD is a literal value';
          }
          const fromSecret = (password?.valueFrom as JsonValue)?.secretKeyRef || file;
          return fromSecret ? undefined : 'no admin password from a Secret (Grafana falls back to admin/admin)';
        },
        ['containers'],
      )(object);
    },
  },
  {
    id: 'no-load-balancer',
    description: 'Services are not of type LoadBalancer unless explicitly allowed (a public IP and a cloud load balancer per Service).',
    remediation:
      'Use a ClusterIP Service behind the Ingress; when a LoadBalancer is intended, allow it with the annotation policy.kubeship.dev/exempt.no-load-balancer: "<why>".',
    severity: 'high',
    references: ['kube-linter exposed-services', 'Pulumi compliance Service/disallowLoadBalancer'],
    scope: 'all',
    kinds: ['Service'],
    checkObject: (object) =>
      object.kind === 'Service' && object.spec?.type === 'LoadBalancer' ? ['type LoadBalancer is not allowed here'] : [],
  },
  {
    id: 'no-node-port',
    description: 'Services are not of type NodePort (a port opened on every node, outside any ingress or NetworkPolicy the pods have).',
    remediation:
      'Use a ClusterIP Service behind the Ingress; when a NodePort is intended, allow it with the annotation policy.kubeship.dev/exempt.no-node-port: "<why>".',
    severity: 'high',
    references: ['Kyverno restrict-node-port', 'kube-linter exposed-services'],
    scope: 'all',
    kinds: ['Service'],
    checkObject: (object) =>
      object.kind === 'Service' && object.spec?.type === 'NodePort' ? ['type NodePort opens the port on every node'] : [],
  },
  {
    id: 'network-policy-isolation',
    description:
      "Every workload's pods are selected by a NetworkPolicy of their namespace that restricts ingress (so only the callers it names reach them).",
    remediation:
      "Keep the Workload's default NetworkPolicy (networkPolicy), or add a NetworkPolicy whose podSelector matches the pods (a podSelector of {} isolates every pod of the namespace).",
    severity: 'high',
    references: ['network policies', 'kube-linter non-isolated-pod', 'Polaris missingNetworkPolicy'],
    scope: 'all',
    kinds: POD_KINDS,
    checkSet: (objects) => {
      // per namespace: one pass, not every policy for every workload (linear in a cluster of many teams)
      const policiesIn = new Map<string, KubeObject[]>();
      for (const o of objects) {
        if (o.kind === 'NetworkPolicy' && (o.spec?.policyTypes === undefined || (o.spec.policyTypes as string[]).includes('Ingress'))) {
          const ns = o.metadata.namespace ?? '';
          policiesIn.set(ns, [...(policiesIn.get(ns) ?? []), o]);
        }
      }
      return objects
        .filter((o) => POD_KINDS.includes(o.kind) && podSpecOf(o))
        .flatMap((workload) => {
          const labels = podLabelsOf(workload);
          // an empty podSelector selects every pod of the namespace (a default deny)
          const selected = (selector: JsonValue) =>
            !selector || (!selector.matchLabels && !selector.matchExpressions) || selects(selector, labels);
          const isolated = (policiesIn.get(workload.metadata.namespace ?? '') ?? []).some((np) => selected(np.spec?.podSelector));
          return isolated
            ? []
            : [
                {
                  object: workload,
                  message: 'no NetworkPolicy of its namespace selects its pods: any pod of the cluster can connect to them',
                },
              ];
        });
    },
  },
  {
    id: 'rbac-no-wildcards',
    description: 'Roles and ClusterRoles name the verbs, resources and API groups they grant; no "*".',
    remediation: 'List the verbs (get, list, watch, create, update, patch, delete) and resources the subject needs instead of "*".',
    severity: 'high',
    references: ['RBAC and service accounts with least privilege', 'kube-linter wildcard-in-rules', 'CKV_K8S_49'],
    scope: 'all',
    kinds: ['Role', 'ClusterRole'],
    checkObject: (object) =>
      ((object.rules ?? []) as Array<Record<string, string[] | undefined>>).flatMap((rule, i) =>
        (['verbs', 'resources', 'apiGroups'] as const)
          .filter((field) => (rule[field] ?? []).includes('*'))
          .map((field) => `rules[${i}].${field} contains "*"`),
      ),
  },
];

/** A rule by id (throws the list of ids for an unknown one). */
export function ruleById(id: string): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) {
    throw new Error(`unknown policy rule "${id}"; rules: ${RULES.map((r) => r.id).join(', ')}`);
  }
  return rule;
}
