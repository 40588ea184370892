import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'personal-data', include: ['src/**/*.spec.ts'], testTimeout: 30000, hookTimeout: 60000 },
});
