/**
 * The stack config schema: one typed description of an environment (`Pulumi.<env>.yaml`, keys in
 * the `kubeship:` namespace), read by the Pulumi program (`pulumi.Config`) and by the cdk8s app
 * (`npm run synth`, which reads the same files). Everything an environment may change is here;
 * the shape of the apps themselves (ports, probes, secrets) is code, in `apps.ts`. Reading the
 * file (or the Pulumi CLI's config) is `stack-file.ts`; the names shared with the CLI and the
 * Secrets are `config-keys.ts`.
 */
import { z } from 'zod';
import {
  AWS_REGION,
  byteQuantityProblem,
  ConfigurationError,
  DNS_LABEL,
  DURATION_ALLOWED,
  durationSeconds,
  EMAIL_ADDRESS,
  HOST_ALLOWED,
  imageReferenceProblem,
  INT32_MAX,
  isCount,
  isDnsSubdomain,
  isSecretKey,
  MIN_CONTAINER_MEMORY,
  parseQuantity,
  Problem,
  QUANTITY_ALLOWED,
  SEMVER,
  SLACK_CHANNEL,
  timeZoneProblem,
  alertWindow,
  formatDuration,
  Problems,
  prometheusDurationSeconds,
  scheduleGap,
  ROLE_SEVERITIES,
  RoleSeverity,
} from '../constructs/config';
import { RULES } from '../constructs/policy';
import { APP_CATALOG, AppName } from './apps';
import { hint, problemsOf } from './schema-errors';
import type { JsonObject } from '../constructs/config';
import { PROJECT } from './config-keys';

export { PROJECT, SECRET_KEYS } from './config-keys';

const oneOf = <T extends string>(values: [T, ...T[]], fix: string) =>
  hint(z.enum(values), `one of ${values.map((v) => `"${v}"`).join(', ')}`, fix);

const count = (what: string, min = 0) =>
  hint(z.number().int().min(min).max(INT32_MAX), `a whole number from ${min} to ${INT32_MAX}`, `set ${what} to a whole number`);

const quantity = hint(
  z.string().refine((v) => parseQuantity(v) !== undefined),
  QUANTITY_ALLOWED,
  'write e.g. "500m" for CPU or "1Gi" for memory',
);

const duration = hint(
  z.string().refine((v) => durationSeconds(v) !== undefined),
  DURATION_ALLOWED,
  'write e.g. "30s", "5m" or "1h"',
);

const promDuration = hint(
  z.string().regex(/^([0-9]+(ms|s|m|h|d|w|y))+$/),
  'a Prometheus duration such as "15d" or "12h"',
  'write a number and a unit (ms, s, m, h, d, w, y)',
);

/** The key a credential is stored under; a value pasted here (a URL, a token) is refused without printing it. */
const credential = z.string().superRefine((value: string, ctx) => {
  if (!isSecretKey(value as unknown)) {
    const pasted = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.length > 100;
    ctx.addIssue({
      code: 'custom',
      input: pasted ? '(hidden: it looks like the secret itself)' : value,
      message: 'a key name',
      params: {
        allowed: 'the name of a key of the receivers Secret (letters, digits, "-", "_", ".", at most 253), not the secret itself',
        fix: pasted
          ? 'remove the secret from the file (rotate it if the file was shared), write a key name such as "slack-ops-webhook-url" and set the ' +
            `value with \`pulumi config set --secret --path 'receiverCredentials.slack-ops-webhook-url' <value>\``
          : 'name the key under which the credential is stored, e.g. "slack-ops-webhook-url"',
      },
    });
  }
});

const name = (what: string) =>
  hint(z.string().regex(DNS_LABEL).max(63), 'a lowercase DNS label of at most 63 characters (a-z, 0-9, "-")', `rename ${what}`);

const ratio = hint(z.number().gt(0).lte(1), 'a fraction in (0, 1], e.g. 0.99', 'write the percentage as a fraction');

/** A schema refined by a check that words its own problem (what is allowed, the fix for this value). */
function checked<T extends z.ZodType>(schema: T, problemOf: (value: z.output<T>) => { allowed: string; fix: string } | undefined): T {
  return schema.superRefine((value, ctx) => {
    const problem = problemOf(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', input: value, message: problem.allowed, params: problem });
    }
  }) as unknown as T;
}

/** Memory: whole bytes a container can start in (`512m` is thousandths of a byte). */
const memory = checked(quantity, (v) => (parseQuantity(v) === undefined ? undefined : byteQuantityProblem(v, MIN_CONTAINER_MEMORY)));

