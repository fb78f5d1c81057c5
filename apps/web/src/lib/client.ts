/** The app's one Apollo Client: the React tree uses it through ApolloProvider, route loaders directly. */
import { createApolloClient } from './apollo';

export const apolloClient = createApolloClient();
