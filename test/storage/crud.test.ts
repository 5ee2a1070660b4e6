import { type Collection, type Db, ObjectId } from 'mongodb';
import { useTestDatabase } from '../support/database';

const testDb = useTestDatabase(__filename);
const db = (): Db => testDb.db();
interface Item {
  sku?: string;
  qty?: number;
  price?: number;
  tags?: string[];
  labels?: string[];
  marks?: string[];
  dims?: Record<string, number>;
  lines?: Array<Record<string, unknown>>;
  value?: number;
  active?: boolean;
  touchedAt?: Date;
  createdBy?: string;
}

let items: Collection<Item>;

beforeEach(async () => {
  items = db().collection(`items_${Math.random().toString(36).slice(2, 8)}`);
  await items.insertMany([
    { sku: 'A', qty: 5, price: 10, tags: ['red'], dims: { w: 1 } },
    { sku: 'B', qty: 2, price: 30, tags: ['blue', 'red'] },
    { sku: 'C', qty: 9, price: 20, tags: [] },
  ]);
});

describe('find', () => {
  it('filters, sorts, skips, limits and projects', async () => {
    const docs = await items
      .find({ qty: { $gte: 2 } }, { projection: { _id: 0, sku: 1, price: 1 } })
      .sort({ price: -1 })
      .skip(1)
      .limit(1)
      .toArray();
    expect(docs).toEqual([{ sku: 'C', price: 20 }]);
  });

  it('matches array elements, nested fields, $in and $or', async () => {
    expect((await items.find({ tags: 'red' }).toArray()).map((d) => d.sku).sort()).toEqual(['A', 'B']);
    expect(await items.countDocuments({ 'dims.w': 1 })).toBe(1);
    expect(await items.countDocuments({ sku: { $in: ['A', 'C'] } })).toBe(2);
    expect(await items.countDocuments({ $or: [{ qty: 2 }, { price: 20 }] })).toBe(2);
  });

  it('finds by ObjectId and returns _id first on insert without one', async () => {
    const { insertedId } = await items.insertOne({ sku: 'D' });
    const found = await items.findOne({ _id: new ObjectId(insertedId.toHexString()) });
    expect(found?.sku).toBe('D');
    expect(Object.keys(found!)[0]).toBe('_id');
  });

  it('rejects an unknown query operator with a MongoDB error', async () => {
    await expect(items.findOne({ qty: { $nosuch: 1 } })).rejects.toMatchObject({ code: expect.any(Number) });
  });
});