/** CPU or memory: one quantity (request = limit) or a request and a limit. */
const range = (q: typeof quantity) => z.union([q, z.strictObject({ request: q, limit: q })]);

const resourceRange = range(quantity);

const resources = z.strictObject({ cpu: resourceRange.optional(), memory: range(memory).optional() });

/** An analysis gate: the success rate of requests, a latency percentile, or a smoke test of the version under test. */
/** How often a Prometheus gate measures, how many times, and how many failures it tolerates. */
const measuring = {
  interval: duration.optional(),
  count: hint(z.number().int().min(1).max(100), 'a whole number of measurements 1..100', 'e.g. 3').optional(),
  failureLimit: hint(z.number().int().min(0).max(99), 'a whole number of failed measurements tolerated, 0..99', 'e.g. 1').optional(),
};

const gate = z
  .strictObject({
    successRate: z.strictObject({ minimum: ratio, window: promDuration.optional(), ...measuring }).optional(),
    latency: z
      .strictObject({
        percentile: ratio.optional(),
        maximumSeconds: hint(z.number().positive(), 'seconds > 0', 'e.g. 0.5'),
        window: promDuration.optional(),
        ...measuring,
      })
      .optional(),
    smokeTest: z
      .strictObject({
        path: hint(
          z.string().regex(/^\/[^\s'"`$\\]*$/),
          'an absolute URL path such as "/" or "/healthz"',
          'start the path with "/"',
        ).optional(),
        expectedStatus: hint(z.number().int().min(100).max(599), 'an HTTP status 100..599', 'e.g. 200').optional(),
        requests: hint(z.number().int().min(1).max(1000), 'a whole number 1..1000', 'e.g. 20').optional(),
      })
      .optional(),
  })
  .superRefine(exactlyOne(['successRate', 'latency', 'smokeTest'], 'an analysis gate'));

const canaryStep = z
  .strictObject({
    setWeight: hint(z.number().int().min(0).max(100), 'a whole percentage 0..100', 'e.g. 10').optional(),
    pause: z.union([duration, z.strictObject({})]).optional(),
    analysis: z.array(gate).min(1).optional(),
  })
  .superRefine(exactlyOne(['setWeight', 'pause', 'analysis'], 'a canary step'));

const scalingRules = z.strictObject({
  stabilizationWindowSeconds: count('stabilizationWindowSeconds').optional(),
  selectPolicy: z.enum(['Max', 'Min', 'Disabled']).optional(),
  policies: z
    .array(z.strictObject({ type: z.enum(['Pods', 'Percent']), value: count('value', 1), periodSeconds: count('periodSeconds', 1) }))
    .min(1)
    .optional(),
});

const strategy = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('rolling'),
      maxSurge: z.union([count('maxSurge'), z.string().regex(/^[0-9]+%$/)]).optional(),
      maxUnavailable: z.union([count('maxUnavailable'), z.string().regex(/^[0-9]+%$/)]).optional(),
    }),
    z.strictObject({
      type: z.literal('blueGreen'),
      autoPromotionSeconds: count('autoPromotionSeconds', 1).optional(),
      scaleDownDelaySeconds: count('scaleDownDelaySeconds').optional(),
      /** Before the switch the preview receives no traffic: only smoke tests, which send their own. */
      prePromotionAnalysis: z
        .array(
          gate.refine((g) => g.smokeTest !== undefined, {
            error:
              'smokeTest gates only (the preview receives no traffic for successRate or latency to measure); move those to postPromotionAnalysis',
          }),
        )
        .min(1)
        .optional(),
      postPromotionAnalysis: z.array(gate).min(1).optional(),
    }),
    z.strictObject({
      type: z.literal('canary'),
      steps: z.array(canaryStep).min(1).optional(),
      analysis: z.strictObject({ gates: z.array(gate).min(1), startingStep: count('startingStep').optional() }).optional(),
      /** NGINX Ingress traffic routing (exact weights); without it the canary shifts traffic by replica count. */
      nginx: z
        .strictObject({
          host: hint(
            z.string().refine((h) => isDnsSubdomain(h, true)),
            HOST_ALLOWED,
            'give the host the Ingress serves',
          ),
          ingressClassName: name('the IngressClass').optional(),
        })
        .optional(),
    }),
  ],
  { error: () => 'one of the strategy types "rolling", "blueGreen", "canary"' },
);

