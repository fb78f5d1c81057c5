/**
 * One evidence in full: where and when it was captured, by whom, its SHA-256; the captured page in a sandboxed
 * frame (scripts blocked twice: sandbox and CSP); the screenshot; each criterion met or not with its snippet, the
 * server's verdict beside the extension's; the review history; and the review actions.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { EvidenceDetailDocument, type ReviewDecision, ReviewEvidenceDocument } from '@openita/schema/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../app/viewer';
import { formatBytes, formatDateTime, local, readableUrl } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { StatusBadge } from '../../ui/StatusBadge';
import { useToast } from '../../ui/Toast';
import { ReasonDialog } from '../review/ReasonDialog';
import { CaptureFrame } from './CaptureFrame';
import { CheckResults, Disagreements, type PageCheckView, ReviewHistory } from './parts';

export default function EvidencePage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const viewer = useViewer();
  const notify = useToast();
  const { evidenceId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(EvidenceDetailDocument, { variables: { id: evidenceId } });
  const [review, { loading: saving }] = useMutation(ReviewEvidenceDocument);
  const [dialog, setDialog] = useState<null | 'reject' | 'request-changes'>(null);
  const e = data?.evidenceById;

  if (error && !e) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading lines={10} />;
  if (!e)
    return (
      <>
        <PageHeader title={t('evidence.notFound')} crumbs={[{ label: t('nav.review'), to: '/review' }]} />
        <Empty>{t('evidence.notFoundHint')}</Empty>
      </>
    );

  const decide = async (decision: 'accept' | 'reject' | 'request-changes', reason?: string) => {
    try {
      const { data: result } = await review({
        variables: {
          input: {
            evidence: e.id,
            decision: decision.toUpperCase().replace(/-/g, '_') as ReviewDecision,
            reason: reason ?? null,
          },
        },
        refetchQueries: [{ query: EvidenceDetailDocument, variables: { id: e.id } }],
      });
      const r = result?.reviewEvidence;
      if (r?.__typename === 'ReviewEvidencePayload')
        notify(
          t(`review.done.${decision}`, {
            items: e.itemIds.join(', '),
            agency: local(e.agency.name, lang),
            score: r.assessment.score ? `${r.assessment.score.totalDisplay} ${r.assessment.score.level}` : '–',
          }),
        );
      else notify(r && 'message' in r ? r.message : t('review.failed'), 'error');
    } catch (err) {
      notify(err instanceof Error ? err.message : String(err), 'error');
    }
  };

  const names = Object.fromEntries(e.items.map((i) => [i.id, i.name]));
  const toView = (c: typeof e.serverChecks): PageCheckView | null =>
    c
      ? {
          error: c.error,
          items: c.items.map((i) => ({
            id: i.id,
            applies: i.applies,
            verdict: i.verdict,
            missing: i.missing,
            reasons: i.reasons,
            criteria: i.criteria.map((cr) => ({
              id: cr.id,
              label: cr.label,
              met: cr.met,
              snippet: cr.evidence?.snippet ?? null,
              href: cr.evidence?.href ?? null,
              note: cr.note,
            })),
          })),
        }
      : null;
  const title = `${e.itemIds.join(', ')} · ${local(e.agency.name, lang)}`;

  return (
    <>
      <PageHeader
        title={
          <>
            {title} <StatusBadge status={e.status} />
          </>
        }
        docTitle={title}
        crumbs={[
          { label: t('nav.review'), to: '/review' },
          { label: local(e.agency.name, lang), to: `/agencies/${encodeURIComponent(e.agency.slug)}` },
          { label: e.itemIds.join(', ') },
        ]}
        actions={
          viewer.can('review') ? (
            <>
              <button
                type="button"
                className="btn btn-accept"
                disabled={saving}
                onClick={() => void decide('accept')}
                data-testid="accept"
              >
                {t('review.accept')}
              </button>
              <button
                type="button"
                className="btn btn-reject"
                disabled={saving}
                onClick={() => setDialog('reject')}
                data-testid="reject"
              >
                {t('review.reject')}
              </button>
              <button type="button" className="btn" disabled={saving} onClick={() => setDialog('request-changes')}>
                {t('review.requestChanges')}
              </button>
            </>
          ) : null
        }
      />
      <div className="stack">
        <Disagreements list={e.disagreements} />
        <div className="grid grid-2" style={{ alignItems: 'start' }}>
          <section className="card" aria-labelledby="meta-title">
            <h2 id="meta-title">{t('evidence.about')}</h2>
            <dl className="meta" data-testid="evidence-meta">
              <dt>{t('evidence.url')}</dt>
              <dd>
                <a href={e.url} target="_blank" rel="noopener noreferrer nofollow" className="mono">
                  {readableUrl(e.url)}
                </a>
              </dd>
              <dt>{t('evidence.capturedAt')}</dt>
              <dd>{formatDateTime(e.capturedAt, lang)}</dd>
              <dt>{t('evidence.submittedAt')}</dt>
              <dd>{formatDateTime(e.submittedAt, lang)}</dd>
              <dt>{t('evidence.auditor')}</dt>
              <dd>{e.auditor.name}</dd>
              <dt>{t('evidence.auditorVerdict')}</dt>
              <dd>
                <StatusBadge status={e.verdict} />
                {e.forced ? <span className="badge badge-warn">{t('evidence.forced')}</span> : null}
              </dd>
              <dt>{t('evidence.sha256')}</dt>
              <dd className="mono small" data-testid="sha256">
                {e.htmlSha256}
                <div className="muted">{formatBytes(e.htmlSize)}</div>
              </dd>
              {e.screenshotSha256 ? (
                <>
                  <dt>{t('evidence.screenshotSha256')}</dt>
                  <dd className="mono small">{e.screenshotSha256}</dd>
                </>
              ) : null}
              <dt>{t('evidence.note')}</dt>
              <dd>{e.note ? e.note : <span className="muted">–</span>}</dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="history-title">
            <h2 id="history-title">{t('evidence.history')}</h2>
            <ReviewHistory
              reviews={e.reviews.map((r) => ({
                id: r.id,
                decision: r.decision.toLowerCase().replace(/_/g, '-'),
                reason: r.reason,
                reviewer: r.reviewer.name,
                createdAt: r.createdAt,
              }))}
            />
          </section>
        </div>
        <section aria-labelledby="checks-title">
          <h2 id="checks-title">{t('evidence.checks')}</h2>
          <CheckResults
            items={e.itemIds}
            server={toView(e.serverChecks)}
            client={toView(e.clientChecks)}
            itemNames={names}
          />
        </section>
        <div className="grid grid-2" style={{ alignItems: 'start' }}>
          <section className="card" aria-labelledby="capture-title">
            <div className="card-header">
              <h2 id="capture-title">{t('evidence.capture')}</h2>
              <a className="small" href={e.captureUrl} target="_blank" rel="noopener noreferrer">
                {t('evidence.openCapture')}
              </a>
            </div>
            <p className="small muted">{t('evidence.captureSafe')}</p>
            <CaptureFrame src={e.captureUrl} title={t('evidence.captureTitle', { url: e.url })} />
          </section>
          <section className="card" aria-labelledby="shot-title">
            <h2 id="shot-title">{t('evidence.screenshot')}</h2>
            {e.screenshotUrl ? (
              <a href={e.screenshotUrl} target="_blank" rel="noopener noreferrer">
                <img
                  className="screenshot"
                  src={e.screenshotUrl}
                  alt={t('evidence.screenshotAlt', { url: e.url })}
                  loading="lazy"
                />
              </a>
            ) : (
              <p className="muted">{t('evidence.noScreenshot')}</p>
            )}
          </section>
        </div>
        <p className="small">
          <Link to={`/agencies/${encodeURIComponent(e.agency.slug)}`}>
            {t('evidence.toAgency', { agency: local(e.agency.name, lang) })}
          </Link>
        </p>
      </div>
      <ReasonDialog
        open={dialog !== null}
        decision={dialog ?? 'reject'}
        subject={title}
        busy={saving}
        onCancel={() => setDialog(null)}
        onConfirm={(reason) => {
          const d = dialog ?? 'reject';
          setDialog(null);
          void decide(d, reason);
        }}
      />
    </>
  );
}
