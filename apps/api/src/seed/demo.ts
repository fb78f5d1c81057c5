/**
 * The demo set, generated deterministically (the same agencies, answers and items on every run): agencies
 * of several types in several provinces, each with a complete assessment file (IIT and EIT answer shares,
 * O1–O43 results) whose quality varies so that every level from AA to F appears. About a third carry an
 * official (reported) total, as published results do.
 */
import { type Framework, getFramework, levelOf, roundHalfUp, scoreFile } from '@openita/scoring';
import { DEPARTMENTS, PROVINCES, SUBDISTRICTS } from './names.js';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoAgency {
  slug: string;
  nameTh: string;
  nameEn: string;
  type: string;
  province: string | null;
  websites: string[];
  /** 0–1: how well the agency does. */
  quality: number;
  file: Record<string, unknown>;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Shares (percent, two decimals, summing to exactly 100) leaning to the best answer by `q`. */
function shares(rand: () => number, n: number, q: number, reversed: boolean): number[] {
  let v: number[];
  if (n === 2) {
    const good = Math.min(100, Math.max(0, q * 100 + (rand() - 0.5) * 8));
    v = [r2(good), 0];
  } else {
    const best = Math.min(100, Math.max(0, (q ** 1.5) * 100 + (rand() - 0.5) * 10));
    const rest = 100 - best;
    const second = rest * (0.55 + rand() * 0.3);
    const third = (rest - second) * (0.5 + rand() * 0.4);
    v = [0, r2(third), r2(second), r2(best)];
  }
  // Top up the first slot so that the vector sums to 100 exactly; reversed questions put the best answer first.
  const sum = v.reduce((s, x) => s + x, 0);
  if (n === 2) v[1] = r2(100 - (v[0] ?? 0));
  else v[0] = r2(Math.max(0, (v[0] ?? 0) + 100 - sum));
  if (n === 2) return reversed ? [v[1] ?? 0, v[0] ?? 0] : v;
  return reversed ? [...v].reverse() : v;
}

export function assessmentFile(fw: Framework, agency: Omit<DemoAgency, 'file'>, seed: number, official: boolean): Record<string, unknown> {
  const rand = prng(seed);
  const q = agency.quality;
  const iit: Record<string, unknown> = {};
  const eit: Record<string, unknown> = {};
  for (const question of fw.questions) {
    const scale = fw.scales.find((s) => s.id === question.scale);
    const n = scale?.options.length ?? 4;
    const qq = Math.min(1, Math.max(0.2, q + (rand() - 0.5) * 0.12));
    const value =
      question.parts.length > 1
        ? question.parts.map((p) => shares(rand, n, qq, p.reversed ?? question.reversed))
        : shares(rand, n, qq, question.reversed);
    (question.instrument === 'IIT' ? iit : eit)[question.id] = value;
  }
  const oit: Record<string, number> = {};
  for (const item of fw.items) oit[item.id] = rand() < Math.min(0.99, q ** 2 + 0.05) ? 100 : 0;
  const file: Record<string, unknown> = {
    framework: fw.id,
    agency: { id: agency.slug, name: { th: agency.nameTh, en: agency.nameEn }, type: agency.type, ...(agency.province ? { province: agency.province } : {}), website: agency.websites[0] },
    iit,
    eit,
    oit,
  };
  if (official) {
    // The official figure as it was published: the result before this year's evidence came in.
    const { report } = scoreFile(file);
    if (report) file.reported = { total: roundHalfUp(report.total, 2), level: levelOf(report.total, fw) };
  }
  return file;
}

/** `count` demo agencies (default 48), deterministic. */
export function demoAgencies(count = 48, framework = 'nacc-ita-2564'): DemoAgency[] {
  const fw = getFramework(framework);
  const rand = prng(2564);
  const out: Omit<DemoAgency, 'file'>[] = [];
  const quality = () => {
    // Mostly good (most agencies pass), a long tail down to F.
    const u = rand();
    return u < 0.55 ? 0.9 + rand() * 0.1 : u < 0.85 ? 0.75 + rand() * 0.15 : 0.35 + rand() * 0.4;
  };
  for (const d of DEPARTMENTS)
    out.push({ slug: d.host, nameTh: d.th, nameEn: d.en, type: d.type, province: null, websites: [`https://www.${d.host}.go.th`], quality: quality() });
  let round = 0;
  while (out.length < count) {
    for (const [p, prov] of PROVINCES.entries()) {
      if (out.length >= count) break;
      if (round === 0) {
        out.push({ slug: `province-${prov.host}`, nameTh: `จังหวัด${prov.th}`, nameEn: `${prov.en} Province`, type: 'province', province: prov.th, websites: [`https://www.${prov.host}.go.th`], quality: quality() });
        continue;
      }
      if (round === 1) {
        out.push({ slug: `pao-${prov.host}`, nameTh: `องค์การบริหารส่วนจังหวัด${prov.th}`, nameEn: `${prov.en} Provincial Administrative Organisation`, type: 'provincial-administration', province: prov.th, websites: [`https://www.${prov.host}pao.go.th`], quality: quality() });
        continue;
      }
      const sub = SUBDISTRICTS[(p * 7 + round * 3) % SUBDISTRICTS.length] as (typeof SUBDISTRICTS)[number];
      const kind = (p + round) % 3;
      const [type, th, en, prefix] =
        kind === 0
          ? ['subdistrict-administration', `องค์การบริหารส่วนตำบล${sub.th}`, `${sub.en} Subdistrict Administrative Organisation`, 'sao']
          : kind === 1
            ? ['subdistrict-municipality', `เทศบาลตำบล${sub.th}`, `${sub.en} Subdistrict Municipality`, 'tt']
            : ['town-municipality', `เทศบาลเมือง${sub.th}`, `${sub.en} Town Municipality`, 'tm'];
      const slug = `${prefix}-${sub.host}-${prov.host}${round > 24 ? `-${round}` : ''}`;
      out.push({ slug, nameTh: `${th} จังหวัด${prov.th}`, nameEn: `${en}, ${prov.en}`, type, province: prov.th, websites: [`https://www.${sub.host}${prov.host}.go.th`], quality: quality() });
    }
    round++;
  }
  return out.slice(0, count).map((a, k) => ({ ...a, file: assessmentFile(fw, a, 1000 + k, k % 3 === 0) }));
}
