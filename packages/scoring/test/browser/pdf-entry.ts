/// <reference types="vite/client" />
// Browser entry for the PDF test: the scoring package's PDF reader as a page script bundles it.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { configurePdfWorker, extractPdfText } from '../../src/pdf/text.js';
import { checkDocument, checkHtml } from '../../src/checks/run.js';

configurePdfWorker(workerUrl);
(globalThis as unknown as { readPdf: unknown }).readPdf = async (base64: string) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const pdf = await extractPdfText(bytes);
  const verdict = pdf.text
    ? checkDocument(pdf.text, 'https://a.go.th/x.pdf', '', { items: ['O39'] }).items[0]?.verdict
    : null;
  return { ...pdf, verdict, hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined' };
};
(globalThis as unknown as { checkPage: unknown }).checkPage = (html: string, url: string) =>
  checkHtml(html, url)
    .items.filter((i) => i.verdict !== 'not-applicable')
    .map((i) => [i.id, i.verdict]);
(globalThis as unknown as { ready: boolean }).ready = true;
