import type { LocalText } from './framework/model.js';

/** A problem found in an input, with the path to the value it is about ("iit.i27", "oit.O5", "reported.total"). */
export interface InputIssue {
  severity: 'error' | 'warning';
  /** Dotted path into the input; part indexes in brackets, 1-based as users count them: "iit.i18[2]". */
  path: string;
  code: IssueCode;
  message: LocalText & { en: string };
}

export type IssueCode =
  | 'invalid'
  | 'unknown-framework'
  | 'unknown-id'
  | 'missing-question'
  | 'missing-item'
  | 'missing-data'
  | 'part-count'
  | 'option-count'
  | 'shares-sum'
  | 'negative'
  | 'out-of-range'
  | 'overridden';

export function issue(
  severity: InputIssue['severity'],
  path: string,
  code: IssueCode,
  en: string,
  th: string,
): InputIssue {
  return { severity, path, code, message: { th, en } };
}

/** Thrown by score() when an assessment has errors; `issues` lists every one of them, warnings included. */
export class AssessmentError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(
      `assessment has ${errors.length} error(s):\n${errors.map((e) => `  ${e.path}: ${e.message.en}`).join('\n')}`,
    );
    this.name = 'AssessmentError';
    this.issues = issues;
  }
}

/** "iit.i18[2]" from ["iit", "i18", 1]: numbers become 1-based brackets. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p + 1}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}
