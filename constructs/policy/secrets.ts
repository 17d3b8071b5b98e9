/**
 * What a secret looks like when it is written where it should not be: in a ConfigMap, in a
 * container's literal `env` value, or inline in an Alertmanager configuration instead of a `*_file`.
 */

/**
 * Values that are credentials whatever key holds them. Every pattern runs in linear time on any
 * input: each starts at a literal or at the start of a token (a lookbehind refuses starts inside
 * one), and every repetition that something must follow is bounded, so no start can rescan what
 * another start scanned (a 1 MiB value is scanned in milliseconds; see `MAX_SCANNED_LENGTH`).
 */
const SECRET_VALUES: ReadonlyArray<[string, RegExp]> = [
  ['a Slack webhook URL', /https:\/\/hooks\.slack\.com\/(services|workflows)\/[A-Za-z0-9/_-]{10,}/],
  ['a Slack token', /\bxox[abposr]-[0-9A-Za-z-]{10,}/],
  [
    'a Microsoft Teams / Power Automate webhook URL',
    /https:\/\/[A-Za-z0-9.-]{0,253}\.(webhook\.office\.com|logic\.azure\.com|api\.powerplatform\.com)(?![A-Za-z0-9-])/,
  ],
  ['an AWS access key id', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['a private key', /-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----/],
  ['a GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/],
  ['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['a JSON web token', /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,1024}\.[A-Za-z0-9_-]{10,8192}\.[A-Za-z0-9_-]{10}/],
  ['a URL with a password', /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/[^\s/:@"']{1,256}:[^\s/@"']{1,256}@[^\s"']/i],
];

/**
 * The longest value scanned for credentials: a ConfigMap or Secret holds at most 1 MiB. A longer
 * value is reported as too long to scan rather than passed unread.
 */
export const MAX_SCANNED_LENGTH = 1024 * 1024;

/** Names of keys and variables that hold credentials. */
const SECRET_NAME =
  /(pass(word|wd)?|secret|token|api[-_]?key|private[-_]?key|credential|routing[-_]?key|service[-_]?key|access[-_]?key|auth[-_]?key)/i;
/** Names that only point at a credential (a file, a Secret, a key name), never hold one. */
const REFERENCE_NAME = /(_file|file|_path|path|_ref|ref|secret_?name|_key_name|_url_env)$/i;

/** What credential a value looks like, or `undefined`; a value too long to scan says so. */
export function secretValueKind(value: string): string | undefined {
  if (value.length > MAX_SCANNED_LENGTH) {
    return `a value too long to scan for credentials (${value.length} characters; at most ${MAX_SCANNED_LENGTH} are scanned)`;
  }
  return SECRET_VALUES.find(([, pattern]) => pattern.test(value))?.[0];
}

/**
 * Why a named literal looks like a credential (`DB_PASSWORD=hunter2`), or `undefined`.
 * References (`$slack-token`, `{{ .Values.x }}`, `/run/secrets/x`), numbers and booleans pass.
 */
export function secretLiteral(name: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  const kind = secretValueKind(value);
  if (kind) {
    return `holds ${kind}`;
  }
  const trimmed = value.trim();
  if (
    SECRET_NAME.test(name) &&
    !REFERENCE_NAME.test(name) &&
    !/^(\$[\w.-]+|\$\{[^}]+\}|\{\{.*\}\}|\/\S*|-?\d+(\.\d+)?|true|false|yes|no|null)$/i.test(trimmed)
  ) {
    return `is named like a credential (${name}) and holds a literal value`;
  }
  return undefined;
}

/** A line of a text that holds a credential. */
export interface SecretLine {
  /** The line number, from 1. */
  readonly line: number;
  /** What it holds (never the value). */
  readonly reason: string;
}

/** Lines `key: value` / `key = value` of a text (YAML, INI, properties) whose literal looks secret. */
export function secretLinesIn(text: string): SecretLine[] {
  if (text.length > MAX_SCANNED_LENGTH) {
    return [{ line: 1, reason: `holds ${secretValueKind(text)}` }];
  }
  const found: Array<{ line: number; reason: string }> = [];
  text.split('\n').forEach((line, index) => {
    // the key by a linear pattern, the value cut in code (a lazy value before optional quotes and
    // trailing blanks made the old pattern quadratic on long blank runs)
    const pair = /^\s*-?\s*["']?([A-Za-z0-9_.-]+)["']?\s*[:=]/.exec(line);
    const value = pair ? literalOf(line.slice(pair[0].length)) : undefined;
    const kind = pair && value !== undefined ? undefined : secretValueKind(line);
    const reason = pair && value !== undefined ? secretLiteral(pair[1], value) : kind && `holds ${kind}`;
    if (reason) {
      found.push({ line: index + 1, reason });
    }
  });
  return found;
}

/** The literal of `key: value` after the separator: trimmed, unquoted, a `#` comment cut; none for an empty or quote-bearing value. */
function literalOf(rest: string): string | undefined {
  let value = rest.trim();
  if (/^["']/.test(value)) {
    value = value.slice(1);
  }
  if (/["']$/.test(value)) {
    value = value.slice(0, -1);
  }
  const comment = value.indexOf('#');
  value = (comment >= 0 ? value.slice(0, comment) : value).trim();
  return value === '' || /["']/.test(value) ? undefined : value;
}

/**
 * Alertmanager fields that hold a credential and have a `*_file` twin, by the list or block they sit
 * in (`slack_configs[].api_url` -> `api_url_file`). Alertmanager 0.28 names.
 */
const ALERTMANAGER_SECRET_FIELDS: Record<string, readonly string[]> = {
  global: [
    'slack_api_url',
    'opsgenie_api_key',
    'victorops_api_key',
    'smtp_auth_password',
    'smtp_auth_secret',
    'wechat_api_secret',
    'telegram_bot_token',
    'rocketchat_token',
    'rocketchat_token_id',
  ],
  slack_configs: ['api_url'],
  pagerduty_configs: ['routing_key', 'service_key'],
  opsgenie_configs: ['api_key'],
  victorops_configs: ['api_key'],
  email_configs: ['auth_password', 'auth_secret'],
  webhook_configs: ['url'],
  msteams_configs: ['webhook_url'],
  msteamsv2_configs: ['webhook_url'],
  discord_configs: ['webhook_url'],
  telegram_configs: ['bot_token'],
  pushover_configs: ['user_key', 'token'],
  wechat_configs: ['api_secret'],
  rocketchat_configs: ['token', 'token_id'],
  basic_auth: ['password'],
  authorization: ['credentials'],
  http_config: ['bearer_token'],
  oauth2: ['client_secret'],
  sigv4: ['secret_key', 'access_key'],
};

/**
 * A webhook URL that names a Service inside the cluster (`http://svc.ns.svc:8080/path`) with no
 * user info or query: an address, not a credential (a receiver such as the remediation service
 * is protected by NetworkPolicy, not by a secret URL).
 */
export function isInClusterServiceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    const host = url.hostname;
    return (
      !url.username &&
      !url.password &&
      !url.search &&
      (/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)?\.svc(\.cluster\.local)?$/.test(host) ||
        /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(host))
    );
  } catch {
    return false;
  }
}

/** A credential written into an Alertmanager configuration instead of read from a file. */
export interface InlineSecret {
  /** Where, e.g. `receivers[0].slack_configs[0].api_url`. */
  readonly path: string;
  /** The field to use instead (e.g. `api_url_file`). */
  readonly fix: string;
}

/**
 * Credentials written inline in an Alertmanager configuration: each with its path and the `*_file`
 * field to use instead (or, for SNS keys, the IAM role to use).
 */
export function inlineAlertmanagerSecrets(config: unknown): InlineSecret[] {
  const found: InlineSecret[] = [];
  const walk = (node: unknown, path: string, block: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, `${path}[${i}]`, block));
      return;
    }
    if (!node || typeof node !== 'object') {
      if (typeof node === 'string' && secretValueKind(node)) {
        found.push({ path, fix: `move ${secretValueKind(node)} into a Secret mounted by the Alertmanager and point a *_file field at it` });
      }
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      const at = path ? `${path}.${key}` : key;
      const inCluster = block === 'webhook_configs' && key === 'url' && typeof value === 'string' && isInClusterServiceUrl(value);
      if (typeof value === 'string' && value !== '' && ALERTMANAGER_SECRET_FIELDS[block]?.includes(key) && !inCluster) {
        found.push({
          path: at,
          fix:
            block === 'sigv4'
              ? 'drop the static AWS key and give the Alertmanager an IAM role (IRSA)'
              : `use ${key}_file with the key mounted from a Secret`,
        });
      } else {
        walk(value, at, key);
      }
    }
  };
  walk(config, '', '');
  return found;
}
