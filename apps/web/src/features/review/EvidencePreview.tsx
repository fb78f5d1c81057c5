import { useQuery } from '@apollo/client/react';
import { EvidenceDetailDocument } from '@openita/schema/client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, local, readableUrl } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { Loading } from '../../ui/States';
import { StatusBadge } from '../../ui/StatusBadge';

/**
 * The active evidence beside the queue: what it claims, what the checks found (criteria met / not met), the
 * auditor's note, and the review buttons. The full page (captured page, screenshot, history) is one Enter away.
 */
export function EvidencePreview({
  id,
  canReview,
  busy,
  onAccept,
  onReject,
  onChanges,
}: {
  id: string;
  canReview: boolean;
  busy: boolean;
  onAccept: () => void;
  onReject: () => void;
  onChanges: () => void;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const { data, loading } = useQuery(EvidenceDetailDocument, { variables: { id } });
  const e = data?.evidenceById;
  if (!e) return loading ? <Loading lines={6} /> : <p className="muted">{t('evidence.notFound')}</p>;
  const checks = e.serverChecks ?? e.clientChecks;
  return (
    <div
      className="card stack"
      style={{ gap: '0.75rem', position: 'sticky', top: 'calc(var(--header-h) + 1rem)' }}
      data-testid="preview"
    >
      <div className="card-header" style={{ marginBottom: 0 }}>
        <h2 style={{ margin: 0 }}>
          <span className="item-id">{e.itemIds.join(', ')}</span> · {local(e.agency.name, lang)}
        </h2>
        <StatusBadge status={e.status} />
      </div>
      <div className="small">
        <a href={e.url} target="_blank" rel="noopener noreferrer nofollow" className="mono">
          {readableUrl(e.url)}
        </a>
        <div className="muted">
          {t('evidence.capturedBy', { who: e.auditor.name, when: formatDateTime(e.capturedAt, lang) })}
        </div>
      </div>
      {e.note ? <blockquote className="snippet">{e.note}</blockquote> : null}
      {e.disagreements.length ? (
        <div className="alert alert-warn small" style={{ margin: 0 }}>
          {t('evidence.disagreementShort', { items: e.disagreements.map((d) => d.item).join(', ') })}
        </div>
      ) : null}
      <ul className="criteria small">
        {e.items.map((item) => {
          const c = checks?.items.find((x) => x.id === item.id);
          const met = c?.criteria.filter((x) => x.met === true).length ?? 0;
          return (
            <li key={item.id}>
              <div className="row">
                <span className="item-id">{item.id}</span>
                <span>{local(item.name, lang)}</span>
                <span className="spacer" />
                <StatusBadge status={c?.verdict ?? null} />
              </div>
              {c ? (
                <div className="muted">
                  {t('evidence.criteriaMet', { met, total: c.criteria.length })}
                  {c.missing.length ? ` · ${t('evidence.missing', { list: c.missing.join(', ') })}` : ''}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {canReview ? (
        <div className="row">
          <button type="button" className="btn btn-accept" onClick={onAccept} disabled={busy} data-testid="accept">
            {t('review.accept')} <kbd className="kbd">a</kbd>
          </button>
          <button type="button" className="btn btn-reject" onClick={onReject} disabled={busy} data-testid="reject">
            {t('review.reject')} <kbd className="kbd">r</kbd>
          </button>
          <button type="button" className="btn" onClick={onChanges} disabled={busy}>
            {t('review.requestChanges')} <kbd className="kbd">c</kbd>
          </button>
        </div>
      ) : null}
      <Link to={`/evidence/${encodeURIComponent(e.id)}`}>{t('review.openFull')}</Link>
    </div>
  );
}
