/**
 * A milestone on a shipment this process wrote last (booked, or a milestone recorded) starts from
 * the remembered copy instead of reading the shipment (issue 18); whenever the copy is not the
 * shipment as stored, or the caller may not act on it, the answer is the one a read gives.
 * Services on two connections to the same database stand for two server processes.
 */
import { type Connection } from 'mongoose';
import { Outbox } from '../../server/lifecycle/outbox';
import type { ShipmentRecord } from '../../server/models/shipment.model';
import { OrderService } from '../../server/orders/order.service';
import type { Caller } from '../../server/parties/caller';
import { ShipmentService } from '../../server/shipments/shipment.service';
import { TrackingService } from '../../server/tracking/tracking.service';
import { monitoredConnection } from '../support/database';
import { type World, areaServices, motorcyclePartsOrder, openWorld } from '../support/world';

let world: World;
let monitored: Connection;
/** This process: its commands are recorded. */
let here: { orders: OrderService; shipments: ShipmentService; tracking: TrackingService };
/** Another process on the same database. */
let elsewhere: Awaited<ReturnType<typeof areaServices>>;
let exporter: Caller;
let importer: Caller;
let forwarder: Caller;
let rail: Caller;
let sea: Caller;
const commands: string[] = [];

beforeAll(async () => {
  world = await openWorld(__filename);
  monitored = await monitoredConnection(world.connection.name, ({ name, collection }) => void commands.push(`${name} ${collection}`));
  const orders = new OrderService(monitored, world.clock, new Outbox(monitored, world.clock));
  const shipments = new ShipmentService(monitored, world.clock, orders);
  here = { orders, shipments, tracking: new TrackingService(monitored, world.clock, orders, shipments) };
  elsewhere = await areaServices(world);
  await Promise.all([orders.model.init(), shipments.model.init(), shipments.reservations.model.init()]);
  [exporter, importer, forwarder, rail, sea] = await Promise.all(['CQ-MOTO', 'SG-LION', 'CQ-LANDSEA', 'CQ-RAIL', 'QZ-SHIP'].map((c) => world.as(c)));
});
afterAll(async () => {
  await monitored.close();
  await world.close();
});

/** One per booked shipment: a container on an undelivered shipment cannot be booked again. */
const CONTAINERS = ['CSQU3054383', 'MSKU1234565', 'TGHU4567896', 'CSQU3054399', 'MSKU1234570'];
let container = 0;
/** A shipment booked by this process (so it remembers it), rail then sea. */
async function bookedHere(): Promise<ShipmentRecord> {
  const created = await here.orders.create(exporter, motorcyclePartsOrder(importer.partyId));
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const orderId = String(created.value._id);
  await here.orders.confirm(exporter, orderId);
  const options = await here.shipments.routeOptions(exporter, { orderId, rankBy: 'cost', teu: 1 });
  if (!options.ok) throw new Error(JSON.stringify(options.error));
  const option = options.value.find((o) => o.mainCarriageModes.join('+') === 'rail+sea')!;
  container += 1;
  const booked = await here.shipments.book(exporter, {
    orderId,
    optionId: option.id,
    forwarderId: forwarder.partyId,
    containers: [{ number: CONTAINERS[container - 1], type: '22G1' }],
    carriers: [
      { legSeq: option.legs[0].seq, carrierId: rail.partyId },
      { legSeq: option.legs[1].seq, carrierId: sea.partyId },
    ],
  });
  if (!booked.ok) throw new Error(JSON.stringify(booked.error));
  return booked.value;
}

/** The commands `act` sends (name and collection), and what it answered. */
async function commandsOf<T>(act: () => Promise<T>): Promise<{ commands: string[]; result: T }> {
  commands.length = 0;
  const result = await act();
  return { commands: [...commands], result };
}

const milestone = (shipment: ShipmentRecord, type: string, expectedVersion?: number) => ({ shipment: shipment.number, legSeq: shipment.legs[0].seq, type, expectedVersion });

it('records milestones on a shipment this process wrote last without reading the shipment', async () => {
  const shipment = await bookedHere();
  const gateIn = await commandsOf(() => here.tracking.recordMilestone(rail, milestone(shipment, 'gateIn')));
  const loaded = await commandsOf(() => here.tracking.recordMilestone(forwarder, milestone(shipment, 'loaded')));
  // The order is still read: its state decides whether cargo may move, and no write here is conditional on it.
  expect([gateIn.commands, loaded.commands]).toEqual([
    ['find orders', 'findAndModify shipments'],
    ['find orders', 'findAndModify shipments'],
  ]);
  const stored = await elsewhere.shipments.model.findById(shipment._id).lean();
  expect(stored?.milestones.map((m) => `${m.seq}:${m.type}:${m.recordedBy.role}`)).toEqual(['1:gateIn:carrier', '2:loaded:forwarder']);
  expect(stored?.version).toBe(3);
});

