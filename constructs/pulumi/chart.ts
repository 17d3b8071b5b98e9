import * as pulumi from '@pulumi/pulumi';
import { App, Chart } from 'cdk8s';
import { Manifest, registerManifests } from './register';

/**
 * Renders cdk8s constructs in a private App and returns the objects, exactly as `cdk8s synth`
 * would write them. Invalid props surface as one `pulumi.RunError` listing every problem (Pulumi
 * prints it without a stack trace).
 */
export function renderChart(chartId: string, build: (chart: Chart) => void, namespace?: string): Manifest[] {
  const app = new App({ outdir: '.' });
  const chart = new Chart(app, chartId, { namespace });
  try {
    build(chart);
    return chart.toJson() as Manifest[];
  } catch (e) {
    // Construct paths start with the private chart's id; drop it so paths read as the user wrote them.
    const message = (e instanceof Error ? e.message : String(e)).split(`[${chartId}/`).join('[');
    throw new pulumi.RunError(message);
  }
}

/** Args of `ChartResources`. */
export interface ChartResourcesArgs {
  /** Adds cdk8s constructs to the chart. */
  readonly build: (chart: Chart) => void;
  /**
   * Namespace for objects that do not set one.
   *
   * @default - none
   */
  readonly namespace?: string;
}

/**
 * Any cdk8s constructs (ours or yours) as Pulumi resources: each rendered object becomes a typed
 * child of this component, with the same content `cdk8s synth` writes.
 *
 * @example
 * new ChartResources('platform', { namespace: 'shop', build: (chart) => {
 *   new kubeship.Workload(chart, 'web', { image: 'registry.example.com/shop/web:1.4.2' });
 * } });
 */
export class ChartResources extends pulumi.ComponentResource {
  /** The registered children, in rendering order. */
  public readonly resources: pulumi.CustomResource[];

  constructor(name: string, args: ChartResourcesArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kubeship:index:ChartResources', name, {}, opts);
    const manifests = renderChart(name, args.build, args.namespace);
    this.resources = registerManifests(this, name, manifests);
    this.registerOutputs({});
  }
}
