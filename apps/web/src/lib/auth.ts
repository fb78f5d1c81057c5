/**
 * The API token: pasted once on the sign-in page, kept in localStorage, sent as a bearer token. Nothing else about the
 * user is stored here; who the token belongs to and what it may do is asked of the API (the viewer query).
 */
const TOKEN_KEY = 'openita.token';
type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // storage disabled: the token lives until the tab closes through the listeners' state only.
  }
  for (const l of listeners) l(token);
}

export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
