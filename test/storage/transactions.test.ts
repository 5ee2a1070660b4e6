import { type ClientSession, type Db, Long, MongoClient, MongoServerError } from 'mongodb';
import { useTestDatabase } from '../support/database';

const testDb = useTestDatabase(__filename);
const client = (): MongoClient => testDb.client();
const db = (): Db => testDb.db();


async function inTransaction<T>(fn: (session: ClientSession) => Promise<T>): Promise<T> {
  const session = client().startSession();
  try {
    session.startTransaction();
    const out = await fn(session);
    await session.commitTransaction();
    return out;
  } catch (err) {
    if (session.inTransaction()) await session.abortTransaction().catch(() => undefined);
    throw err;
  } finally {
    await session.endSession();
  }
}

it('commits writes to several collections together', async () => {
  await db().createCollection('bills_a');
  await db().createCollection('loans_a');
  await inTransaction(async (session) => {
    await db().collection('bills_a').insertOne({ no: 'B1', pledged: true }, { session });
    await db().collection('loans_a').insertOne({ bill: 'B1' }, { session });
    // invisible outside until commit
    expect(await db().collection('bills_a').countDocuments({})).toBe(0);
  });
  expect(await db().collection('bills_a').countDocuments({})).toBe(1);
  expect(await db().collection('loans_a').countDocuments({})).toBe(1);
});

it('discards every write on abort', async () => {
  const c = db().collection('aborted');
  await c.insertOne({ _id: 'k' as never, v: 1 });
  const session = client().startSession();
  session.startTransaction();
  await c.updateOne({ _id: 'k' as never }, { $set: { v: 2 } }, { session });
  await c.insertOne({ extra: true }, { session });
  expect((await c.findOne({ _id: 'k' as never }, { session }))?.v).toBe(2);
  await session.abortTransaction();
  await session.endSession();
  expect(await c.find().toArray()).toEqual([{ _id: 'k', v: 1 }]);
});

it('reads a snapshot: later commits by others stay invisible inside the transaction', async () => {
  const c = db().collection('snapshot');
  await c.insertOne({ _id: 1 as never, v: 'old' });
  const session = client().startSession();
  session.startTransaction();
  expect((await c.findOne({ _id: 1 as never }, { session }))?.v).toBe('old');
  await c.updateOne({ _id: 1 as never }, { $set: { v: 'new' } });
  await c.insertOne({ _id: 2 as never, v: 'added' });
  expect((await c.findOne({ _id: 1 as never }, { session }))?.v).toBe('old');
  expect(await c.countDocuments({}, { session })).toBe(1);
  await session.abortTransaction();
  await session.endSession();
  expect(await c.countDocuments({})).toBe(2);
});

it('gives ten concurrent transactions on one counter a final value of exactly 10', async () => {
  const counters = db().collection('counters');
  await counters.insertOne({ _id: 'seq' as never, value: 0 });
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      const session = client().startSession();
      try {
        await session.withTransaction(async () => {
          const doc = await counters.findOne({ _id: 'seq' as never }, { session });
          await counters.updateOne({ _id: 'seq' as never }, { $set: { value: doc!.value + 1 } }, { session });
        });
      } finally {
        await session.endSession();
      }
    }),
  );
  expect((await counters.findOne({ _id: 'seq' as never }))?.value).toBe(10);
});

it('reports a WriteConflict (112) with TransientTransactionError when two transactions write one document', async () => {
  const c = db().collection('conflict');
  await c.insertOne({ _id: 'doc' as never, v: 0 });
  const first = client().startSession();
  const second = client().startSession();
  first.startTransaction();
  second.startTransaction();
  await c.updateOne({ _id: 'doc' as never }, { $set: { v: 1 } }, { session: first });
  const err = (await c.updateOne({ _id: 'doc' as never }, { $set: { v: 2 } }, { session: second }).catch((e: unknown) => e)) as MongoServerError;
  expect(err).toBeInstanceOf(MongoServerError);
  expect(err.code).toBe(112);
  expect(err.hasErrorLabel('TransientTransactionError')).toBe(true);
  await first.commitTransaction();
  await second.abortTransaction().catch(() => undefined);
  await first.endSession();
  await second.endSession();
  expect((await c.findOne({ _id: 'doc' as never }))?.v).toBe(1);
});

it('applies nothing of a transaction that failed part-way', async () => {
  const c = db().collection('partial');
  await c.insertMany([{ _id: 'x' as never, v: 0 }, { _id: 'y' as never, v: 0 }]);
  const holder = client().startSession();
  holder.startTransaction();
  await c.updateOne({ _id: 'y' as never }, { $set: { v: 'held' } }, { session: holder });
  const loser = client().startSession();
  loser.startTransaction();
  await c.updateOne({ _id: 'x' as never }, { $set: { v: 'lost' } }, { session: loser });
  await expect(c.updateOne({ _id: 'y' as never }, { $set: { v: 'lost' } }, { session: loser })).rejects.toMatchObject({ code: 112 });
  await expect(loser.commitTransaction()).rejects.toMatchObject({ code: 251 });
  await holder.abortTransaction();
  await holder.endSession();
  await loser.endSession();
  expect(await c.find().sort({ _id: 1 }).toArray()).toEqual([{ _id: 'x', v: 0 }, { _id: 'y', v: 0 }]);
});

it('rejects a duplicate key inside a transaction and aborts it', async () => {
  const c = db().collection('unique_in_txn');
  await c.createIndex({ ref: 1 }, { unique: true });
  await c.insertOne({ ref: 'R1' });
  const session = client().startSession();
  session.startTransaction();
  await c.insertOne({ ref: 'R2' }, { session });
  const err = (await c.insertOne({ ref: 'R1' }, { session }).catch((e: unknown) => e)) as MongoServerError;
  expect(err.code).toBe(11000);
  expect(err.keyValue).toEqual({ ref: 'R1' });
  await expect(session.commitTransaction()).rejects.toMatchObject({ code: 251 });
  await session.endSession();
  expect(await c.countDocuments({ ref: 'R2' })).toBe(0);
});

it('lets only one of two concurrent transactions claim a unique key', async () => {
  const c = db().collection('unique_race');
  await c.createIndex({ billNo: 1 }, { unique: true });
  const outcomes = await Promise.allSettled(
    ['bank-a', 'bank-b'].map(async (bank) => {
      const session = client().startSession();
      try {
        session.startTransaction();
        await c.insertOne({ billNo: 'B-77', bank }, { session });
        await new Promise((r) => setTimeout(r, 20));
        await session.commitTransaction();
      } catch (err) {
        if (session.inTransaction()) await session.abortTransaction().catch(() => undefined);
        throw err;
      } finally {
        await session.endSession();
      }
    }),
  );
  expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  const failure = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
  expect([112, 11000, 251]).toContain((failure.reason as MongoServerError).code);
  expect(await c.countDocuments({ billNo: 'B-77' })).toBe(1);
});

it('answers NoSuchTransaction (251) for a transaction number never started', async () => {
  const session = client().startSession();
  const err = (await client()
    .db('admin')
    .command({ commitTransaction: 1, txnNumber: Long.fromNumber(424242), autocommit: false }, { session })
    .catch((e: unknown) => e)) as MongoServerError;
  await session.endSession();
  expect(err).toBeInstanceOf(MongoServerError);
  expect(err.code).toBe(251);
});
