import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { DocumentNode, GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';

import { readOwnWritesInMutations } from './context.js';
import type { Context } from './context.types.js';
import { QueryPlanner, plannerPlugin, stringifyResult } from './modules/planner/index.js';
import { type ProfileStore, profileCachePlugin } from './modules/profile-cache/index.js';
import { accessLogPlugin } from './modules/subjects/index.js';
import { type BoundedCache, boundedCache } from './shared/bounded-cache.js';
import { appErrorOf } from './shared/errors.js';
import { type Language, say } from './shared/messages.js';
import type { Logger } from './shared/logger.js';
import { loggableError } from './db/errors.js';

/** Codes that describe the request itself; they reach the client as Apollo or we wrote them. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/**
 * Masks every unexpected error as INTERNAL_SERVER_ERROR with a generic message (no SQL, no
 * stack), logging the original. Expected errors (AppError and GraphQL's own request errors)
 * pass through, an AppError with its message in the language the request asked for (set by
 * `languagePlugin` or, for a refused key, by the HTTP layer). An invalid scalar literal (a bad
 * CreditCode written inline) is reported by graphql-js during validation; its own code,
 * BAD_USER_INPUT, is kept. GraphQL's own parse and validation errors keep their detail after a
 * Chinese sentence (English only when asked).
 */
function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const app = appErrorOf(original);
    if (app !== undefined) {
      // A variable's value refused by a scalar: graphql-js names the variable.
      const variable =
        app === original ? undefined : /^Variable "(\$\w+)"/.exec(formatted.message)?.[1];
      return {
        ...formatted,
        message:
          variable === undefined
            ? app.localizedMessage
            : say('INVALID_VARIABLE', { variable, detail: app.text })[app.language],
        extensions: { ...app.extensions, http: undefined },
      };
    }
    const code = formatted.extensions?.['code'];
    const language = languageOf(error);
    if (!isUnexpected(original, code)) {
      return {
        ...formatted,
        message: requestErrorMessage(String(code), formatted.message, language),
      };
    }
    // Logged already with the request's id (errorLogPlugin) when the request got that far.
    if (!(typeof error === 'object' && error !== null && loggedErrors.has(error))) {
      // Never the statement's text: a failed query's message holds its SQL and parameters.
      logger.error('unexpected error', loggableError(original));
    }
    return {
      message: say('INTERNAL_SERVER_ERROR')[language],
      ...(formatted.path === undefined ? {} : { path: formatted.path }),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Whether an error is none of the expected ones: not an AppError, not a request error. */
function isUnexpected(original: unknown, code: unknown): boolean {
  return (
    appErrorOf(original) === undefined &&
    !(original instanceof GraphQLError && typeof code === 'string' && CLIENT_ERROR_CODES.has(code))
  );
}

/** Errors errorLogPlugin has logged, so that formatError does not log them again. */
const loggedErrors = new WeakSet<object>();

/** Logs a request's unexpected errors with the request's logger (its lines carry the request id). */
function errorLogPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (isUnexpected(original, error.extensions['code'])) {
              (contextValue.logger ?? logger).error('unexpected error', loggableError(original));
              loggedErrors.add(error);
            }
          }
        },
      };
    },
  };
}

/** The language `languagePlugin` noted on an error of a request, Chinese otherwise. */
const errorLanguages = new WeakMap<object, Language>();

function languageOf(error: unknown): Language {
  return (typeof error === 'object' && error !== null && errorLanguages.get(error)) || 'zh';
}

/** GraphQL's own request errors: a Chinese sentence before graphql-js's English detail. */
function requestErrorMessage(code: string, detail: string, language: Language): string {
  switch (code) {
    case 'GRAPHQL_PARSE_FAILED':
      return say('GRAPHQL_PARSE_FAILED', { detail })[language];
    case 'GRAPHQL_VALIDATION_FAILED':
      return say('GRAPHQL_VALIDATION_FAILED', { detail })[language];
    case 'BAD_REQUEST':
      return say('BAD_REQUEST', { detail })[language];
    case 'BAD_USER_INPUT':
      return say('BAD_USER_INPUT', { detail })[language];
    default:
      return detail;
  }
}

/**
 * Notes the request's language (the context's, read from `Accept-Language` once) on each of its
 * errors before Apollo formats them: Apollo calls `didEncounterErrors` first.
 */
function languagePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const language = contextValue.language;
          for (const error of errors) {
            errorLanguages.set(error, language);
            const app = appErrorOf(unwrapResolverError(error));
            if (app !== undefined) {
              app.language = language;
            }
          }
        },
      };
    },
  };
}

export interface ServerOptions {
  schema: GraphQLSchema;
  logger: Logger;
  production: boolean;
  plugins?: ApolloServerPlugin<Context>[];
  /** Where public profiles are cached; without one every query is computed. */
  profileStore?: ProfileStore;
  /**
   * Plans queries into one statement each (modules/planner); null leaves every query to the
   * resolvers. By default a planner of the server's own.
   */
  planner?: QueryPlanner | null;
  /** Apollo's cache of parsed and validated documents; by default one of 16 MB. */
  documentStore?: BoundedCache<DocumentNode>;
}

/** Documents kept parsed at most, whatever their size. */
const DOCUMENTS_KEPT = 1000;

/**
 * What a parsed document keeps alive, estimated high: its AST (about three times its JSON) and
 * the source it was parsed from, which every node's `loc` holds. Apollo's default store counts
 * only the JSON, in which `loc` is two numbers: a document padded with 100 KB of whitespace or
 * comments was counted as its few hundred bytes of AST while it kept the 100 KB alive, so
 * 30 MB of "documents" held gigabytes.
 */
function documentBytes(document: DocumentNode, key: string): number {
  return (
    3 * JSON.stringify(document).length + 2 * (document.loc?.source.body.length ?? 0) + key.length
  );
}

/**
 * The cache of parsed and validated documents (Apollo's `documentStore`), bounded by entries
 * and by the bytes each document keeps alive.
 */
export function createDocumentStore(maxBytes: number): BoundedCache<DocumentNode> {
  return boundedCache<DocumentNode>({
    maxEntries: DOCUMENTS_KEPT,
    maxBytes,
    bytesOf: documentBytes,
  });
}

/**
 * Documents registered by automatic persisted queries (their hash → their text), bounded like
 * the parsed ones: the text is the entry.
 */
function persistedQueryCache(): BoundedCache<string> {
  return boundedCache<string>({
    maxEntries: DOCUMENTS_KEPT,
    maxBytes: 8 * 1024 * 1024,
    bytesOf: (text, key) => 2 * (text.length + key.length),
  });
}

/**
 * Limits on the shape of a request (OWASP GraphQL cheat sheet), checked before execution by
 * graphql-armor: depth, aliases, directives, tokens and a static cost (objects 2, scalars 1,
 * times 1.5 per level). A full profile with both record lists, their disclosure and publicity
 * costs about 15,000.
 */
const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 4000,
  maxCost: 30_000,
} as const;

function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Tokens are limited by graphql-js's own parser option (parseOptions below): its error is a
    // GRAPHQL_PARSE_FAILED with HTTP 400, where armor's parse-time plugin would give a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** The Apollo server; no HTTP listener, so tests run operations through `executeOperation`. */
export function createApolloServer(options: ServerOptions): ApolloServer<Context> {
  const protection = armor(options.production);
  const planner =
    options.planner === undefined ? new QueryPlanner({ logger: options.logger }) : options.planner;
  return new ApolloServer<Context>({
    ...protection,
    validationRules: [...protection.validationRules],
    // graphql-js counts tokens as its lexer yields them: whitespace, commas and comments are
    // skipped, so the limit is of the document's content however it is padded.
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    documentStore: options.documentStore ?? createDocumentStore(16 * 1024 * 1024),
    persistedQueries: { cache: persistedQueryCache() },
    schema: options.schema,
    formatError: createFormatError(options.logger),
    // Planned answers are written with their statement's JSON text in place.
    stringifyResult,
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    csrfPrevention: true,
    // main.ts stops the server on SIGINT/SIGTERM itself (drain, then the database); Apollo's own
    // handlers would race it and re-raise the signal into a handler that is already stopping.
    stopOnTerminationSignals: false,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<Context>[]),
      // No HTTP cache hints are set, and the plugin would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      {
        async requestDidStart() {
          return {
            async didResolveOperation({ operation, contextValue }) {
              readOwnWritesInMutations(contextValue, operation?.operation ?? 'query');
            },
          };
        },
      },
      ...(options.profileStore === undefined ? [] : [profileCachePlugin(options.profileStore)]),
      ...(planner === null ? [] : [plannerPlugin(planner)]),
      accessLogPlugin(),
      languagePlugin(),
      errorLogPlugin(options.logger),
      ...(options.plugins ?? []),
    ],
  });
}
