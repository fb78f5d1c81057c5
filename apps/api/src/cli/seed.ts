/** `openita seed`: Bueng Kan from the seed file, the demo agencies and evidence, a demo token per role. */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import { openConfiguredDatabase } from '../database.js';
import { type DemoTokens, seed } from '../seed/seed.js';
import { EXIT, err, out, UsageError } from './io.js';

export function writeTokens(dataDir: string, tokens: DemoTokens): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'demo-tokens.json');
  writeFileSync(file, `${JSON.stringify(tokens, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return file;
}

export function printTokens(tokens: DemoTokens, file: string): string {
  return [
    `Demo API tokens (shown once; also in ${file}):`,
    ...Object.entries(tokens).map(([role, secret]) => `  ${role.padEnd(9)} ${secret}`),
    'Sign in to the web UI with the reviewer token; the extension takes the auditor token.',
  ].join('\n');
}

export async function seedCommand(opts: { agencies?: string; evidence: boolean; tokens: boolean; queue?: string; json?: boolean }): Promise<number> {
  const agencies = opts.agencies === undefined ? 48 : Number(opts.agencies);
  if (!Number.isInteger(agencies) || agencies < 0 || agencies > 20_000) throw new UsageError('--agencies must be a whole number from 0 to 20000');
  const queue = opts.queue === undefined ? 0 : Number(opts.queue);
  if (!Number.isInteger(queue) || queue < 0 || queue > 200_000) throw new UsageError('--queue must be a whole number from 0 to 200000');
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const started = Date.now();
    const result = await seed(database.db, { agencies, evidence: opts.evidence, tokens: opts.tokens, queue, log: (l) => err(l) });
    const file = result.tokens ? writeTokens(config.dataDir, result.tokens) : null;
    if (opts.json) out(JSON.stringify({ ...result, tokensFile: file }, null, 2));
    else {
      out(`seeded ${result.agencies} agencies, ${result.evidence} evidence, ${result.reviews} reviews in ${((Date.now() - started) / 1000).toFixed(1)} s (${database.kind}: ${database.location})`);
      out(`จังหวัดบึงกาฬ: official ${result.buengKan.official?.toFixed(2)}, computed ${result.buengKan.computed?.toFixed(2)} ${result.buengKan.level}`);
      if (result.tokens && file) out(printTokens(result.tokens, file));
    }
    return EXIT.ok;
  } finally {
    await database.close();
  }
}
