/**
 * Frame writers on real subscriptions and real sockets: each event of a subscription reaches its
 * socket in order even when an earlier payload is still executing; a change fanned out to several
 * subscriptions reaches every open socket when one of them closed midway; a payload that fails to
 * execute ends its subscription with the failure (graphql-ws then closes that socket); the
 * frames of several subscriptions of one socket, over several changes of one turn, leave in one
 * write, each once and in order. No timing.
 */
import type { ExecutionResult } from 'graphql';
import { FrameOutput, nextPrefix } from '../../server/graphql/frame-output';
import { FrameWriter, Payload } from '../../server/graphql/live-delivery';
import type { FeedChange } from '../../server/live/change-feed';
import type { DeliveryCounts } from '../../server/live/live-connection';
import { LiveSubscription } from '../../server/live/live-subscription';
import type WebSocket from 'ws';
import { WsLoopback } from '../support/ws-loopback';

const loopback = new WsLoopback();
beforeAll(() => loopback.start());
afterEach(() => loopback.dropClients());
afterAll(() => loopback.stop());
const connected = () => loopback.connect();

const change = (n: number): FeedChange => ({ token: n.toString(16).padStart(4, '0'), operationType: 'update', documentId: 'd', fullDocument: null, updatedFields: { n } });
const roomy = { take: () => true, give: () => undefined };

/** A subscription whose events are the changes' numbers, written by a FrameWriter to `server` with the payloads `payloadOf` gives. */
function writer(server: WebSocket, id: string, payloadOf: (event: number) => Payload, counts: DeliveryCounts, output = new FrameOutput(server)) {
  const subscription = new LiveSubscription<number>((c) => c.updatedFields.n as number, roomy, () => undefined);
  subscription.startFresh(null, change(0).token);
  const frames = new FrameWriter(subscription as LiveSubscription<unknown>, { prefix: nextPrefix(id), audience: 'a', output }, (e) => payloadOf(e as number), counts);
  return { subscription, frames };
}

const result = (n: number): ExecutionResult => ({ data: { n } });
const frame = (id: string, n: number) => `{"id":"${id}","type":"next","payload":{"data":{"n":${n}}}}`;

it('keeps a subscription\'s order while an earlier payload is still executing', async () => {
  const socket = await connected();
  const counts = { executions: 0, eventsSent: 0 };
  let finish!: () => void;
  const slow = new Promise<ExecutionResult>((resolve) => (finish = () => resolve(result(1))));
  const { subscription } = writer(socket.server, 's', (n) => new Payload(n === 1 ? slow : result(n)), counts);
  subscription.offer(change(1));
  subscription.offer(change(2));
  subscription.offer(change(3));
  expect(counts.eventsSent).toBe(0);
  finish();
  await socket.receivedCount(3);
  expect(socket.received).toEqual([frame('s', 1), frame('s', 2), frame('s', 3)]);
  expect(counts.eventsSent).toBe(3);
});

it('fans a change out to every open socket when one of them closed midway', async () => {
  const sockets = [await connected(), await connected(), await connected(), await connected()];
  const counts = { executions: 0, eventsSent: 0 };
  const shared = new Map<number, Payload>();
  const payloadOf = (n: number) => shared.get(n) ?? shared.set(n, new Payload(result(n))).get(n)!;
  const writers = sockets.map((s, i) => writer(s.server, `s${i}`, payloadOf, counts));
  for (const [i, { subscription }] of writers.entries()) {
    if (i === 1) sockets[1].server.terminate();
    subscription.offer(change(7));
  }
  for (const { subscription } of writers) subscription.offer(change(8));
  await Promise.all([0, 2, 3].map((i) => sockets[i].receivedCount(2)));
  for (const i of [0, 2, 3]) expect(sockets[i].received).toEqual([frame(`s${i}`, 7), frame(`s${i}`, 8)]);
  // Only frames written count as sent.
  expect(counts.eventsSent).toBe(6);
});

it('ends the subscription with the failure when its payload fails to execute', async () => {
  const socket = await connected();
  const { subscription, frames } = writer(socket.server, 's', (n) => new Payload(n === 2 ? Promise.reject(new Error('resolver exploded')) : result(n)), { executions: 0, eventsSent: 0 });
  subscription.offer(change(1));
  subscription.offer(change(2));
  subscription.offer(change(3));
  await expect(frames.next()).rejects.toThrow('resolver exploded');
  await socket.receivedCount(1);
  expect(socket.received).toEqual([frame('s', 1)]);
  expect(await subscription.next()).toEqual({ value: undefined, done: true });
});

it('settles as done when the subscription is completed', async () => {
  const socket = await connected();
  const { frames } = writer(socket.server, 's', (n) => new Payload(result(n)), { executions: 0, eventsSent: 0 });
  const ended = frames.next();
  await frames.return();
  expect(await ended).toEqual({ value: undefined, done: true });
});

it('writes the frames of one socket\'s subscriptions over the changes of one turn in one write, each once and in order', async () => {
  const socket = await connected();
  const tcp = (socket.server as unknown as { _socket: { _write: (...a: unknown[]) => void; _writev: (chunks: unknown[], cb: unknown) => void } })._socket;
  const writes: number[] = [];
  const [write, writev] = [tcp._write.bind(tcp), tcp._writev.bind(tcp)];
  tcp._write = (...args: unknown[]) => (writes.push(1), write(...args));
  tcp._writev = (chunks, cb) => (writes.push(chunks.length), writev(chunks, cb));
  const counts = { executions: 0, eventsSent: 0 };
  const output = new FrameOutput(socket.server);
  const writers = ['x', 'y', 'z'].map((id) => writer(socket.server, id, (n) => new Payload(result(n)), counts, output));
  // Two changes of one batch: the second dispatched from a promise job of the same turn.
  for (const { subscription } of writers) subscription.offer(change(1));
  await Promise.resolve();
  for (const { subscription } of writers) subscription.offer(change(2));
  await socket.receivedCount(6);
  expect(writes).toEqual([6]);
  expect(socket.received).toEqual([frame('x', 1), frame('y', 1), frame('z', 1), frame('x', 2), frame('y', 2), frame('z', 2)]);
  expect(counts.eventsSent).toBe(6);
});
