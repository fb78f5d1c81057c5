import { PageHeader } from '../../ui/PageHeader';

export default function DashboardPage() {
  return <PageHeader title="DashboardPage" />;
}
