#!/usr/bin/env node
/**
 * `pnpm bench` (apps/extension): prints
 * 1. the bundle size of each entry of the built extension (raw and gzip), with what the side panel loads lazily;
 * 2. the time the extension takes to check the live DOM of each fixture page, measured inside the side panel in
 *    real Chromium: serialising the DOM in the page, building the page model (cheerio) and running all 43 rules.
 *
 * 3. the same on every page of packages/scoring's labelled corpus (8 agency sites in real page shapes), each site served
 *    on 127.0.0.1, and whether the verdicts on the live DOM equal those of checkHtml() on the raw HTML in Node (what
 *    the API's re-check and the CLI compute): the serialised DOM must not change a verdict.
 *
 * Needs the Chrome build (`pnpm build`, which turbo runs first) and /usr/bin/chromium. Node ≥ 22.6 (it imports the
 * TypeScript test harness directly).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

async function filesUnder(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

async function sizeOf(file) {
  const body = await readFile(file);
  return { raw: body.byteLength, gzip: gzipSync(body, { level: 9 }).byteLength };
}

async function bundleSizes(dir) {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const rows = [];
  const add = async (entry, file, note = '') =>
    rows.push({ entry, file: relative(dir, file), note, ...(await sizeOf(file)) });
  if (manifest.background?.service_worker) await add('background', join(dir, manifest.background.service_worker));
  await add('content script', join(dir, 'content-scripts', 'content.js'), 'injected on demand');
  // The side panel: its HTML, the scripts and styles it loads, then the chunks it imports lazily (pdf.js and worker).
  const html = await readFile(join(dir, 'sidepanel.html'), 'utf8');
  const eager = new Set(
    [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => join(dir, m[1].replace(/^\//, ''))),
  );
  for (const f of eager) await add('side panel', f, 'loaded at open');
  for (const f of (await filesUnder(dir)).filter((f) => /\.woff2$/.test(f)))
    await add('side panel', f, 'font (Sarabun), when shown');
  for (const f of (await filesUnder(dir)).filter((f) => /\.(m?js)$/.test(f) && !eager.has(f))) {
    const rel = relative(dir, f);
    if (rel === manifest.background?.service_worker || rel.startsWith('content-scripts')) continue;
    await add('side panel', f, /worker/.test(rel) ? 'pdf.js worker, on the first PDF' : 'lazy chunk');
  }
  const total = (await Promise.all((await filesUnder(dir)).map((f) => stat(f)))).reduce((s, x) => s + x.size, 0);
  return { rows, total };
}

function printSizes(name, { rows, total }) {
  console.log(`\n${name}: bundle sizes (total on disk ${kb(total)})`);
  console.log(`${'entry'.padEnd(16)}${'file'.padEnd(48)}${'raw'.padStart(11)}${'gzip'.padStart(11)}  note`);
  for (const r of rows)
    console.log(
      `${r.entry.padEnd(16)}${r.file.padEnd(48)}${kb(r.raw).padStart(11)}${kb(r.gzip).padStart(11)}  ${r.note}`,
    );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const p90 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.9))];
};

/** Waits for the panel's check of `url` that is newer than `last` (its capture time); returns the new capture time. */
async function nextResult(panel, url, last) {
  await panel.waitForFunction(
    ([u, prev]) => {
      const v = document.querySelector('[data-testid="page-view"]');
      return (
        v?.getAttribute('data-state') === 'done' &&
        v.getAttribute('data-url') === u &&
        v.getAttribute('data-captured-at') !== prev
      );
    },
    [url, last],
    { timeout: 60_000 },
  );
  return (await panel.getByTestId('page-view').getAttribute('data-captured-at')) ?? '';
}

async function liveTimings() {
  const { buildE2EExtension, launchWithExtension, openPanel, openSite } = await import('../test/e2e/harness.ts');
  const { startFixtureSite } = await import('../test/fixtures/site.ts');
  await buildE2EExtension();
  const site = await startFixtureSite({ delayMs: 0 });
  const browser = await launchWithExtension();
  const pages = [
    '/',
    '/contact.html',
    '/executives.html',
    '/structure.html',
    '/news.html',
    '/ita-2564.html',
    '/big.html',
  ];
  const results = [];
  try {
    for (const path of pages) {
      const { page, tabId } = await openSite(browser, `${site.origin}${path}`);
      const panel = await openPanel(browser, tabId);
      await panel.getByTestId('tab-page').click();
      const samples = { serialize: [], model: [], rules: [], total: [] };
      let bytes = 0;
      let items = 0;
      let last = '';
      for (let i = 0; i < RUNS + 2; i++) {
        if (i > 0) await panel.getByTestId('check-page').click();
        last = await nextResult(panel, page.url(), last);
        const t = panel.getByTestId('timing');
        const [s, m, r, b] = await Promise.all(
          ['data-serialize-ms', 'data-model-ms', 'data-rules-ms', 'data-html-bytes'].map((a) => t.getAttribute(a)),
        );
        bytes = Number(b);
        items = await panel.locator('li.item').count();
        if (i < 2) continue; // warm-up: the first runs include JIT compilation
        samples.serialize.push(Number(s));
        samples.model.push(Number(m));
        samples.rules.push(Number(r));
        samples.total.push(Number(s) + Number(m) + Number(r));
      }
      results.push({
        path,
        bytes,
        items,
        ...Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, { median: median(v), p90: p90(v) }])),
      });
      await panel.close();
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return results;
}

