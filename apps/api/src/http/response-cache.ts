/**
 * Whole GraphQL responses, cached as bytes per (token, request body) and keyed on the data generation: the
 * audit log's head. Every write appends to the audit log in the transaction that makes it, in this process
 * or any other, so a response computed at one generation stays right exactly as long as the head has not
 * moved. The head is read at most every 200 ms (and at once after a mutation through this server), so a
 * write by another process (the CLI, a second instance on the same PostgreSQL) shows within 200 ms.
 * Only successful queries are kept; mutations, errors and uploads never are.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { auditHead, type Db } from '@openita/schema';
import { getOperationAST, parse } from 'graphql';

interface Entry {
  generation: number;
  body: Buffer;
  gzip: Buffer | null;
  expires: number;
}

export interface ResponseCacheOptions {
  maxBytes?: number;
  ttlMs?: number;
  generationMaxAgeMs?: number;
}

export class ResponseCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private gen: { value: number; at: number } | null = null;
  private inflight: Promise<number> | null = null;
  private readonly ops = new Map<string, 'query' | 'mutation' | 'subscription' | null>();
  readonly maxBytes: number;
  readonly ttlMs: number;
  readonly generationMaxAgeMs: number;
  hits = 0;
  misses = 0;

  constructor(
    private readonly db: Db,
    o: ResponseCacheOptions = {},
  ) {
    this.maxBytes = o.maxBytes ?? 64 * 1024 * 1024;
    this.ttlMs = o.ttlMs ?? 5 * 60_000;
    this.generationMaxAgeMs = o.generationMaxAgeMs ?? 200;
  }

  /** The data generation (audit head), read from the database at most every generationMaxAgeMs. */
  generation(): Promise<number> {
    const now = Date.now();
    if (this.gen && now - this.gen.at < this.generationMaxAgeMs) return Promise.resolve(this.gen.value);
    if (!this.inflight) {
      const started = now;
      this.inflight = auditHead(this.db).then(
        (value) => {
          this.gen = { value, at: started };
          this.inflight = null;
          return value;
        },
        (e) => {
          this.inflight = null;
          throw e;
        },
      );
    }
    return this.inflight;
  }

  /** After a write through this server: the next request reads the generation again. */
  written(): void {
    this.gen = null;
  }

  /** The operation type of a document (cached by its text); null when it does not parse or is ambiguous. */
  operationType(query: string, operationName: string | null | undefined): 'query' | 'mutation' | 'subscription' | null {
    const key = `${operationName ?? ''}\u0000${query}`;
    if (this.ops.has(key)) return this.ops.get(key) ?? null;
    let type: 'query' | 'mutation' | 'subscription' | null = null;
    try {
      type = getOperationAST(parse(query), operationName ?? undefined)?.operation ?? null;
    } catch {
      type = null;
    }
    if (this.ops.size > 5000) this.ops.clear();
    this.ops.set(key, type);
    return type;
  }

  static key(session: string, body: Buffer): string {
    return `${session}|${createHash('sha256').update(body).digest('base64url')}`;
  }

  get(key: string, generation: number): Entry | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.generation !== generation || e.expires < Date.now()) {
      this.drop(key, e);
      return null;
    }
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, e);
    return e;
  }

  set(key: string, generation: number, body: Buffer): void {
    if (body.byteLength > this.maxBytes / 16) return;
    const old = this.entries.get(key);
    if (old) this.drop(key, old);
    this.entries.set(key, { generation, body, gzip: null, expires: Date.now() + this.ttlMs });
    this.bytes += body.byteLength;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(k, e);
    }
  }

  gzipOf(e: Entry): Buffer {
    if (!e.gzip) {
      e.gzip = gzipSync(e.body, { level: 6 });
      this.bytes += e.gzip.byteLength;
    }
    return e.gzip;
  }

  private drop(key: string, e: Entry): void {
    this.entries.delete(key);
    this.bytes -= e.body.byteLength + (e.gzip?.byteLength ?? 0);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.gen = null;
  }
}
