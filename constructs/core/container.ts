import { k8s } from 'cdk8s-plus-27';
import { isDnsLabel } from './names';
import { DurationInput, normalizeSpans, SpanField } from './duration';
import { Problem, Problems } from './problems';
import { byteQuantityProblem, MIN_CONTAINER_MEMORY, parseQuantity, QUANTITY_ALLOWED } from './quantity';

/** The Secret key an environment variable is read from. */
export interface EnvSecretRef {
  /** The Secret's name. */
  readonly name: string;
  /** The key of the Secret. */
  readonly key: string;
  /** Whether the pod starts without it. */
  readonly optional: boolean;
}

/**
 * The value of one environment variable: a literal, or a reference to a Secret, a ConfigMap or a
 * field of the pod. Secrets are only ever referenced (`secretKeyRef`); their values never appear in
 * synthesized output.
 *
 * @example
 * env: {
 *   LOG_LEVEL: 'info',                                   // a plain string is a literal
 *   DATABASE_URL: EnvValue.fromSecret('db', 'url'),       // secretKeyRef
 *   FEATURE_FLAGS: EnvValue.fromConfigMap('flags', 'all'),
 *   POD_NAME: EnvValue.fromField('metadata.name'),
 * }
 */
export class EnvValue {
  /** A literal value. Do not put secrets here: use `fromSecret`. */
  public static fromValue(value: string): EnvValue {
    return new EnvValue({ value });
  }

  /** The value of `key` in the Secret `secretName` (a `secretKeyRef`). */
  public static fromSecret(secretName: string, key: string, options: EnvReferenceOptions = {}): EnvValue {
    return new EnvValue({ valueFrom: { secretKeyRef: { name: secretName, key, optional: options.optional } } });
  }

  /** The value of `key` in the ConfigMap `configMapName` (a `configMapKeyRef`). */
  public static fromConfigMap(configMapName: string, key: string, options: EnvReferenceOptions = {}): EnvValue {
    return new EnvValue({ valueFrom: { configMapKeyRef: { name: configMapName, key, optional: options.optional } } });
  }

  /** A field of the pod, e.g. `metadata.name`, `metadata.namespace`, `status.podIP`. */
  public static fromField(fieldPath: string): EnvValue {
    return new EnvValue({ valueFrom: { fieldRef: { fieldPath } } });
  }

  private constructor(private readonly spec: Omit<k8s.EnvVar, 'name'>) {}

  /** The Secret and key this value is read from, when it is a `fromSecret` value. */
  public get secretKeyRef(): EnvSecretRef | undefined {
    const ref = this.spec.valueFrom?.secretKeyRef;
    return ref ? { name: ref.name!, key: ref.key, optional: ref.optional === true } : undefined;
  }

  /** @internal */
  public _validate(problems: Problems): void {
    const ref = this.spec.valueFrom?.secretKeyRef ?? this.spec.valueFrom?.configMapKeyRef;
    if (ref) {
      const what = this.spec.valueFrom?.secretKeyRef ? 'Secret' : 'ConfigMap';
      problems.check(
        isDnsLabel(ref.name, 253) || /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(ref.name ?? ''),
        'name',
        ref.name,
        `a ${what} name (lowercase DNS subdomain)`,
        `name the existing ${what} that holds the value`,
      );
      problems.check(
        typeof ref.key === 'string' && /^[-._a-zA-Z0-9]+$/.test(ref.key),
        'key',
        ref.key,
        'a key made of letters, digits, "-", "_" and "."',
        `use the key under which the ${what} stores the value`,
      );
    }
    const field = this.spec.valueFrom?.fieldRef;
    if (field) {
      problems.check(
        typeof field.fieldPath === 'string' && field.fieldPath.length > 0,
        'fieldPath',
        field.fieldPath,
        'a pod field path such as "metadata.name"',
        'name the pod field to expose',
      );
    }
    if (this.spec.value !== undefined) {
      problems.check(
        typeof this.spec.value === 'string',
        'value',
        this.spec.value,
        'a string',
        'quote the value (environment variables are strings)',
      );
    }
  }

  /** @internal */
  public _toKube(name: string): k8s.EnvVar {
    return { name, ...this.spec };
  }
}

