import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useApolloClient } from '@apollo/client/react';
import { ViewerDocument } from '@openita/schema/client';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useViewer } from '../../app/viewer';
import { setToken } from '../../lib/auth';
import { PageHeader } from '../../ui/PageHeader';

/**
 * Sign in with an API token (an admin creates one per person or system). The token is checked against the API
 * before it is kept; a wrong one is refused here, not later on some other page.
 */
export default function SignInPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const next = safeNext(params.get('next'));

  const submit = async () => {
    const token = value.trim();
    if (!token) {
      setError(t('auth.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // Ask with the candidate token before keeping it.
      const { data } = await client.query({
        query: ViewerDocument,
        fetchPolicy: 'no-cache',
        context: { headers: { authorization: `Bearer ${token}` } },
      });
      if (!data?.viewer.authenticated) {
        setError(t('auth.rejected'));
        return;
      }
      setToken(token);
      navigate(next);
    } catch (e) {
      // The API refuses a bad token (401/403, or a GraphQL error); anything else means it could not be asked.
      const refused = CombinedGraphQLErrors.is(e) || (ServerError.is(e) && e.statusCode >= 400 && e.statusCode < 500);
      setError(refused ? t('auth.rejected') : t('auth.unreachable'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: '34rem' }}>
      <PageHeader title={t('auth.title')} lead={t('auth.lead')} />
      {viewer.signedIn ? (
        <div className="alert alert-info" data-testid="signed-in-as">
          {t('auth.signedInAs', {
            name: viewer.name,
            role: t(`roles.${viewer.role}`, { defaultValue: viewer.role ?? '' }),
          })}
        </div>
      ) : null}
      <form
        className="card stack"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <div className="field">
          <label htmlFor={id}>{t('auth.token')}</label>
          <input
            id={id}
            className="input mono"
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={!!error}
            aria-describedby={`${id}-hint ${error ? `${id}-err` : ''}`}
            data-testid="token-input"
          />
          <span id={`${id}-hint`} className="field-hint">
            {t('auth.tokenHint')}
          </span>
          {error ? (
            <span id={`${id}-err`} className="field-error" role="alert">
              {error}
            </span>
          ) : null}
        </div>
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('auth.signIn')}
          </button>
          {viewer.signedIn ? (
            <button type="button" className="btn" onClick={() => setToken(null)}>
              {t('auth.signOut')}
            </button>
          ) : null}
        </div>
      </form>
      <section className="card" style={{ marginTop: '1rem' }} aria-labelledby="roles-title">
        <h2 id="roles-title">{t('auth.rolesTitle')}</h2>
        <dl className="meta">
          {(['READER', 'AUDITOR', 'REVIEWER', 'ADMIN'] as const).map((r) => (
            <div key={r} style={{ display: 'contents' }}>
              <dt>{t(`roles.${r}`)}</dt>
              <dd>{t(`roles.${r}_what`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

/** Only same-app paths: a sign-in link must not send the user elsewhere. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}
