import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'reports', include: ['src/**/*.spec.ts'], testTimeout: 60000 },
});
