import { useTranslation } from 'react-i18next';
import { formatPercent } from '../lib/format';

/** The colour of an answer is what it earns, not its position: a reversed question's "most" is red. */
export function pointsClass(points: number | undefined): string {
  if (points === undefined) return 'share-1';
  if (points >= 99) return 'share-3';
  if (points >= 50) return 'share-2';
  if (points > 0) return 'share-1';
  return 'share-0';
}

/**
 * Answer shares of one question (or part) as a stacked bar, in the scale's order. The exact figures are in the
 * accessible label and the tooltip; the table beside it carries the score.
 */
export function Shares({ shares, labels, points }: { shares: number[]; labels: string[]; points: number[] }) {
  const { t } = useTranslation();
  const sum = shares.reduce((s, v) => s + v, 0) || 1;
  const description = shares.map((v, k) => `${labels[k] ?? k + 1} ${formatPercent(v)}`).join(', ');
  return (
    <div className="shares" role="img" aria-label={t('agency.sharesLabel', { description })} title={description}>
      {shares.map((v, k) =>
        v > 0 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the scale's option order is the identity
          <span key={k} className={pointsClass(points[k])} style={{ width: `${(v / sum) * 100}%` }} />
        ) : null,
      )}
    </div>
  );
}

/** What the colours mean: points earned, 0 to 100. */
export function SharesLegend() {
  const { t } = useTranslation();
  return (
    <ul className="legend">
      {[0, 33, 67, 100].map((p) => (
        <li key={p}>
          <i className={pointsClass(p)} aria-hidden="true" />
          {t('agency.pointsLegend', { points: p })}
        </li>
      ))}
    </ul>
  );
}
