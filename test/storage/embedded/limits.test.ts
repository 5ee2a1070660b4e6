import { MongoClient, MongoServerError } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../../server/storage/embedded/index';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('cursor batches', () => {
  let mongo: EmbeddedMongo;
  let client: MongoClient;

  // Default timeouts: a loaded machine may pause longer than a short cursor timeout between getMores.
  beforeAll(async () => {
    mongo = await startEmbeddedMongo({ maxBatchBytes: 4096 });
    client = await MongoClient.connect(mongo.uri);
  });
  afterAll(async () => {
    await client.close();
    await mongo.stop();
  });

  it('bounds cursor batches by bytes as well as by count', async () => {
    const c = client.db('limits').collection('big');
    await c.insertMany(Array.from({ length: 40 }, (_, i) => ({ i, pad: 'x'.repeat(1000) })));
    const cursor = c.find({}, { batchSize: 1000 });
    await cursor.next();
    // ~1 KiB documents in a 4 KiB budget: the first batch holds 3 or 4, not all 40.
    expect(cursor.bufferedCount()).toBeLessThan(4);
    expect((await cursor.toArray()).length).toBe(39);
  });
});

describe('engine limits', () => {
  let mongo: EmbeddedMongo;
  let client: MongoClient;

  beforeAll(async () => {
    mongo = await startEmbeddedMongo({
      transactionLifetimeLimitMs: 150,
      cursorTimeoutMs: 150,
      reaperIntervalMs: 25,
    });
    client = await MongoClient.connect(mongo.uri);
  });
  afterAll(async () => {
    await client.close();
    await mongo.stop();
  });

  it('closes idle cursors after the cursor timeout', async () => {
    const c = client.db('limits').collection('idle');
    await c.insertMany(Array.from({ length: 20 }, (_, i) => ({ i })));
    const cursor = c.find({}, { batchSize: 2 });
    await cursor.next();
    await sleep(400);
    await expect(cursor.toArray()).rejects.toMatchObject({ code: 43 });
  });

  it('aborts a transaction that outlives the lifetime limit', async () => {
    const c = client.db('limits').collection('slow');
    await c.insertOne({ _id: 'a' as never });
    const session = client.startSession();
    session.startTransaction();
    await c.insertOne({ _id: 'b' as never }, { session });
    await sleep(400);
    const err = (await c.insertOne({ _id: 'c' as never }, { session }).catch((e: unknown) => e)) as MongoServerError;
    expect(err.code).toBe(251);
    expect(err.hasErrorLabel('TransientTransactionError')).toBe(true);
    await session.abortTransaction().catch(() => undefined);
    await session.endSession();
    expect(await c.countDocuments()).toBe(1);
    expect(mongo.engine.openTransactionCount).toBe(0);
  });
});

describe('commit validation', () => {
  let mongo: EmbeddedMongo;
  let client: MongoClient;

  beforeAll(async () => {
    mongo = await startEmbeddedMongo();
    client = await MongoClient.connect(mongo.uri);
  });
  afterAll(async () => {
    await client.close();
    await mongo.stop();
  });

  it('fails the whole commit when a plain write changed a document after the snapshot', async () => {
    const c = client.db('commit').collection('docs');
    await c.insertMany([{ _id: 1 as never, v: 0 }, { _id: 2 as never, v: 0 }]);
    const session = client.startSession();
    session.startTransaction();
    await c.updateOne({ _id: 1 as never }, { $set: { v: 'txn' } }, { session });
    await c.updateOne({ _id: 2 as never }, { $set: { v: 'txn' } }, { session });
    await c.updateOne({ _id: 2 as never }, { $set: { v: 'outside' } }); // not a transaction: applies now
    const err = (await session.commitTransaction().catch((e: unknown) => e)) as MongoServerError;
    expect(err.code).toBe(112);
    expect(err.hasErrorLabel('TransientTransactionError')).toBe(true);
    await session.endSession();
    expect(await c.find().sort({ _id: 1 }).toArray()).toEqual([{ _id: 1, v: 0 }, { _id: 2, v: 'outside' }]);
  });

  it('lets a plain insert take a unique key a transaction has claimed; the commit then fails', async () => {
    const c = client.db('commit').collection('claims');
    await c.createIndex({ k: 1 }, { unique: true });
    const session = client.startSession();
    session.startTransaction();
    await c.insertOne({ k: 'x', by: 'txn' }, { session });
    await c.insertOne({ k: 'x', by: 'plain' }); // not a transaction: does not wait, applies now
    const err = (await session.commitTransaction().catch((e: unknown) => e)) as MongoServerError;
    expect(err.code).toBe(112);
    expect(err.hasErrorLabel('TransientTransactionError')).toBe(true);
    await session.endSession();
    expect(await c.find({}, { projection: { _id: 0 } }).toArray()).toEqual([{ k: 'x', by: 'plain' }]);
  });

  it('fails a commit whose document an index created since cannot hold, applying nothing', async () => {
    const c = client.db('commit').collection('parallel');
    await c.insertOne({ _id: 'plain' as never, a: 1, b: 1 });
    const session = client.startSession();
    session.startTransaction();
    await c.updateOne({ _id: 'plain' as never }, { $set: { a: 2 } }, { session });
    await c.insertOne({ _id: 'arrays' as never, a: [1, 2], b: [3, 4] }, { session });
    await c.createIndex({ a: 1, b: 1 }); // outside the transaction: the committed data is fine
    const err = (await session.commitTransaction().catch((e: unknown) => e)) as MongoServerError;
    expect(err.code).toBe(171);
    await session.endSession();
    expect(await c.find().toArray()).toEqual([{ _id: 'plain', a: 1, b: 1 }]);
    expect(await c.countDocuments({ a: 1, b: 1 })).toBe(1);
    expect(mongo.engine.openTransactionCount).toBe(0);
  });

  it('keeps old versions only while a snapshot needs them', async () => {
    const c = client.db('commit').collection('history');
    await c.insertOne({ _id: 'h' as never, v: 0 });
    const session = client.startSession();
    session.startTransaction();
    await c.findOne({ _id: 'h' as never }, { session });
    await c.deleteOne({ _id: 'h' as never });
    expect(await c.findOne({ _id: 'h' as never }, { session })).toEqual({ _id: 'h', v: 0 });
    const coll = mongo.engine.collection('commit', 'history')!;
    expect(coll.history.size).toBe(1);
    await session.abortTransaction();
    await session.endSession();
    expect(coll.history.size).toBe(0);
  });
});
