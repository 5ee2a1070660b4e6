/**
 * Apollo Server with the settings this project relies on: no CDN landing page
 * (the IDE is served locally, see ide.ts), introspection and field suggestions off in
 * production, no cache-control plugin (app.ts says no-store), depth/alias/cost limits on every
 * request, anonymous access only to public fields, and our own signal handling (main.ts) and
 * HTTP drain (http/drain.ts) instead of Apollo's.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import { anonymousAccessPlugin } from './auth';
import type { GraphQLContext } from './context';
import { dateLiteralFieldsRule } from './date-scalars';
import { errorFormatter, errorLoggingPlugin } from './errors';
import { inputTextPlugin } from './input-text';
import { limitRules } from './limits';

export interface ApolloOptions {
  schema: GraphQLSchema;
  config: Pick<Config, 'nodeEnv' | 'limits' | 'debug'>;
}

export function createApolloServer({ schema, config }: ApolloOptions): ApolloServer<GraphQLContext> {
  const production = config.nodeEnv === 'production';
  return new ApolloServer<GraphQLContext>({
    schema,
    introspection: !production,
    // "Did you mean ...?" would let anyone map the schema that introspection hides.
    hideSchemaDetailsFromClientErrors: production,
    validationRules: [...limitRules(config.limits), dateLiteralFieldsRule],
    // Stacks only ever go out on internal errors under YIDAN_DEBUG (errors.ts adds them).
    includeStacktraceInErrorResponses: false,
    formatError: errorFormatter({ debug: config.debug }),
    // main.ts owns SIGINT/SIGTERM so that shutdown also deregisters and closes storage.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No type or field carries a cache hint, so every answer was "no-store" anyway (app.ts
      // sends that header); the plugin still wrapped every field's resolver to compute it.
      ApolloServerPluginCacheControlDisabled(),
      errorLoggingPlugin(),
      anonymousAccessPlugin(),
      inputTextPlugin(),
    ],
  });
}
