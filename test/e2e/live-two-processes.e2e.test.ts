/**
 * The acceptance check for live updates, with real processes: one embedded engine, two
 * `npm start` servers on it; a subscriber on server A sees a milestone recorded through server
 * B, because events come from the database's change streams, not from a process's memory.
 */
import { LiveFeed, type LiveClient, liveClient } from '../../server/tools/live-client';
import { SHIPMENT_TRACKED } from '../support/live-documents';
import { OrderFixtures } from '../support/order-fixtures';
import { type RunningProcess, startTs } from '../support/processes';

const running: RunningProcess[] = [];
const clients: LiveClient[] = [];

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await Promise.all(running.map((p) => p.stop()));
});

async function startServer(mongoUri: string): Promise<{ url: string }> {
  const proc = startTs('server/main.ts', [], { MONGODB_URI: mongoUri, PORT: '0', HOST: '127.0.0.1', YIDAN_DB_NAME: 'live_two_processes', LOG_LEVEL: 'info', YIDAN_STORAGE: '' });
  running.push(proc);
  const line = await proc.waitForLine((l) => l.includes('Yidan listening'));
  return { url: (JSON.parse(line) as { url: string }).url.replace(/\/graphql$/, '') };
}

interface TrackedEvent {
  kind: string;
  milestone: { type: string } | null;
}

it('a subscriber on server A sees a milestone recorded through server B', async () => {
  const engine = startTs('server/storage/embedded/cli.ts', ['--port=0'], {});
  running.push(engine);
  const uri = (await engine.waitForLine((l) => l.startsWith('mongodb://'))).trim();
  const a = await startServer(uri);
  const b = await startServer(uri);

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
