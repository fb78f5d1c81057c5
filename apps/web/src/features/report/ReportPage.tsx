import { PageHeader } from '../../ui/PageHeader';

export default function ReportPage() {
  return <PageHeader title="ReportPage" />;
}
