import { useTranslation } from 'react-i18next';
import { formatDateTime, local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { StatusBadge } from '../../ui/StatusBadge';

export interface CriterionView {
  id: string;
  label: { th: string; en?: string | null } | null;
  met: boolean | null;
  snippet: string | null;
  href: string | null;
  note: { th: string; en?: string | null } | null;
}

export interface ItemCheckView {
  id: string;
  applies: boolean;
  verdict: string;
  criteria: CriterionView[];
  missing: string[];
  reasons: string[];
}

export interface PageCheckView {
  items: ItemCheckView[];
  error: string | null;
}

export interface ReviewView {
  id: string;
  decision: string;
  reason: string | null;
  reviewer: string;
  createdAt: string;
}

export interface DisagreementView {
  item: string;
  client: string | null;
  server: string | null;
}

/**
 * The check results per item: the server's verdict (authoritative, re-run on the captured HTML) and the
 * extension's, then each criterion met or not with the snippet of the page that matched it.
 */
export function CheckResults({
  items,
  server,
  client,
  itemNames,
}: {
  items: string[];
  server: PageCheckView | null;
  client: PageCheckView | null;
  itemNames: Record<string, { th: string; en?: string | null }>;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <div className="stack" data-testid="check-results">
      {server?.error ? (
        <div className="alert alert-warn" role="note">
          <div className="alert-title">{t('evidence.serverCheckFailed')}</div>
          <p className="mono small">{server.error}</p>
        </div>
      ) : null}
      {items.map((id) => {
        const s = server?.items.find((i) => i.id === id) ?? null;
        const c = client?.items.find((i) => i.id === id) ?? null;
        const shown = s ?? c;
        return (
          <section key={id} className="card" aria-labelledby={`check-${id}`} data-item={id}>
            <div className="card-header">
              <h3 id={`check-${id}`}>
                <span className="item-id">{id}</span> {itemNames[id] ? local(itemNames[id], lang) : ''}
              </h3>
              <div className="row small">
                <span>
                  {t('evidence.server')}: <StatusBadge status={s?.verdict ?? null} />
                </span>
                <span>
                  {t('evidence.client')}: <StatusBadge status={c?.verdict ?? null} />
                </span>
              </div>
            </div>
            {shown && !shown.applies ? <p className="muted small">{t('evidence.notApplies')}</p> : null}
            {shown?.criteria.length ? (
              <ul className="criteria">
                {shown.criteria.map((cr) => (
                  <li key={cr.id} data-criterion={cr.id} data-met={String(cr.met)}>
                    <div className="row">
                      <span
                        className={`badge ${cr.met === true ? 'badge-pass' : cr.met === false ? 'badge-fail' : 'badge-warn'}`}
                      >
                        <span aria-hidden="true">{cr.met === true ? '✓' : cr.met === false ? '✗' : '?'}</span>
                        {cr.met === true
                          ? t('evidence.met')
                          : cr.met === false
                            ? t('evidence.notMet')
                            : t('evidence.unsure')}
                      </span>
                      <strong>{cr.label ? local(cr.label, lang) : cr.id}</strong>
                    </div>
                    {cr.snippet ? (
                      <q className="snippet" cite={cr.href ?? undefined}>
                        {cr.snippet}
                      </q>
                    ) : null}
                    {cr.href ? (
                      <div className="small mono">
                        {t('evidence.link')}: {cr.href}
                      </div>
                    ) : null}
                    {cr.note ? <div className="small muted">{local(cr.note, lang)}</div> : null}
                  </li>
                ))}
              </ul>
            ) : shown ? null : (
              <p className="muted">{t('evidence.noChecks')}</p>
            )}
            {shown?.reasons.length ? (
              <ul className="small muted">
                {shown.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

/** Where the extension and the server's re-check came to different verdicts: the reviewer must look. */
export function Disagreements({ list }: { list: DisagreementView[] }) {
  const { t } = useTranslation();
  if (!list.length) return null;
  return (
    <div className="alert alert-warn" data-testid="disagreements">
      <div className="alert-title">{t('evidence.disagreementTitle')}</div>
      <p>{t('evidence.disagreementLead')}</p>
      <ul>
        {list.map((d) => (
          <li key={d.item}>
            <strong>{d.item}</strong>: {t('evidence.client')} <StatusBadge status={d.client} /> · {t('evidence.server')}{' '}
            <StatusBadge status={d.server ?? 'unknown'} />
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ReviewHistory({ reviews }: { reviews: ReviewView[] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (!reviews.length) return <p className="muted">{t('evidence.noReviews')}</p>;
  return (
    <ol className="timeline" data-testid="review-history">
      {reviews.map((r) => (
        <li key={r.id} className={r.decision}>
          <div className="row">
            <StatusBadge status={r.decision} />
            <span className="small muted">
              {r.reviewer} · {formatDateTime(r.createdAt, lang)}
            </span>
          </div>
          {r.reason ? <p style={{ margin: '0.25rem 0 0' }}>{r.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
