/**
 * GraphQL over real HTTP for e2e tests: a started server on port 0 with its own database, and the
 * API client (server/tools/graphql-client) that sends documents the way any client would.
 */
import { loadConfig } from '../../server/config';
import { type RunningServer, type StartOptions, startServer } from '../../server/start';
import { testStorageConfig } from './database';

export * from '../../server/tools/graphql-client';

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
