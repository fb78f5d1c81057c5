import type { Framework } from '@openita/scoring';
import { useTranslation } from 'react-i18next';
import { local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { type FileIssue, groupIssues, type Target, valueAt } from './issues';

/**
 * Every problem of an assessment file beside what it is about: the question's text (and the part), the item's name,
 * the value the file gave, and the message in the user's language.
 */
export function IssueTable({
  issues,
  framework,
  file,
}: {
  issues: FileIssue[];
  framework: Framework | null;
  file: Record<string, unknown> | null;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const groups = groupIssues(issues, framework);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="import-issues">
        <caption className="visually-hidden">{t('import.issuesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.where')}</th>
            <th scope="col">{t('import.value')}</th>
            <th scope="col">{t('import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key} data-target={g.key}>
              <th scope="row" style={{ fontWeight: 400, maxWidth: '28rem' }}>
                <TargetLabel target={g.target} framework={framework} />
              </th>
              <td className="mono small" style={{ maxWidth: '14rem' }}>
                {valueAt(file, g.issues[0]?.path ?? '')}
              </td>
              <td>
                <ul className="issues-list">
                  {g.issues.map((i) => (
                    <li key={`${i.path}-${i.message.th}`} style={{ border: 0, padding: '0.1rem 0' }}>
                      <span className={`badge ${i.severity === 'error' ? 'badge-fail' : 'badge-warn'}`}>
                        {t(`import.${i.severity}`)}
                      </span>{' '}
                      {local(i.message, lang)} <code className="small muted">{i.path}</code>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TargetLabel({ target, framework }: { target: Target; framework: Framework | null }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (target.kind === 'question') {
    const q = framework?.questions.find((x) => x.id === target.id);
    const part = target.part && q?.parts[target.part - 1];
    return (
      <>
        <span className="item-id">{target.id}</span>{' '}
        <span className="small muted">
          {target.instrument}
          {target.indicator ? ` · ${t('agency.indicator', { key: target.indicator })}` : ''}
        </span>
        {q ? <div>{local(q.text, lang)}</div> : <div className="muted">{t('import.unknownQuestion')}</div>}
        {target.part ? (
          <div className="small">
            {t('import.part', { part: target.part })}
            {part ? `: ${local(part.text, lang)}` : ''}
          </div>
        ) : null}
      </>
    );
  }
  if (target.kind === 'item') {
    const it = framework?.items.find((x) => x.id === target.id);
    return (
      <>
        <span className="item-id">{target.id}</span>{' '}
        {target.subIndicator ? (
          <span className="small muted">{t('agency.subIndicator', { id: target.subIndicator })}</span>
        ) : null}
        <div>{it ? local(it.name, lang) : t('import.unknownItem')}</div>
      </>
    );
  }
  if (target.kind === 'indicator') {
    const ind = framework?.indicators.find((i) => String(i.number) === target.key);
    return (
      <>
        {t('agency.indicator', { key: target.key })} {ind ? local(ind.name, lang) : ''}
      </>
    );
  }
  if (target.kind === 'reported') return <>{t('import.reportedField', { field: target.field })}</>;
  return <code>{target.field}</code>;
}
