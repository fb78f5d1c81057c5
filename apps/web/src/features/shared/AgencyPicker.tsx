import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { useAgencySearch } from './useAgencySearch';

export interface PickedAgency {
  id: string;
  name: string;
}

/**
 * Type part of an agency's name, pick it from what the API finds (thousands of agencies do not fit a select).
 * `multiple`: the picks collect as removable chips.
 */
export function AgencyPicker({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: PickedAgency[];
  onChange: (v: PickedAgency[]) => void;
  hint?: string;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const id = useId();
  const { text, setText, options } = useAgencySearch();
  return (
    <div className="field">
      <label htmlFor={`${id}-q`}>{label}</label>
      <input
        id={`${id}-q`}
        className="input"
        type="search"
        list={`${id}-list`}
        value={text}
        placeholder={t('review.agencyPlaceholder')}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const v = e.target.value;
          const hit = options.find((o) => local(o.name, lang) === v);
          if (hit) {
            if (!value.some((x) => x.id === hit.id)) onChange([...value, { id: hit.id, name: local(hit.name, lang) }]);
            setText('');
          } else setText(v);
        }}
      />
      <datalist id={`${id}-list`}>
        {options.map((o) => (
          <option key={o.id} value={local(o.name, lang)} />
        ))}
      </datalist>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {value.length ? (
        <ul className="row" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={label}>
          {value.map((a) => (
            <li key={a.id} className="badge badge-info">
              {a.name}
              <button
                type="button"
                className="btn btn-ghost btn-small"
                style={{ minHeight: 0, padding: '0 0.25rem' }}
                onClick={() => onChange(value.filter((x) => x.id !== a.id))}
                aria-label={t('common.remove', { name: a.name })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
