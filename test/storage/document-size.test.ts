/**
 * The 16 MiB BSON limit on what is stored and what is returned: writes that would produce a larger
 * document fail with BSONObjectTooLarge (10334) and leave the stored document as it was, and
 * `distinct` refuses a result larger than 16 MiB (17217), as mongod does.
 */
import { type Db, MongoServerError } from 'mongodb';
import { useTestDatabase } from '../support/database';

const testDb = useTestDatabase(__filename);
const db = (): Db => testDb.db();

const SIX_MB = 'x'.repeat(6 * 1024 * 1024);

async function serverError(p: Promise<unknown>): Promise<MongoServerError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MongoServerError);
  return err as MongoServerError;
}

async function stillServes(): Promise<void> {
  expect(await db().command({ ping: 1 })).toMatchObject({ ok: 1 });
  const c = db().collection<{ _id: string; ok: boolean }>('alive');
  await c.insertOne({ _id: `a${Math.random()}`, ok: true });
  expect(await c.countDocuments({ ok: true })).toBeGreaterThan(0);
}

it('refuses an update that grows a document past 16 MiB and keeps the document unchanged', async () => {
  const c = db().collection<{ _id: number; a?: string[] }>('grow');
  await c.insertOne({ _id: 1 });
  await c.updateOne({ _id: 1 }, { $push: { a: SIX_MB } });
  await c.updateOne({ _id: 1 }, { $push: { a: SIX_MB } });
  const err = await serverError(c.updateOne({ _id: 1 }, { $push: { a: SIX_MB } }));
  expect(err.code).toBe(10334);
  const doc = await c.findOne({ _id: 1 });
  expect(doc?.a).toHaveLength(2);
  await stillServes();
});

it('refuses an oversized findAndModify result and an oversized upsert', async () => {
  const c = db().collection<{ _id: string; a?: string; b?: string; d?: string }>('fam');
  // The pipeline copies one 6 MB string into three fields: an 18 MB document from a 6 MB command.
  const triple = [{ $set: { a: SIX_MB } }, { $set: { b: '$a', d: '$a' } }];
  await c.insertOne({ _id: 'f' });
  expect((await serverError(c.findOneAndUpdate({ _id: 'f' }, triple, { returnDocument: 'after' }))).code).toBe(10334);
  expect(await c.findOne({ _id: 'f' })).toEqual({ _id: 'f' });
  expect((await serverError(c.updateOne({ _id: 'u' }, triple, { upsert: true }))).code).toBe(10334);
  expect((await serverError(c.findOneAndUpdate({ _id: 'v' }, triple, { upsert: true }))).code).toBe(10334);
  expect(await c.countDocuments()).toBe(1);
  await stillServes();
});

it('refuses a distinct whose values exceed 16 MiB (17217)', async () => {
  const c = db().collection<{ _id: number; v: string }>('wide');
  for (let i = 0; i < 3; i++) await c.insertOne({ _id: i, v: `${i}${SIX_MB}` });
  const err = await serverError(c.distinct('v'));
  expect(err.code).toBe(17217);
  expect(await c.distinct('_id')).toEqual([0, 1, 2]);
  await stillServes();
});
