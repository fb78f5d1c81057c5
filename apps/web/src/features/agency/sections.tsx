import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDelta, formatScore, local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { Deferred } from '../../ui/Deferred';
import { LazyDetails } from '../../ui/LazyDetails';
import { LevelBadge } from '../../ui/LevelBadge';
import { Meter } from '../../ui/Meter';
import { Shares, SharesLegend } from '../../ui/Shares';
import { Loading } from '../../ui/States';
import { StatusBadge } from '../../ui/StatusBadge';
import type { AssessmentView, DiscrepancyView, ItemView, QuestionView, ScoreView } from './model';

const IndicatorChart = lazy(() => import('./IndicatorChart'));

/**
 * The headline: the official result when the assessment carries one ("99.60 AA ผลอย่างเป็นทางการ"), with OpenITA's own
 * recomputation beside it; otherwise OpenITA's score, labelled as such.
 */
export function Headline({ a }: { a: AssessmentView }) {
  const { t } = useTranslation();
  const s = a.score;
  const official = a.official?.total != null ? a.official : null;
  const shownTotal = official ? official.total : s?.total;
  const shownLevel = official ? (official.level ?? s?.level ?? null) : (s?.level ?? null);
  const passMark = s?.passMark ?? 85;
  const passes = shownTotal != null && Number(formatScore(shownTotal)) >= passMark;
  return (
    <section className="card" aria-labelledby="headline-title">
      <h2 id="headline-title" className="visually-hidden">
        {t('agency.result')}
      </h2>
      <div className="headline">
        <div className="headline-score" data-testid="headline">
          <span className="headline-total" data-testid="headline-total">
            {formatScore(shownTotal)}
          </span>
          <LevelBadge level={shownLevel} size="lg" />
          <div className="stack" style={{ gap: '0.3rem' }}>
            {official ? (
              <span className="official-tag" data-testid="official-tag">
                {t('agency.official')}
              </span>
            ) : (
              <span className="badge">{t('agency.computedByOpenIta')}</span>
            )}
            <span className={`badge ${passes ? 'badge-pass' : 'badge-fail'}`}>
              {passes ? t('agency.passes', { mark: passMark }) : t('agency.below', { mark: passMark })}
            </span>
          </div>
        </div>
        <div className="grid grid-3">
          {official && s ? (
            <div className="recomputed" data-testid="recomputed">
              <div className="stat-label">{t('agency.recomputed')}</div>
              <div className="row">
                <span className="stat-value">{formatScore(s.total)}</span>
                <LevelBadge level={s.level} />
              </div>
              <div className="small muted">
                {Math.abs(s.total - (official.total ?? 0)) >= 0.005
                  ? t('agency.recomputedDiffers', { diff: formatDelta(s.total - (official.total ?? 0)) })
                  : t('agency.recomputedSame')}
              </div>
            </div>
          ) : null}
          {a.rank || official?.rank ? (
            <div className="stat">
              <span className="stat-label">{t('agency.rank')}</span>
              <span className="stat-value" data-testid="rank">
                {official?.rank ?? a.rank}
                {a.rankOf ? <span className="small muted"> / {a.rankOf}</span> : null}
              </span>
              <span className="small muted">
                {t('agency.rankAmong', { type: local(a.agency.typeName, currentLang()) })}
              </span>
            </div>
          ) : null}
          {s ? (
            <div className="stat">
              <span className="stat-label">{t('agency.framework')}</span>
              <span>{t('agency.fiscalYear', { year: s.fiscalYear })}</span>
              <span className="small muted mono">{s.framework}</span>
            </div>
          ) : null}
        </div>
      </div>
    </section>
  );
}

