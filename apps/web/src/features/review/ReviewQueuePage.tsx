import { PageHeader } from '../../ui/PageHeader';

export default function ReviewQueuePage() {
  return <PageHeader title="ReviewQueuePage" />;
}
