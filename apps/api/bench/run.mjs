// pnpm bench (apps/api): autocannon on the agency scorecard query (the web UI's agency page) against the API
// seeded with 1,000 agencies, beside a bare graphql-yoga hello-world, in the same run. Prints both requests per
// second, the ratio, and p99 latency. Goal: ratio ≥ 0.5 and p99 < 50 ms at 50 connections.
import { fork } from 'node:child_process';
import autocannon from 'autocannon';
import { print } from 'graphql';
import { AgencyScorecardDocument } from '@openita/schema/client';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

function start(script, env = {}) {
  const child = fork(new URL(script, import.meta.url), [], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, ...m }));
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', resolve);
    child.send('stop');
  });
}

function cannon(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: CONNECTIONS, duration: DURATION, pipelining: 1, timeout: 30, ...opts }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const summary = (name, r) => ({
  name,
  rps: Math.round(r.requests.average),
  p50: r.latency.p50,
  p99: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors,
  bytesPerRequest: Math.round(r.throughput.average / Math.max(1, r.requests.average)),
});

const hello = await start('./hello.mjs');

const helloBody = JSON.stringify({ query: '{ hello }' });
const query = print(AgencyScorecardDocument);

async function scorecard(responseCache) {
  const api = await start('./api-server.mjs', { LOG_LEVEL: 'silent', RESPONSE_CACHE: String(responseCache) });
  console.log(`API (response cache ${responseCache ? 'on' : 'off'}): seeded ${process.env.BENCH_AGENCIES ?? 1000} agencies (+ Bueng Kan) in ${api.seedSeconds.toFixed(1)} s`);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${api.token}` };
  // Warm-up: every agency's scorecard computed once, one at a time (what the caches hold in the measured run).
  const warm = performance.now();
  for (const slug of api.slugs)
    await fetch(`http://127.0.0.1:${api.port}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables: { slug } }) }).then((r) => r.text());
  console.log(`  first scorecard of each agency: ${((performance.now() - warm) / api.slugs.length).toFixed(1)} ms on average, one at a time`);
  let k = 0;
  const result = summary(`agency scorecard, response cache ${responseCache ? 'on ' : 'off'}`, await cannon({
    url: `http://127.0.0.1:${api.port}/graphql`,
    method: 'POST',
    headers,
    requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify({ query, variables: { slug: api.slugs[k++ % api.slugs.length] } }) }) }],
  }));
  await stop(api.child);
  return { result, slugs: api.slugs.length };
}

await cannon({ url: `http://127.0.0.1:${hello.port}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: helloBody, duration: 2 });
const h = summary('graphql-yoga hello-world', await cannon({ url: `http://127.0.0.1:${hello.port}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body: helloBody }));
const cached = await scorecard(true);
const uncached = await scorecard(false);
const s = cached.result;
const api = { slugs: { length: cached.slugs } };

await stop(hello.child);

console.log(`\n${CONNECTIONS} connections, ${DURATION} s each, ${api.slugs.length} different agencies in rotation`);
for (const r of [h, s, uncached.result])
  console.log(`${r.name.padEnd(44)} ${String(r.rps).padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   ${(r.bytesPerRequest / 1024).toFixed(1)} KB/response   non-2xx ${r.non2xx}, errors ${r.errors}`);
const ratio = s.rps / h.rps;
console.log(`ratio (scorecard / hello-world): ${ratio.toFixed(2)}   goal ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'}   (response cache off: ${(uncached.result.rps / h.rps).toFixed(2)})`);
console.log(`scorecard p99: ${s.p99} ms   goal < 50 ms: ${s.p99 < 50 ? 'met' : 'NOT met'}`);
// The uncached run is for information (what a cache miss costs); only the measured configuration must be clean.
if (s.non2xx || s.errors || uncached.result.non2xx) process.exitCode = 1;
