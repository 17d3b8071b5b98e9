/**
 * The suites that need the tools scripts/install-tools.sh fetches (promtool, amtool, Alertmanager,
 * Prometheus), start real servers and wait on their timers, pack the package, or spawn the CLIs
 * many times. `npm run test:unit` (KUBESHIP_TEST_TIER=unit) leaves them out and runs in seconds;
 * `npm test`, what CI and the README run, runs every suite.
 */
const INTEGRATION = [
  '\\.e2e\\.test\\.ts$', // real Alertmanager / Prometheus / remediation service processes
  '/remediation\\.faults\\.test\\.ts$', // the service under injected faults, real timers
  '/promtool\\.test\\.ts$', // promtool test rules
  '/alertmanager-config\\.test\\.ts$', // amtool check-config and routes
  '/deployment-events\\.test\\.ts$', // amtool template rendering
  '/analysis\\.test\\.ts$', // a real Prometheus answering the analysis queries
  '/stacks\\.test\\.ts$', // every environment synthesized, amtool, the CLIs as spawned
  '/package\\.test\\.ts$', // npm pack and a consumer project
  '/secret-canary\\.test\\.ts$', // the CLIs spawned per environment
  '/atomic-output\\.test\\.ts$', // the CLIs spawned and interrupted
  '/layers\\.test\\.ts$', // dependency-cruiser spawned per rule (npm run lint runs the tree's check)
];

/** @type {import('jest').Config} */
module.exports = {
  testPathIgnorePatterns: ['/node_modules/', ...(process.env.KUBESHIP_TEST_TIER === 'unit' ? INTEGRATION : [])],
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type checking is done once by `tsc --noEmit` (npm run typecheck); jest only transpiles.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json', diagnostics: false }],
  },
  testTimeout: 60000,
  // two workers even on a 2-core machine: the slow suites wait on servers and timers, not the CPU
  maxWorkers: 2,
  // examples import the package by name, as users do
  moduleNameMapper: {
    '^kubeship$': '<rootDir>/constructs/index.ts',
    '^kubeship/(pulumi|aws|policy|config|testing)$': '<rootDir>/constructs/$1/index.ts',
    '^kubeship/policy/pack$': '<rootDir>/constructs/policy/pulumi.ts',
  },
};
