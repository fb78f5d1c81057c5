import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** A page that failed to load or render: said plainly, with a way back. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const message = isRouteErrorResponse(error)
    ? `${error.status} ${error.statusText}`
    : error instanceof Error
      ? error.message
      : String(error);
  // A new deployment replaces the hashed chunks: a stale tab gets a failed dynamic import. Reloading fixes it.
  const stale = /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(message);
  return (
    <main className="main" id="main">
      <div className="alert alert-error" role="alert">
        <div className="alert-title">{stale ? t('errors.staleTitle') : t('errors.title')}</div>
        <p>{stale ? t('errors.staleHint') : message}</p>
        <div className="row">
          {stale ? (
            <button type="button" className="btn btn-small" onClick={() => window.location.reload()}>
              {t('common.reload')}
            </button>
          ) : null}
          <Link to="/" className="btn btn-small">
            {t('nav.dashboard')}
          </Link>
        </div>
      </div>
    </main>
  );
}
