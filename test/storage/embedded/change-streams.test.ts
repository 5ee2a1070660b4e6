/**
 * Change streams through the real driver's watch(): the events mongod sends, in commit order,
 * resuming, and getMore waiting for changes. The first group runs on the suite's database server
 * (a real replica set under MONGODB_URI too); the last group checks what only the embedded engine
 * can be made to do here (a tiny history, dropped connections, a restart) on an engine of its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type ChangeStream, type Collection, type Db, MongoClient, MongoServerError, type ResumeToken, type Timestamp } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../../server/storage/embedded';
import { onEmbeddedEngine, useTestDatabase } from '../../support/database';

const testDb = useTestDatabase(__filename);
const db = (): Db => testDb.db();
const streams: ChangeStream[] = [];
afterEach(async () => {
  await Promise.all(streams.splice(0).map((s) => s.close()));
});

type Watchable = { watch: Collection['watch'] };

/** Opens a stream and makes sure the server holds its cursor, so later writes are seen. */
async function watching(target: Watchable, pipeline: object[] = [], options: object = {}): Promise<ChangeStream> {
  const stream = target.watch(pipeline, { maxAwaitTimeMS: 100, ...options });
  streams.push(stream);
  expect(await stream.tryNext()).toBeNull();
  return stream;
}

/** An event as these tests read it (the driver's union type is keyed by operationType). */
interface Event {
  _id: ResumeToken;
  operationType: string;
  clusterTime: Timestamp;
  documentKey: { _id: unknown };
  [field: string]: unknown;
}

async function take(stream: ChangeStream, n: number): Promise<Event[]> {
  const events: Event[] = [];
  while (events.length < n) events.push((await stream.next()) as unknown as Event);
  return events;
}

const kinds = (events: Event[]): string[] => events.map((e) => e.operationType);

