import { HOST_ALLOWED, isDnsLabel, isDnsSubdomain } from '../core/names';
import { Problems } from '../core/problems';

/** Options for `TrafficRouting.nginx`. */
export interface NginxTrafficRoutingOptions {
  /**
   * Name of an existing Ingress that routes to the stable Service. Give either this or `host`.
   *
   * @default - the Ingress created for `host`
   */
  readonly stableIngress?: string;
  /** Host to serve; an Ingress `<workload>` is created for it, routing to the stable Service. */
  readonly host?: string;
  /** @default '/' */
  readonly path?: string;
  /** @default - the cluster's default IngressClass */
  readonly ingressClassName?: string;
  /** Extra annotations on the canary Ingress Argo Rollouts creates. @default - none */
  readonly additionalIngressAnnotations?: Record<string, string>;
}

/** Options for `TrafficRouting.alb`. */
export interface AlbTrafficRoutingOptions {
  /** Name of the existing Ingress (AWS Load Balancer Controller) routing to the stable Service. */
  readonly ingress: string;
  /** @default - the workload's first service port */
  readonly servicePort?: number;
}

/** Options for `TrafficRouting.istio`. */
export interface IstioTrafficRoutingOptions {
  /** Name of the existing VirtualService whose HTTP routes send traffic to the stable and canary Services. */
  readonly virtualService: string;
  /** Routes of that VirtualService to manage. @default - its only route */
  readonly routes?: string[];
}

/** Rendering context: the names only the workload knows. */
export interface TrafficRenderContext {
  readonly workloadName: string;
  readonly firstServicePort?: number;
}

type Spec =
  | { readonly provider: 'nginx'; readonly options: NginxTrafficRoutingOptions }
  | { readonly provider: 'alb'; readonly options: AlbTrafficRoutingOptions }
  | { readonly provider: 'istio'; readonly options: IstioTrafficRoutingOptions };

/** The Ingress a workload creates for NGINX traffic routing. */
export interface IngressToCreate {
  /** The host it serves. */
  readonly host: string;
  /** The path it serves. */
  readonly path: string;
  /** The IngressClass. @default - the cluster's default class */
  readonly ingressClassName?: string;
}

/**
 * How a canary splits traffic. Without it Argo Rollouts approximates the weight with replica
 * counts (10 replicas at 25% = 2 or 3 canary pods); with it the split is exact and
 * `setCanaryScale` / `dynamicStableScale` become available.
 *
 * @see https://argoproj.github.io/argo-rollouts/features/traffic-management/
 */
export class TrafficRouting {
  /** NGINX Ingress Controller: Argo Rollouts clones the stable Ingress into a weighted canary Ingress. */
  public static nginx(options: NginxTrafficRoutingOptions): TrafficRouting {
    return new TrafficRouting({ provider: 'nginx', options });
  }

  /** AWS Load Balancer Controller: weighted target groups on an existing Ingress. */
  public static alb(options: AlbTrafficRoutingOptions): TrafficRouting {
    return new TrafficRouting({ provider: 'alb', options });
  }

  /** Istio: weights on the routes of an existing VirtualService. */
  public static istio(options: IstioTrafficRoutingOptions): TrafficRouting {
    return new TrafficRouting({ provider: 'istio', options });
  }

  private constructor(private readonly spec: Spec) {}

  /** The provider name as Argo Rollouts spells it. */
  public get provider(): Spec['provider'] {
    return this.spec.provider;
  }

  /** When set, the workload creates an Ingress for this host (nginx only). */
  public get ingressToCreate(): IngressToCreate | undefined {
    if (this.spec.provider !== 'nginx' || !this.spec.options.host) {
      return undefined;
    }
    const o = this.spec.options;
    return { host: o.host!, path: o.path ?? '/', ingressClassName: o.ingressClassName };
  }

  /** @internal */
  public _validate(problems: Problems): void {
    const s = this.spec;
    if (s.provider === 'nginx') {
      const o = s.options;
      problems.check(
        (o.stableIngress === undefined) !== (o.host === undefined),
        'nginx',
        { stableIngress: o.stableIngress, host: o.host },
        'exactly one of stableIngress (an existing Ingress) or host (an Ingress is created)',
        'set one of the two',
      );
      if (o.stableIngress !== undefined) {
        problems.check(
          isDnsLabel(o.stableIngress, 253),
          'nginx.stableIngress',
          o.stableIngress,
          'an Ingress name',
          'name the existing Ingress',
        );
      }
      if (o.host !== undefined) {
        problems.check(isDnsSubdomain(o.host, true), 'nginx.host', o.host, HOST_ALLOWED, 'give the host the Ingress serves');
      }
      if (o.path !== undefined) {
        problems.check(o.path.startsWith('/'), 'nginx.path', o.path, 'a path starting with "/"', 'use e.g. "/"');
      }
    } else if (s.provider === 'alb') {
      problems.check(isDnsLabel(s.options.ingress, 253), 'alb.ingress', s.options.ingress, 'an Ingress name', 'name the existing Ingress');
    } else if (s.provider === 'istio') {
      problems.check(
        isDnsLabel(s.options.virtualService, 253),
        'istio.virtualService',
        s.options.virtualService,
        'a VirtualService name',
        'name the existing VirtualService',
      );
    }
  }

  /** @internal The `trafficRouting` block of a canary strategy. */
  public _toKube(ctx: TrafficRenderContext): Record<string, unknown> {
    const s = this.spec;
    switch (s.provider) {
      case 'nginx':
        return {
          nginx: {
            stableIngress: s.options.stableIngress ?? ctx.workloadName,
            additionalIngressAnnotations: s.options.additionalIngressAnnotations,
          },
        };
      case 'alb':
        return { alb: { ingress: s.options.ingress, servicePort: s.options.servicePort ?? ctx.firstServicePort } };
      case 'istio':
        return { istio: { virtualService: { name: s.options.virtualService, routes: s.options.routes } } };
    }
  }
}
