/**
 * The review queue. Filters (status, item, agency, auditor, disagreement) live in the URL, so a queue can be shared.
 * Keyboard: j/k (or ↓/↑) move, a accepts, r rejects with a reason, c asks for changes, Enter opens the evidence.
 * The list holds any number of evidence: pages of 200 are fetched as it scrolls, and only rows in view are drawn.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  AuditorsDocument,
  type EvidenceStatus,
  type ReviewDecision,
  ReviewEvidenceDocument,
  ReviewQueueDocument,
} from '@openita/schema/client';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useViewer } from '../../app/viewer';
import { AgencyNameDocument } from '../../graphql/local';
import { formatCount, local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { usePagedConnection } from '../../lib/pages';
import { useUrlFilters } from '../../lib/params';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { useAgencySearch } from '../shared/useAgencySearch';
import { EvidencePreview } from './EvidencePreview';
import { QueueList, type QueueRow } from './QueueList';
import { ReasonDialog } from './ReasonDialog';
import { toQueueRow, word } from './rows';

/** Evidence per page (the API's maximum). */
const PAGE = 200;
const STATUSES = ['pending', 'accepted', 'rejected', 'changes-requested', 'all'] as const;
const ITEMS = Array.from({ length: 43 }, (_, k) => `O${k + 1}`);

export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const viewer = useViewer();
  const navigate = useNavigate();
  const notify = useToast();
  const [params, set] = useUrlFilters();
  const status = (params.get('status') ?? 'pending') as (typeof STATUSES)[number];
  const item = params.get('item') ?? '';
  const agency = params.get('agency') ?? '';
  const auditor = params.get('auditor') ?? '';
  const disagreement = params.get('disagreement') === '1';

  const filter = {
    status: status === 'all' ? null : [status.toUpperCase().replace(/-/g, '_') as EvidenceStatus],
    items: item ? [item] : null,
    agencies: agency ? [agency] : null,
    auditors: auditor ? [auditor] : null,
    disagreement: disagreement ? true : null,
  };
  const queue = usePagedConnection({
    query: ReviewQueueDocument,
    variables: { filter, first: PAGE },
    select: (d) => d.evidence,
    map: toQueueRow,
    firstPolicy: 'no-cache',
  });
  const { rows, total, more: needMore } = queue;
  const setStatus = useCallback(
    (id: string, status: string) =>
      queue.update(
        (r) => r.id === id,
        (r) => ({ ...r, status }),
      ),
    [queue.update],
  );

  const [active, setActive] = useState(0);
  // A new filter starts at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on filter change only
  useEffect(() => setActive(0), [status, item, agency, auditor, disagreement]);
  const current = rows[active] ?? null;

  const [dialog, setDialog] = useState<null | 'reject' | 'request-changes'>(null);
  const [review, { loading: saving }] = useMutation(ReviewEvidenceDocument);

  const decide = useCallback(
    async (row: QueueRow, decision: 'accept' | 'reject' | 'request-changes', reason?: string) => {
      const { data: result } = await review({
        variables: {
          input: {
            evidence: row.id,
            decision: decision.toUpperCase().replace(/-/g, '_') as ReviewDecision,
            reason: reason ?? null,
          },
        },
      });
      const r = result?.reviewEvidence;
      if (r?.__typename !== 'ReviewEvidencePayload') {
        notify(r && 'message' in r ? r.message : t('review.failed'), 'error');
        return false;
      }
      setStatus(row.id, word(r.status));
      notify(
        t(`review.done.${decision}`, {
          items: row.items.join(', '),
          agency: local(row.agencyName, lang),
          score: r.assessment.score ? `${r.assessment.score.totalDisplay} ${r.assessment.score.level}` : '–',
        }),
      );
      return true;
    },
    [review, notify, t, lang, setStatus],
  );

  const advance = useCallback(() => setActive((i) => Math.min(i + 1, Math.max(0, total - 1))), [total]);

  const act = useCallback(
    async (decision: 'accept' | 'reject' | 'request-changes', reason?: string) => {
      if (!current || !viewer.can('review')) return;
      try {
        if (await decide(current, decision, reason)) advance();
      } catch (e) {
        notify(e instanceof Error ? e.message : String(e), 'error');
      }
    },
    [current, viewer, decide, advance, notify],
  );

  // Keyboard review, anywhere on the page except while typing or in a dialog.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || dialog || queue.stale) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(el.tagName))) return;
      const key = e.key;
      if (key === 'j') setActive((i) => Math.min(i + 1, Math.max(0, total - 1)));
      else if (key === 'k') setActive((i) => Math.max(0, i - 1));
      else if (key === 'a' && current && viewer.can('review')) void act('accept');
      else if (key === 'r' && current && viewer.can('review')) setDialog('reject');
      else if (key === 'c' && current && viewer.can('review')) setDialog('request-changes');
      else if ((key === 'Enter' || key === 'o') && current) navigate(`/evidence/${encodeURIComponent(current.id)}`);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialog, total, current, viewer, act, navigate, queue.stale]);

  return (
    <>
      <PageHeader
        title={t('review.title')}
        lead={t('review.lead')}
        actions={
          <span className="muted small" aria-live="polite" data-testid="queue-count">
            {queue.ready ? t('review.count', { count: total, n: formatCount(total, lang) }) : ''}
          </span>
        }
      />
      <QueueFilters
        status={status}
        item={item}
        agency={agency}
        auditor={auditor}
        disagreement={disagreement}
        set={set}
      />
      <p className="keys">
        <span className="visually-hidden">{t('review.keysLabel')}:</span>
        <span>
          <kbd className="kbd">j</kbd> <kbd className="kbd">k</kbd> {t('review.keyMove')}
        </span>
        <span>
          <kbd className="kbd">a</kbd> {t('review.keyAccept')}
        </span>
        <span>
          <kbd className="kbd">r</kbd> {t('review.keyReject')}
        </span>
        <span>
          <kbd className="kbd">c</kbd> {t('review.keyChanges')}
        </span>
        <span>
          <kbd className="kbd">Enter</kbd> {t('review.keyOpen')}
        </span>
      </p>
      {!viewer.can('review') && viewer.ready ? <div className="alert alert-info">{t('review.readOnly')}</div> : null}
      {queue.error && !queue.ready ? (
        <ErrorState error={queue.error} onRetry={queue.reload} />
      ) : !queue.ready ? (
        <Loading lines={8} />
      ) : total === 0 ? (
        <Empty>{status === 'pending' ? t('review.emptyPending') : t('review.empty')}</Empty>
      ) : (
        <div className="queue-layout" style={{ gridTemplateColumns: 'minmax(0, 3fr) minmax(18rem, 2fr)' }}>
          <div aria-busy={queue.stale} style={queue.stale ? { opacity: 0.6 } : undefined}>
            <QueueList
              rows={rows}
              total={total}
              active={active}
              onActivate={setActive}
              onOpen={(i) => rows[i] && navigate(`/evidence/${encodeURIComponent(rows[i].id)}`)}
              onNeedMore={needMore}
              label={t('review.listLabel')}
            />
          </div>
          <aside aria-label={t('review.previewLabel')}>
            {current ? (
              <EvidencePreview
                id={current.id}
                canReview={viewer.can('review')}
                busy={saving}
                onAccept={() => void act('accept')}
                onReject={() => setDialog('reject')}
                onChanges={() => setDialog('request-changes')}
              />
            ) : (
              <Loading lines={5} />
            )}
          </aside>
        </div>
      )}
      <ReasonDialog
        open={dialog !== null}
        decision={dialog ?? 'reject'}
        subject={current ? `${current.items.join(', ')} · ${local(current.agencyName, lang)}` : ''}
        busy={saving}
        onCancel={() => setDialog(null)}
        onConfirm={(reason) => {
          const decision = dialog ?? 'reject';
          setDialog(null);
          void act(decision, reason);
        }}
      />
      <p className="small muted" style={{ marginTop: '1rem' }}>
        <Link to="/">{t('nav.dashboard')}</Link>
      </p>
    </>
  );
}

