/**
 * Reads an assessment file into the normalised form score() works on, checking it against its framework.
 * Every problem is reported with the path to the value it is about; nothing is silently dropped or clamped.
 */
import type { Framework, LocalText } from '../framework/model.js';
import { compileFramework, orderedRecord } from '../framework/compile.js';
import { getFramework, hasFramework, listFrameworks } from '../frameworks/index.js';
import { formatPath, type InputIssue, issue } from '../issues.js';
import { type AnswerVector, AssessmentFile, type Reported } from './schema.js';

/** Shares of a vector may miss 100 % by this much (published shares are rounded). */
export const SHARE_SUM_TOLERANCE = 0.5;

export interface AgencyInfo {
  id?: string;
  name: LocalText;
  type?: string;
  province?: string;
  website?: string;
}

/** An assessment checked against its framework: what score() takes. */
export interface Assessment {
  framework: string;
  agency: AgencyInfo;
  /**
   * Question id → one share vector per part (one vector for a question without parts, or when one vector
   * was given for the whole question). Shares are fractions that sum to 1, in the scale's order.
   */
  answers: Record<string, number[][]>;
  /** Indicator number → supplied score, used where the indicator has no question or item data. */
  indicators: Record<string, number>;
  /** Instrument id → supplied score, used where none of its indicators has data. */
  instruments: Record<string, number>;
  /** Item id → disclosed (100) or not (0). */
  items: Record<string, boolean>;
  reported?: Reported;
  /** Item id → a reviewer's or consultant's note (from the file's `itemNotes`), for the analysis. */
  itemNotes?: Record<string, LocalText>;
}

export interface ParseOptions {
  /** The framework to check against; by default the one the file names, from the built-in set. */
  framework?: Framework;
  /**
   * What an OIT item with no result means when other items have results: an error (default, for files),
   * or a failed item with a warning (for live assessments, where an item without accepted evidence scores 0).
   */
  missingItems?: 'error' | 'fail';
}

export interface ParseResult {
  assessment: Assessment | null;
  framework: Framework | null;
  issues: InputIssue[];
}

const QUESTION_ID = /^([ie])\.?\s*0*(\d+)$/i;
const ITEM_ID = /^o\.?\s*0*(\d+)$/i;

/** "i.27", "I27" → "i27"; "o5", "O05" → "O5". Other ids are returned as given. */
export function canonicalId(raw: string): string {
  const q = QUESTION_ID.exec(raw.trim());
  if (q) return `${q[1]?.toLowerCase()}${q[2]}`;
  const o = ITEM_ID.exec(raw.trim());
  if (o) return `O${o[1]}`;
  return raw.trim();
}

