/**
 * One live shipment per container, decided by the database: concurrent bookRoute calls for one
 * container on different orders, over HTTP. Exactly one books; the others get container-in-use
 * and their orders stay confirmed, with no shipment written for them.
 */
import type { RunningServer } from '../../server/start';
import { BOOK_ROUTE, OrderFixtures, type OrderRef } from '../support/order-fixtures';
import { graphql, startTestServer, stopTestServer } from '../support/graphql-client';
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

interface BookOutcome {
  shipment: { number: string } | null;
  userErrors: Array<{ code: string; field: string[] | null; rule: string | null; message: string }>;
}

async function railSeaOption(orderId: string): Promise<string> {
  const option = (await fx.routeOptions(orderId)).find((o) => o.mainCarriageModes.join() === 'RAIL,SEA');
  if (!option) throw new Error('no rail-sea option');
  return option.id;
}

/** Every order booked at the same moment with the same container. */
async function bookAllAtOnce(orders: OrderRef[], container: string): Promise<BookOutcome[]> {
  const inputs = await Promise.all(
    orders.map(async (order) => ({
      orderId: order.id,
      optionId: await railSeaOption(order.id),
      forwarderId: fx.partyId('CQ-LANDSEA'),
      containers: [{ number: container, type: '22G1' }],
    })),
  );
  const responses = await Promise.all(inputs.map((input) => graphql<{ bookRoute: BookOutcome }>(server, BOOK_ROUTE, { token: 'demo-exporter', variables: { input } })));
  return responses.map((r) => {
    if (r.body.errors?.length || !r.body.data) throw new Error(`bookRoute failed at the GraphQL level: ${JSON.stringify(r.body.errors)}`);
    return r.body.data.bookRoute;
  });
}

async function confirmedOrders(n: number): Promise<OrderRef[]> {
  const orders: OrderRef[] = [];
  for (let i = 0; i < n; i += 1) orders.push(await fx.confirmed());
  return orders;
}

async function shipmentsCarrying(container: string): Promise<string[]> {
  const { shipments } = await fx.call<{ shipments: { edges: Array<{ node: { number: string; containers: Array<{ number: string }> } }> } }>(
    'demo-auditor',
    '{ shipments(first: 100) { edges { node { number containers { number } } } } }',
  );
  return shipments.edges.filter((e) => e.node.containers.some((c) => c.number === container)).map((e) => e.node.number);
}

function expectOneWinner(outcomes: BookOutcome[], container: string): string {
  const won = outcomes.filter((o) => o.shipment !== null);
  expect(won).toHaveLength(1);
  const lost = outcomes.filter((o) => o.shipment === null);
  for (const o of lost) {
    expect(o.userErrors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['input', 'containers', '0', 'number'], rule: 'container-in-use' }),
    ]);
    // Whether the message names the winning shipment depends on which check refused (the
    // pre-check names it to a party of it, as this seller is; the database claim never does):
    // that the number is kept from other parties is error-exposure.e2e's test.
    expect(o.userErrors[0].message).toContain(container);
  }
  return won[0].shipment!.number;
}

it('books a container on exactly one of ten concurrent bookings and leaves the others confirmed', async () => {
  const orders = await confirmedOrders(10);
  const container = fx.nextContainer();
  const outcomes = await bookAllAtOnce(orders, container);
  const winner = expectOneWinner(outcomes, container);

  expect(await shipmentsCarrying(container)).toEqual([winner]);
  const states = await Promise.all(orders.map(async (o) => (await fx.read(o.id)).state));
  expect(states.filter((s) => s === 'BOOKED')).toHaveLength(1);
  expect(states.filter((s) => s === 'CONFIRMED')).toHaveLength(9);
  const { track } = await fx.call<{ track: { shipment: { number: string } } | null }>('demo-auditor', 'query($ref: String!) { track(reference: $ref) { shipment { number } } }', { ref: container });
  expect(track?.shipment.number).toBe(winner);
});

it('frees a container when its order is cancelled, and one of several racing bookings takes it', async () => {
  const [first] = await confirmedOrders(1);
  const container = fx.nextContainer();
  const holder = expectOneWinner(await bookAllAtOnce([first], container), container);
  const cancelled = await fx.call<{ cancelOrder: { order: { state: string } | null } }>(
    'demo-exporter',
    'mutation($id: ID!) { cancelOrder(id: $id, reason: "buyer withdrew") { order { state } } }',
    { id: first.id },
  );
  expect(cancelled.cancelOrder.order?.state).toBe('CANCELLED');

  const next = await confirmedOrders(5);
  const winner = expectOneWinner(await bookAllAtOnce(next, container), container);
  expect((await shipmentsCarrying(container)).sort()).toEqual([holder, winner].sort());
});

it('frees a container on delivery', async () => {
  const delivered = await fx.delivered();
  const [order] = await confirmedOrders(1);
  const rebooked = await bookAllAtOnce([order], delivered.container);
  expect(rebooked[0].userErrors).toEqual([]);
  expect(rebooked[0].shipment).not.toBeNull();
});
