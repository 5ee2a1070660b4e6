/**
 * The feed's reading of a change stream, watched through the driver's command events: a quiet
 * stream hands a change on from the getMore already waiting for it; while changes flow and the
 * process is busy the next getMore goes COALESCE_MS after the last one was answered, so it brings
 * several at once, and while the process has time to spare it goes at once.
 */
import mongoose from 'mongoose';
import pino from 'pino';
import { COALESCE_MS, ChangeFeed, type FeedChange, eventLoopBusy } from '../../server/live/change-feed';
import { testDbName, testMongoUri } from '../support/database';
import { until } from '../support/until';

interface GetMore {
  startedAt: number;
  answeredAt?: number;
  changes?: number;
}

let connection: mongoose.Connection;
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
});

afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

/** A feed of its own, busy or not as the test says, listening to one collection. */
async function listening(collection: string, busy: boolean): Promise<{ changes: FeedChange[]; stop: () => void }> {
  const feed = new ChangeFeed(connection, pino({ level: 'silent' }), () => busy);
  const changes: FeedChange[] = [];
  await feed.listen(collection, { onChange: (c) => changes.push(c), onError: (e) => { throw e; } });
  return { changes, stop: () => feed.close() };
}

/** Each getMore that followed one which brought changes: how long after that answer it was sent. */
function gapsAfterChanges(): number[] {
  const ordered = [...getMores.values()].sort((a, b) => a.startedAt - b.startedAt);
  const gaps: number[] = [];
  for (let i = 1; i < ordered.length; i += 1) if (ordered[i - 1].changes) gaps.push(ordered[i].startedAt - ordered[i - 1].answeredAt!);
  return gaps;
}

async function insertOneByOne(collection: string, count: number): Promise<void> {
  for (let n = 0; n < count; n += 1) await connection.collection(collection).insertOne({ n });
}

it('hands a quiet stream\'s first change on from the getMore already waiting for it', async () => {
  const { changes, stop } = await listening('quiet', true);
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

it('while changes flow and the process is busy, sends the next getMore COALESCE_MS after the last answer, which brings several', async () => {
  getMores.clear();
  const { changes, stop } = await listening('flowing', true);
  const writes = 40;
  await insertOneByOne('flowing', writes);
  await until('every change', () => changes.length === writes);
  expect(changes.map((c) => c.fullDocument?.n)).toEqual([...Array(writes).keys()]);
  const gaps = gapsAfterChanges();
  expect(gaps.length).toBeGreaterThan(0);
  // Timers count from the event loop's cached time, so one may fire a little early by the clock.
  for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(COALESCE_MS - 2);
  expect(Math.max(...[...getMores.values()].map((g) => g.changes ?? 0))).toBeGreaterThan(1);
  stop();
});

it('while the process has time to spare, sends the next getMore at once', async () => {
  getMores.clear();
  const { changes, stop } = await listening('spare', false);
  await insertOneByOne('spare', 40);
  await until('every change', () => changes.length === 40);
  expect(changes.map((c) => c.fullDocument?.n)).toEqual([...Array(40).keys()]);
  expect(Math.min(...gapsAfterChanges())).toBeLessThan(COALESCE_MS - 5);
  stop();
});

describe('eventLoopBusy', () => {
  it('reads busy after the event loop ran most of the last 100 ms, and idle after it waited', async () => {
    const busy = eventLoopBusy();
    const spinUntil = performance.now() + 150;
    while (performance.now() < spinUntil);
    expect(busy()).toBe(true);
    // Within 100 ms of a reading, that reading stands.
    expect(busy()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(busy()).toBe(false);
  });
});
