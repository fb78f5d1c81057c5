import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { buildSchema, isAbstractType, parse } from 'graphql';
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
          brotliCompressSync(data, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
          }),
        );
      }
    },
  };
}

/**
 * Apollo's cache must know which concrete types an interface or a union stands for (`... on ValidationError` inside
 * a fragment on `Error`), or it drops those fields. The map is computed at build time from the API's checked-in SDL
 * (@openita/schema/schema.graphql), so it cannot drift from the contract.
 */
function possibleTypes(): Plugin {
  const id = 'virtual:openita/possible-types';
  const require = createRequire(import.meta.url);
  return {
    name: 'openita:possible-types',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(source) {
      if (source !== `\0${id}`) return null;
      const file = require.resolve('@openita/schema/schema.graphql');
      this.addWatchFile(file);
      const schema = buildSchema(readFileSync(file, 'utf8'));
      const map: Record<string, string[]> = {};
      for (const type of Object.values(schema.getTypeMap()))
        if (isAbstractType(type) && !type.name.startsWith('__'))
          map[type.name] = schema
            .getPossibleTypes(type)
            .map((t) => t.name)
            .sort();
      return `export default ${JSON.stringify(map)};`;
    },
  };
}

/** `.graphql` files become parsed documents at build time: the browser gets the AST, not a GraphQL parser. */
function graphqlFiles(): Plugin {
  return {
    name: 'openita:graphql-files',
    transform(code, id) {
      if (!id.endsWith('.graphql')) return null;
      const doc = parse(code, { noLocation: true });
      return { code: `export default ${JSON.stringify(doc)};`, map: null };
    },
  };
}

/**
 * Preloads the Thai and Latin Sarabun faces the first screen uses, so text is laid out once in its real font
 * (no late swap that moves the page: layout shift).
 */
function preloadFonts(): Plugin {
  return {
    name: 'openita:preload-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const fonts = Object.keys(ctx.bundle ?? {})
          .filter((f) => /sarabun-(thai|latin)-(400|700)-normal-[\w-]+\.woff2$/.test(f))
          .map((f) => `<link rel="preload" as="font" type="font/woff2" href="/${f}" crossorigin>`);
        // The stylesheet first (it blocks the first paint), then the fonts, then the scripts (they do not).
        const css = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
        const out = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, '');
        return out.replace('</title>', `</title>\n    ${[...css, ...fonts].join('\n    ')}`);
      },
    },
  };
}

/**
 * The two landing pages (the dashboard, an agency) start downloading their own chunks with the first HTML, in
 * parallel with the app's core, instead of after it: a few lines in index.html add <link rel="modulepreload"> for
 * the page the address asks for. (Inline: index.html is served without a Content-Security-Policy; with one, the
 * script would need its hash, and without it the page still loads, one round trip later.)
 */
function preloadLandingPages(): Plugin {
  const pages: Record<string, string> = {
    dashboard: 'src/features/dashboard/DashboardPage.tsx',
    agency: 'src/features/agency/AgencyPage.tsx',
  };
  return {
    name: 'openita:preload-landing-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const initial = new Set<string>();
        const walk = (name: string, into: Set<string>) => {
          if (into.has(name)) return;
          into.add(name);
          const c = bundle[name];
          if (c?.type === 'chunk') for (const i of c.imports) walk(i, into);
        };
        if (entry) walk(entry.fileName, initial);
        const map: Record<string, string[]> = {};
        for (const [key, module] of Object.entries(pages)) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          if (!chunk) continue;
          const files = new Set<string>();
          walk(chunk.fileName, files);
          map[key] = [...files].filter((f) => !initial.has(f)).map((f) => `/${f}`);
        }
        const script = `(function(){var m=${JSON.stringify(map)},p=location.pathname,s=p.split('/'),l=p==='/'?m.dashboard:s.length===3&&s[1]==='agencies'&&s[2]?m.agency:null;if(l)l.forEach(function(h){var e=document.createElement('link');e.rel='modulepreload';e.crossOrigin='';e.href=h;document.head.appendChild(e)})})()`;
        return html.replace('</title>', `</title>\n    <script>${script}</script>`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), precompress(), possibleTypes(), preloadFonts(), graphqlFiles(), preloadLandingPages()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // What every page needs in one file (fewer requests on a slow link); each page and heavy library (charts,
        // exceljs, the scoring engine) stays its own chunk.
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](\.pnpm[\\/][^\\/]+[\\/]node_modules[\\/])?(react|react-dom|scheduler|react-router|@apollo[\\/]client|graphql|rxjs|optimism|@wry[\\/][^\\/]+|tslib|i18next|react-i18next|use-sync-external-store)[\\/]|packages[\\/]schema[\\/]dist[\\/]client[\\/]/,
              priority: 10,
            },
            {
              // Small building blocks every page uses, in one file rather than one request each.
              name: 'ui',
              test: /apps[\\/]web[\\/]src[\\/](ui[\\/](LevelBadge|PageHeader|States|StatusBadge|Meter|Shares|Toast|Dialog|Deferred|LazyDetails)\.tsx|lib[\\/](format|csv|download|pages)\.ts)$|packages[\\/]scoring[\\/]dist[\\/]round\.js$/,
              priority: 5,
            },
          ],
        },
      },
    },
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
