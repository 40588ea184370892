import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'projection-worker', include: ['test/**/*.spec.ts'], testTimeout: 60000, hookTimeout: 120000 },
});
