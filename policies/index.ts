/**
 * The kubeship PolicyPack: `pulumi preview --stack <env> --policy-pack policies`.
 *
 * Pulumi starts the pack with the stack's config and name, so the levels come from the same stack
 * config as the program: `kubeship:policyEnforcement` (advisory or mandatory), per-rule
 * `kubeship:policyOverrides`, and `kubeship:environment` (else the stack name; production rules
 * apply to prod/production). `--policy-pack-config` can still override any rule's level.
 * Constructing a PolicyPack starts the policy server: tests import the rules, never this file
 * (except with @pulumi/policy mocked).
 */
import * as pulumi from '@pulumi/pulumi';
import { PolicyPack } from '@pulumi/policy';
import { policyOptionsFromConfig } from '../constructs/policy';
import { kubeshipPolicies } from '../constructs/policy/pulumi';

const config = new pulumi.Config('kubeship');

new PolicyPack('kubeship', {
  description: 'kubeship: secure, observable, progressively delivered Kubernetes workloads',
  policies: kubeshipPolicies(policyOptionsFromConfig((key) => config.get(key), pulumi.getStack())),
});
