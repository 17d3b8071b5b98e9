/**
 * The names a stack config shares with the Pulumi CLI and the Secrets: the project, the secret
 * config keys, the keys of the Secrets the credentials are stored under, and which credential keys
 * a config refers to (checked against the secret config a stack file holds).
 */
import { Problem } from '../constructs/config';
import type { JsonObject } from '../constructs/config';

/** The Pulumi project name: stack config keys are `kubeship:<key>`. */
export const PROJECT = 'kubeship';

/**
 * Secret config keys (set with `pulumi config set --secret`). Their values never enter a stack file
 * in clear text; the cdk8s app does not need them (the YAML references Secrets by name).
 */
export const SECRET_KEYS = {
  /** Grafana's admin password; without it Grafana reads the existing Secret `grafana-admin`. */
  grafanaAdminPassword: 'Grafana admin password',
  /** Object: key of the receivers Secret -> value (webhook URLs, routing keys, SMTP password). */
  receiverCredentials: 'Alertmanager receiver credentials',
  /** Object: key of `argo-rollouts-notification-secret` -> value (Slack token, Teams URLs, PagerDuty keys). */
  eventCredentials: 'deployment-event credentials',
  /** Array of E.164 numbers subscribed to the SMS topic. */
  smsNumbers: 'SMS phone numbers',
} as const;

/** Key names of the secret config maps a stack file shows (set with `--path`). */
export type SecretMapKeys = Partial<Record<'receiverCredentials' | 'eventCredentials', string[]>>;

/** Key of the Slack bot token in `argo-rollouts-notification-secret`. */
export const EVENT_SLACK_TOKEN_KEY = 'slack-token';

/**
 * Key of the remediation webhook's bearer token in the receivers Secret (Alertmanager sends it,
 * the service checks it): `pulumi config set --secret --path 'receiverCredentials.remediation-webhook-token' "$(openssl rand -hex 32)"`.
 */
export const REMEDIATION_TOKEN_KEY = 'remediation-webhook-token';

/** Key of a Teams webhook URL of deployment events. */
export const eventTeamsKey = (name: string) => `teams-${name}-url`;

/** Key of a PagerDuty service key of deployment events. */
export const eventPagerDutyKey = (name: string) => `pagerduty-${name}-key`;

/** Key of the audit webhook's URL of deployment events. */
export const eventAuditKey = (webhook: string) => `${webhook}-url`;

/** One credential key a stack config refers to, and where (a path under `kubeship:`). */
export interface CredentialReference {
  readonly map: keyof SecretMapKeys;
  readonly path: string;
  readonly key: string;
}

/** Every credential key the (raw) config refers to; read defensively, so it runs beside schema errors. */
export function credentialReferences(config: Record<string, unknown>): CredentialReference[] {
  const refs: CredentialReference[] = [];
  const obj = (v: unknown): JsonObject => (v && typeof v === 'object' && !Array.isArray(v) ? (v as JsonObject) : {});
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const notifications = obj(config.notifications);
  const channelRefs = (c: unknown, path: string) => {
    for (const [type, settings] of Object.entries(obj(c))) {
      const key = obj(settings).credential;
      if (typeof key === 'string') {
        refs.push({ map: 'receiverCredentials', path: `${path}.${type}.credential`, key });
      }
    }
  };
  if (config.notifications !== undefined && notifications.enabled !== false) {
    list(notifications.roles).forEach((r, i) =>
      list(obj(r).channels).forEach((c, j) => channelRefs(c, `notifications.roles[${i}].channels[${j}]`)),
    );
    channelRefs(notifications.deadMansSwitch, 'notifications.deadMansSwitch');
  }
  if (config.remediation !== undefined && obj(config.remediation).enabled !== false) {
    refs.push({ map: 'receiverCredentials', path: 'remediation', key: REMEDIATION_TOKEN_KEY });
  }
  const events = obj(config.deploymentEvents);
  if (config.deploymentEvents !== undefined && events.enabled !== false) {
    list(events.roles).forEach((r, i) =>
      list(obj(r).notify).forEach((t, j) => {
        const target = obj(t);
        const path = `deploymentEvents.roles[${i}].notify[${j}]`;
        if (typeof target.slack === 'string') {
          refs.push({ map: 'eventCredentials', path: `${path}.slack`, key: EVENT_SLACK_TOKEN_KEY });
        }
        if (typeof target.teams === 'string') {
          refs.push({ map: 'eventCredentials', path: `${path}.teams`, key: eventTeamsKey(target.teams) });
        }
        if (typeof target.pagerDuty === 'string') {
          refs.push({ map: 'eventCredentials', path: `${path}.pagerDuty`, key: eventPagerDutyKey(target.pagerDuty) });
        }
      }),
    );
    const audit = obj(events.audit);
    if (events.audit !== undefined && audit.enabled !== false) {
      refs.push({
        map: 'eventCredentials',
        path: 'deploymentEvents.audit',
        key: eventAuditKey(typeof audit.webhook === 'string' ? audit.webhook : 'deployment-audit'),
      });
    }
  }
  return refs;
}

/**
 * Credential keys referred to but missing from the file's encrypted maps: the Secret Pulumi
 * creates from the map would lack them, and the mounted file (or env var) would not exist.
 * A map encrypted as one value, or absent (the Secret is made elsewhere), is not checked.
 */
export function missingCredentialProblems(config: Record<string, unknown>, secretMapKeys: SecretMapKeys): Problem[] {
  return credentialReferences(config).flatMap((ref) => {
    const present = secretMapKeys[ref.map];
    if (!present || present.includes(ref.key)) {
      return [];
    }
    const near = present.filter((k) => editDistance(k, ref.key) <= 3);
    return [
      {
        path: `${PROJECT}:${ref.path}`,
        value: ref.key,
        allowed: `a key of ${PROJECT}:${ref.map} in this file (${present.length ? present.join(', ') : 'none'})`,
        fix: near.length
          ? `did you mean "${near[0]}"? Make the two names the same`
          : `add it: pulumi config set --secret --path '${ref.map}.${ref.key}' <value>`,
      },
    ];
  });
}

/** The Levenshtein distance of two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
