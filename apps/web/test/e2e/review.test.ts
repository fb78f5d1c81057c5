/**
 * The review queue, by keyboard: accepting an evidence makes its item pass and moves the computed score; rejecting
 * needs a reason, which the API keeps.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser';
import { api, checkPage, gql, session } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Pending {
  id: string;
  itemIds: string[];
  agency: { id: string; slug: string };
}

async function pendingEvidence(): Promise<Pending[]> {
  const data = await gql<{ evidence: { edges: { node: Pending }[] } }>(
    `query { evidence(filter: { status: [PENDING] }, first: 100) { edges { node { id itemIds agency { id slug } } } } }`,
    {},
    api().tokens.reader,
  );
  return data.evidence.edges.map((e) => e.node);
}

interface Scorecard {
  agency: {
    assessment: {
      official: { total: number | null } | null;
      score: { total: number; totalDisplay: string; level: string } | null;
      items: { id: string; status: string }[];
    };
  };
}

async function scorecard(slug: string): Promise<Scorecard['agency']['assessment']> {
  const data = await gql<Scorecard>(
    `query($slug: String!) { agency(slug: $slug) { assessment { official { total } score { total totalDisplay level } items { id status } } } }`,
    { slug },
    api().tokens.reader,
  );
  return data.agency.assessment;
}

/** Moves the queue's active row (j) to the given evidence. */
async function activate(page: import('playwright-core').Page, id: string): Promise<void> {
  for (let k = 0; k < 60; k++) {
    const active = await page.locator('[role="option"][aria-selected="true"]').getAttribute('data-evidence');
    if (active === id) return;
    await page.keyboard.press('j');
  }
  throw new Error(`evidence ${id} not reached in the queue`);
}