/** What an app may change per environment (the app itself is in the catalog). */
const appSettings = z.strictObject({
  image: checked(z.string(), (v) => {
    const allowed = 'an image reference pinned by tag or digest, the path lowercase, e.g. "ghcr.io/example/shop-api:1.8.0"';
    const wrong = imageReferenceProblem(v);
    return wrong
      ? { allowed, fix: wrong }
      : /[:@]/.test(v.replace(/^[^/]*\//, ''))
        ? undefined
        : { allowed, fix: 'add the tag or @sha256 digest the environment runs' };
  }).optional(),
  /** Pods to run; with autoscaling, the HPA's floor. */
  replicas: count('replicas').optional(),
  /**
   * The emergency path, for one deploy: the reason this release skips its canary steps and
   * analysis (blue-green or canary only). Remove it after the deploy.
   */
  emergency: hint(
    z
      .string()
      .trim()
      .min(1)
      .max(256)
      .regex(/^[^\r\n]*$/),
    'a one-line reason of at most 256 characters',
    'say why the gates are skipped, e.g. "hotfix for INC-4711"',
  ).optional(),
  resources: resources.optional(),
  strategy: strategy.optional(),
  autoscaling: z
    .union([
      z.literal(false),
      z.strictObject({
        maxReplicas: count('maxReplicas', 1),
        cpuUtilization: hint(z.number().int().min(1).max(100), 'a whole percentage 1..100', 'e.g. 70').optional(),
        scaleUp: scalingRules.optional(),
        scaleDown: scalingRules.optional(),
      }),
    ])
    .optional(),
});

const channel = z
  .strictObject({
    slack: z
      .strictObject({
        channel: hint(z.string().regex(SLACK_CHANNEL), 'a Slack channel such as "#ops-alerts"', 'write the channel name'),
        credential,
      })
      .optional(),
    teams: z.strictObject({ credential }).optional(),
    pagerDuty: z.strictObject({ credential, url: z.url().optional() }).optional(),
    email: z
      .strictObject({
        to: z.array(hint(z.string().regex(EMAIL_ADDRESS), 'an email address', 'e.g. "oncall@example.com"')).min(1),
        from: hint(z.string().regex(EMAIL_ADDRESS), 'an email address', 'e.g. "alertmanager@example.com"'),
        smarthost: hint(z.string().regex(/^[^\s:]+:[0-9]{1,5}$/), 'host:port of the SMTP server', 'e.g. "smtp.example.com:587"'),
        username: z.string().min(1).optional(),
        credential: credential.optional(),
      })
      .optional(),
    sms: z.strictObject({}).optional(),
    /** A generic webhook (e.g. a dead man's switch such as Healthchecks.io); its URL is a credential. */
    webhook: z.strictObject({ credential }).optional(),
  })
  .superRefine(exactlyOne(['slack', 'teams', 'pagerDuty', 'email', 'sms', 'webhook'], 'a channel'));

const severity = z.enum(ROLE_SEVERITIES as [RoleSeverity, ...RoleSeverity[]]);

const time = hint(z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/), 'a time "HH:MM" (24h)', 'e.g. "02:00"');

const notifications = z.strictObject({
  enabled: z.boolean().default(true),
  /** The Secret (in the monitoring namespace) holding every `credential` key. */
  credentialsSecret: name('the Secret').default('alertmanager-receivers'),
  roles: z
    .array(z.strictObject({ name: name('the role'), severities: z.array(severity).min(1).optional(), channels: z.array(channel).min(1) }))
    .min(1),
  escalations: z
    .array(z.strictObject({ to: name('the role'), after: duration, severities: z.array(severity).min(1).optional() }))
    .optional(),
  /**
   * Where the always-firing Watchdog goes, every minute (a dead man's switch service that alerts
   * when it stops arriving); absent: nowhere.
   */
  deadMansSwitch: channel.optional(),
  maintenanceWindows: z
    .array(
      z.strictObject({
        name: name('the window'),
        weekdays: z
          .array(z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']))
          .min(1)
          .optional(),
        times: z
          .array(z.strictObject({ start: time, end: time }))
          .min(1)
          .optional(),
        location: checked(z.string(), timeZoneProblem).optional(),
      }),
    )
    .optional(),
});

const eventTarget = z
  .strictObject({
    slack: hint(z.string().regex(SLACK_CHANNEL), 'a Slack channel without "#", e.g. "ops-alerts"', 'write the channel name').optional(),
    teams: name('the Teams webhook').optional(),
    pagerDuty: name('the PagerDuty service').optional(),
  })
  .superRefine(exactlyOne(['slack', 'teams', 'pagerDuty'], 'an event target'));

const deploymentEvent = z.enum(['started', 'completed', 'failed', 'rollbackInitiated', 'canaryStepCompleted', 'paused', 'resumed']);

const deploymentEvents = z.strictObject({
  enabled: z.boolean().default(true),
  roles: z
    .array(
      z.strictObject({
        name: name('the role'),
        events: z.union([z.literal('all'), z.array(deploymentEvent).min(1)]),
        notify: z.array(eventTarget).min(1),
      }),
    )
    .min(1),
  /**
   * The audit trail: every event of every Rollout (resumes included) as a JSON record with who, what
   * and when, POSTed to a webhook whose URL is in secret config (`eventCredentials.<webhook>-url`).
   */
  audit: z
    .strictObject({
      enabled: z.boolean().default(true),
      webhook: name('the audit webhook').default('deployment-audit'),
    })
    .optional(),
});

/**
 * Velero backups of the environment (a Schedule, and alerts when backups fail or stop); absent or
 * `enabled: false` for none. Velero itself is installed separately (README: Versions).
 */
const backup = z.strictObject({
  enabled: z.boolean().default(true),
  /** When backups run (cron, Velero's time zone: UTC unless CRON_TZ= says otherwise). */
  schedule: hint(z.string().min(1), 'a cron expression such as "0 3 * * *" (daily at 03:00)', 'write when backups run'),
  /** How long Velero keeps each backup. */
  ttl: duration.default('720h'),
  /** snapshot: the provider's volume snapshots; file-system: Velero's node agent copies the volumes; none: objects only. */
  volumes: oneOf(
    ['snapshot', 'file-system', 'none'],
    'snapshot (volume snapshots), file-system (node agent copies), none (objects only)',
  ).default('snapshot'),
  /** The BackupStorageLocation (velero install: default). */
  storageLocation: hint(
    z.string().refine((v) => isDnsSubdomain(v)),
    'the name of a BackupStorageLocation',
    'name the location, e.g. default',
  ).default('default'),
  /** Whether Prometheus' volume is backed up (metrics are re-collected; a TSDB copied while written is inconsistent). */
  prometheusVolume: oneOf(['include', 'exclude'], "exclude keeps Prometheus' volume out of backups, include backs it up").default(
    'exclude',
  ),
  /** The namespaces backed up. @default - the app namespace and, with monitoring, the monitoring namespace */
  namespaces: z.array(name('the namespace')).min(1).optional(),
  /** The namespace Velero runs in. */
  veleroNamespace: name('the namespace').default('velero'),
  /** No successful backup for this long alerts. @default - the longest gap between runs plus 1h */
  alertAfter: duration.optional(),
});

/**
 * Datadog as an optional second monitoring target (the Prometheus path is unchanged): the apps'
 * pods get Autodiscovery annotations so the Datadog Agent's OpenMetrics check scrapes the same
 * /metrics, and the deployment and service alerts become DatadogMonitor objects (Datadog Operator)
 * notifying the Datadog handles of the roles that take each severity.
 */
const datadog = z.strictObject({
  enabled: z.boolean().default(true),
  /** The prefix of the apps' metrics in Datadog. */
  metricNamespace: hint(
    z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/),
    'a Datadog metric prefix such as "shop"',
    'lowercase letters, digits, "_" and dots',
  ).default('kubeship'),
  /** Handles per notifications role (e.g. ops: ["@pagerduty-shop-prod", "@slack-ops-alerts"]). */
  handles: z.record(
    name('the role'),
    z
      .array(
        hint(
          z.string().regex(/^@[A-Za-z0-9_.+@-]+$/),
          'a Datadog notification handle such as "@slack-ops-alerts" or "@pagerduty-shop"',
          'write it as in a monitor message',
        ),
      )
      .min(1),
  ),
  /** Where the DatadogMonitor objects go (the Datadog Operator must watch it). @default - the apps' namespace */
  monitorNamespace: name('the namespace').optional(),
  /**
   * The node Agent's pods, admitted by the apps' NetworkPolicies to scrape them (Datadog Operator
   * v1.29.0 labels them agent.datadoghq.com/component: agent).
   */
  agent: z
    .strictObject({
      namespace: name('the namespace').default('datadog'),
      podLabels: z.record(z.string(), z.string()).default({ 'agent.datadoghq.com/component': 'agent' }),
    })
    .default({ namespace: 'datadog', podLabels: { 'agent.datadoghq.com/component': 'agent' } }),
});

const remediation = z.strictObject({
  enabled: z.boolean().default(true),
  /** false: the service only logs and counts what it would do (dry-run). */
  autoRemediate: z.boolean().default(true),
  maxAttempts: hint(z.number().int().min(1).max(10), 'a whole number from 1 to 10', 'e.g. 3').default(3),
  cooldown: duration.default('5m'),
  /** Alert name to action; the defaults restart crash-looping and pending pods and stuck Deployments. */
  actions: z
    .record(
      hint(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/), 'an alert name', 'use the alertname of the rule'),
      z.strictObject({
        action: oneOf(
          ['deletePod', 'restart', 'scale'],
          'deletePod for crash-looping or pending pods, restart for stuck workloads, scale for resource pressure',
        ),
        targetLabel: z.string().min(1).optional(),
        kind: oneOf(['Deployment', 'Rollout'], 'the kind of workload the alert is about').optional(),
        step: count('step', 1).optional(),
        minReplicas: count('minReplicas', 1).optional(),
        maxReplicas: count('maxReplicas', 1).optional(),
      }),
    )
    .optional(),
  /**
   * Where the API server is (the endpoints of the `kubernetes` Service: `kubectl get endpoints
   * kubernetes`): the only addresses the service may connect to on 443/6443. Absent: any address.
   */
  apiServerCidrs: z
    .array(
      hint(
        z.string().regex(/^([0-9]{1,3}\.){3}[0-9]{1,3}\/([0-9]|[12][0-9]|3[0-2])$/),
        'an IPv4 block such as "10.0.12.0/24"',
        'write the API server\'s address in CIDR notation, e.g. "10.0.12.34/32"',
      ),
    )
    .min(1)
    .optional(),
});