describe('change streams on the suite database', () => {
  it('reports insert, update, replace, delete, drop and invalidate in commit order', async () => {
    const c = db().collection('events');
    await c.insertOne({ _id: 'seed' as never });
    const stream = await watching(c);
    await c.insertOne({ _id: 1 as never, name: 'bill', nested: { a: 1, b: 2 }, gone: true });
    await c.updateOne({ _id: 1 as never }, { $set: { 'nested.a': 5, added: 'x' }, $unset: { gone: '' } });
    await c.replaceOne({ _id: 1 as never }, { name: 'replaced' });
    await c.deleteOne({ _id: 1 as never });
    await c.drop();
    const events = await take(stream, 6);
    expect(kinds(events)).toEqual(['insert', 'update', 'replace', 'delete', 'drop', 'invalidate']);
    const [insert, update, replace, remove, drop] = events;
    expect(insert).toMatchObject({ ns: { db: db().databaseName, coll: 'events' }, documentKey: { _id: 1 }, fullDocument: { _id: 1, name: 'bill' } });
    expect(update.updateDescription).toEqual({ updatedFields: { 'nested.a': 5, added: 'x' }, removedFields: ['gone'], truncatedArrays: [] });
    expect(update.fullDocument).toBeUndefined();
    expect(replace).toMatchObject({ documentKey: { _id: 1 }, fullDocument: { _id: 1, name: 'replaced' } });
    expect(remove).toMatchObject({ documentKey: { _id: 1 } });
    expect(drop).toMatchObject({ ns: { db: db().databaseName, coll: 'events' } });
    for (const e of events) expect(e).toHaveProperty('clusterTime');
    expect(stream.closed).toBe(true);
  });

  it('shows transaction writes only after commit, and never those of an aborted one', async () => {
    const c = db().collection('txn');
    await c.insertOne({ _id: 'seed' as never });
    const stream = await watching(c);
    const session = testDb.client().startSession();
    try {
      session.startTransaction();
      await c.insertOne({ _id: 'aborted' as never }, { session });
      await session.abortTransaction();
      session.startTransaction();
      await c.insertOne({ _id: 'a' as never }, { session });
      await c.updateOne({ _id: 'seed' as never }, { $set: { v: 1 } }, { session });
      expect(await stream.tryNext()).toBeNull();
      await session.commitTransaction();
    } finally {
      await session.endSession();
    }
    await c.insertOne({ _id: 'after' as never });
    const events = await take(stream, 3);
    expect(events.map((e) => e.documentKey._id)).toEqual(['a', 'seed', 'after']);
    expect(events[0]).toHaveProperty('txnNumber');
    expect(events[0]).toHaveProperty('lsid');
  });

  it("looks up the current document for updates with fullDocument: 'updateLookup'", async () => {
    const c = db().collection('lookup');
    await c.insertOne({ _id: 1 as never, n: 0 });
    const stream = await watching(c, [], { fullDocument: 'updateLookup' });
    await c.updateOne({ _id: 1 as never }, { $inc: { n: 1 } });
    await c.updateOne({ _id: 1 as never }, { $inc: { n: 1 } });
    await c.deleteOne({ _id: 1 as never });
    const events = await take(stream, 2);
    // Looked up when the event is read: by then the document is gone.
    expect(events.map((e) => e.fullDocument)).toEqual([null, null]);
    const c2 = db().collection('lookup2');
    await c2.insertOne({ _id: 1 as never, n: 0 });
    const live = await watching(c2, [], { fullDocument: 'updateLookup' });
    await c2.updateOne({ _id: 1 as never }, { $inc: { n: 1 } });
    const [event] = await take(live, 1);
    expect(event.fullDocument).toEqual({ _id: 1, n: 1 });
  });

  it('filters and reshapes events with $match and $project after $changeStream', async () => {
    const c = db().collection('matched');
    await c.insertOne({ _id: 0 as never });
    const stream = await watching(c, [{ $match: { operationType: 'insert', 'fullDocument.keep': true } }, { $project: { fullDocument: 1, operationType: 1 } }]);
    await c.insertOne({ _id: 1 as never, keep: false });
    await c.insertOne({ _id: 2 as never, keep: true });
    await c.updateOne({ _id: 2 as never }, { $set: { keep: true, x: 1 } });
    await c.insertOne({ _id: 3 as never, keep: true });
    const events = await take(stream, 2);
    expect(events.map((e) => (e.fullDocument as { _id: number })._id)).toEqual([2, 3]);
    expect(Object.keys(events[0]).sort()).toEqual(['_id', 'fullDocument', 'operationType']);
  });

  it('resumes after a token (resumeAfter and startAfter) with exactly the later events', async () => {
    const c = db().collection('resume');
    await c.insertOne({ _id: 0 as never });
    const stream = await watching(c);
    for (let i = 1; i <= 4; i++) await c.insertOne({ _id: i as never });
    const events = await take(stream, 4);
    const ids = (es: Event[]): unknown[] => es.map((e) => e.documentKey._id);
    for (const option of ['resumeAfter', 'startAfter']) {
      const resumed = c.watch([], { [option]: events[1]._id, maxAwaitTimeMS: 100 });
      streams.push(resumed);
      expect(ids(await take(resumed, 2))).toEqual([3, 4]);
      expect(await resumed.tryNext()).toBeNull();
    }
  });

  it('starts at an operation time', async () => {
    const c = db().collection('optime');
    await c.insertOne({ _id: 0 as never });
    const stream = await watching(c);
    await c.insertOne({ _id: 1 as never });
    await c.insertOne({ _id: 2 as never });
    const [first, second] = await take(stream, 2);
    const from = c.watch([], { startAtOperationTime: second.clusterTime, maxAwaitTimeMS: 100 });
    streams.push(from);
    const [event] = await take(from, 1);
    expect(event.documentKey._id).toBe(2);
    expect(second.clusterTime.greaterThan(first.clusterTime)).toBe(true);
  });

  it('reports cluster times on the clock hello reports', async () => {
    const c = db().collection('clock');
    await c.insertOne({ _id: 0 as never });
    const stream = await watching(c);
    await c.insertOne({ _id: 1 as never });
    const [event] = await take(stream, 1);
    const hello = await db().admin().command({ hello: 1 });
    expect((hello.lastWrite.opTime.ts as Timestamp).greaterThanOrEqual(event.clusterTime)).toBe(true);
  });

  it('lets a getMore wait for a write and wake on it', async () => {
    const c = db().collection('waiting');
    const opener = await watching(c);
    await c.insertOne({ _id: 0 as never });
    const [seed] = await take(opener, 1);
    // A wait far past the test's own time limit: only the write can end it in time.
    const stream = c.watch([], { resumeAfter: seed._id, maxAwaitTimeMS: 120_000 });
    streams.push(stream);
    const arrived = stream.next();
    // The getMore waits on its connection; the write goes over another one.
    setImmediate(() => void c.insertOne({ _id: 'woke' as never }));
    const event = (await arrived) as { documentKey: { _id: unknown } };
    expect(event.documentKey._id).toBe('woke');
  });

  it('watches a whole database with db.watch()', async () => {
    await db().collection('dbw_a').insertOne({ _id: 0 as never });
    const stream = await watching(db());
    await db().collection('dbw_a').insertOne({ _id: 1 as never });
    await db().collection('dbw_b').insertOne({ _id: 2 as never });
    await db().collection('dbw_a').deleteOne({ _id: 1 as never });
    const events = (await take(stream, 3)) as never as { ns: { coll: string }; operationType: string }[];
    expect(events.map((e) => `${e.operationType} ${e.ns.coll}`)).toEqual(['insert dbw_a', 'insert dbw_b', 'delete dbw_a']);
  });
});

