import * as pulumi from '@pulumi/pulumi';
import * as backup from '../backup/backup';
import { renderChart } from './chart';
import { registerManifests } from './register';

/** Args of the Pulumi `BackupSchedule`: the cdk8s props (a Pulumi `MonitoringStack` is a valid `monitoring.stack`). */
export type BackupScheduleArgs = backup.BackupScheduleProps;

/**
 * The Pulumi front door of `BackupSchedule`: the Velero Schedule and, with `monitoring`, its
 * PrometheusRule as typed children, exactly the objects the cdk8s construct renders.
 */
export class BackupSchedule extends pulumi.ComponentResource {
  /** The component's Pulumi type token. */
  public static readonly TYPE = 'kubeship:backup:BackupSchedule';

  /** The Schedule's name. */
  public readonly scheduleName: string;
  /** After how long without a successful backup it alerts, in seconds. */
  public readonly alertAfterSeconds?: number;
  /** Every object it renders, registered as typed children. */
  public readonly resources: pulumi.CustomResource[];

  constructor(name: string, args: BackupScheduleArgs, opts?: pulumi.ComponentResourceOptions) {
    super(BackupSchedule.TYPE, name, {}, opts);
    let construct: backup.BackupSchedule | undefined;
    const manifests = renderChart(name, (chart) => {
      construct = new backup.BackupSchedule(chart, name, args);
    });
    this.scheduleName = construct!.name;
    this.alertAfterSeconds = construct!.alertAfterSeconds;
    this.resources = registerManifests(this, name, manifests, undefined, { parent: this });
    this.registerOutputs({ scheduleName: this.scheduleName });
  }
}
