import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { setToken } from '../lib/auth';
import { setLanguage } from '../lib/i18n';
import { useViewer } from './viewer';

export function Layout() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, move focus to the new page so keyboard and screen-reader users start there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path changes only
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const other = i18n.language === 'en' ? 'th' : 'en';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ✓
            </span>
            OpenITA
          </Link>
          <nav className="nav" aria-label={t('nav.main')}>
            <NavLink to="/" end>
              {t('nav.dashboard')}
            </NavLink>
            {viewer.can('read') ? <NavLink to="/review">{t('nav.review')}</NavLink> : null}
            {viewer.can('import') ? <NavLink to="/import">{t('nav.import')}</NavLink> : null}
            {viewer.can('admin') ? <NavLink to="/admin/agencies">{t('nav.agencies')}</NavLink> : null}
            {viewer.can('admin') ? <NavLink to="/admin/tokens">{t('nav.tokens')}</NavLink> : null}
          </nav>
          <div className="topbar-tools">
            <button
              type="button"
              className="btn btn-ghost btn-small"
              lang={other}
              onClick={() => void setLanguage(other)}
              aria-label={t('nav.switchLanguage')}
            >
              {other === 'en' ? 'English' : 'ไทย'}
            </button>
            {viewer.signedIn ? (
              <>
                <span className="whoami" data-testid="whoami">
                  {viewer.name}
                  {viewer.role ? ` · ${t(`roles.${viewer.role}`, { defaultValue: viewer.role })}` : ''}
                </span>
                <button type="button" className="btn btn-ghost btn-small" onClick={() => setToken(null)}>
                  {t('auth.signOut')}
                </button>
              </>
            ) : (
              <Link to="/sign-in" className="btn btn-ghost btn-small">
                {t('auth.signIn')}
              </Link>
            )}
          </div>
        </div>
      </header>
      <main className="main" id="main" ref={mainRef} tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        {viewer.tokenRejected ? (
          <div className="alert alert-warn row" role="alert">
            <span>{t('auth.tokenRejectedBanner')}</span>
            <Link to="/sign-in" className="btn btn-small">
              {t('auth.signInAgain')}
            </Link>
          </div>
        ) : null}
        <Outlet />
      </main>
      <footer className="footer">{t('footer.text')}</footer>
    </>
  );
}

/** While the first page's chunk loads: the same header and an empty page, so nothing jumps when it arrives. */
export function AppLoading() {
  return (
    <>
      <header className="topbar">
        <div className="topbar-inner">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true">
              ✓
            </span>
            OpenITA
          </span>
          <span className="nav" aria-hidden="true" />
        </div>
      </header>
      <main className="main" aria-busy="true" />
    </>
  );
}