const embeddedOnly = onEmbeddedEngine() ? describe : describe.skip;

embeddedOnly('change streams on an engine of their own (embedded engine specifics)', () => {
  let mongo: EmbeddedMongo;
  let client: MongoClient;
  beforeEach(async () => {
    mongo = await startEmbeddedMongo({ changeHistorySize: 3 });
    client = await MongoClient.connect(mongo.uri);
  });
  afterEach(async () => {
    await Promise.all(streams.splice(0).map((s) => s.close()));
    await client.close();
    await mongo.stop();
  });

  it('fails with ChangeStreamHistoryLost (286) once the history no longer holds the token', async () => {
    const c = client.db('h').collection('c');
    await c.insertOne({ _id: 0 as never });
    const stream = await watching(c);
    await c.insertOne({ _id: 1 as never });
    const [event] = await take(stream, 1);
    for (let i = 2; i <= 6; i++) await c.insertOne({ _id: i as never });
    const resumed = c.watch([], { resumeAfter: event._id });
    streams.push(resumed);
    const err = await resumed.tryNext().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MongoServerError);
    expect((err as MongoServerError).code).toBe(286);
    expect((err as MongoServerError).codeName).toBe('ChangeStreamHistoryLost');
  });

  it('fails with 286 once the history\'s byte bound has dropped the token, however few changes that took', async () => {
    const small = await startEmbeddedMongo({ changeHistoryBytes: 64 * 1024 });
    const smallClient = await MongoClient.connect(small.uri);
    try {
      const c = smallClient.db('h').collection('c');
      const early = await watching(c);
      await c.insertOne({ _id: 0 as never, pad: 'x'.repeat(1_000) });
      const [event] = await take(early, 1);
      // eight 10 KiB documents, each written twice (the update holds both versions): past 64 KiB
      const writeTwice = async (i: number) => {
        await c.insertOne({ _id: i as never, pad: 'x'.repeat(10_000) });
        await c.updateOne({ _id: i as never }, { $set: { pad: 'y'.repeat(10_000) } });
      };
      for (let i = 1; i <= 7; i++) await writeTwice(i);
      const late = await watching(c);
      await writeTwice(8);
      const lost = c.watch([], { resumeAfter: event._id });
      streams.push(lost);
      expect(((await lost.tryNext().catch((e: unknown) => e)) as MongoServerError).code).toBe(286);
      const [inserted] = await take(late, 1);
      const resumed = c.watch([], { resumeAfter: inserted._id, maxAwaitTimeMS: 100 });
      streams.push(resumed);
      expect(((await resumed.tryNext()) as Event | null)?.documentKey).toEqual({ _id: 8 });
    } finally {
      await Promise.all(streams.splice(0).map((s) => s.close()));
      await smallClient.close();
      await small.stop();
    }
  });

  it('refuses a token from an earlier lifetime of the engine with 286', async () => {
    const c = client.db('h').collection('c');
    const stream = await watching(c);
    await c.insertOne({ _id: 1 as never });
    const [event] = await take(stream, 1);
    const other = await startEmbeddedMongo();
    const otherClient = await MongoClient.connect(other.uri);
    try {
      const resumed = otherClient.db('h').collection('c').watch([], { resumeAfter: event._id });
      const err = await resumed.tryNext().catch((e: unknown) => e);
      expect((err as MongoServerError).code).toBe(286);
      await resumed.close();
    } finally {
      await otherClient.close();
      await other.stop();
    }
  });

  it('resumes on its own after the connection is lost, without losing or repeating an event', async () => {
    const c = client.db('net').collection('c');
    await c.insertOne({ _id: 0 as never });
    const stream = await watching(c);
    await c.insertOne({ _id: 1 as never });
    await c.insertOne({ _id: 2 as never });
    const seen = (await take(stream, 1)).map((e) => e.documentKey._id);
    mongo.dropConnections();
    await c.insertOne({ _id: 3 as never });
    for (const e of await take(stream, 2)) seen.push(e.documentKey._id);
    expect(seen).toEqual([1, 2, 3]);
    expect(await stream.tryNext()).toBeNull();
  });

  it('watches every database with client.watch()', async () => {
    const stream = await watching(client);
    await client.db('one').collection('a').insertOne({ _id: 1 as never });
    await client.db('two').collection('b').insertOne({ _id: 2 as never });
    const events = (await take(stream, 2)) as never as { ns: { db: string; coll: string } }[];
    expect(events.map((e) => `${e.ns.db}.${e.ns.coll}`)).toEqual(['one.a', 'two.b']);
  });

  it('answers a waiting getMore at once when the engine stops', async () => {
    const { engine } = mongo;
    const opened = engine.changeStreams.start({
      scope: { db: 'stop', coll: 'c' },
      namespace: 'stop.c',
      position: { seq: engine.history.latestSeq, invalidated: false },
      pipeline: [],
      events: { fullDocument: 'default', lookup: () => null },
      sessionId: null,
    }, undefined);
    // Asked to wait two minutes, far past the test's time limit: only the stop can end it in time.
    const answered = engine.changeStreams.more(Number((opened.cursor as { id: unknown }).id), 'stop.c', undefined, 120_000);
    engine.close();
    expect(((await answered).cursor as { nextBatch: unknown[] }).nextBatch).toEqual([]);
  });

  it('names the rule when the $changeStream stage is misused', async () => {
    const coll = client.db('bad').collection('c');
    const err = (pipeline: object[]): Promise<unknown> => coll.aggregate(pipeline).toArray().catch((e: unknown) => e);
    expect(String(await err([{ $changeStream: { bogus: 1 } }]))).toContain('$changeStream.bogus');
    expect(String(await err([{ $changeStream: {} }, { $group: { _id: null } }]))).toContain('$group is not permitted');
    expect(String(await err([{ $match: {} }, { $changeStream: {} }]))).toContain('only valid as the first stage');
  });
});

