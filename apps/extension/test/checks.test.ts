import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSnapshot, clientChecksFor } from '../src/lib/checks';
import type { PageSnapshot } from '../src/lib/messaging';
import { SITE_DIR } from './fixtures/site';

async function snapshot(file: string): Promise<PageSnapshot> {
  return {
    url: `http://127.0.0.1:8080/${file}`,
    title: '',
    html: await readFile(join(SITE_DIR, file), 'utf8'),
    capturedAt: new Date().toISOString(),
    lang: 'th',
    serializeMs: 0,
  };
}

describe('checks on a snapshot', () => {
  it('runs all 43 rules of the framework and times the page model and the rules', async () => {
    const check = checkSnapshot(await snapshot('contact.html'), { framework: 'nacc-ita-2564' });
    expect(check.report.items).toHaveLength(43);
    expect(check.report.items.find((i) => i.id === 'O5')).toMatchObject({
      applies: true,
      verdict: 'pass',
      missing: [],
    });
    expect(check.timings.total).toBeGreaterThan(0);
    expect(check.htmlBytes).toBe(Buffer.byteLength(check.snapshot.html));
  });

  it('client checks: only the submitted items; an item the page is not about is checked as if it were (forced)', async () => {
    const check = checkSnapshot(await snapshot('contact.html'), { framework: 'nacc-ita-2564' });
    const plain = clientChecksFor(check, ['O5'], 'nacc-ita-2564');
    expect(plain.forced).toBe(false);
    expect(plain.report.items.map((i) => i.id)).toEqual(['O5']);
    expect(check.report.items.find((i) => i.id === 'O1')?.verdict).toBe('not-applicable');
    const forced = clientChecksFor(check, ['O5', 'O1'], 'nacc-ita-2564');
    expect(forced.forced).toBe(true);
    const o1 = forced.report.items.find((i) => i.id === 'O1');
    expect(o1?.verdict).not.toBe('not-applicable');
    expect(o1?.criteria.length).toBeGreaterThan(0);
  });

  it('an unknown framework is a clear error', async () => {
    expect(() =>
      checkSnapshot(
        { url: 'http://x/', title: '', html: '<p>', capturedAt: '', lang: null, serializeMs: 0 },
        { framework: 'nacc-ita-1999' },
      ),
    ).toThrow(/unknown framework "nacc-ita-1999"/);
  });
});
