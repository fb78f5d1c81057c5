import type { CheckResult } from '@openita/scoring';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkSnapshot, type PageCheck } from '../lib/checks';
import type { ItemStatus } from '../lib/evidence';
import { local } from '../lib/i18n';
import { hostOf, requestHostAccess } from '../lib/permissions';
import type { Settings } from '../lib/settings';
import { clearHighlightInTab, highlightInTab, snapshotTab, type TargetTab } from '../lib/target';
import { Met, StatusBadge, VerdictBadge } from './Badges';
import { SubmitForm } from './SubmitForm';

interface Props {
  target: TargetTab;
  settings: Settings;
  statuses: { statuses: Record<string, ItemStatus>; error: string | null; refresh: () => void; loading: boolean };
  configured: boolean;
}

interface State {
  running: boolean;
  check: PageCheck | null;
  error: string | null;
  noAccess: boolean;
}
const IDLE: State = { running: false, check: null, error: null, noAccess: false };

/** Browsers say "Cannot access contents of the page" (Chrome) or "Missing host permission" (Firefox). */
const ACCESS_ERROR = /cannot access|permission|not allowed|extensions gallery|cannot be scripted/i;

export function PageView({ target, settings, statuses, configured }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [state, setState] = useState<State>(IDLE);
  const [showAll, setShowAll] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [pointer, setPointer] = useState<{ key: string; found: boolean; visible: boolean } | null>(null);
  const runId = useRef(0);

  const run = useCallback(async () => {
    const n = ++runId.current;
    // The previous result stays on screen while the page is checked again.
    setState((s) => ({ ...s, running: true, error: null }));
    try {
      const snapshot = await snapshotTab(target.tabId);
      const check = checkSnapshot(snapshot, {
        framework: settings.framework,
        siteOrigins: settings.agency?.origins ?? [],
      });
      if (n === runId.current) setState({ running: false, check, error: null, noAccess: false });
      return check;
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (n === runId.current)
        setState((s) =>
          ACCESS_ERROR.test(message) ? { ...IDLE, noAccess: true } : { ...s, running: false, error: message },
        );
      return null;
    }
  }, [target.tabId, settings.framework, settings.agency]);

  // A new page (or a new framework): check it at once when we may read it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: target.url is the trigger
  useEffect(() => {
    setSelected(new Set());
    setOpen(new Set());
    setPointer(null);
    setState(IDLE);
    void run();
  }, [run, target.url]);

  const grant = () => {
    // The prompt must open straight from the click: no await before it.
    void requestHostAccess([target.url]).then((ok) => {
      if (ok) void run();
      else setState({ ...IDLE, noAccess: true });
    });
  };

  const point = async (key: string, path: string, label: string) => {
    try {
      const r = await highlightInTab(target.tabId, path, label);
      setPointer({ key, found: r.found, visible: r.visible });
    } catch {
      setPointer({ key, found: false, visible: false });
    }
  };

  const toggle = (set: Set<string>, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };

  if (state.noAccess) {
    return (
      <section className="panel">
        <p>{t('access.needSite', { host: hostOf(target.url) })}</p>
        <button type="button" className="primary" data-testid="grant-site" onClick={grant}>
          {t('access.grantSite', { host: hostOf(target.url) })}
        </button>
      </section>
    );
  }

  const check = state.check;
  const items = check?.report.items ?? [];
  const applicable = items.filter((i) => i.applies);
  const shown = showAll ? items : applicable;
  const count = (v: string) => applicable.filter((i) => i.verdict === v).length;

  return (
    <section
      className="panel"
      data-testid="page-view"
      data-state={state.running ? 'running' : check ? 'done' : state.error ? 'error' : 'idle'}
      data-url={check?.snapshot.url ?? ''}
      data-captured-at={check?.snapshot.capturedAt ?? ''}
    >
      <div className="row">
        <button
          type="button"
          className="primary"
          data-testid="check-page"
          disabled={state.running}
          onClick={() => void run()}
        >
          {state.running ? t('page.checking') : check ? t('page.recheck') : t('page.check')}
        </button>
        {configured ? (
          <button
            type="button"
            className="link"
            onClick={statuses.refresh}
            data-testid="refresh-status"
            disabled={statuses.loading}
          >
            {t('page.refreshStatus')}
          </button>
        ) : null}
      </div>
      {state.error ? <p className="error">{t('page.error', { message: state.error })}</p> : null}
      {statuses.error ? <p className="error small">{statuses.error}</p> : null}
      {check ? (
        <>
          <p className="summary" data-testid="summary">
            {t('page.summary', {
              applies: applicable.length,
              pass: count('pass'),
              fail: count('fail'),
              review: count('needs-review'),
            })}
          </p>
          <p
            className="muted small"
            data-testid="timing"
            data-model-ms={check.timings.model.toFixed(2)}
            data-rules-ms={check.timings.rules.toFixed(2)}
            data-serialize-ms={check.snapshot.serializeMs.toFixed(2)}
            data-html-bytes={check.htmlBytes}
          >
            {check.report.fiscalYears.length
              ? t('page.fiscalYears', { years: check.report.fiscalYears.join(', ') })
              : t('page.noFiscalYears')}
            {' · '}
            {t('page.timing', {
              items: items.length,
              ms: check.timings.total.toFixed(0),
              kb: (check.htmlBytes / 1024).toFixed(0),
            })}
          </p>
          <label className="check small">
            <input
              type="checkbox"
              checked={showAll}
              onChange={(e) => setShowAll(e.target.checked)}
              data-testid="show-all"
            />
            {t('page.showAll')}
          </label>
          {shown.length === 0 ? <p className="muted">{t('page.none')}</p> : null}
          <ul className="items" data-testid="items">
            {shown.map((item) => (
              <ItemRow
                key={item.id}
                item={item}
                lng={lng}
                status={statuses.statuses[item.id]}
                open={open.has(item.id)}
                selected={selected.has(item.id)}
                onToggle={() => setOpen((s) => toggle(s, item.id))}
                onSelect={() => setSelected((s) => toggle(s, item.id))}
                pointer={pointer}
                onPoint={(key, path, label) => void point(key, path, label)}
              />
            ))}
          </ul>
          {selected.size ? (
            <SubmitForm
              target={target}
              settings={settings}
              configured={configured}
              items={[...selected].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))}
              check={check}
              recheck={run}
              onClose={() => void clearHighlightInTab(target.tabId)}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function ItemRow(props: {
  item: CheckResult;
  lng: string;
  status: ItemStatus | undefined;
  open: boolean;
  selected: boolean;
  onToggle: () => void;
  onSelect: () => void;
  pointer: { key: string; found: boolean; visible: boolean } | null;
  onPoint: (key: string, path: string, label: string) => void;
}) {
  const { t } = useTranslation();
  const { item, lng } = props;
  const missing = item.criteria.filter((c) => c.met === false);
  return (
    <li
      className={`item status-row-${props.status ?? 'none'}`}
      data-item={item.id}
      data-verdict={item.verdict}
      data-status={props.status ?? 'none'}
    >
      <div className="item-head">
        <input
          type="checkbox"
          checked={props.selected}
          onChange={props.onSelect}
          aria-label={t('page.select')}
          data-testid={`select-${item.id}`}
        />
        <button
          type="button"
          className="item-title"
          aria-expanded={props.open}
          onClick={props.onToggle}
          data-testid={`item-${item.id}`}
        >
          <strong>{item.id}</strong> {local(item.name, lng)}
        </button>
        <VerdictBadge verdict={item.verdict} />
        <StatusBadge status={props.status} />
      </div>
      {missing.length && !props.open ? (
        <p className="missing small">
          {t('page.missing', { list: missing.map((c) => local(c.label, lng)).join(', ') })}
        </p>
      ) : null}
      {props.open ? (
        <div className="item-body">
          {item.criteria.length ? (
            <ul className="criteria" aria-label={t('page.criteria')}>
              {item.criteria.map((c) => {
                const key = `${item.id}:${c.id}`;
                const path = c.evidence?.path;
                return (
                  <li key={c.id} data-criterion={c.id} data-met={String(c.met)}>
                    <Met met={c.met} />
                    {path ? (
                      <button
                        type="button"
                        className="link criterion"
                        title={t('page.highlight')}
                        data-testid={`criterion-${item.id}-${c.id}`}
                        onClick={() => props.onPoint(key, path, `${item.id} · ${local(c.label, lng)}`)}
                      >
                        {local(c.label, lng)}
                      </button>
                    ) : (
                      <span className="criterion">{local(c.label, lng)}</span>
                    )}
                    {c.evidence?.snippet ? <q className="snippet">{c.evidence.snippet}</q> : null}
                    {c.note ? <span className="muted small"> {local(c.note, lng)}</span> : null}
                    {props.pointer?.key === key && !props.pointer.found ? (
                      <span className="error small"> {t('page.notFoundOnPage')}</span>
                    ) : null}
                    {props.pointer?.key === key && props.pointer.found && !props.pointer.visible ? (
                      <span className="warn small"> {t('page.hiddenOnPage')}</span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : null}
          {item.reasons.length ? (
            <p className="muted small">
              {t('page.reasons')}: {item.reasons.join(' · ')}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
