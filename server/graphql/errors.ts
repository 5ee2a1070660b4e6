/**
 * Errors seen by operators and errors seen by callers. Every unexpected error is logged in full
 * with its request id; the caller gets "Internal server error (request id ...)" and nothing of
 * the cause, in every environment: a driver's message names the database's address, a stack
 * names the server's files. Errors the caller caused (400, 401, 403 and business failures) keep
 * their message and never carry a stack. YIDAN_DEBUG=1 adds the cause and the stack to internal
 * errors only, for a developer's own machine.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from './context';
import { internalMessage } from '../shared/internal-message';

const INTERNAL = ApolloServerErrorCode.INTERNAL_SERVER_ERROR;

function isInternal(error: GraphQLFormattedError): boolean {
  const code = error.extensions?.code;
  return code === undefined || code === INTERNAL;
}

/**
 * A failure before any resolver ran (looking up the bearer token, say) as the caller sees it; the
 * cause stays on the error for the log and for YIDAN_DEBUG.
 */
export function internalFailure(requestId: string, cause: unknown): GraphQLError {
  return new GraphQLError(internalMessage(requestId), {
    originalError: cause instanceof Error ? cause : new Error(String(cause)),
    extensions: { code: INTERNAL, requestId },
  });
}

/** The cause's own message and stack, only under YIDAN_DEBUG. */
function debugDetails(error: unknown): Record<string, unknown> {
  let cause = unwrapResolverError(error);
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  if (!(cause instanceof Error)) return { detail: String(cause) };
  return { detail: cause.message, stacktrace: (cause.stack ?? '').split('\n') };
}

/**
 * A literal date the Date/DateTime scalars refused is reported by GraphQL validation, which Apollo
 * labels GRAPHQL_VALIDATION_FAILED; it is bad input like the same value in a variable.
 */
function scalarInputCode(error: unknown): string | undefined {
  const original = (error as GraphQLError | undefined)?.originalError;
  return original instanceof GraphQLError && original.extensions?.code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : undefined;
}

/** Apollo's formatError: what leaves the server for each error. */
export function errorFormatter({ debug }: { debug: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    if (isInternal(formatted)) {
      const requestId = extensions.requestId;
      return {
        message: internalMessage(requestId),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: INTERNAL, ...(typeof requestId === 'string' ? { requestId } : {}), ...(debug ? debugDetails(error) : {}) },
      };
    }
    const code = scalarInputCode(error) ?? extensions.code;
    return { ...formatted, extensions: { ...extensions, code } };
  };
}

export function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            // Errors caused by the request itself (parse, validation, bad input) are the
            // caller's to fix; they are logged quietly.
            const unexpected = code === undefined || code === INTERNAL;
            contextValue.logger[unexpected ? 'error' : 'debug'](
              { err: error.originalError ?? error, code, operationName, path: error.path },
              unexpected ? 'GraphQL request failed unexpectedly' : 'GraphQL request rejected',
            );
          }
        },
        // formatError cannot see the request; the id that finds the log line is added here.
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((error) =>
            isInternal(error) && error.extensions?.requestId === undefined
              ? { ...error, message: internalMessage(contextValue.requestId), extensions: { ...error.extensions, requestId: contextValue.requestId } }
              : error,
          );
        },
      };
    },
  };
}
