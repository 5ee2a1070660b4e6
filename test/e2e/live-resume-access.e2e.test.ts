/**
 * Live updates: the bill's actions with their chain entries; resuming after a dropped socket with
 * the last cursor (everything missed, then live, nothing twice); and the access matrix: each
 * party receives exactly the events about documents its queries show it.
 */
import type { RunningServer } from '../../server/start';
import { LiveFeed, type LiveClient, liveClient } from '../../server/tools/live-client';
import { CustomsFixtures } from '../support/customs-fixtures';
import { FinancingFixtures } from '../support/financing-fixtures';
import { dataOf, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';
import { SHIPMENT_TRACKED } from '../support/live-documents';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let fx: OrderFixtures;
const clients: LiveClient[] = [];

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  fx = await OrderFixtures.open(server, '2026-03-05');
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
afterAll(async () => {
  await stopTestServer(server);
});

function connect(token: string): LiveClient {
  const client = liveClient(server, token);
  clients.push(client);
  return client;
}

interface BillEvent {
  cursor: string;
  entry: { event: string; to: string };
  chainEntry: { seq: number; actionCode: string; hash: string } | null;
  bill: { number: string; holder: { code: string } | null };
}
const BILL_EVENTS = `subscription($bill: String!) { billEvents(bill: $bill) {
  cursor entry { event to } chainEntry { seq actionCode hash } bill { number holder { code } } } }`;

async function billAction(token: string, mutation: string, variables: Record<string, unknown>): Promise<void> {
  const data = dataOf(await graphql<Record<string, { userErrors: unknown[] }>>(server, mutation, { token, variables }));
  expect(Object.values(data)[0].userErrors).toEqual([]);
}

it('billEvents: the issued bill, then each endorsement step with its chain entry and the new holder', async () => {
  const goods = await new FinancingFixtures(server, fx).shippedGoods();
  const feed = new LiveFeed<BillEvent>(connect('demo-exporter'), BILL_EVENTS, { bill: goods.bill });
  const [current] = await feed.received(1);
  expect(current).toMatchObject({ entry: { event: 'ISSUE', to: 'ISSUED' }, chainEntry: { seq: 1, actionCode: 'ISSUE' }, bill: { holder: { code: 'CQ-MOTO' } } });
  const refused = await new LiveFeed(connect('demo-importer-de'), BILL_EVENTS, { bill: goods.bill }).ended();
  expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);

  await billAction('demo-exporter', 'mutation($n: String!, $to: ID!) { endorseBill(number: $n, to: $to) { userErrors { message } } }', { n: goods.bill, to: fx.partyId('SG-LION') });
  await billAction('demo-importer', 'mutation($n: String!) { acceptEndorsement(number: $n) { userErrors { message } } }', { n: goods.bill });
  const [, endorsed, signed] = await feed.received(3);
  expect(endorsed).toMatchObject({ entry: { event: 'ENDORSE' }, chainEntry: { seq: 2, actionCode: 'ENDORSE' } });
  expect(signed).toMatchObject({ entry: { event: 'ACCEPT_ENDORSEMENT' }, chainEntry: { seq: 3, actionCode: 'SIGN' }, bill: { holder: { code: 'SG-LION' } } });
  const { bill } = dataOf(await graphql<{ bill: { chain: Array<{ hash: string }> } }>(server, 'query($n: String!) { bill(number: $n) { chain { hash } } }', { token: 'demo-importer', variables: { n: goods.bill } }));
  expect([current, endorsed, signed].map((e) => e.chainEntry?.hash)).toEqual(bill.chain.map((c) => c.hash));
});

interface TrackedEvent {
  cursor: string;
  kind: string;
  milestone: { seq: number; type: string } | null;
}

