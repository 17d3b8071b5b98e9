/**
 * From a validated stack config to construct props: a pure function both doors call, so
 * `npm run synth` (cdk8s) and `pulumi up` (Pulumi) build the same objects for an environment.
 */
import {
  ALL_DEPLOYMENT_EVENTS,
  AnalysisGate,
  CanaryStep,
  Channel,
  Channels,
  DeliveryStrategy,
  DeploymentEventsOptions,
  EventServices,
  EventTarget,
  autodiscoveryAnnotations,
  BackupScheduleProps,
  DatadogMonitorsProps,
  MonitoringStackProps,
  NetworkPolicyOptions,
  NotificationOptions,
  ScalingMetric,
  ScalingRules,
  TrafficRouting,
  WorkloadProps,
} from '../constructs';
import { formatDuration, iamRoleArn, snsTopicArn } from '../constructs/config';
import { TimingBudgets, timingBudgetsOf } from '../constructs/policy';
import { APP_CATALOG, AppName } from './apps';
import { AppSettings, Channel as ChannelConfig, Gate, resourceRangeOf, ScalingRulesConfig, StackConfig, Strategy } from './config';
import { EVENT_SLACK_TOKEN_KEY, eventAuditKey, eventPagerDutyKey, eventTeamsKey, REMEDIATION_TOKEN_KEY } from './config-keys';

export { EVENT_SLACK_TOKEN_KEY };

/** The Alertmanager's ServiceAccount when it publishes to SNS (IRSA). */
export const SNS_SERVICE_ACCOUNT = 'alertmanager-sns';
/** The Secret the Grafana admin credentials come from when no password is in secret config. */
export const GRAFANA_ADMIN_SECRET = 'grafana-admin';

/** The SNS topic for SMS alerts, as both doors name it. */
export interface SmsPlan {
  readonly region: string;
  readonly topicName: string;
  readonly roleName: string;
  /** The ARN the topic gets (`arn:aws:sns:<region>:<account>:<topic>`). */
  readonly topicArn: string;
  readonly roleArn: string;
  readonly serviceAccountName: string;
  readonly oidcProviderArn: string;
  readonly oidcProviderUrl: string;
}

/** Everything one environment deploys, as construct props. */
export interface EnvironmentPlan {
  readonly environment: string;
  readonly namespace: string;
  readonly monitoringNamespace: string;
  /** The Namespaces this environment creates (empty with `createNamespaces: false`). */
  readonly namespaces: string[];
  readonly policyEnforcement: 'advisory' | 'mandatory';
  /** Per-rule levels that win over `policyEnforcement`. */
  readonly policyOverrides?: StackConfig['policyOverrides'];
  readonly installPrometheusOperator: boolean;
  /** The monitoring stack (undefined when monitoring is disabled); Grafana reads `grafana-admin`. */
  readonly monitoring?: MonitoringStackProps;
  /** Deployment events (undefined when disabled). */
  readonly deploymentEvents?: DeploymentEventsOptions;
  /** Keys `argo-rollouts-notification-secret` must hold for the event services. */
  readonly eventCredentialKeys: string[];
  /** Keys the receivers Secret must hold, by Secret name. */
  readonly receiverCredentialKeys: Record<string, string[]>;
  /** Delivery timing budgets of the environment, in seconds (policy rule delivery-timing-budget). */
  readonly timingBudgets: TimingBudgets;
  /** Apps by name; the doors add `monitoring` and `deploymentEvents`. */
  readonly apps: Record<string, WorkloadProps>;
  /** Apps that send deployment events (the ones on a Rollout). */
  readonly eventApps: string[];
  readonly sms?: SmsPlan;
  /**
   * The Velero backup schedule (undefined when backups are off); the doors add `monitoring` (the
   * stack and `alertAfter`) when the environment is monitored.
   */
  readonly backup?: Omit<BackupScheduleProps, 'monitoring'> & { readonly alertAfter?: string };
  /** The Datadog monitors (undefined when Datadog is off); the apps then carry Autodiscovery annotations. */
  readonly datadog?: DatadogMonitorsProps;
}

/** Options of `planEnvironment`. */
export interface PlanOptions {
  /** The environment's name when the config sets none (the stack name). */
  readonly stack: string;
  /** The SMS channel to use instead of one built from `sms` (the Pulumi door passes `SnsAlerting.channel()`). */
  readonly smsChannel?: Channel;
}

/** The Namespaces an environment creates: its apps' and, with monitoring, the monitoring one. */
export function environmentNamespaces(config: StackConfig): string[] {
  return config.createNamespaces
    ? [...new Set([config.namespace, ...(config.monitoring.enabled ? [config.monitoringNamespace] : [])])]
    : [];
}

