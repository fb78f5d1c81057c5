import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n, local } from '../lib/i18n';
import { type Settings, updateSettings } from '../lib/settings';
import { isWebPage } from '../lib/target';
import { useAgencyOfSite, useItemStatuses, useQueue, useSettings, useTarget } from './hooks';
import { PageView } from './PageView';
import { QueueView } from './QueueView';
import { SettingsView } from './SettingsView';
import { SiteView } from './SiteView';

type Tab = 'page' | 'site' | 'queue' | 'settings';

export function App() {
  const i18n = useMemo(() => createI18n('th'), []);
  const settings = useSettings();
  useEffect(() => {
    if (settings && i18n.language !== settings.language) void i18n.changeLanguage(settings.language);
    document.documentElement.lang = settings?.language ?? 'th';
  }, [settings, i18n]);
  return <I18nextProvider i18n={i18n}>{settings ? <Shell settings={settings} /> : null}</I18nextProvider>;
}

function Shell({ settings }: { settings: Settings }) {
  const { t, i18n } = useTranslation();
  const { target, pinned } = useTarget();
  const queue = useQueue();
  const delivered = queue.filter((e) => e.status === 'delivered').length;
  const statuses = useItemStatuses(settings, delivered);
  const site = useAgencyOfSite(settings, target?.url);
  const configured = !!(settings.apiUrl && settings.token && settings.agency);
  // First run (no server yet): start in the settings. Checking pages works without a server.
  const [tab, setTab] = useState<Tab>(() => (settings.apiUrl ? 'page' : 'settings'));
  const waiting = queue.filter((e) => e.status !== 'delivered').length;
  const tabs: Tab[] = ['page', 'site', 'queue', 'settings'];
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <fieldset className="lang" aria-label={t('app.language')}>
          {(['th', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              aria-pressed={i18n.language === l}
              data-testid={`lang-${l}`}
              onClick={() => void updateSettings({ language: l })}
            >
              {l === 'th' ? 'ไทย' : 'EN'}
            </button>
          ))}
        </fieldset>
      </header>
      <div className="target" data-testid="target">
        {pinned && target ? <span className="pin">{t('app.pinned', { tabId: target.tabId })}</span> : null}
        {target ? (
          <span className="target-url" title={target.url}>
            {target.title || target.url}
          </span>
        ) : (
          <span>{t('app.noTarget')}</span>
        )}
        {settings.agency ? (
          <span className="agency" data-testid="current-agency">
            {local(settings.agency.name, i18n.language)}
          </span>
        ) : null}
        {site.suggestion ? (
          <span className="suggestion" data-testid="agency-suggestion">
            {t('app.otherAgency', { name: local(site.suggestion.name, i18n.language) })}{' '}
            <button type="button" className="link" onClick={site.accept}>
              {t('app.switchAgency')}
            </button>
          </span>
        ) : null}
      </div>
      <div className="tabs" role="tablist">
        {tabs.map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={tab === k}
            data-testid={`tab-${k}`}
            onClick={() => setTab(k)}
          >
            {t(`app.tabs.${k}`)}
            {k === 'queue' && waiting ? <span className="count">{waiting}</span> : null}
          </button>
        ))}
      </div>
      <main>
        {tab === 'page' ? (
          target && isWebPage(target.url) ? (
            <PageView target={target} settings={settings} statuses={statuses} configured={configured} />
          ) : (
            <p className="muted">{target ? t('app.notWebPage') : t('app.noTarget')}</p>
          )
        ) : null}
        {tab === 'site' ? <SiteView target={target} settings={settings} /> : null}
        {tab === 'queue' ? <QueueView entries={queue} /> : null}
        {tab === 'settings' ? <SettingsView settings={settings} target={target} /> : null}
      </main>
    </div>
  );
}
