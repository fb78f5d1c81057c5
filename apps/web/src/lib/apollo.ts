import possibleTypes from 'virtual:openita/possible-types';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
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
    // Long lists page outside the cache (lib/pages.ts); the cache holds first pages and single objects.
    cache: new InMemoryCache({ possibleTypes }),
  });
}
