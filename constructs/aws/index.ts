// AWS parts for Pulumi users (needs @pulumi/aws): SNS topic, subscriptions and IRSA role for SMS/email alerts.
export { SnsAlerting, SnsAlertingArgs, IrsaOptions } from './sns-alerting';
