/**
 * The API token: pasted once on the sign-in page, kept in localStorage, sent as a bearer token. Nothing else about the
 * user is stored here; who the token belongs to and what it may do is asked of the API (the viewer query).
 */
const TOKEN_KEY = 'openita.token';

export interface AuthState {
  token: string | null;
  /** The stored token was refused by the API (revoked, expired): it was dropped, and the user is told. */
  rejected: boolean;
}
type Listener = (state: AuthState) => void;
const listeners = new Set<Listener>();
let rejected = false;

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function emit(): void {
  const state = { token: getToken(), rejected };
  for (const l of listeners) l(state);
}

export function setToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // storage disabled: nothing to keep.
  }
  rejected = false;
  emit();
}

/** The API answered 401 to the stored token: forget it and say so (the app goes on as a guest). */
export function dropRejectedToken(): void {
  try {
    localStorage.removeItem(TOKEN_KEY);
  } catch {
    // nothing stored.
  }
  rejected = true;
  emit();
}

export function authState(): AuthState {
  return { token: getToken(), rejected };
}

export function onAuthChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
