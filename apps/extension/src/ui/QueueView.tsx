import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backgroundMessenger } from '../lib/messaging';
import type { QueueEntry } from '../lib/queue';

export function QueueView({ entries }: { entries: QueueEntry[] }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const sorted = [...entries].sort((a, b) => b.createdAt - a.createdAt);
  const act = (p: Promise<unknown>) => {
    setError(null);
    p.catch((e) => setError(e instanceof Error ? e.message : String(e)));
  };
  const when = (ms: number) => new Date(ms).toLocaleTimeString(i18n.language === 'th' ? 'th-TH' : 'en-GB');
  const waiting = entries.some((e) => e.status === 'pending');
  return (
    <section className="panel" data-testid="queue-view">
      <h2>{t('queue.title')}</h2>
      {waiting ? (
        <button
          type="button"
          onClick={() => act(backgroundMessenger.sendMessage('queue:drain', undefined))}
          data-testid="queue-drain"
        >
          {t('queue.sendNow')}
        </button>
      ) : null}
      {error ? <p className="error small">{error}</p> : null}
      {sorted.length === 0 ? <p className="muted">{t('queue.empty')}</p> : null}
      <ul className="queue">
        {sorted.map((e) => (
          <li key={e.id} data-entry={e.id} data-status={e.status} className={`entry entry-${e.status}`}>
            <div className="row">
              <strong>{e.summary.items.join(', ')}</strong>
              <span className={`badge queue-${e.status}`}>{t(`queue.${e.status}`)}</span>
            </div>
            <p className="small ellipsis" title={e.summary.url}>
              {e.summary.title || e.summary.url}
            </p>
            <p className="muted small">
              {when(e.createdAt)} · {t('queue.size', { kb: (e.summary.bytes / 1024).toFixed(0) })}
              {e.summary.hasScreenshot ? ` · ${t('queue.withScreenshot')}` : ''}
              {e.attempts ? ` · ${t('queue.attempts', { count: e.attempts })}` : ''}
              {e.status === 'pending' && e.attempts ? ` · ${t('queue.next', { when: when(e.nextAttemptAt) })}` : ''}
            </p>
            {e.result ? <p className="ok small">{t('queue.evidence', { id: e.result.evidenceId })}</p> : null}
            {e.lastError && e.status !== 'delivered' ? (
              <p className="error small">
                {t(`error.kind.${e.lastError.kind}`)} — {e.lastError.message}
              </p>
            ) : null}
            {e.status === 'pending' || e.status === 'failed' ? (
              <div className="row">
                <button type="button" onClick={() => act(backgroundMessenger.sendMessage('queue:retry', e.id))}>
                  {t('queue.retry')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => {
                    if (confirm(t('queue.confirmDiscard'))) act(backgroundMessenger.sendMessage('queue:discard', e.id));
                  }}
                >
                  {t('queue.discard')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
