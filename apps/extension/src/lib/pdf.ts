/**
 * PDF text for the site scan, with the scoring package's reader (Mozilla pdf.js, its legacy build). pdf.js and its
 * worker load only when the first PDF is met; the worker is a file of the extension itself (no remote code).
 */
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import type { PdfReader } from './scan';

let configured = false;

export const readPdf: PdfReader = async (data) => {
  const { configurePdfWorker, extractPdfText } = await import('@openita/scoring/pdf');
  if (!configured) {
    configurePdfWorker(workerUrl);
    configured = true;
  }
  return extractPdfText(data, { timeoutMs: 30_000, maxPages: 60 });
};