function QueueFilters({
  status,
  item,
  agency,
  auditor,
  disagreement,
  set,
}: {
  status: string;
  item: string;
  agency: string;
  auditor: string;
  disagreement: boolean;
  set: (key: string, value: string | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const auditors = useQuery(AuditorsDocument);
  return (
    <search className="filters" aria-label={t('review.filters')}>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('review.status')}</label>
        <select
          id={`${id}-status`}
          className="select"
          value={status}
          onChange={(e) => set('status', e.target.value === 'pending' ? null : e.target.value)}
          data-testid="filter-status"
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-item`}>{t('review.item')}</label>
        <select id={`${id}-item`} className="select" value={item} onChange={(e) => set('item', e.target.value || null)}>
          <option value="">{t('common.all')}</option>
          {ITEMS.map((i) => (
            <option key={i} value={i}>
              {i}
            </option>
          ))}
        </select>
      </div>
      <AgencyFilter value={agency} onChange={(v) => set('agency', v)} />
      <div className="field">
        <label htmlFor={`${id}-auditor`}>{t('review.auditor')}</label>
        <select
          id={`${id}-auditor`}
          className="select"
          value={auditor}
          onChange={(e) => set('auditor', e.target.value || null)}
        >
          <option value="">{t('common.all')}</option>
          {(auditors.data?.users ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox" style={{ alignSelf: 'center' }}>
        <input
          type="checkbox"
          checked={disagreement}
          onChange={(e) => set('disagreement', e.target.checked ? '1' : null)}
        />
        {t('review.onlyDisagreements')}
      </label>
    </search>
  );
}

/** The agency filter: type part of a name, pick from what the API finds (thousands of agencies do not fit a select). */
function AgencyFilter({ value, onChange }: { value: string; onChange: (v: string | null) => void }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const id = useId();
  const { text, setText, options } = useAgencySearch();
  const picked = useQuery(AgencyNameDocument, { variables: { id: value }, skip: !value });
  return (
    <div className="field">
      <label htmlFor={`${id}-agency`}>{t('review.agency')}</label>
      {value ? (
        <div className="row">
          <span className="badge badge-info" data-testid="agency-filter">
            {picked.data?.agency ? local(picked.data.agency.name, lang) : t('review.agencyPicked')}
          </span>
          <button type="button" className="btn btn-small" onClick={() => onChange(null)}>
            {t('review.clearAgency')}
          </button>
        </div>
      ) : (
        <>
          <input
            id={`${id}-agency`}
            className="input"
            type="search"
            list={`${id}-agencies`}
            value={text}
            placeholder={t('review.agencyPlaceholder')}
            onChange={(e) => {
              const v = e.target.value;
              setText(v);
              const hit = options.find((o) => local(o.name, lang) === v);
              if (hit) onChange(hit.id);
            }}
          />
          <datalist id={`${id}-agencies`}>
            {options.map((o) => (
              <option key={o.id} value={local(o.name, lang)}>
                {o.province ?? ''}
              </option>
            ))}
          </datalist>
        </>
      )}
    </div>
  );
}
