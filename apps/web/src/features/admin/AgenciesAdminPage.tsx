/**
 * Agencies (admin): the list with each one's assessment and whether it is published; add or edit an agency (names,
 * type, province, website origins), publish or unpublish its assessment. Errors come back per field.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  AgenciesDocument,
  type AgenciesQuery,
  type AgencyType,
  FilterOptionsDocument,
  PublishAssessmentDocument,
  UpsertAgencyDocument,
} from '@openita/schema/client';
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/viewer';
import { AgencyNameDocument } from '../../graphql/local';
import { local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { usePagedConnection } from '../../lib/pages';
import { type Columns, DataTable, type SortableFeatures } from '../../ui/DataTable';
import { LevelBadge } from '../../ui/LevelBadge';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, Loading } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { AdminOnly } from './AdminOnly';

type Row = AgenciesQuery['agencies']['edges'][number]['node'];
const helper = createColumnHelper<SortableFeatures, Row>();

interface Draft {
  id: string | null;
  slug: string;
  nameTh: string;
  nameEn: string;
  type: AgencyType | '';
  province: string;
  websites: string;
}
const EMPTY: Draft = { id: null, slug: '', nameTh: '', nameEn: '', type: '', province: '', websites: '' };

export default function AgenciesAdminPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const viewer = useViewer();
  const notify = useToast();
  const [search, setSearch] = useState('');
  const list = usePagedConnection({
    query: AgenciesDocument,
    variables: { search: search.trim() || null, sort: 'NAME', first: 200 },
    select: (d) => d.agencies,
    map: (n: Row) => n,
    firstPolicy: 'network-only',
  });
  const [publish] = useMutation(PublishAssessmentDocument);
  const [draft, setDraft] = useState<Draft | null>(null);
  const rows = list.rows;
  const { error, more } = list;
  const refetch = list.reload;
  const update = list.update;

  const columns = useMemo<Columns<Row>>(
    () => [
      helper.accessor((r) => r.name.th, {
        id: 'name',
        header: () => t('agencies.name'),
        cell: ({ row }) => (
          <>
            <Link to={`/agencies/${encodeURIComponent(row.original.slug)}`}>{local(row.original.name, lang)}</Link>
            <div className="small mono muted">{row.original.slug}</div>
          </>
        ),
        meta: { rowHeader: true },
      }),
      helper.accessor((r) => local(r.typeName, lang), { id: 'type', header: () => t('dashboard.type') }),
      helper.accessor('province', { header: () => t('dashboard.province'), cell: ({ getValue }) => getValue() ?? '–' }),
      helper.display({
        id: 'score',
        header: () => t('dashboard.score'),
        cell: ({ row }) => {
          const a = row.original.assessment;
          if (!a) return <span className="muted">{t('agencies.noAssessment')}</span>;
          return (
            <span className="row">
              {a.official?.totalDisplay ?? a.score?.totalDisplay ?? '–'}{' '}
              <LevelBadge level={a.official?.level ?? a.score?.level} />
            </span>
          );
        },
      }),
      helper.display({
        id: 'published',
        header: () => t('agencies.published'),
        cell: ({ row }) => {
          const a = row.original.assessment;
          if (!a) return null;
          return (
            <label className="checkbox small">
              <input
                type="checkbox"
                checked={a.published}
                onChange={async (e) => {
                  const { data: r } = await publish({ variables: { id: a.id, published: e.target.checked } });
                  const res = r?.publishAssessment;
                  if (res?.__typename !== 'PublishAssessmentPayload')
                    notify(res && 'message' in res ? res.message : t('errors.title'), 'error');
                  else {
                    const published = res.assessment.published;
                    update(
                      (x) => x.id === row.original.id,
                      (x) => (x.assessment ? { ...x, assessment: { ...x.assessment, published } } : x),
                    );
                  }
                }}
                aria-label={t('agencies.publishFor', { agency: local(row.original.name, lang) })}
              />
              {a.published ? t('agencies.yes') : t('agencies.no')}
            </label>
          );
        },
      }),
      helper.display({
        id: 'edit',
        header: () => <span className="visually-hidden">{t('agencies.edit')}</span>,
        cell: ({ row }) => (
          <button
            type="button"
            className="btn btn-small"
            onClick={() =>
              setDraft({
                id: row.original.id,
                slug: row.original.slug,
                nameTh: row.original.name.th,
                nameEn: row.original.name.en ?? '',
                type: row.original.type,
                province: row.original.province ?? '',
                websites: '',
              })
            }
            aria-label={t('agencies.editOne', { agency: local(row.original.name, lang) })}
          >
            {t('agencies.edit')}
          </button>
        ),
      }),
    ],
    [t, lang, publish, notify, update],
  );

  if (viewer.ready && !viewer.can('admin')) return <AdminOnly title={t('agencies.title')} />;

  return (
    <>
      <PageHeader
        title={t('agencies.title')}
        lead={t('agencies.lead')}
        actions={
          <>
            <button type="button" className="btn btn-primary" onClick={() => setDraft(EMPTY)}>
              {t('agencies.add')}
            </button>
            <Link className="btn" to="/import">
              {t('nav.import')}
            </Link>
          </>
        }
      />
      <div className="stack">
        {draft ? (
          <AgencyForm
            draft={draft}
            onDone={(saved) => {
              setDraft(null);
              if (saved) void refetch();
            }}
          />
        ) : null}
        <section className="card card-flush" aria-labelledby="agency-list">
          <div className="card-header">
            <h2 id="agency-list">{t('agencies.list')}</h2>
            <input
              className="input"
              style={{ maxWidth: '18rem' }}
              type="search"
              aria-label={t('dashboard.search')}
              placeholder={t('dashboard.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          {error ? <ErrorState error={error} onRetry={refetch} /> : null}
          {!list.ready && !error ? <Loading /> : null}
          {list.ready ? (
            <DataTable
              caption={t('agencies.list')}
              captionHidden
              columns={columns}
              data={rows}
              getRowId={(r) => r.id}
              onNearEnd={more}
            />
          ) : null}
        </section>
      </div>
    </>
  );
}

function AgencyForm({ draft, onDone }: { draft: Draft; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const notify = useToast();
  const id = useId();
  const [d, setD] = useState<Draft>(draft);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UpsertAgencyDocument);
  const options = useQuery(FilterOptionsDocument);
  // The list does not carry websites: fetch the agency's own when editing, so saving does not drop them.
  const current = useQuery(AgencyNameDocument, {
    variables: { id: draft.id ?? '' },
    skip: !draft.id,
    fetchPolicy: 'network-only',
  });
  const loadedWebsites = current.data?.agency?.websites;
  useEffect(() => {
    if (loadedWebsites) setD((x) => (x.websites ? x : { ...x, websites: loadedWebsites.join('\n') }));
  }, [loadedWebsites]);
  const set = (k: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setD((x) => ({ ...x, [k]: e.target.value }));

  const submit = async () => {
    setIssues({});
    setGeneral(null);
    const websites = d.websites
      .split(/\s+/)
      .map((w) => w.trim())
      .filter(Boolean);
    const { data } = await save({
      variables: {
        input: {
          id: d.id,
          slug: d.slug.trim(),
          nameTh: d.nameTh.trim(),
          nameEn: d.nameEn.trim() || null,
          type: (d.type || 'PROVINCE') as AgencyType,
          province: d.province.trim() || null,
          websites,
        },
      },
    });
    const r = data?.upsertAgency;
    if (r?.__typename === 'UpsertAgencyPayload') {
      notify(
        r.created
          ? t('agencies.created', { agency: local(r.agency.name, lang) })
          : t('agencies.saved', { agency: local(r.agency.name, lang) }),
      );
      onDone(true);
    } else if (r?.__typename === 'ValidationError') {
      setIssues(
        Object.fromEntries(
          r.issues.map((i) => [
            i.path.replace(/^input\./, '').replace(/\.\d+$/, ''),
            lang === 'th' ? i.messageTh : i.message,
          ]),
        ),
      );
    } else if (r) setGeneral(r.message);
  };

  const field = (key: keyof Draft, label: string, input: React.ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {input}
      {issues[key] ? (
        <span className="field-error" role="alert">
          {issues[key]}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </div>
  );

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{d.id ? t('agencies.editTitle', { agency: d.nameTh }) : t('agencies.add')}</h2>
      {general ? <div className="alert alert-error">{general}</div> : null}
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {field(
          'nameTh',
          t('agencies.nameTh'),
          <input
            id={`${id}-nameTh`}
            className="input"
            required
            value={d.nameTh}
            onChange={set('nameTh')}
            aria-invalid={!!issues.nameTh}
          />,
        )}
        {field(
          'nameEn',
          t('agencies.nameEn'),
          <input id={`${id}-nameEn`} className="input" value={d.nameEn} onChange={set('nameEn')} lang="en" />,
        )}
        {field(
          'slug',
          t('agencies.slug'),
          <input
            id={`${id}-slug`}
            className="input mono"
            required
            value={d.slug}
            onChange={set('slug')}
            aria-invalid={!!issues.slug}
          />,
          t('agencies.slugHint'),
        )}
        {field(
          'type',
          t('dashboard.type'),
          <select
            id={`${id}-type`}
            className="select"
            required
            value={d.type}
            onChange={set('type')}
            aria-invalid={!!issues.type}
          >
            <option value="" disabled>
              {t('agencies.chooseType')}
            </option>
            {(options.data?.agencyTypes ?? []).map((x) => (
              <option key={x.type} value={x.type}>
                {local(x.name, lang)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'province',
          t('dashboard.province'),
          <input id={`${id}-province`} className="input" value={d.province} onChange={set('province')} />,
        )}
        {field(
          'websites',
          t('agencies.websites'),
          <textarea
            id={`${id}-websites`}
            className="textarea mono"
            rows={2}
            value={d.websites}
            onChange={set('websites')}
            aria-invalid={!!issues.websites}
          />,
          t('agencies.websitesHint'),
        )}
        <div className="row" style={{ gridColumn: '1 / -1' }}>
          <button type="submit" className="btn btn-primary" disabled={loading || (!!draft.id && !loadedWebsites)}>
            {t('common.save')}
          </button>
          <button type="button" className="btn" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
