import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import { getToken } from './auth';

/** Same origin in production (apps/api serves this build); Vite proxies /graphql in development. */
export const GRAPHQL_URL = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink(({ headers }) => {
    const token = getToken();
    return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: GRAPHQL_URL })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            agencies: relayStylePagination(['filter', 'search', 'type', 'province', 'level', 'framework', 'orderBy']),
            evidence: relayStylePagination(['filter', 'status', 'item', 'agency', 'auditor', 'orderBy']),
          },
        },
      },
    }),
  });
}
