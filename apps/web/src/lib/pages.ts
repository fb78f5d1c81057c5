/**
 * A long list from a GraphQL connection, page by page, kept as plain rows in React state. Apollo's normalised cache
 * merges each new page into the whole list and re-reads every row before it, which grows with the square of the
 * list: ten thousand evidence took minutes. Here appending a page costs that page. The first page may come from
 * the cache (a route loader warmed it); later pages always come from the network and bypass it.
 */
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Connection<TNode> {
  edges: { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number;
}

interface State<TData, TRow> {
  rows: TRow[];
  /** The first page's whole answer (for what comes with the list: counts, distributions). */
  first: TData | null;
  total: number;
  endCursor: string | null;
  hasNext: boolean;
  loading: boolean;
  ready: boolean;
  /** The rows shown belong to earlier variables: a new filter's first page is on its way. */
  stale: boolean;
  error: Error | null;
}

function empty<TData, TRow>(): State<TData, TRow> {
  return {
    rows: [],
    first: null,
    total: 0,
    endCursor: null,
    hasNext: false,
    loading: true,
    ready: false,
    stale: false,
    error: null,
  };
}

export function usePagedConnection<TData, TVars extends Record<string, unknown>, TNode, TRow>(options: {
  query: TypedDocumentNode<TData, TVars>;
  /** The list's variables, without `after`. A change starts the list again. */
  variables: TVars;
  select: (data: TData) => Connection<TNode>;
  map: (node: TNode) => TRow;
  /** How to read the first page (default: cache-first). */
  firstPolicy?: 'cache-first' | 'network-only' | 'no-cache';
  /** A first page already on its way (a route loader asked for it): used when its variables are the list's. */
  initial?: { variables: TVars; result: Promise<{ data?: TData | undefined }> } | null;
}) {
  const { query, select, map, firstPolicy = 'cache-first', initial } = options;
  const client = useApolloClient();
  const key = JSON.stringify(options.variables);
  const [state, setState] = useState<State<TData, TRow>>(empty);
  const generation = useRef(0);
  const inFlight = useRef(false);
  const initialUsed = useRef<unknown>(null);
  const initialRef = useRef(initial);
  initialRef.current = initial;
  // The latest mapping functions, without restarting the list when a caller passes new closures.
  const fns = useRef({ select, map });
  fns.current = { select, map };

  const load = useCallback(
    async (after: string | null, gen: number, policy: 'cache-first' | 'network-only' | 'no-cache') => {
      inFlight.current = true;
      setState((s) => ({ ...s, loading: true }));
      try {
        // Exactly the loader's variables for the first page (no `after: null`), so its prefetch is found.
        const base = JSON.parse(key) as TVars;
        const variables = (after ? { ...base, after } : base) as TVars;
        const pre = initialRef.current;
        // Each prefetched first page serves once (a loader runs again for new search params, with a new one).
        const usePre = !after && pre && pre !== initialUsed.current && JSON.stringify(pre.variables) === key;
        if (usePre) initialUsed.current = pre;
        const { data } = usePre ? await pre.result : await client.query({ query, variables, fetchPolicy: policy });
        if (gen !== generation.current || !data) return;
        const conn = fns.current.select(data);
        const page = conn.edges.map((e) => fns.current.map(e.node));
        setState((s) => ({
          rows: after ? s.rows.concat(page) : page,
          first: after ? s.first : data,
          total: conn.totalCount ?? (after ? s.rows.length : 0) + page.length,
          endCursor: conn.pageInfo.endCursor ?? null,
          hasNext: conn.pageInfo.hasNextPage,
          loading: false,
          ready: true,
          stale: false,
          error: null,
        }));
      } catch (e) {
        if (gen === generation.current)
          setState((s) => ({
            ...s,
            loading: false,
            stale: false,
            error: e instanceof Error ? e : new Error(String(e)),
          }));
      } finally {
        if (gen === generation.current) inFlight.current = false;
      }
    },
    [client, query, key],
  );

  useEffect(() => {
    const gen = ++generation.current;
    inFlight.current = false;
    // Keep the rows of the previous variables on screen until the new ones arrive (no blank flash).
    setState((s) => ({ ...s, loading: true, stale: s.ready, error: null }));
    void load(null, gen, firstPolicy);
  }, [load, firstPolicy]);

  const more = useCallback(() => {
    if (inFlight.current || !state.hasNext || state.error) return;
    void load(state.endCursor, generation.current, 'no-cache');
  }, [load, state.hasNext, state.endCursor, state.error]);

  const reload = useCallback(() => {
    const gen = ++generation.current;
    setState((s) => ({ ...s, loading: true, stale: s.ready, error: null }));
    void load(null, gen, 'network-only');
  }, [load]);

  /** Changes one row in place (after a mutation), without refetching the list. */
  const update = useCallback((match: (row: TRow) => boolean, change: (row: TRow) => TRow) => {
    setState((s) => ({ ...s, rows: s.rows.map((r) => (match(r) ? change(r) : r)) }));
  }, []);

  return { ...state, more, reload, update };
}
