/**
 * The agency's assessment: the official result headlined where there is one, OpenITA's recomputation and its
 * discrepancies beside it, the instruments, the ten indicators, the O1–O43 checklist, what-if, and the survey
 * questions with their answer shares.
 */
import { lazy, Suspense, use, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData, useParams, useRevalidator, useSearchParams } from 'react-router';
import type { ScorecardLoad, ScorecardResult } from '../../app/loaders';
import { useViewer } from '../../app/viewer';
import { formatDateTime, local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { Deferred } from '../../ui/Deferred';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { scoreIssues, toAssessmentView, toHeadlineView } from './fromScorecard';
import { Checklist, Headline, Indicators, InstrumentBars, Questions, Reconciliation } from './sections';

const WhatIf = lazy(() => import('./WhatIf'));

export default function AgencyPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const viewer = useViewer();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const framework = params.get('framework');
  const { head, full } = useLoaderData() as ScorecardLoad;
  const revalidator = useRevalidator();
  const agency = head.data?.agency;
  const headline = useMemo(() => (agency ? toHeadlineView(agency) : null), [agency]);

  if (head.error && !agency) return <ErrorState error={head.error} onRetry={() => void revalidator.revalidate()} />;
  if (!agency)
    return (
      <>
        <PageHeader title={t('agency.notFound')} crumbs={[{ label: t('nav.dashboard'), to: '/' }]} />
        <Empty>{t('agency.notFoundHint', { slug })}</Empty>
      </>
    );

  const a = agency.assessment;
  const name = local(agency.name, lang);
  return (
    <>
      <PageHeader
        title={name}
        crumbs={[{ label: t('nav.dashboard'), to: '/' }, { label: name }]}
        lead={
          <>
            {local(agency.typeName, lang)}
            {agency.province ? ` · ${t('agency.provinceOf', { province: agency.province })}` : ''}
            {agency.websites.map((w) => (
              <span key={w}>
                {' · '}
                <a href={w} rel="noopener noreferrer nofollow" target="_blank">
                  {w.replace(/^https?:\/\//, '')}
                </a>
              </span>
            ))}
          </>
        }
        actions={
          a ? (
            <>
              <Link
                className="btn"
                to={`/agencies/${encodeURIComponent(agency.slug)}/report${framework ? `?framework=${framework}` : ''}`}
              >
                {t('agency.report')}
              </Link>
              {viewer.can('read') ? (
                <Link className="btn" to={`/review?agency=${encodeURIComponent(agency.id)}&status=all`}>
                  {t('agency.allEvidence')}
                </Link>
              ) : null}
            </>
          ) : null
        }
      />
      {!a || !headline ? (
        <Empty>
          {t('agency.noAssessment')}
          {viewer.can('import') ? (
            <p>
              <Link to="/import">{t('nav.import')}</Link>
            </p>
          ) : null}
        </Empty>
      ) : (
        <div className="stack">
          <nav className="row small no-print" aria-label={t('agency.sections')}>
            <a href="#instruments-title">{t('agency.instruments')}</a>
            <a href="#checklist-title">{t('agency.checklist')}</a>
            <a href="#whatif-title">{t('whatIf.title')}</a>
            <a href="#q-IIT">IIT</a>
            <a href="#q-EIT">EIT</a>
          </nav>
          <Headline a={headline} />
          <Suspense fallback={<Loading lines={10} />}>
            <Details full={full} onRetry={() => void revalidator.revalidate()} />
          </Suspense>
        </div>
      )}
    </>
  );
}

/** Everything below the headline, from the full scorecard (rendered when it arrives). */
function Details({ full, onRetry }: { full: Promise<ScorecardResult>; onRetry: () => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const result = use(full);
  const agency = result.data?.agency;
  const view = useMemo(() => (agency ? toAssessmentView(agency) : null), [agency]);
  if (result.error || !agency) return <ErrorState error={result.error ?? t('errors.title')} onRetry={onRetry} />;
  const a = agency.assessment;
  if (!a || !view) return null;
  return (
    <>
      {view.score ? <Reconciliation score={view.score} /> : null}
      {!view.score ? (
        <div className="alert alert-error" role="alert" data-testid="score-issues">
          <div className="alert-title">{t('agency.noScore')}</div>
          <ul>
            {scoreIssues(a).map((i) => (
              <li key={i.path + i.message.th}>
                <code>{i.path}</code> {local(i.message, lang)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {view.score ? (
        <div className="grid grid-2">
          <InstrumentBars score={view.score} />
          <Indicators score={view.score} />
        </div>
      ) : null}
      <div className="grid grid-2" style={{ alignItems: 'start' }}>
        <Checklist a={view} />
        <section className="card" aria-labelledby="whatif-title">
          <div className="card-header">
            <h2 id="whatif-title">{t('whatIf.title')}</h2>
          </div>
          <p className="small muted">{t('whatIf.lead')}</p>
          <Deferred minHeight="12rem">
            <Suspense fallback={<Loading lines={6} />}>
              <WhatIf key={`${a.id}:${a.revision}`} scoringInput={a.scoringInput} />
            </Suspense>
          </Deferred>
        </section>
      </div>
      <Questions a={view} instrument="IIT" />
      <Questions a={view} instrument="EIT" />
      <p className="small muted">
        {t('agency.updated', { when: formatDateTime(a.updatedAt, lang) })}
        {a.importedAt ? ` · ${t('agency.imported', { when: formatDateTime(a.importedAt, lang) })}` : ''}
      </p>
    </>
  );
}
