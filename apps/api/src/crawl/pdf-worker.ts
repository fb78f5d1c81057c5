/** Worker thread: reads one PDF at a time with the scoring package's pdf.js reader, inside a heap limit. */
import { parentPort } from 'node:worker_threads';
import { extractPdfText, type PdfTextOptions } from '@openita/scoring/pdf';

parentPort?.on('message', async (msg: { id: number; data: Uint8Array; options: PdfTextOptions }) => {
  const result = await extractPdfText(msg.data, msg.options).catch((e: unknown) => ({
    text: '',
    pages: 0,
    pagesRead: 0,
    scanned: false,
    truncated: false,
    error: e instanceof Error ? e.message : String(e),
  }));
  parentPort?.postMessage({ id: msg.id, result });
});
