/**
 * The dashboard: every agency with its score, level and rank; filters by type, province and level; Thai search;
 * the level distribution. Filtering, sorting and ranking happen in the API (over all agencies, not just the
 * loaded page); the list loads page by page as it scrolls and renders only the rows in view.
 */
import { useQuery } from '@apollo/client/react';
import { AgenciesDocument, type AgenciesQuery, FilterOptionsDocument } from '@openita/schema/client';
import { createColumnHelper, type SortingState } from '@tanstack/react-table';
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData } from 'react-router';
import type { DashboardLoad } from '../../app/loaders';
import { fiscalYearLabel, formatCount, local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { usePagedConnection } from '../../lib/pages';
import { useUrlFilters } from '../../lib/params';
import { type Columns, DataTable, type SortableFeatures } from '../../ui/DataTable';
import { LevelBadge } from '../../ui/LevelBadge';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { LEVELS, LevelDistribution } from './LevelDistribution';
import { dashboardVariables } from './variables';

type Row = AgenciesQuery['agencies']['edges'][number]['node'];
const helper = createColumnHelper<SortableFeatures, Row>();

export default function DashboardPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const [params, set] = useUrlFilters();
  const q = params.get('q') ?? '';
  const type = params.get('type') ?? '';
  const province = params.get('province') ?? '';
  const level = params.get('level') ?? '';
  const sortKey = params.get('sort') ?? 'score-desc';


  const options = useQuery(FilterOptionsDocument);
  const variables = dashboardVariables(params);
  const loaded = useLoaderData() as DashboardLoad | undefined;
  const list = usePagedConnection({
    query: AgenciesDocument,
    variables,
    select: (d) => d.agencies,
    map: (n: Row) => n,
    // Rows are shown as they come, not normalised into the cache (that cost the first render more than it saved).
    firstPolicy: 'no-cache',
    initial: loaded?.first ?? null,
  });
  // Rendering a page of rows is deferred (an interruptible, time-sliced render): typing and scrolling stay smooth.
  const rows = useDeferredValue(list.rows);
  const conn = list.first?.agencies ?? null;
  const { error, more: loadMore } = list;
  const stale = list.stale;

  // The distribution ignores the level filter (it is how one picks a level): with a level picked, ask for it apart.
  const whole = useQuery(AgenciesDocument, {
    variables: { ...variables, levels: null, first: 1 },
    skip: !level,
    fetchPolicy: 'no-cache',
  });
  const levelsOf = level ? whole.data?.agencies.levels : conn?.levels;
  const counts = useMemo(() => {
    const out: Record<string, number> = {};
    for (const l of levelsOf ?? []) if (l.level) out[l.level] = l.count;
    return out;
  }, [levelsOf]);
  const unscored = conn?.levels.find((l) => l.level === null)?.count ?? 0;

  const columns = useMemo<Columns<Row>>(
    () => [
      helper.display({
        id: 'rank',
        header: () => t('dashboard.rank'),
        cell: ({ row }) => {
          const r = row.original.assessment?.rank;
          return r ? (
            <span>
              {r.rank}
              <span className="small muted"> / {r.of}</span>
            </span>
          ) : (
            <span className="muted">–</span>
          );
        },
        meta: { numeric: true },
      }),
      helper.accessor((r) => r.name.th, {
        id: 'name',
        header: () => t('dashboard.agency'),
        cell: ({ row }) => (
          <>
            <Link to={`/agencies/${encodeURIComponent(row.original.slug)}`}>{local(row.original.name, lang)}</Link>
            <div className="small muted">{local(row.original.typeName, lang)}</div>
          </>
        ),
        meta: { rowHeader: true },
      }),
      helper.accessor((r) => headline(r).total, {
        id: 'score',
        header: () => t('dashboard.score'),
        cell: ({ row }) => {
          const h = headline(row.original);
          return h.display ? (
            <span>
              <strong>{h.display}</strong>
              {h.official ? (
                <span className="small muted" title={t('agency.official')}>
                  {' '}
                  *
                </span>
              ) : null}
            </span>
          ) : (
            <span className="muted">{t('dashboard.noScore')}</span>
          );
        },
        meta: { numeric: true },
        sortDescFirst: true,
      }),
      helper.accessor((r) => headline(r).level, {
        id: 'level',
        header: () => t('dashboard.level'),
        cell: ({ getValue }) => <LevelBadge level={getValue()} />,
        enableSorting: false,
      }),
      helper.accessor('province', {
        header: () => t('dashboard.province'),
        cell: ({ getValue }) => getValue() ?? <span className="muted">–</span>,
        enableSorting: false,
        meta: { hideNarrow: true },
      }),
    ],
    [t, lang],
  );

  const sorting: SortingState =
    sortKey === 'name' ? [{ id: 'name', desc: false }] : [{ id: 'score', desc: sortKey !== 'score-asc' }];
  const fw = options.data?.framework;

  return (
    <>
      <PageHeader title={t('dashboard.title')} lead={t('dashboard.lead')} docTitle={t('dashboard.title')} />
      <div className="grid" style={{ gridTemplateColumns: 'minmax(0, 1fr)' }}>
        <LevelDistribution counts={counts} picked={level || null} onPick={(l) => set('level', l)} loading={!levelsOf} />
        <section className="card" aria-labelledby="agencies-title">
          <div className="card-header" style={{ display: 'block' }}>
            <h2 id="agencies-title">{t('dashboard.agencies')}</h2>
            <span className="muted small result-line" aria-live="polite" data-testid="result-count">
              {conn ? t('dashboard.found', { count: conn.totalCount, n: formatCount(conn.totalCount, lang) }) : ''}
              {unscored ? ` · ${t('dashboard.unscored', { count: unscored })}` : ''}
              {fw ? ` · ${fiscalYearLabel(fw.fiscalYear, lang)}` : ''}
            </span>
          </div>
          <Filters
            q={q}
            onSearch={(v) => set('q', v)}
            type={type}
            onType={(v) => set('type', v)}
            province={province}
            onProvince={(v) => set('province', v)}
            level={level}
            onLevel={(v) => set('level', v)}
            types={options.data?.agencyTypes ?? []}
            provinces={options.data?.provinces ?? []}
          />
          {error && !list.ready ? (
            <ErrorState error={error} onRetry={list.reload} />
          ) : !list.ready || (rows.length === 0 && list.rows.length > 0) ? (
            <div style={{ minHeight: '40rem' }}>
              <Loading lines={12} />
            </div>
          ) : (
            <div aria-busy={stale} style={stale ? { opacity: 0.6 } : undefined}>
              <DataTable
                testId="agency-table"
                caption={t('dashboard.agencies')}
                captionHidden
                columns={columns}
                data={rows}
                getRowId={(r) => r.id}
                sorting={sorting}
                onSortingChange={(s) => {
                  const first = s[0];
                  set('sort', !first ? null : first.id === 'name' ? 'name' : first.desc ? null : 'score-asc');
                }}
                onNearEnd={loadMore}
                empty={<Empty>{t('dashboard.none')}</Empty>}
              />
            </div>
          )}
          {list.hasNext ? (
            <div className="row" style={{ justifyContent: 'center', marginTop: '0.75rem' }}>
              <button type="button" className="btn" onClick={loadMore} disabled={list.loading}>
                {t('dashboard.more', { count: list.total - rows.length })}
              </button>
            </div>
          ) : null}
          <p className="small muted" style={{ marginTop: '0.75rem' }}>
            {t('dashboard.officialNote')}
          </p>
        </section>
      </div>
    </>
  );
}