export function planEnvironment(config: StackConfig, options: PlanOptions): EnvironmentPlan {
  const environment = config.environment ?? options.stack;
  const sms = config.sms && {
    region: config.sms.region,
    topicName: config.sms.topicName,
    roleName: config.sms.roleName,
    topicArn: snsTopicArn(config.sms.region, config.sms.accountId, config.sms.topicName),
    roleArn: iamRoleArn(config.sms.accountId, config.sms.roleName),
    serviceAccountName: SNS_SERVICE_ACCOUNT,
    oidcProviderArn: config.sms.oidcProviderArn,
    oidcProviderUrl: config.sms.oidcProviderUrl,
  };
  const notifications = config.notifications?.enabled ? config.notifications : undefined;
  const remediation = config.remediation?.enabled ? config.remediation : undefined;
  const channel = (c: ChannelConfig): Channel =>
    channelOf(
      c,
      notifications?.credentialsSecret ?? '',
      options.smsChannel ?? (sms && Channels.sns({ region: sms.region, topicArn: sms.topicArn })),
    );

  const isolation: NetworkPolicyOptions | false =
    config.networkPolicy?.enabled === false
      ? false
      : {
          ingressController: config.networkPolicy?.ingressController,
          // with Datadog, its node Agent scrapes the apps' metrics port too
          allowFrom: config.datadog?.enabled
            ? [
                ...(config.networkPolicy?.allowFrom ?? []),
                { namespace: config.datadog.agent.namespace, podLabels: config.datadog.agent.podLabels },
              ]
            : config.networkPolicy?.allowFrom,
          allowTo: config.networkPolicy?.allowTo,
        };
  const dd = config.datadog?.enabled ? config.datadog : undefined;
  const apps = Object.fromEntries(
    Object.entries(config.apps).map(([name, settings]) => {
      const props = workloadOf(name as AppName, { ...config.workloadDefaults, ...settings }, config.debug);
      const port = props.ports?.[0]?.containerPort;
      // Datadog's Agent scrapes the same /metrics as Prometheus (OpenMetrics check), tagged like the monitors read them
      const podAnnotations =
        dd && port !== undefined
          ? autodiscoveryAnnotations({
              container: name,
              port,
              namespace: dd.metricNamespace,
              tags: [`service:${name}`, `env:${environment}`],
            })
          : undefined;
      return [name, { ...props, networkPolicy: isolation, ...(podAnnotations ? { podAnnotations } : {}) }];
    }),
  );
  const backup = config.backup?.enabled ? config.backup : undefined;
  const monitoring: MonitoringStackProps | undefined = config.monitoring.enabled
    ? {
        namespace: config.monitoringNamespace,
        environment,
        prometheus: {
          replicas: config.monitoring.prometheus.replicas,
          retention: config.monitoring.prometheus.retention,
          retentionSize: config.monitoring.prometheus.retentionSize,
          storage: config.monitoring.prometheus.storage ? { size: config.monitoring.prometheus.storage } : undefined,
          excludeFromBackup: backup && backup.prometheusVolume === 'exclude' ? true : undefined,
        },
        alertmanager: {
          replicas: config.monitoring.alertmanager.replicas,
          serviceAccountName: sms && notifications?.roles.some((r) => r.channels.some((c) => c.sms)) ? sms.serviceAccountName : undefined,
        },
        grafana: config.monitoring.grafana ? { adminSecret: { name: GRAFANA_ADMIN_SECRET } } : false,
        remediation: remediation && {
          namespaces: [config.namespace],
          dryRun: !remediation.autoRemediate,
          maxAttempts: remediation.maxAttempts,
          cooldown: remediation.cooldown,
          actions: remediation.actions,
          apiServerCidrs: remediation.apiServerCidrs,
          // the bearer token lives beside the receivers' credentials (remediation needs notifications)
          webhookToken: { name: notifications?.credentialsSecret ?? '', key: REMEDIATION_TOKEN_KEY },
        },
        notifications:
          notifications &&
          ({
            roles: notifications.roles.map((r) => ({ name: r.name, severities: r.severities, channels: r.channels.map(channel) })),
            escalations: notifications.escalations,
            maintenanceWindows: notifications.maintenanceWindows,
            deadMansSwitch: notifications.deadMansSwitch && [channel(notifications.deadMansSwitch)],
          } satisfies NotificationOptions),
        // Rollouts only exist where an app is delivered blue-green or canary: elsewhere Argo Rollouts
        // need not be installed, and its missing metrics are no alert
        argoRollouts: Object.values(apps).some((a) => a.strategy?.usesRollout) ? undefined : false,
        prometheusOperator: config.installPrometheusOperator ? undefined : false,
        networkPolicies: isolation && { ingressController: isolation.ingressController },
        // Velero's server scraped for the backup alerts
        velero: backup ? { namespace: backup.veleroNamespace } : undefined,
      }
    : undefined;

  const eventApps = Object.keys(apps).filter((name) => apps[name].strategy?.usesRollout);
  const events =
    config.deploymentEvents?.enabled && eventApps.length
      ? deploymentEventsOf(config.deploymentEvents, environment, config.argoRolloutsVersion)
      : undefined;

  return {
    environment,
    namespace: config.namespace,
    monitoringNamespace: config.monitoringNamespace,
    namespaces: environmentNamespaces(config),
    policyEnforcement: config.policyEnforcement,
    policyOverrides: config.policyOverrides,
    timingBudgets: timingBudgetsOf(config.timingBudgets),
    installPrometheusOperator: config.installPrometheusOperator,
    monitoring,
    deploymentEvents: events?.options,
    eventCredentialKeys: events?.keys ?? [],
    receiverCredentialKeys: notifications
      ? {
          [notifications.credentialsSecret]: [
            ...credentialKeys([
              ...notifications.roles.flatMap((r) => r.channels),
              ...(notifications.deadMansSwitch ? [notifications.deadMansSwitch] : []),
            ]),
            ...(remediation ? [REMEDIATION_TOKEN_KEY] : []),
          ].sort(),
        }
      : {},
    apps,
    eventApps: events ? eventApps : [],
    sms,
    datadog: dd && {
      environment,
      namespace: dd.monitorNamespace ?? config.namespace,
      appNamespaces: [config.namespace],
      metricNamespace: dd.metricNamespace,
      // every app is watched as the Prometheus service alerts watch it
      services: Object.keys(apps).map((service) => ({ service, namespace: config.namespace })),
      roles: Object.entries(dd.handles).map(([role, handles]) => ({
        name: role,
        handles,
        severities: notifications?.roles.find((r) => r.name === role)?.severities,
      })),
    },
    backup: backup && {
      name: `kubeship-${environment}`,
      veleroNamespace: backup.veleroNamespace,
      schedule: backup.schedule,
      ttl: backup.ttl,
      volumes: backup.volumes,
      storageLocation: backup.storageLocation,
      namespaces: backup.namespaces ?? [...new Set([config.namespace, ...(config.monitoring.enabled ? [config.monitoringNamespace] : [])])],
      alertAfter: backup.alertAfter,
    },
  };
}

