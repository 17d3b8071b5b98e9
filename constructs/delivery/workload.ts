import { ApiObject, ApiObjectMetadata, JsonPatch, Lazy } from 'cdk8s';
import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { INT32_MAX, isCount, MANAGED_BY_LABELS } from '../core/checks';
import { imageReferenceProblem } from '../core/images';
import { exemptions } from '../core/exemptions';
import { DeliveryTiming, deliveryTiming } from '../core/rollout-timing';
import { isDnsLabel, isLabelKey, isLabelValue, toDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { AnalysisTemplate } from '../imports/argo-analysis-argoproj.io';
import { Rollout, RolloutSpec } from '../imports/argo-rollout-argoproj.io';
import { ServiceMonitoring, WorkloadMonitoringOptions } from '../monitoring/service-monitoring';
import { IDeploymentEvents } from '../notifications/deployment-events';
import { Autoscaler, AutoscalingOptions, IScalable, ScaleTargetRef, validateAutoscaling } from '../scaling/autoscaler';
import { AnalysisGate, smokeTestPodLabels } from './analysis';
import { NetworkPolicyOptions, validateNetworkPolicy, workloadNetworkPolicySpec } from '../core/network-policy';
import {
  EnvValue,
  PortProps,
  Probe,
  resolvePorts,
  ResolvedPort,
  ResolvedResources,
  resolveResources,
  ResourcesProps,
  validatePorts,
  validateResources,
} from '../core/container';
import { renderPodTemplate, resourcesJson, withoutResources } from '../core/pod-template';
import { DeliveryStrategy } from './strategy';
import { DurationInput, normalizeSpans, SpanField } from '../core/duration';

/** Options of the workload's Services. */
export interface ServiceOptions {
  /**
   * Service type. `LoadBalancer` exposes the workload outside the cluster.
   *
   * @default 'ClusterIP'
   */
  readonly type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  /** @default - none */
  readonly annotations?: Record<string, string>;
}

/** Options of the workload's PodDisruptionBudget. */
export interface DisruptionBudgetOptions {
  /**
   * Pods that voluntary disruptions (node drains, upgrades) may take down at once. A count keeps
   * working as replicas change; 0 would block node drains and is rejected.
   *
   * @default 1
   */
  readonly maxUnavailable?: number | string;
}

/** Migration of an existing Deployment into a Rollout (`workloadRef`). */
export interface AdoptDeploymentOptions {
  /**
   * What Argo Rollouts does to the Deployment once the Rollout runs: `never` leaves it,
   * `onsuccess` scales it to zero once the Rollout is healthy, `progressively` scales it down as
   * the Rollout scales up (and back up if the Rollout fails).
   *
   * @default 'progressively'
   */
  readonly scaleDown?: 'never' | 'onsuccess' | 'progressively';
}

/** Props of `Workload`. */
export interface WorkloadProps {
  /** Container image, pinned by tag or digest (e.g. `registry.example.com/shop/web:1.4.2`). */
  readonly image: string;
  /**
   * Name of the Deployment or Rollout, its Services and related objects.
   *
   * @default - the construct id as a DNS label (`ShopWeb` -> `shop-web`)
   */
  readonly name?: string;
  /**
   * Namespace of every object.
   *
   * @default - the chart's namespace
   */
  readonly namespace?: string;
  /**
   * Labels added to every object (not to selectors, which stay stable).
   *
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Scraping (ServiceMonitor, or PodMonitor) and error-rate/latency alerts by a `MonitoringStack`.
   *
   * @default - not monitored
   */
  readonly monitoring?: WorkloadMonitoringOptions;
  /**
   * Deployment events (started, completed, failed, rollback, canary steps) through Argo Rollouts
   * notifications: the Rollout gets the subscription annotations of a `DeploymentEvents`. Needs a
   * blue-green or canary strategy (a rolling Deployment emits no Argo events).
   *
   * @default - no event notifications
   */
  readonly deploymentEvents?: IDeploymentEvents;
  /**
   * The emergency path: release this version fast, without steps and analysis, for one deploy
   * (remove it afterwards). The Rollout keeps its strategy type but runs no canary steps and no
   * analysis (a canary without steps updates like a rolling update; blue-green promotes as soon as
   * the new pods are ready); it carries `kubeship.dev/emergency: <reason>`, which every deployment
   * event, the synth summary and the Pulumi preview show, and exemptions from the analysis and
   * timing policy rules with that reason. A Rollout already under way is finished faster with
   * `kubectl argo rollouts promote --full <name>` instead.
   *
   * @default - the strategy's gates run
   */
  readonly emergency?: {
    /** Why: shown by every deployment event, the synth summary and the preview. */
    readonly reason: string;
  };
  /**
   * The workload's NetworkPolicy: its pods accept connections only from their own pods, the
   * ingress controller, the monitoring stack's Prometheus (metrics port), their smoke tests and
   * `allowFrom`, and connect only to DNS and `allowTo`. `false` renders none (the pods then accept
   * anything; the `network-policy-isolation` policy rule reports it).
   *
   * @default - isolated as above, the ingress controller being DEFAULT_INGRESS_CONTROLLER
   */
  readonly networkPolicy?: NetworkPolicyOptions | false;
  /**
   * Fixed number of pods. Leave unset when `autoscaling` (or an `Autoscaler`) manages the workload.
   *
   * @default 2 (none when autoscaled)
   */
  readonly replicas?: number;
  /**
   * How new versions replace old ones.
   *
   * @default DeliveryStrategy.rolling()
   */
  readonly strategy?: DeliveryStrategy;
  /**
   * Ports the container listens on. Services and default probes use them.
   *
   * @default - no ports, no Services
   */
  readonly ports?: PortProps[];
  /**
   * Environment variables. A plain string is a literal; secrets must be `EnvValue.fromSecret`.
   *
   * @default - none
   */
  readonly env?: Record<string, string | EnvValue>;
  /** @default - the image's entrypoint */
  readonly command?: string[];
  /** @default - the image's arguments */
  readonly args?: string[];
  /** @default 'IfNotPresent' */
  readonly imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  /**
   * CPU and memory requests and limits.
   *
   * @default - cpu 100m request / 500m limit, memory 128Mi request / 256Mi limit
   */
  readonly resources?: ResourcesProps;
  /**
   * Readiness probe; `false` for none.
   *
   * @default - a TCP probe on the first port, when there is one
   */
  readonly readiness?: Probe | false;
  /**
   * Liveness probe; `false` for none.
   *
   * @default - a TCP probe on the first port (every 20 s), when there is one
   */
  readonly liveness?: Probe | false;
  /**
   * Startup probe (holds liveness off while the app starts); `false` for none.
   *
   * @default - a TCP probe on the first port allowing 5 minutes to start, when there is one
   */
  readonly startup?: Probe | false;
  /**
   * ServiceAccount the pods run as.
   *
   * @default - the namespace's default ServiceAccount
   */
  readonly serviceAccountName?: string;
  /**
   * Mount a service-account token into the pods. Only apps that call the Kubernetes API need it.
   *
   * @default false
   */
  readonly automountServiceAccountToken?: boolean;
  /**
   * User id of the container process. `runAsNonRoot` is always set, so an image running as
   * root fails to start unless this is set to a non-zero id.
   *
   * @default - the image's user
   */
  readonly runAsUser?: number;
  /** @default - the image's group */
  readonly runAsGroup?: number;
  /** @default - none */
  readonly fsGroup?: number;
  /**
   * Paths that stay writable (each an emptyDir) while the root filesystem is read-only.
   *
   * @default ['/tmp']
   */
  readonly writablePaths?: string[];
  /** How long the pod may take to stop after SIGTERM (`terminationGracePeriodSeconds`). @default '30s' */
  readonly terminationGracePeriod?: DurationInput;
  /** @deprecated Use `terminationGracePeriod` (the same, in seconds). */
  readonly terminationGracePeriodSeconds?: number;
  /**
   * Annotations on the pods.
   *
   * @default - none
   */
  readonly podAnnotations?: Record<string, string>;
  /**
   * Services for the ports; `false` for none.
   *
   * @default - ClusterIP Services when there are ports
   */
  readonly service?: ServiceOptions | false;
  /**
   * PodDisruptionBudget; `false` for none.
   *
   * @default - maxUnavailable 1 whenever the workload runs at least 2 pods
   */
  readonly disruptionBudget?: DisruptionBudgetOptions | false;
  /**
   * Scale with a HorizontalPodAutoscaler (an `Autoscaler` child named like the workload).
   *
   * @default - fixed `replicas`
   */
  readonly autoscaling?: AutoscalingOptions;
  /**
   * Blue-green or canary only: take over the pods of the Deployment of the same name, which this
   * workload keeps emitting without `replicas` (so Argo Rollouts owns its scale), through
   * `workloadRef`. Use it to move a running rolling workload to progressive delivery without
   * downtime; remove it (and let the Deployment go) once the Rollout is healthy.
   *
   * @default - the Rollout carries its own pod template
   */
  readonly adoptDeployment?: AdoptDeploymentOptions;
}

/** Default fixed replica count of a workload. */
export const DEFAULT_REPLICAS = 2;

/**
 * An application: one container image, its Services, and how new versions are delivered:
 * a native Deployment (rolling) or an Argo Rollouts `Rollout` (blue-green, canary) whose
 * analysis gates abort and roll back a bad version automatically.
 *
 * Defaults are secure: non-root, read-only root filesystem, no privilege escalation, all
 * capabilities dropped, seccomp RuntimeDefault, no service-account token, requests and limits
 * always set, a PodDisruptionBudget when two or more pods run.
 *
 * Objects, by strategy:
 * | strategy | objects |
 * |---|---|
 * | rolling | Deployment, Service `<name>` |
 * | blue-green | Rollout, Services `<name>` (active) and `<name>-preview`, one AnalysisTemplate per gate |
 * | canary | Rollout, Services `<name>` (stable) and `<name>-canary`, AnalysisTemplates, Ingress (nginx with `host`) |
 * plus a PodDisruptionBudget and a HorizontalPodAutoscaler where they apply.
 *
 * @example
 * new Workload(chart, 'web', {
 *   image: 'registry.example.com/shop/web:1.4.2',
 *   ports: [{ containerPort: 8080, servicePort: 80 }],
 *   env: { DATABASE_URL: EnvValue.fromSecret('web-db', 'url') },
 *   strategy: DeliveryStrategy.canary({
 *     steps: [CanaryStep.setWeight(10), CanaryStep.pause('2m'), CanaryStep.setWeight(50), CanaryStep.pause('5m')],
 *     analysis: { gates: [AnalysisGate.successRate({ minimum: 0.99 }), AnalysisGate.latency({ maximumSeconds: 0.5 })] },
 *   }),
 *   autoscaling: { minReplicas: 2, maxReplicas: 10 },
 * });
 */
export class Workload extends Construct implements IScalable {
  /** Name of the workload and of its primary Service. */
  public readonly name: string;
  /** Namespace given in props (else the chart's). */
  public readonly namespace?: string;
  /** The delivery strategy. */
  public readonly strategy: DeliveryStrategy;
  /** Labels selecting the workload's pods; they never change across versions. */
  public readonly selectorLabels: Record<string, string>;
  /** Labels on every object. */
  public readonly labels: Record<string, string>;
  /** Ports with names and service ports resolved. */
  public readonly ports: readonly ResolvedPort[];
  /** The primary (stable / active) Service, if any. */
  public readonly serviceName?: string;
  /** The blue-green preview Service, if any. */
  public readonly previewServiceName?: string;
  /** The canary Service, if any. */
  public readonly canaryServiceName?: string;
  /** The fixed replica count, or undefined when an autoscaler manages the workload. */
  public get replicas(): number | undefined {
    return this._autoscaler ? undefined : this.resolved.replicas;
  }
  /**
   * How long a deployment of this workload takes and how fast a bad version is rolled back, from
   * its rendered strategy and analysis templates (see `DeliveryTiming`).
   */
  public get timing(): DeliveryTiming {
    const objects = this.node
      .findAll()
      .filter((c): c is ApiObject => c instanceof ApiObject)
      .map((o) => o.toJson());
    const named = (kind: string) => objects.find((o) => o.kind === kind && o.metadata?.name === this.name);
    const primary = named('Rollout') ?? named('Deployment') ?? { kind: 'Deployment' };
    const templates = Object.fromEntries(objects.filter((o) => o.kind === 'AnalysisTemplate').map((t) => [t.metadata.name, t.spec]));
    return deliveryTiming(primary, templates);
  }

  /** Whether the workload is an Argo Rollout (blue-green or canary) rather than a Deployment. */
  public get usesRollout(): boolean {
    return this.strategy.usesRollout;
  }
  /** The autoscaler managing this workload, if any. */
  public get autoscaler(): Autoscaler | undefined {
    return this._autoscaler;
  }

  private _autoscaler?: Autoscaler;
  private readonly problems: Problems;
  /** The props with their defaults. */
  private readonly resolved: ResolvedWorkload;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: WorkloadProps,
  ) {
    super(scope, id);
    this.name = props.name ?? toDnsLabel(id);
    this.namespace = props.namespace;
    this.resolved = resolveWorkload(props);
    this.strategy = this.resolved.strategy;
    this.selectorLabels = { 'app.kubernetes.io/name': this.name };
    this.labels = { ...props.labels, ...this.selectorLabels, ...MANAGED_BY_LABELS };
    this.ports = this.resolved.ports;
    const withServices = props.service !== false && this.ports.length > 0;
    this.serviceName = withServices ? this.name : undefined;
    this.previewServiceName = withServices && this.strategy.type === 'blueGreen' ? `${this.name}-preview` : undefined;
    this.canaryServiceName = withServices && this.strategy.type === 'canary' ? `${this.name}-canary` : undefined;

    this.problems = Problems.root();
    validateWorkload(props, this.name, this.strategy, withServices, this.problems);
    this.node.addValidation({ validate: () => [...this.problems.messages(), ...this.deferredProblems()] });
    if (!this.problems.isEmpty) {
      return; // nothing half-built: synthesis reports every problem and stops
    }

    this.renderPrimary();
    this.renderServices(props.service || {});
    this.renderAnalysisTemplates();
    this.renderIngress();
    this.syncDisruptionBudget();
    if (props.autoscaling) {
      new Autoscaler(this, 'Autoscaler', { ...props.autoscaling, target: this });
    }
    if (props.monitoring) {
      new ServiceMonitoring(this, 'Monitoring', { ...props.monitoring, target: this });
    }
    if (props.networkPolicy !== false) {
      this.renderNetworkPolicy(props.networkPolicy ?? {});
    }
  }

  private renderNetworkPolicy(options: NetworkPolicyOptions): void {
    const monitoring = this.props.monitoring;
    const metricsPort = monitoring && this.ports.find((p) => p.name === (monitoring.port ?? this.ports[0]?.name));
    const prometheus = monitoring?.stack.prometheusPods;
    new k8s.KubeNetworkPolicy(this, 'NetworkPolicy', {
      metadata: this.metadata(this.name),
      spec: workloadNetworkPolicySpec(
        {
          selectorLabels: this.selectorLabels,
          ports: this.ports.map((p) => p.containerPort),
          prometheus: prometheus && metricsPort ? { ...prometheus, port: metricsPort.containerPort } : undefined,
          smokeTestPodLabels: this.strategy.gates.some((g) => g.isActive) ? smokeTestPodLabels(this.name) : undefined,
        },
        options,
      ),
    });
  }

  /** The HPA's `scaleTargetRef`: the Rollout or the Deployment. */
  public get scaleTargetRef(): ScaleTargetRef {
    return this.strategy.usesRollout
      ? { apiVersion: Rollout.GVK.apiVersion, kind: Rollout.GVK.kind, name: this.name }
      : { apiVersion: 'apps/v1', kind: 'Deployment', name: this.name };
  }

  /** Called by `Autoscaler`: drops fixed replicas and re-evaluates the PodDisruptionBudget. */
  public attachAutoscaler(autoscaler: Autoscaler): void {
    if (this._autoscaler && this._autoscaler !== autoscaler) {
      this.problems.add(
        'autoscaler',
        autoscaler.node.path,
        'one autoscaler per workload',
        `remove the second autoscaler (the first is ${this._autoscaler.node.path})`,
      );
      return;
    }
    this._autoscaler = autoscaler;
    this.syncDisruptionBudget();
  }

  /** The AnalysisTemplate name of a gate (`background`: in the canary's background analysis). */
  public templateName(gate: AnalysisGate, background = false): string {
    const variant = background ? this.strategy.analysisTemplates.find((t) => t.gate.name === gate.name && t.background) : undefined;
    return `${this.name}-${gate.name}${variant?.suffix ?? ''}`;
  }

  private deferredProblems(): string[] {
    const p = Problems.root();
    if (this._autoscaler && this.props.replicas !== undefined) {
      p.add(
        'replicas',
        this.props.replicas,
        'nothing when an autoscaler manages the workload',
        `remove replicas and set the autoscaler's minReplicas (${this._autoscaler.minReplicas}) instead`,
      );
    }
    return p.messages();
  }

  private metadata(name: string, extra: Partial<ApiObjectMetadata> = {}): ApiObjectMetadata {
    return { name, namespace: this.namespace, labels: { ...this.labels }, ...extra };
  }

  private podTemplate() {
    const p = this.props;
    const r = this.resolved;
    return renderPodTemplate({
      labels: { ...p.labels, ...this.selectorLabels },
      annotations: p.podAnnotations,
      containerName: this.name,
      image: p.image,
      imagePullPolicy: r.imagePullPolicy,
      command: p.command,
      args: p.args,
      ports: this.ports,
      env: r.env,
      resources: r.resources,
      readiness: r.readiness,
      liveness: r.liveness,
      startup: r.startup,
      serviceAccountName: p.serviceAccountName,
      automountServiceAccountToken: r.automountServiceAccountToken,
      runAsUser: p.runAsUser,
      runAsGroup: p.runAsGroup,
      fsGroup: p.fsGroup,
      writablePaths: [...r.writablePaths],
      terminationGracePeriodSeconds: r.terminationGracePeriodSeconds,
    });
  }

  private renderPrimary(): void {
    const selector = { matchLabels: { ...this.selectorLabels } };
    const adopt = this.props.adoptDeployment;
    if (!this.strategy.usesRollout || adopt) {
      // The Deployment: the workload itself (rolling), or the adopted one whose scale Argo Rollouts owns.
      new k8s.KubeDeployment(this, this.strategy.usesRollout ? 'AdoptedDeployment' : 'Resource', {
        metadata: this.metadata(this.name),
        spec: Lazy.any({
          produce: (): k8s.DeploymentSpec => ({
            replicas: this.strategy.usesRollout ? undefined : this.replicas,
            selector,
            template: this.podTemplate(),
            ...(this.strategy.usesRollout ? {} : this.strategy._toDeploymentSpec()),
          }),
        }),
      });
      if (!this.strategy.usesRollout) {
        return;
      }
    }
    const emergency = this.props.emergency && {
      [EMERGENCY_ANNOTATION]: this.props.emergency.reason,
      ...exemptions({
        'rollout-with-analysis': `emergency release: ${this.props.emergency.reason}`,
        'delivery-timing-budget': `emergency release: ${this.props.emergency.reason}`,
      }),
    };
    const annotations = { ...this.props.deploymentEvents?.subscriptionAnnotations, ...emergency };
    const rollout = new Rollout(this, 'Resource', {
      metadata: this.metadata(this.name, Object.keys(annotations).length ? { annotations } : {}),
      spec: Lazy.any({
        produce: (): RolloutSpec => ({
          replicas: this.replicas,
          selector,
          ...(adopt
            ? { workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: this.name, scaleDown: adopt.scaleDown ?? 'progressively' } }
            : { template: withoutResources(this.podTemplate()) as RolloutSpec['template'] }),
          ...withoutGates(
            this.strategy._toRolloutSpec({
              workloadName: this.name,
              serviceName: this.serviceName,
              previewServiceName: this.previewServiceName,
              canaryServiceName: this.canaryServiceName,
              firstServicePort: this.ports[0]?.servicePort,
              templateName: (gate, background) => this.templateName(gate, background),
            }),
            this.props.emergency !== undefined,
          ),
        }),
      }),
    });
    if (!adopt) {
      rollout.addJsonPatch(
        JsonPatch.add('/spec/template/spec/containers/0/resources', resourcesJson(resolveResources(this.props.resources))),
      );
    }
  }

  private renderServices(options: ServiceOptions): void {
    const services: Array<[id: string, name: string | undefined, exposed: boolean]> = [
      ['Service', this.serviceName, true],
      // preview and canary Services stay internal whatever the primary's type
      ['PreviewService', this.previewServiceName, false],
      ['CanaryService', this.canaryServiceName, false],
    ];
    for (const [id, name, exposed] of services) {
      if (!name) {
        continue;
      }
      new k8s.KubeService(this, id, {
        metadata: this.metadata(name, options.annotations ? { annotations: { ...options.annotations } } : {}),
        spec: {
          type: exposed ? (options.type ?? 'ClusterIP') : 'ClusterIP',
          selector: { ...this.selectorLabels },
          ports: this.ports.map((p) => ({
            name: p.name,
            port: p.servicePort,
            targetPort: k8s.IntOrString.fromString(p.name),
            protocol: p.protocol,
          })),
        },
      });
    }
  }

  private renderAnalysisTemplates(): void {
    // validation guaranteed that gates sharing a name are identical
    for (const { gate, background, suffix } of this.strategy.analysisTemplates) {
      new AnalysisTemplate(this, `Analysis-${gate.name}${suffix}`, {
        metadata: this.metadata(`${this.name}-${gate.name}${suffix}`),
        spec: gate._toTemplateSpec(background, this.name),
      });
    }
  }

  private renderIngress(): void {
    const ingress = this.strategy.trafficRouting?.ingressToCreate;
    if (!ingress || !this.serviceName) {
      return;
    }
    new k8s.KubeIngress(this, 'Ingress', {
      metadata: this.metadata(this.name),
      spec: {
        ingressClassName: ingress.ingressClassName,
        rules: [
          {
            host: ingress.host,
            http: {
              paths: [
                {
                  path: ingress.path,
                  pathType: 'Prefix',
                  backend: { service: { name: this.serviceName, port: { number: this.ports[0].servicePort } } },
                },
              ],
            },
          },
        ],
      },
    });
  }

  /** Creates or removes the PodDisruptionBudget so it exists exactly when at least 2 pods run. */
  private syncDisruptionBudget(): void {
    if (!this.problems.isEmpty) {
      return; // an invalid workload builds nothing, also when an autoscaler attaches later
    }
    const options = this.props.disruptionBudget;
    const minimumPods = this._autoscaler ? this._autoscaler.minReplicas : this.resolved.replicas;
    const wanted = options !== false && minimumPods >= 2;
    const existing = this.node.tryFindChild('DisruptionBudget');
    if (!wanted && existing) {
      this.node.tryRemoveChild('DisruptionBudget');
    }
    if (!wanted || existing) {
      return;
    }
    const maxUnavailable = (options || {}).maxUnavailable ?? 1;
    new k8s.KubePodDisruptionBudget(this, 'DisruptionBudget', {
      metadata: this.metadata(this.name),
      spec: {
        maxUnavailable:
          typeof maxUnavailable === 'number' ? k8s.IntOrString.fromNumber(maxUnavailable) : k8s.IntOrString.fromString(maxUnavailable),
        selector: { matchLabels: { ...this.selectorLabels } },
        unhealthyPodEvictionPolicy: 'AlwaysAllow',
      },
    });
  }
}

