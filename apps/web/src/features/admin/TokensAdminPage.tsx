/**
 * API tokens (admin): who holds one, with which role and agency limits, when it was last used; create one (its
 * secret is shown once, here, and never again) or revoke one.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApiTokensDocument,
  type ApiTokensQuery,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
  type Role,
} from '@openita/schema/client';
import { createColumnHelper } from '@tanstack/react-table';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/viewer';
import { formatDate, formatDateTime, local } from '../../lib/format';
import { currentLang } from '../../lib/i18n';
import { type Columns, DataTable, type SortableFeatures } from '../../ui/DataTable';
import { Dialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, Loading } from '../../ui/States';
import { useToast } from '../../ui/Toast';
import { AgencyPicker, type PickedAgency } from '../shared/AgencyPicker';
import { AdminOnly } from './AdminOnly';

type Token = ApiTokensQuery['apiTokens'][number];
const helper = createColumnHelper<SortableFeatures, Token>();
const ROLES: Role[] = ['READER', 'AUDITOR', 'REVIEWER', 'ADMIN'];

export default function TokensAdminPage() {
  const { t } = useTranslation();
  const lang = currentLang();
  const viewer = useViewer();
  const notify = useToast();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const { data, loading, error, refetch } = useQuery(ApiTokensDocument, {
    variables: { includeRevoked },
    skip: !viewer.can('admin'),
  });
  const [revoke] = useMutation(RevokeApiTokenDocument);
  const [confirm, setConfirm] = useState<Token | null>(null);

  const columns = useMemo<Columns<Token>>(
    () => [
      helper.accessor('label', {
        header: () => t('tokens.label'),
        cell: ({ row }) => (
          <>
            <strong>{row.original.label}</strong>
            <div className="small mono muted">{row.original.prefix}…</div>
          </>
        ),
        meta: { rowHeader: true },
      }),
      helper.accessor((r) => r.user.name, { id: 'user', header: () => t('tokens.user') }),
      helper.accessor('role', { header: () => t('tokens.role'), cell: ({ getValue }) => t(`roles.${getValue()}`) }),
      helper.display({
        id: 'agencies',
        header: () => t('tokens.agencies'),
        cell: ({ row }) =>
          row.original.agencies ? (
            row.original.agencies.map((a) => local(a.name, lang)).join(', ')
          ) : (
            <span className="muted">{t('tokens.allAgencies')}</span>
          ),
      }),
      helper.accessor('createdAt', {
        header: () => t('tokens.created'),
        cell: ({ getValue }) => formatDate(getValue(), lang),
      }),
      helper.accessor('lastUsedAt', {
        header: () => t('tokens.lastUsed'),
        cell: ({ getValue }) =>
          getValue() ? formatDateTime(getValue(), lang) : <span className="muted">{t('tokens.never')}</span>,
      }),
      helper.display({
        id: 'state',
        header: () => t('tokens.state'),
        cell: ({ row }) => {
          const tk = row.original;
          if (tk.revokedAt)
            return (
              <span className="badge badge-fail">{t('tokens.revoked', { when: formatDate(tk.revokedAt, lang) })}</span>
            );
          if (tk.expiresAt && new Date(tk.expiresAt) < new Date())
            return <span className="badge badge-warn">{t('tokens.expired')}</span>;
          return (
            <button type="button" className="btn btn-small" onClick={() => setConfirm(tk)}>
              {t('tokens.revoke')}
            </button>
          );
        },
      }),
    ],
    [t, lang],
  );

  if (viewer.ready && !viewer.can('admin')) return <AdminOnly title={t('tokens.title')} />;

  return (
    <>
      <PageHeader title={t('tokens.title')} lead={t('tokens.lead')} />
      <div className="stack">
        <CreateToken onCreated={() => void refetch()} />
        <section className="card card-flush" aria-labelledby="tokens-list">
          <div className="card-header">
            <h2 id="tokens-list">{t('tokens.list')}</h2>
            <label className="checkbox small">
              <input type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} />
              {t('tokens.showRevoked')}
            </label>
          </div>
          {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
          {loading && !data ? <Loading /> : null}
          {data ? (
            <DataTable
              caption={t('tokens.list')}
              captionHidden
              columns={columns}
              data={data.apiTokens}
              getRowId={(r) => r.id}
            />
          ) : null}
        </section>
      </div>
      <Dialog
        open={!!confirm}
        title={t('tokens.revokeTitle', { label: confirm?.label ?? '' })}
        onClose={() => setConfirm(null)}
      >
        <p>{t('tokens.revokeWarning', { user: confirm?.user.name ?? '' })}</p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => setConfirm(null)}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-reject"
            onClick={async () => {
              if (!confirm) return;
              const tk = confirm;
              setConfirm(null);
              const { data: r } = await revoke({ variables: { id: tk.id } });
              const res = r?.revokeApiToken;
              if (res?.__typename === 'RevokeApiTokenPayload') notify(t('tokens.revokedToast', { label: tk.label }));
              else notify(res && 'message' in res ? res.message : t('errors.title'), 'error');
              void refetch();
            }}
          >
            {t('tokens.revoke')}
          </button>
        </div>
      </Dialog>
    </>
  );
}

function CreateToken({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [user, setUser] = useState('');
  const [label, setLabel] = useState('');
  const [role, setRole] = useState<Role>('REVIEWER');
  const [expires, setExpires] = useState('');
  const [limit, setLimit] = useState<PickedAgency[]>([]);
  const [secret, setSecret] = useState<{ value: string; label: string } | null>(null);
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [create, { loading }] = useMutation(CreateApiTokenDocument);
  const lang = currentLang();

  const submit = async () => {
    setIssues({});
    const { data } = await create({
      variables: {
        input: {
          user: user.trim(),
          label: label.trim() || null,
          role,
          expiresAt: expires ? new Date(`${expires}T23:59:59+07:00`).toISOString() : null,
          agencies: limit.length && role !== 'ADMIN' ? limit.map((a) => a.id) : null,
        },
      },
    });
    const r = data?.createApiToken;
    if (r?.__typename === 'CreateApiTokenPayload') {
      setSecret({ value: r.secret, label: r.token.label });
      setUser('');
      setLabel('');
      setLimit([]);
      onCreated();
    } else if (r?.__typename === 'ValidationError') {
      setIssues(
        Object.fromEntries(
          r.issues.map((i) => [
            i.path.replace(/^input\./, '').replace(/\.\d+$/, ''),
            lang === 'th' ? i.messageTh : i.message,
          ]),
        ),
      );
    }
  };

  return (
    <section className="card" aria-labelledby="new-token">
      <h2 id="new-token">{t('tokens.create')}</h2>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Field id={`${id}-user`} label={t('tokens.user')} error={issues.user}>
          <input
            id={`${id}-user`}
            className="input"
            required
            value={user}
            onChange={(e) => setUser(e.target.value)}
            aria-invalid={!!issues.user}
          />
        </Field>
        <Field id={`${id}-label`} label={t('tokens.label')} error={issues.label}>
          <input
            id={`${id}-label`}
            className="input"
            value={label}
            placeholder={t('tokens.labelPlaceholder')}
            onChange={(e) => setLabel(e.target.value)}
          />
        </Field>
        <Field id={`${id}-role`} label={t('tokens.role')} error={issues.role}>
          <select id={`${id}-role`} className="select" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-exp`} label={t('tokens.expires')} error={issues.expiresAt}>
          <input
            id={`${id}-exp`}
            className="input"
            type="date"
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
          />
        </Field>
        {role !== 'ADMIN' ? (
          <div style={{ gridColumn: 'span 2' }}>
            <AgencyPicker label={t('tokens.limitTo')} value={limit} onChange={setLimit} hint={t('tokens.limitHint')} />
            {issues.agencies ? (
              <span className="field-error" role="alert">
                {issues.agencies}
              </span>
            ) : null}
          </div>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={loading}>
          {t('tokens.createButton')}
        </button>
      </form>
      {secret ? (
        <div className="alert alert-pass" role="status" data-testid="new-secret">
          <div className="alert-title">{t('tokens.secretTitle', { label: secret.label })}</div>
          <p>{t('tokens.secretOnce')}</p>
          <div className="row">
            <code className="mono" style={{ fontSize: '1rem' }}>
              {secret.value}
            </code>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => void navigator.clipboard?.writeText(secret.value)}
            >
              {t('common.copy')}
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setSecret(null)}>
              {t('common.done')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

function Field({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
