/**
 * Names of the AWS side of SMS alerts, shared by the Pulumi `SnsAlerting` (which creates them) and
 * cdk8s apps (which only reference them): with the same account, region and names, both doors
 * write the same topic ARN into the Alertmanager config and the same role into its ServiceAccount.
 */
import { MANAGED_BY_LABELS } from '../core/checks';

/** `arn:aws:sns:<region>:<account>:<topic>`, the ARN SNS gives a standard topic. */
export function snsTopicArn(region: string, accountId: string, topicName: string): string {
  return `arn:aws:sns:${region}:${accountId}:${topicName}`;
}

/** `arn:aws:iam::<account>:role/<role>`. */
export function iamRoleArn(accountId: string, roleName: string): string {
  return `arn:aws:iam::${accountId}:role/${roleName}`;
}

/** A ServiceAccount manifest annotated for IRSA; `T` is the role ARN's type (a string, or a Pulumi output). */
export interface IrsaServiceAccount<T> {
  /** `v1`. */
  readonly apiVersion: 'v1';
  /** `ServiceAccount`. */
  readonly kind: 'ServiceAccount';
  /** Name, namespace, the managed-by labels and the IRSA annotations. */
  readonly metadata: {
    /** The ServiceAccount's name. */
    readonly name: string;
    /** Its namespace. */
    readonly namespace: string;
    /** The managed-by labels. */
    readonly labels: Record<string, string>;
    /** The role the EKS Pod Identity webhook lets its pods assume, through the regional STS endpoint. */
    readonly annotations: {
      /** The IAM role's ARN. */
      readonly 'eks.amazonaws.com/role-arn': T;
      /** `true`: the regional STS endpoint. */
      readonly 'eks.amazonaws.com/sts-regional-endpoints': string;
    };
  };
  /** `false`: the pods get the projected web identity token, not the Kubernetes API token. */
  readonly automountServiceAccountToken: boolean;
}

/** The Alertmanager's ServiceAccount that assumes `roleArn` through IRSA (EKS Pod Identity webhook). */
export function irsaServiceAccount<T>(name: string, namespace: string, roleArn: T): IrsaServiceAccount<T> {
  return {
    apiVersion: 'v1' as const,
    kind: 'ServiceAccount' as const,
    metadata: {
      name,
      namespace,
      labels: { ...MANAGED_BY_LABELS },
      annotations: { 'eks.amazonaws.com/role-arn': roleArn, 'eks.amazonaws.com/sts-regional-endpoints': 'true' },
    },
    automountServiceAccountToken: false,
  };
}