const peerLabels = z.record(z.string().min(1), z.string());

/** A network peer: an app of the namespace, pods elsewhere, or an address block. */
const networkPeer = z.strictObject({
  app: name('the app').optional(),
  namespace: name('the namespace').optional(),
  podLabels: peerLabels.optional(),
  cidr: hint(
    z.string().regex(/^([0-9]{1,3}\.){3}[0-9]{1,3}\/([0-9]|[12][0-9]|3[0-2])$/),
    'an IPv4 block such as "10.20.0.0/16"',
    'write the network in CIDR notation',
  ).optional(),
  ports: z
    .array(hint(z.number().int().min(1).max(65535), 'a port 1..65535', 'e.g. 5432'))
    .min(1)
    .optional(),
});

/** Network isolation of the apps and the monitoring stack. */
const networkPolicy = z.strictObject({
  enabled: z.boolean().default(true),
  /** Where the ingress controller runs; false when nothing comes from outside the cluster. */
  ingressController: z
    .union([z.literal(false), z.strictObject({ namespace: name('the namespace'), podLabels: peerLabels.optional() })])
    .optional(),
  /** Further callers of every app. */
  allowFrom: z.array(networkPeer).optional(),
  /** Where every app may connect besides DNS (a database, an external API). */
  allowTo: z.array(networkPeer).optional(),
});

