/**
 * The tracking cache against the real database. "This process" is a connection of its own with
 * command monitoring (its services and cache on it); the world's connection stands for another
 * server process writing to the same database. The promise across real processes is checked in
 * test/e2e/tracking-two-processes.e2e.test.ts.
 */
import mongoose, { type Connection } from 'mongoose';
import pino from 'pino';
import { Outbox } from '../../server/lifecycle/outbox';
import { orderModel } from '../../server/models/order.model';
import { ok } from '../../server/shared/result';
import { inTransaction } from '../../server/shared/transaction';
import { OrderService } from '../../server/orders/order.service';
import type { Caller } from '../../server/parties/caller';
import { ShipmentService } from '../../server/shipments/shipment.service';
import { TRACKING_CACHE_DEFAULTS, TrackingCache } from '../../server/tracking/tracking-cache';
import { TrackingService } from '../../server/tracking/tracking.service';
import { testMongoUri } from '../support/database';
import { type World, areaServices, motorcyclePartsOrder, openWorld } from '../support/world';
import { until } from '../support/until';

let world: World;
let elsewhere: Awaited<ReturnType<typeof areaServices>>;
let conn: Connection;
let cache: TrackingCache;
let cached: TrackingService;
let uncached: TrackingService;
let callers: Record<string, Caller>;
let booked: { shipment: string; order: string; orderId: string; shipmentId: string; container: string };
let commands = 0;
const INDEX_COMMANDS = new Set(['createIndexes', 'listIndexes', 'create']);

/** The database commands this process's connection sends while `work` runs. */
async function commandsDuring<T>(work: () => Promise<T>): Promise<{ result: T; commands: number }> {
  const before = commands;
  const result = await work();
  return { result, commands: commands - before };
}

beforeAll(async () => {
  world = await openWorld(__filename);
  elsewhere = await areaServices(world);
  const codes = { exporter: 'CQ-MOTO', importer: 'SG-LION', forwarder: 'CQ-LANDSEA', rail: 'CQ-RAIL', sea: 'QZ-SHIP', customs: 'CQ-CUSTOMS', bank: 'CQ-BANK', otherExporter: 'TH-DURIAN', auditor: 'AUDITOR' };
  callers = Object.fromEntries(await Promise.all(Object.entries(codes).map(async ([name, code]) => [name, await world.as(code)] as const)));

  const created = await elsewhere.orders.create(callers.exporter, motorcyclePartsOrder(callers.importer.partyId));
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const orderId = String(created.value._id);
  await elsewhere.orders.confirm(callers.exporter, orderId);
  const options = await elsewhere.shipments.routeOptions(callers.exporter, { orderId, rankBy: 'cost', teu: 1 });
  const option = options.ok ? options.value.find((o) => o.mainCarriageModes.join('+') === 'rail+sea') : undefined;
  if (!option) throw new Error('no rail-sea option');
  const shipment = await elsewhere.shipments.book(callers.exporter, {
    orderId,
    optionId: option.id,
    forwarderId: callers.forwarder.partyId,
    containers: [{ number: 'CSQU3054383', type: '22G1' }],
    carriers: [
      { legSeq: option.legs[0].seq, carrierId: callers.rail.partyId },
      { legSeq: option.legs[1].seq, carrierId: callers.sea.partyId },
    ],
  });
  if (!shipment.ok) throw new Error(JSON.stringify(shipment.error));
  booked = { shipment: shipment.value.number, order: shipment.value.orderNumber, orderId, shipmentId: String(shipment.value._id), container: 'CSQU3054383' };

  conn = await mongoose.createConnection(testMongoUri(), { dbName: world.connection.name, monitorCommands: true }).asPromise();
  const orders = new OrderService(conn, world.clock, new Outbox(conn, world.clock));
  const shipments = new ShipmentService(conn, world.clock, orders);
  // Models build their indexes in the background on first use; that is not what is counted.
  await Promise.all([orders.model.init(), shipments.model.init()]);
  conn.getClient().on('commandStarted', (event) => {
    if (!INDEX_COMMANDS.has(event.commandName)) commands += 1;
  });
  // A long silence limit: a machine loaded by other suites must not take the streams down
  // between a fill and the hit a test counts (the silence rule is the caller cache's, tested there).
  const options2 = { ...TRACKING_CACHE_DEFAULTS, maxAwaitMs: 200, silenceMs: 30_000, maxEntries: 3, idleMs: 0 };
  cache = new TrackingCache(conn, { uri: testMongoUri(), dbName: conn.name }, { shipments: 'shipments', orders: 'orders' }, pino({ level: 'silent' }), options2);
  cached = new TrackingService(conn, world.clock, orders, shipments, cache);
  uncached = new TrackingService(conn, world.clock, orders, shipments);
  cache.start();
  await until('the cache serves', () => cache.live);
});

