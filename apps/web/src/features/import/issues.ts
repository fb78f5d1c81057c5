/**
 * Validation problems of an assessment file, placed against what they are about: a question (and its part), an OIT
 * item, an indicator, an official figure — so the import page can show each error beside the right question.
 */
import type { Framework } from '@openita/scoring';

export interface FileIssue {
  path: string;
  code?: string;
  message: { th: string; en?: string };
  severity: 'error' | 'warning';
}

export type Target =
  | { kind: 'question'; id: string; part: number | null; instrument: 'IIT' | 'EIT'; indicator: number | null }
  | { kind: 'item'; id: string; subIndicator: string | null }
  | { kind: 'indicator'; key: string }
  | { kind: 'reported'; field: string }
  | { kind: 'file'; field: string };

const QUESTION = /^([ie])\.?\s*0*(\d+)$/i;
const ITEM = /^o\.?\s*0*(\d+)$/i;

/** "i.27", "I27" → "i27"; "o05", "O 5" → "O5"; anything else lower-cased. */
function canon(raw: string): string {
  const q = QUESTION.exec(raw.trim());
  if (q) return `${q[1]?.toLowerCase()}${q[2]}`;
  const o = ITEM.exec(raw.trim());
  if (o) return `O${o[1]}`;
  return raw.trim().toLowerCase();
}

/**
 * "iit.i27" → question i27; "iit.i28[3]" → part 3 of i28; "oit.O30" → item O30; "reported.indicators.6" → the
 * official figure of indicator 6. A prefix the API adds ("input.file.") is skipped.
 */
export function targetOf(path: string, framework: Framework | null): Target {
  const segs = path.split('.');
  const start = segs.findIndex((s) => /^(iit|eit|oit|reported|indicators|instruments|agency|framework)(\[|$)/i.test(s));
  const rest = start >= 0 ? segs.slice(start) : segs;
  const head = (rest[0] ?? '').replace(/\[.*$/, '').toLowerCase();
  const second = rest[1] ?? '';
  if ((head === 'iit' || head === 'eit') && second) {
    const m = /^([^[]+)(?:\[(\d+)\])?/.exec(second);
    const id = canon(m?.[1] ?? second);
    const def = framework?.questions.find((x) => x.id === id);
    return {
      kind: 'question',
      id,
      part: m?.[2] ? Number(m[2]) : null,
      instrument: head === 'iit' ? 'IIT' : 'EIT',
      indicator: def?.indicator ?? null,
    };
  }
  if (head === 'oit' && second) {
    const id = canon(second.replace(/\[.*$/, ''));
    return { kind: 'item', id, subIndicator: framework?.items.find((i) => i.id === id)?.subIndicator ?? null };
  }
  if (head === 'indicators' && second) return { kind: 'indicator', key: second };
  if (head === 'reported') return { kind: 'reported', field: rest.slice(1).join('.') || 'reported' };
  return { kind: 'file', field: rest.join('.') || path };
}

export interface QuestionGroup {
  key: string;
  target: Target;
  issues: FileIssue[];
}

/** Issues grouped by what they are about, in the framework's order (questions, then items, then the rest). */
export function groupIssues(issues: FileIssue[], framework: Framework | null): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  for (const issue of issues) {
    const target = targetOf(issue.path, framework);
    const key =
      target.kind === 'question'
        ? `q:${target.id}`
        : target.kind === 'item'
          ? `o:${target.id}`
          : target.kind === 'indicator'
            ? `i:${target.key}`
            : `${target.kind}:${target.field}`;
    const g = groups.get(key) ?? { key, target, issues: [] };
    g.issues.push(issue);
    groups.set(key, g);
  }
  const order = (g: QuestionGroup): number => {
    const t = g.target;
    if (t.kind === 'question') {
      const n = Number(t.id.slice(1));
      return (t.instrument === 'IIT' ? 1000 : 2000) + n;
    }
    if (t.kind === 'item') return 3000 + Number(t.id.slice(1));
    if (t.kind === 'indicator') return 4000 + Number(t.key);
    if (t.kind === 'reported') return 5000;
    return 0;
  };
  return [...groups.values()].sort((a, b) => order(a) - order(b));
}

/** "Unexpected token } in JSON at position 812" → line and column, for a file that is not JSON at all. */
export function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } | null {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  if (!pos) return null;
  const offset = Number(pos[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** The file's value at an issue's path, shortened: what the user typed, next to why it is wrong. */
export function valueAt(file: Record<string, unknown> | null, path: string): string {
  if (!file) return '';
  const segs = path.split('.');
  const start = segs.findIndex((s) => /^(iit|eit|oit|reported|indicators|instruments|agency|framework)(\[|$)/i.test(s));
  let cur: unknown = file;
  for (const seg of start >= 0 ? segs.slice(start) : segs) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(seg);
    const key = m?.[1] ?? seg;
    if (key) {
      if (cur && typeof cur === 'object' && key in (cur as object)) cur = (cur as Record<string, unknown>)[key];
      else {
        // ids are matched loosely in files ("i.27", "O05"): try the object's keys case- and dot-insensitively.
        const obj = cur && typeof cur === 'object' ? (cur as Record<string, unknown>) : null;
        const hit = obj && Object.keys(obj).find((k) => canon(k) === canon(key));
        if (!hit || !obj) return '';
        cur = obj[hit];
      }
    }
    for (const idx of (m?.[2] ?? '').matchAll(/\[(\d+)\]/g)) {
      const n = Number(idx[1]) - 1;
      if (!Array.isArray(cur)) return '';
      cur = cur[n];
    }
  }
  if (cur === undefined) return '';
  const text = JSON.stringify(cur);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
