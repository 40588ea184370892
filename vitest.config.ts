import { defineConfig } from 'vitest/config';

// One run covers every workspace; each app and package owns its own project config.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    globalSetup: ['./test-support/global-setup.ts'],
  },
});
