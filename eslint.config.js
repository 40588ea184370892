import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** One lint configuration for every workspace; type safety itself is enforced by `pnpm typecheck`. */
export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.rapport/**', '**/test-results/**', 'infra/kafka/.cache/**', 'infra/kafka/.run/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Test helpers read untyped JSON responses; production code keeps to typed schemas.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../*/src/*', '../../../packages/*'], message: 'import workspace packages by name (@rapport/…)' }] },
      ],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      // The domain is pure: no I/O, no ambient clock or environment.
      'no-restricted-imports': ['error', { patterns: ['pg', 'kafkajs', '@nestjs/*', '@electric-sql/*', 'node:*', '@rapport/event-store', '@rapport/messaging'] }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'the clock comes in as an argument' },
        { object: 'process', property: 'env', message: 'configuration comes in as an argument' },
      ],
    },
  },
);
