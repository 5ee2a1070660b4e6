/**
 * No reply can take the process down: an unencodable or oversized reply becomes an error reply,
 * an unexpected exception while handling a message closes only that connection, and cursor
 * batches stay inside the byte budget once their array overhead is counted.
 */
import net from 'node:net';
import { calculateObjectSize, deserialize } from 'bson';
import { MongoClient } from 'mongodb';
import { CursorRegistry } from '../../../server/storage/embedded/cursors';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../../server/storage/embedded/index';
import { safeEncode, serveConnection } from '../../../server/storage/embedded/server';
import type { Doc } from '../../../server/storage/embedded/values';
import { type IncomingMessage, OP_MSG, OP_REPLY, parseMessage } from '../../../server/storage/embedded/wire';
import { RawClient, opMsg, opQuery } from './raw-client';

const OVER_16_MIB = 'x'.repeat(17 * 1024 * 1024);

function decode(bytes: Buffer): { opCode: number; doc: Doc } {
  const opCode = bytes.readInt32LE(12);
  return { opCode, doc: deserialize(bytes.subarray(opCode === OP_MSG ? 21 : 36)) };
}

describe('safeEncode', () => {
  const msg = parseMessage(opMsg(5, { find: 'x', $db: 'db' }));
  const query = parseMessage(opQuery(6, 'admin.$cmd', { ismaster: 1 }));

  it('encodes an ordinary reply unchanged', () => {
    const { opCode, doc } = decode(safeEncode(msg, { ok: 1, n: 3 }, 1));
    expect(opCode).toBe(OP_MSG);
    expect(doc).toEqual({ ok: 1, n: 3 });
  });

  it('answers BSONObjectTooLarge (10334) instead of a reply over the BSON limit', () => {
    for (const m of [msg, query]) {
      const { opCode, doc } = decode(safeEncode(m, { ok: 1, big: OVER_16_MIB }, 1));
      expect(opCode).toBe(m.kind === 'msg' ? OP_MSG : OP_REPLY);
      expect(doc).toMatchObject({ ok: 0, code: 10334, codeName: 'BSONObjectTooLarge' });
      expect(doc.errmsg).toMatch(/reply .* exceeds/);
    }
  });

  it('answers an error reply when the reply cannot be serialised at all', () => {
    const circular: Doc = { ok: 1 };
    circular.self = circular;
    const { doc } = decode(safeEncode(msg, circular, 1));
    expect(doc).toMatchObject({ ok: 0, code: 2 });
    expect(doc.errmsg).toContain('circular');
  });
});

describe('serveConnection', () => {
  const warnings: string[] = [];
  let server: net.Server;
  let port: number;

  beforeAll(async () => {
    server = net.createServer((socket) => {
      socket.on('error', () => socket.destroy());
      serveConnection(socket, {
        id: 1,
        logger: { info: () => undefined, warn: (f, m) => warnings.push(`${m} ${JSON.stringify(f)}`) },
        answer: (message: IncomingMessage) => {
          if (message.command.big) return { ok: 1, big: OVER_16_MIB };
          if (message.command.boom) throw new TypeError('handler bug');
          return { ok: 1 };
        },
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends an error reply for an oversized reply and keeps the connection', async () => {
    const c = await RawClient.connect(port);
    c.send(opMsg(1, { big: 1, $db: 'admin' }));
    expect((await c.reply()).doc).toMatchObject({ ok: 0, code: 10334 });
    c.send(opMsg(2, { ping: 1, $db: 'admin' }));
    expect(await c.reply()).toMatchObject({ responseTo: 2, doc: { ok: 1 } });
    c.close();
  });

  it('closes only the connection whose message hit an unexpected exception, with a log line', async () => {
    const other = await RawClient.connect(port);
    const c = await RawClient.connect(port);
    const before = warnings.length;
    c.send(opMsg(1, { boom: 1, $db: 'admin' }));
    await c.closed;
    expect(warnings.length).toBe(before + 1);
    expect(warnings[before]).toContain('handler bug');
    other.send(opMsg(3, { ping: 1, $db: 'admin' }));
    expect(await other.reply()).toMatchObject({ responseTo: 3, doc: { ok: 1 } });
    other.close();
  });
});

describe('cursor batches', () => {
  it('count the array overhead of each document against the byte budget', () => {
    const cursors = new CursorRegistry(60_000, 1000, Date.now);
    const docs = Array.from({ length: 500 }, (_, i) => ({ _id: i }));
    const first = cursors.first('db.c', docs, 1000, null);
    // calculateObjectSize of an array is its size as a BSON array, index keys included.
    expect(calculateObjectSize(first.firstBatch as Doc[])).toBeLessThanOrEqual(1000);
    const next = cursors.next(Number(first.id), 'db.c', undefined);
    expect(calculateObjectSize(next.nextBatch as Doc[])).toBeLessThanOrEqual(1000);
  });

  it('refuse a single result document over 16 MiB with BSONObjectTooLarge', () => {
    const cursors = new CursorRegistry(60_000, 16 * 1024 * 1024, Date.now);
    expect(() => cursors.first('db.c', [{ _id: 1, big: OVER_16_MIB }], undefined, null)).toThrow(
      expect.objectContaining({ code: 10334 }),
    );
    expect(cursors.size).toBe(0);
  });
});

describe('an aggregation building a document over 16 MiB', () => {
  let mongo: EmbeddedMongo;
  let client: MongoClient;

  beforeAll(async () => {
    mongo = await startEmbeddedMongo();
    client = await MongoClient.connect(mongo.uri);
  });
  afterAll(async () => {
    await client.close();
    await mongo.stop();
  });

  it('fails with BSONObjectTooLarge and the engine keeps serving', async () => {
    const c = client.db('guard').collection<{ _id: number; v: string }>('parts');
    const six = 'y'.repeat(6 * 1024 * 1024);
    for (let i = 0; i < 3; i++) await c.insertOne({ _id: i, v: six });
    const run = c.aggregate([{ $group: { _id: null, all: { $push: '$v' } } }]).toArray();
    await expect(run).rejects.toMatchObject({ code: 10334 });
    expect(await c.countDocuments()).toBe(3);
    expect(mongo.engine.cursors.size).toBe(0);
  });
});
