import { type Db, MongoServerError } from 'mongodb';
import { useTestDatabase } from '../support/database';
import { summarizeExplain } from '../support/explain';

const testDb = useTestDatabase(__filename);
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

describe('compound index prefixes', () => {
  it('answers an equality on the leading field of a compound index from the index', async () => {
    const c = db().collection('billsByShipment');
    await c.createIndex({ shipmentId: 1, createdAt: 1 });
    await c.insertMany(Array.from({ length: 1500 }, (_, i) => ({ shipmentId: `S${i % 500}`, createdAt: new Date(Date.UTC(2026, 0, 1 + (i % 30))), state: i % 3 === 0 ? 'VOIDED' : 'ISSUED' })));
    const plan = summarizeExplain(await c.find({ shipmentId: 'S42', state: { $ne: 'VOIDED' } }).explain('executionStats'));
    expect(plan.stages).toContain('IXSCAN');
    expect(plan.docsExamined).toBe(3);
    const found = await c.find({ shipmentId: 'S42', state: { $ne: 'VOIDED' } }).toArray();
    expect(found.map((d) => d.state)).toEqual(['ISSUED', 'ISSUED']);
    // The second field alone is not a prefix: that stays a scan, as on mongod.
    expect(summarizeExplain(await c.find({ createdAt: new Date(Date.UTC(2026, 0, 2)) }).explain('executionStats')).stages).toContain('COLLSCAN');
  });

  it('keeps prefix lookups in step with updates and deletes', async () => {
    const c = db().collection('prefixMoves');
    await c.createIndex({ orderId: 1, seq: 1 });
    await c.insertMany([{ orderId: 'A', seq: 1 }, { orderId: 'A', seq: 2 }, { orderId: 'B', seq: 1 }]);
    await c.updateOne({ orderId: 'A', seq: 2 }, { $set: { orderId: 'B' } });
    await c.deleteOne({ orderId: 'A', seq: 1 });
    expect(await c.countDocuments({ orderId: 'A' })).toBe(0);
    expect((await c.find({ orderId: 'B' }).sort({ seq: 1 }).toArray()).map((d) => d.seq)).toEqual([1, 2]);
    // Stale prefix entries would still be fetched (and then filtered out): the plan shows them.
    expect(summarizeExplain(await c.find({ orderId: 'A' }).explain('executionStats'))).toMatchObject({ stages: ['FETCH', 'IXSCAN'], docsExamined: 0 });
    expect(summarizeExplain(await c.find({ orderId: 'B' }).explain('executionStats')).docsExamined).toBe(2);
  });

  it('prefers a unique index matched on all its fields to a longer prefix of another', async () => {
    const c = db().collection('prefixUnique');
    await c.createIndex({ state: 1, createdAt: 1, seq: 1 });
    await c.createIndex({ number: 1 }, { unique: true });
    await c.insertMany(Array.from({ length: 300 }, (_, i) => ({ number: `N${i}`, state: 'OPEN', createdAt: new Date(Date.UTC(2026, 0, 1)), seq: i })));
    const plan = summarizeExplain(await c.find({ state: 'OPEN', createdAt: new Date(Date.UTC(2026, 0, 1)), number: 'N7' }).explain('executionStats'));
    expect(plan.docsExamined).toBe(1);
  });

  it('prefers the index covering more leading fields', async () => {
    const c = db().collection('prefixChoice');
    await c.createIndex({ orderId: 1 });
    await c.createIndex({ orderId: 1, kind: 1 });
    await c.insertMany(Array.from({ length: 400 }, (_, i) => ({ orderId: `O${i % 4}`, kind: `K${i % 25}` })));
    const plan = summarizeExplain(await c.find({ orderId: 'O1', kind: 'K5' }).explain('executionStats'));
    expect(plan.stages).toContain('IXSCAN');
    expect(plan.docsExamined).toBe(4);
  });

  it('finds a document whose leading field sits in an array shared with the second field', async () => {
    const c = db().collection('prefixShared');
    await c.createIndex({ 'lines.sku': 1, 'lines.qty': 1 });
    await c.insertOne({ lines: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }] });
    await c.insertOne({ lines: [{ sku: 'c', qty: 3 }] });
    // sku b and qty 1 sit in different elements: a match, which a paired key alone would miss.
    expect(await c.countDocuments({ 'lines.sku': 'b', 'lines.qty': 1 })).toBe(1);
    expect(await c.countDocuments({ 'lines.sku': 'c' })).toBe(1);
  });
});

