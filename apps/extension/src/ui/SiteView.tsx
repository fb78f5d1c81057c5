import { getFramework } from '@openita/scoring';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { HostFetcher } from '../lib/fetcher';
import { local } from '../lib/i18n';
import { readPdf } from '../lib/pdf';
import { hasHostAccess, hostOf, requestHostAccess } from '../lib/permissions';
import { type ScanItem, type ScanReport, scanSite } from '../lib/scan';
import type { Settings } from '../lib/settings';
import type { TargetTab } from '../lib/target';
import { VerdictBadge } from './Badges';

interface Props {
  target: TargetTab | null;
  settings: Settings;
}

interface Progress {
  phase: 'idle' | 'index' | 'links' | 'done';
  done: number;
  total: number;
  current: string;
  indexUrl: string | null;
}

function defaultStart(settings: Settings, target: TargetTab | null): string {
  const origin = settings.agency?.origins[0];
  if (origin) return origin.endsWith('/') ? origin : `${origin}/`;
  try {
    return target ? `${new URL(target.url).origin}/` : '';
  } catch {
    return '';
  }
}

export function SiteView({ target, settings }: Props) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [start, setStart] = useState(() => defaultStart(settings, target));
  const [progress, setProgress] = useState<Progress>({ phase: 'idle', done: 0, total: 0, current: '', indexUrl: null });
  const [rows, setRows] = useState<Record<string, ScanItem>>({});
  const [report, setReport] = useState<ScanReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const framework = getFramework(settings.framework);
  const running = progress.phase === 'index' || progress.phase === 'links';

  const scan = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setRows({});
    setReport(null);
    setProgress({ phase: 'index', done: 0, total: 0, current: start, indexUrl: null });
    const access = new Map<string, Promise<boolean>>();
    const fetcher = new HostFetcher({
      perHost: 2,
      signal: controller.signal,
      canAccess: (url) => {
        const host = hostOf(url);
        let p = access.get(host);
        if (!p) {
          p = hasHostAccess([url]);
          access.set(host, p);
        }
        return p;
      },
    });
    try {
      const r = await scanSite(start, {
        framework,
        fetcher,
        readPdf,
        siteOrigins: settings.agency?.origins ?? [],
        signal: controller.signal,
        onEvent: (e) => {
          if (e.type === 'index-search') setProgress((p) => ({ ...p, current: e.url }));
          else if (e.type === 'index') setProgress((p) => ({ ...p, phase: 'links', total: e.total, indexUrl: e.url }));
          else if (e.type === 'link') setProgress((p) => ({ ...p, done: e.done, total: e.total, current: e.link.url }));
          else if (e.type === 'item') setRows((r) => ({ ...r, [e.item.id]: e.item }));
        },
      });
      setReport(r);
      if (r.errors.length && !r.indexUrl) setError(r.errors.join('; '));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress((p) => ({ ...p, phase: 'done' }));
      abort.current = null;
    }
  };

  const onStart = (hosts: string[]) => {
    // Ask for the site (and any other hosts) straight from the click, then scan.
    void requestHostAccess(hosts).then((ok) => {
      if (!ok) setError(t('access.denied'));
      else void scan();
    });
  };

  const items = framework.items.map((i) => rows[i.id]);
  const done = items.filter(Boolean) as ScanItem[];
  const count = (v: string) => done.filter((i) => i.verdict === v).length;
  const openInTab = (url: string) => {
    if (target) void browser.tabs.update(target.tabId, { url });
  };

  return (
    <section className="panel" data-testid="site-view" data-phase={progress.phase}>
      <h2>{t('scan.title')}</h2>
      <label>
        {t('scan.startUrl')}
        <input type="url" value={start} onChange={(e) => setStart(e.target.value)} data-testid="scan-start-url" />
      </label>
      <div className="row">
        {running ? (
          <button type="button" onClick={() => abort.current?.abort()} data-testid="scan-stop">
            {t('scan.stop')}
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={!/^https?:\/\//.test(start)}
            onClick={() => onStart([start])}
            data-testid="scan-start"
          >
            {t('scan.start')}
          </button>
        )}
        <span className="muted small">{t('scan.politeness')}</span>
      </div>
      {progress.phase === 'index' ? <p className="small">{t('scan.finding')}</p> : null}
      {progress.phase !== 'idle' && progress.total ? (
        <div className="progress" data-testid="scan-progress" data-done={progress.done} data-total={progress.total}>
          <progress max={progress.total} value={progress.done} />
          <span className="small">{t('scan.progress', { done: progress.done, total: progress.total })}</span>
          {running ? <span className="muted small ellipsis">{progress.current}</span> : null}
        </div>
      ) : null}
      {progress.indexUrl ? (
        <p className="small">
          {t('scan.index', { url: progress.indexUrl })}
          {report?.indexYear ? ` · ${t('scan.indexYear', { year: report.indexYear })}` : ''}
        </p>
      ) : null}
      {report && !report.indexUrl ? <p className="error">{t('scan.notFound')}</p> : null}
      {error ? <p className="error small">{error}</p> : null}
      {report?.stopped ? <p className="warn small">{t('scan.cancelled')}</p> : null}
      {report?.blockedHosts.length ? (
        <div className="warn small">
          <p>{t('access.otherHosts', { count: report.blockedHosts.length, hosts: report.blockedHosts.join(', ') })}</p>
          <button type="button" onClick={() => onStart([start, ...report.blockedHosts.map((h) => `https://${h}/`)])}>
            {t('access.grantOtherHosts')}
          </button>
        </div>
      ) : null}
      {progress.phase !== 'idle' && (report?.indexUrl || done.length) ? (
        <>
          <p className="summary" data-testid="scan-summary">
            {t('scan.summary', {
              pass: count('pass'),
              fail: count('fail'),
              review: count('needs-review'),
              total: framework.items.length,
            })}
          </p>
          <table className="checklist" data-testid="scan-checklist">
            <tbody>
              {framework.items.map((fi) => {
                const row = rows[fi.id];
                return (
                  <tr key={fi.id} data-item={fi.id} data-verdict={row?.verdict ?? 'pending'}>
                    <th scope="row">{fi.id}</th>
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setOpen(open === fi.id ? null : fi.id)}
                        aria-expanded={open === fi.id}
                      >
                        {local(fi.name, lng)}
                      </button>
                      {row ? <RowNote row={row} lng={lng} /> : null}
                      {open === fi.id && row?.links.length ? (
                        <ul className="links small">
                          {row.links.map((l) => (
                            <li key={l.url}>
                              <VerdictBadge verdict={l.verdict} />{' '}
                              <button type="button" className="link" onClick={() => openInTab(l.url)} title={l.url}>
                                {l.text || l.url}
                              </button>
                              {l.kind === 'pdf' ? ' (PDF)' : ''}
                              {l.error ? <span className="muted"> — {l.error}</span> : null}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                    <td>{row ? <VerdictBadge verdict={row.verdict} /> : <span className="muted">…</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

function RowNote({ row, lng }: { row: ScanItem; lng: string }) {
  const { t } = useTranslation();
  if (row.note === 'no-links') return <p className="missing small">{t('scan.noLinks')}</p>;
  if (row.note === 'scanned') return <p className="muted small">{t('scan.pdfScanned')}</p>;
  if (row.note === 'no-access') return <p className="warn small">{t('scan.noAccess')}</p>;
  if (row.note === 'by-hand') return <p className="muted small">{t('scan.byHand')}</p>;
  if (row.note === 'unreadable' && row.links.length)
    return <p className="muted small">{t('scan.unreadable', { error: row.links[0]?.error ?? '' })}</p>;
  if (row.verdict === 'fail' && row.best) {
    const labels = row.best.criteria.filter((c) => c.met === false).map((c) => local(c.label, lng));
    if (labels.length) return <p className="missing small">{t('page.missing', { list: labels.join(', ') })}</p>;
  }
  return null;
}
