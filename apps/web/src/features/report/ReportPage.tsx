/**
 * The agency's analysis report in the seed's order (overview, IIT, EIT and OIT tables, weak points, what to keep,
 * conclusion, recommendations), written by packages/scoring's analysis from the assessment as the API scores it.
 * An A4 print stylesheet makes "Print → Save as PDF" the PDF; XLSX (exceljs, loaded on demand) and CSV exports
 * carry the same tables.
 */
import { useQuery } from '@apollo/client/react';
import { AssessmentAnalysisDocument } from '@openita/schema/client';
import { type Analysis, analysisDocument, analysisSheets } from '@openita/scoring';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { toCsv } from '../../lib/csv';
import { download, fileSlug } from '../../lib/download';
import { local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { ReportBlocks } from './Blocks';

const IndicatorChart = lazy(() => import('../agency/IndicatorChart'));

export default function ReportPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const notify = useToast();
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const framework = params.get('framework');
  // The analysis is written by the API (packages/scoring's analysis() on the assessment as scored, reviewers' notes
  // included); the page turns it into the document and the sheets with the same package.
  const { data, loading, error, refetch } = useQuery(AssessmentAnalysisDocument, {
    variables: { slug, framework },
    fetchPolicy: 'cache-and-network',
  });
  const agency = data?.agency;
  const assessment = agency?.assessment;
  const analysis = (assessment?.analysis ?? null) as Analysis | null;
  const blocks = useMemo(() => (analysis ? analysisDocument(analysis, lang) : []), [analysis, lang]);
  const sheets = useMemo(() => (analysis ? analysisSheets(analysis, { lang }) : []), [analysis, lang]);
  const [csvSheet, setCsvSheet] = useState('overview');
  const [exporting, setExporting] = useState(false);
  const csvId = useId();

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data && loading) return <Loading lines={12} />;
  if (!agency || !assessment)
    return (
      <>
        <PageHeader title={t('report.title')} crumbs={[{ label: t('nav.dashboard'), to: '/' }]} />
        <Empty>{t('agency.noAssessment')}</Empty>
      </>
    );
  const name = local(agency.name, lang);
  const base = fileSlug(agency.slug, analysis?.framework.fiscalYear, 'ita-analysis', lang);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const { workbookBytes } = await import('./xlsx');
      const bytes = await workbookBytes(sheets, { title: `${t('report.title')} ${name}` });
      download(bytes, `${base}.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    } finally {
      setExporting(false);
    }
  };
  const exportCsv = () => {
    const sheet = sheets.find((s) => s.id === csvSheet) ?? sheets[0];
    if (!sheet) return;
    download(toCsv(sheet.columns, sheet.rows), `${base}-${sheet.id}.csv`, 'text/csv;charset=utf-8');
  };

  return (
    <>
      <div className="report-toolbar no-print">
        <PageHeader
          title={t('report.title')}
          docTitle={`${t('report.title')} · ${name}`}
          crumbs={[
            { label: t('nav.dashboard'), to: '/' },
            { label: name, to: `/agencies/${encodeURIComponent(agency.slug)}` },
            { label: t('report.title') },
          ]}
          actions={
            analysis ? (
              <>
                <button type="button" className="btn btn-primary" onClick={() => window.print()}>
                  {t('report.print')}
                </button>
                <button
                  type="button"
                  className="btn"
                  onClick={() => void exportXlsx()}
                  disabled={exporting}
                  data-testid="export-xlsx"
                >
                  {exporting ? t('common.loading') : t('report.xlsx')}
                </button>
                <span className="row" style={{ gap: '0.35rem' }}>
                  <label htmlFor={csvId} className="visually-hidden">
                    {t('report.csvSheet')}
                  </label>
                  <select
                    id={csvId}
                    className="select"
                    style={{ width: 'auto' }}
                    value={csvSheet}
                    onChange={(e) => setCsvSheet(e.target.value)}
                  >
                    {sheets.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="btn" onClick={exportCsv} data-testid="export-csv">
                    {t('report.csv')}
                  </button>
                </span>
              </>
            ) : null
          }
        />
        {analysis ? (
          <nav className="row small" aria-label={t('report.contents')}>
            {(
              ['overview', 'iit', 'eit', 'oit', 'weaknesses', 'strengths', 'conclusion', 'recommendations'] as const
            ).map((id) => (
              <a key={id} href={`#report-${id}`}>
                {t(`report.section.${id}`)}
              </a>
            ))}
          </nav>
        ) : null}
      </div>
      {!analysis ? (
        <div className="alert alert-error" role="alert">
          <div className="alert-title">{t('report.unavailable')}</div>
          <p>
            {t('report.unavailableHint')} <Link to={`/agencies/${encodeURIComponent(agency.slug)}`}>{name}</Link>
          </p>
        </div>
      ) : (
        <article className="report" data-testid="report" lang={lang}>
          <ReportBlocks
            blocks={blocks}
            extra={{
              overview: (
                <div className="keep">
                  <Suspense fallback={null}>
                    <IndicatorChart
                      animate={false}
                      height={340}
                      passMark={analysis.pass.passMark}
                      data={analysis.overview.flatMap((inst) =>
                        inst.indicators.map((ind) => ({
                          key: String(ind.number),
                          name: local(ind.name, lang),
                          instrument: inst.id,
                          score: ind.score?.value ?? null,
                        })),
                      )}
                    />
                  </Suspense>
                </div>
              ),
            }}
          />
          <p className="small muted">
            {t('report.generated')} <Link to={`/agencies/${encodeURIComponent(agency.slug)}`}>{name}</Link>
          </p>
        </article>
      )}
    </>
  );
}
