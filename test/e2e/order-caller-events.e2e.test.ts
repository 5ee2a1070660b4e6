/**
 * `Order.callerEvents`: the events a page offers the signed-in party, i.e. those the state accepts
 * (allowedEvents) that the access policy lets this party send. Checked per role and relation over
 * real HTTP, and against what the mutations then do: an offered event is accepted.
 */
import type { RunningServer } from '../../server/start';
import { dataOf, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';
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

async function eventsOf(token: string, id: string): Promise<{ allowed: string[]; mine: string[] } | null> {
  const data = dataOf(await graphql<{ order: { allowedEvents: string[]; callerEvents: string[] } | null }>(server, `query($id: ID!) { order(id: $id) { allowedEvents callerEvents } }`, { token, variables: { id } }));
  return data.order ? { allowed: [...data.order.allowedEvents].sort(), mine: [...data.order.callerEvents].sort() } : null;
}

it('a draft: the seller and the buyer may confirm or cancel; a reader sees the order and may do nothing', async () => {
  const order = await fx.draft();
  expect(await eventsOf('demo-exporter', order.id)).toEqual({ allowed: ['CANCEL', 'CONFIRM'], mine: ['CANCEL', 'CONFIRM'] });
  expect((await eventsOf('demo-importer', order.id))?.mine).toEqual(['CANCEL', 'CONFIRM']);
  expect((await eventsOf('demo-auditor', order.id))?.mine).toEqual([]);
  expect(await eventsOf('demo-importer-de', order.id)).toBeNull();
});

it('a confirmed order: only the seller books or holds; the buyer may still cancel', async () => {
  const order = await fx.confirmed();
  expect((await eventsOf('demo-exporter', order.id))?.mine).toEqual(['BOOK', 'CANCEL', 'HOLD']);
  expect((await eventsOf('demo-importer', order.id))?.mine).toEqual(['CANCEL']);
});

it('a booked order: DEPART (like ARRIVE and DELIVER) comes from a milestone and is nobody’s to send', async () => {
  const order = await fx.booked();
  const seller = await eventsOf('demo-exporter', order.id);
  expect(seller?.allowed).toContain('DEPART');
  expect(seller?.mine).toEqual(['CANCEL', 'HOLD']);
  expect((await eventsOf('demo-forwarder', order.id))?.mine).toEqual(['HOLD']);
  expect((await eventsOf('demo-importer', order.id))?.mine).toEqual(['CANCEL']);
});

it('a hold by the seller: the seller or the forwarder resumes it, and the offered RESUME is accepted', async () => {
  const order = await fx.onHold();
  expect((await eventsOf('demo-exporter', order.id))?.mine).toContain('RESUME');
  expect((await eventsOf('demo-forwarder', order.id))?.mine).toContain('RESUME');
  expect((await eventsOf('demo-importer', order.id))?.mine).not.toContain('RESUME');
  const resumed = dataOf(await graphql<{ resumeOrder: { order: { state: string } | null } }>(server, `mutation($id: ID!) { resumeOrder(id: $id) { order { state } } }`, { token: 'demo-forwarder', variables: { id: order.id } }));
  expect(resumed.resumeOrder.order?.state).toBe('BOOKED');
});
