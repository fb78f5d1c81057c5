/**
 * `node bench/serve.ts`: this build on the real API with the demo data (in-memory PGlite), for looking at pages by
 * hand or pointing tools at them. Prints the URL and the demo tokens; stops on Ctrl+C.
 */
import { writeFileSync } from 'node:fs';
import { startApi } from '../test/server.ts';

const api = await startApi();
console.log(`OpenITA web (this build) on the test API: ${api.url}`);
for (const [role, token] of Object.entries(api.tokens)) console.log(`  ${role.padEnd(9)} ${token}`);
if (process.env.TOKENS_FILE) writeFileSync(process.env.TOKENS_FILE, JSON.stringify(api.tokens));
const stop = async () => {
  await api.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
