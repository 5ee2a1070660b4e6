/**
 * The durable engine in this process: what a restart brings back (documents of every BSON type,
 * collection options, indexes, drops), what the journal alone brings back (a copy of the data
 * directory taken while the engine runs is what a crash of the process would leave: no final
 * checkpoint, no clean close), a torn tail (what a crash in the middle of a flush leaves),
 * a damaged checkpoint, the lock, and group commit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Binary, Decimal128, Long, ObjectId } from 'bson';
import { MongoClient, MongoServerError } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../../server/storage/embedded';
import { CHECKPOINT_FILE } from '../../../server/storage/embedded/durability/checkpoint';
import { segmentFirstLsn } from '../../../server/storage/embedded/durability/journal';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yidan-durable-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const warnings: string[] = [];
const logger = { info: () => undefined, warn: (f: object, m: string) => void warnings.push(`${m} ${JSON.stringify(f)}`) };

async function open(dataDir: string): Promise<{ mongo: EmbeddedMongo; client: MongoClient }> {
  const mongo = await startEmbeddedMongo({ dataDir, logger });
  const client = await MongoClient.connect(mongo.uri);
  return { mongo, client };
}

async function close({ mongo, client }: { mongo: EmbeddedMongo; client: MongoClient }): Promise<void> {
  await client.close();
  await mongo.stop();
}

/** What a crash at this instant would leave on disk: everything acknowledged is synced. */
function copyOf(dataDir: string): string {
  const copy = tempDir();
  fs.cpSync(dataDir, copy, { recursive: true });
  return copy;
}

function segments(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => segmentFirstLsn(f) !== null).sort();
}

const sample = {
  _id: new ObjectId('65f0a1b2c3d4e5f601234567'),
  amount: Decimal128.fromString('1234.5600'),
  big: Long.fromString('9007199254740993'),
  at: new Date('2026-03-02T08:00:00.000Z'),
  blob: new Binary(Buffer.from('一单制', 'utf8')),
  lines: [{ sku: 'A', qty: 2 }, { sku: 'B', qty: 1.5 }],
  nested: { deep: { list: [1, [2, 3]], flag: true, none: null } },
};

describe('a clean restart', () => {
  it('brings back documents of every type, collection options, indexes and drops', async () => {
    const dir = tempDir();
    const first = await open(dir);
    const db = first.client.db('shop');
    await db.createCollection('orders', { validator: { $or: [{ total: { $exists: false } }, { total: { $gte: 0 } }] } });
    await db.collection('orders').insertOne(sample);
    await db.collection('orders').createIndex({ number: 1 }, { unique: true, partialFilterExpression: { number: { $type: 'string' } } });
    await db.collection('orders').createIndex({ 'lines.sku': 1, at: -1 }, { name: 'by_sku' });
    await db.collection('orders').createIndex({ temp: 1 });
    await db.collection('orders').dropIndex('temp_1');
    await db.collection('orders').insertMany([{ number: 'N1' }, { number: 'N2' }]);
    await db.collection('orders').deleteOne({ number: 'N2' });
    await db.collection('gone').insertOne({ x: 1 });
    await db.collection('gone').drop();
    await first.client.db('scratch').collection('c').insertOne({ x: 1 });
    await first.client.db('scratch').dropDatabase();
    const before = await db.listCollections().toArray();
    await close(first);

    const second = await open(dir);
    const again = second.client.db('shop');
    expect(await again.collection('orders').findOne({ _id: sample._id }, { promoteLongs: false })).toEqual(sample);
    expect((await again.collection('orders').find({}, { projection: { number: 1, _id: 0 } }).toArray()).map((d) => d.number)).toEqual([undefined, 'N1']);
    expect((await again.collection('orders').indexes()).map((ix) => ix.name).sort()).toEqual(['_id_', 'by_sku', 'number_1']);
    expect(await again.listCollections().toArray()).toEqual(before);
    expect((await second.client.db().admin().listDatabases({ nameOnly: true })).databases.map((d) => d.name)).not.toContain('scratch');
    await expect(again.collection('orders').insertOne({ number: 'N1' })).rejects.toMatchObject({ code: 11000 });
    await close(second);
  });
});