afterAll(async () => {
  await cache.stop();
  await conn.close();
  await world.close();
});

beforeEach(() => cache.forget());

it('answers a reference it has read from memory: the second track sends no database command', async () => {
  const first = await commandsDuring(() => cached.track(callers.importer, booked.shipment));
  expect(first.commands).toBe(2); // the shipments the reference names, then their orders
  const second = await commandsDuring(() => cached.track(callers.importer, booked.shipment));
  expect(second.commands).toBe(0);
  expect(second.result).toEqual(first.result);
  expect(second.result.ok && second.result.value.order?.number).toBe(booked.order);
});

it('answers every caller and reference exactly as the database does, access checked on every request', async () => {
  const references = [booked.shipment, booked.shipment.toLowerCase(), booked.order, ` ${booked.order} `, booked.container, 'CSQU 305438-3', booked.orderId, booked.shipmentId, 'SHP-1999-000001', 'nonsense'];
  for (const [name, caller] of Object.entries(callers)) {
    for (const reference of references) {
      const expected = await uncached.track(caller, reference);
      // twice: the first may read into the cache, the second answers from it
      for (const round of [1, 2]) {
        const answer = await cached.track(caller, reference);
        expect({ name, reference, round, answer }).toEqual({ name, reference, round, answer: expected });
      }
    }
  }
  // Not every caller sees it: the refusal from memory is the database's refusal.
  const refused = await cached.track(callers.otherExporter, booked.shipment);
  expect(refused).toEqual({ ok: false, error: [{ code: 'NOT_FOUND', message: `nothing to track under '${booked.shipment}' that you are party to` }] });
  // A carrier is party to the shipment, not to the order: its view carries no order.
  const carrier = await cached.track(callers.rail, booked.shipment);
  expect(carrier.ok && carrier.value.order).toBeNull();
});

it('sees a write through this process on the very next track', async () => {
  const orders = new OrderService(conn, world.clock, new Outbox(conn, world.clock));
  await cached.track(callers.exporter, booked.order);
  expect(cache.size).toBe(1);
  const held = await orders.hold(callers.exporter, booked.orderId, 'documents missing');
  expect(held.ok).toBe(true);
  // No wait for the change stream: the write itself emptied the cache.
  const next = await cached.track(callers.exporter, booked.order);
  expect(next.ok && next.value.onHold).toBe(true);
  const resumed = await orders.resume(callers.exporter, booked.orderId);
  expect(resumed.ok).toBe(true);
  const after = await cached.track(callers.exporter, booked.order);
  expect(after.ok && after.value.onHold).toBe(false);
});

it('sees a milestone recorded in a transaction through this process on the very next track', async () => {
  await cached.track(callers.importer, booked.container);
  const recorded = await cached.recordMilestone(callers.rail, { shipment: booked.shipment, legSeq: 1, type: 'gateIn' });
  expect(recorded.ok).toBe(true);
  const next = await cached.track(callers.importer, booked.container);
  expect(next.ok && next.value.timeline.map((m) => m.type)).toEqual(['gateIn']);
});

it('does not keep what a read saw while a transaction through this process was still writing', async () => {
  const place = async (): Promise<string | undefined> => {
    const r = await cached.track(callers.exporter, booked.order);
    return r.ok ? r.value.order?.incotermPlace : undefined;
  };
  const setPlace = (value: string) =>
    inTransaction(conn, async (session) => {
      await orderModel(conn).updateOne({ _id: booked.orderId }, { $set: { incotermPlace: value } }, { session });
      // A request in between reads the committed order, the old one, and may keep it...
      expect(await place()).not.toBe(value);
      return ok(null);
    });
  await setPlace('CNCKG-T');
  // ...but the end of the transaction's session empties the cache again.
  expect(await place()).toBe('CNCKG-T');
  await setPlace('CNCKG');
  expect(await place()).toBe('CNCKG');
});

