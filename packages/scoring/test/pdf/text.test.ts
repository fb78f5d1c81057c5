import { describe, expect, it } from 'vitest';
import { bombPdf, scannedPdf, textPdf } from '../../fixtures/pdf.mjs';
import { extractPdfText, inflatedSize } from '../../src/pdf/text.js';

describe('extractPdfText (pdf.js)', () => {
  it('reads a Thai text layer, normalising Thai digits', async () => {
    const pdf = textPdf([
      ['แผนปฏิบัติการป้องกันการทุจริต', 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๔', 'โครงการ 1 งบประมาณ 50,000 บาท'],
      ['หน้าที่สอง'],
    ]);
    const r = await extractPdfText(pdf);
    expect(r.error).toBeUndefined();
    expect(r).toMatchObject({ pages: 2, pagesRead: 2, scanned: false, truncated: false });
    expect(r.text).toContain('แผนปฏิบัติการป้องกันการทุจริต');
    expect(r.text).toContain('พ.ศ. 2564');
    expect(r.text).toContain('หน้าที่สอง');
  });
  it('reports a scan (no text layer) as scanned, with no text', async () => {
    const r = await extractPdfText(scannedPdf());
    expect(r).toMatchObject({ scanned: true, pages: 1 });
    expect(r.text).toBe('');
  });
  it('reads at most maxPages pages and says it stopped', async () => {
    const pdf = textPdf(Array.from({ length: 5 }, (_, k) => [`หน้า ${k + 1} ข้อความภาษาไทยที่ยาวพอสำหรับการอ่าน`]));
    const r = await extractPdfText(pdf, { maxPages: 2 });
    expect(r).toMatchObject({ pages: 5, pagesRead: 2, truncated: true });
  });
  it('refuses what is not a PDF, empty input, oversized input and damaged files with a clear error', async () => {
    expect((await extractPdfText(new TextEncoder().encode('<html>'))).error).toMatch(/not a PDF/);
    expect((await extractPdfText(new Uint8Array())).error).toMatch(/empty/);
    expect((await extractPdfText(textPdf('x'), { maxBytes: 10 })).error).toMatch(/larger than/);
    const cut = textPdf('ข้อความ').subarray(0, 300);
    const r = await extractPdfText(cut);
    expect(r.text === '' || r.scanned).toBe(true);
    const garbage = new Uint8Array(20_000).map((_, k) => (k * 7919) % 256);
    garbage.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
    expect((await extractPdfText(garbage)).error).toBeTruthy();
  });
  it('refuses a decompression bomb without inflating it into memory', async () => {
    const bomb = await bombPdf(400 * 1024 * 1024);
    expect(bomb.byteLength).toBeLessThan(2_000_000);
    const before = process.memoryUsage().rss;
    const r = await extractPdfText(bomb, { maxInflatedBytes: 50_000_000 });
    expect(r.error).toMatch(/decompression bomb/);
    // Counting stops at the limit: memory grows by far less than the 400 MB the stream holds.
    expect(process.memoryUsage().rss - before).toBeLessThan(150_000_000);
    expect(await inflatedSize(bomb, 10_000_000)).toBeGreaterThan(10_000_000);
  }, 30_000);
});
