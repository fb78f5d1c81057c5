/**
 * `openita seed`: the Bueng Kan FY2564 assessment from the seed file (official 99.60 AA; computed 99.61 AA),
 * the demo agencies, demo evidence (pending, accepted, rejected, with one client/server disagreement and one
 * captured page that carries a script), and one demo token per role. Safe to run again: agencies and
 * assessments are updated, evidence is not duplicated (fixed idempotency keys), demo tokens are replaced.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  analyze,
  authenticate,
  type Checker,
  createToken,
  type Db,
  defaultChecker,
  importAssessment,
  reviewEvidence,
  revokeToken,
  sha256Hex,
  submitEvidence,
  system,
  toStoredCheck,
  upsertAgency,
  type Role,
} from '@openita/schema';
import { apiTokensOf, demoUserNames } from './tokens.js';
import { demoAgencies } from './demo.js';
import { PEOPLE } from './names.js';
import { complaintPage, contactPage, documentPage, socialPage, structurePage } from './pages.js';
import { getFramework } from '@openita/scoring';

const require = createRequire(import.meta.url);

export function seedFilePath(): string {
  return require.resolve('@openita/scoring/data/assessments/bueng-kan-2564.json');
}

export interface SeedOptions {
  /** Demo agencies besides Bueng Kan (default 48). */
  agencies?: number;
  /** Demo evidence and reviews (default true). */
  evidence?: boolean;
  /** Demo tokens (default true). */
  tokens?: boolean;
  /** Extra pending evidence for the review queue (for benchmarks of a long queue; default 0). */
  queue?: number;
  checker?: Checker;
  /** Progress lines (stderr in the CLI). */
  log?: (line: string) => void;
}

export type DemoTokens = Record<Role, string>;

export interface SeedResult {
  agencies: number;
  evidence: number;
  reviews: number;
  tokens: DemoTokens | null;
  buengKan: { official: number | null; computed: number | null; level: string | null };
}

