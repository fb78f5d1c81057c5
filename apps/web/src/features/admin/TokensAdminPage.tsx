import { PageHeader } from '../../ui/PageHeader';

export default function TokensAdminPage() {
  return <PageHeader title="TokensAdminPage" />;
}