describe('validators and views', () => {
  async function defineThem(client: MongoClient): Promise<void> {
    const db = client.db('rules');
    await db.createCollection('loans');
    await db.command({ collMod: 'loans', validator: { amount: { $gte: 0 } }, validationLevel: 'strict' });
    await db.collection('loans').insertMany([{ amount: 5, open: true }, { amount: 7, open: false }]);
    await db.createCollection('openLoans', { viewOn: 'loans', pipeline: [{ $match: { open: true } }] });
  }

  async function expectThem(client: MongoClient): Promise<void> {
    const db = client.db('rules');
    await expect(db.collection('loans').insertOne({ amount: -1 })).rejects.toMatchObject({ code: 121 });
    expect(await db.collection('openLoans').find({}, { projection: { _id: 0 } }).toArray()).toEqual([{ amount: 5, open: true }]);
  }

  it('a validator set by collMod and a view survive a clean restart (checkpoint)', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await defineThem(first.client);
    await close(first);
    const second = await open(dir);
    await expectThem(second.client);
    await close(second);
  });

  it('a validator set by collMod and a view survive a crash (journal alone)', async () => {
    const dir = tempDir();
    const live = await open(dir);
    await defineThem(live.client);
    const crashed = copyOf(dir);
    await close(live);
    const recovered = await open(crashed);
    await expectThem(recovered.client);
    await close(recovered);
  });
});

describe('the journal alone', () => {
  it('brings back acknowledged writes and transactions that no checkpoint holds yet', async () => {
    const dir = tempDir();
    const live = await open(dir);
    const coll = live.client.db('j').collection('items');
    await coll.createIndex({ k: 1 }, { unique: true });
    await coll.insertMany(Array.from({ length: 50 }, (_, k) => ({ k })));
    await coll.updateOne({ k: 7 }, { $set: { touched: true } });
    await coll.deleteOne({ k: 8 });
    const session = live.client.startSession();
    await session.withTransaction(async () => {
      await coll.insertOne({ k: 100 }, { session });
      await coll.updateOne({ k: 9 }, { $inc: { k: 1000 } }, { session });
    });
    await session.endSession();
    const crashed = copyOf(dir);
    await close(live);
    expect(fs.existsSync(path.join(crashed, CHECKPOINT_FILE))).toBe(false);

    const recovered = await open(crashed);
    const items = recovered.client.db('j').collection('items');
    expect(await items.countDocuments()).toBe(50);
    expect(await items.findOne({ k: 7 })).toMatchObject({ touched: true });
    expect(await items.findOne({ k: 8 })).toBeNull();
    expect(await items.countDocuments({ k: { $in: [100, 1009] } })).toBe(2);
    await expect(items.insertOne({ k: 100 })).rejects.toMatchObject({ code: 11000 });
    await close(recovered);
  });

  it('cuts a torn tail (a record half written, or with a wrong checksum) and keeps everything before it', async () => {
    const dir = tempDir();
    const live = await open(dir);
    const coll = live.client.db('t').collection('items');
    for (let k = 0; k < 5; k++) await coll.insertOne({ k });
    const crashed = copyOf(dir);
    const flipped = copyOf(dir);
    await close(live);

    const [segment] = segments(crashed);
    const file = path.join(crashed, segment);
    const whole = fs.readFileSync(file);
    // The last record (insert k: 4) lost its second half in the crash.
    const lastStart = whole.lastIndexOf(Buffer.from('lsn'), whole.length) - 8 - 4 - 1;
    fs.truncateSync(file, lastStart + Math.floor((whole.length - lastStart) / 2));
    const flippedFile = path.join(flipped, segment);
    const bytes = fs.readFileSync(flippedFile);
    bytes[bytes.length - 3] ^= 0xff;
    fs.writeFileSync(flippedFile, bytes);

    for (const dirAfterCrash of [crashed, flipped]) {
      warnings.length = 0;
      const recovered = await open(dirAfterCrash);
      const items = recovered.client.db('t').collection('items');
      expect((await items.find().toArray()).map((d) => d.k)).toEqual([0, 1, 2, 3]);
      expect(warnings.join('\n')).toMatch(/cut a torn journal tail/);
      // New writes go on after the cut and survive the next restart.
      await items.insertOne({ k: 40 });
      await close(recovered);
      const reopened = await open(dirAfterCrash);
      expect((await reopened.client.db('t').collection('items').find().toArray()).map((d) => d.k)).toEqual([0, 1, 2, 3, 40]);
      await close(reopened);
    }
  });
});

