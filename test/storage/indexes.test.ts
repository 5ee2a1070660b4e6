import { type Db, MongoClient, MongoServerError } from 'mongodb';
import { useTestDatabase } from '../support/database';
import { summarizeExplain } from '../support/explain';

const testDb = useTestDatabase(__filename);
const client = (): MongoClient => testDb.client();
const db = (): Db => testDb.db();


async function duplicateError(p: Promise<unknown>): Promise<MongoServerError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MongoServerError);
  expect((err as MongoServerError).code).toBe(11000);
  return err as MongoServerError;
}

it('reports a unique violation with keyPattern and keyValue, as mongod does', async () => {
  const parties = db().collection('parties');
  await parties.createIndex({ email: 1 }, { unique: true });
  await parties.insertOne({ email: 'ops@cq-forwarder.cn' });
  const err = await duplicateError(parties.insertOne({ email: 'ops@cq-forwarder.cn' }));
  expect(err.keyPattern).toEqual({ email: 1 });
  expect(err.keyValue).toEqual({ email: 'ops@cq-forwarder.cn' });
  expect(err.message).toContain('E11000 duplicate key error');
});

it('rejects a duplicate _id and keeps the earlier documents of an ordered batch', async () => {
  const c = db().collection('ids');
  await c.insertOne({ _id: 'x' as never });
  await expect(c.insertMany([{ _id: 'y' as never }, { _id: 'x' as never }, { _id: 'z' as never }])).rejects.toMatchObject({ code: 11000 });
  expect((await c.find().toArray()).map((d) => d._id).sort()).toEqual(['x', 'y']);
  await expect(c.insertMany([{ _id: 'x' as never }, { _id: 'w' as never }], { ordered: false })).rejects.toMatchObject({ code: 11000 });
  expect(await c.countDocuments()).toBe(3);
});

it('enforces compound unique indexes on the combination only', async () => {
  const c = db().collection('legs');
  await c.createIndex({ billNo: 1, seq: 1 }, { unique: true });
  await c.insertMany([{ billNo: 'B1', seq: 1 }, { billNo: 'B1', seq: 2 }, { billNo: 'B2', seq: 1 }]);
  const err = await duplicateError(c.insertOne({ billNo: 'B1', seq: 2 }));
  expect(err.keyPattern).toEqual({ billNo: 1, seq: 1 });
  expect(err.keyValue).toEqual({ billNo: 'B1', seq: 2 });
});

it('lets a sparse unique index skip documents without the field', async () => {
  const c = db().collection('sparse');
  await c.createIndex({ taxId: 1 }, { unique: true, sparse: true });
  await c.insertMany([{ name: 'a' }, { name: 'b' }, { taxId: 'T1' }]);
  await duplicateError(c.insertOne({ taxId: 'T1' }));
});

it('treats missing fields as null in a non-sparse unique index', async () => {
  const c = db().collection('dense');
  await c.createIndex({ code: 1 }, { unique: true });
  await c.insertOne({ name: 'a' });
  await duplicateError(c.insertOne({ name: 'b' }));
});

it('applies a partial unique index only to the documents its filter selects', async () => {
  const c = db().collection('loans');
  // "one open loan per bill": closed loans may repeat the bill number
  await c.createIndex({ billNo: 1 }, { unique: true, partialFilterExpression: { open: true } });
  await c.insertMany([{ billNo: 'B1', open: false }, { billNo: 'B1', open: false }, { billNo: 'B1', open: true }]);
  await duplicateError(c.insertOne({ billNo: 'B1', open: true }));
  await duplicateError(c.updateOne({ billNo: 'B1', open: false }, { $set: { open: true } }));
});

it('refuses to build a unique index over existing duplicates', async () => {
  const c = db().collection('prefilled');
  await c.insertMany([{ k: 1 }, { k: 1 }]);
  await expect(c.createIndex({ k: 1 }, { unique: true })).rejects.toMatchObject({ code: 11000 });
  expect((await c.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
});

it('answers an equality query from the index instead of scanning', async () => {
  const c = db().collection('containers');
  await c.createIndex({ containerNo: 1 });
  await c.insertMany(Array.from({ length: 2000 }, (_, i) => ({ containerNo: `CSQU${String(i).padStart(7, '0')}`, i })));
  const indexed = summarizeExplain(await c.find({ containerNo: 'CSQU0001234' }).explain('executionStats'));
  expect(indexed.stages).toContain('IXSCAN');
  expect(indexed.docsExamined).toBe(1);
  const scanned = summarizeExplain(await c.find({ i: 1234 }).explain('executionStats'));
  expect(scanned.stages).toContain('COLLSCAN');
  expect(scanned.docsExamined).toBe(2000);
  const byId = await c.findOne({ i: 7 });
  const idPlan = summarizeExplain(await c.find({ _id: byId!._id }).explain('executionStats'));
  expect(idPlan.docsExamined).toBe(1);
});
