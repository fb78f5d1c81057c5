// @vitest-environment happy-dom
/**
 * Messaging between the parts, over WXT's fake browser: the side panel asks the content script (in the audited tab)
 * for a snapshot and a highlight, and asks the background to queue, retry and send submissions.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import content from '../src/entrypoints/content';
import { QUEUE_ALARM, startBackground } from '../src/lib/background';
import { backgroundMessenger, contentMessenger } from '../src/lib/messaging';
import { OVERLAY_ID } from '../src/lib/page';
import { queueItem, type SendResult, type Submission } from '../src/lib/queue';
import { updateSettings } from '../src/lib/settings';
import { ensureContentScript, highlightInTab, snapshotTab } from '../src/lib/target';
import { submission } from './fixtures/submission';

const TAB_ID = 7;

/** Chrome's tabs.sendMessage, which the fake browser leaves out: deliver to this context's listeners as if from the tab. */
function wireTabMessaging(opts: { injected: () => boolean }) {
  const tabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
  tabs.sendMessage = (tabId: number, message: unknown, _options: unknown, callback?: (r: unknown) => void) => {
    const run = async () => {
      if (tabId !== TAB_ID || !opts.injected())
        throw new Error('Could not establish connection. Receiving end does not exist.');
      let respond!: (r: unknown) => void;
      const response = new Promise((r) => {
        respond = r;
      });
      const handled = await fakeBrowser.runtime.onMessage.trigger(message, { tab: { id: tabId } } as never, respond);
      return (handled as unknown[]).some((h) => h === true) ? response : undefined;
    };
    run().then(
      (r) => callback?.(r),
      (e: Error) => {
        (fakeBrowser.runtime as { lastError?: unknown }).lastError = { message: e.message };
        callback?.(undefined);
        (fakeBrowser.runtime as { lastError?: unknown }).lastError = undefined;
      },
    );
  };
}

describe('side panel ↔ content script', () => {
  let injected = false;
  let injections = 0;
  beforeEach(() => {
    fakeBrowser.reset();
    injected = false;
    injections = 0;
    wireTabMessaging({ injected: () => injected });
    // scripting.executeScript with the content script's file: run the content script's main in this document.
    (fakeBrowser as unknown as { scripting: unknown }).scripting = {
      executeScript: async ({ target, files }: { target: { tabId: number }; files: string[] }) => {
        expect(target.tabId).toBe(TAB_ID);
        expect(files).toEqual(['/content-scripts/content.js']);
        injections++;
        injected = true;
        await content.main({} as never);
        return [{ frameId: 0, result: undefined }];
      },
    };
    document.documentElement.innerHTML = `<head><title>ติดต่อเรา</title></head><body>
      <main><h1>ติดต่อเรา</h1><p id="addr">ศาลากลางจังหวัดบึงกาฬ ถนนบึงกาฬ ตำบลวิศิษฐ์ อำเภอเมืองบึงกาฬ จังหวัดบึงกาฬ 38000</p>
      <ul><li class="tel">โทรศัพท์ 0 4249 1234</li></ul></main></body>`;
  });
  afterEach(() => {
    contentMessenger.removeAllListeners();
    backgroundMessenger.removeAllListeners();
    window.__openitaAlive = undefined;
  });

  it('injects the content script on first use, once, and answers a ping', async () => {
    await ensureContentScript(TAB_ID);
    await ensureContentScript(TAB_ID);
    expect(injections).toBe(1);
    expect(await contentMessenger.sendMessage('page:ping', undefined, TAB_ID)).toMatchObject({
      url: expect.any(String),
    });
  });

  it('snapshot: the serialised live DOM with its doctype, title and time', async () => {
    const snap = await snapshotTab(TAB_ID);
    expect(snap.title).toBe('ติดต่อเรา');
    expect(snap.html).toContain('ตำบลวิศิษฐ์');
    expect(snap.html).toMatch(/^<html/);
    expect(Date.parse(snap.capturedAt)).not.toBeNaN();
  });

  it('highlight: outlines the element at a CSS path; the overlay never enters a snapshot', async () => {
    const hit = await highlightInTab(TAB_ID, 'body > main > p#addr', 'O5 · ที่อยู่');
    expect(hit).toMatchObject({ found: true, count: 1 });
    const overlay = document.getElementById(OVERLAY_ID);
    expect(overlay?.dataset.path).toBe('body > main > p#addr');
    expect(overlay?.textContent).toBe('O5 · ที่อยู่');
    const snap = await snapshotTab(TAB_ID);
    expect(snap.html).not.toContain(OVERLAY_ID);
    expect(document.getElementById(OVERLAY_ID)).not.toBeNull();

    expect(await highlightInTab(TAB_ID, 'body > aside.nothing')).toEqual({ found: false, count: 0, visible: false });
    expect(await highlightInTab(TAB_ID, 'li:nth-of-type(')).toEqual({ found: false, count: 0, visible: false });
    await contentMessenger.sendMessage('page:clear', undefined, TAB_ID);
    expect(document.getElementById(OVERLAY_ID)).toBeNull();
  });
});

