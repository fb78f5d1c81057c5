import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the UI runs on Vite and talks to a running API (`pnpm start`, port 4000) through this proxy;
// in production apps/api serves dist/ itself, so the UI and /graphql share one origin.
const api = process.env.OPENITA_API ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Budget is enforced by `pnpm bench` (initial JS ≤ 250 KB gzipped); chunks above this are worth a look.
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/captures': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
});
