import * as pulumi from '@pulumi/pulumi';
import { isDnsLabel } from '../core/names';
import * as delivery from '../delivery/workload';
import { renderChart } from './chart';
import { InputPlaceholders } from './inputs';
import { Manifest, registerManifests } from './register';

/**
 * Args of the Pulumi `Workload`: the props of the cdk8s `Workload`, where values that usually
 * come from other resources accept `pulumi.Input`.
 */
export type WorkloadArgs = Omit<delivery.WorkloadProps, 'image' | 'namespace'> & {
  /** Container image; e.g. the `imageName` output of a `docker-build.Image`. */
  readonly image: pulumi.Input<string>;
  /** Namespace; e.g. `namespace.metadata.name`. @default - the provider's default namespace */
  readonly namespace?: pulumi.Input<string>;
};

/**
 * The Pulumi front door of `Workload`: renders the cdk8s construct with the same props and
 * registers every object (Deployment or Rollout, Services, AnalysisTemplates, PDB, HPA, Ingress)
 * as a typed child resource, so `pulumi preview` shows each one and the objects equal what
 * `cdk8s synth` writes for the same props.
 *
 * @example
 * const web = new Workload('web', {
 *   image: image.imageName,
 *   namespace: ns.metadata.name,
 *   ports: [{ containerPort: 8080, servicePort: 80 }],
 *   strategy: DeliveryStrategy.canary({ analysis: { gates: [AnalysisGate.successRate()] } }),
 *   autoscaling: { maxReplicas: 10 },
 * });
 */
export class Workload extends pulumi.ComponentResource {
  /** The Pulumi type token. */
  public static readonly TYPE = 'kubeship:delivery:Workload';

  /** The typed children, in rendering order. */
  public readonly resources: pulumi.CustomResource[];
  /** Name of the Deployment or Rollout and of the primary Service. */
  public readonly workloadName: string;
  /** `Rollout` (blue-green, canary) or `Deployment` (rolling). */
  public readonly kind: 'Deployment' | 'Rollout';
  /** The primary (stable / active) Service, if the workload has ports. */
  public readonly serviceName: pulumi.Output<string | undefined>;
  /** The blue-green preview or canary Service, if any. */
  public readonly secondaryServiceName: pulumi.Output<string | undefined>;

  constructor(name: string, args: WorkloadArgs, opts?: pulumi.ComponentResourceOptions) {
    super(Workload.TYPE, name, {}, opts);
    const inputs = new InputPlaceholders();
    const image = inputs.hold('image', args.image, (v) =>
      v.trim().length > 0 && !/\s/.test(v)
        ? undefined
        : `Invalid workload "${name}": image: got ${JSON.stringify(v)}; allowed: a container image reference without spaces; fix: pass the image to deploy`,
    );
    const namespace =
      args.namespace === undefined
        ? undefined
        : inputs.hold('namespace', args.namespace, (v) =>
            isDnsLabel(v)
              ? undefined
              : `Invalid workload "${name}": namespace: got ${JSON.stringify(v)}; allowed: a lowercase DNS label; fix: use an existing namespace name`,
          );

    let construct: delivery.Workload | undefined;
    const manifests: Manifest[] = renderChart(name, (chart) => {
      construct = new delivery.Workload(chart, name, { ...args, image, namespace });
    });
    this.workloadName = construct!.name;
    if (args.emergency) {
      // shown by `pulumi preview` and `pulumi up`: this release skips its gates
      pulumi.log.warn(
        `EMERGENCY release of ${construct!.name}: canary steps and analysis are skipped (${args.emergency.reason}); remove \`emergency\` after this deploy`,
        this,
      );
    }
    this.kind = construct!.strategy.usesRollout ? 'Rollout' : 'Deployment';
    this.resources = registerManifests(this, name, manifests, inputs.substitute);
    this.serviceName = pulumi.output(construct!.serviceName);
    this.secondaryServiceName = pulumi.output(construct!.previewServiceName ?? construct!.canaryServiceName);
    this.registerOutputs({
      workloadName: this.workloadName,
      kind: this.kind,
      serviceName: this.serviceName,
      secondaryServiceName: this.secondaryServiceName,
    });
  }
}