function workloadOf(name: AppName, settings: AppSettings, debug: boolean): WorkloadProps {
  const { description, ...shape } = APP_CATALOG[name] as (typeof APP_CATALOG)[AppName] & { env?: WorkloadProps['env'] };
  void description;
  const autoscaling = settings.autoscaling || undefined;
  return {
    ...shape,
    image: settings.image!,
    env: { LOG_LEVEL: debug ? 'debug' : 'info', ...shape.env },
    replicas: autoscaling ? undefined : (settings.replicas ?? 1),
    resources: settings.resources && { cpu: resourceRangeOf(settings.resources.cpu), memory: resourceRangeOf(settings.resources.memory) },
    strategy: settings.strategy && strategyOf(settings.strategy),
    emergency: settings.emergency === undefined ? undefined : { reason: settings.emergency },
    autoscaling: autoscaling && {
      minReplicas: settings.replicas ?? 1,
      maxReplicas: autoscaling.maxReplicas,
      metrics: autoscaling.cpuUtilization ? [ScalingMetric.cpuUtilization(autoscaling.cpuUtilization)] : undefined,
      scaleUp: scalingRulesOf(autoscaling.scaleUp),
      scaleDown: scalingRulesOf(autoscaling.scaleDown),
    },
  };
}

function gateOf(gate: Gate): AnalysisGate {
  if (gate.smokeTest) {
    return AnalysisGate.smokeTest(gate.smokeTest);
  }
  return gate.successRate ? AnalysisGate.successRate(gate.successRate) : AnalysisGate.latency(gate.latency!);
}

/** Scaling rules of a stack config (spans in whole seconds) as props (typed spans). */
function scalingRulesOf(rules: ScalingRulesConfig | undefined): ScalingRules | undefined {
  return (
    rules && {
      stabilizationWindow: secondsSpan(rules.stabilizationWindowSeconds),
      ...(rules.selectPolicy ? { selectPolicy: rules.selectPolicy } : {}),
      policies: rules.policies?.map((p) => ({ type: p.type, value: p.value, period: secondsSpan(p.periodSeconds) })),
    }
  );
}

/** A stack config's whole seconds as a span (`120` -> `"2m"`). */
function secondsSpan(seconds: number | undefined): string | undefined {
  return seconds === undefined ? undefined : formatDuration(seconds);
}

