// ESLint (flat config): the recommended JavaScript and typescript-eslint rules, formatting left to
// Prettier (eslint-config-prettier turns off the rules it owns). Layer boundaries are
// dependency-cruiser's (.dependency-cruiser.cjs). `npm run lint` runs both and `prettier --check`.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'lib/',
      'dist/',
      'docs/api/',
      'node_modules/',
      '.tools/',
      '.scratch/',
      'coverage/',
      // generated: cdk8s import bindings and the remediation service bundle
      'constructs/imports/',
      'constructs/remediation/runtime.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc (noUnusedLocals/noUnusedParameters) reports these already, with the same precision
      '@typescript-eslint/no-unused-vars': 'off',
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'prefer-const': 'error',
      curly: 'error',
      'no-console': 'off',
    },
  },
  {
    // CommonJS scripts and configs run by Node as they are
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // tests read rendered manifests and API payloads as plain JSON, and load modules afresh
    // (Pulumi's runtime state, the built package) with require
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
