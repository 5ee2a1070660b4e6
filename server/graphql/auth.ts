/**
 * Authentication: who a request is, decided once per request from its Authorization header, and
 * the one rule for anonymous requests. Authorisation (which party may do what) stays in the
 * area services, which answer a FORBIDDEN UserError (see payload.ts).
 */
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Caller } from '../parties/caller';
import type { GraphQLContext } from './context';

export const UNAUTHENTICATED = 'UNAUTHENTICATED';

/** Root fields an anonymous request may select; every other field needs a bearer token. */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set(['health', '__typename', '__schema', '__type']);

/** RFC 6750 b64token, after the scheme and one or more spaces. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;

/** HTTP 401 with the challenge RFC 6750 asks for; Apollo takes status and headers from here. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: UNAUTHENTICATED,
      http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer realm="yidan"']]) },
    },
  });
}

/**
 * The bearer token in an Authorization header: undefined when there is no header (anonymous);
 * throws UNAUTHENTICATED when a header is there but is not `Bearer <token>`.
 */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = BEARER.exec(header.trim());
  if (!match) throw unauthenticated("the Authorization header must be 'Bearer <token>'");
  return match[1];
}

/**
 * The caller for a request: null when anonymous; throws UNAUTHENTICATED for a malformed header
 * or a token that is unknown or revoked (a bad token is never treated as anonymous).
 */
export async function authenticate(
  header: string | undefined,
  tokens: { authenticate(token: string): Promise<Caller | null> },
): Promise<Caller | null> {
  const token = bearerToken(header);
  if (token === undefined) return null;
  const caller = await tokens.authenticate(token);
  if (!caller) throw unauthenticated('the bearer token is unknown or has been revoked');
  return caller;
}

/** The authenticated caller, for resolvers: throws UNAUTHENTICATED for an anonymous request. */
export function requireCaller(context: Pick<GraphQLContext, 'caller'>): Caller {
  if (!context.caller) throw unauthenticated('this field needs an Authorization: Bearer <token> header');
  return context.caller;
}

/** Names of the root fields an operation selects, through inline fragments and fragment spreads. */
export function rootFieldNames(
  selectionSet: SelectionSetNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  seen: Set<string> = new Set(),
): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments[name];
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFieldNames(fragment.selectionSet, fragments, seen);
  });
}

/**
 * Default deny: an anonymous operation that selects anything beyond PUBLIC_ROOT_FIELDS is
 * refused whole, before any resolver runs, so a new field is protected without doing anything.
 * Fields skipped by @skip/@include still count: the rule does not depend on variables.
 */
export function anonymousAccessPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document }) {
          if (contextValue.caller || !operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const refused = rootFieldNames(operation.selectionSet, fragments).filter((name) => !PUBLIC_ROOT_FIELDS.has(name));
          if (refused.length > 0) {
            throw unauthenticated(`${[...new Set(refused)].join(', ')}: needs an Authorization: Bearer <token> header`);
          }
        },
      };
    },
  };
}
