import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';

/** What an admin page shows a signed-in user who is not an administrator. */
export function AdminOnly({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} />
      <div className="alert alert-info">{t('errors.adminOnly')}</div>
    </>
  );
}
