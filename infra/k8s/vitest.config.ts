import { defineProject } from 'vitest/config';

export default defineProject({ test: { name: 'k8s-manifests', include: ['check/**/*.spec.ts'] } });
