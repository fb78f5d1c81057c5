/**
 * Who the API token belongs to and what it may do, asked of the API (the Viewer query) — the UI only hides what a
 * role cannot use; the API decides. A token change clears Apollo's cache and asks again.
 */
import { useApolloClient, useQuery } from '@apollo/client/react';
import { type Role, ViewerDocument } from '@openita/schema/client';
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { authState, onAuthChange } from '../lib/auth';

export type Capability = 'review' | 'import' | 'admin' | 'submit' | 'read';

export interface Viewer {
  /** The Viewer query has answered (for the current token). */
  ready: boolean;
  signedIn: boolean;
  /** The stored token was refused by the API (revoked, expired) and dropped: the user is a guest now. */
  tokenRejected: boolean;
  name: string | null;
  role: Role | null;
  tokenLabel: string | null;
  can: (what: Capability) => boolean;
}

const ViewerContext = createContext<Viewer>({
  ready: false,
  signedIn: false,
  tokenRejected: false,
  name: null,
  role: null,
  tokenLabel: null,
  can: () => false,
});

export function ViewerProvider({ children }: { children: React.ReactNode }) {
  const client = useApolloClient();
  const [auth, setAuth] = useState(authState());
  const token = auth.token;
  const first = useRef(true);
  useEffect(() => onAuthChange(setAuth), []);
  // A different token sees different data: drop everything cached for the previous one and refetch what is shown.
  // (Not when the API refused the stored token: the requests were already retried as a guest.)
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the token changes
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!authState().rejected) void client.resetStore();
  }, [token, client]);
  const { data, loading } = useQuery(ViewerDocument, { fetchPolicy: 'cache-and-network' });
  const value = useMemo<Viewer>(() => {
    const v = data?.viewer;
    const flags = {
      read: !!v?.canRead,
      review: !!v?.canReview,
      submit: !!v?.canSubmit,
      admin: !!v?.canAdminister,
      import: !!v?.canAdminister,
    };
    return {
      ready: !loading || !!data,
      signedIn: !!v?.authenticated,
      tokenRejected: auth.rejected,
      name: v?.user?.name ?? null,
      role: v?.role ?? null,
      tokenLabel: v?.tokenLabel ?? null,
      can: (what) => flags[what],
    };
  }, [data, loading, auth.rejected]);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  return useContext(ViewerContext);
}
