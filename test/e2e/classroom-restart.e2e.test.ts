/**
 * An exercise outlives a restart: on the durable embedded engine, the server and the engine stop
 * and start again on the same data directory, and the exercise comes back whole from its record
 * and its own database: the clock where the trainer left it, the participant's token opening the
 * same world with its documents, and the incidents and events as they were.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { type RunningServer, startServer } from '../../server/start';
import { type EmbeddedMongo, startEmbeddedMongo } from '../../server/storage/embedded';
import { ClassroomFixtures } from '../support/classroom-fixtures';
import { OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yidan-classroom-'));
const clock = testClock(new Date('2026-06-01T08:00:00Z'));
let mongo: EmbeddedMongo | undefined;
let server: RunningServer | undefined;

async function start(): Promise<RunningServer> {
  mongo = await startEmbeddedMongo({ dataDir });
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', HOST: '127.0.0.1', PORT: '0' });
  server = await startServer({ ...config, storage: { forced: 'uri', mongodbUri: mongo.uri, dbName: 'classroom', allowDownload: false, embeddedPort: 0 } }, { clock });
  return server;
}

async function stop(): Promise<void> {
  await server?.stop();
  await mongo?.stop();
  server = undefined;
  mongo = undefined;
}

afterAll(async () => {
  await stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('brings an exercise back after a restart: clock, participants, documents, incidents, events', async () => {
  let classroom = new ClassroomFixtures(await start());
  const exercise = await classroom.create({ scenario: 'rail-sea-moto-financing' });
  const tokens = await classroom.inviteClass(exercise.number, ['demo-exporter', 'demo-auditor']);
  let proxy = await classroom.proxy(tokens);
  const order = await (await OrderFixtures.open(proxy, '2026-03-02')).draft();
  await proxy.close();
  await classroom.inject(exercise.number, { type: 'fxMove', base: 'USD', quote: 'CNY', rate: '7.1' });
  const advanced = await classroom.advance(exercise.number, { by: 'P3D' });
  expect(advanced.exercise!.now).toBe('2026-03-05T08:00:00.000Z');
  const before = (await classroom.read(exercise.number))!;
  await stop();

  classroom = new ClassroomFixtures(await start());
  const after = (await classroom.read(exercise.number))!;
  expect(after).toEqual(before);
  proxy = await classroom.proxy(tokens);
  try {
    const orders = await OrderFixtures.open(proxy, '2026-03-05');
    const seen = await orders.call<{ order: { number: string; createdAt: string } | null }>('demo-exporter', 'query($id: ID!) { order(id: $id) { number createdAt } }', { id: order.id });
    expect(seen.order).toEqual({ number: order.number, createdAt: '2026-03-02T08:00:00.000Z' });
  } finally {
    await proxy.close();
  }
  expect((await classroom.advance(exercise.number, { by: 'P1D' })).exercise!.now).toBe('2026-03-06T08:00:00.000Z');
}, 120_000);
