/**
 * The acceptance check for live updates, with real processes: one embedded engine, two
 * `npm start` servers on it; a subscriber on server A sees a milestone recorded through server
 * B, because events come from the database's change streams, not from a process's memory.
 */
import { LiveFeed, type LiveClient, liveClient } from '../../server/tools/live-client';
import { SHIPMENT_TRACKED } from '../support/live-documents';
import { OrderFixtures } from '../support/order-fixtures';
import { ServerProcesses } from '../support/server-processes';

const processes = new ServerProcesses('live_two_processes');
const clients: LiveClient[] = [];

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await processes.stop();
});

interface TrackedEvent {
  kind: string;
  milestone: { type: string } | null;
}

it('a subscriber on server A sees a milestone recorded through server B', async () => {
  const uri = await processes.engine();
  const a = await processes.server(uri);
  const b = await processes.server(uri);

  // Ready three days after the servers' today (their clock is the real one).
  const readyDate = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const throughB = await OrderFixtures.open(b, readyDate);
  const booked = await throughB.booked();

  const live = liveClient(a, 'demo-exporter');
  clients.push(live);
  const feed = new LiveFeed<TrackedEvent>(live, SHIPMENT_TRACKED, { ref: booked.shipmentNumber });
  await feed.received(1);
  await throughB.milestone('demo-carrier', booked.shipmentNumber, 1, 'GATE_IN');
  const [current, gateIn] = await feed.received(2);
  expect(current.kind).toBe('CURRENT');
  expect(gateIn).toMatchObject({ kind: 'MILESTONE', milestone: { type: 'GATE_IN' } });
}, 90_000);