/** The figure the dashboard shows: the official result where there is one, else OpenITA's. */
function headline(r: Row): { total: number | null; display: string | null; level: string | null; official: boolean } {
  const a = r.assessment;
  if (a?.official?.total != null)
    return {
      total: a.official.total,
      display: a.official.totalDisplay,
      level: a.official.level ?? a.score?.level ?? null,
      official: true,
    };
  if (a?.score) return { total: a.score.total, display: a.score.totalDisplay, level: a.score.level, official: false };
  return { total: null, display: null, level: null, official: false };
}

function Filters(props: {
  q: string;
  onSearch: (v: string) => void;
  type: string;
  onType: (v: string) => void;
  province: string;
  onProvince: (v: string) => void;
  level: string;
  onLevel: (v: string) => void;
  types: { type: string; name: { th: string; en?: string | null } }[];
  provinces: string[];
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const id = useId();
  const [text, setText] = useState(props.q);
  const { onSearch } = props;
  useEffect(() => setText(props.q), [props.q]);
  // Search as the user types, without a request per keystroke.
  useEffect(() => {
    if (text === props.q) return;
    const timer = setTimeout(() => onSearch(text), 250);
    return () => clearTimeout(timer);
  }, [text, props.q, onSearch]);
  return (
    <search className="filters" aria-label={t('dashboard.filters')}>
      <div className="field" style={{ gridColumn: 'span 2' }}>
        <label htmlFor={`${id}-q`}>{t('dashboard.search')}</label>
        <input
          id={`${id}-q`}
          className="input"
          type="search"
          value={text}
          placeholder={t('dashboard.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          data-testid="search"
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>{t('dashboard.type')}</label>
        <select id={`${id}-type`} className="select" value={props.type} onChange={(e) => props.onType(e.target.value)}>
          <option value="">{t('common.all')}</option>
          {props.types.map((x) => (
            <option key={x.type} value={x.type}>
              {local(x.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-province`}>{t('dashboard.province')}</label>
        <select
          id={`${id}-province`}
          className="select"
          value={props.province}
          onChange={(e) => props.onProvince(e.target.value)}
        >
          <option value="">{t('common.all')}</option>
          {props.provinces.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('dashboard.level')}</label>
        <select
          id={`${id}-level`}
          className="select"
          value={props.level}
          onChange={(e) => props.onLevel(e.target.value)}
        >
          <option value="">{t('common.all')}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </div>
    </search>
  );
}
