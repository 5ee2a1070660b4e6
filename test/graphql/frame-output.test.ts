/**
 * The `next` frames the project writes itself, checked against ws, an independent implementation
 * of RFC 6455: the same bytes as ws's own framing for every header size, received by a ws client
 * as exactly the text graphql-ws would send; a backed-up socket holds its writer until it has sent
 * everything, and a closed socket takes nothing without failing; a turn's frames to one socket
 * leave in one write, in order with ws's own frames. Real sockets on loopback; no timing.
 */
import WebSocket from 'ws';
import { FrameOutput, nextFrameBytes, nextPrefix } from '../../server/graphql/frame-output';
import { WsLoopback } from '../support/ws-loopback';

/** ws's own framing (exported at run time, not in its type declarations). */
const { Sender } = WebSocket as unknown as { Sender: { frame(data: Buffer, options: Record<string, unknown>): Buffer[] } };

const loopback = new WsLoopback();
beforeAll(() => loopback.start());
afterEach(() => loopback.dropClients());
afterAll(() => loopback.stop());
const connected = () => loopback.connect();

/** graphql-ws's text of a next message. */
const graphqlWsText = (id: string, payload: unknown) => JSON.stringify({ id, type: 'next', payload });

/** Payloads whose frames need each header size: 7-bit, 16-bit and 64-bit lengths; non-ASCII text counts in bytes. */
const PAYLOADS = [{ data: { n: 1 } }, { data: { note: '交付 '.repeat(100) } }, { data: { note: 'x'.repeat(70_000) }, errors: [{ message: 'é' }] }];

const noResume = { resume: () => undefined };

