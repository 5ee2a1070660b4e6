import { type Db, MongoClient } from 'mongodb';
import { testDbName, useTestDatabase } from '../support/database';

const testDb = useTestDatabase(__filename);
const client = (): MongoClient => testDb.client();
const db = (): Db => testDb.db();


it('creates, lists and drops collections', async () => {
  await db().createCollection('bills');
  await db().collection('orders').insertOne({ a: 1 });
  const names = (await db().listCollections().toArray()).map((c) => c.name).sort();
  expect(names).toEqual(['bills', 'orders']);
  expect((await db().listCollections({ name: 'bills' }).toArray()).map((c) => c.name)).toEqual(['bills']);
  await expect(db().createCollection('bills')).rejects.toMatchObject({ code: 48, codeName: 'NamespaceExists' });
  expect(await db().collection('bills').drop()).toBe(true);
  expect((await db().listCollections().toArray()).map((c) => c.name)).toEqual(['orders']);
});

it('creates, lists and drops indexes', async () => {
  const c = db().collection('declarations');
  await c.createIndex({ office: 1, status: -1 }, { name: 'office_status' });
  await c.createIndex({ entryNo: 1 }, { unique: true });
  await c.createIndex({ entryNo: 1 }, { unique: true }); // same spec again: no-op
  const specs = await c.listIndexes().toArray();
  expect(specs.map((i) => i.name)).toEqual(['_id_', 'office_status', 'entryNo_1']);
  expect(specs.find((i) => i.name === 'entryNo_1')).toMatchObject({ key: { entryNo: 1 }, unique: true });
  await expect(c.createIndex({ entryNo: 1 }, { name: 'entryNo_1', unique: false })).rejects.toMatchObject({ code: 86 });
  await c.dropIndex('office_status');
  expect((await c.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_', 'entryNo_1']);
  await expect(c.dropIndex('_id_')).rejects.toMatchObject({ code: expect.any(Number) });
  await c.dropIndexes();
  expect((await c.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
});

it('reports a missing namespace and unknown commands in MongoDB error shape', async () => {
  await expect(db().collection('nothing').listIndexes().toArray()).rejects.toMatchObject({ code: 26, codeName: 'NamespaceNotFound' });
  const err = await db().command({ noSuchCommand: 1 }).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 59, codeName: 'CommandNotFound' });
  expect((err as Error).message).toContain('noSuchCommand');
});

it('drops a database with everything in it', async () => {
  const other = client().db(testDbName(`${__filename}_other`));
  await other.collection('x').insertOne({ a: 1 });
  await other.dropDatabase();
  expect(await other.listCollections().toArray()).toEqual([]);
  const dbs = await client().db('admin').admin().listDatabases();
  expect(dbs.databases.map((d) => d.name)).not.toContain(other.databaseName);
});

it('answers ping and describes itself as a replica-set primary', async () => {
  expect(await db().command({ ping: 1 })).toMatchObject({ ok: 1 });
  const hello = await db().admin().command({ hello: 1 });
  expect(hello).toMatchObject({ isWritablePrimary: true, setName: expect.any(String) });
  expect(hello.logicalSessionTimeoutMinutes).toBeGreaterThan(0);
});