/** Options for `EnvValue.fromSecret` and `EnvValue.fromConfigMap`. */
export interface EnvReferenceOptions {
  /**
   * Whether the pod may start when the referenced key is missing.
   *
   * @default - not rendered (Kubernetes: false, the key must exist)
   */
  readonly optional?: boolean;
}

/**
 * Timing of a probe. Field names are those of the Kubernetes `Probe`; unset fields are not
 * rendered, so the kubelet applies its defaults.
 */
export interface ProbeOptions {
  /** How long after the container starts the first check runs (`initialDelaySeconds`). @default - not rendered (Kubernetes: 0s) */
  readonly initialDelay?: DurationInput;
  /** @deprecated Use `initialDelay` (the same, in seconds). */
  readonly initialDelaySeconds?: number;
  /** Time between checks (`periodSeconds`). @default - not rendered (Kubernetes: 10s) */
  readonly period?: DurationInput;
  /** @deprecated Use `period` (the same, in seconds). */
  readonly periodSeconds?: number;
  /** How long one check may take (`timeoutSeconds`). @default - not rendered (Kubernetes: 1s) */
  readonly timeout?: DurationInput;
  /** @deprecated Use `timeout` (the same, in seconds). */
  readonly timeoutSeconds?: number;
  /** @default - not rendered (Kubernetes: 3) */
  readonly failureThreshold?: number;
  /**
   * Must be 1 for liveness and startup probes.
   *
   * @default - not rendered (Kubernetes: 1)
   */
  readonly successThreshold?: number;
}

/** Options for probes that reach a port. */
export interface PortProbeOptions extends ProbeOptions {
  /**
   * Port number or port name.
   *
   * @default - the workload's first port
   */
  readonly port?: number | string;
}

/** Options for `Probe.http`. */
export interface HttpProbeOptions extends PortProbeOptions {
  /** @default - not rendered (Kubernetes: HTTP) */
  readonly scheme?: 'HTTP' | 'HTTPS';
}

/** The typed spans of a probe and the Kubernetes `…Seconds` fields they render. */
const PROBE_SPANS: readonly SpanField[] = [
  ['initialDelay', 'initialDelaySeconds'],
  ['period', 'periodSeconds', { min: 1 }],
  ['timeout', 'timeoutSeconds', { min: 1 }],
];

/**
 * How the kubelet checks a container: readiness removes a failing pod from Service endpoints,
 * liveness and startup failures restart the container.
 *
 * @see https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/
 */
export class Probe {
  /** An HTTP GET on `path`; 200-399 is healthy. */
  public static http(path: string, options: HttpProbeOptions = {}): Probe {
    return new Probe('http', options, { path, scheme: options.scheme });
  }

  /** A TCP connection to the port. */
  public static tcp(options: PortProbeOptions = {}): Probe {
    return new Probe('tcp', options, {});
  }

  /** A command run in the container; exit code 0 is healthy. */
  public static exec(command: string[], options: ProbeOptions = {}): Probe {
    return new Probe('exec', options, { command });
  }

  /** The gRPC health-checking protocol on the port. */
  public static grpc(options: PortProbeOptions & { readonly service?: string } = {}): Probe {
    return new Probe('grpc', options, { service: options.service });
  }

  /** The options with the typed spans in seconds. */
  private readonly options: PortProbeOptions;
  /** For each `…Seconds` option given by its typed name, that name. */
  private readonly written: Readonly<Record<string, string>>;
  /** Problems of the typed spans. */
  private readonly spanProblems: readonly Problem[];

  private constructor(
    private readonly kind: 'http' | 'tcp' | 'exec' | 'grpc',
    options: PortProbeOptions,
    private readonly extra: { path?: string; scheme?: string; command?: string[]; service?: string },
  ) {
    const normalized = normalizeSpans(options, PROBE_SPANS);
    this.options = normalized.options;
    this.written = normalized.written;
    this.spanProblems = normalized.problems;
  }

