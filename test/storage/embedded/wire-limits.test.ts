/**
 * The wire side's limits: messages reassembled in linear time, bytes held for unfinished
 * messages capped per connection and in total, a cap on open connections, and the accounting
 * back at zero once clients leave.
 */
import net from 'node:net';
import { MongoClient } from 'mongodb';
import { startEmbeddedMongo, type EmbeddedMongo } from '../../../server/storage/embedded/index';
import { AssemblyLimitError, MessageAssembler, PendingBudget } from '../../../server/storage/embedded/message-assembler';
import { serveConnection } from '../../../server/storage/embedded/server';
import type { IncomingMessage } from '../../../server/storage/embedded/wire';
import { RawClient, opMsg } from './raw-client';

const MiB = 1024 * 1024;
const limits = { maxMessageBytes: 48_000_000, minMessageBytes: 21, maxPendingBytes: 64 * MiB };

/** An insert of one padded document whose whole OP_MSG is exactly `length` bytes. */
function insertMessageOf(length: number, requestId = 1): Buffer {
  const build = (pad: number) => opMsg(requestId, { insert: 'big', documents: [{ pad: 'x'.repeat(pad) }], $db: 'wire' });
  const probe = build(0);
  const message = build(length - probe.length);
  expect(message.length).toBe(length);
  return message;
}

function chunksOf(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
}

async function ping(client: RawClient, requestId: number): Promise<void> {
  client.send(opMsg(requestId, { ping: 1, $db: 'admin' }));
  expect(await client.reply()).toMatchObject({ responseTo: requestId, doc: { ok: 1 } });
}

describe('message reassembly', () => {
  it('copies each byte of a message streamed in tiny chunks a bounded number of times', () => {
    const message = insertMessageOf(2 * MiB);
    const assembler = new MessageAssembler(limits, new PendingBudget(256 * MiB));
    const out: Buffer[] = [];
    for (const chunk of chunksOf(message, 16)) out.push(...assembler.push(chunk));
    expect(out).toHaveLength(1);
    expect(out[0].equals(message)).toBe(true);
    // Concatenating per chunk would copy about length^2 / (2 * 16) bytes, here ~1.4e11.
    expect(assembler.bytesCopied).toBeLessThanOrEqual(3 * message.length);
    expect(assembler.heldBytes).toBe(0);
  });

  it('reads whole messages straight from the chunk and splits messages that share one', () => {
    const a = opMsg(1, { ping: 1, $db: 'admin' });
    const b = opMsg(2, { ping: 1, $db: 'admin' });
    const both = Buffer.concat([a, b]);
    const assembler = new MessageAssembler(limits, new PendingBudget(MiB));
    const first = assembler.push(both.subarray(0, a.length + 3));
    expect(first.map((m) => m.equals(a))).toEqual([true]);
    expect(assembler.bytesCopied).toBe(3); // only the start of the second message was kept
    const second = assembler.push(both.subarray(a.length + 3));
    expect(second.map((m) => m.equals(b))).toEqual([true]);
    expect(assembler.heldBytes).toBe(0);
  });

  it('never writes over a message it handed out (its Binary values are views of it)', () => {
    const a = opMsg(1, { insert: 'c', documents: [{ bin: Buffer.alloc(64, 7) }], $db: 'x' });
    const b = opMsg(2, { ping: 1, $db: 'admin' });
    const assembler = new MessageAssembler(limits, new PendingBudget(MiB));
    const handed = [...assembler.push(a.subarray(0, 10)), ...assembler.push(Buffer.concat([a.subarray(10), b.subarray(0, 5)]))];
    const copy = Buffer.from(handed[0]);
    handed.push(...assembler.push(b.subarray(5)));
    expect(handed).toHaveLength(2);
    expect(handed[0].equals(copy)).toBe(true);
  });

  it('never grows a buffer past the message it holds, even when the next message shares the chunk', () => {
    const atCap = insertMessageOf(64 * 1024, 1);
    const next = opMsg(2, { ping: 1, $db: 'admin' });
    const assembler = new MessageAssembler({ ...limits, maxPendingBytes: 64 * 1024 }, new PendingBudget(MiB));
    const out = [...assembler.push(atCap.subarray(0, 1000)), ...assembler.push(Buffer.concat([atCap.subarray(1000), next.subarray(0, 10)]))];
    out.push(...assembler.push(next.subarray(10)));
    expect(out.map((m) => m.length)).toEqual([atCap.length, next.length]);
    expect(assembler.heldBytes).toBe(0);
  });

  it('charges the shared budget and gives the bytes back on release', () => {
    const budget = new PendingBudget(MiB);
    const assembler = new MessageAssembler(limits, budget);
    assembler.push(insertMessageOf(600_000).subarray(0, 300_000));
    expect(budget.held).toBe(assembler.heldBytes);
    expect(assembler.heldBytes).toBeGreaterThanOrEqual(300_000);
    expect(() => new MessageAssembler(limits, budget).push(insertMessageOf(600_000).subarray(0, 500_000))).toThrow(AssemblyLimitError);
    assembler.release();
    expect(budget.held).toBe(0);
  });
});