export function parseAssessment(input: unknown, options: ParseOptions = {}): ParseResult {
  const issues: InputIssue[] = [];
  const parsed = AssessmentFile.safeParse(input);
  if (!parsed.success) {
    for (const zi of parsed.error.issues)
      issues.push(issue('error', formatPath(zi.path), 'invalid', zi.message, `ข้อมูลไม่ถูกต้อง: ${zi.message}`));
    return { assessment: null, framework: null, issues };
  }
  const file = parsed.data;
  let framework = options.framework ?? null;
  if (!framework) {
    if (!hasFramework(file.framework)) {
      const known = listFrameworks().join(', ');
      issues.push(
        issue(
          'error',
          'framework',
          'unknown-framework',
          `unknown framework "${file.framework}" (known: ${known})`,
          `ไม่รู้จักกรอบการประเมิน "${file.framework}" (ที่มี: ${known})`,
        ),
      );
      return { assessment: null, framework: null, issues };
    }
    framework = getFramework(file.framework);
  } else if (framework.id !== file.framework) {
    issues.push(
      issue(
        'error',
        'framework',
        'unknown-framework',
        `the file is for "${file.framework}", not "${framework.id}"`,
        `ไฟล์นี้เป็นของกรอบ "${file.framework}" ไม่ใช่ "${framework.id}"`,
      ),
    );
    return { assessment: null, framework, issues };
  }
  const fw = compileFramework(framework);

  // Survey answers.
  const answers: Record<string, number[][]> = {};
  /** Questions the file answers, valid or not: a bad vector is its own error, not also a missing question. */
  const present = new Set<string>();
  for (const instrument of ['iit', 'eit'] as const) {
    const block = file[instrument];
    if (!block) continue;
    for (const [rawId, value] of Object.entries(block)) {
      const id = canonicalId(rawId);
      const path = `${instrument}.${rawId}`;
      const q = fw.questions.get(id);
      if (!q || q.instrument.toLowerCase() !== instrument) {
        issues.push(
          issue(
            'error',
            path,
            'unknown-id',
            q ? `${id} is an ${q.instrument} question, not ${instrument.toUpperCase()}` : `unknown question ${rawId}`,
            q ? `${id} เป็นข้อคำถามของ ${q.instrument} ไม่ใช่ ${instrument.toUpperCase()}` : `ไม่มีข้อคำถาม ${rawId} ในกรอบนี้`,
          ),
        );
        continue;
      }
      if (present.has(id)) {
        issues.push(issue('error', path, 'invalid', `${id} is given twice`, `ข้อ ${id} ถูกกรอกซ้ำ`));
        continue;
      }
      present.add(id);
      const optionCount = q.scaleDef.options.length;
      const vectors: AnswerVector[] = isVectorList(value) ? value : [value as AnswerVector];
      const partCount = q.parts.length;
      if (vectors.length > 1 && vectors.length !== Math.max(partCount, 1)) {
        issues.push(
          issue(
            'error',
            path,
            'part-count',
            `${id} has ${partCount || 'no'} part(s); ${vectors.length} answer vectors were given (give one vector for the whole question or one per part)`,
            `ข้อ ${id} มี ${partCount} ประเด็นย่อย แต่กรอกคำตอบมา ${vectors.length} ชุด (กรอก 1 ชุดสำหรับทั้งข้อ หรือ 1 ชุดต่อประเด็นย่อย)`,
          ),
        );
        continue;
      }
      if (vectors.length === 1 && partCount > 1 && new Set(q.partReversed).size > 1) {
        issues.push(
          issue(
            'error',
            path,
            'part-count',
            `${id}'s parts are scored in opposite directions; give one answer vector per part (${partCount})`,
            `ประเด็นย่อยของข้อ ${id} คิดคะแนนกลับทิศกัน ต้องกรอกคำตอบแยกรายประเด็น (${partCount} ชุด)`,
          ),
        );
        continue;
      }
      const fractions: number[][] = [];
      let ok = true;
      vectors.forEach((v, k) => {
        const vpath = vectors.length > 1 ? `${path}[${k + 1}]` : path;
        const result = toFractions(v, optionCount, vpath, id, issues);
        if (result) fractions.push(result);
        else ok = false;
      });
      if (ok) answers[id] = fractions;
    }
  }

  // Supplied indicator and instrument scores.
  const indicators: Record<string, number> = {};
  for (const [key, value] of Object.entries(file.indicators ?? {})) {
    const path = `indicators.${key}`;
    if (!fw.indicators.has(key)) {
      issues.push(issue('error', path, 'unknown-id', `unknown indicator ${key}`, `ไม่มีตัวชี้วัดที่ ${key} ในกรอบนี้`));
      continue;
    }
    if (checkScore(value, path, issues)) indicators[key] = value;
  }
  const instruments: Record<string, number> = {};
  for (const [key, value] of Object.entries(file.instruments ?? {})) {
    const path = `instruments.${key}`;
    const id = key.toUpperCase();
    if (!fw.instruments.has(id)) {
      issues.push(issue('error', path, 'unknown-id', `unknown instrument ${key}`, `ไม่มีเครื่องมือ ${key} ในกรอบนี้`));
      continue;
    }
    if (checkScore(value, path, issues)) instruments[id] = value;
  }

  // OIT items.
  const items: Record<string, boolean> = {};
  for (const [rawId, value] of Object.entries(file.oit ?? {})) {
    const id = canonicalId(rawId);
    if (!fw.items.has(id)) {
      issues.push(
        issue('error', `oit.${rawId}`, 'unknown-id', `unknown OIT item ${rawId}`, `ไม่มีข้อ ${rawId} ในแบบ OIT ของกรอบนี้`),
      );
      continue;
    }
    items[id] = value === true || value === 100;
  }

  // Notes on items: known ids only.
  const itemNotes: Record<string, LocalText> = {};
  for (const [rawId, note] of Object.entries(file.itemNotes ?? {})) {
    const id = canonicalId(rawId);
    if (!fw.items.has(id)) {
      issues.push(
        issue('error', `itemNotes.${rawId}`, 'unknown-id', `unknown OIT item ${rawId}`, `ไม่มีข้อ ${rawId} ในแบบ OIT ของกรอบนี้`),
      );
      continue;
    }
    if (id in itemNotes) {
      issues.push(issue('error', `itemNotes.${rawId}`, 'invalid', `${id} has two notes`, `ข้อ ${id} มีหมายเหตุซ้ำ`));
      continue;
    }
    itemNotes[id] = typeof note === 'string' ? { th: note } : pruneText(note);
  }

  // Completeness: every indicator needs data at some level.
  const hasItemData = Object.keys(items).length > 0;
  for (const ind of framework.indicators) {
    const key = String(ind.number);
    const inst = fw.instruments.get(ind.instrument);
    if (!inst) continue;
    if (inst.basis === 'questions') {
      const qs = fw.questionsByIndicator.get(key) ?? [];
      const given = qs.filter((q) => present.has(q.id));
      if (given.length > 0 && given.length < qs.length) {
        for (const q of qs)
          if (!given.includes(q))
            issues.push(
              issue(
                'error',
                `${q.instrument.toLowerCase()}.${q.id}`,
                'missing-question',
                `indicator ${key} has answers for ${given.length} of its ${qs.length} questions; ${q.id} is missing`,
                `ตัวชี้วัดที่ ${key} มีคำตอบ ${given.length} จาก ${qs.length} ข้อ ขาดข้อ ${q.id}`,
              ),
            );
      }
      if (given.length > 0 && key in indicators)
        issues.push(overridden(`indicators.${key}`, key, 'questions', 'ข้อคำถาม'));
      if (given.length === 0 && !(key in indicators) && !(ind.instrument in instruments))
        issues.push(missingData(ind.instrument, key, 'questions'));
    } else {
      const itemIds = fw.itemsByIndicator.get(key) ?? [];
      const given = itemIds.filter((i) => i in items);
      if (hasItemData && given.length < itemIds.length) {
        for (const id of itemIds) {
          if (id in items) continue;
          if (options.missingItems === 'fail') {
            items[id] = false;
            issues.push(
              issue('warning', `oit.${id}`, 'missing-item', `${id} has no result: counted as 0`, `ข้อ ${id} ยังไม่มีผล: นับเป็น 0`),
            );
          } else {
            issues.push(
              issue(
                'error',
                `oit.${id}`,
                'missing-item',
                `${id} has no result (give 0 or 100, or leave out all items and give indicator ${key})`,
                `ข้อ ${id} ไม่มีผล (กรอก 0 หรือ 100 หรือไม่กรอกรายข้อแล้วกรอกคะแนนตัวชี้วัดที่ ${key})`,
              ),
            );
          }
        }
      }
      if (hasItemData && key in indicators) issues.push(overridden(`indicators.${key}`, key, 'items', 'รายข้อ'));
      if (!hasItemData && !(key in indicators) && !(ind.instrument in instruments))
        issues.push(missingData(ind.instrument, key, 'items'));
    }
  }

  // Reported figures: ids and ranges.
  const reported = file.reported;
  if (reported) {
    if (reported.total !== undefined) checkScore(reported.total, 'reported.total', issues);
    if (reported.level !== undefined && !framework.levels.some((l) => l.level === reported.level))
      issues.push(
        issue(
          'error',
          'reported.level',
          'unknown-id',
          `unknown level "${reported.level}" (levels: ${framework.levels.map((l) => l.level).join(', ')})`,
          `ไม่มีระดับ "${reported.level}" ในกรอบนี้`,
        ),
      );
    const sections: [keyof Reported, (k: string) => boolean][] = [
      ['instruments', (k) => fw.instruments.has(k.toUpperCase())],
      ['indicators', (k) => fw.indicators.has(k)],
      ['subIndicators', (k) => fw.subIndicators.has(k)],
      ['questions', (k) => fw.questions.has(canonicalId(k))],
    ];
    for (const [section, known] of sections) {
      const block = reported[section] as Record<string, number> | undefined;
      for (const [k, v] of Object.entries(block ?? {})) {
        const path = `reported.${section}.${k}`;
        if (!known(k)) issues.push(issue('error', path, 'unknown-id', `unknown id ${k}`, `ไม่รู้จักรหัส ${k}`));
        else checkScore(v, path, issues);
      }
    }
  }

  const hasErrors = issues.some((i) => i.severity === 'error');
  const agency = file.agency;
  return {
    framework,
    issues,
    assessment: hasErrors
      ? null
      : {
          framework: framework.id,
          agency: {
            ...(agency.id ? { id: agency.id } : {}),
            name: typeof agency.name === 'string' ? { th: agency.name } : pruneText(agency.name),
            ...(agency.type ? { type: agency.type } : {}),
            ...(agency.province ? { province: agency.province } : {}),
            ...(agency.website ? { website: agency.website } : {}),
          },
          // Framework order, fast-properties objects: score() reads them for every agency of the country.
          answers: orderedRecord(fw.plan.questionTemplate, answers),
          indicators,
          instruments,
          items: orderedRecord(fw.plan.itemTemplate, items),
          ...(reported ? { reported } : {}),
          ...(Object.keys(itemNotes).length ? { itemNotes } : {}),
        },
  };
}

