/**
 * The remediation service's configuration: one schema for the `Remediation` construct, which
 * renders it as `config.json` in the service's ConfigMap, and for the service, which validates it
 * at start (`validateConfig` in decide.ts) before acting on anything. Types only: nothing of this
 * module exists at run time.
 */

/** What the service does about an alert. */
export type RemediationAction = 'deletePod' | 'restart' | 'scale';

/** How one alert is remediated. */
export interface RemediationActionOptions {
  /**
   * `deletePod`: delete the pod named by the alert so its controller replaces it (crash loops,
   * pods stuck pending). `restart`: restart the workload as `kubectl rollout restart` does
   * (Deployment: the `kubectl.kubernetes.io/restartedAt` pod-template annotation; Rollout:
   * `spec.restartAt`). `scale`: add `step` replicas, never beyond `maxReplicas`.
   */
  readonly action: RemediationAction;
  /** The alert label holding the target's name. @default 'pod' for deletePod, else 'deployment' */
  readonly targetLabel?: string;
  /** The kind of workload `restart` and `scale` act on. @default 'Deployment' */
  readonly kind?: 'Deployment' | 'Rollout';
  /** Replicas added per scale action. @default 1 (scale only) */
  readonly step?: number;
  /** The fewest replicas a scale action sets. @default 1 (scale only) */
  readonly minReplicas?: number;
  /** The most replicas a scale action sets: the declared bound (required for scale). */
  readonly maxReplicas?: number;
}

/** How the service hands a target to people when it gives up on it. */
export interface RemediationEscalationConfig {
  /** The Alertmanager API the escalation alert is posted to; without it the service only logs. */
  readonly alertmanagerUrl?: string;
  /** The escalation alert's name (its `alertname` label). */
  readonly alertname: string;
  /** The escalation alert's `severity` label: the routes page the roles that take it. */
  readonly severity: string;
  /** The escalation alert's `runbook_url` annotation. */
  readonly runbookUrl: string;
  /** Labels added to the escalation alert (e.g. `environment`). */
  readonly labels?: Readonly<Record<string, string>>;
  /** How long an escalation stays firing after the last alert about its target. @default 3600 */
  readonly holdSeconds?: number;
}

/** The service's config (`config.json` in the ConfigMap), as the construct renders it and the service reads it. */
export interface RemediationServiceConfig {
  /** The environment the service runs in (logged; the escalation's labels carry it). */
  readonly environment?: string;
  /** Log and count what would be done, change nothing. */
  readonly dryRun: boolean;
  /** Actions per target before the service stops and escalates (1 to 10). */
  readonly maxAttempts: number;
  /** Least time between two actions on one target, in seconds. */
  readonly cooldownSeconds: number;
  /** A target that has not alerted for this many seconds gets its attempts back. */
  readonly resetAfterSeconds: number;
  /** Namespaces the service may act in. */
  readonly namespaces: readonly string[];
  /** Alert name to action, every default written out. */
  readonly actions: Readonly<Record<string, RemediationActionOptions>>;
  /** How the service escalates. */
  readonly escalation: RemediationEscalationConfig;
}