const storage = z.union([
  z.literal(false),
  hint(
    z.string().refine((v) => parseQuantity(v) !== undefined),
    QUANTITY_ALLOWED,
    'e.g. "50Gi"',
  ),
]);

const monitoring = z.strictObject({
  enabled: z.boolean().default(true),
  prometheus: z
    .strictObject({
      replicas: count('prometheus.replicas', 1).default(1),
      retention: promDuration.default('24h'),
      retentionSize: hint(z.string().regex(/^[0-9]+(B|KB|MB|GB|TB|PB|EB)$/), 'a size such as "40GB"', 'use B, KB, MB, GB or TB').optional(),
      /** A PersistentVolumeClaim of this size per replica; false keeps data in an emptyDir (lost on restart). */
      storage: storage.default(false),
    })
    .default({ replicas: 1, retention: '24h', storage: false }),
  alertmanager: z.strictObject({ replicas: count('alertmanager.replicas', 1).default(1) }).default({ replicas: 1 }),
  grafana: z.boolean().default(true),
});

const sms = z.strictObject({
  region: hint(z.string().regex(AWS_REGION), 'an AWS region such as "eu-west-1"', 'use the region of the AWS provider'),
  accountId: hint(z.string().regex(/^[0-9]{12}$/), 'a 12-digit AWS account id (quoted in YAML)', 'write the account id as a string'),
  topicName: hint(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/), 'an SNS topic name', 'letters, digits, "-" and "_"'),
  /** Name of the IAM role the Alertmanager assumes (IRSA); the synthesized ServiceAccount points at it. */
  roleName: hint(z.string().regex(/^[\w+=,.@-]{1,64}$/), 'an IAM role name', 'at most 64 letters, digits or +=,.@_-'),
  oidcProviderArn: hint(
    z.string().regex(/^arn:aws[a-z-]*:iam::[0-9]{12}:oidc-provider\/.+$/),
    "the ARN of the cluster's IAM OIDC provider",
    'copy it from `aws eks describe-cluster` / the EKS console',
  ),
  oidcProviderUrl: hint(
    z.string().regex(/^(https:\/\/)?oidc\.\S+$/),
    "the issuer URL of the cluster's OIDC provider",
    'copy it from `aws eks describe-cluster` (identity.oidc.issuer)',
  ),
});

