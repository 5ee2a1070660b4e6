/**
 * Mongoose and the driver reaching an embedded engine of this thread with no socket
 * (in-process.ts): every connection must go through the in-process pair, and what works over TCP
 * must work the same way: CRUD, a transaction, a cursor's getMore, a change stream waiting for a
 * change, a dropped connection the driver reconnects after.
 */
import mongoose, { type Connection, Schema } from 'mongoose';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../../server/storage/embedded';
import { IN_PROCESS_HOST, type InProcessRoute, routeInProcess } from '../../../server/storage/embedded/in-process';
import { InProcessSocket } from '../../../server/storage/embedded/in-process-socket';

let mongo: EmbeddedMongo;
let route: InProcessRoute;
let conn: Connection;
let inProcessConnections = 0;

const itemSchema = new Schema({ sku: { type: String, required: true, unique: true }, qty: Number });

beforeAll(async () => {
  mongo = await startEmbeddedMongo({ port: 0 });
  // Counts the connections the driver opens through the pair: if a driver version stopped
  // creating its sockets with net.createConnection, none would be, and connecting would fail.
  const connect = mongo.connectInProcess;
  mongo.connectInProcess = (peer) => {
    inProcessConnections++;
    return connect(peer);
  };
  route = routeInProcess(mongo);
  conn = await mongoose.createConnection(route.uri, { dbName: 'in_process', serverSelectionTimeoutMS: 5000 }).asPromise();
  conn.model('Item', itemSchema);
  await conn.syncIndexes();
});
afterAll(async () => {
  await conn.close();
  route.release();
  await mongo.stop();
});

it('opens every driver connection in process, with no socket', () => {
  expect(route.uri).toContain(IN_PROCESS_HOST);
  expect(inProcessConnections).toBeGreaterThan(0);
  expect(mongo.wireStats().connections).toBe(inProcessConnections);
});

it('creates, reads, updates and deletes through mongoose, unique violations included', async () => {
  const Item = conn.model('Item');
  const created = await Item.create({ sku: 'A-1', qty: 2 });
  await expect(Item.create({ sku: 'A-1', qty: 3 })).rejects.toMatchObject({ code: 11000 });
  const loaded = await Item.findById(created._id);
  loaded!.set('qty', 5);
  await loaded!.save();
  expect((await Item.findOne({ sku: 'A-1' }).lean<{ qty: number }>())?.qty).toBe(5);
  await Item.deleteOne({ sku: 'A-1' });
  expect(await Item.countDocuments({ sku: 'A-1' })).toBe(0);
});

it('commits a transaction and rolls an aborted one back', async () => {
  const Item = conn.model('Item');
  await conn.transaction(async (session) => {
    await Item.create([{ sku: 'T-1', qty: 1 }], { session });
    await Item.updateOne({ sku: 'T-1' }, { $inc: { qty: 1 } }, { session });
  });
  expect((await Item.findOne({ sku: 'T-1' }).lean<{ qty: number }>())?.qty).toBe(2);
  await expect(
    conn.transaction(async (session) => {
      await Item.updateOne({ sku: 'T-1' }, { $inc: { qty: 10 } }, { session });
      throw new Error('changed my mind');
    }),
  ).rejects.toThrow('changed my mind');
  expect((await Item.findOne({ sku: 'T-1' }).lean<{ qty: number }>())?.qty).toBe(2);
});

it('pages a cursor with getMore', async () => {
  const Item = conn.model('Item');
  await Item.insertMany(Array.from({ length: 25 }, (_, i) => ({ sku: `C-${String(i).padStart(2, '0')}`, qty: i })));
  const seen: number[] = [];
  for await (const doc of Item.find({ sku: /^C-/ }).sort({ sku: 1 }).batchSize(4).lean<{ qty: number }[]>().cursor()) seen.push(doc.qty);
  expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i));
});

it('waits in a change stream for a later change', async () => {
  const items = conn.collection('items');
  const stream = items.watch([], { maxAwaitTimeMS: 50 });
  try {
    expect(await stream.tryNext()).toBeNull();
    const next = stream.next();
    await items.insertOne({ sku: 'W-1', qty: 7 });
    expect(await next).toMatchObject({ operationType: 'insert', fullDocument: { sku: 'W-1', qty: 7 } });
  } finally {
    await stream.close();
  }
});

it('reconnects after the engine drops its connections', async () => {
  const Item = conn.model('Item');
  const before = inProcessConnections;
  mongo.dropConnections();
  // The first command after the drop may see the closed connection; a retryable read retries it.
  expect(await Item.countDocuments({ sku: 'T-1' })).toBe(1);
  expect(inProcessConnections).toBeGreaterThan(before);
});

it('fails to connect to a route that was released', async () => {
  const released = routeInProcess(mongo);
  released.release();
  await expect(mongoose.createConnection(released.uri, { serverSelectionTimeoutMS: 300 }).asPromise()).rejects.toThrow(/no embedded engine is registered/);
});

describe('InProcessSocket', () => {
  afterEach(() => jest.useRealTimers());

  it('emits timeout after the idle time set, and not once it is turned off', () => {
    jest.useFakeTimers();
    const socket = new InProcessSocket({ host: IN_PROCESS_HOST, port: 1 });
    const timeouts = jest.fn();
    socket.on('timeout', timeouts);
    socket.setTimeout(1000);
    jest.advanceTimersByTime(999);
    expect(timeouts).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(timeouts).toHaveBeenCalledTimes(1);
    // Set again, as the driver does before each command: it counts from now.
    socket.setTimeout(1000);
    jest.advanceTimersByTime(999);
    expect(timeouts).toHaveBeenCalledTimes(1);
    jest.advanceTimersByTime(1);
    expect(timeouts).toHaveBeenCalledTimes(2);
    socket.setTimeout(0);
    jest.advanceTimersByTime(5000);
    expect(timeouts).toHaveBeenCalledTimes(2);
    socket.destroy();
  });

  it('closes the engine end when the client destroys its end, and the reverse', async () => {
    const client = new InProcessSocket({ host: IN_PROCESS_HOST, port: 1 });
    const engineClosed = new Promise<void>((resolve) => client.engineEnd.on('close', resolve));
    client.destroy();
    await engineClosed;
    expect(client.engineEnd.destroyed).toBe(true);

    const other = new InProcessSocket({ host: IN_PROCESS_HOST, port: 2 });
    other.on('error', () => undefined);
    const clientClosed = new Promise<void>((resolve) => other.on('close', resolve));
    other.engineEnd.destroy();
    await clientClosed;
    expect(other.destroyed).toBe(true);
  });
});
