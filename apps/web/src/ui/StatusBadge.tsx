import { useTranslation } from 'react-i18next';

const TONE: Record<string, string> = {
  pass: 'badge-pass',
  passed: 'badge-pass',
  accepted: 'badge-pass',
  accept: 'badge-pass',
  fail: 'badge-fail',
  failed: 'badge-fail',
  rejected: 'badge-fail',
  reject: 'badge-fail',
  'needs-review': 'badge-warn',
  pending: 'badge-warn',
  'request-changes': 'badge-warn',
  'changes-requested': 'badge-warn',
  'not-applicable': '',
  unknown: '',
};

const ICON: Record<string, string> = {
  'badge-pass': '✓',
  'badge-fail': '✗',
  'badge-warn': '●',
  '': '–',
};

/** A status word (item status, verdict, review decision) as a badge; the text, not the colour, carries it. */
export function StatusBadge({ status }: { status: string | null | undefined }) {
  const { t } = useTranslation();
  const key = normaliseStatus(status);
  const tone = TONE[key] ?? '';
  return (
    <span className={`badge ${tone}`} data-status={key}>
      <span aria-hidden="true">{ICON[tone]}</span>
      {t(`status.${key}`, { defaultValue: key })}
    </span>
  );
}

/** GraphQL enums arrive as PASS / NEEDS_REVIEW; the UI speaks pass / needs-review. */
export function normaliseStatus(status: string | null | undefined): string {
  if (!status) return 'unknown';
  return status.toLowerCase().replace(/_/g, '-');
}