export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedResult> {
  const actor = system('seed');
  const log = options.log ?? (() => {});
  const fw = getFramework('nacc-ita-2564');

  const bk = JSON.parse(readFileSync(seedFilePath(), 'utf8')) as Record<string, unknown>;
  const imported = await importAssessment(db, actor, { file: bk, publish: true });
  await upsertAgency(db, actor, {
    id: imported.agency.id,
    slug: imported.agency.slug,
    nameTh: imported.agency.nameTh,
    nameEn: imported.agency.nameEn,
    type: imported.agency.type,
    province: imported.agency.province,
    websites: ['https://www.buengkan.go.th'],
  });
  log(`บึงกาฬ: official ${imported.assessment.officialTotal} ${imported.assessment.officialLevel}, computed ${imported.assessment.scoreRounded} ${imported.assessment.scoreLevel}`);

  const demo = demoAgencies(options.agencies ?? 48);
  const ids = new Map<string, string>();
  let k = 0;
  for (const a of demo) {
    const { agency } = await upsertAgency(db, actor, { slug: a.slug, nameTh: a.nameTh, nameEn: a.nameEn, type: a.type, province: a.province, websites: a.websites });
    await importAssessment(db, actor, { agencyId: agency.id, file: a.file, publish: true });
    ids.set(a.slug, agency.id);
    if (++k % 100 === 0) log(`${k} of ${demo.length} demo agencies`);
  }
  log(`${demo.length} demo agencies`);

  let tokens: DemoTokens | null = null;
  if (options.tokens !== false) {
    // Replace earlier demo tokens: only the newest set is valid.
    for (const t of await apiTokensOf(db, demoUserNames())) if (!t.revokedAt) await revokeToken(db, actor, t.id);
    const make = async (role: Role, userName: string) => (await createToken(db, actor, { userName, role, label: `demo ${role}` })).secret;
    tokens = {
      admin: await make('admin', PEOPLE.admin),
      reviewer: await make('reviewer', PEOPLE.reviewer),
      auditor: await make('auditor', PEOPLE.auditor),
      reader: await make('reader', PEOPLE.reader),
    };
  }

  let evidence = 0;
  let reviews = 0;
  if (options.evidence !== false) {
    const checker = options.checker ?? defaultChecker;
    const auditorSecret = tokens?.auditor ?? (await createToken(db, actor, { userName: PEOPLE.auditor, role: 'auditor', label: 'demo seed' })).secret;
    const auditor2Secret = (await createToken(db, actor, { userName: PEOPLE.auditor2, role: 'auditor', label: 'demo seed' })).secret;
    const reviewerSecret = tokens?.reviewer ?? (await createToken(db, actor, { userName: PEOPLE.reviewer, role: 'reviewer', label: 'demo seed' })).secret;
    const auditor = await authenticate(db, auditorSecret);
    const auditor2 = await authenticate(db, auditor2Secret);
    const reviewer = await authenticate(db, reviewerSecret);
    if (!auditor || !auditor2 || !reviewer) throw new Error('demo tokens do not authenticate');

    // Evidence for failing items of the weaker local agencies: the review queue's work.
    const targets = demo.filter((a) => a.province && Object.values(a.file.oit as Record<string, number>).some((v) => v === 0)).slice(0, 8);
    let n = 0;
    for (const a of targets) {
      const agencyId = ids.get(a.slug) as string;
      const origin = a.websites[0] as string;
      const failing = Object.entries(a.file.oit as Record<string, number>)
        .filter(([, v]) => v === 0)
        .map(([id]) => id)
        .slice(0, 3);
      for (const item of failing) {
        const name = fw.items.find((i) => i.id === item)?.name.th ?? item;
        const page =
          item === 'O5'
            ? contactPage(a.nameTh, a.province ?? '', n % 2 === 0)
            : item === 'O1'
              ? structurePage(a.nameTh)
              : item === 'O9'
                ? socialPage(a.nameTh)
                : item === 'O30'
                  ? complaintPage(a.nameTh)
                  : documentPage(a.nameTh, name, 2564, n === 1);
        const url = `${origin}${page.path}`;
        const client = toStoredCheck(await checker(page.html, url, { framework: fw.id, items: [item], siteOrigins: a.websites, force: true }));
        // One capture where the extension saw more than the static page shows (a page built by scripts): a disagreement.
        if (n === 2) for (const i of client.items) i.verdict = i.verdict === 'pass' ? 'fail' : 'pass';
        const who = n % 3 === 2 ? auditor2 : auditor;
        const r = await submitEvidence(
          db,
          who,
          {
            agencyId,
            framework: fw.id,
            items: [item],
            url,
            capturedAt: new Date(Date.UTC(2021, 5, 1 + (n % 28), 3, 15)),
            html: page.html,
            htmlSha256: sha256Hex(page.html),
            verdict: client.items[0]?.verdict ?? 'needs-review',
            note: n % 4 === 0 ? 'ตรวจจากหน้าเว็บไซต์ของหน่วยงาน' : null,
            forced: true,
            clientChecks: client,
            idempotencyKey: `demo-seed-${a.slug}-${item}`,
          },
          checker,
        );
        if (!r.replayed) {
          evidence++;
          // A few are already judged: accepted (the item turns green), rejected, sent back.
          if (n % 5 === 0) {
            await reviewEvidence(db, reviewer, { evidenceId: r.evidence.id, decision: 'accept', reason: null });
            reviews++;
          } else if (n % 7 === 3) {
            await reviewEvidence(db, reviewer, { evidenceId: r.evidence.id, decision: 'reject', reason: 'เอกสารไม่ใช่ของปีงบประมาณ พ.ศ. 2564' });
            reviews++;
          } else if (n % 11 === 6) {
            await reviewEvidence(db, reviewer, { evidenceId: r.evidence.id, decision: 'request-changes', reason: 'กรุณาบันทึกหน้าที่แสดงแผนผังโครงสร้างทั้งหมด' });
            reviews++;
          }
        }
        n++;
      }
    }
    log(`${evidence} demo evidence, ${reviews} reviews`);

    // A long review queue: the same few captures over and over (the checks of identical HTML are computed once).
    const queue = options.queue ?? 0;
    if (queue > 0) {
      const memo = new Map<string, ReturnType<Checker>>();
      const memoChecker: Checker = (html, url, o) => {
        const key = `${o.items.join(',')}|${o.siteOrigins.join(',')}|${o.force}|${html}`;
        let r = memo.get(key);
        if (!r) {
          r = checker(html, url, o);
          memo.set(key, r);
        }
        return r;
      };
      const pool = demo.filter((a) => a.province).slice(0, 12);
      const kinds = ['O5', 'O1', 'O9', 'O30'] as const;
      for (let i = 0; i < queue; i++) {
        const a = pool[i % pool.length] as (typeof pool)[number];
        const item = kinds[i % kinds.length] as (typeof kinds)[number];
        const page = item === 'O5' ? contactPage(a.nameTh, a.province ?? '', true) : item === 'O1' ? structurePage(a.nameTh) : item === 'O9' ? socialPage(a.nameTh) : complaintPage(a.nameTh);
        const url = `${a.websites[0]}${page.path}`;
        const r = await submitEvidence(
          db,
          i % 2 ? auditor2 : auditor,
          {
            agencyId: ids.get(a.slug) as string,
            framework: fw.id,
            items: [item],
            url,
            capturedAt: new Date(Date.UTC(2021, 6, 1) + i * 60_000),
            html: page.html,
            htmlSha256: sha256Hex(page.html),
            verdict: 'pass',
            forced: true,
            idempotencyKey: `demo-queue-${i}`,
          },
          memoChecker,
        );
        if (!r.replayed) evidence++;
        if ((i + 1) % 1000 === 0) log(`${i + 1} of ${queue} queued evidence`);
      }
    }
  }
  await analyze(db);
  return {
    agencies: demo.length + 1,
    evidence,
    reviews,
    tokens,
    buengKan: { official: imported.assessment.officialTotal, computed: imported.assessment.scoreRounded, level: imported.assessment.scoreLevel },
  };
}
