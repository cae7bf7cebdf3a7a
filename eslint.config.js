// Lint: TypeScript's recommended rules, Lit's template rules, and lit-a11y's accessibility
// checks on templates. Node scripts get Node's globals; browser code the browser's.
import js from '@eslint/js';
import litA11y from 'eslint-plugin-lit-a11y';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/runs/', 'demo/data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/unit/**/*.ts', 'test/components/**/*.ts', 'test/support/**/*.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { lit, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'test/e2e/**/*.ts', 'test/scripts/**/*.ts', 'test/scan/**/*.ts', 'src/scan/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.ts', 'playwright.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
