/**
 * The GraphQL IDE page (issue 19 item 11): it opens on a Yidan operation with the demo exporter's
 * token, keeps one example tab per role (each runs as that role without an error; the
 * subscription tab over the WebSocket, with a booked order's number in its variables), and in
 * production prefills no token.
 */
import { buildSchema, parse, validate } from 'graphql';
import { loadConfig } from '../../server/config';
import type { IdeDefaults } from '../../server/graphql/ide-examples';
import { readTypeDefs } from '../../server/graphql/schema';
import { type RunningServer, startServer } from '../../server/start';
import { testStorageConfig } from '../support/database';
import { LiveFeed, liveClient } from '../../server/tools/live-client';
import { graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';

async function idePage(server: RunningServer): Promise<{ html: string; defaults: IdeDefaults }> {
  const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const html = await response.text();
  const json = /<script id="ide-defaults" type="application\/json">([^<]*)<\/script>/.exec(html)?.[1];
  expect(json).toBeDefined();
  return { html, defaults: JSON.parse(json!) as IdeDefaults };
}

const tokenIn = (headers: string | undefined): string | undefined => (headers ? (JSON.parse(headers) as { Authorization: string }).Authorization.replace(/^Bearer /, '') : undefined);

describe('outside production, with the demo parties seeded', () => {
  let server: RunningServer;
  let defaults: IdeDefaults;
  beforeAll(async () => {
    server = await startTestServer(__filename, { NODE_ENV: 'development' });
    ({ defaults } = await idePage(server));
  });
  afterAll(async () => {
    await stopTestServer(server);
  });

  it('opens on a Yidan operation with the demo exporter token', () => {
    expect(defaults.defaultQuery).toMatch(/^# Yidan \(一单\)/);
    expect(defaults.defaultQuery).toContain('query WhoAmI');
    expect(JSON.parse(defaults.defaultHeaders)).toEqual({ Authorization: 'Bearer demo-exporter' });
  });

  it('keeps one tab per role, each with that role’s demo token', () => {
    const operations = defaults.defaultTabs.map((tab) => /^(?:query|subscription) (\w+)/m.exec(tab.query)?.[1]);
    expect(operations).toEqual(['WhoAmI', 'MyOrders', 'MyShipments', 'MyLegs', 'Declarations', 'Financings', 'Bills', 'LiveTracking', 'Classroom']);
    expect(defaults.defaultTabs.map((tab) => tokenIn(tab.headers))).toEqual([
      'demo-exporter',
      'demo-exporter',
      'demo-forwarder',
      'demo-carrier',
      'demo-customs',
      'demo-bank',
      'demo-auditor',
      'demo-exporter',
      'demo-trainer',
    ]);
  });

  it('every tab is valid against the schema and runs as its role without an error', async () => {
    const schema = buildSchema(readTypeDefs());
    for (const tab of defaults.defaultTabs) {
      expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
      if (/^subscription /m.test(tab.query)) continue;
      const response = await graphql(server, tab.query, { token: tokenIn(tab.headers) });
      expect({ query: tab.query.split('\n')[0], status: response.status, errors: response.body.errors }).toEqual({ query: tab.query.split('\n')[0], status: 200, errors: undefined });
    }
  });

  it('the subscription tab runs over the WebSocket at the same address, its placeholder replaced by a booked order', async () => {
    const tab = defaults.defaultTabs.find((t) => /^subscription /m.test(t.query))!;
    const variables = JSON.parse(tab.variables!) as { reference: string };
    expect(variables.reference).toBe('ORD-…');
    const today = new Date().toISOString().slice(0, 10);
    const booked = await (await OrderFixtures.open(server, today)).booked();
    const live = liveClient(server, tokenIn(tab.headers));
    try {
      const feed = new LiveFeed<{ kind: string }>(live, tab.query, { reference: booked.number });
      expect((await feed.received(1))[0].kind).toBe('CURRENT');
    } finally {
      await live.dispose();
    }
  });
});

describe('in production', () => {
  let server: RunningServer;
  afterAll(async () => {
    if (server) {
      await server.storage.connection.dropDatabase();
      await server.stop();
    }
  });

  it('prefills no token, even with the demo parties seeded on purpose', async () => {
    const config = loadConfig({ NODE_ENV: 'production', YIDAN_DEMO_SEED: '1', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' });
    server = await startServer({ ...config, storage: testStorageConfig(`${__filename}-production`) });
    const { html, defaults } = await idePage(server);
    expect(defaults.defaultQuery).toContain('query WhoAmI');
    expect(defaults.defaultHeaders).toBe('');
    expect(defaults.defaultTabs.every((tab) => !tab.headers)).toBe(true);
    expect(html).not.toMatch(/demo-[a-z]/);
  });
});