function strategyOf(strategy: Strategy): DeliveryStrategy {
  switch (strategy.type) {
    case 'rolling':
      return DeliveryStrategy.rolling({ maxSurge: strategy.maxSurge, maxUnavailable: strategy.maxUnavailable });
    case 'blueGreen':
      return DeliveryStrategy.blueGreen({
        autoPromotionAfter: secondsSpan(strategy.autoPromotionSeconds),
        scaleDownDelay: secondsSpan(strategy.scaleDownDelaySeconds),
        prePromotionAnalysis: strategy.prePromotionAnalysis?.map(gateOf),
        postPromotionAnalysis: strategy.postPromotionAnalysis?.map(gateOf),
      });
    case 'canary':
      return DeliveryStrategy.canary({
        steps: strategy.steps?.map((s) =>
          s.setWeight !== undefined
            ? CanaryStep.setWeight(s.setWeight)
            : s.analysis
              ? CanaryStep.analysis(...s.analysis.map(gateOf))
              : CanaryStep.pause(typeof s.pause === 'string' ? s.pause : undefined),
        ),
        analysis: strategy.analysis && { gates: strategy.analysis.gates.map(gateOf), startingStep: strategy.analysis.startingStep },
        trafficRouting: strategy.nginx && TrafficRouting.nginx(strategy.nginx),
      });
  }
}

function channelOf(c: ChannelConfig, secret: string, sms: Channel | undefined): Channel {
  const ref = (key: string) => ({ name: secret, key });
  if (c.slack) {
    return Channels.slack({ channel: c.slack.channel, webhookUrl: ref(c.slack.credential) });
  }
  if (c.teams) {
    return Channels.teams({ webhookUrl: ref(c.teams.credential) });
  }
  if (c.pagerDuty) {
    return Channels.pagerDuty({ routingKey: ref(c.pagerDuty.credential), url: c.pagerDuty.url });
  }
  if (c.email) {
    const { credential, ...email } = c.email;
    return Channels.email({ ...email, password: credential ? ref(credential) : undefined });
  }
  if (c.webhook) {
    return Channels.webhook({ url: ref(c.webhook.credential) });
  }
  return sms!; // the schema allows an sms channel only with `sms` set
}

function credentialKeys(channels: ChannelConfig[]): string[] {
  const keys = channels.map(
    (c) => c.slack?.credential ?? c.teams?.credential ?? c.pagerDuty?.credential ?? c.email?.credential ?? c.webhook?.credential,
  );
  return [...new Set(keys.filter((k): k is string => k !== undefined))].sort();
}

/** Argo Rollouts notification services; credentials: `slack-token`, `teams-<name>-url`, `pagerduty-<name>-key`. */
function deploymentEventsOf(
  config: NonNullable<StackConfig['deploymentEvents']>,
  environment: string,
  argoRolloutsVersion: string | undefined,
): { options: DeploymentEventsOptions; keys: string[] } {
  const targets = config.roles.flatMap((r) => r.notify);
  const names = (pick: (t: (typeof targets)[number]) => string | undefined) =>
    [...new Set(targets.map(pick).filter((n): n is string => !!n))].sort();
  const teams = Object.fromEntries(names((t) => t.teams).map((n) => [n, eventTeamsKey(n)]));
  const pagerDuty = Object.fromEntries(names((t) => t.pagerDuty).map((n) => [n, eventPagerDutyKey(n)]));
  const services = {
    slack: EventServices.slack({ tokenKey: EVENT_SLACK_TOKEN_KEY }),
    teams: EventServices.teams({ webhooks: teams }),
    pagerDuty: EventServices.pagerDuty({ serviceKeys: pagerDuty }),
  };
  const target = (t: (typeof targets)[number]): EventTarget =>
    t.slack ? services.slack.to(t.slack) : t.teams ? services.teams.to(t.teams) : services.pagerDuty.to(t.pagerDuty!);
  const audit = config.audit?.enabled
    ? { webhook: { name: config.audit.webhook, urlKey: eventAuditKey(config.audit.webhook) } }
    : undefined;
  return {
    options: {
      environment,
      argoRolloutsVersion,
      roles: config.roles.map((r) => ({
        name: r.name,
        events: r.events === 'all' ? ALL_DEPLOYMENT_EVENTS : r.events,
        notify: r.notify.map(target),
      })),
      ...(audit ? { audit } : {}),
    },
    keys: [
      ...(names((t) => t.slack).length ? [EVENT_SLACK_TOKEN_KEY] : []),
      ...Object.values(teams),
      ...Object.values(pagerDuty),
      ...(audit ? [audit.webhook.urlKey] : []),
    ].sort(),
  };
}
