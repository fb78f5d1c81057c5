// Durability: SIGKILL the server in the middle of 500 concurrent evidence submissions, restart it on the same
// data, and check that every submission that got an answer is there, intact (its captured page re-hashed),
// that the audit chain still verifies, and that retrying every submission with its idempotency key creates
// each missing one exactly once. On PGlite (a data directory) and, with TEST_DATABASE_URL, on PostgreSQL.
//
// A script (run by `pnpm bench` and `pnpm durability` in apps/api, and by test/durability.test.ts) because it
// kills real processes and its figures (how many answers came before the kill) depend on the machine; it
// exits non-zero on any lost or corrupted submission.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const bin = fileURLToPath(new URL('../bin/openita.js', import.meta.url));
const sha256 = (s) => createHash('sha256').update(s).digest('hex');

function startServer(env) {
  const child = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, LOG_LEVEL: 'error', PORT: '0', HOST: '127.0.0.1', RATE_LIMIT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}\n${err}`)), 120_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /http:\/\/localhost:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1]), out });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${err}`));
    });
  });
}

async function gql(port, token, query, variables, { retries = 0 } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      return await res.json();
    } catch (e) {
      // A connection reset under load is a request without an answer: retried where the caller allows it.
      if (attempt >= retries) throw e;
      await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
    }
  }
}

const SUBMIT = `mutation($input: SubmitEvidenceInput!) { submitEvidence(input: $input) { __typename ... on SubmitEvidencePayload { replayed evidence { id htmlSha256 } } ... on Error { message } } }`;

async function createTokens(port, admin) {
  const mk = async (user, role) =>
    (await gql(port, admin, `mutation($u: String!, $r: Role!) { createApiToken(input: { user: $u, role: $r }) { ... on CreateApiTokenPayload { secret } } }`, { u: user, r: role })).data.createApiToken.secret;
  return { auditor: await mk('durability auditor', 'AUDITOR'), reader: await mk('durability reader', 'READER') };
}

