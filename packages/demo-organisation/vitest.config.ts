import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'demo-organisation', include: ['src/**/*.spec.ts'] } });