describe('update', () => {
  it('applies the field and array operators', async () => {
    await items.updateOne(
      { sku: 'A' },
      {
        $set: { 'dims.h': 2 },
        $inc: { qty: 1 },
        $mul: { price: 2 },
        $push: { tags: 'green' },
        $addToSet: { labels: 'x' },
        $currentDate: { touchedAt: true },
      },
    );
    await items.updateOne({ sku: 'A' }, { $unset: { 'dims.w': '' }, $min: { qty: 3 }, $max: { price: 100 }, $rename: { labels: 'marks' } });
    await items.updateOne({ sku: 'A' }, { $pull: { tags: 'red' }, $pop: { marks: 1 } });
    const a = await items.findOne({ sku: 'A' }, { projection: { _id: 0 } });
    expect(a).toMatchObject({ qty: 3, price: 100, tags: ['green'], dims: { h: 2 }, marks: [] });
    expect(a?.touchedAt).toBeInstanceOf(Date);
  });

  it('updates many, counts matched and modified', async () => {
    const r = await items.updateMany({ qty: { $gt: 1 } }, { $set: { active: true } });
    expect(r).toMatchObject({ matchedCount: 3, modifiedCount: 3 });
    const again = await items.updateMany({}, { $set: { active: true } });
    expect(again).toMatchObject({ matchedCount: 3, modifiedCount: 0 });
  });

  it('upserts with $setOnInsert only on insert', async () => {
    const first = await items.updateOne({ sku: 'Z' }, { $set: { qty: 1 }, $setOnInsert: { createdBy: 'seed' } }, { upsert: true });
    expect(first.upsertedCount).toBe(1);
    await items.updateOne({ sku: 'Z' }, { $set: { qty: 2 }, $setOnInsert: { createdBy: 'other' } }, { upsert: true });
    expect(await items.findOne({ sku: 'Z' }, { projection: { _id: 0 } })).toEqual({ sku: 'Z', qty: 2, createdBy: 'seed' });
  });

  it('updates the array elements chosen by arrayFilters', async () => {
    await items.insertOne({ sku: 'L', lines: [{ n: 1, ok: false }, { n: 2, ok: false }, { n: 3, ok: false }] });
    await items.updateOne({ sku: 'L' }, { $set: { 'lines.$[big].ok': true } }, { arrayFilters: [{ 'big.n': { $gte: 2 } }] });
    const l = await items.findOne({ sku: 'L' });
    expect(l?.lines?.map((x) => x.ok)).toEqual([false, true, true]);
  });

  it('updates the element matched by the positional $ and every element with $[]', async () => {
    await items.insertOne({ sku: 'P', lines: [{ n: 1, qty: 1 }, { n: 2, qty: 1 }] });
    await items.updateOne({ sku: 'P', 'lines.n': 2 }, { $inc: { 'lines.$.qty': 5 } });
    await items.updateOne({ sku: 'P' }, { $set: { 'lines.$[].checked': true } });
    const p = await items.findOne({ sku: 'P' }, { projection: { _id: 0, lines: 1 } });
    expect(p?.lines).toEqual([{ n: 1, qty: 1, checked: true }, { n: 2, qty: 6, checked: true }]);
  });

  it('runs aggregation-pipeline updates', async () => {
    await items.updateMany({}, [{ $set: { value: { $multiply: ['$qty', '$price'] } } }]);
    expect((await items.findOne({ sku: 'B' }))?.value).toBe(60);
  });

  it('replaces a document but refuses to change its _id', async () => {
    const a = await items.findOne({ sku: 'A' });
    await items.replaceOne({ _id: a!._id }, { sku: 'A2' });
    expect(await items.findOne({ _id: a!._id }, { projection: { _id: 0 } })).toEqual({ sku: 'A2' });
    await expect(items.updateOne({ _id: a!._id }, { $set: { _id: new ObjectId() } })).rejects.toMatchObject({ code: 66 });
  });
});

describe('delete and findAndModify', () => {
  it('deletes one and many', async () => {
    expect((await items.deleteOne({ tags: 'red' })).deletedCount).toBe(1);
    expect((await items.deleteMany({})).deletedCount).toBe(2);
  });

  it('finds and updates, returning the document before or after', async () => {
    const before = await items.findOneAndUpdate({ sku: 'B' }, { $inc: { qty: 1 } }, { returnDocument: 'before' });
    expect(before?.qty).toBe(2);
    const after = await items.findOneAndUpdate({ sku: 'B' }, { $inc: { qty: 1 } }, { returnDocument: 'after', projection: { qty: 1, _id: 0 } });
    expect(after).toEqual({ qty: 4 });
  });

  it('finds by sort order, deletes and upserts', async () => {
    const cheapest = await items.findOneAndDelete({}, { sort: { price: 1 } });
    expect(cheapest?.sku).toBe('A');
    const created = await items.findOneAndUpdate({ sku: 'N' }, { $set: { qty: 0 } }, { upsert: true, returnDocument: 'after' });
    expect(created).toMatchObject({ sku: 'N', qty: 0 });
    expect(await items.findOneAndUpdate({ sku: 'none' }, { $set: { qty: 1 } })).toBeNull();
  });
});

describe('count and distinct', () => {
  it('counts, estimates and lists distinct values through arrays', async () => {
    expect(await items.countDocuments({ price: { $gt: 10 } })).toBe(2);
    expect(await items.estimatedDocumentCount()).toBe(3);
    expect((await items.distinct('tags')).sort()).toEqual(['blue', 'red']);
    expect((await items.distinct('sku', { qty: { $lt: 6 } })).sort()).toEqual(['A', 'B']);
  });
});
