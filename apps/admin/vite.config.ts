import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API runs separately (`pnpm start`); the dev server forwards API calls to it.
const apiTarget = process.env.RAPPORT_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/v1': { target: apiTarget, changeOrigin: true },
      '/docs': { target: apiTarget, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts and sigma are large by nature; they are split into their own chunks.
    chunkSizeWarningLimit: 1200,
  },
});
