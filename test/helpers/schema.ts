import * as fs from 'fs';
import * as path from 'path';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import * as yaml from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Namespace, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';
import { ClusterRole, ClusterRoleBinding, Role, RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { CustomResourceDefinition } from 'kubernetes-models/apiextensions.k8s.io/v1';
import {
  Alertmanager,
  PodMonitor,
  Prometheus,
  PrometheusRule,
  ServiceMonitor,
} from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import { AnalysisTemplate, Rollout } from '@kubernetes-models/argo-rollouts/argoproj.io/v1alpha1';

type Model = new (data: any) => { validate(): void };

/** kubernetes-models classes (Kubernetes 1.x OpenAPI schemas) for built-in kinds. */
const MODELS: Record<string, Model> = {
  'apps/v1/Deployment': Deployment,
  'v1/Service': Service,
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Secret': Secret,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/Ingress': Ingress,
  'argoproj.io/v1alpha1/Rollout': Rollout,
  'argoproj.io/v1alpha1/AnalysisTemplate': AnalysisTemplate,
  'v1/ServiceAccount': ServiceAccount,
  'rbac.authorization.k8s.io/v1/ClusterRole': ClusterRole,
  'apiextensions.k8s.io/v1/CustomResourceDefinition': CustomResourceDefinition,
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': ClusterRoleBinding,
  'rbac.authorization.k8s.io/v1/Role': Role,
  'rbac.authorization.k8s.io/v1/RoleBinding': RoleBinding,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'monitoring.coreos.com/v1/Prometheus': Prometheus,
  'monitoring.coreos.com/v1/Alertmanager': Alertmanager,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor,
  'monitoring.coreos.com/v1/PodMonitor': PodMonitor,
  'monitoring.coreos.com/v1/PrometheusRule': PrometheusRule,
};

/**
 * The upstream CRD schemas, made strict: an object with declared properties rejects unknown ones
 * (the API server would silently prune them, which for us is a bug), int-or-string fields accept
 * both. This catches fields the typed models do not know (they accept anything extra).
 */
const CRD_FILES: Record<string, string> = {
  'argoproj.io/v1alpha1/Rollout': 'rollout-crd.yaml',
  'argoproj.io/v1alpha1/AnalysisTemplate': 'analysis-template-crd.yaml',
  'monitoring.coreos.com/v1/Prometheus': 'prometheuses.yaml',
  'monitoring.coreos.com/v1/Alertmanager': 'alertmanagers.yaml',
  'monitoring.coreos.com/v1/ServiceMonitor': 'servicemonitors.yaml',
  'monitoring.coreos.com/v1/PodMonitor': 'podmonitors.yaml',
  'monitoring.coreos.com/v1/PrometheusRule': 'prometheusrules.yaml',
  'velero.io/v1/Schedule': 'velero-schedules.yaml',
  'datadoghq.com/v1alpha1/DatadogMonitor': 'datadog-monitors.yaml',
};

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
ajv.addFormat('double', { type: 'number', validate: () => true });
const crdValidators = new Map<string, ValidateFunction>();

function strict(schema: any): any {
  if (Array.isArray(schema)) {
    return schema.map(strict);
  }
  if (schema === null || typeof schema !== 'object') {
    return schema;
  }
  const out: any = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, strict(s)])) : strict(v);
  }
  if (typeof out.pattern === 'string' && out.pattern.includes('(?i)')) {
    // Go's inline case-insensitive flag; JavaScript has none: spell each letter as [xX]
    const body = out.pattern.replace('(?i)', '');
    if (body.includes('[')) {
      delete out.pattern;
    } else {
      out.pattern = body.replace(/\\.|[a-zA-Z]/g, (c: string) => (c.length === 1 ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c));
    }
  }
  if (out['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (out.properties && !out['x-kubernetes-preserve-unknown-fields'] && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

function crdValidator(key: string): ValidateFunction | undefined {
  const file = CRD_FILES[key];
  if (!file) {
    return undefined;
  }
  if (!crdValidators.has(key)) {
    const crd = yaml.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'crds', file), 'utf8'));
    const version = crd.spec.versions.find((v: any) => v.served);
    const schema = strict(version.schema.openAPIV3Schema);
    // metadata is validated by the API server itself, not by the CRD schema
    schema.properties.metadata = { type: 'object' };
    crdValidators.set(key, ajv.compile(schema));
  }
  return crdValidators.get(key);
}

/** Throws with every schema violation of `manifest`; returns the number of schemas checked. */
export function validateManifest(manifest: any): number {
  const key = `${manifest.apiVersion}/${manifest.kind}`;
  const model = MODELS[key];
  const crd = crdValidator(key);
  if (!model && !crd) {
    throw new Error(`no schema known for ${key}; add it to test/helpers/schema.ts`);
  }
  // kinds without a kubernetes-models class (Velero) are checked against their CRD alone
  if (model) {
    new model(manifest).validate();
  }
  let checked = model ? 1 : 0;
  if (crd) {
    if (!crd(manifest)) {
      throw new Error(`${key} ${manifest.metadata?.name} violates its CRD schema: ${ajv.errorsText(crd.errors, { separator: '\n' })}`);
    }
    checked += 1;
  }
  return checked;
}

/** Validates every manifest. */
export function validateAll(manifests: any[]): void {
  for (const m of manifests) {
    validateManifest(m);
  }
}