function pruneText(t: { th: string; en?: string | undefined }): LocalText {
  return t.en ? { th: t.th, en: t.en } : { th: t.th };
}

function isVectorList(v: unknown): v is AnswerVector[] {
  return Array.isArray(v) && v.length > 0 && typeof v[0] !== 'number';
}

function toFractions(
  v: AnswerVector,
  optionCount: number,
  path: string,
  id: string,
  issues: InputIssue[],
): number[] | null {
  const isCounts = !Array.isArray(v) && 'counts' in v;
  const values = Array.isArray(v) ? v : 'shares' in v ? v.shares : v.counts;
  if (values.length !== optionCount) {
    issues.push(
      issue(
        'error',
        path,
        'option-count',
        `${id} is answered on a ${optionCount}-option scale; ${values.length} values were given`,
        `ข้อ ${id} มีตัวเลือก ${optionCount} ตัวเลือก แต่กรอกมา ${values.length} ค่า`,
      ),
    );
    return null;
  }
  if (values.some((x) => !Number.isFinite(x) || x < 0)) {
    issues.push(issue('error', path, 'negative', 'shares must be 0 or more', 'สัดส่วนคำตอบต้องไม่ติดลบ'));
    return null;
  }
  const sum = values.reduce((s, x) => s + x, 0);
  if (isCounts) {
    if (sum === 0) {
      issues.push(issue('error', path, 'shares-sum', 'no respondents', 'ไม่มีผู้ตอบ'));
      return null;
    }
  } else if (Math.abs(sum - 100) > SHARE_SUM_TOLERANCE) {
    const s = Number(sum.toFixed(4));
    issues.push(
      issue(
        'error',
        path,
        'shares-sum',
        `shares sum to ${s} %, expected 100 ± ${SHARE_SUM_TOLERANCE}`,
        `สัดส่วนคำตอบรวมกันได้ ${s}% ต้องเท่ากับ 100 ± ${SHARE_SUM_TOLERANCE}`,
      ),
    );
    return null;
  } else if (Math.abs(sum - 100) > 0.01) {
    const s = Number(sum.toFixed(4));
    issues.push(
      issue(
        'warning',
        path,
        'shares-sum',
        `shares sum to ${s} %; scored as shares of their sum`,
        `สัดส่วนคำตอบรวมกันได้ ${s}% คิดคะแนนตามสัดส่วนของผลรวม`,
      ),
    );
  }
  return values.map((x) => x / sum);
}

