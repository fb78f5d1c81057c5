import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import { currentLang } from '../../lib/i18n';

export const LEVELS = ['AA', 'A', 'B', 'C', 'D', 'E', 'F'] as const;

/** How many agencies are at each level: one stacked bar, and the counts as a list (the accessible form). */
export function LevelDistribution({
  counts,
  onPick,
  picked,
  loading,
}: {
  counts: Record<string, number>;
  /** Not known yet: the card keeps its size (nothing moves when the counts arrive). */
  loading?: boolean;
  onPick?: (level: string | null) => void;
  picked?: string | null;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const total = LEVELS.reduce((s, l) => s + (counts[l] ?? 0), 0);
  return (
    <section className="card" aria-labelledby="dist-title" data-testid="level-distribution" aria-busy={loading}>
      <div className="card-header">
        <h2 id="dist-title">{t('dashboard.distribution')}</h2>
        <span className="muted small" style={loading ? { visibility: 'hidden' } : undefined}>
          {t('dashboard.assessed', { count: loading ? 0 : total, n: loading ? '00' : formatCount(total, lang) })}
        </span>
      </div>
      <div className={`dist ${loading ? 'skeleton' : ''}`} aria-hidden="true">
        {LEVELS.map((l) =>
          counts[l] ? (
            <span
              key={l}
              className={`level-${l}`}
              style={{ flexGrow: counts[l], flexBasis: 0 }}
              title={`${l}: ${counts[l]}`}
            >
              {(counts[l] ?? 0) / Math.max(1, total) > 0.06 ? l : ''}
            </span>
          ) : null,
        )}
      </div>
      <ul className="dist-legend">
        {LEVELS.map((l) => {
          const n = counts[l] ?? 0;
          const pct = total ? Math.round((n / total) * 1000) / 10 : 0;
          const body = (
            <>
              <span
                className={`level-badge level-${l}`}
                style={{ minWidth: '2rem', height: '1.4rem', fontSize: '0.8rem' }}
              >
                {l}
              </span>{' '}
              {/* While loading, invisible stand-ins of the same width keep the legend from re-wrapping. */}
              <strong style={loading ? { visibility: 'hidden' } : undefined}>
                {loading ? '00' : formatCount(n, lang)}
              </strong>{' '}
              <span className="muted" style={loading ? { visibility: 'hidden' } : undefined}>
                ({loading ? '00.0' : pct}%)
              </span>
            </>
          );
          return (
            <li key={l}>
              {onPick ? (
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-pressed={picked === l}
                  disabled={loading}
                  onClick={() => onPick(picked === l ? null : l)}
                  title={t('dashboard.filterLevel', { level: l, count: n })}
                >
                  <span className="visually-hidden">{t('dashboard.showOnly')} </span>
                  {body}
                </button>
              ) : (
                body
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
