/**
 * What-if: tick OIT items and watch the total move. Runs packages/scoring's parseAssessment(), score() and
 * whatIf() in the browser on the assessment as the API scores it (Assessment.scoringInput), so every tick answers
 * at once with exactly the arithmetic the API uses. This module is its own chunk, loaded with the agency page.
 */
import { type Assessment, parseAssessment, score, type WhatIfEntry, whatIf } from '@openita/scoring';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDelta, formatScore, local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { LevelBadge } from '../../ui/LevelBadge';

export default function WhatIf({ scoringInput }: { scoringInput: unknown }) {
  const { t } = useTranslation();
  const parsed = useMemo(() => parseAssessment(scoringInput, { missingItems: 'fail' }), [scoringInput]);
  if (!parsed.assessment || !parsed.framework)
    return (
      <p className="muted" data-testid="what-if-unavailable">
        {t('whatIf.unavailable')}
      </p>
    );
  if (!Object.keys(parsed.assessment.items).length) return <p className="muted">{t('whatIf.noItems')}</p>;
  return <WhatIfPanel base={parsed.assessment} framework={parsed.framework} />;
}

function WhatIfPanel({
  base,
  framework,
}: {
  base: Assessment;
  framework: NonNullable<ReturnType<typeof parseAssessment>['framework']>;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  /** The ranking is computed once on the real statuses: the to-do list does not reshuffle while you tick. */
  const plan = useMemo(() => whatIf(base, framework), [base, framework]);
  const [items, setItems] = useState<Record<string, boolean>>(base.items);
  const current = useMemo(() => score({ ...base, items }, framework), [base, items, framework]);
  const changed = Object.keys(items).filter((id) => items[id] !== base.items[id]);
  const delta = current.total - plan.total;

  const failing = plan.entries.filter((e) => e.status !== 'pass');
  const passing = plan.entries.filter((e) => e.status === 'pass');
  const toggle = (id: string, on: boolean) => setItems((s) => ({ ...s, [id]: on }));

  return (
    <div data-testid="what-if">
      <div className="whatif-total" aria-live="polite">
        <div>
          <div className="headline-caption">{t('whatIf.total')}</div>
          <div className="row">
            <span className="headline-total" data-testid="what-if-total">
              {formatScore(current.total)}
            </span>
            <LevelBadge level={current.level} />
          </div>
        </div>
        <div>
          <div className="headline-caption">{t('whatIf.change')}</div>
          <span
            className={delta > 0.0049 ? 'delta-up' : delta < -0.0049 ? 'delta-down' : ''}
            data-testid="what-if-delta"
          >
            {formatDelta(delta)}
          </span>
        </div>
        <div className="small muted">
          {t('whatIf.from', { total: formatScore(plan.total), level: plan.level })}
          <br />
          {changed.length ? t('whatIf.changedCount', { count: changed.length }) : t('whatIf.hint')}
        </div>
        <div className="spacer" />
        <button type="button" className="btn btn-small" disabled={!changed.length} onClick={() => setItems(base.items)}>
          {t('whatIf.reset')}
        </button>
      </div>

      {failing.length ? (
        <>
          <h3>{t('whatIf.fixesFirst')}</h3>
          <ul className="whatif-list" aria-label={t('whatIf.fixesFirst')}>
            {failing.map((e) => (
              <Entry key={e.item} entry={e} checked={items[e.item] === true} onChange={toggle} lang={lang} />
            ))}
          </ul>
        </>
      ) : (
        <div className="alert alert-pass">{t('whatIf.allPass')}</div>
      )}
      {passing.length ? (
        <details className="section">
          <summary>
            {t('whatIf.passing', { count: passing.length })}
            <span className="muted small">{t('whatIf.passingHint')}</span>
          </summary>
          <ul className="whatif-list">
            {passing.map((e) => (
              <Entry key={e.item} entry={e} checked={items[e.item] === true} onChange={toggle} lang={lang} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function Entry({
  entry,
  checked,
  onChange,
  lang,
}: {
  entry: WhatIfEntry;
  checked: boolean;
  onChange: (id: string, on: boolean) => void;
  lang: 'th' | 'en';
}) {
  const { t } = useTranslation();
  const worth = entry.status === 'pass' ? -entry.risk : entry.gain;
  return (
    <li>
      <label>
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(entry.item, e.target.checked)}
          data-item={entry.item}
        />
        <span className="item-id">{entry.item}</span>
        <span>
          {local(entry.name, lang)}
          <span className="small muted">
            {' · '}
            {t('whatIf.subIndicator', { id: entry.subIndicator })}
          </span>
        </span>
        <span className={`num ${worth > 0 ? 'delta-up' : 'delta-down'}`} title={t('whatIf.worthTitle')}>
          {formatDelta(worth)}
        </span>
      </label>
    </li>
  );
}
