import { PageHeader } from '../../ui/PageHeader';

export default function SignInPage() {
  return <PageHeader title="SignInPage" />;
}