/** One run on one backend: { backend, submitted, answered, beforeKillMs, found, intact, lost, corrupted, replayed, created, verify }. */
export async function runDurability({ backend = 'pglite', databaseUrl = null, count = 500, log = () => {} } = {}) {
  let env;
  let drop = null;
  if (backend === 'postgres') {
    const name = `openita_durability_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(databaseUrl);
    u.pathname = `/${name}`;
    env = { DATABASE_URL: u.toString(), DATA_DIR: mkdtempSync(join(tmpdir(), 'openita-durability-pg-')) };
    drop = async () => {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'openita-durability-')) };
  }
  let server = null;
  try {
    server = await startServer(env);
    const admin = /admin\s+(oita_\S+)/.exec(server.out)?.[1];
    if (!admin) throw new Error('no demo admin token printed');
    const tokens = await createTokens(server.port, admin);
    const agency = (await gql(server.port, tokens.reader, `{ agency(slug: "bueng-kan") { id } }`)).data.agency.id;
    const run = randomBytes(4).toString('hex');
    const inputs = Array.from({ length: count }, (_, k) => {
      const html = `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ติดต่อเรา ${k}</title></head><body><main><h1>ข้อมูลการติดต่อ</h1><p>โทรศัพท์ 0-4249-${String(1000 + k)}</p><p>${randomBytes(64).toString('hex')}</p></main></body></html>`;
      return { agency, items: ['O5'], url: `https://www.buengkan.go.th/contact/${k}`, capturedAt: new Date().toISOString(), html, htmlSha256: sha256(html), verdict: 'PASS', idempotencyKey: `durability-${run}-${k}` };
    });
    log(`${backend}: ${count} concurrent submissions, SIGKILL after the first answers`);
    const answered = new Map();
    let unanswered = 0;
    const started = Date.now();
    let killedAt = null;
    const killAfter = Math.floor(count * (0.2 + Math.random() * 0.3));
    const all = inputs.map((input, k) =>
      gql(server.port, tokens.auditor, SUBMIT, { input })
        .then((r) => {
          // Every complete answer counts, also one that arrives after kill() was called: it was sent before the process died.
          const p = r?.data?.submitEvidence;
          if (p?.__typename !== 'SubmitEvidencePayload') throw new Error(`submission ${k} failed: ${JSON.stringify(r).slice(0, 300)}`);
          answered.set(k, p.evidence);
          if (answered.size >= killAfter && killedAt === null) {
            killedAt = Date.now() - started;
            server.child.kill('SIGKILL');
          }
        })
        .catch((e) => {
          // Before the kill, only a network failure (a reset under load) is an unanswered request; anything else is a bug.
          if (killedAt === null && !(e instanceof TypeError && /fetch failed/.test(e.message))) throw e;
          if (killedAt === null) unanswered++;
        }),
    );
    const settled = await Promise.allSettled(all);
    const failure = settled.find((x) => x.status === 'rejected');
    if (failure) throw failure.reason;
    if (killedAt === null) {
      killedAt = Date.now() - started;
      server.child.kill('SIGKILL');
    }
    await new Promise((r) => (server.child.exitCode !== null || server.child.signalCode ? r() : server.child.once('exit', r)));
    log(`${backend}: killed after ${killedAt} ms with ${answered.size} answered`);

    server = await startServer(env);
    let found = 0;
    let intact = 0;
    const lost = [];
    const corrupted = [];
    for (const [k, ev] of answered) {
      const r = await gql(server.port, tokens.reader, `query($id: ID!) { evidenceById(id: $id) { id htmlSha256 html } }`, { id: ev.id }, { retries: 3 });
      const e = r.data?.evidenceById;
      if (!e) {
        lost.push(k);
        continue;
      }
      found++;
      if (e.htmlSha256 === inputs[k].htmlSha256 && sha256(e.html) === inputs[k].htmlSha256) intact++;
      else corrupted.push(k);
    }
    // Retry everything with the same keys: answered ones are replays of the same evidence; the rest are created once.
    let replayed = 0;
    let created = 0;
    let mismatched = 0;
    for (let i = 0; i < inputs.length; i += 50) {
      const batch = await Promise.all(inputs.slice(i, i + 50).map((input) => gql(server.port, tokens.auditor, SUBMIT, { input }, { retries: 3 })));
      batch.forEach((r, j) => {
        const p = r.data?.submitEvidence;
        if (!p?.evidence) {
          mismatched++;
          return;
        }
        if (p.replayed) replayed++;
        else created++;
        const before = answered.get(i + j);
        if (before && before.id !== p.evidence.id) mismatched++;
      });
    }
    const total = (await gql(server.port, tokens.reader, `{ evidence(filter: { items: ["O5"] }) { totalCount } }`)).data.evidence.totalCount;
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    const verify = spawnSync(process.execPath, [bin, 'verify'], { env: { ...process.env, ...env, LOG_LEVEL: 'error' }, encoding: 'utf8' });
    return {
      backend,
      submitted: count,
      answered: answered.size,
      resetBeforeKill: unanswered,
      killedAfterMs: killedAt,
      found,
      intact,
      lost,
      corrupted,
      replayed,
      created,
      mismatched,
      evidenceWithO5: total,
      verifyExit: verify.status,
      verifyOutput: verify.stdout.trim(),
    };
  } finally {
    // Never leave a server behind, whatever failed.
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    if (drop) await drop();
  }
}

export function durabilityOk(r) {
  return r.answered > 0 && r.lost.length === 0 && r.corrupted.length === 0 && r.found === r.answered && r.intact === r.answered && r.mismatched === 0 && r.replayed + r.created === r.submitted && r.verifyExit === 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const backends = [{ backend: 'pglite' }, ...(process.env.TEST_DATABASE_URL ? [{ backend: 'postgres', databaseUrl: process.env.TEST_DATABASE_URL }] : [])];
  let failed = false;
  for (const b of backends) {
    const r = await runDurability({ ...b, log: (l) => console.error(l) });
    const ok = durabilityOk(r);
    failed ||= !ok;
    console.log(
      `${r.backend.padEnd(8)} ${r.submitted} submitted; SIGKILL after ${r.killedAfterMs} ms with ${r.answered} answered; after restart ${r.found} found, ${r.intact} intact (SHA-256 re-checked), ${r.lost.length} lost, ${r.corrupted.length} corrupted; retry: ${r.replayed} replayed, ${r.created} created, ${r.mismatched} mismatched; verify exit ${r.verifyExit}: ${ok ? 'OK' : 'FAILED'}`,
    );
  }
  if (!process.env.TEST_DATABASE_URL) console.log('(set TEST_DATABASE_URL to run it on PostgreSQL too)');
  process.exitCode = failed ? 1 : 0;
}
