/**
 * Text of a PDF with Mozilla's pdf.js (pdfjs-dist), in Node and in the browser alike. Thai text from PDFs is
 * normalised (sara am written ํ + า, Thai digits, zero-width spaces). A PDF with no text layer is reported as
 * `scanned`: its content can only be judged by a person, never passed automatically.
 *
 * Bounded: at most `maxBytes` of input, `maxPages` pages and `maxChars` of text, within `timeoutMs`. For hostile
 * input run it in a worker with a memory limit (apps/api does): a decompression bomb inside a PDF can still be large.
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
  error?: string;
}

export interface PdfTextOptions {
  maxBytes?: number;
  maxPages?: number;
  maxChars?: number;
  timeoutMs?: number;
}

/** Fewer characters than this per page read, on average, means there is no real text layer. */
const SCANNED_CHARS_PER_PAGE = 40;

type PdfJs = typeof import('pdfjs-dist');
let pdfjs: Promise<PdfJs> | null = null;

async function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist');
  return pdfjs;
}

export async function extractPdfText(data: Uint8Array, options: PdfTextOptions = {}): Promise<PdfText> {
  const maxBytes = options.maxBytes ?? 30_000_000;
  const maxPages = options.maxPages ?? 60;
  const maxChars = options.maxChars ?? 2_000_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const fail = (error: string): PdfText => ({ text: '', pages: 0, pagesRead: 0, scanned: false, truncated: false, error });
  if (!(data instanceof Uint8Array) || data.byteLength === 0) return fail('empty input');
  if (data.byteLength > maxBytes) return fail(`PDF larger than ${maxBytes} bytes`);
  const head = new TextDecoder('latin1').decode(data.subarray(0, Math.min(1024, data.byteLength)));
  if (!head.includes('%PDF-')) return fail('not a PDF');

  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer: give it a copy.
  const task = getDocument({
    data: data.slice(),
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`PDF not read within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([
      (async (): Promise<PdfText> => {
        const doc = await task.promise;
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
        await task.destroy();
        const raw = parts.join('\n\f\n').slice(0, maxChars);
        const text = normalizeThai(raw.replace(/\f/g, "\n"));
        const meaningful = text.replace(/[^\p{L}]/gu, '').length;
        return { text, pages, pagesRead, scanned: meaningful < SCANNED_CHARS_PER_PAGE * Math.max(1, parts.length), truncated };
      })(),
      timeout,
    ]);
  } catch (e) {
    await task.destroy().catch(() => undefined);
    return fail(e instanceof Error ? e.message : String(e));
  } finally {
    if (timer) clearTimeout(timer);
  }
}
