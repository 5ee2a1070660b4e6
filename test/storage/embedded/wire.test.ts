import { MongoClient } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../../server/storage/embedded/index';
import { OP_MSG, OP_REPLY } from '../../../server/storage/embedded/wire';
import { RawClient, opMsg, opQuery, withLength } from './raw-client';

let mongo: EmbeddedMongo;
const warnings: string[] = [];

beforeAll(async () => {
  mongo = await startEmbeddedMongo({ logger: { info: () => undefined, warn: (f) => warnings.push(JSON.stringify(f)) } });
});
afterAll(async () => {
  await mongo.stop();
});

async function stillServing(): Promise<void> {
  const client = await MongoClient.connect(mongo.uri);
  expect(await client.db('admin').command({ ping: 1 })).toMatchObject({ ok: 1 });
  await client.close();
}

describe('handshake and framing', () => {
  it('answers the legacy ismaster over OP_QUERY with an OP_REPLY', async () => {
    const c = await RawClient.connect(mongo.port);
    c.send(opQuery(7, 'admin.$cmd', { ismaster: 1, client: { driver: { name: 'raw' } } }));
    const r = await c.reply();
    expect(r.opCode).toBe(OP_REPLY);
    expect(r.responseTo).toBe(7);
    expect(r.doc).toMatchObject({ ok: 1, ismaster: true, helloOk: true, setName: 'yidan' });
    expect(r.doc.topologyVersion).toBeUndefined();
    c.close();
  });

  it('reads kind-1 document sequences as the command array they stand for', async () => {
    const c = await RawClient.connect(mongo.port);
    c.send(opMsg(1, { insert: 'seq', $db: 'wire' }, { sequences: { documents: [{ _id: 1 }, { _id: 2 }, { _id: 3 }] } }));
    const r = await c.reply();
    expect(r.opCode).toBe(OP_MSG);
    expect(r.doc).toMatchObject({ ok: 1, n: 3 });
    c.close();
  });

  it('sends no reply to a fire-and-forget (moreToCome) message', async () => {
    const c = await RawClient.connect(mongo.port);
    c.send(opMsg(10, { insert: 'quiet', documents: [{ _id: 'q' }], $db: 'wire' }, { flags: 2 }));
    c.send(opMsg(11, { count: 'quiet', $db: 'wire' }));
    const r = await c.reply();
    expect(r.responseTo).toBe(11);
    expect(r.doc).toMatchObject({ ok: 1, n: 1 });
    c.close();
  });

  it('answers an unknown command with CommandNotFound (59) in MongoDB error shape', async () => {
    const c = await RawClient.connect(mongo.port);
    c.send(opMsg(3, { frobnicate: 1, $db: 'wire' }));
    expect((await c.reply()).doc).toEqual({ ok: 0, errmsg: "no such command: 'frobnicate'", code: 59, codeName: 'CommandNotFound' });
    c.close();
  });
});

describe('malformed input closes only that connection', () => {
  const cases: Array<[string, () => Buffer]> = [
    ['a message length below the header size', () => withLength(opMsg(1, { ping: 1, $db: 'admin' }), 8)],
    ['a message length over maxMessageSizeBytes', () => withLength(opMsg(1, { ping: 1, $db: 'admin' }), 48_000_001)],
    [
      'an unknown opCode',
      () => {
        const m = opMsg(1, { ping: 1, $db: 'admin' });
        m.writeInt32LE(9999, 12);
        return m;
      },
    ],
    [
      'truncated BSON inside a whole message',
      () => {
        const m = opMsg(1, { ping: 1, $db: 'admin' });
        m.writeInt32LE(500, 21); // the document claims more bytes than the message holds
        return m;
      },
    ],
    [
      'corrupt BSON element types',
      () => {
        const m = opMsg(1, { ping: 1, $db: 'admin' });
        m.writeUInt8(0x7e, 25); // first element's type byte
        return m;
      },
    ],
  ];

  it.each(cases)('%s', async (_label, make) => {
    const before = warnings.length;
    const c = await RawClient.connect(mongo.port);
    c.send(make());
    await c.closed;
    expect(warnings.length).toBe(before + 1);
    expect(warnings[warnings.length - 1]).toContain('reason');
    await stillServing();
  });
});
