import { PageHeader } from '../../ui/PageHeader';

export default function ImportPage() {
  return <PageHeader title="ImportPage" />;
}
