import { PageHeader } from '../../ui/PageHeader';

export default function AgencyPage() {
  return <PageHeader title="AgencyPage" />;
}