describe('side panel ↔ background', () => {
  let api: { up: boolean; calls: string[]; stored: Map<string, Submission> };
  let bg: ReturnType<typeof startBackground>;
  beforeEach(async () => {
    fakeBrowser.reset();
    api = { up: false, calls: [], stored: new Map() };
    bg = startBackground({
      send: async (s, key): Promise<SendResult> => {
        api.calls.push(key);
        if (!api.up) return { ok: false, kind: 'network', message: 'cannot reach the API', retryable: true };
        if (!api.stored.has(key)) api.stored.set(key, s);
        return { ok: true, evidenceId: `ev-${[...api.stored.keys()].indexOf(key) + 1}` };
      },
      backoff: { baseMs: 5_000, capMs: 60_000, random: () => 0 },
    });
    await new Promise((r) => setTimeout(r, 0));
  });
  afterEach(() => {
    bg.stop();
    backgroundMessenger.removeAllListeners();
  });

  const settle = async () => {
    // Let the background's fire-and-forget drain finish.
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };

  it('enqueue: stored at once; API down → pending with a wake-up alarm; alarm with the API up → delivered once', async () => {
    const entry = await backgroundMessenger.sendMessage('queue:enqueue', submission());
    expect(entry.status).toBe('pending');
    await settle();
    let [e] = await queueItem.getValue();
    expect(e).toMatchObject({ id: entry.id, status: 'pending', attempts: 1, lastError: { kind: 'network' } });
    const alarm = await fakeBrowser.alarms.get(QUEUE_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(e?.nextAttemptAt ?? Infinity);

    // The alarm fires before the retry is due: nothing is sent.
    await fakeBrowser.alarms.onAlarm.trigger({
      name: QUEUE_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await settle();
    expect(api.calls.length).toBe(1);

    api.up = true;
    await backgroundMessenger.sendMessage('queue:drain', undefined);
    await settle();
    [e] = await queueItem.getValue();
    expect(e).toMatchObject({ status: 'delivered', result: { evidenceId: 'ev-1' } });
    expect(api.calls).toEqual([entry.id, entry.id]);
    expect(api.stored.size).toBe(1);
    expect(await fakeBrowser.alarms.get(QUEUE_ALARM)).toBeUndefined();
  });

  it('an invalid submission is refused with its reason, and nothing is queued', async () => {
    await expect(backgroundMessenger.sendMessage('queue:enqueue', submission({ items: ['X1'] }))).rejects.toThrow(
      /items/,
    );
    expect(await queueItem.getValue()).toEqual([]);
  });

  it('retry and discard by message', async () => {
    const a = await backgroundMessenger.sendMessage('queue:enqueue', submission());
    const b = await backgroundMessenger.sendMessage('queue:enqueue', submission({ items: ['O2'] }));
    await settle();
    await backgroundMessenger.sendMessage('queue:discard', b.id);
    api.up = true;
    await backgroundMessenger.sendMessage('queue:retry', a.id);
    await settle();
    const entries = await queueItem.getValue();
    expect(entries.map((e) => [e.id, e.status])).toEqual([[a.id, 'delivered']]);
    expect([...api.stored.values()].map((s) => s.items)).toEqual([['O5']]);
  });

  it('a settings change sends what waited for it', async () => {
    const entry = await backgroundMessenger.sendMessage('queue:enqueue', submission());
    await settle();
    api.up = true;
    await updateSettings({ apiUrl: 'http://127.0.0.1:4000', token: 'new-token' });
    await settle();
    const [e] = await queueItem.getValue();
    expect(e).toMatchObject({ id: entry.id, status: 'delivered' });
  });
});
