/** `openita verify`: walks the hash-chained audit log and every evidence's capture; exit 1 on any tampering. */
import { verifyIntegrity } from '@openita/schema';
import { loadConfig } from '../config.js';
import { openConfiguredDatabase } from '../database.js';
import { EXIT, out } from './io.js';

export async function verifyCommand(opts: { json?: boolean }): Promise<number> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const report = await verifyIntegrity(database.db);
    if (opts.json) out(JSON.stringify(report, null, 2));
    else {
      out(`audit log: ${report.auditEntries} entries; evidence: ${report.evidenceChecked}; reviews: ${report.reviewsChecked}`);
      if (!report.problems.length) out('OK: the audit chain is intact and every capture matches its SHA-256');
      else {
        out(`TAMPERING: ${report.problems.length} problem(s)`);
        for (const p of report.problems) out(`  [${p.kind}] ${p.message}`);
      }
    }
    return report.problems.length ? EXIT.invalid : EXIT.ok;
  } finally {
    await database.close();
  }
}