/** Serves one corpus site's pages on 127.0.0.1 (documents are not served: the page check reads the page alone). */
async function serveCorpusSite(site) {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const f = site.files.get(path);
    if (f?.kind === 'page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(f.bytes);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

async function corpusTimings() {
  const { loadCorpus } = await import('../../../packages/scoring/fixtures/corpus.mjs');
  const { checkHtml } = await import('@openita/scoring');
  const { launchWithExtension, openPanel, openSite } = await import('../test/e2e/harness.ts');
  const sites = loadCorpus();
  const browser = await launchWithExtension();
  const rows = [];
  try {
    for (const site of sites) {
      const served = await serveCorpusSite(site);
      const pages = site.entries.filter((e) => e.kind === 'page');
      let panel = null;
      let tab = null;
      for (const entry of pages) {
        const url = served.origin + entry.path;
        if (!tab) {
          tab = await openSite(browser, url);
          panel = await openPanel(browser, tab.tabId);
          await panel.getByTestId('tab-page').click();
        } else {
          await tab.page.goto(url);
        }
        const total = [];
        let verdicts = {};
        let bytes = 0;
        let last = '';
        for (let i = 0; i < 4; i++) {
          if (i > 0) await panel.getByTestId('check-page').click();
          last = await nextResult(panel, tab.page.url(), last);
          const t = panel.getByTestId('timing');
          const [s, m, r, b] = await Promise.all(
            ['data-serialize-ms', 'data-model-ms', 'data-rules-ms', 'data-html-bytes'].map((a) => t.getAttribute(a)),
          );
          bytes = Number(b);
          if (i > 0) total.push(Number(s) + Number(m) + Number(r));
          if (!(await panel.getByTestId('show-all').isChecked())) await panel.getByTestId('show-all').check();
          verdicts = Object.fromEntries(
            await panel
              .locator('li.item')
              .evaluateAll((els) => els.map((e) => [e.getAttribute('data-item'), e.getAttribute('data-verdict')])),
          );
        }
        const raw = checkHtml(new TextDecoder().decode(entry.bytes), url);
        const same = raw.items.every((i) => verdicts[i.id] === i.verdict);
        rows.push({ site: site.id, path: entry.path, bytes, ms: median(total), same });
      }
      await panel?.close();
      await tab?.page.close();
      await served.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}

const chrome = await bundleSizes(join(root, '.output', 'chrome-mv3'));
printSizes('Chrome MV3 (.output/chrome-mv3)', chrome);
try {
  const firefox = await bundleSizes(join(root, '.output', 'firefox-mv3'));
  console.log(`Firefox MV3 (.output/firefox-mv3): total on disk ${kb(firefox.total)}`);
} catch {
  console.log('Firefox build not found (pnpm build makes both)');
}

const timings = await liveTimings();
console.log(`\nAll 43 checks on the live DOM, in the side panel of real Chromium (median / p90 of ${RUNS} runs, ms)`);
console.log(
  `${'page'.padEnd(18)}${'HTML'.padStart(10)}${'applies'.padStart(9)}${'serialise'.padStart(16)}${'page model'.padStart(16)}${'43 rules'.padStart(16)}${'total'.padStart(16)}`,
);
const fmt = (x) => `${x.median.toFixed(1)} / ${x.p90.toFixed(1)}`.padStart(16);
for (const r of timings)
  console.log(
    `${r.path.padEnd(18)}${kb(r.bytes).padStart(10)}${String(r.items).padStart(9)}${fmt(r.serialize)}${fmt(r.model)}${fmt(r.rules)}${fmt(r.total)}`,
  );

const corpus = await corpusTimings();
const ms = corpus.map((r) => r.ms);
const agree = corpus.filter((r) => r.same).length;
console.log(
  `\nThe labelled corpus (packages/scoring/fixtures/corpus): ${corpus.length} pages of ${new Set(corpus.map((r) => r.site)).size} sites, live DOM in the side panel`,
);
console.log(
  `  all checks per page: median ${median(ms).toFixed(1)} ms, p90 ${p90(ms).toFixed(1)} ms, max ${Math.max(...ms).toFixed(1)} ms (largest page ${kb(Math.max(...corpus.map((r) => r.bytes)))})`,
);
console.log(
  `  verdicts on the live DOM = checkHtml() on the raw HTML: ${agree} of ${corpus.length} pages (all 43 items each)`,
);
for (const r of corpus.filter((x) => !x.same)) console.log(`    differs: ${r.site}${r.path}`);