it('sees a write through another connection (another server process) once its change event arrives', async () => {
  const before = await cached.track(callers.exporter, booked.shipment);
  const loaded = (r: typeof before): boolean => r.ok && r.value.timeline.some((m) => m.type === 'loaded');
  expect(loaded(before)).toBe(false);
  const recorded = await elsewhere.tracking.recordMilestone(callers.rail, { shipment: booked.shipment, legSeq: 1, type: 'loaded' });
  expect(recorded.ok).toBe(true);
  await until('the cache shows the milestone', async () => loaded(await cached.track(callers.exporter, booked.shipment)));
  // and answers from memory again afterwards
  const again = await commandsDuring(() => cached.track(callers.exporter, booked.shipment));
  expect(again.commands).toBe(0);
  expect(loaded(again.result)).toBe(true);
});

it('holds at most maxEntries references, the least recently used going first', async () => {
  const references = [booked.shipment, booked.order, booked.container, booked.orderId];
  for (const reference of references) await cached.track(callers.exporter, reference);
  expect(cache.size).toBe(3);
  expect((await commandsDuring(() => cached.track(callers.exporter, booked.orderId))).commands).toBe(0);
  // the first one was pushed out by the fourth
  expect((await commandsDuring(() => cached.track(callers.exporter, booked.shipment))).commands).toBe(2);
});

it('does not keep a read that a change overtook', async () => {
  const ticket = cache.ticket();
  cache.forget(); // a change arrives while the read is under way
  cache.remember('shipment:X', [], ticket);
  expect(cache.size).toBe(0);
});

it('reads the database while its streams are down, and serves from memory again once they answer', async () => {
  await cache.stop();
  expect(cache.live).toBe(false);
  for (const round of [1, 2]) {
    const read = await commandsDuring(() => cached.track(callers.importer, booked.shipment));
    expect({ round, commands: read.commands }).toEqual({ round, commands: 2 });
    expect(read.result).toEqual(await uncached.track(callers.importer, booked.shipment));
  }
  expect(cache.size).toBe(0);
  cache.start();
  await until('the cache serves again', () => cache.live);
  await cached.track(callers.importer, booked.shipment);
  expect((await commandsDuring(() => cached.track(callers.importer, booked.shipment))).commands).toBe(0);
});

it('opens its streams on the first track and closes them once idle, reading the database while they are closed', async () => {
  const orders = new OrderService(conn, world.clock, new Outbox(conn, world.clock));
  const lazy = new TrackingCache(conn, { uri: testMongoUri(), dbName: conn.name }, { shipments: 'shipments', orders: 'orders' }, pino({ level: 'silent' }), {
    ...TRACKING_CACHE_DEFAULTS,
    maxAwaitMs: 200,
    silenceMs: 30_000,
    idleMs: 1_500,
  });
  const service = new TrackingService(conn, world.clock, orders, new ShipmentService(conn, world.clock, orders), lazy);
  lazy.start();
  try {
    // No stream until someone tracks: writes meanwhile cost the engine no change events for it.
    expect(lazy.streamsOpen).toBe(false);
    const first = await commandsDuring(() => service.track(callers.exporter, booked.order));
    expect(first.commands).toBe(2);
    expect(lazy.streamsOpen).toBe(true);
    await until('the lazy cache serves', () => lazy.live);
    await service.track(callers.exporter, booked.order);
    expect((await commandsDuring(() => service.track(callers.exporter, booked.order))).commands).toBe(0);

    await until('the streams close once idle', () => !lazy.streamsOpen);
    expect(lazy.live).toBe(false);
    expect(lazy.size).toBe(0);
    // A change while they are closed is read from the database by the next track.
    const held = await elsewhere.orders.hold(callers.exporter, booked.orderId, 'idle cache check');
    expect(held.ok).toBe(true);
    const after = await commandsDuring(() => service.track(callers.exporter, booked.order));
    expect(after.commands).toBe(2);
    expect(after.result.ok && after.result.value.onHold).toBe(true);
    expect(lazy.streamsOpen).toBe(true);
    expect((await elsewhere.orders.resume(callers.exporter, booked.orderId)).ok).toBe(true);
  } finally {
    await lazy.stop();
  }
});