it('reads the shipment when another process wrote it since, and records on what it read', async () => {
  const shipment = await bookedHere();
  const there = await elsewhere.tracking.recordMilestone(rail, milestone(shipment, 'gateIn'));
  expect(there.ok).toBe(true);
  // The copy still has no milestone: a LOADED checked on it would be seq 1; the write misses and the read decides.
  const loaded = await commandsOf(() => here.tracking.recordMilestone(rail, milestone(shipment, 'loaded')));
  expect(loaded.result.ok).toBe(true);
  expect(loaded.commands).toEqual(['find orders', 'findAndModify shipments', 'find shipments', 'find orders', 'findAndModify shipments']);
  const stored = await elsewhere.shipments.model.findById(shipment._id).lean();
  expect(stored?.milestones.map((m) => `${m.seq}:${m.type}`)).toEqual(['1:gateIn', '2:loaded']);
  // A step the copy would refuse, though the stored shipment allows it, is answered from a read.
  const again = await elsewhere.tracking.recordMilestone(forwarder, milestone(shipment, 'departed'));
  expect(again.ok).toBe(false); // the export is not released: the same refusal in either process
  const hereAgain = await here.tracking.recordMilestone(forwarder, milestone(shipment, 'departed'));
  expect(hereAgain).toEqual(again);
});

it('answers as a read does when the caller may not record, or names another version', async () => {
  const shipment = await bookedHere();
  const stranger = await here.tracking.recordMilestone(importer, milestone(shipment, 'gateIn'));
  const strangerThere = await elsewhere.tracking.recordMilestone(importer, milestone(shipment, 'gateIn'));
  expect(stranger).toEqual(strangerThere);
  expect(stranger.ok ? null : stranger.error[0].code).toBe('FORBIDDEN');
  const wrongCarrier = await here.tracking.recordMilestone(sea, milestone(shipment, 'gateIn'));
  expect(wrongCarrier).toEqual(await elsewhere.tracking.recordMilestone(sea, milestone(shipment, 'gateIn')));
  const stale = await here.tracking.recordMilestone(rail, milestone(shipment, 'gateIn', 7));
  expect(stale.ok ? null : stale.error[0].code).toBe('CONFLICT');
  expect(stale).toEqual(await elsewhere.tracking.recordMilestone(rail, milestone(shipment, 'gateIn', 7)));
  const stored = await elsewhere.shipments.model.findById(shipment._id).lean();
  expect(stored?.milestones).toEqual([]);
});

it('moves an order this process wrote last (here: booked) without reading it', async () => {
  const shipment = await bookedHere();
  const hold = await commandsOf(() => here.tracking.recordMilestone(forwarder, milestone(shipment, 'customsHold')));
  expect(hold.result.ok).toBe(true);
  expect(hold.commands).toEqual(['findAndModify shipments', 'findAndModify orders', 'commitTransaction 1']);
  const order = await elsewhere.orders.model.findById(shipment.orderId).lean();
  expect(order?.state).toBe('onHold');
});

it('reads the order when another process moved it since, and answers as that read does', async () => {
  const shipment = await bookedHere();
  const held = await elsewhere.orders.hold(exporter, String(shipment.orderId), 'waiting for the letter of credit');
  expect(held.ok).toBe(true);
  // The copy says booked: its HOLD misses the held order and rolls back; on the order as read,
  // a hold on a held order records the milestone and leaves the order's own hold as it was.
  const hold = await here.tracking.recordMilestone(forwarder, milestone(shipment, 'customsHold'));
  expect(hold.ok).toBe(true);
  const order = await elsewhere.orders.model.findById(shipment.orderId).lean();
  expect(order?.history.map((h) => h.event)).toEqual(['CREATE', 'CONFIRM', 'BOOK', 'HOLD']);
  expect(order?.history.at(-1)?.payload).toMatchObject({ reason: 'waiting for the letter of credit' });
  const stored = await elsewhere.shipments.model.findById(shipment._id).lean();
  expect(stored?.milestones.map((m) => m.type)).toEqual(['customsHold']);
});
