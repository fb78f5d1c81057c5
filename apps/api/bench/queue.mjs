// The review queue at depth: 10,000 pending evidence (BENCH_QUEUE), walked page by page with keyset cursors
// (ReviewQueueDocument, 50 a page, response cache off so every page is executed). Prints page latencies.
import { print } from 'graphql';
import { ReviewQueueDocument } from '@openita/schema/client';
import { startTestServer } from '../dist/test-support.js';

const N = Number(process.env.BENCH_QUEUE ?? 10_000);
const started = Date.now();
const api = await startTestServer({ seed: { agencies: 20, queue: N }, logLevel: 'silent', config: { responseCache: false } });
console.log(`seeded a queue of ${N} evidence (+ demo) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
const query = print(ReviewQueueDocument);

async function walk(filter) {
  const times = [];
  let after = null;
  let total = 0;
  let seen = 0;
  for (;;) {
    const t = performance.now();
    const r = await api.request(query, { filter, first: 50, after }, 'reviewer');
    times.push(performance.now() - t);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    const c = r.data.evidence;
    total = c.totalCount;
    seen += c.edges.length;
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  return { pages: times.length, seen, total, p50: at(0.5), p99: at(0.99), max: times[times.length - 1].toFixed(1), first: null };
}

for (const [name, filter] of [
  ['all pending', { status: ['PENDING'] }],
  ['pending O5', { status: ['PENDING'], items: ['O5'] }],
]) {
  const r = await walk(filter);
  console.log(`${name.padEnd(12)} ${r.seen} of ${r.total} in ${r.pages} pages of 50: page p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms (totalCount included)`);
}
await api.close();
