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
  // examples import the package by name, as users do
  moduleNameMapper: {
    '^kubeship$': '<rootDir>/constructs/index.ts',
    '^kubeship/(pulumi|aws|policy)$': '<rootDir>/constructs/$1/index.ts',
  },
};