describe('a message streamed over a socket in small writes', () => {
  it('is answered, and the connection copied each byte a bounded number of times', async () => {
    const assembler = new MessageAssembler(limits, new PendingBudget(256 * MiB));
    const server = net.createServer((socket) => {
      socket.on('error', () => socket.destroy());
      serveConnection(socket, { id: 1, logger: { info: () => undefined, warn: () => undefined }, assembler, answer: (m: IncomingMessage) => ({ ok: 1, n: (m.command.documents as unknown[]).length }) });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = await RawClient.connect((server.address() as net.AddressInfo).port);
    const message = insertMessageOf(4 * MiB);
    for (const chunk of chunksOf(message, 1024)) client.send(chunk);
    expect((await client.reply()).doc).toMatchObject({ ok: 1, n: 1 });
    expect(assembler.bytesCopied).toBeLessThanOrEqual(3 * message.length);
    client.close();
    await client.closed;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});

describe('engine wire limits', () => {
  let mongo: EmbeddedMongo;
  const warnings: string[] = [];

  beforeAll(async () => {
    mongo = await startEmbeddedMongo({
      maxConnections: 4,
      maxPendingBytesPerConnection: MiB,
      maxPendingBytesTotal: 2.5 * MiB,
      logger: { info: () => undefined, warn: (f, m) => warnings.push(`${m} ${JSON.stringify(f)}`) },
    });
  });
  afterAll(async () => {
    await mongo.stop();
  });

  it('closes a connection whose unfinished message outgrows its per-connection cap, and logs why', async () => {
    const c = await RawClient.connect(mongo.port);
    const before = warnings.length;
    for (const chunk of chunksOf(insertMessageOf(MiB + 1), 64 * 1024)) c.send(chunk);
    await c.closed;
    expect(warnings.slice(before).join('\n')).toMatch(/over a wire limit.*over this connection's limit of 1048576/);
    await waitFor(() => mongo.wireStats().connections === 0);
    expect(mongo.wireStats().pendingBytes).toBe(0);
  });

  it('accepts a message right at the per-connection cap', async () => {
    const c = await RawClient.connect(mongo.port);
    const message = insertMessageOf(MiB, 5);
    for (const chunk of chunksOf(message, 64 * 1024)) c.send(chunk);
    expect(await c.reply()).toMatchObject({ responseTo: 5, doc: { ok: 1, n: 1 } });
    expect(mongo.wireStats().pendingBytes).toBe(0);
    c.close();
    await c.closed;
  });

  it('holds the total cap over all connections: the one that would pass it is closed, the others finish', async () => {
    const messages = [1, 2, 3].map((id) => insertMessageOf(MiB, id));
    const clients = await Promise.all(messages.map(() => RawClient.connect(mongo.port)));
    clients[0].send(messages[0].subarray(0, 900_000));
    clients[1].send(messages[1].subarray(0, 900_000));
    // Each holds a buffer of at least the 900,000 bytes it has: with 900,000 more the total would pass 2.5 MiB.
    await waitFor(() => mongo.wireStats().pendingBytes >= 1_800_000);
    const before = warnings.length;
    clients[2].send(messages[2].subarray(0, 900_000));
    await clients[2].closed;
    expect(warnings.slice(before).join('\n')).toMatch(/over a wire limit.*unfinished messages of all connections/);
    clients[0].send(messages[0].subarray(900_000));
    clients[1].send(messages[1].subarray(900_000));
    expect(await clients[0].reply()).toMatchObject({ responseTo: 1, doc: { ok: 1, n: 1 } });
    expect(await clients[1].reply()).toMatchObject({ responseTo: 2, doc: { ok: 1, n: 1 } });
    expect(mongo.wireStats().pendingBytes).toBe(0);
    for (const c of clients) c.close();
    await Promise.all(clients.map((c) => c.closed));
  });

  it('gives back what clients held when they leave mid-message', async () => {
    const clients = await Promise.all([1, 2].map(() => RawClient.connect(mongo.port)));
    for (const c of clients) c.send(insertMessageOf(MiB).subarray(0, 700_000));
    await waitFor(() => mongo.wireStats().pendingBytes >= 1_400_000);
    for (const c of clients) c.close();
    await waitFor(() => mongo.wireStats().connections === 0);
    expect(mongo.wireStats().pendingBytes).toBe(0);
  });

  it('closes a connection past maxConnections on arrival, and takes new ones once others leave', async () => {
    const open = await Promise.all([1, 2, 3, 4].map(() => RawClient.connect(mongo.port)));
    for (const [i, c] of open.entries()) await ping(c, i + 1);
    const refusedBefore = mongo.wireStats().refusedConnections;
    const extra = await RawClient.connect(mongo.port);
    await extra.closed;
    expect(mongo.wireStats().refusedConnections).toBe(refusedBefore + 1);
    expect(warnings.at(-1)).toMatch(/too many open connections.*"maxConnections":4/);
    open[0].close();
    await waitFor(() => mongo.wireStats().connections === 3);
    const next = await RawClient.connect(mongo.port);
    await ping(next, 9);
    for (const c of [...open.slice(1), next]) c.close();
    await waitFor(() => mongo.wireStats().connections === 0);
  });

  it('still serves the driver afterwards', async () => {
    const client = await MongoClient.connect(mongo.uri, { maxPoolSize: 2 });
    expect(await client.db('wire').collection('big').countDocuments()).toBe(3);
    await client.close();
  });
});
