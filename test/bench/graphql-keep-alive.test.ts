/**
 * The bench's kept-alive GraphQL client against a real server: it carries the token and the
 * variables, reuses its sockets, and the transitions phase built on it checks every answer, so a
 * refused or unexpected transition fails the phase instead of counting as a fast one.
 */
import { KeepAliveGraphql } from '../../server/bench/graphql-keep-alive';
import { measureGraphql } from '../../server/bench/transitions';
import type { RunningServer } from '../../server/start';
import { OrderFixtures } from '../support/order-fixtures';
import { dataOf, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let fx: OrderFixtures;

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  fx = await OrderFixtures.open(server, '2026-03-03');
});
afterAll(async () => {
  await stopTestServer(server);
});

const orderState = async (id: string): Promise<{ state: string; version: number }> =>
  dataOf(await graphql<{ order: { state: string; version: number } }>(server, 'query($id: ID) { order(id: $id) { state version } }', { token: 'demo-exporter', variables: { id } })).order;

it('sends the bearer token and variables and answers with the status and parsed body, on one kept socket', async () => {
  const client = new KeepAliveGraphql(server.url, { token: 'demo-exporter', sockets: 1 });
  try {
    const order = await fx.confirmed();
    for (let i = 0; i < 3; i++) {
      const answer = await client.post<{ order: { id: string; state: string } }>('query($id: ID) { order(id: $id) { id state } }', { id: order.id });
      expect(answer).toEqual({ status: 200, body: { data: { order: { id: order.id, state: 'CONFIRMED' } } } });
    }
    expect(client.connections).toBe(1);
  } finally {
    client.close();
  }
  const stranger = new KeepAliveGraphql(server.url, { token: 'no-such-token', sockets: 1 });
  try {
    const answer = await stranger.post('{ health { __typename } }');
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  } finally {
    stranger.close();
  }
});

it('holds and resumes each order in turn, at one client and several, leaving every order at the version it counted', async () => {
  const orders = [await fx.confirmed(), await fx.confirmed(), await fx.confirmed()].map(({ id, version }) => ({ id, version }));
  const start = orders.map((o) => o.version);
  const figures = await measureGraphql(server, orders, 1, 7);
  expect(figures.ops).toBe(7);
  // 7 transitions over 3 orders: 3, 2 and 2, so the first is on hold and the others confirmed again.
  expect(await Promise.all(orders.map((o) => orderState(o.id)))).toEqual([
    { state: 'ON_HOLD', version: start[0] + 3 },
    { state: 'CONFIRMED', version: start[1] + 2 },
    { state: 'CONFIRMED', version: start[2] + 2 },
  ]);
  const more = [await fx.confirmed(), await fx.confirmed()].map(({ id, version }) => ({ id, version }));
  expect((await measureGraphql(server, more, 2, 4)).ops).toBe(4);
  expect((await Promise.all(more.map((o) => orderState(o.id)))).map((o) => o.state)).toEqual(['CONFIRMED', 'CONFIRMED']);
});

it('fails the phase on an answer that is not the transition asked for', async () => {
  const { id, version } = await fx.confirmed();
  // A version the order is not at: the answer's version is not the one counted.
  await expect(measureGraphql(server, [{ id, version: version + 5 }], 1, 1)).rejects.toThrow(/holdOrder of .* expected \{"version":\d+,"state":"ON_HOLD"\}/);
  // An order already on hold: holdOrder is refused with a user error.
  await expect(measureGraphql(server, [{ id, version: version + 1 }], 1, 1)).rejects.toThrow(/userErrors/);
});
