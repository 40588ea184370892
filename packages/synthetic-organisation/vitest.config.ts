import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'synthetic-organisation', include: ['src/**/*.spec.ts'], testTimeout: 60000 } });
