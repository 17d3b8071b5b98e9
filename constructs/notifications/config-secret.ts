import { k8s } from 'cdk8s-plus-27';
import { Construct } from 'constructs';
import { isDnsLabel } from '../core/names';
import { Problems } from '../core/problems';
import { MANAGED_BY_LABELS } from '../core/checks';
import { AlertmanagerConfigProps, alertmanagerConfigFiles, credentialSecretNames, validateAlertmanagerConfig } from './config';

/** Props of `AlertmanagerConfigSecret`. */
export interface AlertmanagerConfigSecretProps extends AlertmanagerConfigProps {
  /** Secret name; the operator reads `alertmanager-<Alertmanager name>` unless the CR's `configSecret` says otherwise. */
  readonly name: string;
  /** @default - the chart's namespace */
  readonly namespace?: string;
}

/**
 * The Secret an Alertmanager (Prometheus Operator) reads its native configuration from:
 * `alertmanager.yaml` plus `kubeship.tmpl`, both mounted at `/etc/alertmanager/config`. It holds no
 * credential: channels read those through `*_file` paths from the Secrets listed in
 * `credentialSecrets`, which the Alertmanager CR must mount (`spec.secrets`); `MonitoringStack`
 * does this for you.
 */
export class AlertmanagerConfigSecret extends Construct {
  /** The Secrets holding the channels' credentials, to mount with `spec.secrets`. */
  public readonly credentialSecrets: string[];
  /** The Secret's name. */
  public readonly name: string;

  constructor(scope: Construct, id: string, props: AlertmanagerConfigSecretProps) {
    super(scope, id);
    this.name = props.name;
    const problems = Problems.root();
    problems.check(
      isDnsLabel(props.name, 253),
      'name',
      props.name,
      'a Secret name (lowercase DNS name)',
      'use alertmanager-<Alertmanager name>',
    );
    validateAlertmanagerConfig(props, problems);
    this.node.addValidation({ validate: () => problems.messages() });
    this.credentialSecrets = problems.isEmpty ? credentialSecretNames(props) : [];
    if (!problems.isEmpty) {
      return;
    }
    new k8s.KubeSecret(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...MANAGED_BY_LABELS } },
      type: 'Opaque',
      stringData: alertmanagerConfigFiles(props),
    });
  }
}
