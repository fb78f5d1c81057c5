import { beforeEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backoffDelay } from '../src/lib/backoff';
import {
  type QueueDeps,
  queueItem,
  type SendResult,
  type Submission,
  SubmissionQueue,
} from '../src/lib/queue';
import { submission } from './fixtures/submission';

/** A model of the API's submitEvidence: one evidence per idempotency key, and switchable outages. */
class FakeApi {
  evidence = new Map<string, { id: string; submission: Submission }>();
  calls: string[] = [];
  mode: 'up' | 'down' | 'lose-answer' | 'refuse' | 'auth' = 'up';
  async send(s: Submission, key: string): Promise<SendResult> {
    this.calls.push(key);
    if (this.mode === 'down') throw new TypeError('Failed to fetch');
    if (this.mode === 'auth') return { ok: false, kind: 'auth', message: 'token revoked', retryable: false };
    if (this.mode === 'refuse')
      return { ok: false, kind: 'rejected', message: 'input.items.0: unknown item O99', retryable: false };
    let e = this.evidence.get(key);
    if (!e) {
      e = { id: `ev-${this.evidence.size + 1}`, submission: s };
      this.evidence.set(key, e);
    }
    if (this.mode === 'lose-answer') {
      // Stored on the server, but the answer never reaches the extension.
      throw new TypeError('network connection was lost');
    }
    return { ok: true, evidenceId: e.id };
  }
}

