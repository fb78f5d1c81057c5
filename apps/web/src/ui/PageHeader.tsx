import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to?: string;
}

/** The page's h1, its breadcrumbs, and the document title (what a screen reader announces on navigation). */
export function PageHeader({
  title,
  crumbs,
  lead,
  actions,
  docTitle,
}: {
  title: React.ReactNode;
  crumbs?: Crumb[];
  lead?: React.ReactNode;
  actions?: React.ReactNode;
  docTitle?: string;
}) {
  const { t } = useTranslation();
  const plain = docTitle ?? (typeof title === 'string' ? title : '');
  useDocumentTitle(plain);
  return (
    <header className="page-header">
      <div>
        {crumbs?.length ? (
          <nav className="breadcrumbs" aria-label={t('nav.breadcrumbs')}>
            <ol>
              {crumbs.map((c) => (
                <li key={c.to ?? c.label}>
                  {c.to ? <Link to={c.to}>{c.label}</Link> : <span aria-current="page">{c.label}</span>}
                </li>
              ))}
            </ol>
          </nav>
        ) : null}
        <h1>{title}</h1>
        {lead ? <p>{lead}</p> : null}
      </div>
      {actions ? <div className="row no-print">{actions}</div> : null}
    </header>
  );
}

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · OpenITA` : 'OpenITA';
  }, [title]);
}