/** Counts the writes net makes on a socket: each `_write` or `_writev` is one write to the kernel, with its chunks. */
function countWrites(server: WebSocket): Array<{ chunks: number }> {
  const tcp = (server as unknown as { _socket: { _write: (...a: unknown[]) => void; _writev: (chunks: unknown[], cb: unknown) => void } })._socket;
  const writes: Array<{ chunks: number }> = [];
  const write = tcp._write.bind(tcp);
  const writev = tcp._writev.bind(tcp);
  tcp._write = (...args: unknown[]) => (writes.push({ chunks: 1 }), write(...args));
  tcp._writev = (chunks, cb) => (writes.push({ chunks: chunks.length }), writev(chunks, cb));
  return writes;
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

it('frames a next message with the same bytes as ws, for each header size', () => {
  for (const payload of PAYLOADS) {
    const text = graphqlWsText('sub-1', payload);
    const byWs = Buffer.concat(Sender.frame(Buffer.from(text), { fin: true, opcode: 1, mask: false, readOnly: false, rsv1: false }));
    expect(nextFrameBytes(nextPrefix('sub-1'), Buffer.from(JSON.stringify(payload))).equals(byWs)).toBe(true);
  }
});

it('delivers frames a ws client reads as exactly the text graphql-ws would send, in order', async () => {
  const { server, received, receivedCount, allText } = await connected();
  const output = new FrameOutput(server);
  // An id that JSON must escape, too.
  const ids = ['1', 'a"b', '订阅'];
  const sent: string[] = [];
  for (const payload of PAYLOADS) {
    for (const id of ids) {
      output.write(nextPrefix(id), Buffer.from(JSON.stringify(payload)), noResume);
      sent.push(graphqlWsText(id, payload));
    }
  }
  await receivedCount(sent.length);
  expect(received).toEqual(sent);
  expect(allText()).toBe(true);
});

it('holds a writer while its socket is backed up and resumes it once everything was sent', async () => {
  const { server, client, received, receivedCount } = await connected();
  const output = new FrameOutput(server);
  const tcp = (client as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  tcp.pause();
  let resumed = 0;
  const writer = { resume: () => (resumed += 1) };
  const payload = Buffer.from(JSON.stringify({ data: { note: 'y'.repeat(60_000) } }));
  // The client reads nothing: the kernel's buffers fill, and then a frame is left waiting.
  let written = 0;
  let tookAll = true;
  while (tookAll) {
    tookAll = output.write(nextPrefix(String(written)), payload, writer);
    written += 1;
    expect(written).toBeLessThan(10_000);
  }
  await new Promise((resolve) => setImmediate(resolve));
  expect(resumed).toBe(0);
  tcp.resume();
  await receivedCount(written);
  while (resumed === 0) await new Promise((resolve) => setImmediate(resolve));
  expect(resumed).toBe(1);
  expect(received.map((text) => (JSON.parse(text) as { id: string }).id)).toEqual(Array.from({ length: written }, (_, i) => String(i)));
});

it('drops frames for a closed socket without failing, and the other sockets get theirs', async () => {
  // One at a time: each waits for the server's next connection.
  const sockets = [await connected(), await connected(), await connected()];
  const outputs = sockets.map((s) => new FrameOutput(s.server));
  sockets[1].server.terminate();
  const payload = Buffer.from('{"data":{"kind":"MILESTONE"}}');
  for (const output of outputs) expect(output.write(nextPrefix('1'), payload, noResume)).toBe(true);
  await Promise.all([sockets[0].receivedCount(1), sockets[2].receivedCount(1)]);
  expect(sockets[0].received).toEqual(['{"id":"1","type":"next","payload":{"data":{"kind":"MILESTONE"}}}']);
  expect(sockets[2].received).toEqual(sockets[0].received);
  expect(sockets[1].received).toEqual([]);
});

it('writes a turn\'s frames to one socket in one write, those of promise jobs too, and a later turn\'s in another', async () => {
  const { server, received, receivedCount } = await connected();
  const output = new FrameOutput(server);
  const writes = countWrites(server);
  const payload = Buffer.from('{"data":{"n":1}}');
  for (const id of ['a', 'b', 'c']) expect(output.write(nextPrefix(id), payload, noResume)).toBe(true);
  // Promise jobs of the same turn, as a change stream's batch is dispatched.
  await Promise.resolve();
  await Promise.resolve();
  output.write(nextPrefix('d'), payload, noResume);
  await receivedCount(4);
  expect(writes).toEqual([{ chunks: 4 }]);
  await nextTurn();
  output.write(nextPrefix('e'), payload, noResume);
  await receivedCount(5);
  expect(writes).toEqual([{ chunks: 4 }, { chunks: 1 }]);
  expect(received.map((text) => (JSON.parse(text) as { id: string }).id)).toEqual(['a', 'b', 'c', 'd', 'e']);
});

it('keeps frames in order with what ws writes on the same socket in the same turn', async () => {
  const { server, received, receivedCount } = await connected();
  const output = new FrameOutput(server);
  const payload = Buffer.from('{"data":{"n":1}}');
  output.write(nextPrefix('1'), payload, noResume);
  server.send('{"id":"0","type":"complete"}');
  output.write(nextPrefix('2'), payload, noResume);
  await receivedCount(3);
  expect(received).toEqual([graphqlWsText('1', { data: { n: 1 } }), '{"id":"0","type":"complete"}', graphqlWsText('2', { data: { n: 1 } })]);
});

it('sends a turn\'s frames at once past the bound of what one socket holds corked', async () => {
  const { server, received, receivedCount } = await connected();
  const output = new FrameOutput(server);
  const writes = countWrites(server);
  const payload = Buffer.from(JSON.stringify({ data: { note: 'z'.repeat(20_000) } }));
  for (let i = 0; i < 8; i += 1) output.write(nextPrefix(String(i)), payload, noResume);
  await receivedCount(8);
  // 160 KB in one turn: more than one write, every frame once and in order.
  expect(writes.length).toBeGreaterThan(1);
  expect(writes.reduce((n, w) => n + w.chunks, 0)).toBe(8);
  expect(received.map((text) => (JSON.parse(text) as { id: string }).id)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
});
