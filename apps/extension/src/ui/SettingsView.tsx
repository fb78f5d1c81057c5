import { getFramework, listFrameworks } from '@openita/scoring';
import { useCallback, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { type ConnectionResult, findAgencies, testConnection, type ViewerInfo } from '../lib/evidence';
import { grantedHosts, requestHostAccess, revokeHost } from '../lib/permissions';
import { type AgencyRef, type Settings, SettingsError, updateSettings } from '../lib/settings';
import type { TargetTab } from '../lib/target';

/** The connection check, in the auditor's language (the detail as the server or the browser said it). */
function connState(r: ConnectionResult, t: TFunction): Conn {
  if (r.ok) return { state: 'ok', viewer: r.viewer };
  if (r.viewer)
    return {
      state: 'error',
      reason: 'cannot-submit',
      message: t('error.cannotSubmit', { name: r.viewer.name, role: r.viewer.role }),
    };
  return { state: 'error', reason: r.error.kind, message: `${t(`error.kind.${r.error.kind}`)} (${r.error.message})` };
}

interface Props {
  settings: Settings;
  target: TargetTab | null;
}

type Conn =
  | { state: 'idle' }
  | { state: 'testing' }
  | { state: 'ok'; viewer: ViewerInfo }
  | { state: 'error'; message: string; reason: string };

export function SettingsView({ settings, target }: Props) {
  const { t } = useTranslation();
  const [apiUrl, setApiUrl] = useState(settings.apiUrl);
  const [token, setToken] = useState(settings.token);
  const [conn, setConn] = useState<Conn>({ state: 'idle' });
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<AgencyRef[] | null>(null);
  const [agencyError, setAgencyError] = useState<string | null>(null);
  const [hosts, setHosts] = useState<string[]>([]);
  const origin = target && /^https?:/.test(target.url) ? new URL(target.url).origin : null;

  // Opening the settings shows whether the saved server and token still work.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the settings saved when the view opens
  useEffect(() => {
    if (!settings.apiUrl || !settings.token) return;
    let live = true;
    setConn({ state: 'testing' });
    void testConnection(settings).then((r) => {
      if (live) setConn(connState(r, t));
    });
    return () => {
      live = false;
    };
  }, []);

  const loadHosts = useCallback(() => void grantedHosts().then(setHosts), []);
  useEffect(() => {
    loadHosts();
    const onChange = () => loadHosts();
    browser.permissions.onAdded?.addListener(onChange);
    browser.permissions.onRemoved?.addListener(onChange);
    return () => {
      browser.permissions.onAdded?.removeListener(onChange);
      browser.permissions.onRemoved?.removeListener(onChange);
    };
  }, [loadHosts]);

  const saveAndTest = () => {
    // Ask for the server's host straight from the click (the prompt needs the gesture), then save and test.
    const asked = /^https?:\/\//i.test(apiUrl.trim()) ? requestHostAccess([apiUrl.trim()]) : Promise.resolve(false);
    setConn({ state: 'testing' });
    void asked.then(async () => {
      try {
        const next = await updateSettings({ apiUrl, token });
        setApiUrl(next.apiUrl);
        const r = await testConnection(next);
        setConn(connState(r, t));
      } catch (e) {
        const message =
          e instanceof SettingsError
            ? e.issues.map((i) => t('error.field', { field: i.path, message: i.message })).join('; ')
            : e instanceof Error
              ? e.message
              : String(e);
        setConn({ state: 'error', message, reason: 'invalid' });
      }
    });
  };

  const search = async (by: { search?: string; origin?: string }) => {
    setAgencyError(null);
    setFound(null);
    try {
      const list = await findAgencies(settings, by);
      setFound(list);
    } catch (e) {
      setAgencyError(e instanceof Error ? e.message : String(e));
    }
  };

  const choose = async (agency: AgencyRef | null) => {
    await updateSettings({ agency });
    setFound(null);
  };

  const configured = !!(settings.apiUrl && settings.token);
  return (
    <section className="panel settings" data-testid="settings-view">
      <h2>{t('settings.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          saveAndTest();
        }}
      >
        <label>
          {t('settings.apiUrl')}
          <input
            type="url"
            value={apiUrl}
            onChange={(e) => setApiUrl(e.target.value)}
            placeholder={t('settings.apiUrlHelp')}
            data-testid="api-url"
          />
        </label>
        <label>
          {t('settings.token')}
          <input
            type="password"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            data-testid="api-token"
          />
        </label>
        <button type="submit" className="primary" disabled={conn.state === 'testing'} data-testid="save-settings">
          {conn.state === 'testing' ? t('settings.testing') : t('settings.saveAndTest')}
        </button>
        <p
          className="small"
          data-testid="connection"
          data-state={conn.state}
          data-reason={conn.state === 'error' ? conn.reason : ''}
        >
          {conn.state === 'ok' ? (
            <span className="ok">{t('settings.connected', { name: conn.viewer.name, role: conn.viewer.role })}</span>
          ) : null}
          {conn.state === 'error' ? (
            <span className="error">{t('settings.notConnected', { message: conn.message })}</span>
          ) : null}
        </p>
      </form>

      <h3>{t('settings.agency')}</h3>
      <p data-testid="agency">
        {settings.agency ? (
          <>
            <strong>{settings.agency.name.th}</strong>
            {settings.agency.name.en ? ` (${settings.agency.name.en})` : ''}{' '}
            <button type="button" className="link" onClick={() => void choose(null)}>
              {t('settings.clearAgency')}
            </button>
          </>
        ) : (
          <span className="muted">{t('settings.noAgency')}</span>
        )}
      </p>
      {configured && origin ? (
        <button type="button" onClick={() => void search({ origin })} data-testid="agency-by-origin">
          {t('settings.findByOrigin', { origin })}
        </button>
      ) : null}
      {configured ? (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (query.trim()) void search({ search: query.trim() });
          }}
        >
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('settings.searchAgency')}
            data-testid="agency-search"
          />
          <button type="submit">{t('settings.search')}</button>
        </form>
      ) : null}
      {agencyError ? <p className="error small">{agencyError}</p> : null}
      {found ? (
        found.length ? (
          <ul className="agencies" data-testid="agency-results">
            {found.map((a) => (
              <li key={a.id}>
                <span>
                  {a.name.th}
                  {a.name.en ? <span className="muted"> · {a.name.en}</span> : null}
                  {a.origins.length ? <span className="muted small"> · {a.origins.join(', ')}</span> : null}
                </span>
                <button type="button" onClick={() => void choose(a)} data-testid={`choose-agency-${a.id}`}>
                  {t('settings.choose')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('settings.noMatch')}</p>
        )
      ) : null}

      <h3>{t('settings.framework')}</h3>
      <select
        value={settings.framework}
        onChange={(e) => void updateSettings({ framework: e.target.value })}
        data-testid="framework"
      >
        {listFrameworks().map((id) => (
          <option key={id} value={id}>
            {t('settings.frameworkLabel', { year: getFramework(id).fiscalYear, id })}
          </option>
        ))}
      </select>

      <h3>{t('settings.permissions')}</h3>
      <ul className="permissions small">
        {(['activeTab', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage', 'alarms', 'hosts'] as const).map(
          (p) => (
            <li key={p}>{t(`permissions.${p}`)}</li>
          ),
        )}
      </ul>
      <p className="small">{hosts.length ? t('permissions.granted', { list: '' }) : t('permissions.none')}</p>
      {hosts.length ? (
        <ul className="hosts small" data-testid="granted-hosts">
          {hosts.map((h) => (
            <li key={h}>
              <code>{h}</code>{' '}
              <button type="button" className="link" onClick={() => void revokeHost(h).then(loadHosts)}>
                {t('permissions.revoke')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