/** Where OpenITA's arithmetic and the published figures disagree, and by how much. */
export function Reconciliation({ score }: { score: ScoreView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (!score.discrepancies.length && !score.warnings.length) return null;
  return (
    <section className="alert alert-warn" aria-labelledby="recon-title" data-testid="reconciliation">
      <h2 id="recon-title" className="alert-title" style={{ fontSize: '1rem' }}>
        {t('agency.reconTitle')}
      </h2>
      {score.discrepancies.length ? (
        <>
          <p>{t('agency.reconLead')}</p>
          <div className="table-wrap">
            <table className="table" style={{ background: 'transparent' }}>
              <thead>
                <tr>
                  <th scope="col">{t('agency.reconWhat')}</th>
                  <th scope="col" className="num">
                    {t('agency.reconReported')}
                  </th>
                  <th scope="col" className="num">
                    {t('agency.reconComputed')}
                  </th>
                  <th scope="col" className="num">
                    {t('agency.reconDifference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {score.discrepancies.map((d) => (
                  <tr key={d.path} data-path={d.path}>
                    <th scope="row" style={{ fontWeight: 600 }}>
                      {local(d.label, lang)}
                    </th>
                    <td className="num">{show(d.reported)}</td>
                    <td className="num">{show(d.computed)}</td>
                    <td className="num">{d.difference === null ? '≠' : formatDelta(d.difference)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {score.warnings.length ? (
        <ul>
          {score.warnings.map((w) => (
            <li key={`${w.path}-${w.message.th}`}>
              <code>{w.path}</code> {local(w.message, lang)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function show(v: DiscrepancyView['computed']): string {
  return typeof v === 'number' ? formatScore(v) : v;
}

export function InstrumentBars({ score }: { score: ScoreView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <section className="card" aria-labelledby="instruments-title">
      <div className="card-header">
        <h2 id="instruments-title">{t('agency.instruments')}</h2>
        <span className="small muted">{t('agency.instrumentsHint')}</span>
      </div>
      {score.instruments.map((i) => (
        <Meter
          key={i.id}
          tone={i.id as 'IIT'}
          label={i.id}
          sub={`${local(i.name, lang)} · ${t('agency.weight', { weight: Math.round(i.weight * 100) })}`}
          value={i.score}
        />
      ))}
    </section>
  );
}

export function Indicators({ score, animate = true }: { score: ScoreView; animate?: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  return (
    <section className="card" aria-labelledby="indicators-title">
      <div className="card-header">
        <h2 id="indicators-title">{t('agency.indicators')}</h2>
      </div>
      <Deferred minHeight="24rem">
        <Suspense fallback={<Loading lines={6} />}>
          <IndicatorChart
            animate={animate}
            passMark={score.passMark}
            data={score.indicators.map((i) => ({
              key: i.key,
              name: local(i.name, lang),
              instrument: i.instrument,
              score: i.score,
            }))}
          />
        </Suspense>
      </Deferred>
    </section>
  );
}

/** O1–O43 grouped by sub-indicator: status, evidence count, and the way to the evidence. */
export function Checklist({ a }: { a: AssessmentView }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const subs = a.score?.subIndicators ?? [];
  const groups = new Map<string, ItemView[]>();
  for (const it of a.items) {
    const list = groups.get(it.subIndicator) ?? [];
    list.push(it);
    groups.set(it.subIndicator, list);
  }
  const passed = a.items.filter((i) => i.status === 'pass').length;
  return (
    <section className="card" aria-labelledby="checklist-title" data-testid="checklist">
      <div className="card-header">
        <h2 id="checklist-title">{t('agency.checklist')}</h2>
        <span className="muted">{t('agency.checklistSummary', { passed, total: a.items.length })}</span>
      </div>
      {[...groups.entries()].map(([subId, items]) => {
        const sub = subs.find((s) => s.id === subId);
        const subPassed = items.filter((i) => i.status === 'pass').length;
        return (
          <details className="section" key={subId} open={subPassed < items.length}>
            <summary>
              <span>
                {t('agency.subIndicator', { id: subId })} {sub ? local(sub.name, lang) : ''}
              </span>
              <span className="spacer" />
              <span className="small muted">
                {subPassed}/{items.length}
              </span>
              {sub?.score != null ? <span className="num">{formatScore(sub.score)}</span> : null}
            </summary>
            <ul className="checklist">
              {items.map((it) => (
                <li key={it.id} data-item={it.id} data-status={it.status}>
                  <span className="item-id">{it.id}</span>
                  <span>{local(it.name, lang)}</span>
                  <StatusBadge status={it.status} />
                  <Link
                    className="small nowrap"
                    to={`/review?agency=${encodeURIComponent(a.agency.id)}&item=${it.id}&status=all`}
                    aria-label={t('agency.evidenceFor', { item: it.id, count: it.evidenceCount })}
                  >
                    {t('agency.evidenceCount', { count: it.evidenceCount })}
                    {it.pendingCount ? ` · ${t('agency.pendingCount', { count: it.pendingCount })}` : ''}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}

/** Survey questions by indicator, each with its answer shares as a bar and its score. */
export function Questions({ a, instrument }: { a: AssessmentView; instrument: 'IIT' | 'EIT' }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const questions = a.questions.filter((q) => q.instrument === instrument);
  if (!questions.length) return null;
  const byIndicator = new Map<string, QuestionView[]>();
  for (const q of questions) byIndicator.set(q.indicator, [...(byIndicator.get(q.indicator) ?? []), q]);
  const indicators = a.score?.indicators ?? [];
  return (
    <section className="card" aria-labelledby={`q-${instrument}`}>
      <div className="card-header">
        <h2 id={`q-${instrument}`}>
          {instrument} · {t(`instrument.${instrument}`)}
        </h2>
        <SharesLegend />
      </div>
      {[...byIndicator.entries()].map(([key, qs]) => {
        const ind = indicators.find((i) => i.key === key);
        return (
          <LazyDetails
            key={key}
            summary={
              <>
                <span>
                  {t('agency.indicator', { key })} {ind ? local(ind.name, lang) : ''}
                </span>
                <span className="spacer" />
                <span className="num">{formatScore(ind?.score)}</span>
              </>
            }
          >
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('agency.question')}</th>
                    <th scope="col">{t('agency.shares')}</th>
                    <th scope="col" className="num">
                      {t('agency.score')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {qs.map((q) => (
                    <QuestionRows key={q.id} q={q} />
                  ))}
                </tbody>
              </table>
            </div>
          </LazyDetails>
        );
      })}
    </section>
  );
}

function QuestionRows({ q }: { q: QuestionView }) {
  const lang = currentLang();
  const labels = q.options.map((o) => local(o, lang));
  const perPart = q.shares.length > 1;
  return (
    <>
      <tr data-question={q.id}>
        <th scope="row" style={{ fontWeight: 400 }}>
          <span className="item-id">{q.id}</span> {local(q.text, lang)}
          {!perPart && q.parts.length ? (
            <ul className="small muted" style={{ margin: '0.25rem 0 0', paddingLeft: '1.1rem' }}>
              {q.parts.map((p) => (
                <li key={p.th}>{local(p, lang)}</li>
              ))}
            </ul>
          ) : null}
        </th>
        <td style={{ minWidth: '10rem' }}>
          {!perPart && q.shares[0] ? <Shares shares={q.shares[0]} labels={labels} points={q.points[0] ?? []} /> : null}
        </td>
        <td className="num">{formatScore(q.score)}</td>
      </tr>
      {perPart
        ? q.shares.map((v, k) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a question's parts are fixed by the framework
            <tr key={`${q.id}-${k}`} className="small">
              <td style={{ paddingLeft: '2.2rem' }}>{q.parts[k] ? local(q.parts[k], lang) : `${k + 1}`}</td>
              <td>
                <Shares shares={v} labels={labels} points={q.points[k] ?? []} />
              </td>
              <td className="num muted">{formatScore(q.partScores[k])}</td>
            </tr>
          ))
        : null}
    </>
  );
}
