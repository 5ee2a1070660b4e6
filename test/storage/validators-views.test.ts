/**
 * Collection validators (create, collMod), read-only views and $listLocalSessions, as mongod 7.0
 * has them (found missing by MongoDB's CRUD specification tests). These pass against a real
 * mongod too (MONGODB_URI), except where a test says it checks the embedded engine's refusal.
 */
import { type Document } from 'mongodb';
import { onEmbeddedEngine, serverError, useTestDatabase } from '../support/database';

const testDb = useTestDatabase(__filename);
const db = () => testDb.db();
let n = 0;
const fresh = (tag: string) => `${tag}${++n}`;

describe('collection validators', () => {
  it('refuse an insert that fails the validator with 121 DocumentValidationFailure, storing nothing', async () => {
    const coll = await db().createCollection(fresh('v'), { validator: { qty: { $type: 'number', $gte: 0 } } });
    await coll.insertOne({ qty: 3 });
    const err = await serverError(coll.insertOne({ qty: -1 }));
    expect(err.code).toBe(121);
    expect(err.message).toBe('Document failed validation');
    expect(err.errInfo).toMatchObject({ failingDocumentId: expect.anything() });
    expect(await coll.countDocuments()).toBe(1);
  });

  it('are added by collMod, checked on updates, and skipped with bypassDocumentValidation', async () => {
    const coll = db().collection(fresh('m'));
    await coll.insertMany([{ _id: 1, status: 'open' }, { _id: 2 }] as Document[]);
    await db().command({ collMod: coll.collectionName, validator: { status: { $in: ['open', 'closed'] } } });
    const [info] = await db().listCollections({ name: coll.collectionName }).toArray();
    expect((info as Document).options).toMatchObject({ validator: { status: { $in: ['open', 'closed'] } } });
    const err = await serverError(coll.updateOne({ _id: 1 } as Document, { $set: { status: 'lost' } }));
    expect(err.code).toBe(121);
    await coll.updateOne({ _id: 1 } as Document, { $set: { status: 'lost' } }, { bypassDocumentValidation: true });
    await coll.insertOne({ status: 'nonsense' }, { bypassDocumentValidation: true });
    expect(await coll.countDocuments({ status: { $in: ['lost', 'nonsense'] } })).toBe(2);
  });

  it('under validationLevel moderate, let updates of documents that already failed through', async () => {
    const coll = db().collection(fresh('mod'));
    await coll.insertMany([{ _id: 1, n: 1 }, { _id: 2, n: 'old' }] as Document[]);
    await db().command({ collMod: coll.collectionName, validator: { n: { $type: 'number' } }, validationLevel: 'moderate' });
    await coll.updateOne({ _id: 2 } as Document, { $set: { n: 'still a string' } });
    expect((await serverError(coll.updateOne({ _id: 1 } as Document, { $set: { n: 'x' } }))).code).toBe(121);
    await db().command({ collMod: coll.collectionName, validationAction: 'warn' });
    await coll.updateOne({ _id: 1 } as Document, { $set: { n: 'x' } });
    expect(await coll.countDocuments({ n: { $type: 'string' } })).toBe(2);
  });

  it('collMod names what is wrong: a missing collection, a bad level', async () => {
    expect((await serverError(db().command({ collMod: 'nowhere', validator: {} }))).code).toBe(26);
    await db().createCollection(fresh('bad'));
    const err = await serverError(db().command({ collMod: `bad${n}`, validationLevel: 'sometimes' }));
    expect(err.message).toContain('validationLevel');
  });

  (onEmbeddedEngine() ? it : it.skip)('the embedded engine refuses $jsonSchema validators with a clear error', async () => {
    const err = await serverError(db().createCollection(fresh('js'), { validator: { $jsonSchema: { required: ['a'] } } }));
    expect(err.message).toContain('$jsonSchema validators are not supported by the embedded engine');
  });
});

describe('read-only views', () => {
  it('show their pipeline over the source to find, count, countDocuments, distinct and aggregate', async () => {
    const source = db().collection(fresh('src'));
    await source.insertMany([{ _id: 1, x: 11 }, { _id: 2, x: 22 }, { _id: 3, x: 33 }] as Document[]);
    const viewName = fresh('view');
    await db().createCollection(viewName, { viewOn: source.collectionName, pipeline: [{ $match: { _id: { $gt: 1 } } }] });
    const view = db().collection(viewName);
    expect(await view.find({}, { sort: { _id: -1 } }).toArray()).toEqual([{ _id: 3, x: 33 }, { _id: 2, x: 22 }]);
    expect(await view.countDocuments()).toBe(2);
    expect(await view.countDocuments({ x: { $gt: 30 } })).toBe(1);
    expect(await db().command({ count: viewName })).toMatchObject({ n: 2 });
    expect(await view.distinct('x')).toEqual([22, 33]);
    expect(await view.aggregate([{ $group: { _id: null, sum: { $sum: '$x' } } }]).toArray()).toEqual([{ _id: null, sum: 55 }]);
    // A view reads its source at the moment it is read.
    await source.insertOne({ _id: 4, x: 44 } as Document);
    expect(await view.countDocuments()).toBe(3);
  });

  it('are listed as views and refuse writes with CommandNotSupportedOnView (166)', async () => {
    const viewName = fresh('ro');
    await db().createCollection(viewName, { viewOn: fresh('base'), pipeline: [] });
    const [info] = await db().listCollections({ name: viewName }).toArray();
    expect(info).toMatchObject({ type: 'view', options: { viewOn: `base${n}`, pipeline: [] } });
    const view = db().collection(viewName);
    expect((await serverError(view.insertOne({ a: 1 }))).code).toBe(166);
    expect((await serverError(view.updateOne({}, { $set: { a: 1 } }))).code).toBe(166);
    expect((await serverError(view.deleteMany({}))).code).toBe(166);
    expect((await serverError(view.createIndex({ a: 1 }))).code).toBe(166);
    expect((await serverError(view.listIndexes().toArray())).code).toBe(166);
    expect(await view.countDocuments()).toBe(0);
  });

  it('can be defined on views', async () => {
    const source = db().collection(fresh('s'));
    await source.insertMany([{ a: 1 }, { a: 2 }, { a: 3 }]);
    await db().createCollection(fresh('outer1'), { viewOn: source.collectionName, pipeline: [{ $match: { a: { $gte: 2 } } }] });
    const outer = `outer2_${n}`;
    await db().createCollection(outer, { viewOn: `outer1${n}`, pipeline: [{ $project: { _id: 0, a: 1 } }] });
    expect(await db().collection(outer).find().toArray()).toEqual([{ a: 2 }, { a: 3 }]);
  });
});

describe('$listLocalSessions', () => {
  it('lists the sessions in memory on admin, as a first stage of a database aggregate', async () => {
    const session = testDb.client().startSession();
    await db().collection('sessions').insertOne({ a: 1 }, { session });
    const pipeline = [{ $listLocalSessions: {} }, { $limit: 1 }, { $addFields: { dummy: 'dummy field' } }, { $project: { _id: 0, dummy: 1 } }];
    expect(await testDb.client().db('admin').aggregate(pipeline).toArray()).toEqual([{ dummy: 'dummy field' }]);
    const [one] = await testDb.client().db('admin').aggregate([{ $listLocalSessions: { allUsers: true } }]).toArray();
    expect(one).toMatchObject({ _id: { id: expect.anything() }, lastUse: expect.any(Date) });
    await session.endSession();
  });
});
