// The API under test: a fresh PGlite with the demo data and N agencies (BENCH_AGENCIES, default 1000).
import { startTestServer } from '../dist/test-support.js';

const agencies = Number(process.env.BENCH_AGENCIES ?? 1000);
const started = Date.now();
const api = await startTestServer({ seed: { agencies, evidence: true }, logLevel: 'silent', config: { responseCache: process.env.RESPONSE_CACHE !== 'false' } });
const slugs = (await api.request(`{ agencies(first: 500, sort: NAME) { edges { node { slug } } } }`, {}, 'reader')).data.agencies.edges.map((e) => e.node.slug);
process.send?.({ port: Number(new URL(api.url).port), token: api.tokens.reader, slugs, seedSeconds: (Date.now() - started) / 1000 });
process.on('message', async (m) => {
  if (m === 'stop') {
    await api.close();
    process.exit(0);
  }
});
