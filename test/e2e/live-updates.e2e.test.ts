/**
 * Live updates over a real WebSocket (graphql-ws) against a started server: a subscription
 * starts with the current state, then sees each milestone and bill action as it is committed;
 * tokens are checked in connection_init (4401, 4403) and a revoked token's sockets close; every
 * event passes the queries' access rules.
 */
import type { RunningServer } from '../../server/start';
import { LiveFeed, type LiveClient, liveClient } from '../../server/tools/live-client';
import { dataOf, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { SHIPMENT_TRACKED } from '../support/live-documents';
import { type BookedRef, OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';

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

function connect(token?: string): LiveClient {
  const client = liveClient(server, token);
  clients.push(client);
  return client;
}

interface TrackedEvent {
  cursor: string;
  kind: string;
  milestone: { seq: number; type: string; legSeq: number } | null;
  tracking: { revisedEta: string; delayDays: number; shipment: { number: string } };
}


const kinds = (events: TrackedEvent[]) => events.map((e) => (e.milestone ? `${e.kind}:${e.milestone.type}` : e.kind));

describe('shipmentTracked', () => {
  let booked: BookedRef;
  beforeAll(async () => {
    booked = await fx.booked();
  });

  it('starts with the current state, then sends each milestone as it is recorded', async () => {
    const feed = new LiveFeed<TrackedEvent>(connect('demo-exporter'), SHIPMENT_TRACKED, { ref: booked.number });
    const [current] = await feed.received(1);
    expect(current).toMatchObject({ kind: 'CURRENT', milestone: null, tracking: { shipment: { number: booked.shipmentNumber } } });
    await fx.milestone('demo-carrier', booked.shipmentNumber, 1, 'GATE_IN');
    await fx.milestone('demo-carrier', booked.shipmentNumber, 1, 'LOADED');
    const events = await feed.received(3);
    expect(kinds(events)).toEqual(['CURRENT', 'MILESTONE:GATE_IN', 'MILESTONE:LOADED']);
    expect(events[2].tracking.revisedEta).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Set(events.map((e) => e.cursor)).size).toBe(3);
  });

  it('follows the same shipment by container number, and refuses a party that may not read it', async () => {
    const byContainer = new LiveFeed<TrackedEvent>(connect('demo-importer'), SHIPMENT_TRACKED, { ref: booked.container });
    expect((await byContainer.received(1))[0].tracking.shipment.number).toBe(booked.shipmentNumber);
    const outsider = await new LiveFeed<TrackedEvent>(connect('demo-importer-de'), SHIPMENT_TRACKED, { ref: booked.shipmentNumber }).ended();
    expect(outsider.events).toEqual([]);
    expect(outsider.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });
});

describe('connection_init', () => {
  it('closes a socket without a token, or with an unknown one, with 4401', async () => {
    for (const token of [undefined, 'no-such-token']) {
      const live = connect(token);
      const feed = await new LiveFeed(live, SHIPMENT_TRACKED, { ref: 'SHP-1' }).ended();
      expect(feed.closeCode).toBe(4401);
      expect((await live.closed).code).toBe(4401);
    }
  });

  it('closes a revoked token with 4403, and the open sockets of a token when it is revoked', async () => {
    const booked = await fx.booked();
    const issued = dataOf(
      await graphql<{ issueApiToken: { token: string; apiToken: { id: string } } }>(
        server,
        `mutation($party: ID!) { issueApiToken(partyId: $party, label: "live test") { token apiToken { id } } }`,
        { token: 'demo-exporter', variables: { party: fx.partyId('CQ-MOTO') } },
      ),
    ).issueApiToken;
    const live = connect(issued.token);
    const feed = new LiveFeed<TrackedEvent>(live, SHIPMENT_TRACKED, { ref: booked.shipmentNumber });
    await feed.received(1);
    dataOf(await graphql(server, `mutation($id: ID!) { revokeApiToken(id: $id) { userErrors { code } } }`, { token: 'demo-exporter', variables: { id: issued.apiToken.id } }));
    expect((await live.closed).code).toBe(4403);
    expect((await feed.ended()).closeCode).toBe(4403);

    const again = connect(issued.token);
    expect((await new LiveFeed(again, SHIPMENT_TRACKED, { ref: booked.shipmentNumber }).ended()).closeCode).toBe(4403);
  });
});
