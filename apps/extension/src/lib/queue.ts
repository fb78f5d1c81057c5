/**
 * The persistent submission queue. Every submission is written to extension storage before anything is sent, so
 * nothing is lost when the API is down, the network drops or the browser restarts. Each carries an idempotency key
 * (its id), sent with every attempt: the API's submitEvidence stores one piece of evidence per key, so a retry
 * after a lost answer cannot create a second one.
 *
 * Layout in storage.local: `queue` holds the entries' metadata (small, rewritten on every change); each
 * submission's payload (captured HTML, screenshot) sits under `queue:payload:<id>` and is deleted once delivered.
 *
 * The queue lives in the background (service worker / event page); extension pages talk to it by messages and read
 * its state from storage. Failed attempts are retried with exponential backoff; a wake-up alarm brings the worker
 * back when the next retry is due.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { backoffDelay, type BackoffOptions, DEFAULT_BACKOFF } from './backoff';

export const AuditorVerdict = z.enum(['pass', 'fail', 'needs-review']);
export type AuditorVerdict = z.infer<typeof AuditorVerdict>;

/** What the auditor submits: one capture of one page, for one or more items. */
export const Submission = z.object({
  agencyId: z.string().check(z.minLength(1)),
  framework: z.string().check(z.minLength(1)),
  items: z.array(z.string().check(z.regex(/^O\d{1,2}$/))).check(z.minLength(1)),
  url: z.url({ protocol: /^https?$/ }),
  title: z.string(),
  capturedAt: z.iso.datetime({ offset: true }),
  html: z.string().check(z.minLength(1)),
  /** Lowercase hex SHA-256 of the UTF-8 bytes of `html`. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  /** The visible tab, as a data: URL (image/jpeg or image/png). */
  screenshot: z.nullable(z.string().check(z.regex(/^data:image\/(jpeg|png);base64,/))),
  /** The extension's own check results for the submitted items (packages/scoring's PageCheckReport). */
  clientChecks: z.unknown(),
  /** Some items were checked as if the page were about them (the auditor's call). */
  forced: z._default(z.boolean(), false),
  verdict: AuditorVerdict,
  note: z.string().check(z.maxLength(10_000)),
});
export type Submission = z.output<typeof Submission>;
/** What a caller hands to enqueue (defaults not yet applied). */
export type SubmissionInput = z.input<typeof Submission>;

export type EntryStatus = 'pending' | 'sending' | 'delivered' | 'failed';

export interface QueueEntry {
  /** Also the idempotency key sent to the API. */
  id: string;
  status: EntryStatus;
  createdAt: number;
  attempts: number;
  /** Epoch ms when the next attempt is due (pending entries). */
  nextAttemptAt: number;
  lastAttemptAt?: number;
  deliveredAt?: number;
  lastError?: { message: string; kind: SendFailureKind };
  /** What the API answered on delivery. */
  result?: { evidenceId: string };
  /** For display without loading the payload. */
  summary: {
    items: string[];
    url: string;
    title: string;
    agencyId: string;
    verdict: AuditorVerdict;
    bytes: number;
    hasScreenshot: boolean;
  };
}

export type SendFailureKind = 'network' | 'server' | 'auth' | 'rejected' | 'not-configured';

export type SendResult =
  | { ok: true; evidenceId: string }
  | { ok: false; kind: SendFailureKind; message: string; retryable: boolean };

export type Sender = (submission: Submission, idempotencyKey: string) => Promise<SendResult>;

export interface QueueDeps {
  send: Sender;
  now?: () => number;
  backoff?: BackoffOptions;
  newId?: () => string;
  /** Called with the time the next attempt is due (null: nothing pending), to arm a wake-up alarm. */
  schedule?: (when: number | null) => void | Promise<void>;
  /** How long an attempt may stay `sending` before it is presumed lost (the worker died) and retried. */
  sendingLeaseMs?: number;
  /** Delivered entries kept for display. */
  keepDelivered?: number;
}

export const queueItem = storage.defineItem<QueueEntry[]>('local:queue', { fallback: [] });
const payloadKey = (id: string) => `local:queue:payload:${id}` as const;

