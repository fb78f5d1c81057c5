import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import { getToken } from './auth';

/** Same origin in production (apps/api serves this build); Vite proxies /graphql in development. */
export const GRAPHQL_URL = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

export function createApolloClient(): ApolloClient {
  // The stored token, unless the operation brings its own (the sign-in page checks a token before keeping it).
  const auth = new SetContextLink(({ headers }) => {
    if (headers?.authorization) return { headers };
    const token = getToken();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: GRAPHQL_URL })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // Pages of one list (same filters) are merged; fetchMore appends the next page.
            agencies: relayStylePagination(['framework', 'search', 'types', 'provinces', 'levels', 'basis', 'sort']),
            evidence: relayStylePagination(['filter', 'order']),
          },
        },
      },
    }),
  });
}
