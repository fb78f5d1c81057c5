import { PageHeader } from '../../ui/PageHeader';

export default function EvidencePage() {
  return <PageHeader title="EvidencePage" />;
}
