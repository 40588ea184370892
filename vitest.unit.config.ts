import { defineConfig } from 'vitest/config';

/**
 * Unit tests alone (`pnpm test:unit`, which also passes `--exclude` for `*.int.spec.*`
 * and `*.e2e.spec.*`): they need no database, broker or browser, so there is no global
 * set-up and they run in seconds with nothing else running.
 */
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'infra/k8s'],
  },
});