describe('choosing a plan', () => {
  it('reads the union of indexed $or branches instead of a larger bucket or a scan', async () => {
    const c = db().collection('loans');
    await c.createIndex({ state: 1 });
    await c.createIndex({ orderId: 1 });
    await c.createIndex({ billId: 1 });
    await c.insertMany(Array.from({ length: 500 }, (_, i) => ({ orderId: `O${i}`, billId: `B${i}`, state: 'disbursed' })));
    const filter = { $or: [{ orderId: 'O7' }, { billId: 'B9' }], state: { $in: ['applied', 'disbursed'] } };
    const plan = summarizeExplain(await c.find(filter).explain('executionStats'));
    expect(plan.stages).toEqual(expect.arrayContaining(['OR', 'IXSCAN']));
    expect(plan.docsExamined).toBe(2);
    expect((await c.find(filter).toArray()).map((d) => d.orderId).sort()).toEqual(['O7', 'O9']);
    // One branch without an index: the $or cannot be served by indexes, the state index can.
    const partly = summarizeExplain(await c.find({ $or: [{ orderId: 'O7' }, { note: 'x' }], state: 'disbursed' }).explain('executionStats'));
    expect(partly.docsExamined).toBe(500);
  });

  it('takes the index whose keys hold the fewest documents', async () => {
    const c = db().collection('invoicesByParty');
    await c.createIndex({ parties: 1 });
    await c.createIndex({ number: 1 });
    await c.insertMany(Array.from({ length: 400 }, (_, i) => ({ number: `INV-${i}`, parties: ['seller', `buyer-${i % 3}`] })));
    const plan = summarizeExplain(await c.find({ number: 'INV-42', parties: 'seller' }).explain('executionStats'));
    expect(plan.docsExamined).toBe(1);
  });
});

describe('multikey indexes', () => {
  const tags = Array.from({ length: 1500 }, (_, i) => `t${i}`);

  it('indexes every element of a large array, so a lookup through the index finds the document', async () => {
    const c = db().collection('tagged');
    await c.createIndex({ tags: 1 });
    await c.insertMany([{ name: 'many', tags }, { name: 'few', tags: ['t1', 't2'] }]);
    expect((await c.find({ tags: 't1200' }).toArray()).map((d) => d.name)).toEqual(['many']);
    const plan = summarizeExplain(await c.find({ tags: 't1200' }).explain('executionStats'));
    expect(plan.stages).toContain('IXSCAN');
    expect(plan.docsExamined).toBe(1);
  });

  it('enforces a unique index on every element of a large array', async () => {
    const c = db().collection('uniqueTags');
    await c.createIndex({ tags: 1 }, { unique: true });
    await c.insertOne({ tags });
    const err = await duplicateError(c.insertOne({ tags: ['fresh', 't1400'] }));
    expect(err.keyPattern).toEqual({ tags: 1 });
    expect(await c.countDocuments()).toBe(1);
  });

  it('refuses a document with two indexed arrays under a compound index (CannotIndexParallelArrays, 171)', async () => {
    const c = db().collection('parallel');
    await c.createIndex({ a: 1, b: 1 });
    await c.insertOne({ _id: 1 as never, a: [1, 2], b: 'x' });
    await expect(c.insertOne({ a: [1, 2], b: ['x', 'y'] })).rejects.toMatchObject({
      code: 171,
      message: expect.stringContaining('cannot index parallel arrays'),
    });
    await expect(c.updateOne({ _id: 1 as never }, { $set: { b: ['x', 'y'] } })).rejects.toMatchObject({ code: 171 });
    expect(await c.find().toArray()).toEqual([{ _id: 1, a: [1, 2], b: 'x' }]);
    // One array shared by both fields (paths through the same array) is fine, as in mongod.
    const lines = db().collection('lines');
    await lines.createIndex({ 'lines.sku': 1, 'lines.qty': 1 });
    await lines.insertOne({ lines: [{ sku: 'A', qty: 1 }, { sku: 'B', qty: 2 }] });
    expect(await lines.countDocuments({ 'lines.sku': 'A', 'lines.qty': 2 })).toBe(1);
  });

  it('refuses to build a compound index over existing documents with parallel arrays', async () => {
    const c = db().collection('parallelLater');
    await c.insertMany([{ a: 1, b: 1 }, { a: [1, 2], b: [3, 4] }]);
    await expect(c.createIndex({ a: 1, b: 1 })).rejects.toMatchObject({ code: 171 });
    expect((await c.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('keys one array shared by several fields element by element, without a cap', async () => {
    const c = db().collection('sharedLines');
    await c.createIndex({ 'lines.sku': 1, 'lines.qty': 1 }, { unique: true });
    const lines = Array.from({ length: 1500 }, (_, i) => ({ sku: `s${i}`, qty: i }));
    await c.insertOne({ lines });
    // s1 with qty 2 exists only across two different elements: not a duplicate key (mongod agrees).
    await c.insertOne({ lines: [{ sku: 's1', qty: 2 }] });
    await duplicateError(c.insertOne({ lines: [{ sku: 's1200', qty: 1200 }] }));
    // Matches that pair values from different elements are still found.
    expect(await c.countDocuments({ 'lines.sku': 's1', 'lines.qty': 1400 })).toBe(1);
  });
});
