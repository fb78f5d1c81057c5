import type { ErrorLike } from '@apollo/client';
import { useTranslation } from 'react-i18next';

export function Loading({ lines = 3, label }: { lines?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="stack" aria-busy="true" role="status" aria-label={label ?? t('common.loading')}>
      {Array.from({ length: lines }, (_, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={k} className="skeleton" style={{ height: k === 0 ? '2.2rem' : '1.1rem', width: `${90 - k * 12}%` }} />
      ))}
    </div>
  );
}

/** A failed request, said plainly, with a retry when one makes sense. */
export function ErrorState({ error, onRetry }: { error: ErrorLike | Error | string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = typeof error === 'string' ? error : error.message;
  const forbidden = /forbidden|not authori[sz]ed|unauthori[sz]ed|401|403/i.test(message);
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-title">{forbidden ? t('errors.forbidden') : t('errors.title')}</div>
      <p>{forbidden ? t('errors.forbiddenHint') : message}</p>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="empty">{children}</div>;
}