describe('review queue', () => {
  it('accept with "a": the item passes and the computed score changes', async () => {
    const pending = await pendingEvidence();
    // An evidence for one item that fails now: accepting it must change the item and the score.
    let target: Pending | null = null;
    let before: Awaited<ReturnType<typeof scorecard>> | null = null;
    for (const p of pending) {
      if (p.itemIds.length !== 1) continue;
      const sc = await scorecard(p.agency.slug);
      if (sc.items.find((i) => i.id === p.itemIds[0])?.status === 'FAIL') {
        target = p;
        before = sc;
        break;
      }
    }
    expect(target, 'the demo data has a pending evidence for a failing item').not.toBeNull();
    if (!target || !before?.score) return;
    const item = target.itemIds[0] as string;

    const s = await session(browser, api().tokens.reviewer);
    try {
      const { page } = s;
      await page.goto(`/review?agency=${encodeURIComponent(target.agency.id)}&item=${item}`);
      await page.getByTestId('queue').locator('[role="option"]').first().waitFor();
      await page.getByTestId('preview').waitFor();
      await checkPage(page, 'review-queue');
      await activate(page, target.id);
      await page.keyboard.press('a');
      await page
        .locator('.toast')
        .filter({ hasText: `ยอมรับ ${item}` })
        .waitFor();
      await expect
        .poll(() => page.locator(`[data-evidence="${target.id}"]`).getAttribute('data-status'))
        .toBe('accepted');

      const after = await scorecard(target.agency.slug);
      expect(after.items.find((i) => i.id === item)?.status).toBe('PASS');
      expect(after.score?.total).toBeGreaterThan(before.score.total);

      // The agency page shows it: the item passes, and OpenITA's score moved.
      await page.goto(`/agencies/${target.agency.slug}`);
      const row = page.getByTestId('checklist').locator(`li[data-item="${item}"]`);
      await expect.poll(() => row.getAttribute('data-status')).toBe('pass');
      const shown = after.official?.total != null ? page.getByTestId('recomputed') : page.getByTestId('headline-total');
      await expect.poll(() => shown.textContent()).toContain(after.score?.totalDisplay ?? '?');
      expect(after.score?.totalDisplay).not.toBe(before.score.totalDisplay);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('reject with "r" asks for a reason, and the API keeps it', async () => {
    const target = (await pendingEvidence())[0];
    expect(target, 'the demo data has pending evidence').toBeTruthy();
    if (!target) return;
    const s = await session(browser, api().tokens.reviewer);
    try {
      const { page } = s;
      await page.goto(`/review?agency=${encodeURIComponent(target.agency.id)}`);
      await page.getByTestId('queue').locator('[role="option"]').first().waitFor();
      await activate(page, target.id);
      await page.keyboard.press('r');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await checkPage(page, 'review-reject-dialog');
      await dialog.getByRole('button', { name: 'ไม่ยอมรับ' }).click();
      await dialog.getByRole('alert').filter({ hasText: 'ต้องระบุเหตุผล' }).waitFor();
      await dialog.getByRole('button', { name: 'ข้อมูลไม่ใช่ของปีงบประมาณที่กำหนด' }).click();
      await dialog.getByTestId('reason').press('Control+Enter');
      await dialog.waitFor({ state: 'hidden' });
      await expect
        .poll(() => page.locator(`[data-evidence="${target.id}"]`).getAttribute('data-status'))
        .toBe('rejected');

      const data = await gql<{ evidenceById: { status: string; reviews: { decision: string; reason: string }[] } }>(
        `query($id: ID!) { evidenceById(id: $id) { status reviews { decision reason } } }`,
        { id: target.id },
        api().tokens.reader,
      );
      expect(data.evidenceById.status).toBe('REJECTED');
      expect(data.evidenceById.reviews.at(-1)).toEqual({ decision: 'REJECT', reason: 'ข้อมูลไม่ใช่ของปีงบประมาณที่กำหนด' });
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('filters by agency: part of a name finds it, picking it puts it in the address and the queue keeps to it', async () => {
    const target = (await pendingEvidence())[0];
    expect(target, 'the demo data has pending evidence').toBeTruthy();
    if (!target) return;
    const { agency } = await gql<{ agency: { id: string; name: { th: string } } }>(
      `query($slug: String!) { agency(slug: $slug) { id name { th } } }`,
      { slug: target.agency.slug },
      api().tokens.reader,
    );
    const s = await session(browser, api().tokens.reader);
    try {
      const { page } = s;
      await page.goto('/review?status=all');
      await page.getByTestId('queue').locator('[role="option"]').first().waitFor();
      const input = page.getByPlaceholder('พิมพ์ชื่อหน่วยงาน');
      // Part of the name (the API is asked from two characters on, after a pause in typing).
      await input.fill(agency.name.th.slice(0, Math.min(6, agency.name.th.length)));
      const offered = page.locator(`datalist option[value="${agency.name.th}"]`);
      await expect.poll(() => offered.count(), { timeout: 10_000 }).toBe(1);
      await input.fill(agency.name.th);
      await expect.poll(() => new URL(page.url()).searchParams.get('agency')).toBe(agency.id);
      await expect.poll(() => page.getByTestId('agency-filter').textContent()).toBe(agency.name.th);
      // The queue holds this agency's evidence only: the target is in it.
      await page.locator(`[data-evidence="${target.id}"]`).waitFor();
      const shown = await page.locator('[role="option"][data-evidence]').evaluateAll((rows) =>
        rows.map((r) => r.getAttribute('data-evidence')),
      );
      const theirs = await gql<{ evidence: { edges: { node: { id: string } }[] } }>(
        `query($agency: ID!) { evidence(filter: { agencies: [$agency] }, first: 200) { edges { node { id } } } }`,
        { agency: agency.id },
        api().tokens.reader,
      );
      const ids = new Set(theirs.evidence.edges.map((e) => e.node.id));
      expect(shown.length).toBeGreaterThan(0);
      for (const id of shown) expect(ids.has(id as string)).toBe(true);
      // Cleared, the filter leaves the address.
      await page.getByRole('button', { name: 'ล้าง' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('agency')).toBeNull();
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('a reader sees the queue but no review actions', async () => {
    const s = await session(browser, api().tokens.reader);
    try {
      const { page } = s;
      await page.goto('/review?status=all');
      await page.getByTestId('queue').locator('[role="option"]').first().waitFor();
      await page.getByText('โทเค็นนี้ดูได้อย่างเดียว').waitFor();
      expect(await page.getByTestId('accept').count()).toBe(0);
      const before = await page.locator('[role="option"][aria-selected="true"]').getAttribute('data-status');
      await page.keyboard.press('a');
      await page.waitForTimeout(300);
      expect(await page.locator('[role="option"][aria-selected="true"]').getAttribute('data-status')).toBe(before);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