function setup(over: Partial<QueueDeps> = {}) {
  const api = new FakeApi();
  let now = 1_000_000;
  const scheduled: (number | null)[] = [];
  let n = 0;
  const deps: QueueDeps = {
    send: (s, k) => api.send(s, k),
    now: () => now,
    newId: () => `key-${++n}`,
    backoff: { baseMs: 5_000, capMs: 60_000, random: () => 0.5 },
    schedule: (w) => {
      scheduled.push(w);
    },
    ...over,
  };
  const queue = new SubmissionQueue(deps);
  return {
    api,
    queue,
    deps,
    scheduled,
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

describe('submission queue', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes the submission to storage before sending, and drops the payload once delivered', async () => {
    const { queue, api } = setup();
    const entry = await queue.enqueue(submission());
    expect(entry.status).toBe('pending');
    expect(await storage.getItem(`local:queue:payload:${entry.id}`)).toMatchObject({ items: ['O5'], verdict: 'pass' });
    expect((await queueItem.getValue())[0]?.summary).toMatchObject({ items: ['O5'], hasScreenshot: true });

    const report = await queue.drain();
    expect(report).toMatchObject({ attempted: 1, delivered: 1, pending: 0, nextAttemptAt: null });
    expect(api.calls).toEqual([entry.id]);
    const [stored] = await queue.list();
    expect(stored).toMatchObject({ status: 'delivered', result: { evidenceId: 'ev-1' }, attempts: 1 });
    expect(await storage.getItem(`local:queue:payload:${entry.id}`)).toBeNull();
  });

  it('refuses an invalid submission and stores nothing', async () => {
    const { queue } = setup();
    await expect(queue.enqueue(submission({ sha256: 'nothex' }))).rejects.toThrow(/sha256/);
    await expect(queue.enqueue(submission({ items: [] }))).rejects.toThrow();
    await expect(queue.enqueue(submission({ url: 'not a url' }))).rejects.toThrow(/url/);
    expect(await queue.list()).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([]);
  });

  it('API down: waits with exponential backoff, then delivers once the API is back', async () => {
    const { queue, api, advance, scheduled, now } = setup();
    api.mode = 'down';
    const entry = await queue.enqueue(submission());
    let r = await queue.drain();
    expect(r).toMatchObject({ attempted: 1, delivered: 0, pending: 1 });
    let [e] = await queue.list();
    expect(e?.status).toBe('pending');
    expect(e?.lastError).toMatchObject({ kind: 'network' });
    // First retry after base (5 s, equal jitter at 0.5 → 3.75 s); the alarm is armed for it.
    expect(e?.nextAttemptAt).toBe(now() + 3_750);
    expect(scheduled.at(-1)).toBe(now() + 3_750);

    // Not due yet: nothing is sent.
    r = await queue.drain();
    expect(r.attempted).toBe(0);
    advance(3_750);
    r = await queue.drain();
    expect(r.attempted).toBe(1);
    [e] = await queue.list();
    expect(e?.attempts).toBe(2);
    expect(e?.nextAttemptAt).toBe(now() + 7_500);

    api.mode = 'up';
    advance(7_500);
    r = await queue.drain();
    expect(r.delivered).toBe(1);
    expect(api.evidence.size).toBe(1);
    expect(api.calls).toEqual([entry.id, entry.id, entry.id]);
    expect(scheduled.at(-1)).toBeNull();
  });

  it('backoff grows exponentially up to its cap, with jitter within [d/2, d]', () => {
    const o = { baseMs: 5_000, capMs: 60_000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, { ...o, random: () => 0 }))).toEqual([
      2_500, 5_000, 10_000, 20_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(3, { ...o, random: () => 0.999999 })).toBe(20_000);
    expect(backoffDelay(1000, { ...o, random: () => 0.999999 })).toBe(60_000);
  });

  it('an answer lost after the API stored the evidence: the retry carries the same key and creates nothing new', async () => {
    const { queue, api, advance } = setup();
    api.mode = 'lose-answer';
    const entry = await queue.enqueue(submission());
    await queue.drain();
    expect(api.evidence.size).toBe(1);
    expect((await queue.list())[0]?.status).toBe('pending');
    api.mode = 'up';
    advance(60_000);
    await queue.drain();
    expect(api.evidence.size).toBe(1);
    expect(api.calls).toEqual([entry.id, entry.id]);
    expect((await queue.list())[0]).toMatchObject({ status: 'delivered', result: { evidenceId: 'ev-1' } });
  });

  it('survives a restart: a new queue over the same storage delivers what the old one could not', async () => {
    const first = setup();
    first.api.mode = 'down';
    await first.queue.enqueue(submission({ items: ['O5', 'O1'] }));
    await first.queue.enqueue(submission({ items: ['O2'] }));
    await first.queue.drain();
    // The browser restarts: the worker and its memory are gone, storage is not.
    const api = new FakeApi();
    const second = new SubmissionQueue({ send: (s, k) => api.send(s, k), now: () => first.now() + 3_600_000 });
    await second.recover();
    const r = await second.drain();
    expect(r.delivered).toBe(2);
    expect([...api.evidence.values()].map((e) => e.submission.items)).toEqual([['O5', 'O1'], ['O2']]);
  });

  it('an attempt cut off by the worker dying is sent again (same key) after restart', async () => {
    const { queue, api } = setup();
    const entry = await queue.enqueue(submission());
    // Simulate a worker that claimed the entry and died while sending: status stays `sending`.
    const entries = await queueItem.getValue();
    (entries[0] as { status: string }).status = 'sending';
    await queueItem.setValue(entries);
    expect(await queue.recover()).toBe(1);
    await queue.drain();
    expect(api.calls).toEqual([entry.id]);
    expect((await queue.list())[0]?.status).toBe('delivered');
  });

  it('concurrent drains send each entry once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const api = new FakeApi();
    const queue = new SubmissionQueue({
      send: async (s, k) => {
        await gate;
        return api.send(s, k);
      },
    });
    await queue.enqueue(submission());
    await queue.enqueue(submission({ items: ['O2'] }));
    const runs = [queue.drain(), queue.drain(), queue.drain()];
    release();
    await Promise.all(runs);
    expect(api.calls.length).toBe(2);
    expect(new Set(api.calls).size).toBe(2);
    expect(api.evidence.size).toBe(2);
  });

  it('a refusal is final: kept as failed with the reason, sent again only when asked', async () => {
    const { queue, api } = setup();
    api.mode = 'refuse';
    const entry = await queue.enqueue(submission());
    const r = await queue.drain();
    expect(r).toMatchObject({ failed: 1, pending: 0 });
    let [e] = await queue.list();
    expect(e).toMatchObject({
      status: 'failed',
      lastError: { kind: 'rejected', message: 'input.items.0: unknown item O99' },
    });
    // Nothing is lost: the payload is still there.
    expect(await queue.payload(entry.id)).not.toBeNull();
    await queue.drain();
    expect(api.calls.length).toBe(1);
    api.mode = 'up';
    await queue.retry(entry.id);
    await queue.drain();
    [e] = await queue.list();
    expect(e?.status).toBe('delivered');
  });

  it('entries refused for the token go back in line when asked (settings changed)', async () => {
    const { queue, api } = setup();
    api.mode = 'auth';
    await queue.enqueue(submission());
    await queue.drain();
    expect((await queue.list())[0]?.status).toBe('failed');
    api.mode = 'up';
    expect(await queue.requeueFailed((e) => e.lastError?.kind === 'auth')).toBe(1);
    await queue.drain();
    expect((await queue.list())[0]?.status).toBe('delivered');
  });

  it('discard removes the entry and its payload', async () => {
    const { queue, api } = setup();
    api.mode = 'down';
    const entry = await queue.enqueue(submission());
    await queue.drain();
    await queue.discard(entry.id);
    expect(await queue.list()).toEqual([]);
    expect(await queue.payload(entry.id)).toBeNull();
  });

  it('sends oldest first and keeps only the latest delivered entries for display', async () => {
    const { queue, api } = setup({ keepDelivered: 2 });
    for (const item of ['O1', 'O2', 'O3']) await queue.enqueue(submission({ items: [item] }));
    await queue.drain();
    expect([...api.evidence.values()].map((e) => e.submission.items[0])).toEqual(['O1', 'O2', 'O3']);
    expect((await queue.list()).length).toBe(2);
  });
});
