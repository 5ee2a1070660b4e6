/**
 * GraphQL over real HTTP for e2e tests: a started server on port 0 with its own database, and a
 * client that sends documents the way any API client would (optionally with a bearer token).
 */
import { loadConfig } from '../../server/config';
import { type RunningServer, type StartOptions, startServer } from '../../server/start';
import { testStorageConfig } from './database';

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

/**
 * A server with test defaults (quiet logs, loopback, any port, demo seeding on) and this test
 * file's own database, which is dropped when the server is stopped with stopTestServer.
 */
export async function startTestServer(tag: string, env: NodeJS.ProcessEnv = {}, options: StartOptions = {}): Promise<RunningServer> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', ...env });
  return startServer({ ...config, storage: testStorageConfig(tag) }, options);
}

export async function stopTestServer(server: RunningServer | undefined): Promise<void> {
  if (!server) return;
  await server.storage.connection.dropDatabase();
  await server.stop();
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
