/**
 * Text of a PDF with Mozilla's pdf.js (pdfjs-dist, its "legacy" build, which runs in Node and in every browser and
 * extension). Thai text is normalised (sara am written ํ + า, Thai digits, zero-width spaces). A PDF with no text
 * layer is reported `scanned`: its content can only be judged by a person, never passed.
 *
 * Bounded whatever the input: at most `maxBytes` of PDF, `maxPages` pages, `maxChars` of text, `timeoutMs`; and before
 * pdf.js sees it, every Flate stream is inflated (and thrown away) with DecompressionStream to measure it, so a
 * decompression bomb is refused without ever being held in memory. Server code should still run this in a worker
 * with a heap limit (apps/api does): defence in depth.
 *
 * In a browser or an extension, call `configurePdfWorker(url)` once with the URL of
 * `pdfjs-dist/legacy/build/pdf.worker.min.mjs` as your bundler serves it; in Node nothing is needed.
 */
import { normalizeThai } from '../thai/normalize.js';

export interface PdfText {
  text: string;
  /** Pages in the document. */
  pages: number;
  /** Pages read (at most maxPages). */
  pagesRead: number;
  /** No text layer (or almost none): a scanned document. */
  scanned: boolean;
  truncated: boolean;
  /** Why the PDF could not be read. When set, `text` is empty and the document is for a person to check. */
  error?: string;
}

export interface PdfTextOptions {
  /** Largest PDF accepted, in bytes (default 30 MB). */
  maxBytes?: number;
  /** Pages read at most (default 60). */
  maxPages?: number;
  /** Characters of text kept at most (default 2,000,000). */
  maxChars?: number;
  /** Largest total size the PDF's compressed streams may inflate to (default 150 MB). */
  maxInflatedBytes?: number;
  timeoutMs?: number;
}

/**
 * Fewer letters than this per page read, on average (and fewer than 20 in all), means there is no real text layer:
 * a scan carries at most a stray page number or a stamp's text.
 */
const SCANNED_LETTERS_PER_PAGE = 8;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
let workerSrc: string | null = null;

/** Where pdf.js's worker script is, for browsers and extensions. Node needs no worker. */
export function configurePdfWorker(src: string): void {
  workerSrc = src;
  if (pdfjs) void pdfjs.then((m) => (m.GlobalWorkerOptions.workerSrc = src));
}

async function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    if (workerSrc) m.GlobalWorkerOptions.workerSrc = workerSrc;
    return m;
  });
  return pdfjs;
}

const STREAM = /stream\r?\n/g;

/**
 * The total size the PDF's Flate streams inflate to, stopping as soon as it passes `limit`. Each stream is inflated
 * with the platform's DecompressionStream and its output counted, never kept.
 */
export async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  if (typeof DecompressionStream !== 'function') return 0;
  const head = new TextDecoder('latin1');
  const text = head.decode(data);
  let total = 0;
  STREAM.lastIndex = 0;
  for (let m = STREAM.exec(text); m; m = STREAM.exec(text)) {
    const start = m.index + m[0].length;
    const dictStart = text.lastIndexOf('<<', m.index);
    const dict = dictStart >= 0 ? text.slice(dictStart, m.index) : '';
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    STREAM.lastIndex = end;
    if (!/FlateDecode|\/Fl\b/.test(dict)) {
      total += end - start;
      continue;
    }
    total += await inflateCount(data.subarray(start, end), limit - total);
    if (total > limit) return total;
  }
  return total;
}

async function inflateCount(bytes: Uint8Array, budget: number): Promise<number> {
  const ds = new DecompressionStream('deflate');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  let count = 0;
  const write = writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => undefined);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      count += value?.byteLength ?? 0;
      if (count > budget) {
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    // A damaged stream: count what came out.
  }
  await Promise.race([write, Promise.resolve()]);
  return count;
}

const fail = (error: string): PdfText => ({
  text: '',
  pages: 0,
  pagesRead: 0,
  scanned: false,
  truncated: false,
  error,
});

export async function extractPdfText(data: Uint8Array, options: PdfTextOptions = {}): Promise<PdfText> {
  const maxBytes = options.maxBytes ?? 30_000_000;
  const maxPages = options.maxPages ?? 60;
  const maxChars = options.maxChars ?? 2_000_000;
  const maxInflated = options.maxInflatedBytes ?? 150_000_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!(data instanceof Uint8Array) || data.byteLength === 0) return fail('empty input');
  if (data.byteLength > maxBytes) return fail(`PDF larger than ${maxBytes} bytes`);
  const head = new TextDecoder('latin1').decode(data.subarray(0, Math.min(1024, data.byteLength)));
  if (!head.includes('%PDF-')) return fail('not a PDF (no %PDF- header)');

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  let task: ReturnType<PdfJs['getDocument']> | null = null;
  try {
    const size = await Promise.race([inflatedSize(data, maxInflated), timeout]);
    if (size === 'timeout') return fail(`PDF not read within ${timeoutMs} ms`);
    if (size > maxInflated)
      return fail(`PDF content expands beyond ${Math.round(maxInflated / 1e6)} MB (a decompression bomb?)`);
    const { getDocument } = await loadPdfJs();
    // pdf.js takes the buffer over: give it a copy.
    task = getDocument({
      data: data.slice(),
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      isOffscreenCanvasSupported: false,
      verbosity: 0,
    });
    const loading = task;
    const work = (async (): Promise<PdfText> => {
      const doc = await loading.promise;
      const pages = doc.numPages;
      const pagesRead = Math.min(pages, maxPages);
      const parts: string[] = [];
      let chars = 0;
      let truncated = pages > pagesRead;
      for (let p = 1; p <= pagesRead; p++) {
        const page = await doc.getPage(p);
        const content = await page.getTextContent();
        let line = '';
        for (const item of content.items) {
          if (!('str' in item)) continue;
          line += item.str;
          if (item.hasEOL) line += '\n';
          else if (item.str && !/\s$/.test(item.str)) line += ' ';
        }
        page.cleanup();
        parts.push(line);
        chars += line.length;
        if (chars > maxChars) {
          truncated = true;
          break;
        }
      }
      const text = parts
        .join('\n')
        .slice(0, maxChars)
        .split('\n')
        .map(normalizeThai)
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
      const letters = text.replace(/[^\p{L}]/gu, '').length;
      return {
        text,
        pages,
        pagesRead,
        scanned: letters < Math.max(20, SCANNED_LETTERS_PER_PAGE * parts.length),
        truncated,
      };
    })();
    const result = await Promise.race([work, timeout]);
    if (result === 'timeout') {
      work.catch(() => undefined);
      return fail(`PDF not read within ${timeoutMs} ms`);
    }
    return result;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return fail(`unreadable PDF: ${message.slice(0, 300)}`);
  } finally {
    clearTimeout(timer);
    if (task) await task.destroy().catch(() => undefined);
  }
}
