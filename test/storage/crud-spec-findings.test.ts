/**
 * Behaviours MongoDB's CRUD specification tests (unified format, server 7.0 rules) expect and the
 * embedded engine once got wrong. Each test states what mongod 7.0 does; they pass against a real
 * mongod too (MONGODB_URI).
 */
import { type Collection, type Document } from 'mongodb';
import { onEmbeddedEngine, serverError, useTestDatabase } from '../support/database';

const testDb = useTestDatabase(__filename);
let coll: Collection;
let n = 0;

beforeEach(async () => {
  coll = testDb.db().collection(`c${++n}`);
  await coll.insertMany([
    { _id: 1, x: 11 },
    { _id: 2, x: 22 },
    { _id: 3, x: 33 },
  ] as Document[]);
});

describe('let variables', () => {
  const byLetId = { $expr: { $eq: ['$_id', '$$id'] } };

  it('are defined in find, aggregate and count filters', async () => {
    expect(await coll.find(byLetId, { let: { id: 2 } }).toArray()).toEqual([{ _id: 2, x: 22 }]);
    const pipeline = [{ $match: byLetId }, { $project: { _id: 0, x: 1, y: '$$y' } }];
    expect(await coll.aggregate(pipeline, { let: { id: 3, y: 'why' } }).toArray()).toEqual([{ x: 33, y: 'why' }]);
    expect(await coll.countDocuments({ $expr: { $gt: ['$x', '$$min'] } }, { let: { min: 15 } } as never)).toBe(2);
  });

  it('are defined in updates, including a pipeline update, and in deletes', async () => {
    const updated = await coll.updateOne(byLetId, [{ $set: { x: '$$x' } }], { let: { id: 1, x: 'foo' } });
    expect(updated).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    const many = await coll.updateMany({ $expr: { $gt: ['$x', '$$min'] } }, { $set: { big: true } }, { let: { min: 20 } });
    expect(many).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    expect((await coll.deleteOne(byLetId, { let: { id: 3 } })).deletedCount).toBe(1);
    expect(await coll.find().toArray()).toEqual([
      { _id: 1, x: 'foo' },
      { _id: 2, x: 22, big: true },
    ]);
  });

  it('are defined in findAndModify and in a bulkWrite', async () => {
    const found = await coll.findOneAndUpdate(byLetId, [{ $set: { x: '$$x' } }], { let: { id: 2, x: 'bar' }, returnDocument: 'after' });
    expect(found).toEqual({ _id: 2, x: 'bar' });
    const result = await coll.bulkWrite(
      [
        { updateOne: { filter: byLetId, update: [{ $set: { x: '$$x' } }] } },
        { replaceOne: { filter: { $expr: { $eq: ['$_id', '$$other'] } }, replacement: { x: 'replaced' } } },
      ],
      { let: { id: 1, other: 3, x: 'baz' } },
    );
    expect(result).toMatchObject({ matchedCount: 2, modifiedCount: 2 });
    expect(await coll.find().toArray()).toEqual([
      { _id: 1, x: 'baz' },
      { _id: 2, x: 'bar' },
      { _id: 3, x: 'replaced' },
    ]);
  });

  it('an undefined one is still an error naming it', async () => {
    const err = await serverError(coll.find(byLetId).toArray());
    expect(err.message).toContain('id');
  });
});

describe('sort on updateOne and replaceOne (a MongoDB 8.0 option)', () => {
  it('is refused as an unknown field, as 7.0 does, and nothing is written', async () => {
    const err = await serverError(coll.updateOne({}, { $set: { y: 1 } }, { sort: { _id: -1 } } as never));
    expect(err.code).toBe(40415);
    expect(err.message).toBe("BSON field 'update.updates.sort' is an unknown field.");
    await serverError(coll.replaceOne({}, { y: 1 }, { sort: { _id: -1 } } as never));
    await serverError(coll.bulkWrite([{ updateOne: { filter: {}, update: { $set: { y: 1 } }, sort: { _id: -1 } } as never }]));
    expect(await coll.countDocuments({ y: { $exists: true } })).toBe(0);
  });

  it('hello reports the 7.0 wire version that goes with it', async () => {
    const hello = await testDb.db().admin().command({ hello: 1 });
    expect(hello.maxWireVersion).toBeLessThan(25); // 25 = MongoDB 8.0
  });
});

describe('a pipeline update that replaces the root', () => {
  it('keeps the original _id when the new root has none', async () => {
    await coll.updateOne({ _id: 1 } as Document, [{ $replaceRoot: { newRoot: { t: '$x' } } }, { $addFields: { foo: 1 } }]);
    expect(await coll.findOne({ _id: 1 } as Document)).toEqual({ _id: 1, t: 11, foo: 1 });
  });
});

describe('_id with a $-prefixed field', () => {
  it('is refused on insert with DollarPrefixedFieldName, and nothing is stored', async () => {
    const err = await serverError(coll.insertOne({ _id: { $a: 1 } } as Document));
    expect(err.code).toBe(52);
    expect(err.message).toContain('$a');
    expect(await coll.countDocuments()).toBe(3);
  });

  it('is refused inside a nested _id too, while dotted keys and $ fields elsewhere are stored', async () => {
    await serverError(coll.insertOne({ _id: { a: { $b: 1 } } } as Document));
    await coll.insertOne({ _id: { 'a.b': 1 }, a: { $b: 1 } } as Document);
    expect(await coll.countDocuments()).toBe(4);
  });

  it('is refused as an array _id', async () => {
    const err = await serverError(coll.insertOne({ _id: [1, 2] } as Document));
    expect(err.code).toBe(2);
  });
});

(onEmbeddedEngine() ? describe : describe.skip)('what the embedded engine does not do', () => {
  it('refuses a collation instead of ignoring it, naming what is missing', async () => {
    const err = await serverError(coll.find({ x: 11 }, { collation: { locale: 'fr', strength: 1 } }).toArray());
    expect(err.code).toBe(238);
    expect(err.message).toContain('collations are not supported by the embedded engine');
    await serverError(coll.updateOne({ x: 11 }, { $set: { y: 1 } }, { collation: { locale: 'fr' } }));
    expect(await coll.find({ x: 11 }, { collation: { locale: 'simple' } }).toArray()).toHaveLength(1);
  });

  it('refuses $out and $merge with a message that says so (not the driver\'s retryable-writes rewrite)', async () => {
    const err = await serverError(coll.aggregate([{ $out: 'elsewhere' }]).toArray());
    expect(err.code).toBe(238);
    expect(err.message).toBe('$out is not supported by the embedded engine');
  });
});
