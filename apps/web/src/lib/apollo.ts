import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import possibleTypes from 'virtual:openita/possible-types';
import { dropRejectedToken, getToken } from './auth';

/** Same origin in production (apps/api serves this build); Vite proxies /graphql in development. */
export const GRAPHQL_URL = import.meta.env.VITE_GRAPHQL_URL ?? '/graphql';

export function createApolloClient(): ApolloClient {
  // The stored token, unless the operation brings its own (the sign-in page checks a token before keeping it).
  const auth = new SetContextLink((prev) => {
    const headers = prev.headers as Record<string, string> | undefined;
    if (headers?.authorization && !prev.storedToken) return { headers };
    const token = getToken();
    const rest = { ...headers };
    delete rest.authorization;
    return { headers: { ...rest, ...(token ? { authorization: `Bearer ${token}` } : {}) }, storedToken: !!token };
  });
  // A stored token the API no longer accepts (revoked, expired) is dropped and the request retried as a guest, so
  // public pages keep working; the layout tells the user.
  const rejected = new ErrorLink(({ error, operation, forward }) => {
    if (ServerError.is(error) && error.statusCode === 401 && operation.getContext().storedToken) {
      dropRejectedToken();
      return forward(operation);
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([rejected, auth, new HttpLink({ uri: GRAPHQL_URL })]),
    cache: new InMemoryCache({
      possibleTypes,
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
