/**
 * `node bench/serve.ts`: this build on the real API with the demo data (in-memory PGlite), in a process of its own —
 * for looking at pages by hand, and for the bench (which measures from another process, so that its own work does
 * not slow the server it measures). QUEUE=N adds N pending evidence to the review queue.
 * Prints the URL and the demo tokens, then a line `READY {json}`; stops on SIGINT/SIGTERM.
 */
import { startApi } from '../test/server.ts';

const queue = Number(process.env.QUEUE ?? 0);
const started = performance.now();
const api = await startApi(queue > 0 ? { seed: { queue } } : {});
const seconds = (performance.now() - started) / 1000;
console.log(`OpenITA web (this build) on the test API: ${api.url}`);
for (const [role, token] of Object.entries(api.tokens)) console.log(`  ${role.padEnd(9)} ${token}`);
console.log(`READY ${JSON.stringify({ url: api.url, tokens: api.tokens, seconds })}`);
const stop = async () => {
  await api.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