/** The typed spans of a workload and the Kubernetes `…Seconds` fields they render. */
const WORKLOAD_SPANS: readonly SpanField[] = [['terminationGracePeriod', 'terminationGracePeriodSeconds']];

/** A workload's props with every default applied: the one place the defaults live. */
export interface ResolvedWorkload {
  /** The delivery strategy. */
  readonly strategy: DeliveryStrategy;
  /** The ports, named and with their Service ports. */
  readonly ports: readonly ResolvedPort[];
  /** Replicas when no autoscaler manages the workload. */
  readonly replicas: number;
  /** The image pull policy. */
  readonly imagePullPolicy: 'Always' | 'IfNotPresent' | 'Never';
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | EnvValue>>;
  /** Requests and limits. */
  readonly resources: ResolvedResources;
  /** The readiness probe (a TCP check of the first port unless given or `false`). */
  readonly readiness?: Probe;
  /** The liveness probe (a TCP check of the first port unless given or `false`). */
  readonly liveness?: Probe;
  /** The startup probe (a TCP check of the first port unless given or `false`). */
  readonly startup?: Probe;
  /** Whether the ServiceAccount token is mounted. */
  readonly automountServiceAccountToken: boolean;
  /** Writable paths on the read-only root filesystem. */
  readonly writablePaths: readonly string[];
  /** Seconds between SIGTERM and SIGKILL. */
  readonly terminationGracePeriodSeconds: number;
}

