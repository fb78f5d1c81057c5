/**
 * PDF text for the site scan, with the scoring package's reader (Mozilla pdf.js). pdf.js and its worker load only
 * when the first PDF is met; the worker is a file of the extension itself (no remote code).
 */
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type { PdfReader } from './scan';

export const readPdf: PdfReader = async (data) => {
  const [{ GlobalWorkerOptions }, { extractPdfText }] = await Promise.all([
    import('pdfjs-dist'),
    import('@openita/scoring/pdf'),
  ]);
  if (!GlobalWorkerOptions.workerSrc) GlobalWorkerOptions.workerSrc = workerUrl;
  return extractPdfText(data, { timeoutMs: 30_000, maxPages: 60 });
};