/** The whole stack config (`kubeship:` keys, secret keys excluded). */
export const StackConfigSchema = z
  .strictObject({
    /** Environment name in alerts, events and labels. @default - the stack name */
    environment: name('the environment').optional(),
    namespace: name('the namespace').default('shop'),
    monitoringNamespace: name('the namespace').default('monitoring'),
    /**
     * Whether the environment creates its Namespaces (first in apply order). Set false when they
     * exist already or another tool owns them: Pulumi would fail to create an existing one.
     */
    createNamespaces: z.boolean().default(true),
    /** Apps log at debug level. */
    debug: z.boolean().default(false),
    /** How policy violations are treated: advisory warns, mandatory blocks. */
    policyEnforcement: oneOf(['advisory', 'mandatory'], 'advisory reports violations, mandatory blocks the deployment'),
    /** Per-rule levels that win over policyEnforcement (rule ids of `kubeship/policy`). */
    policyOverrides: z
      .partialRecord(
        z.enum(RULES.map((r) => r.id) as [string, ...string[]]),
        oneOf(['advisory', 'mandatory', 'disabled'], 'advisory reports, mandatory blocks, disabled skips the rule'),
      )
      .optional(),
    installPrometheusOperator: z.boolean().default(true),
    /**
     * The most a deployment may take by its strategy (pauses and analysis) and the most a failing
     * version may take to be rolled back; the policy rule delivery-timing-budget checks every Rollout.
     */
    timingBudgets: z
      .strictObject({ deployment: duration.optional(), rollback: duration.optional(), alertDelivery: duration.optional() })
      .optional(),
    /**
     * The Argo Rollouts version the cluster runs; deployment events use only the notification
     * services it has. @default VERSIONS.argoRollouts
     */
    argoRolloutsVersion: hint(
      z.string().regex(SEMVER),
      'a version such as "1.9.1"',
      'write the version `kubectl argo rollouts version` reports',
    ).optional(),
    /** Settings every app gets unless it sets its own. */
    workloadDefaults: appSettings.default({}),
    /** The apps this environment runs (names from the catalog in `apps.ts`) and their settings. */
    apps: z.partialRecord(z.enum(Object.keys(APP_CATALOG) as [AppName, ...AppName[]]), appSettings),
    monitoring: monitoring.default({
      enabled: true,
      prometheus: { replicas: 1, retention: '24h', storage: false },
      alertmanager: { replicas: 1 },
      grafana: true,
    }),
    /** NetworkPolicies for every app and the monitoring stack (on unless enabled: false). */
    networkPolicy: networkPolicy.optional(),
    notifications: notifications.optional(),
    deploymentEvents: deploymentEvents.optional(),
    /** Automated remediation (the service acts in `namespace`); absent or `enabled: false` for none. */
    remediation: remediation.optional(),
    backup: backup.optional(),
    datadog: datadog.optional(),
    sms: sms.optional(),
  })
  .superRefine(crossChecks, { when: () => true });

type Issue = { path: (string | number)[]; input: unknown; allowed: string; fix: string };

/**
 * Checks across fields. They run even when fields have errors (so one run lists every problem),
 * hence they read the raw input defensively.
 */