/** The default probes: TCP checks of the first port (none without ports). */
function defaultProbe(role: 'readiness' | 'liveness' | 'startup', hasPorts: boolean): Probe | undefined {
  if (!hasPorts) {
    return undefined;
  }
  if (role === 'liveness') {
    return Probe.tcp({ periodSeconds: 20 });
  }
  return role === 'startup' ? Probe.tcp({ periodSeconds: 5, failureThreshold: 60 }) : Probe.tcp({ periodSeconds: 10 });
}

/** The props with their defaults (pure; values are not checked: `validateWorkload` does that). */
export function resolveWorkload(props: WorkloadProps): ResolvedWorkload {
  const ports = resolvePorts(props.ports ?? []);
  const probe = (role: 'readiness' | 'liveness' | 'startup') => {
    const given = props[role];
    return given === false ? undefined : (given ?? defaultProbe(role, ports.length > 0));
  };
  return {
    strategy: props.strategy ?? DeliveryStrategy.rolling(),
    ports,
    replicas: props.replicas ?? DEFAULT_REPLICAS,
    imagePullPolicy: props.imagePullPolicy ?? 'IfNotPresent',
    env: props.env ?? {},
    resources: resolveResources(props.resources),
    readiness: probe('readiness'),
    liveness: probe('liveness'),
    startup: probe('startup'),
    automountServiceAccountToken: props.automountServiceAccountToken ?? false,
    writablePaths: props.writablePaths ?? ['/tmp'],
    terminationGracePeriodSeconds: normalizeSpans(props, WORKLOAD_SPANS).options.terminationGracePeriodSeconds ?? 30,
  };
}