it('resumes after a dropped socket with the last cursor: every missed event, then live ones, nothing twice', async () => {
  const booked = await fx.booked();
  const s = booked.shipmentNumber;
  const first = connect('demo-exporter');
  const feed = new LiveFeed<TrackedEvent>(first, SHIPMENT_TRACKED, { ref: s });
  await feed.received(1);
  await fx.milestone('demo-forwarder', s, 1, 'ELOCK_ALARM');
  await fx.milestone('demo-forwarder', s, 1, 'ELOCK_ALARM');
  const before = await feed.received(3);
  // The socket drops mid-stream (no close handshake), and milestones go on being recorded.
  first.client.terminate();
  await feed.ended();
  for (let i = 0; i < 3; i += 1) await fx.milestone('demo-forwarder', s, 1, 'ELOCK_ALARM');

  const resumed = new LiveFeed<TrackedEvent>(connect('demo-exporter'), SHIPMENT_TRACKED, { ref: s, after: before[2].cursor });
  const missed = await resumed.received(3);
  await fx.milestone('demo-forwarder', s, 1, 'ELOCK_ALARM');
  const all = await resumed.received(4);
  expect(missed.map((e) => e.kind)).toEqual(['MILESTONE', 'MILESTONE', 'MILESTONE']);
  const seqs = [...before, ...all].map((e) => e.milestone?.seq ?? 0);
  expect(seqs).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(new Set([...before, ...all].map((e) => e.cursor)).size).toBe(7);
});

it('answers a cursor of another subscription, or no cursor at all, with BAD_USER_INPUT naming after', async () => {
  const booked = await fx.booked();
  const tracked = new LiveFeed<TrackedEvent>(connect('demo-exporter'), SHIPMENT_TRACKED, { ref: booked.shipmentNumber });
  const [current] = await tracked.received(1);
  for (const after of [current.cursor.replace(/^[^:]+/, 'bills'), 'not-a-cursor']) {
    const refused = await new LiveFeed(connect('demo-exporter'), SHIPMENT_TRACKED, { ref: booked.shipmentNumber, after }).ended();
    expect(refused.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'after']]);
  }
});

interface ReceiptEvent {
  cursor: string;
  receipt: string;
  state: string;
  entry: { event: string };
  declaration: { number: string };
}
const RECEIPTS = `subscription($filter: DeclarationReceiptFilter, $after: String) { declarationReceipts(filter: $filter, after: $after) {
  cursor receipt state entry { event } declaration { number } } }`;

it('declarationReceipts: each party receives the receipts of exactly the declarations it may read', async () => {
  const customs = new CustomsFixtures(server);
  const moto = await fx.booked();
  const d1 = await customs.file('demo-exporter', await customs.exportInput(moto.id));
  const toysOrder = await fx.draft({}, 'demo-exporter-toys');
  await fx.call('demo-exporter-toys', 'mutation($id: ID!) { confirmOrder(id: $id) { userErrors { message } } }', { id: toysOrder.id });
  const toysInput = await customs.exportInput(toysOrder.id);

  // A subscription to one declaration starts at once with its state: its cursor is where the others start.
  const one = new LiveFeed<ReceiptEvent>(connect('demo-auditor'), RECEIPTS, { filter: { declaration: d1.number } });
  const [start] = await one.received(1);
  expect(start).toMatchObject({ state: 'DRAFT', receipt: '暂存', declaration: { number: d1.number } });
  const parties = ['demo-exporter', 'demo-exporter-toys', 'demo-customs', 'demo-auditor'];
  const feeds = Object.fromEntries(parties.map((token) => [token, new LiveFeed<ReceiptEvent>(connect(token), RECEIPTS, { after: start.cursor })]));

  await customs.step('demo-exporter', 'submitDeclaration', d1.number);
  await customs.decide(d1.number, 'ACCEPT');
  const d2 = await customs.file('demo-exporter-toys', toysInput);
  await customs.step('demo-customs', 'assessDeclarationRisk', d1.number);

  const seen = async (token: string, count: number) => (await feeds[token].received(count)).map((e) => `${e.declaration.number}:${e.entry.event}`);
  const d1Events = [`${d1.number}:SUBMIT`, `${d1.number}:ACCEPT`];
  expect(await seen('demo-exporter', 3)).toEqual([...d1Events, expect.stringMatching(new RegExp(`^${d1.number}:`))]);
  expect(await seen('demo-exporter-toys', 1)).toEqual([`${d2.number}:CREATE`]);
  for (const reader of ['demo-customs', 'demo-auditor']) {
    expect(await seen(reader, 4)).toEqual([...d1Events, `${d2.number}:CREATE`, expect.stringMatching(new RegExp(`^${d1.number}:`))]);
  }
  const accepted = feeds['demo-exporter'].events[1];
  expect(accepted).toMatchObject({ state: 'ACCEPTED', receipt: '接单交单' });
});