  /** @internal */
  public _validate(problems: Problems, role: 'readiness' | 'liveness' | 'startup', hasPorts: boolean): void {
    const o = this.options;
    problems.addAll(this.spanProblems);
    const positive = (
      field: 'initialDelaySeconds' | 'periodSeconds' | 'timeoutSeconds' | 'failureThreshold' | 'successThreshold',
      min: number,
    ) => {
      const v = o[field];
      // a span given by its typed name had its bounds checked with it
      if (v !== undefined && this.written[field] === undefined) {
        problems.check(Number.isInteger(v) && v >= min, field, v, `a whole number >= ${min}`, `set ${field} to ${min} or more`);
      }
    };
    positive('initialDelaySeconds', 0);
    positive('periodSeconds', 1);
    positive('timeoutSeconds', 1);
    positive('failureThreshold', 1);
    positive('successThreshold', 1);
    if (role !== 'readiness' && o.successThreshold !== undefined && o.successThreshold !== 1) {
      problems.add('successThreshold', o.successThreshold, `1 for a ${role} probe`, 'remove successThreshold or set it to 1');
    }
    if (this.kind === 'http') {
      problems.check(
        typeof this.extra.path === 'string' && this.extra.path.startsWith('/'),
        'path',
        this.extra.path,
        'an absolute HTTP path such as "/healthz"',
        'start the path with "/"',
      );
    }
    if (this.kind === 'exec') {
      problems.check(
        Array.isArray(this.extra.command) && this.extra.command.length > 0,
        'command',
        this.extra.command,
        'a non-empty list of command words',
        'give the command to run, e.g. ["cat", "/tmp/healthy"]',
      );
    }
    if (this.kind === 'grpc' && typeof o.port === 'string') {
      problems.add('port', o.port, 'a port number (gRPC probes cannot use port names)', 'give the port number');
    }
    if (this.kind !== 'exec' && o.port === undefined && !hasPorts) {
      problems.add(
        'port',
        o.port,
        'a port number or name when the workload declares no ports',
        'add the port to the probe or declare it in `ports`',
      );
    }
  }

  /** @internal */
  public _toKube(defaultPort: ResolvedPort | undefined): k8s.Probe {
    const o = this.options;
    const port = o.port ?? (this.kind === 'grpc' ? defaultPort?.containerPort : defaultPort?.name) ?? 0;
    const intOrString = typeof port === 'number' ? k8s.IntOrString.fromNumber(port) : k8s.IntOrString.fromString(port);
    const timing = {
      initialDelaySeconds: o.initialDelaySeconds,
      periodSeconds: o.periodSeconds,
      timeoutSeconds: o.timeoutSeconds,
      failureThreshold: o.failureThreshold,
      successThreshold: o.successThreshold,
    };
    switch (this.kind) {
      case 'http':
        return { ...timing, httpGet: { path: this.extra.path, port: intOrString, scheme: this.extra.scheme } };
      case 'tcp':
        return { ...timing, tcpSocket: { port: intOrString } };
      case 'exec':
        return { ...timing, exec: { command: this.extra.command } };
      case 'grpc':
        return { ...timing, grpc: { port: typeof port === 'number' ? port : 0, service: this.extra.service } };
    }
  }
}

