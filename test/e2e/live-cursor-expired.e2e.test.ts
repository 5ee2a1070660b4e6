/**
 * A cursor older than the database's change history: the embedded engine keeps the last
 * `changeHistorySize` changes, here 8, so after a dozen more writes an old cursor can no
 * longer be resumed, and the subscription says so with CURSOR_EXPIRED naming `after`.
 */
import { loadConfig } from '../../server/config';
import { type EmbeddedMongo, startEmbeddedMongo } from '../../server/storage/embedded';
import { type RunningServer, startServer } from '../../server/start';
import { LiveFeed, type LiveClient, liveClient } from '../../server/tools/live-client';
import { onEmbeddedEngine } from '../support/database';
import { SHIPMENT_TRACKED } from '../support/live-documents';
import { OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';

const embeddedOnly = onEmbeddedEngine() ? it : it.skip;
const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let mongo: EmbeddedMongo;
let server: RunningServer;
const clients: LiveClient[] = [];

beforeAll(async () => {
  if (!onEmbeddedEngine()) return;
  mongo = await startEmbeddedMongo({ changeHistorySize: 8 });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' });
  server = await startServer({ ...config, storage: { forced: 'uri', mongodbUri: mongo.uri, dbName: 'live_cursor_expired', allowDownload: false, embeddedPort: 0 } }, { clock });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server?.stop();
  await mongo?.stop();
});

interface TrackedEvent {
  cursor: string;
}

embeddedOnly('answers CURSOR_EXPIRED for a cursor the change history has moved past', async () => {
  const fx = await OrderFixtures.open(server, '2026-03-05');
  const booked = await fx.booked();
  const connect = () => {
    const client = liveClient(server, 'demo-exporter');
    clients.push(client);
    return client;
  };
  const [current] = await new LiveFeed<TrackedEvent>(connect(), SHIPMENT_TRACKED, { ref: booked.shipmentNumber }).received(1);
  // Each milestone writes the shipment at least: more changes than the history keeps.
  for (let i = 0; i < 12; i += 1) await fx.milestone('demo-forwarder', booked.shipmentNumber, 1, 'ELOCK_ALARM');
  const expired = await new LiveFeed(connect(), SHIPMENT_TRACKED, { ref: booked.shipmentNumber, after: current.cursor }).ended();
  expect(expired.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['CURSOR_EXPIRED', 'after']]);
  expect(expired.errors[0].message).toMatch(/no longer holds the changes after this cursor/);
}, 60_000);
