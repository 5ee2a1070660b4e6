/**
 * The real server over real HTTP: started on port 0 against the test run's database server,
 * driven with fetch exactly as a client would.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../../server/config';
import { startServer, type RunningServer } from '../../server/start';
import type { StorageConfig } from '../../server/storage/types';
import { testStorageConfig } from '../support/database';

const packageVersion = (JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
  .version;

function serverConfig(storage: StorageConfig): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' }), storage };
}

interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function graphql<T>(server: RunningServer, query: string, headers: Record<string, string> = {}): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<T>['body'] };
}

interface HealthData {
  health: {
    version: string;
    storage: string;
    database: string;
    instances: Array<{ id: string; hostname: string; pid: number; startedAt: string; lastSeenAt: string }>;
  };
}

const HEALTH_QUERY = '{ health { version storage database instances { id hostname pid startedAt lastSeenAt } } }';

describe('server over HTTP', () => {
  const storage = testStorageConfig(__filename);
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer(serverConfig(storage));
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('reports version, storage, database and itself in health', async () => {
    const { status, body } = await graphql<HealthData>(server, HEALTH_QUERY);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const health = body.data!.health;
    expect(health).toMatchObject({ version: packageVersion, storage: 'URI', database: storage.dbName });
    expect(health.instances).toHaveLength(1);
    const [self] = health.instances;
    expect(self.pid).toBe(process.pid);
    expect(new Date(self.startedAt).toISOString()).toBe(self.startedAt);
    expect(Date.parse(self.lastSeenAt)).toBeGreaterThanOrEqual(Date.parse(self.startedAt));
  });

  it('echoes an incoming x-request-id and generates one otherwise', async () => {
    const echoed = await graphql(server, '{ health { version } }', { 'x-request-id': 'trace-42' });
    expect(echoed.headers.get('x-request-id')).toBe('trace-42');

    const generated = await graphql(server, '{ health { version } }');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('tells every cache not to keep an answer (it is the caller\'s own), without an ETag', async () => {
    const answer = await graphql(server, '{ health { version } }');
    const refused = await graphql(server, '{ health { noSuchField } }');
    expect([answer.status, refused.status]).toEqual([200, 400]);
    for (const r of [answer, refused]) {
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(r.headers.get('etag')).toBeNull();
    }
  });

  it('replaces an unusable x-request-id instead of echoing it', async () => {
    const response = await graphql(server, '{ health { version } }', { 'x-request-id': 'x'.repeat(500) });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers the liveness and readiness probes', async () => {
    const live = await fetch(`${server.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });

    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves introspection outside production', async () => {
    const { status, body } = await graphql<{ __schema: { queryType: { name: string }; types: Array<{ name: string }> } }>(
      server,
      '{ __schema { queryType { name } types { name } } }',
    );
    expect(status).toBe(200);
    expect(body.data!.__schema.queryType.name).toBe('Query');
    expect(body.data!.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Health', 'StorageKind', 'ServerInstance']));
  });

  it('rejects a malformed query with a GraphQL parse error and status 400', async () => {
    const { status, body } = await graphql(server, '{ health { version ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a body that is not JSON with a GraphQL-shaped 400', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as GraphQLResponse<unknown>['body'];
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers an unknown route with a JSON 404', async () => {
    const response = await fetch(`${server.url}/no-such-route`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: 'no route for GET /no-such-route', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('passes a non-browser GET /graphql to the GraphQL endpoint', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ health { version } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { health: { version: packageVersion } } });
  });

  describe('in-browser IDE', () => {
    let pageUrl: string;
    let page: string;

    beforeAll(async () => {
      pageUrl = `${server.url}/graphql`;
      const response = await fetch(pageUrl, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      page = await response.text();
    });

    function assetUrls(): string[] {
      return [...page.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    }

    it('contains no absolute URLs, so it works without internet access', () => {
      expect(page).not.toMatch(/https?:\/\//);
      expect(page).not.toMatch(/(?:src|href)="\/\//);
      const urls = assetUrls();
      expect(urls.length).toBeGreaterThanOrEqual(4);
      for (const url of urls) expect(url).not.toMatch(/^[a-z][a-z0-9+.-]*:\/\//i);
    });

    it('loads React, ReactDOM and GraphiQL from this server', async () => {
      const urls = assetUrls().filter((url) => !url.startsWith('data:'));
      expect(urls.filter((url) => url.endsWith('.js'))).toHaveLength(3);
      expect(urls.filter((url) => url.endsWith('.css'))).toHaveLength(1);
      for (const url of urls) {
        const resolved = new URL(url, pageUrl);
        expect(resolved.origin).toBe(new URL(server.url).origin);
        const asset = await fetch(resolved);
        expect({ url, status: asset.status }).toEqual({ url, status: 200 });
        const expectedType = url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/;
        expect(asset.headers.get('content-type')).toMatch(expectedType);
        expect((await asset.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      }
    });

    it('redirects /graphql/ to /graphql, where the relative asset URLs resolve', async () => {
      const response = await fetch(`${server.url}/graphql/`, { headers: { accept: 'text/html' }, redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(new URL(response.headers.get('location')!, `${server.url}/graphql/`).href).toBe(pageUrl);
    });

    it('does not serve other files from node_modules', async () => {
      const response = await fetch(`${server.url}/ide/assets/..%2Fpackage.json`);
      expect(response.status).toBe(404);
    });
  });
});

describe('servers sharing one database', () => {
  const storage = testStorageConfig(__filename);
  const servers: RunningServer[] = [];

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  async function instanceIds(server: RunningServer): Promise<string[]> {
    const { body } = await graphql<HealthData>(server, '{ health { instances { id } } }');
    expect(body.errors).toBeUndefined();
    return body.data!.health.instances.map((instance) => instance.id);
  }

  it('see each other, and a gracefully stopped one disappears', async () => {
    const first = await startServer(serverConfig(storage), { identity: { id: 'first', hostname: 'host-a', pid: 101 } });
    servers.push(first);
    const second = await startServer(serverConfig(storage), { identity: { id: 'second', hostname: 'host-b', pid: 202 } });
    servers.push(second);

    // Oldest first, whichever server is asked.
    expect(await instanceIds(first)).toEqual(['first', 'second']);
    expect(await instanceIds(second)).toEqual(['first', 'second']);

    await second.stop();
    expect(await instanceIds(first)).toEqual(['first']);
  });
});

describe('server in production mode', () => {
  let server: RunningServer;

  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' });
    server = await startServer({ ...config, storage: testStorageConfig(__filename) });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('refuses introspection but answers queries', async () => {
    const introspection = await graphql(server, '{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const health = await graphql<HealthData>(server, '{ health { version } }');
    expect(health.body).toEqual({ data: { health: { version: packageVersion } } });
  });
});