function checkScore(value: number, path: string, issues: InputIssue[]): boolean {
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    issues.push(
      issue('error', path, 'out-of-range', `score ${value} is outside 0–100`, `คะแนน ${value} อยู่นอกช่วง 0–100`),
    );
    return false;
  }
  return true;
}

function overridden(path: string, indicator: string, basis: string, basisTh: string): InputIssue {
  return issue(
    'warning',
    path,
    'overridden',
    `indicator ${indicator} is computed from its ${basis}; the score given here is only compared`,
    `ตัวชี้วัดที่ ${indicator} คำนวณจาก${basisTh} คะแนนที่กรอกไว้ใช้เพื่อเทียบเท่านั้น`,
  );
}

function missingData(instrument: string, indicator: string, basis: 'questions' | 'items'): InputIssue {
  return issue(
    'error',
    basis === 'questions' ? instrument.toLowerCase() : 'oit',
    'missing-data',
    `indicator ${indicator} has no data: give its ${basis === 'questions' ? 'question answers' : 'OIT items'}, indicators.${indicator} or instruments.${instrument}`,
    `ตัวชี้วัดที่ ${indicator} ไม่มีข้อมูล: กรอก${basis === 'questions' ? 'คำตอบรายข้อ' : 'ผลรายข้อ OIT'} หรือ indicators.${indicator} หรือ instruments.${instrument}`,
  );
}
