/**
 * The app catalog: what each example service is (ports, probes, environment, Secrets it reads),
 * the same in every environment. What differs per environment (image, replicas, resources,
 * strategy, autoscaling) comes from stack config (`config.ts`). Add an app here, then give it
 * settings under `kubeship:apps` in each `Pulumi.<env>.yaml` that should run it.
 */
import { EnvValue, Probe, WorkloadProps } from '../constructs';

/** The parts of an app that do not depend on the environment. */
export type AppShape = Pick<WorkloadProps, 'ports' | 'env' | 'readiness' | 'liveness' | 'startup' | 'writablePaths' | 'service'> & {
  /** One line for the synth summary and docs. */
  readonly description: string;
};

export const APP_CATALOG = {
  /** The shop's API: reads its database URL from the Secret `api-database` (create it before deploying). */
  api: {
    description: 'shop API (HTTP, database URL from Secret api-database)',
    ports: [{ containerPort: 8080, servicePort: 80 }],
    env: { DATABASE_URL: EnvValue.fromSecret('api-database', 'url') },
    readiness: Probe.http('/ready'),
    liveness: Probe.http('/healthz'),
  },
  /** The web front end. */
  web: {
    description: 'shop web front end (HTTP)',
    ports: [{ containerPort: 8080, servicePort: 80 }],
    readiness: Probe.http('/ready'),
    liveness: Probe.http('/healthz'),
    writablePaths: ['/tmp'],
  },
} satisfies Record<string, AppShape>;

export type AppName = keyof typeof APP_CATALOG;