embeddedOnly('change streams on a durable engine', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yidan-streams-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports a change only once the journal holds it, and forgets its history across a restart (286)', async () => {
    let mongo = await startEmbeddedMongo({ dataDir: dir });
    let client = await MongoClient.connect(mongo.uri);
    const c = client.db('d').collection('c');
    await c.insertOne({ _id: 0 as never });
    const stream = await watching(c);
    const arrived = stream.next();
    // j: false acknowledges before the journal flush; the event must still wait for it.
    await c.insertOne({ _id: 1 as never }, { writeConcern: { w: 1, j: false } });
    const written = mongo.store!.lastLsn;
    const event = await arrived;
    expect(mongo.store!.durableLsn).toBeGreaterThanOrEqual(written);
    await stream.close();
    await client.close();
    await mongo.stop();

    mongo = await startEmbeddedMongo({ dataDir: dir });
    client = await MongoClient.connect(mongo.uri);
    try {
      expect(await client.db('d').collection('c').countDocuments()).toBe(2);
      const resumed = client.db('d').collection('c').watch([], { resumeAfter: event._id });
      const err = await resumed.tryNext().catch((e: unknown) => e);
      expect((err as MongoServerError).code).toBe(286);
      await resumed.close();
    } finally {
      await client.close();
      await mongo.stop();
    }
  });
});
