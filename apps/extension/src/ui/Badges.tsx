import type { Verdict } from '@openita/scoring';
import { useTranslation } from 'react-i18next';
import type { ItemStatus } from '../lib/evidence';

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const { t } = useTranslation();
  return (
    <span className={`badge verdict-${verdict}`} data-verdict={verdict}>
      {t(`verdict.${verdict}`)}
    </span>
  );
}

export function StatusBadge({ status }: { status: ItemStatus | undefined }) {
  const { t } = useTranslation();
  if (!status || status === 'none') return null;
  return (
    <span className={`badge status-${status}`} data-status={status} title={t('page.apiStatus')}>
      {t(`status.${status}`)}
    </span>
  );
}

export function Met({ met }: { met: boolean | null }) {
  const { t } = useTranslation();
  const label = met === true ? t('page.met') : met === false ? t('page.notMet') : t('page.unknown');
  return (
    <span className={`met met-${String(met)}`} role="img" aria-label={label} title={label}>
      {met === true ? '✓' : met === false ? '✗' : '?'}
    </span>
  );
}
