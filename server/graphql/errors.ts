/**
 * Errors seen by operators and errors seen by callers. Every unexpected error is logged with its
 * request id; in production its message is replaced, because internal messages can leak
 * implementation details (collection names, connection strings).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLContext } from './context';

const INTERNAL = ApolloServerErrorCode.INTERNAL_SERVER_ERROR;

function isInternal(error: GraphQLFormattedError): boolean {
  const code = error.extensions?.code;
  return code === undefined || code === INTERNAL;
}

export function maskInternalErrors(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!isInternal(formatted)) return formatted;
  return { ...formatted, message: 'Internal server error', extensions: { code: INTERNAL } };
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
      };
    },
  };
}