/** One port the container listens on, and how the workload's Services expose it. */
export interface PortProps {
  /** The port the container listens on (1-65535). */
  readonly containerPort: number;
  /**
   * Port name (at most 15 characters, lowercase letters, digits and "-"). Services target it by name.
   *
   * @default - "http" for the first port, "port-<containerPort>" for the others
   */
  readonly name?: string;
  /**
   * The port the Services expose.
   *
   * @default - the container port
   */
  readonly servicePort?: number;
  /** @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

/** A port with every default resolved. */
export interface ResolvedPort {
  /** The port's name (`http` for the first unless named). */
  readonly name: string;
  /** The port the container listens on. */
  readonly containerPort: number;
  /** The port of the Service. */
  readonly servicePort: number;
  /** The protocol. */
  readonly protocol: 'TCP' | 'UDP' | 'SCTP';
}

/** Resolves port names and service ports. */
export function resolvePorts(ports: readonly PortProps[]): ResolvedPort[] {
  return ports.map((p, i) => ({
    name: p.name ?? (i === 0 ? 'http' : `port-${p.containerPort}`),
    containerPort: p.containerPort,
    servicePort: p.servicePort ?? p.containerPort,
    protocol: p.protocol ?? 'TCP',
  }));
}

/** Checks ports: range, names, uniqueness. */
export function validatePorts(ports: readonly PortProps[], problems: Problems): void {
  const resolved = resolvePorts(ports);
  const seenNames = new Set<string>();
  const seenPorts = new Set<string>();
  resolved.forEach((p, i) => {
    const at = problems.at(`[${i}]`);
    const validPort = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 65535;
    at.check(
      validPort(ports[i].containerPort),
      'containerPort',
      ports[i].containerPort,
      'a whole number 1-65535',
      'set the port the container listens on',
    );
    if (ports[i].servicePort !== undefined) {
      at.check(
        validPort(p.servicePort),
        'servicePort',
        ports[i].servicePort,
        'a whole number 1-65535',
        'set the port Services expose, or omit it to use the container port',
      );
    }
    at.check(
      /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(p.name) && p.name.length <= 15 && /[a-z]/.test(p.name),
      'name',
      p.name,
      'at most 15 lowercase letters, digits and "-", with at least one letter',
      'choose a short name such as "http" or "metrics"',
    );
    if (seenNames.has(p.name)) {
      at.add('name', p.name, 'a name not used by another port', 'give each port its own name');
    }
    const key = `${p.servicePort}/${p.protocol}`;
    if (seenPorts.has(key)) {
      at.add(
        'servicePort',
        p.servicePort,
        'a service port not used by another port of the same protocol',
        'give each port its own servicePort',
      );
    }
    seenNames.add(p.name);
    seenPorts.add(key);
  });
}

/** CPU or memory request and limit. */
export interface ResourceRange {
  /** What the scheduler reserves for the container. */
  readonly request?: string;
  /** The most the container may use. */
  readonly limit?: string;
}

/**
 * CPU and memory of the container. Requests and limits are always set: the HPA's utilization
 * metrics are computed against requests, and limits bound a runaway container.
 */
export interface ResourcesProps {
  /** @default { request: '100m', limit: '500m' } */
  readonly cpu?: ResourceRange;
  /** @default { request: '128Mi', limit: '256Mi' } */
  readonly memory?: ResourceRange;
}

/** Default CPU of a workload's container. */
export const DEFAULT_CPU: Required<ResourceRange> = { request: '100m', limit: '500m' };
/** Default memory of a workload's container. */
export const DEFAULT_MEMORY: Required<ResourceRange> = { request: '128Mi', limit: '256Mi' };

/** Fully resolved CPU and memory. */
export interface ResolvedResources {
  /** CPU request and limit. */
  readonly cpu: Required<ResourceRange>;
  /** Memory request and limit. */
  readonly memory: Required<ResourceRange>;
}

/** Resources with each request and limit defaulting independently to `defaults` (a component's own). */
export function withDefaults(defaults: ResolvedResources, given: ResourcesProps | undefined): ResolvedResources {
  return {
    cpu: { ...defaults.cpu, ...definedOnly(given?.cpu) },
    memory: { ...defaults.memory, ...definedOnly(given?.memory) },
  };
}

/** Resolves a workload's resources: each of request and limit defaults independently. */
export function resolveResources(resources: ResourcesProps | undefined): ResolvedResources {
  return withDefaults({ cpu: DEFAULT_CPU, memory: DEFAULT_MEMORY }, resources);
}

/** Checks quantities and that each request is at most its limit. */
export function validateResources(resources: ResourcesProps | undefined, problems: Problems): void {
  const resolved = resolveResources(resources);
  for (const kind of ['cpu', 'memory'] as const) {
    const range = resolved[kind];
    const request = parseQuantity(range.request);
    const limit = parseQuantity(range.limit);
    problems.check(
      request !== undefined && request > 0,
      `${kind}.request`,
      range.request,
      `${QUANTITY_ALLOWED}, greater than 0`,
      `set ${kind}.request to what the container needs`,
    );
    problems.check(
      limit !== undefined && limit > 0,
      `${kind}.limit`,
      range.limit,
      `${QUANTITY_ALLOWED}, greater than 0`,
      `set ${kind}.limit to the most the container may use`,
    );
    if (kind === 'memory') {
      for (const [field, text, value] of [
        ['memory.request', range.request, request],
        ['memory.limit', range.limit, limit],
      ] as const) {
        const wrong = value !== undefined && value > 0 ? byteQuantityProblem(text, MIN_CONTAINER_MEMORY) : undefined;
        if (wrong) {
          problems.add(field, text, wrong.allowed, wrong.fix);
        }
      }
    }
    if (request !== undefined && limit !== undefined && request > limit) {
      problems.add(`${kind}.request`, range.request, `at most the limit (${range.limit})`, `lower ${kind}.request or raise ${kind}.limit`);
    }
  }
}

function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) {
    return {};
  }
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