describe('refusing to start', () => {
  it('refuses a damaged checkpoint with an error naming the file, and leaves it in place', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.client.db('c').collection('items').insertMany(Array.from({ length: 20 }, (_, k) => ({ k })));
    await close(first);
    const checkpoint = path.join(dir, CHECKPOINT_FILE);
    const bytes = fs.readFileSync(checkpoint);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    fs.writeFileSync(checkpoint, bytes);
    await expect(startEmbeddedMongo({ dataDir: dir, logger })).rejects.toThrow(`the checkpoint ${checkpoint} is damaged (record at byte`);
    expect(fs.readFileSync(checkpoint)).toEqual(bytes);
    fs.truncateSync(checkpoint, bytes.length - 10);
    await expect(startEmbeddedMongo({ dataDir: dir, logger })).rejects.toThrow(/refusing to start rather than start empty over it/);
  });

  it('refuses a journal with a damaged record that intact ones follow, rather than cut acknowledged writes', async () => {
    const dir = tempDir();
    const live = await open(dir);
    const coll = live.client.db('t').collection('items');
    for (let k = 0; k < 5; k++) await coll.insertOne({ k, pad: 'x'.repeat(40) });
    const crashed = copyOf(dir);
    await close(live);
    const [segment] = segments(crashed);
    const file = path.join(crashed, segment);
    const bytes = fs.readFileSync(file);
    // Inside the third insert's padding: its checksum fails, the records after it are whole.
    const third = bytes.indexOf(Buffer.from('x'.repeat(40)), bytes.indexOf(Buffer.from('x'.repeat(40)), bytes.indexOf(Buffer.from('x'.repeat(40))) + 1) + 1);
    bytes[third + 5] ^= 0x01;
    fs.writeFileSync(file, bytes);
    await expect(startEmbeddedMongo({ dataDir: crashed, logger })).rejects.toThrow(new RegExp(`${segment.replace('.', '\\.')} is damaged \\(record at byte \\d+: checksum mismatch, and intact records follow it\\)`));
    expect(fs.readFileSync(file)).toEqual(bytes);
  });

  it('refuses a journal whose beginning no checkpoint covers', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.client.db('c').collection('items').insertOne({ k: 1 });
    const crashed = copyOf(dir);
    await close(first);
    const [segment] = segments(crashed);
    fs.renameSync(path.join(crashed, segment), path.join(crashed, 'journal-0000000000000007.wal'));
    await expect(startEmbeddedMongo({ dataDir: crashed, logger })).rejects.toThrow(/journal-0000000000000007\.wal is damaged \(it starts at record 7, but there is no checkpoint\)/);
  });
});

describe('one process per data directory', () => {
  it('refuses a second engine on a directory in use and points at npm run mongo:embedded', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await expect(startEmbeddedMongo({ dataDir: dir, logger })).rejects.toThrow(/is in use by process \d+ .*npm run mongo:embedded/);
    await close(first);
    // Released on stop: the next start owns it.
    await close(await open(dir));
  });

  it('takes over the lock of a process that is gone (kill -9, power cut)', async () => {
    const dir = tempDir();
    // A pid far above pid_max: no such process.
    fs.writeFileSync(path.join(dir, 'yidan.lock'), JSON.stringify({ pid: 2 ** 30 }));
    const engine = await open(dir);
    await engine.client.db('l').collection('c').insertOne({ ok: 1 });
    await close(engine);
  });
});

describe('acknowledgement', () => {
  it('sends a write reply only once its journal record is on disk, for single writes and commits alike', async () => {
    const engine = await open(tempDir());
    const store = engine.mongo.store!;
    const coll = engine.client.db('a').collection('c');
    for (let i = 0; i < 10; i++) {
      await coll.insertOne({ i });
      expect({ i, durable: store.durableLsn }).toEqual({ i, durable: store.lastLsn });
      await coll.updateOne({ i }, { $set: { seen: true } });
      expect({ i, durable: store.durableLsn }).toEqual({ i, durable: store.lastLsn });
    }
    const session = engine.client.startSession();
    await session.withTransaction(async () => {
      await coll.insertOne({ i: 100 }, { session });
      await coll.deleteOne({ i: 0 }, { session });
    });
    expect(store.durableLsn).toBe(store.lastLsn);
    await session.endSession();
    await close(engine);
  });
});

describe('group commit', () => {
  it('carries 32 concurrent writes in far fewer flushes than writes', async () => {
    const dir = tempDir();
    const { mongo, client } = await open(dir);
    const clients = await Promise.all(Array.from({ length: 32 }, () => MongoClient.connect(mongo.uri, { maxPoolSize: 1 })));
    await client.db('g').collection('items').insertOne({ warm: true });
    const before = mongo.store!.stats;
    await Promise.all(clients.map((c, i) => c.db('g').collection('items').insertOne({ i })));
    const after = mongo.store!.stats;
    expect(after.records - before.records).toBe(32);
    expect(after.flushes - before.flushes).toBeLessThanOrEqual(16);
    await Promise.all(clients.map((c) => c.close()));
    expect(await client.db('g').collection('items').countDocuments()).toBe(33);
    await close({ mongo, client });
  });
});

it('still answers writes as errors, not as lost replies, when a unique key is taken', async () => {
  const dir = tempDir();
  const engine = await open(dir);
  const coll = engine.client.db('u').collection('c');
  await coll.createIndex({ k: 1 }, { unique: true });
  await coll.insertOne({ k: 1 });
  const err = await coll.insertOne({ k: 1 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(MongoServerError);
  await close(engine);
});
