/**
 * The feed's reading of a change stream, watched through the driver's command events: a quiet
 * stream hands a change on from the getMore already waiting for it, and while changes flow the
 * next getMore goes COALESCE_MS after the last one was answered, so it brings several at once.
 */
import mongoose from 'mongoose';
import pino from 'pino';
import { COALESCE_MS, ChangeFeed, type FeedChange } from '../../server/live/change-feed';
import { testDbName, testMongoUri } from '../support/database';
import { until } from '../support/until';

interface GetMore {
  startedAt: number;
  answeredAt?: number;
  changes?: number;
}

let connection: mongoose.Connection;
let feed: ChangeFeed;
const getMores = new Map<number, GetMore>();

beforeAll(async () => {
  connection = await mongoose.createConnection(testMongoUri(), { dbName: testDbName(__filename), monitorCommands: true }).asPromise();
  const client = connection.getClient();
  client.on('commandStarted', (e) => {
    if (e.commandName === 'getMore') getMores.set(e.requestId, { startedAt: performance.now() });
  });
  client.on('commandSucceeded', (e) => {
    const getMore = getMores.get(e.requestId);
    if (!getMore) return;
    getMore.answeredAt = performance.now();
    getMore.changes = (e.reply as { cursor: { nextBatch: unknown[] } }).cursor.nextBatch.length;
  });
  feed = new ChangeFeed(connection, pino({ level: 'silent' }));
});

afterAll(async () => {
  feed.close();
  await connection.dropDatabase();
  await connection.close();
});

async function listening(collection: string): Promise<{ changes: FeedChange[]; stop: () => void }> {
  const changes: FeedChange[] = [];
  const { stop } = await feed.listen(collection, { onChange: (c) => changes.push(c), onError: (e) => { throw e; } });
  return { changes, stop };
}

it('hands a quiet stream\'s first change on from the getMore already waiting for it', async () => {
  const { changes, stop } = await listening('quiet');
  // The stream's first getMore is out and waiting (awaitData) before the write.
  await until('a getMore waiting on the stream', () => [...getMores.values()].some((g) => g.answeredAt === undefined));
  const issuedBefore = getMores.size;
  await connection.collection('quiet').insertOne({ n: 1 });
  await until('the change', () => changes.length === 1);
  const answering = [...getMores.values()].filter((g) => g.changes === 1);
  expect(answering).toHaveLength(1);
  // The getMore that brought it was sent before the write: no wait was put in front of it.
  expect([...getMores.values()].indexOf(answering[0])).toBeLessThan(issuedBefore);
  stop();
});

it('while changes flow, sends the next getMore COALESCE_MS after the last answer, which brings several', async () => {
  getMores.clear();
  const { changes, stop } = await listening('flowing');
  const writes = 40;
  for (let n = 0; n < writes; n += 1) await connection.collection('flowing').insertOne({ n });
  await until('every change', () => changes.length === writes);
  expect(changes.map((c) => c.fullDocument?.n)).toEqual([...Array(writes).keys()]);
  const ordered = [...getMores.values()].sort((a, b) => a.startedAt - b.startedAt);
  let followed = 0;
  for (let i = 1; i < ordered.length; i += 1) {
    const previous = ordered[i - 1];
    if (!previous.changes) continue;
    // Timers count from the event loop's cached time, so one may fire a little early by the clock.
    expect(ordered[i].startedAt - previous.answeredAt!).toBeGreaterThanOrEqual(COALESCE_MS - 2);
    followed += 1;
  }
  expect(followed).toBeGreaterThan(0);
  expect(Math.max(...ordered.map((g) => g.changes ?? 0))).toBeGreaterThan(1);
  stop();
});
