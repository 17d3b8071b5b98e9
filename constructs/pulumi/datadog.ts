import * as pulumi from '@pulumi/pulumi';
import * as datadog from '../datadog/datadog';
import { renderChart } from './chart';
import { registerManifests } from './register';

/** Args of the Pulumi `DatadogMonitors`: the cdk8s props. */
export type DatadogMonitorsArgs = datadog.DatadogMonitorsProps;

/** The Pulumi front door of `DatadogMonitors`: every DatadogMonitor as a typed child, exactly as the cdk8s construct renders it. */
export class DatadogMonitors extends pulumi.ComponentResource {
  /** The component's Pulumi type token. */
  public static readonly TYPE = 'kubeship:datadog:DatadogMonitors';

  /** Every object it renders, registered as typed children. */
  public readonly resources: pulumi.CustomResource[];

  constructor(name: string, args: DatadogMonitorsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(DatadogMonitors.TYPE, name, {}, opts);
    const manifests = renderChart(name, (chart) => {
      new datadog.DatadogMonitors(chart, name, args);
    });
    this.resources = registerManifests(this, name, manifests, undefined, { parent: this });
    this.registerOutputs({});
  }
}
