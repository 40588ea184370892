import { defineProject } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineProject({
  plugins: [react()],
  test: {
    name: 'admin',
    environment: 'happy-dom',
    include: ['src/**/*.spec.{ts,tsx}', 'test/**/*.spec.ts'],
    setupFiles: ['./src/test/setup.ts'],
    testTimeout: 120000,
    hookTimeout: 240000,
  },
});
