import { defineConfig } from 'vitest/config';

// A JSON report beside the usual output when asked for (CI prints its summary line from it).
const report = process.env.RAPPORT_TEST_REPORT;

// One run covers every workspace; each app and package owns its own project config.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'infra/k8s'],
    globalSetup: ['./test-support/global-setup.ts'],
    ...(report ? { reporters: ['default', 'json'], outputFile: { json: report } } : {}),
  },
});
