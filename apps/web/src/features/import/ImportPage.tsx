/**
 * Import an assessment file (admin). The file is read and checked in the browser first (packages/scoring's
 * parseAssessment: the same rules as the server) so problems show at once, each beside its question; the API then
 * validates it again and imports it, or answers with its own list of problems, shown the same way.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { FilterOptionsDocument, ImportAssessmentDocument } from '@openita/schema/client';
import { type Framework, getFramework, hasFramework, parseAssessment } from '@openita/scoring';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/viewer';
import { formatBytes, local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { LevelBadge } from '../../ui/LevelBadge';
import { PageHeader } from '../../ui/PageHeader';
import { useAgencySearch } from '../shared/useAgencySearch';
import { FilePicker } from './FilePicker';
import { IssueTable } from './IssueTable';
import { type FileIssue, jsonErrorPosition } from './issues';

interface Loaded {
  name: string;
  size: number;
  text: string;
  json: Record<string, unknown> | null;
  syntax: { message: string; line: number | null; column: number | null } | null;
  framework: Framework | null;
  local: FileIssue[];
}

type Outcome =
  | {
      kind: 'imported';
      slug: string;
      created: boolean;
      total: string | null;
      level: string | null;
      warnings: FileIssue[];
    }
  | { kind: 'invalid'; message: string; issues: FileIssue[] }
  | { kind: 'failed'; message: string };

const MAX_BYTES = 2 * 1024 * 1024;

export default function ImportPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const viewer = useViewer();
  const [file, setFile] = useState<Loaded | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [agency, setAgency] = useState<{ id: string; name: string } | null>(null);
  const [publish, setPublish] = useState(true);
  const [run, { loading }] = useMutation(ImportAssessmentDocument);
  const options = useQuery(FilterOptionsDocument);

  const read = async (f: File) => {
    setOutcome(null);
    if (f.size > MAX_BYTES) {
      setFile({
        name: f.name,
        size: f.size,
        text: '',
        json: null,
        syntax: { message: t('import.tooLarge'), line: null, column: null },
        framework: null,
        local: [],
      });
      return;
    }
    const text = await f.text();
    let json: Record<string, unknown> | null = null;
    let syntax: Loaded['syntax'] = null;
    try {
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new SyntaxError(t('import.notObject'));
      json = parsed as Record<string, unknown>;
    } catch (e) {
      const pos = jsonErrorPosition(text, e);
      syntax = {
        message: e instanceof Error ? e.message : String(e),
        line: pos?.line ?? null,
        column: pos?.column ?? null,
      };
    }
    let framework: Framework | null = null;
    let issues: FileIssue[] = [];
    if (json) {
      const id = typeof json.framework === 'string' ? json.framework : '';
      framework = hasFramework(id) ? getFramework(id) : null;
      issues = parseAssessment(json).issues.map((i) => ({
        path: i.path,
        code: i.code,
        message: i.message,
        severity: i.severity,
      }));
    }
    setFile({ name: f.name, size: f.size, text, json, syntax, framework, local: issues });
  };

  const submit = async () => {
    if (!file) return;
    try {
      const { data } = await run({
        variables: { input: { text: file.text, agency: agency?.id ?? null, publish } },
      });
      const r = data?.importAssessment;
      if (!r) throw new Error(t('import.failed'));
      if (r.__typename === 'ImportAssessmentPayload') {
        setOutcome({
          kind: 'imported',
          slug: r.agency.slug,
          created: r.agencyCreated,
          total: r.assessment.official?.totalDisplay ?? r.assessment.score?.totalDisplay ?? null,
          level: r.assessment.official?.level ?? r.assessment.score?.level ?? null,
          warnings: r.warnings.map(fromApi),
        });
      } else if (r.__typename === 'ValidationError') {
        setOutcome({ kind: 'invalid', message: r.message, issues: r.issues.map(fromApi) });
      } else {
        setOutcome({ kind: 'failed', message: r.message });
      }
    } catch (e) {
      setOutcome({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  const localErrors = file?.local.filter((i) => i.severity === 'error') ?? [];
  const fileAgency = file?.json?.agency as { name?: { th?: string }; id?: string } | undefined;

  return (
    <>
      <PageHeader title={t('import.title')} lead={t('import.lead')} />
      {!viewer.can('import') && viewer.ready ? <div className="alert alert-info">{t('import.adminOnly')}</div> : null}
      <div className="stack">
        <section className="card stack" aria-labelledby="file-title">
          <h2 id="file-title">{t('import.file')}</h2>
          <FilePicker accept=".json,application/json" onFile={(f) => void read(f)} />
          <p className="small muted">
            {t('import.format')} <code>packages/scoring/data/assessments/bueng-kan-2564.json</code>
            {options.data?.framework ? ` · ${t('import.frameworkDefault', { id: options.data.framework.id })}` : ''}
          </p>
          {file ? (
            <div className="row small" data-testid="import-file-info">
              <strong>{file.name}</strong>
              <span className="muted">{formatBytes(file.size)}</span>
              {fileAgency?.name?.th ? <span>· {fileAgency.name.th}</span> : null}
              {file.framework ? <span className="badge">{file.framework.id}</span> : null}
            </div>
          ) : null}
        </section>

        {file?.syntax ? (
          <div className="alert alert-error" role="alert" data-testid="import-syntax">
            <div className="alert-title">{t('import.syntaxTitle')}</div>
            <p>
              {file.syntax.line ? t('import.syntaxAt', { line: file.syntax.line, column: file.syntax.column }) : null}{' '}
              <span className="mono small">{file.syntax.message}</span>
            </p>
          </div>
        ) : null}

        {file?.json ? (
          <section className="card stack" aria-labelledby="check-title">
            <div className="card-header">
              <h2 id="check-title">{t('import.check')}</h2>
              {file.local.length ? (
                <span className={`badge ${localErrors.length ? 'badge-fail' : 'badge-warn'}`}>
                  {t('import.problems', { count: file.local.length })}
                </span>
              ) : (
                <span className="badge badge-pass">{t('import.looksGood')}</span>
              )}
            </div>
            {file.local.length ? (
              <>
                <p className="small muted">{t('import.localHint')}</p>
                <IssueTable issues={file.local} framework={file.framework} file={file.json} />
              </>
            ) : null}
            <AgencyChoice
              value={agency}
              onChange={setAgency}
              fromFile={
                fileAgency?.name?.th ? `${fileAgency.name.th}${fileAgency.id ? ` (${fileAgency.id})` : ''}` : null
              }
            />
            <label className="checkbox">
              <input type="checkbox" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
              {t('import.publish')}
            </label>
            <div className="row">
              <button
                type="button"
                className="btn btn-primary"
                disabled={loading || !viewer.can('import')}
                onClick={() => void submit()}
                data-testid="import-submit"
              >
                {localErrors.length ? t('import.submitAnyway') : t('import.submit')}
              </button>
              {localErrors.length ? <span className="small muted">{t('import.serverDecides')}</span> : null}
            </div>
          </section>
        ) : null}

        {outcome?.kind === 'imported' ? (
          <div className="alert alert-pass" role="status" data-testid="import-done">
            <div className="alert-title">{outcome.created ? t('import.doneNew') : t('import.done')}</div>
            <p className="row">
              {outcome.total ? <strong>{outcome.total}</strong> : null}
              <LevelBadge level={outcome.level} />
              <Link to={`/agencies/${encodeURIComponent(outcome.slug)}`}>{t('import.open')}</Link>
            </p>
            {outcome.warnings.length ? (
              <IssueTable issues={outcome.warnings} framework={file?.framework ?? null} file={file?.json ?? null} />
            ) : null}
          </div>
        ) : null}
        {outcome?.kind === 'invalid' ? (
          <section
            className="alert alert-error"
            role="alert"
            aria-labelledby="server-issues"
            data-testid="import-errors"
          >
            <h2 id="server-issues" className="alert-title" style={{ fontSize: '1rem' }}>
              {t('import.rejected', { count: outcome.issues.length })}
            </h2>
            <p>{t('import.nothingChanged')}</p>
            <IssueTable issues={outcome.issues} framework={file?.framework ?? null} file={file?.json ?? null} />
          </section>
        ) : null}
        {outcome?.kind === 'failed' ? (
          <div className="alert alert-error" role="alert">
            <div className="alert-title">{t('import.failed')}</div>
            <p>{outcome.message}</p>
          </div>
        ) : null}
      </div>
      <p className="small muted" style={{ marginTop: '1rem' }}>
        {t('import.langNote', { lang: lang === 'th' ? 'ไทย' : 'English' })}
      </p>
    </>
  );
}

function fromApi(i: { path: string; code: string; message: string; messageTh: string; severity: string }): FileIssue {
  return {
    path: i.path,
    code: i.code,
    message: { th: i.messageTh, en: i.message },
    severity: i.severity === 'WARNING' ? 'warning' : 'error',
  };
}

/** Import for the agency the file names (created when new), or for an agency picked here. */
function AgencyChoice({
  value,
  onChange,
  fromFile,
}: {
  value: { id: string; name: string } | null;
  onChange: (v: { id: string; name: string } | null) => void;
  fromFile: string | null;
}) {
  const { t } = useTranslation();
  const lang = currentLang();
  const id = useId();
  const { text, setText, options } = useAgencySearch();
  return (
    <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0, gap: '0.5rem' }}>
      <legend className="small" style={{ fontWeight: 600, marginBottom: '0.35rem' }}>
        {t('import.forAgency')}
      </legend>
      <label className="checkbox">
        <input type="radio" name={`${id}-agency`} checked={!value} onChange={() => onChange(null)} />
        {t('import.agencyFromFile', { agency: fromFile ?? t('import.agencyFromFileNone') })}
      </label>
      <div className="row">
        <label className="checkbox" htmlFor={`${id}-search`}>
          <input
            type="radio"
            name={`${id}-agency`}
            checked={!!value}
            onChange={() => {
              const first = options[0];
              if (first) onChange({ id: first.id, name: local(first.name, lang) });
            }}
            aria-label={t('import.agencyPick')}
          />
          {t('import.agencyPick')}
        </label>
        <input
          id={`${id}-search`}
          className="input"
          style={{ maxWidth: '22rem' }}
          type="search"
          list={`${id}-list`}
          value={value ? value.name : text}
          placeholder={t('review.agencyPlaceholder')}
          onChange={(e) => {
            const v = e.target.value;
            setText(v);
            const hit = options.find((o) => local(o.name, lang) === v);
            onChange(hit ? { id: hit.id, name: local(hit.name, lang) } : null);
          }}
        />
        <datalist id={`${id}-list`}>
          {options.map((o) => (
            <option key={o.id} value={local(o.name, lang)} />
          ))}
        </datalist>
      </div>
    </fieldset>
  );
}
