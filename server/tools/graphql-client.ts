/**
 * GraphQL over real HTTP, as any API client sends it (optionally with a bearer token): used by the
 * e2e tests and by the bench, which drive a running server through its public API.
 */
import type { RunningServer } from '../start';

export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: GraphQLErrorBody[] };
}

/** Where a GraphQL client sends its requests: a server started in-process or a process's origin. */
export type ServerAddress = Pick<RunningServer, 'url'>;

export interface RequestOptions {
  variables?: Record<string, unknown>;
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
}

export async function graphql<T = Record<string, unknown>>(
  server: ServerAddress,
  query: string,
  { variables, token, headers = {} }: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      ...headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

/** The data of a response that must have succeeded; otherwise fails with the errors it got. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.body.errors?.length || response.body.data == null) {
    throw new Error(`expected data, got HTTP ${response.status}: ${JSON.stringify(response.body.errors ?? response.body)}`);
  }
  return response.body.data;
}

/** extensions.code of each error, in order. */
export function errorCodes(response: GraphQLResponse<unknown>): Array<string | undefined> {
  return (response.body.errors ?? []).map((error) => error.extensions?.code);
}
