import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Every folder under apps/ is an app, named @rapport/<folder>.
const apps = readdirSync(new URL('./apps', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Workspace packages are imported by name, never by a path into their sources. */
const byName = { group: ['../../*/src/*', '../../../packages/*'], message: 'import workspace packages by name (@rapport/…)' };

/** An app imports packages only: neither another app by name nor a path that climbs into one. */
const notOtherApps = (app) => {
  const others = apps.filter((other) => other !== app);
  return [
    { group: others.map((other) => `@rapport/${other}`), message: 'no app imports another app: move what they share into packages/' },
    { regex: `^(\\.\\./)+(apps/)?(${others.join('|')})(/|$)`, message: 'no app imports another app: move what they share into packages/' },
  ];
};

/** A package never depends on an app. */
const notApps = [
  { group: apps.map((app) => `@rapport/${app}`), message: 'a package never imports an app' },
  { regex: '^(\\.\\./)+apps/', message: 'a package never imports an app' },
];

/**
 * The admin app's layers (bulletproof-react): `lib` and `components` → `features` → `app`.
 * A feature imports neither the app nor another feature, except the uses listed here, and
 * those only through the other feature's `index.ts`. Patterns see the import as written,
 * so there is one block per folder depth under `src/`.
 */
const adminFeatures = readdirSync(new URL('./apps/admin/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureUses = {
  auth: ['people'], // the demo sign-in lists the demo organisation's people
  interactions: ['signals'], // one panel records an interaction, help, an introduction or a thank-you
  people: ['insights', 'interactions', 'relationships'], // the person page gathers their network, habits and recording
};
const deepest = 5;
const up = (folders) => `^(\\.\\./){${folders}}`;
const filesAt = (folder, below) => [`apps/admin/src/${folder}/${'*/'.repeat(below)}*.{ts,tsx}`];
const adminRule = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: [byName, ...notOtherApps('admin'), ...patterns] }],
});
const adminLayers = [
  ...adminFeatures.flatMap((feature) =>
    Array.from({ length: deepest - 1 }, (_, below) => {
      const depth = below + 2; // folders between src/ and the file: features/<feature>/…
      const uses = featureUses[feature] ?? [];
      const publicUse = uses.length ? `|(${uses.join('|')})(/index)?$` : '';
      return {
        files: filesAt(`features/${feature}`, below),
        rules: adminRule([
          { regex: `${up(depth)}app(/|$)`, message: 'a feature never imports the app: the app imports features' },
          {
            regex: `${up(depth - 1)}(?!${feature}/${publicUse})[\\w-]+|${up(depth)}features/(?!${feature}/)`,
            message: uses.length
              ? `no imports across features: ${feature} may use ${uses.join(', ')} only, through its index.ts (featureUses in eslint.config.js)`
              : `no imports across features: ${feature} uses no other feature (featureUses in eslint.config.js)`,
          },
        ]),
      };
    }),
  ),
  ...['components', 'lib'].flatMap((folder) =>
    Array.from({ length: deepest }, (_, below) => ({
      files: filesAt(folder, below),
      rules: adminRule([
        { regex: `${up(below + 1)}(features|app)(/|$)`, message: `${folder}/ is shared: it imports neither features nor the app` },
      ]),
    })),
  ),
];

/** One lint configuration for every workspace; type safety itself is enforced by `pnpm typecheck`. */
export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.rapport/**', '**/test-results/**', 'infra/kafka/.cache/**', 'infra/kafka/.run/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Test helpers read untyped JSON responses; production code keeps to typed schemas.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-restricted-imports': ['error', { patterns: [byName] }],
    },
  },
  ...apps.map((app) => ({
    files: [`apps/${app}/**`],
    rules: { 'no-restricted-imports': ['error', { patterns: [byName, ...notOtherApps(app)] }] },
  })),
  ...adminLayers,
  {
    files: ['packages/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [byName, ...notApps] }] },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      // The domain is pure: no I/O, no ambient clock or environment.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...notApps,
            { group: ['pg', 'kafkajs', '@nestjs/*', '@electric-sql/*', 'node:*', '@rapport/event-store', '@rapport/messaging'] },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'the clock comes in as an argument' },
        { object: 'process', property: 'env', message: 'configuration comes in as an argument' },
      ],
    },
  },
);
