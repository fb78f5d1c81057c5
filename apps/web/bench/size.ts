/**
 * Initial JavaScript: what the browser must fetch and run before the first page renders — the entry script of
 * dist/index.html and everything it statically imports (the modulepreload closure). Route chunks load after.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

export interface SizeFile {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export function initialJs(dist = DIST): { files: SizeFile[]; raw: number; gzip: number; brotli: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const roots = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  const queue = [...roots, ...preloads].map((u) => u.replace(/^\//, ''));
  const files: SizeFile[] = [];
  while (queue.length) {
    const rel = queue.shift() as string;
    if (seen.has(rel)) continue;
    seen.add(rel);
    const code = readFileSync(join(dist, rel));
    files.push({
      file: rel,
      raw: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      brotli: brotliCompressSync(code).length,
    });
    for (const m of code.toString('utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1] as string;
      if (spec.startsWith('.')) queue.push(posix.join(posix.dirname(rel), spec));
    }
  }
  const sum = (k: 'raw' | 'gzip' | 'brotli') => files.reduce((s, f) => s + f[k], 0);
  return { files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = initialJs();
  for (const f of r.files) console.log(`${f.file.padEnd(48)} ${(f.gzip / 1024).toFixed(1).padStart(7)} KB gzip`);
  console.log(
    `initial JS: ${(r.gzip / 1024).toFixed(1)} KB gzipped (${(r.raw / 1024).toFixed(1)} KB raw, ${(r.brotli / 1024).toFixed(1)} KB brotli)`,
  );
}
