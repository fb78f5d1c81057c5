import { LIMITS } from '@openita/schema/client';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clientChecksFor, type PageCheck } from '../lib/checks';
import { hashHtml } from '../lib/hash';
import { backgroundMessenger } from '../lib/messaging';
import type { AuditorVerdict, SubmissionInput } from '../lib/queue';
import type { Settings } from '../lib/settings';
import { captureTab, type TargetTab } from '../lib/target';
import { useQueue } from './hooks';

interface Props {
  target: TargetTab;
  settings: Settings;
  configured: boolean;
  items: string[];
  check: PageCheck;
  /** Takes a fresh snapshot of the page and checks it: what is submitted is what was checked. */
  recheck: () => Promise<PageCheck | null>;
  onClose: () => void;
}

function suggestedVerdict(check: PageCheck, items: string[]): AuditorVerdict {
  const v = check.report.items.filter((i) => items.includes(i.id)).map((i) => i.verdict);
  if (v.length && v.every((x) => x === 'pass')) return 'pass';
  if (v.some((x) => x === 'fail')) return 'fail';
  return 'needs-review';
}

export function SubmitForm({ target, settings, configured, items, check, recheck }: Props) {
  const { t } = useTranslation();
  const suggested = useMemo(() => suggestedVerdict(check, items), [check, items]);
  const [verdict, setVerdict] = useState<AuditorVerdict | null>(null);
  const [note, setNote] = useState('');
  const [withScreenshot, setWithScreenshot] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ id: string; sha256: string; screenshotError: string | null } | null>(null);
  const queue = useQueue();
  const entry = result ? queue.find((e) => e.id === result.id) : undefined;

  const submit = async () => {
    if (!settings.agency) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const fresh = await recheck();
      if (!fresh) throw new Error(t('submit.changed'));
      let screenshot: string | null = null;
      let screenshotError: string | null = null;
      if (withScreenshot) {
        try {
          screenshot = await captureTab(target.tabId);
        } catch (e) {
          screenshotError = e instanceof Error ? e.message : String(e);
        }
      }
      if (fresh.htmlBytes > LIMITS.htmlBytes)
        throw new Error(
          t('error.tooLarge', { mb: (fresh.htmlBytes / 2 ** 20).toFixed(1), max: LIMITS.htmlBytes / 2 ** 20 }),
        );
      const sha256 = await hashHtml(fresh.snapshot.html);
      const client = clientChecksFor(fresh, items, settings.framework);
      const submission: SubmissionInput = {
        agencyId: settings.agency.id,
        framework: settings.framework,
        items,
        url: fresh.snapshot.url,
        title: fresh.snapshot.title,
        capturedAt: fresh.snapshot.capturedAt,
        html: fresh.snapshot.html,
        sha256,
        screenshot,
        clientChecks: client.report,
        forced: client.forced,
        verdict: verdict ?? suggestedVerdict(fresh, items),
        note: note.trim(),
      };
      const queued = await backgroundMessenger.sendMessage('queue:enqueue', submission);
      setResult({ id: queued.id, sha256, screenshotError });
      setNote('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="submit"
      data-testid="submit-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('submit.title', { count: items.length })}</h2>
      <p className="small">
        {t('submit.items')}: <strong data-testid="submit-items">{items.join(', ')}</strong>
      </p>
      {!configured ? <p className="error small">{t('submit.needSettings')}</p> : null}
      <label>
        {t('submit.verdict')}
        <select
          value={verdict ?? suggested}
          onChange={(e) => setVerdict(e.target.value as AuditorVerdict)}
          data-testid="submit-verdict"
        >
          {(['pass', 'fail', 'needs-review'] as const).map((v) => (
            <option key={v} value={v}>
              {t(`verdict.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('submit.note')}
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('submit.notePlaceholder')}
          rows={3}
          maxLength={10_000}
          data-testid="submit-note"
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={withScreenshot} onChange={(e) => setWithScreenshot(e.target.checked)} />
        {t('submit.screenshot')}
      </label>
      <button type="submit" className="primary" disabled={busy || !configured} data-testid="submit-send">
        {busy ? t('submit.sending') : t('submit.send')}
      </button>
      {error ? <p className="error small">{error}</p> : null}
      {result ? (
        <div
          className="result small"
          data-testid="submit-result"
          data-entry={result.id}
          data-status={entry?.status ?? 'pending'}
        >
          {entry?.status === 'delivered' && entry.result ? (
            <p className="ok">{t('submit.delivered', { evidenceId: entry.result.evidenceId })}</p>
          ) : entry?.status === 'failed' ? (
            <p className="error">
              {entry.lastError ? `${t(`error.kind.${entry.lastError.kind}`)} — ${entry.lastError.message}` : ''}
            </p>
          ) : (
            <p>{t('submit.queued', { id: result.id.slice(0, 8) })}</p>
          )}
          <p className="muted mono">{t('submit.hash', { hash: result.sha256 })}</p>
          {result.screenshotError ? (
            <p className="warn">{t('submit.noScreenshot', { reason: result.screenshotError })}</p>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