function crossChecks(input: unknown, ctx: z.RefinementCtx): void {
  const issue = ({ path, input: value, allowed, fix }: Issue) =>
    ctx.addIssue({ code: 'custom', path, input: value, message: allowed, params: { allowed, fix } });
  const config = (input ?? {}) as JsonObject;
  const objectAt = (value: unknown): JsonObject =>
    value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
  const defaults = objectAt(config.workloadDefaults);
  const apps = Object.entries(objectAt(config.apps)).map(([app, settings]) => ({ app, merged: { ...defaults, ...objectAt(settings) } }));
  for (const { app, merged } of apps) {
    if (merged.image === undefined) {
      issue({
        path: ['apps', app, 'image'],
        input: undefined,
        allowed: 'an image pinned by tag or digest',
        fix: `set ${PROJECT}:apps.${app}.image (or workloadDefaults.image)`,
      });
    }
    const floor = typeof merged.replicas === 'number' ? merged.replicas : 1;
    // a floor that is itself invalid is reported at replicas, not blamed on maxReplicas
    if (!isCount(floor)) {
      continue;
    }
    const max = objectAt(merged.autoscaling).maxReplicas;
    if (typeof max === 'number' && max >= 1 && max < floor) {
      issue({
        path: ['apps', app, 'autoscaling', 'maxReplicas'],
        input: max,
        allowed: `a number >= replicas (${floor}), the autoscaler's floor`,
        fix: 'raise maxReplicas or lower replicas',
      });
    }
  }
  const notifications = objectAt(config.notifications);
  const roles: unknown[] = Array.isArray(notifications.roles) ? notifications.roles : [];
  roles.forEach((role, i) => {
    const channels: unknown[] = Array.isArray(objectAt(role).channels) ? objectAt(role).channels : [];
    channels.forEach(
      (c, j) =>
        objectAt(c).sms !== undefined &&
        config.sms === undefined &&
        issue({
          path: ['notifications', 'roles', i, 'channels', j, 'sms'],
          input: objectAt(c).sms,
          allowed: 'an sms channel only with the "sms" setting (the SNS topic)',
          fix: `add ${PROJECT}:sms (region, accountId, topicName, roleName, OIDC provider)`,
        }),
    );
  });
  const roleNames = roles.map((r) => objectAt(r).name);
  (Array.isArray(notifications.escalations) ? notifications.escalations : []).forEach((e: unknown, i: number) => {
    const to = objectAt(e).to;
    if (typeof to === 'string' && !roleNames.includes(to)) {
      issue({
        path: ['notifications', 'escalations', i, 'to'],
        input: to,
        allowed: `a role of notifications.roles (${roleNames.join(', ')})`,
        fix: 'name a role defined there',
      });
    }
  });
  const monitoringOn = objectAt(config.monitoring).enabled !== false;
  if (config.notifications !== undefined && notifications.enabled !== false && !monitoringOn) {
    issue({
      path: ['notifications', 'enabled'],
      input: notifications.enabled ?? true,
      allowed: 'false while monitoring is disabled (the Alertmanager is part of the monitoring stack)',
      fix: 'enable monitoring or set notifications.enabled: false',
    });
  }
  const remediationOn = config.remediation !== undefined && objectAt(config.remediation).enabled !== false;
  if (remediationOn && (!monitoringOn || config.notifications === undefined || notifications.enabled === false)) {
    issue({
      path: ['remediation', 'enabled'],
      input: objectAt(config.remediation).enabled ?? true,
      allowed:
        'false unless monitoring and notifications are enabled (alerts trigger remediation; it escalates through the notification routes)',
      fix: 'enable monitoring and notifications, or set remediation.enabled: false',
    });
  }
  for (const [alert, mapping] of Object.entries(objectAt(objectAt(config.remediation).actions))) {
    const m = objectAt(mapping);
    if (m.action === 'scale' && m.maxReplicas === undefined) {
      issue({
        path: ['remediation', 'actions', alert, 'maxReplicas'],
        input: undefined,
        allowed: 'the most replicas a scale action may set',
        fix: 'declare the bound, e.g. maxReplicas: 10',
      });
    }
    for (const field of ['step', 'minReplicas', 'maxReplicas'].filter((f) => m.action !== 'scale' && m[f] !== undefined)) {
      issue({
        path: ['remediation', 'actions', alert, field],
        input: m[field],
        allowed: 'nothing: only scale actions have bounds',
        fix: `remove ${field}`,
      });
    }
    if (typeof m.minReplicas === 'number' && typeof m.maxReplicas === 'number' && m.maxReplicas < m.minReplicas) {
      issue({
        path: ['remediation', 'actions', alert, 'maxReplicas'],
        input: m.maxReplicas,
        allowed: `a number >= minReplicas (${m.minReplicas})`,
        fix: 'raise maxReplicas or lower minReplicas',
      });
    }
  }
  const events = objectAt(config.deploymentEvents);
  const rollouts = apps.filter(({ merged }) => ['blueGreen', 'canary'].includes(objectAt(merged.strategy).type));
  if (config.deploymentEvents !== undefined && events.enabled !== false && !rollouts.length) {
    issue({
      path: ['deploymentEvents', 'enabled'],
      input: events.enabled ?? true,
      allowed: 'deployment events only with an app on blueGreen or canary (Argo Rollouts sends them; rolling updates have none)',
      fix: 'set deploymentEvents.enabled: false or give an app a blueGreen or canary strategy',
    });
  }
  backupChecks(config, issue);
  const dd = objectAt(config.datadog);
  if (config.datadog !== undefined && dd.enabled !== false && config.notifications !== undefined) {
    for (const role of Object.keys(objectAt(dd.handles)).filter((r) => !roleNames.includes(r))) {
      issue({
        path: ['datadog', 'handles', role],
        input: role,
        allowed: `a notifications role: ${roleNames.join(', ') || 'none declared'}`,
        fix: 'use the name of a role under notifications.roles (its severities decide which monitors notify it)',
      });
    }
  }
}

