import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'cli',
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    testTimeout: 120000,
    hookTimeout: 120000,
  },
});
