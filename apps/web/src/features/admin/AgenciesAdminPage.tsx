import { PageHeader } from '../../ui/PageHeader';

export default function AgenciesAdminPage() {
  return <PageHeader title="AgenciesAdminPage" />;
}
