import { PageHeader } from '../../ui/PageHeader';

export default function AssessmentPage() {
  return <PageHeader title="AssessmentPage" />;
}
