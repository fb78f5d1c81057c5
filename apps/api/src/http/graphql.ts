/** The GraphQL endpoint: graphql-yoga over the @openita/schema schema, with graphql-armor and masked errors. */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { type Checker, type Context, createLoaders, type Db, type FileUrls, schema, type ScoreCache, type Viewer } from '@openita/schema';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '../logger.js';

export interface RequestInfo {
  viewer: Viewer;
  /** Base for absolute file URLs ("http://localhost:4000"). */
  baseUrl: string;
}

/** What the HTTP layer learned about a request (its token) before yoga sees it. */
export const requestInfo = new WeakMap<IncomingMessage, RequestInfo>();

export interface ServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

/** Query limits. The web UI's largest query (the agency scorecard) stays well inside them. */
export const ARMOR = {
  maxDepth: { n: 15 },
  maxAliases: { n: 20 },
  maxDirectives: { n: 50 },
  maxTokens: { n: 4000 },
  costLimit: { maxCost: 50_000 },
  blockFieldSuggestion: { enabled: true },
} as const;

export interface GraphqlOptions {
  db: Db;
  scores: ScoreCache;
  publicRead: boolean;
  files: { path(id: string, kind: 'capture' | 'screenshot'): string };
  logger: Logger;
  checker?: Checker;
  onTokenRevoked?: (tokenId: string) => void;
}

export function createGraphql(o: GraphqlOptions): YogaServerInstance<ServerContext, Context> {
  return createYoga<ServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'OpenITA GraphQL', defaultQuery: '{\n  viewer { role canReview }\n  agencies(first: 10, sort: SCORE_DESC) {\n    totalCount\n    edges { node { slug name { th en } assessment { official { totalDisplay level } score { totalDisplay level } } } }\n  }\n}\n' },
    landingPage: false,
    cors: false,
    batching: false,
    multipart: true,
    maskedErrors: {
      isDev: false,
      // Errors meant for clients (GraphQLError: bad input, forbidden) pass; anything else is logged and masked.
      maskError: (error, message, isDev) => {
        const masked = maskError(error, message, isDev);
        if (masked !== error) {
          o.logger.error({ err: (error as { originalError?: unknown }).originalError ?? error }, 'unexpected error in a resolver');
          return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
        }
        return masked;
      },
    },
    logging: {
      debug: (...a: unknown[]) => o.logger.debug({ yoga: a }),
      info: (...a: unknown[]) => o.logger.info({ yoga: a }),
      warn: (...a: unknown[]) => o.logger.warn({ yoga: a }),
      error: (...a: unknown[]) => o.logger.error({ yoga: a }),
    },
    plugins: [
      EnvelopArmorPlugin(ARMOR),
    ],
    context: ({ req }): Context => {
      const { viewer, baseUrl } = requestInfo.get(req) ?? { viewer: { kind: 'anonymous' } as Viewer, baseUrl: '' };
      const files: FileUrls = {
        capture: (id) => `${baseUrl}${o.files.path(id, 'capture')}`,
        screenshot: (id) => `${baseUrl}${o.files.path(id, 'screenshot')}`,
      };
      return {
        db: o.db,
        viewer,
        publicRead: o.publicRead,
        scores: o.scores,
        files,
        loaders: createLoaders(o.db),
        ...(o.checker ? { checker: o.checker } : {}),
        ...(o.onTokenRevoked ? { onTokenRevoked: o.onTokenRevoked } : {}),
      };
    },
  });
}
