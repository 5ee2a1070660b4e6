/**
 * What an error tells the caller (issue 19 item 10): no stack and no file path in a 400/401/403,
 * a generic message with the request id for an internal failure (the database's address stays in
 * the log), stacks only under YIDAN_DEBUG=1, and nothing about another party's documents.
 * Servers here run with NODE_ENV=development, where Apollo used to add stacks to every error.
 */
import { loadConfig } from '../../server/config';
import { type RunningServer, startServer } from '../../server/start';
import { type EmbeddedMongo, startEmbeddedMongo } from '../../server/storage/embedded';
import { testDbName } from '../support/database';
import { dataOf, errorCodes, graphql, type GraphQLResponse, startTestServer, stopTestServer } from '../support/graphql-client';
import { BOOK_ROUTE, CREATE_ORDER, OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let fx: OrderFixtures;

beforeAll(async () => {
  server = await startTestServer(__filename, { NODE_ENV: 'development' }, { clock });
  fx = await OrderFixtures.open(server, '2026-03-03');
});
afterAll(async () => {
  await stopTestServer(server);
});

/** What a stack or a server path would look like in a response body. */
function leaks(response: GraphQLResponse<unknown>): string[] {
  const text = JSON.stringify(response.body);
  return [/stacktrace/i, /\/work\//, /node_modules/, /\.ts:\d+/, /\bat [\w.<>]+ \(/].filter((pattern) => pattern.test(text)).map(String);
}

describe('errors the caller caused carry no stack', () => {
  it('401 for an unknown token', async () => {
    const response = await graphql(server, '{ me { party { code } } }', { token: 'demo-nobody' });
    expect(response.status).toBe(401);
    expect(leaks(response)).toEqual([]);
  });

  it('401 for an anonymous request', async () => {
    const response = await graphql(server, '{ me { party { code } } }');
    expect(response.status).toBe(401);
    expect(leaks(response)).toEqual([]);
  });

  it('400 for a document that does not validate', async () => {
    const response = await graphql(server, '{ me { nope } }', { token: 'demo-exporter' });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(leaks(response)).toEqual([]);
  });

  it('FORBIDDEN', async () => {
    const response = await graphql(server, 'mutation { registerParty(input: { code: "NOPE", name: "n", roles: [BANK], country: "CN" }) { party { id } } }', {
      token: 'demo-exporter',
    });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(leaks(response)).toEqual([]);
  });
});

describe('an internal failure (the database is gone)', () => {
  let engine: EmbeddedMongo;
  const servers: RunningServer[] = [];

  async function serverOnDeadDatabase(env: Record<string, string>): Promise<RunningServer> {
    const config = loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0', ...env });
    const started = await startServer({ ...config, storage: { forced: 'uri', mongodbUri: engine.uri, dbName: testDbName(__filename), allowDownload: false, embeddedPort: 0 } });
    servers.push(started);
    return started;
  }

  let plain: RunningServer;
  let debug: RunningServer;
  beforeAll(async () => {
    engine = await startEmbeddedMongo();
    plain = await serverOnDeadDatabase({});
    debug = await serverOnDeadDatabase({ YIDAN_DEBUG: '1' });
    await engine.stop();
  });
  afterAll(async () => {
    // stop() cannot deregister from a database that is gone; the connection is closed regardless.
    await Promise.all(servers.map((s) => s.stop().catch(() => s.storage.close())));
  });

  const ask = (target: RunningServer, requestId: string) =>
    graphql(target, '{ me { party { code } } }', { token: 'demo-exporter', headers: { 'x-request-id': requestId } });

  it('answers a generic message with the request id, no cause, no address, no stack; YIDAN_DEBUG=1 adds cause and stack', async () => {
    const [masked, detailed] = await Promise.all([ask(plain, 'req-masked-1'), ask(debug, 'req-debug-1')]);

    expect(masked.status).toBe(500);
    expect(masked.body.errors).toEqual([{ message: 'Internal server error (request id req-masked-1)', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-masked-1' } }]);
    expect(JSON.stringify(masked.body)).not.toContain(String(engine.port));
    expect(leaks(masked)).toEqual([]);

    expect(detailed.status).toBe(500);
    const [error] = detailed.body.errors ?? [];
    expect(error.message).toBe('Internal server error (request id req-debug-1)');
    expect(error.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-debug-1', detail: expect.any(String) });
    expect((error.extensions?.stacktrace as string[]).length).toBeGreaterThan(1);
    // The cause names the database's address: exactly what the masked answer leaves out.
    expect(error.extensions?.detail).toContain(`127.0.0.1:${engine.port}`);
  });

  it('masks a failure inside a resolver the same way, with the request id', async () => {
    const response = await graphql(plain, '{ health { instances { id } } }', { headers: { 'x-request-id': 'req-resolver-1' } });
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: 'Internal server error (request id req-resolver-1)',
        path: ['health', 'instances'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-resolver-1' },
      }),
    ]);
    expect(leaks(response)).toEqual([]);
  });

  it('keeps stacks out of a 401 even under YIDAN_DEBUG=1', async () => {
    const response = await graphql(debug, '{ me { party { code } } }');
    expect(response.status).toBe(401);
    expect(leaks(response)).toEqual([]);
  });
});

describe('another party’s documents', () => {
  const book = async (token: string, orderId: string, container: string) => {
    const { orderRouteOptions } = await fx.call<{ orderRouteOptions: { options: Array<{ id: string; mainCarriageModes: string[] }> } }>(
      token,
      'query($id: ID!) { orderRouteOptions(orderId: $id, rankBy: COST, teu: 1) { options { id mainCarriageModes } } }',
      { id: orderId },
    );
    const option = orderRouteOptions.options.find((o) => o.mainCarriageModes.join() === 'RAIL,SEA')!;
    const { bookRoute } = await fx.call<{ bookRoute: { shipment: unknown; userErrors: Array<{ rule: string; message: string }> } }>(token, BOOK_ROUTE, {
      input: {
        orderId,
        optionId: option.id,
        forwarderId: fx.partyId('CQ-LANDSEA'),
        containers: [{ number: container, type: '22G1' }],
        carriers: [
          { legSeq: 1, carrierId: fx.partyId('CQ-RAIL') },
          { legSeq: 2, carrierId: fx.partyId('QZ-SHIP') },
        ],
      },
    });
    return bookRoute;
  };

  it('a container still on another party’s shipment is refused without naming that shipment', async () => {
    const first = await fx.booked();
    const toys = 'demo-exporter-toys';
    const { createOrder } = await fx.call<{ createOrder: { order: { id: string } } }>(toys, CREATE_ORDER, { input: fx.orderInput() });
    await fx.call(toys, 'mutation($id: ID!) { confirmOrder(id: $id) { userErrors { code } } }', { id: createOrder.order.id });

    const refused = await book(toys, createOrder.order.id, first.container);
    expect(refused.shipment).toBeNull();
    expect(refused.userErrors.map((e) => e.rule)).toEqual(['container-in-use']);
    expect(refused.userErrors[0].message).toBe(`input.containers.0.number: container ${first.container} is still on another party's shipment, not yet delivered`);
    expect(refused.userErrors[0].message).not.toContain(first.shipmentNumber);

    // Its own shipment is the seller's business: named.
    const again = await fx.confirmed();
    const own = await book('demo-exporter', again.id, first.container);
    expect(own.userErrors[0].message).toContain(`still on shipment ${first.shipmentNumber}`);
  });

  it('revoking another party’s token answers NOT_FOUND, exactly as for a token that does not exist', async () => {
    const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { id } userErrors { code message } } }';
    const { me } = dataOf(await graphql<{ me: { tokens: Array<{ id: string }> } }>(server, '{ me { tokens { id } } }', { token: 'demo-importer' }));
    const othersToken = me.tokens[0].id;
    const missing = '0123456789abcdef01234567';

    const [other, unknown] = await Promise.all([
      graphql<{ revokeApiToken: { apiToken: unknown; userErrors: Array<{ code: string; message: string }> } }>(server, REVOKE, { token: 'demo-exporter', variables: { id: othersToken } }),
      graphql<{ revokeApiToken: { apiToken: unknown; userErrors: Array<{ code: string; message: string }> } }>(server, REVOKE, { token: 'demo-exporter', variables: { id: missing } }),
    ]);
    expect(dataOf(other).revokeApiToken).toEqual({ apiToken: null, userErrors: [{ code: 'NOT_FOUND', message: `token ${othersToken} does not exist` }] });
    expect(dataOf(unknown).revokeApiToken.userErrors).toEqual([{ code: 'NOT_FOUND', message: `token ${missing} does not exist` }]);
    // The token still works.
    expect((await graphql(server, '{ me { party { code } } }', { token: 'demo-importer' })).status).toBe(200);
  });
});
