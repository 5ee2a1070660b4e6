/**
 * The limits of live updates, each answered with its own code: subscriptions per connection and
 * per token (SUBSCRIPTION_LIMIT), sockets per process (closed with 1013), and a consumer that
 * stops reading while events keep coming (closed with 4430 once its queue is full, instead of
 * holding ever more events in memory).
 */
import WebSocket from 'ws';
import type { RunningServer } from '../../server/start';
import { LiveFeed, type LiveClient, liveClient } from '../../server/tools/live-client';
import { startTestServer, stopTestServer } from '../support/graphql-client';
import { SHIPMENT_TRACKED } from '../support/live-documents';
import { type BookedRef, OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let fx: OrderFixtures;
let booked: BookedRef;
const clients: LiveClient[] = [];

beforeAll(async () => {
  server = await startTestServer(
    __filename,
    { YIDAN_LIVE_MAX_CONNECTIONS: '4', YIDAN_LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2', YIDAN_LIVE_MAX_SUBSCRIPTIONS_PER_TOKEN: '3', YIDAN_LIVE_MAX_QUEUED_EVENTS: '3' },
    { clock },
  );
  fx = await OrderFixtures.open(server, '2026-03-05');
  booked = await fx.booked();
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

async function live(client: LiveClient): Promise<LiveFeed<unknown>> {
  const feed = new LiveFeed<unknown>(client, SHIPMENT_TRACKED, { ref: booked.shipmentNumber });
  await feed.received(1);
  return feed;
}

const codes = (feed: LiveFeed<unknown>) => feed.errors.map((e) => e.extensions?.code);

it('refuses a subscription beyond the per-connection and per-token limits, and takes one again once another completes', async () => {
  const first = connect('demo-exporter');
  const [a] = [await live(first), await live(first)];
  const third = await new LiveFeed(first, SHIPMENT_TRACKED, { ref: booked.shipmentNumber }).ended();
  expect(codes(third)).toEqual(['SUBSCRIPTION_LIMIT']);
  expect(third.errors[0].message).toMatch(/connection already runs 2 subscriptions/);

  const second = connect('demo-exporter');
  await live(second);
  const fourth = await new LiveFeed(second, SHIPMENT_TRACKED, { ref: booked.shipmentNumber }).ended();
  expect(codes(fourth)).toEqual(['SUBSCRIPTION_LIMIT']);
  expect(fourth.errors[0].message).toMatch(/token already runs 3 subscriptions/);
  // Another token is counted apart.
  await live(connect('demo-forwarder'));

  a.stop();
  await a.ended();
  await expect(live(second)).resolves.toBeInstanceOf(LiveFeed);
});

it('closes a socket beyond the process limit with 1013', async () => {
  const open = [connect('demo-exporter'), connect('demo-importer'), connect('demo-forwarder'), connect('demo-auditor')];
  for (const client of open) await live(client);
  const refused = connect('demo-carrier');
  const feed = await new LiveFeed(refused, SHIPMENT_TRACKED, { ref: booked.shipmentNumber }).ended();
  expect(feed.closeCode).toBe(1013);
  expect((await refused.closed).code).toBe(1013);
});

it('closes a consumer that stops reading with 4430 once its queue is full', async () => {
  // A server of its own, whose sockets may run 50 subscriptions but hold only 3 unsent events.
  const roomy = await startTestServer(`${__filename}-slow`, { YIDAN_LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '50', YIDAN_LIVE_MAX_SUBSCRIPTIONS_PER_TOKEN: '50', YIDAN_LIVE_MAX_QUEUED_EVENTS: '3' }, { clock });
  try {
    const roomyFx = await OrderFixtures.open(roomy, '2026-03-05');
    const shipment = (await roomyFx.booked()).shipmentNumber;
    // A raw socket, so the test can stop reading it: the server's writes back up, then its queue fills.
    const socket = new WebSocket(`${roomy.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const tcp = socket as unknown as { _socket: { pause(): void; resume(): void } };
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    const subscriptions = 50;
    let started = 0;
    const allLive = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string; payload?: { data?: { shipmentTracked?: { kind: string } } } };
        if (message.type === 'connection_ack') {
          for (let id = 1; id <= subscriptions; id += 1) {
            const payload = { query: 'subscription($ref: String!) { shipmentTracked(reference: $ref) { kind tracking { timeline { note } } } }', variables: { ref: shipment } };
            socket.send(JSON.stringify({ id: String(id), type: 'subscribe', payload }));
          }
        }
        if (message.payload?.data?.shipmentTracked?.kind === 'CURRENT' && ++started === subscriptions) resolve();
      }),
    );
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer demo-forwarder' } }));
    await allLive;
    tcp._socket.pause();

    // Each milestone sends 50 events, each with the whole timeline: megabytes the client does not read.
    const note = 'x'.repeat(2_000);
    for (let i = 0; i < 20; i += 1) {
      await roomyFx.call('demo-forwarder', 'mutation($input: RecordMilestoneInput!) { recordMilestone(input: $input) { userErrors { message } } }', {
        input: { shipment, legSeq: 1, type: 'ELOCK_ALARM', note },
      });
    }
    // Reading again drains what the kernel held; the close frame comes after it.
    tcp._socket.resume();
    expect(await closed).toBe(4430);
  } finally {
    await stopTestServer(roomy);
  }
}, 120_000);
