/**
 * Live events are executed once per audience (the caller's access class, the subscription
 * document, its variables) and every subscriber of that audience gets the same payload bytes in
 * its own `next` frame. Frames are read raw off real sockets; executions are counted by the
 * server's own counters (health.live), never by timing. Sharing must not loosen access: other
 * parties and other selections get their own, correct payloads, and a party that may not read a
 * document still gets nothing.
 */
import type { RunningServer } from '../../server/start';
import { FrameSocket } from '../../server/tools/frame-socket';
import { CustomsFixtures } from '../support/customs-fixtures';
import { dataOf, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { SHIPMENT_TRACKED } from '../support/live-documents';
import { type BookedRef, OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let fx: OrderFixtures;
const sockets: FrameSocket[] = [];

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  fx = await OrderFixtures.open(server, '2026-03-05');
});
afterEach(async () => {
  await Promise.all(sockets.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await stopTestServer(server);
});

/** One socket with one subscription, keeping its frames as text exactly as they arrived. */
class RawSubscriber {
  readonly frames: string[] = [];
  private waiters: Array<() => void> = [];

  constructor(readonly id: string) {}

  static async open(token: string, id: string, query: string, variables: Record<string, unknown>): Promise<RawSubscriber> {
    const socket = await FrameSocket.open(server, token);
    sockets.push(socket);
    const subscriber = new RawSubscriber(id);
    socket.onFrame = (frame) => {
      subscriber.frames.push(frame.toString('utf8'));
      for (const wake of subscriber.waiters.splice(0)) wake();
    };
    socket.subscribe(id, query, variables);
    return subscriber;
  }

  async received(count: number): Promise<string[]> {
    while (this.frames.length < count) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this.frames.slice(0, count);
  }

  /** A frame's payload text: what follows `{"id":…,"type":"next","payload":`, without the frame's closing brace. */
  payloadOf(frame: string): string {
    const head = `{"id":${JSON.stringify(this.id)},"type":"next","payload":`;
    expect(frame.startsWith(head) && frame.endsWith('}')).toBe(true);
    return frame.slice(head.length, -1);
  }
}

interface LiveStats {
  executions: number;
  eventsSent: number;
}

async function liveStats(): Promise<LiveStats> {
  return dataOf(await graphql<{ health: { live: LiveStats } }>(server, '{ health { live { executions eventsSent } } }')).health.live;
}

/** Runs `act` and returns how many executions and frames it caused, once `settled` says its events are all in. */
async function counted(act: () => Promise<unknown>, settled: () => Promise<unknown>): Promise<LiveStats> {
  const before = await liveStats();
  await act();
  await settled();
  const after = await liveStats();
  return { executions: after.executions - before.executions, eventsSent: after.eventsSent - before.eventsSent };
}

const allReceived = (subscribers: RawSubscriber[], count: number) => Promise.all(subscribers.map((s) => s.received(count)));

describe('shipmentTracked, one audience', () => {
  let booked: BookedRef;
  beforeAll(async () => {
    booked = await fx.booked();
  });

  it('executes a milestone once for five subscribers of one party and selection, and sends each the same payload bytes', async () => {
    const subscribers = await Promise.all([0, 1, 2, 3, 4].map((i) => RawSubscriber.open('demo-exporter', `same-${i}`, SHIPMENT_TRACKED, { ref: booked.shipmentNumber })));
    await allReceived(subscribers, 1);

    const stats = await counted(() => fx.milestone('demo-carrier', booked.shipmentNumber, 1, 'GATE_IN'), () => allReceived(subscribers, 2));
    expect(stats).toEqual({ executions: 1, eventsSent: 5 });

    const payloads = subscribers.map((s) => s.payloadOf(s.frames[1]));
    expect(new Set(payloads).size).toBe(1);
    const frame = JSON.parse(subscribers[3].frames[1]) as { id: string; type: string; payload: { data: { shipmentTracked: { kind: string; milestone: { type: string } } } } };
    expect(frame).toMatchObject({ id: 'same-3', type: 'next', payload: { data: { shipmentTracked: { kind: 'MILESTONE', milestone: { type: 'GATE_IN' } } } } });
    // The current state each subscription started with was its own execution.
    expect(subscribers.every((s) => JSON.parse(s.payloadOf(s.frames[0])).data.shipmentTracked.kind === 'CURRENT')).toBe(true);
  });
});

describe('shipmentTracked, several audiences', () => {
  /** The order's events the caller may send: what each party is offered differs, so a shared answer would show. */
  const WITH_ORDER = `subscription($ref: String!) { shipmentTracked(reference: $ref) {
    kind milestone { type } tracking { shipment { number order { number callerEvents } } } } }`;
  const KIND_ONLY = 'subscription($ref: String!) { shipmentTracked(reference: $ref) { kind cursor } }';

  it('gives other parties, other selections and other variables each their own correct payload', async () => {
    const booked = await fx.booked();
    const open = (token: string, id: string, query: string, ref: string) => RawSubscriber.open(token, id, query, { ref });
    const exporters = await Promise.all([open('demo-exporter', 'e1', WITH_ORDER, booked.shipmentNumber), open('demo-exporter', 'e2', WITH_ORDER, booked.shipmentNumber)]);
    const importers = await Promise.all([open('demo-importer', 'i1', WITH_ORDER, booked.shipmentNumber), open('demo-importer', 'i2', WITH_ORDER, booked.shipmentNumber)]);
    const kindOnly = await open('demo-exporter', 'k1', KIND_ONLY, booked.shipmentNumber);
    const byOrderNumber = await open('demo-exporter', 'o1', WITH_ORDER, booked.number);
    const all = [...exporters, ...importers, kindOnly, byOrderNumber];
    await allReceived(all, 1);

    const stats = await counted(() => fx.milestone('demo-carrier', booked.shipmentNumber, 1, 'GATE_IN'), () => allReceived(all, 2));
    // Four audiences: the exporter's, the importer's, the exporter's other selection, the exporter's other variables.
    expect(stats).toEqual({ executions: 4, eventsSent: 6 });

    const eventOf = (s: RawSubscriber) => JSON.parse(s.payloadOf(s.frames[1])) as { data: { shipmentTracked: Record<string, unknown> } };
    const callerEvents = async (token: string) =>
      dataOf(await graphql<{ order: { callerEvents: string[] } }>(server, 'query($id: ID!) { order(id: $id) { callerEvents } }', { token, variables: { id: booked.id } })).order.callerEvents;
    for (const [token, group] of [['demo-exporter', [...exporters, byOrderNumber]], ['demo-importer', importers]] as const) {
      const expected = { kind: 'MILESTONE', milestone: { type: 'GATE_IN' }, tracking: { shipment: { number: booked.shipmentNumber, order: { number: booked.number, callerEvents: await callerEvents(token) } } } };
      for (const s of group) expect(eventOf(s)).toEqual({ data: { shipmentTracked: expected } });
    }
    expect(await callerEvents('demo-exporter')).not.toEqual(await callerEvents('demo-importer'));
    expect(eventOf(kindOnly)).toEqual({ data: { shipmentTracked: { kind: 'MILESTONE', cursor: expect.stringMatching(/^shipments:/) } } });
  });
});

describe('declarationReceipts, one party outside', () => {
  const RECEIPTS = 'subscription($after: String) { declarationReceipts(after: $after) { receipt entry { event } declaration { number } } }';

  it('sends a declaration event to the parties that may read it, executed once for them, and nothing to the others', async () => {
    const customs = new CustomsFixtures(server);
    const toysOrder = async () => {
      const order = await fx.draft({}, 'demo-exporter-toys');
      await fx.call('demo-exporter-toys', 'mutation($id: ID!) { confirmOrder(id: $id) { userErrors { message } } }', { id: order.id });
      return customs.exportInput(order.id);
    };
    const [probeInput, motoInput, toysProbeInput, toysInput] = [await customs.exportInput((await fx.booked()).id), await customs.exportInput((await fx.booked()).id), await toysOrder(), await toysOrder()];

    // A cursor to start from, so no subscription can miss what follows while it joins the stream.
    const probe = await customs.file('demo-exporter', probeInput);
    const start = await RawSubscriber.open('demo-auditor', 'start', 'subscription($d: String) { declarationReceipts(filter: { declaration: $d }) { cursor } }', { d: probe.number });
    const after = (JSON.parse(start.payloadOf((await start.received(1))[0])) as { data: { declarationReceipts: { cursor: string } } }).data.declarationReceipts.cursor;
    const readers = await Promise.all([0, 1, 2].map((i) => RawSubscriber.open('demo-exporter', `r${i}`, RECEIPTS, { after })));
    const outsiders = await Promise.all([0, 1].map((i) => RawSubscriber.open('demo-exporter-toys', `x${i}`, RECEIPTS, { after })));
    // One event each (replayed or live) shows every subscription has started: what follows comes live.
    await customs.step('demo-exporter', 'submitDeclaration', probe.number);
    await customs.file('demo-exporter-toys', toysProbeInput);
    await allReceived(readers, 1);
    await allReceived(outsiders, 1);

    let moto = '';
    const stats = await counted(
      async () => (moto = (await customs.file('demo-exporter', motoInput)).number),
      () => allReceived(readers, 2),
    );
    expect(stats).toEqual({ executions: 1, eventsSent: 3 });
    expect(new Set(readers.map((r) => r.payloadOf(r.frames[1]))).size).toBe(1);
    expect(JSON.parse(readers[0].payloadOf(readers[0].frames[1]))).toEqual({ data: { declarationReceipts: { receipt: '暂存', entry: { event: 'CREATE' }, declaration: { number: moto } } } });

    // Then one of the outsider's own: it is the next thing the outsider receives, so nothing came between.
    const toys = await customs.file('demo-exporter-toys', toysInput);
    for (const outsider of outsiders) {
      const [, next] = await outsider.received(2);
      expect(JSON.parse(outsider.payloadOf(next)).data.declarationReceipts.declaration.number).toBe(toys.number);
    }
    expect(readers.every((r) => r.frames.length === 2)).toBe(true);
  });
});
