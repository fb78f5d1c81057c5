/**
 * PDF text for the CLI and the server: pdf.js runs in a worker thread with a heap limit and a deadline, so a hostile
 * PDF that gets past the reader's own limits can at worst kill its worker — which is replaced — never the process.
 * One worker, reused; jobs run one at a time.
 */
import { Worker } from 'node:worker_threads';
import type { PdfText, PdfTextOptions } from '@openita/scoring/pdf';
import pLimit from 'p-limit';

export interface PdfReaderOptions extends PdfTextOptions {
  /** Heap limit of the worker, in MB (default 512). */
  heapMb?: number;
}

const workerUrl = new URL(import.meta.url.endsWith('.ts') ? './pdf-worker.ts' : './pdf-worker.js', import.meta.url);

export class PdfReader {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly queue = pLimit(1);
  private readonly pending = new Map<number, (r: PdfText) => void>();

  constructor(private readonly options: PdfReaderOptions = {}) {}

  private spawn(): Worker {
    const heap = this.options.heapMb ?? 512;
    const w = new Worker(workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: heap, maxYoungGenerationSizeMb: Math.min(64, heap / 4) },
    });
    w.unref();
    w.on('message', (m: { id: number; result: PdfText }) => {
      this.pending.get(m.id)?.(m.result);
      this.pending.delete(m.id);
    });
    const die = (why: string) => {
      for (const done of this.pending.values()) done(failed(why));
      this.pending.clear();
      if (this.worker === w) this.worker = null;
    };
    w.on('error', (e) => die(`PDF reader crashed: ${e.message}`));
    w.on('exit', (code) =>
      die(code === 0 ? 'PDF reader stopped' : `PDF reader stopped (exit ${code}: out of memory or killed)`),
    );
    return w;
  }

  /** Reads a PDF's text. Never throws; failures come back with `error`. */
  read(data: Uint8Array): Promise<PdfText> {
    return this.queue(
      () =>
        new Promise<PdfText>((resolve) => {
          this.worker ??= this.spawn();
          const w = this.worker;
          const id = ++this.seq;
          const deadline = (this.options.timeoutMs ?? 30_000) + 5_000;
          const timer = setTimeout(() => {
            this.pending.delete(id);
            void w.terminate();
            if (this.worker === w) this.worker = null;
            resolve(failed(`PDF not read within ${deadline} ms`));
          }, deadline);
          this.pending.set(id, (r) => {
            clearTimeout(timer);
            resolve(r);
          });
          const { heapMb: _h, ...options } = this.options;
          w.postMessage({ id, data, options });
        }),
    );
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}

function failed(error: string): PdfText {
  return { text: '', pages: 0, pagesRead: 0, scanned: false, truncated: false, error };
}