export interface DrainReport {
  attempted: number;
  delivered: number;
  failed: number;
  pending: number;
  nextAttemptAt: number | null;
}

export class SubmissionQueue {
  private readonly now: () => number;
  private readonly backoff: BackoffOptions;
  private readonly newId: () => string;
  private readonly leaseMs: number;
  private readonly keepDelivered: number;
  /** Every read-modify-write of the metadata goes through this chain: no lost updates within the worker. */
  private lock: Promise<unknown> = Promise.resolve();
  private draining: Promise<DrainReport> | null = null;
  private drainAgain = false;

  constructor(private readonly deps: QueueDeps) {
    this.now = deps.now ?? Date.now;
    this.backoff = deps.backoff ?? DEFAULT_BACKOFF;
    this.newId = deps.newId ?? (() => crypto.randomUUID());
    this.leaseMs = deps.sendingLeaseMs ?? 120_000;
    this.keepDelivered = deps.keepDelivered ?? 50;
  }

  private mutate<T>(fn: (entries: QueueEntry[]) => T | Promise<T>): Promise<T> {
    const run = this.lock.then(async () => {
      // A copy: the storage item hands out its fallback (and, in some browsers, its cached value) by reference.
      const entries = structuredClone(await queueItem.getValue());
      const out = await fn(entries);
      await queueItem.setValue(entries);
      return out;
    });
    this.lock = run.catch(() => undefined);
    return run;
  }

  async list(): Promise<QueueEntry[]> {
    return structuredClone(await queueItem.getValue());
  }

  /** Validates and stores a submission; returns its entry. The payload is on disk before this resolves. */
  async enqueue(input: SubmissionInput): Promise<QueueEntry> {
    const submission = Submission.parse(input);
    const id = this.newId();
    const bytes = new TextEncoder().encode(submission.html).byteLength + (submission.screenshot?.length ?? 0);
    await storage.setItem(payloadKey(id), submission);
    const entry: QueueEntry = {
      id,
      status: 'pending',
      createdAt: this.now(),
      attempts: 0,
      nextAttemptAt: this.now(),
      summary: {
        items: submission.items,
        url: submission.url,
        title: submission.title,
        agencyId: submission.agencyId,
        verdict: submission.verdict,
        bytes,
        hasScreenshot: !!submission.screenshot,
      },
    };
    await this.mutate((entries) => {
      entries.push(entry);
    });
    return entry;
  }

  /**
   * At worker start: an entry still marked `sending` was cut off when the previous worker died (there is only one
   * background context, so nothing else can be sending it). It is due again at once, with the same idempotency key.
   */
  async recover(): Promise<number> {
    return this.mutate((entries) => {
      let n = 0;
      for (const e of entries)
        if (e.status === 'sending') {
          e.status = 'pending';
          e.nextAttemptAt = this.now();
          n++;
        }
      return n;
    });
  }

  /** Makes a failed or waiting entry due now. */
  async retry(id: string): Promise<void> {
    await this.mutate((entries) => {
      const e = entries.find((x) => x.id === id);
      if (!e) throw new Error(`no queued submission ${id}`);
      if (e.status === 'delivered') return;
      e.status = 'pending';
      e.nextAttemptAt = this.now();
    });
  }

  /** Puts failed entries that match back in line, due now (e.g. those refused for a token that has since changed). */
  async requeueFailed(match: (e: QueueEntry) => boolean): Promise<number> {
    return this.mutate((entries) => {
      let n = 0;
      for (const e of entries)
        if (e.status === 'failed' && match(e)) {
          e.status = 'pending';
          e.nextAttemptAt = this.now();
          n++;
        }
      return n;
    });
  }

  /** Makes every waiting entry due now (settings changed, the browser came back online). */
  async retryAllPending(): Promise<void> {
    await this.mutate((entries) => {
      for (const e of entries) if (e.status === 'pending') e.nextAttemptAt = Math.min(e.nextAttemptAt, this.now());
    });
  }

