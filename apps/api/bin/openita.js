#!/usr/bin/env node
// The openita CLI. Built code lives in dist/: run `pnpm build` (or `pnpm start`) first.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('openita: not built yet — run `pnpm build` in the repository root first\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
