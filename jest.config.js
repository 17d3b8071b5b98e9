/** @type {import('jest').Config} */
module.exports = {
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
