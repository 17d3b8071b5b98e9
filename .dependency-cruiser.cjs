/**
 * The layers of the library, enforced (`npm run lint:deps`, part of `npm test`). Dependencies point
 * one way only:
 *
 *   core/ (+ imports/, the generated CRD bindings)    names, quantities, durations, problems, image
 *                                                     references, exemptions, pod hardening, versions
 *   notifications/, scaling/                          domain constructs on core
 *   monitoring/ (all but stack*.ts)                   may use notifications/
 *   remediation/, backup/, datadog/                   may use monitoring/ and notifications/
 *     remediation/runtime/                            the service itself: Node and core/problems.ts only
 *   monitoring/stack*.ts, delivery/                   the compositions: MonitoringStack (props, validation, parts), Workload
 *   pulumi/, aws/, config/, testing/, index.ts        front doors and entry points
 *   policy/                                           a tool over rendered objects: core/ only
 *
 * and nothing in the library reaches the app around it (stacks/, policies/, test/, bench/).
 * The stacks use the library through its entry points only.
 */
const DOMAIN = '^constructs/(notifications|scaling|monitoring|remediation|backup|datadog|delivery)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: split the shared part into the lower layer (usually core/).',
      from: { path: '^(constructs|stacks|policies)/' },
      to: { circular: true },
    },
    {
      name: 'core-is-the-base',
      severity: 'error',
      comment: 'core/ is the lowest layer: it may use only itself and the generated CRD bindings.',
      from: { path: '^constructs/core/' },
      to: { path: '^constructs/', pathNot: '^constructs/(core|imports)/' },
    },
    {
      name: 'policy-reads-rendered-objects',
      severity: 'error',
      comment: 'The policy rules judge rendered objects: they may use core/ only, never the constructs that render them.',
      from: { path: '^constructs/policy/' },
      to: { path: '^constructs/', pathNot: '^constructs/(core|policy)/' },
    },
    {
      name: 'domains-do-not-reach-up',
      severity: 'error',
      comment: 'A domain construct may not use the front doors, the entry points, the config entry or the policy tool.',
      from: { path: DOMAIN },
      to: { path: '^constructs/(pulumi|aws|policy|config|testing)/|^constructs/index\\.ts$' },
    },
    {
      name: 'lower-domains-stay-lower',
      severity: 'error',
      comment: 'notifications/ and scaling/ sit below monitoring/, remediation/ and the compositions.',
      from: { path: '^constructs/(notifications|scaling)/' },
      to: { path: '^constructs/(monitoring|remediation|backup|datadog|delivery)/' },
    },
    {
      name: 'monitoring-below-remediation',
      severity: 'error',
      comment: 'monitoring/ (except the MonitoringStack composition) sits below remediation/ and delivery/.',
      from: {
        path: '^constructs/monitoring/',
        pathNot: '^constructs/monitoring/stack(-props|-validation|-context|-scrape|-network)?\\.ts$',
      },
      to: {
        path: '^constructs/(remediation|backup|datadog|delivery)/|^constructs/monitoring/stack(-props|-validation|-context|-scrape|-network)?\\.ts$',
      },
    },
    {
      name: 'remediation-below-compositions',
      severity: 'error',
      comment: 'remediation/ is composed by the MonitoringStack; it may not use the compositions.',
      from: { path: '^constructs/(remediation|backup|datadog)/' },
      to: { path: '^constructs/delivery/|^constructs/monitoring/stack(-props|-validation|-context|-scrape|-network)?\\.ts$' },
    },
    {
      name: 'remediation-runtime-stands-alone',
      severity: 'error',
      comment:
        'The remediation service is bundled into one file that runs on a stock Node.js image: it may use Node itself, ' +
        'its own modules and core/problems.ts only (scripts/build-runtime.js refuses anything else too).',
      from: { path: '^constructs/remediation/runtime/' },
      to: { pathNot: '^constructs/remediation/runtime/|^constructs/core/problems\\.ts$|^(node:)?(crypto|fs|http|https|net|path)$' },
    },
    {
      name: 'library-not-app',
      severity: 'error',
      comment: 'The library does not depend on the environment stacks, the policy pack, tests or benchmarks around it.',
      from: { path: '^constructs/' },
      to: { path: '^(stacks|policies|test|bench|examples)/' },
    },
    {
      name: 'stacks-through-entry-points',
      severity: 'error',
      comment:
        'The environment stacks use the library as users do: through its entry points (kubeship, kubeship/config, kubeship/policy, ...).',
      from: { path: '^(stacks|policies)/' },
      to: {
        path: '^constructs/',
        pathNot: '^constructs/(index|config/index|testing/index|policy/index|policy/pulumi|pulumi/index|aws/index)\\.ts$',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(lib|dist|node_modules|docs|\\.tools|\\.scratch)/' },
    // type-only imports count too: a circle of types is still a circle of concepts. No tsConfig:
    // its path aliases would make the bare package name "constructs" resolve to our folder
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
