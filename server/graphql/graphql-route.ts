/**
 * The GraphQL endpoint over HTTP: Apollo's express integration, with a shortcut in front for
 * repeated `track` reads (track-responses.ts). A request that may be answered from a kept
 * response is authenticated as any other (a revoked token is refused, a changed party gets its
 * new access class), then sent the kept answer, or executed by Apollo and its answer kept.
 * Everything else goes to Apollo unchanged.
 */
import { parse as parseUrl } from 'node:url';
import { type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse, HeaderMap } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type express from 'express';
import type { Caller } from '../parties/caller';
import type { GraphQLContext, Services, TrackAnswerNote } from './context';
import type { TrackDocuments } from './track-documents';
import { type KeptResponse, type TrackResponses, responseKey } from './track-responses';

/** Who a request is and which world's services it uses (app.ts decides). */
export interface RoutedRequest {
  services: Services;
  seat: GraphQLContext['seat'];
  caller: Caller | null;
}

export interface GraphQLRouteOptions {
  apollo: ApolloServer<GraphQLContext>;
  /** authenticates (throws UNAUTHENTICATED for a bad token) and picks the world */
  route(req: express.Request): Promise<RoutedRequest>;
  context(req: express.Request, routed: RoutedRequest, note?: TrackAnswerNote): GraphQLContext;
  /** the real-time world's services: exercises track from their database and keep nothing */
  services: Services;
  documents: TrackDocuments;
  responses: TrackResponses;
}

interface TrackRequest {
  query: string;
  operationName: string | null;
  variables: string;
}

/** The body of a POSTed JSON request with a document and nothing Apollo would treat specially. */
function plainQuery(req: express.Request): TrackRequest | null {
  if (req.method !== 'POST') return null;
  const body = req.body as unknown;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, ...rest } = body as Record<string, unknown>;
  // extensions (persisted queries) and anything else: Apollo decides
  if (Object.keys(rest).length > 0 || typeof query !== 'string') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  return { query, operationName: operationName ?? null, variables: JSON.stringify(variables ?? null) };
}

/** Apollo's request, as the express integration builds it. */
function httpRequestOf(req: express.Request): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return { method: req.method.toUpperCase(), headers, search: parseUrl(req.url).search ?? '', body: req.body };
}

function send(res: express.Response, response: KeptResponse): void {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status;
  res.send(response.body);
}

/** As the express integration sends an answer (a streamed one cannot come for a query without @defer, but is sent whole). */
async function sendExecuted(res: express.Response, response: HTTPGraphQLResponse): Promise<void> {
  if (response.body.kind === 'complete') return send(res, { status: response.status ?? 200, headers: [...response.headers], body: response.body.string });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Whether an executed answer may be kept: complete, 200, no errors, every `track` from memory. */
function keepable(response: HTTPGraphQLResponse, note: TrackAnswerNote): KeptResponse | null {
  if (!note.fromMemory || response.body.kind !== 'complete' || (response.status ?? 200) !== 200) return null;
  const body = response.body.string;
  if ((JSON.parse(body) as { errors?: unknown }).errors !== undefined) return null;
  return { status: 200, headers: [...response.headers], body };
}

export function graphqlRoute(options: GraphQLRouteOptions): express.RequestHandler {
  // A request the shortcut authenticated (or failed to) but then passed on is not authenticated
  // twice: Apollo's context gets the same caller, or the same error.
  const routedAlready = new WeakMap<express.Request, Promise<RoutedRequest>>();
  const apolloMiddleware = expressMiddleware(options.apollo, {
    context: async ({ req }) => options.context(req, await (routedAlready.get(req) ?? options.route(req))),
  });

  const answerTrack = async (req: express.Request, res: express.Response, request: TrackRequest): Promise<boolean> => {
    const routing = options.route(req);
    routedAlready.set(req, routing);
    let routed: RoutedRequest;
    try {
      routed = await routing;
    } catch {
      return false; // Apollo answers the authentication error
    }
    const caller = routed.caller;
    if (!caller || routed.seat !== null || routed.services !== options.services) return false;
    const tracking = options.services.tracking;
    const scope = tracking.answerScope(caller);
    if (!scope) return false;
    const key = responseKey({
      scope: scope.scope,
      accept: req.headers.accept ?? '',
      contentType: req.headers['content-type'] ?? '',
      operationName: request.operationName ?? '',
      variables: request.variables,
      query: request.query,
    });
    const kept = options.responses.get(key, scope.ticket);
    if (kept) {
      send(res, kept);
      return true;
    }
    const note: TrackAnswerNote = { fromMemory: true };
    const response = await options.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: httpRequestOf(req), context: async () => options.context(req, routed, note) });
    const keep = keepable(response, note);
    if (keep && tracking.stillCurrent(caller, scope)) options.responses.remember(key, scope.ticket, keep);
    await sendExecuted(res, response);
    return true;
  };

  return (req, res, next) => {
    const request = options.responses.enabled ? plainQuery(req) : null;
    if (!request || !options.documents.cacheable(request.query, request.operationName)) return apolloMiddleware(req, res, next);
    answerTrack(req, res, request).then(
      (answered) => (answered ? undefined : apolloMiddleware(req, res, next)),
      (error: unknown) => next(error),
    );
  };
}