  /** Removes an entry the auditor gave up on (or a delivered one) and its payload. */
  async discard(id: string): Promise<void> {
    await this.mutate((entries) => {
      const i = entries.findIndex((x) => x.id === id);
      if (i >= 0) {
        if (entries[i]?.status === 'sending') throw new Error('the submission is being sent: try again in a moment');
        entries.splice(i, 1);
      }
    });
    await storage.removeItem(payloadKey(id));
  }

  async payload(id: string): Promise<Submission | null> {
    return storage.getItem<Submission>(payloadKey(id));
  }

  /**
   * Sends every due entry, one at a time, oldest first. Concurrent calls share one run (and trigger one more pass
   * if they arrive during it), so an entry is never sent twice at once.
   */
  drain(): Promise<DrainReport> {
    if (this.draining) {
      this.drainAgain = true;
      return this.draining;
    }
    const run = (async () => {
      let report: DrainReport;
      do {
        this.drainAgain = false;
        report = await this.drainOnce();
      } while (this.drainAgain);
      return report;
    })().finally(() => {
      this.draining = null;
    });
    this.draining = run;
    return run;
  }

  private async drainOnce(): Promise<DrainReport> {
    const report: DrainReport = { attempted: 0, delivered: 0, failed: 0, pending: 0, nextAttemptAt: null };
    for (;;) {
      // Claim the oldest due entry (an entry left `sending` by a worker that died is due again after its lease).
      const claimed = await this.mutate((entries) => {
        const t = this.now();
        const due = entries
          .filter(
            (e) =>
              (e.status === 'pending' && e.nextAttemptAt <= t) ||
              (e.status === 'sending' && (e.lastAttemptAt ?? 0) + this.leaseMs <= t),
          )
          .sort((a, b) => a.createdAt - b.createdAt)[0];
        if (!due) return null;
        due.status = 'sending';
        due.attempts += 1;
        due.lastAttemptAt = t;
        return { ...due };
      });
      if (!claimed) break;
      report.attempted++;
      const submission = await this.payload(claimed.id);
      let result: SendResult;
      if (!submission)
        result = { ok: false, kind: 'rejected', message: 'the stored submission is missing', retryable: false };
      else {
        try {
          result = await this.deps.send(submission, claimed.id);
        } catch (e) {
          result = { ok: false, kind: 'network', message: e instanceof Error ? e.message : String(e), retryable: true };
        }
      }
      await this.mutate((entries) => {
        const e = entries.find((x) => x.id === claimed.id);
        if (!e) return;
        const t = this.now();
        if (result.ok) {
          e.status = 'delivered';
          e.deliveredAt = t;
          e.result = { evidenceId: result.evidenceId };
          delete e.lastError;
          report.delivered++;
        } else if (result.retryable) {
          e.status = 'pending';
          e.nextAttemptAt = t + backoffDelay(e.attempts, this.backoff);
          e.lastError = { message: result.message, kind: result.kind };
        } else {
          e.status = 'failed';
          e.lastError = { message: result.message, kind: result.kind };
          report.failed++;
        }
      });
      if (result.ok) await storage.removeItem(payloadKey(claimed.id));
    }
    await this.mutate((entries) => {
      // Keep the latest delivered entries for display; their payloads are already gone.
      const delivered = entries
        .filter((e) => e.status === 'delivered')
        .sort((a, b) => (b.deliveredAt ?? 0) - (a.deliveredAt ?? 0));
      const drop = new Set(delivered.slice(this.keepDelivered).map((e) => e.id));
      for (let i = entries.length - 1; i >= 0; i--) if (drop.has(entries[i]?.id ?? '')) entries.splice(i, 1);
      const pending = entries.filter((e) => e.status === 'pending' || e.status === 'sending');
      report.pending = pending.length;
      report.nextAttemptAt = pending.length
        ? Math.min(
            ...pending.map((e) => (e.status === 'sending' ? (e.lastAttemptAt ?? 0) + this.leaseMs : e.nextAttemptAt)),
          )
        : null;
    });
    await this.deps.schedule?.(report.nextAttemptAt);
    return report;
  }
}