/**
 * Backups: a schedule Velero accepts that fires; an alert threshold longer than the longest gap
 * between runs; and a Prometheus that keeps at least that much history (the overdue alert looks
 * back that far).
 */
function backupChecks(config: JsonObject, issue: (i: Issue) => void): void {
  const backup = config.backup && typeof config.backup === 'object' ? (config.backup as JsonObject) : undefined;
  if (!backup || backup.enabled === false || typeof backup.schedule !== 'string') {
    return;
  }
  const p = Problems.root('backup');
  // an alertAfter that is no duration is the schema's problem, reported once there
  const alertAfter =
    typeof backup.alertAfter === 'string' && durationSeconds(backup.alertAfter) !== undefined ? backup.alertAfter : undefined;
  const window = alertWindow(scheduleGap(backup.schedule, p), alertAfter, p);
  p.all.forEach((problem) => issue({ path: problem.path.split('.'), input: problem.value, allowed: problem.allowed, fix: problem.fix }));
  if (window === undefined) {
    return;
  }
  const monitoring = config.monitoring && typeof config.monitoring === 'object' ? (config.monitoring as JsonObject) : {};
  const retention = prometheusDurationSeconds(monitoring.prometheus?.retention ?? '24h');
  if (monitoring.enabled !== false && retention !== undefined && retention < window) {
    issue({
      path: ['monitoring', 'prometheus', 'retention'],
      input: monitoring.prometheus?.retention ?? '24h',
      allowed: `at least the backup alert window (${formatDuration(window)}): the overdue alert looks back that far`,
      fix: `keep metrics longer (e.g. "${Math.ceil(window / 86_400) + 1}d"), or back up more often`,
    });
  }
}

/** A validated stack config with defaults applied. */
export type StackConfig = z.output<typeof StackConfigSchema>;

/** A stack config as written in `Pulumi.<env>.yaml`. */
export type StackConfigInput = z.input<typeof StackConfigSchema>;

export type AppSettings = z.output<typeof appSettings>;

export type Strategy = z.output<typeof strategy>;

export type Gate = z.output<typeof gate>;
export type ScalingRulesConfig = z.output<typeof scalingRules>;

export type Channel = z.output<typeof channel>;

/**
 * Validates raw stack config (`kubeship:` prefix already removed). Throws one `ConfigurationError`
 * listing every problem, paths as they are written in the stack file (`kubeship:apps.web.replicas`).
 */
export function parseStackConfig(raw: Record<string, unknown>, source: string, earlier: readonly Problem[] = []): StackConfig {
  const result = StackConfigSchema.safeParse(raw, { reportInput: true });
  const problems = [...earlier, ...(result.success ? [] : problemsOf(result.error, StackConfigSchema, raw, `${PROJECT}:`))];
  if (problems.length) {
    throw new ConfigurationError(source, problems);
  }
  return result.data!;
}

/** Collapses `{ request, limit }` or one quantity into the constructs' range. */
export function resourceRangeOf(range: z.output<typeof resourceRange> | undefined): { request: string; limit: string } | undefined {
  return range === undefined ? undefined : typeof range === 'string' ? { request: range, limit: range } : range;
}

function exactlyOne(keys: string[], what: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const set = keys.filter((k) => value[k] !== undefined);
    if (set.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `exactly one of ${keys.join(', ')}`,
        params: {
          allowed: `${what} with exactly one of ${keys.map((k) => `"${k}"`).join(', ')}`,
          fix: set.length ? `keep one of ${set.join(', ')}; split the rest into separate entries` : `add one of ${keys.join(', ')}`,
        },
      });
    }
  };
}