/** Checks every prop of a workload; pure, so config loaders can reuse it. */
export function validateWorkload(props: WorkloadProps, name: string, strategy: DeliveryStrategy, withServices: boolean, p: Problems): void {
  const imageProblem = imageReferenceProblem(props.image);
  if (imageProblem) {
    p.add(
      'image',
      props.image,
      'a container image reference: registry/path:tag or registry/path@sha256:<digest>, the path lowercase',
      imageProblem,
    );
  }
  p.check(
    isDnsLabel(name, 50),
    'name',
    name,
    'a lowercase DNS label of at most 50 characters (room for "-preview"/"-canary")',
    'set name (or the construct id) to lowercase letters, digits and "-"',
  );
  if (props.namespace !== undefined) {
    p.check(
      isDnsLabel(props.namespace),
      'namespace',
      props.namespace,
      'a lowercase DNS label of at most 63 characters (letters, digits, "-")',
      'use an existing namespace name',
    );
  }
  if (props.networkPolicy) {
    validateNetworkPolicy(props.networkPolicy, p.at('networkPolicy'));
  }
  if (props.emergency !== undefined) {
    p.check(
      strategy.usesRollout,
      'emergency',
      props.emergency,
      'a blueGreen or canary strategy (a rolling Deployment has no gates to skip)',
      'remove emergency: a rolling update already releases as fast as pods become ready',
    );
    p.check(
      typeof props.emergency?.reason === 'string' && props.emergency.reason.trim().length > 0 && isAnnotationValue(props.emergency.reason),
      'emergency.reason',
      props.emergency?.reason,
      'a non-empty reason of at most 256 characters',
      'say why the gates are skipped, e.g. "hotfix for INC-4711"',
    );
  }
  if (props.deploymentEvents && !strategy.usesRollout) {
    p.add(
      'deploymentEvents',
      'rolling',
      'a blueGreen or canary strategy (Argo Rollouts sends the events)',
      'use DeliveryStrategy.blueGreen()/canary(), or drop deploymentEvents: rolling Deployments are covered by the Deployment alerts',
    );
  }
  for (const [key, value] of Object.entries(props.labels ?? {})) {
    p.check(
      isLabelKey(key) && isLabelValue(value),
      `labels.${key}`,
      value,
      'a valid label key and a value of at most 63 characters',
      'fix the label',
    );
  }
  if (props.replicas !== undefined) {
    p.check(
      isCount(props.replicas),
      'replicas',
      props.replicas,
      `a whole number from 0 to ${INT32_MAX}`,
      'set replicas to the number of pods to run',
    );
    if (props.autoscaling) {
      p.add('replicas', props.replicas, 'nothing when autoscaling is set', 'remove replicas; autoscaling.minReplicas sets the floor');
    }
  }
  validatePorts(props.ports ?? [], p.at('ports'));
  validateResources(props.resources, p.at('resources'));
  for (const role of ['readiness', 'liveness', 'startup'] as const) {
    const probe = props[role];
    if (probe) {
      probe._validate(p.at(role), role, (props.ports ?? []).length > 0);
    }
  }
  for (const [key, value] of Object.entries(props.env ?? {})) {
    p.check(
      /^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(key),
      `env.${key}`,
      key,
      'a variable name of letters, digits, "_", "-" and "."',
      'rename the variable',
    );
    if (value instanceof EnvValue) {
      value._validate(p.at(`env.${key}`));
    } else {
      p.check(
        typeof value === 'string',
        `env.${key}`,
        value,
        'a string or an EnvValue',
        'quote the value, or use EnvValue.fromSecret for secrets',
      );
    }
  }
  for (const field of ['runAsUser', 'runAsGroup', 'fsGroup'] as const) {
    const v = props[field];
    if (v !== undefined) {
      p.check(
        Number.isInteger(v) && v > 0,
        field,
        v,
        'a whole number > 0 (0 is root, which runAsNonRoot forbids)',
        `set ${field} to a non-root id`,
      );
    }
  }
  (props.writablePaths ?? []).forEach((path, i) => {
    p.check(
      typeof path === 'string' && path.startsWith('/') && path !== '/',
      `writablePaths[${i}]`,
      path,
      'an absolute path other than "/"',
      'list directories the app writes to, e.g. "/tmp"',
    );
  });
  const spans = normalizeSpans(props, WORKLOAD_SPANS);
  p.addAll(spans.problems);
  if (props.terminationGracePeriodSeconds !== undefined) {
    p.check(
      Number.isInteger(props.terminationGracePeriodSeconds) && props.terminationGracePeriodSeconds >= 0,
      'terminationGracePeriodSeconds',
      props.terminationGracePeriodSeconds,
      'a whole number >= 0',
      'use e.g. 30',
    );
  }
  if (props.disruptionBudget) {
    const mu = props.disruptionBudget.maxUnavailable;
    if (mu !== undefined) {
      const ok = (typeof mu === 'number' && Number.isInteger(mu) && mu >= 1) || (typeof mu === 'string' && /^([1-9][0-9]?|100)%$/.test(mu));
      p.check(
        ok,
        'disruptionBudget.maxUnavailable',
        mu,
        'a whole number >= 1 or a percentage "1%"-"100%"',
        'allow at least one pod to be evicted, otherwise node drains block',
      );
    }
  }
  if (props.service && props.service.type !== undefined) {
    p.check(
      ['ClusterIP', 'NodePort', 'LoadBalancer'].includes(props.service.type),
      'service.type',
      props.service.type,
      '"ClusterIP", "NodePort" or "LoadBalancer"',
      'choose a Service type',
    );
  }
  if (props.autoscaling) {
    validateAutoscaling(props.autoscaling, p.at('autoscaling'));
  }
  strategy._validate(p.at('strategy'));
  if (strategy.usesRollout) {
    p.check(
      withServices,
      'ports',
      props.ports ?? [],
      `at least one port with Services enabled for a ${strategy.type} strategy`,
      'declare the port the app serves on; the strategy switches and measures traffic through Services',
    );
    const active = strategy.gates.find((g) => g.isActive);
    if (active && !withServices) {
      p.add(
        'strategy',
        active.name,
        'smoke tests only for a workload with Services (they call the preview, active or canary Service)',
        'give the workload ports (and keep `service`), or use a Prometheus gate',
      );
    }
    const byName = new Map<string, AnalysisGate>();
    strategy.gates.forEach((gate) => {
      const other = byName.get(gate.name);
      if (other && other !== gate && !other._sameAs(gate)) {
        p.add('strategy', gate.name, 'distinct names for gates that differ', `give one of the "${gate.name}" gates its own name`);
      }
      byName.set(gate.name, gate);
    });
  } else if (props.adoptDeployment) {
    p.add(
      'adoptDeployment',
      props.adoptDeployment,
      'only with a blueGreen or canary strategy',
      'remove adoptDeployment or change the strategy',
    );
  }
  if (props.adoptDeployment?.scaleDown !== undefined) {
    p.check(
      ['never', 'onsuccess', 'progressively'].includes(props.adoptDeployment.scaleDown),
      'adoptDeployment.scaleDown',
      props.adoptDeployment.scaleDown,
      '"never", "onsuccess" or "progressively"',
      'choose what happens to the adopted Deployment',
    );
  }
}

/** The annotation an emergency release carries, with its reason (`WorkloadProps.emergency`). */
export const EMERGENCY_ANNOTATION = 'kubeship.dev/emergency';

/** The strategy fields without canary steps, analysis and promotion waits, for an emergency release. */
function withoutGates<T extends { strategy: RolloutSpec['strategy'] }>(fields: T, emergency: boolean): T {
  if (!emergency) {
    return fields;
  }
  const { canary, blueGreen } = fields.strategy ?? {};
  if (canary) {
    const { steps, analysis, ...rest } = canary;
    void steps;
    void analysis;
    return { ...fields, strategy: { canary: rest } };
  }
  if (blueGreen) {
    const { prePromotionAnalysis, postPromotionAnalysis, autoPromotionSeconds, ...rest } = blueGreen;
    void prePromotionAnalysis;
    void postPromotionAnalysis;
    void autoPromotionSeconds;
    return { ...fields, strategy: { blueGreen: { ...rest, autoPromotionEnabled: true } } };
  }
  return fields;
}

function isAnnotationValue(value: string): boolean {
  return value.length <= 256 && !/[\r\n]/.test(value);
}
