import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// In development the UI runs on Vite and talks to a running API (`pnpm start`, port 4000) through this proxy;
// in production apps/api serves dist/ itself, so the UI and /graphql share one origin.
const api = process.env.OPENITA_API ?? 'http://127.0.0.1:4000';

/**
 * Writes NAME.gz and NAME.br beside every text asset of the build: the API's static server (sirv) sends them to
 * browsers that accept them, so nothing is compressed per request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'openita:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((f) => {
          const p = join(dir, f);
          return statSync(p).isDirectory() ? walk(p) : [p];
        });
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue;
        const data = readFileSync(file);
        if (data.length < 1024) continue;
        writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
        );
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // Budget is enforced by `pnpm bench` (initial JS ≤ 250 KB gzipped); chunks above this are worth a look.
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/files': { target: api, changeOrigin: true },
      '/healthz': { target: api, changeOrigin: true },
    },
  },
});
