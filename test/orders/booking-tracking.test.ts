import type { OrderService } from '../../server/orders/order.service';
import type { CreateOrderInput } from '../../server/orders/order.validation';
import type { Caller } from '../../server/parties/caller';
import type { ShipmentService } from '../../server/shipments/shipment.service';
import type { TrackingService } from '../../server/tracking/tracking.service';
import type { DeclarationService } from '../../server/customs/declaration.service';
import { releaseExport } from '../support/customs';
import { type World, areaServices, openWorld, motorcyclePartsOrder } from '../support/world';

let world: World;
let orders: OrderService;
let shipments: ShipmentService;
let tracking: TrackingService;
let declarations: DeclarationService;
let customs: Caller;
let exporter: Caller;
let importer: Caller;
let forwarder: Caller;
let rail: Caller;
let sea: Caller;

const order = (overrides: Partial<CreateOrderInput> = {}): CreateOrderInput => motorcyclePartsOrder(importer.partyId, overrides);

async function confirmedOrder(overrides: Partial<CreateOrderInput> = {}) {
  const created = await orders.create(exporter, order(overrides));
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const id = String(created.value._id);
  await orders.confirm(exporter, id);
  return id;
}

beforeAll(async () => {
  world = await openWorld(__filename);
  ({ orders, shipments, tracking, declarations } = await areaServices(world));
  [exporter, importer, forwarder, rail, sea, customs] = await Promise.all(['CQ-MOTO', 'SG-LION', 'CQ-LANDSEA', 'CQ-RAIL', 'QZ-SHIP', 'CQ-CUSTOMS'].map((c) => world.as(c)));
});
afterAll(() => world.close());

async function railSeaOption(orderId: string) {
  const options = await shipments.routeOptions(exporter, { orderId, rankBy: 'cost', teu: 1 });
  if (!options.ok) throw new Error(JSON.stringify(options.error));
  const option = options.value.find((o) => o.mainCarriageModes.join('+') === 'rail+sea');
  if (!option) throw new Error(`no rail-sea option among ${options.value.map((o) => o.id).join(', ')}`);
  return option;
}

it('books a rail-sea option and tracks it from gate-in to delivery', async () => {
  const orderId = await confirmedOrder();
  const option = await railSeaOption(orderId);
  const booked = await shipments.book(exporter, {
    orderId,
    optionId: option.id,
    forwarderId: forwarder.partyId,
    containers: [{ number: 'CSQU 305438-3', type: '22G1' }],
    carriers: [
      { legSeq: option.legs[0].seq, carrierId: rail.partyId },
      { legSeq: option.legs[1].seq, carrierId: sea.partyId },
    ],
  });
  if (!booked.ok) throw new Error(JSON.stringify(booked.error));
  const shipment = booked.value;
  expect(shipment.legs.map((l) => `${l.from}>${l.to}:${l.mode}`)).toEqual(['CNCKG>CNQZH:rail', 'CNQZH>SGSIN:sea']);
  expect(shipment.containers).toEqual([{ number: 'CSQU3054383', type: '22G1', teu: 1 }]);
  expect((await orders.find(exporter, orderId))?.state).toBe('booked');
  const reservations = () => shipments.reservations.model.find({ shipmentId: shipment._id }, { _id: 1 }).lean();
  expect(await reservations()).toEqual([{ _id: 'CSQU3054383' }]);

  await releaseExport(declarations, { exporter, customs }, (await orders.model.findById(orderId).lean())!, shipment);

  const [leg1, leg2] = shipment.legs;
  const record = async (who: Caller, legSeq: number, type: string, at: string) => {
    world.clock.set(at);
    const r = await tracking.recordMilestone(who, { shipment: shipment.number, legSeq, type, at });
    if (!r.ok) throw new Error(`${type}: ${JSON.stringify(r.error)}`);
  };
  const position = async () => {
    const r = await tracking.track(importer, 'CSQU3054383');
    if (!r.ok) throw new Error('track failed');
    return r.value.position.description;
  };
  // A person's words and place names, not the milestone's code name ("gateIn at CNCKG").
  expect(await position()).toBe('Booked, waiting at Chongqing (CNCKG)');
  await record(rail, leg1.seq, 'gateIn', `${leg1.plannedEtd}T06:00:00Z`);
  expect(await position()).toBe('Gate in at Chongqing (CNCKG)');
  await record(rail, leg1.seq, 'departed', `${leg1.plannedEtd}T18:00:00Z`);
  expect((await orders.find(exporter, orderId))?.state).toBe('inTransit');
  await record(rail, leg1.seq, 'arrived', `${leg1.plannedEta}T09:00:00Z`);
  // the vessel leaves two days late
  const lateEtd = new Date(`${leg2.plannedEtd}T00:00:00Z`);
  lateEtd.setUTCDate(lateEtd.getUTCDate() + 2);
  await record(forwarder, leg2.seq, 'loaded', lateEtd.toISOString());
  expect(await position()).toBe('Loaded onto the vessel at Qinzhou (CNQZH)');
  await record(sea, leg2.seq, 'departed', lateEtd.toISOString());

  const inTransit = await tracking.track(importer, 'CSQU3054383');
  if (!inTransit.ok) throw new Error('track failed');
  expect(inTransit.value.delayDays).toBe(2);
  const plannedEta = new Date(`${shipment.plannedEta}T00:00:00Z`);
  plannedEta.setUTCDate(plannedEta.getUTCDate() + 2);
  expect(inTransit.value.revisedEta).toBe(plannedEta.toISOString().slice(0, 10));
  expect(inTransit.value.position).toMatchObject({ legSeq: leg2.seq, description: 'In transit by sea from Qinzhou (CNQZH) to Singapore (SGSIN)' });
  expect(inTransit.value.legs.map((l) => l.status)).toEqual(['arrived', 'departed']);

  await record(sea, leg2.seq, 'arrived', `${plannedEta.toISOString().slice(0, 10)}T12:00:00Z`);
  expect((await orders.find(exporter, orderId))?.state).toBe('arrived');
  await record(forwarder, leg2.seq, 'delivered', `${plannedEta.toISOString().slice(0, 10)}T20:00:00Z`);
  expect((await orders.find(exporter, orderId))?.state).toBe('delivered');
  // Delivery frees the container for its next shipment.
  expect(await reservations()).toEqual([]);

  const done = await tracking.track(exporter, shipment.orderNumber);
  expect(done.ok && done.value.timeline.map((m) => m.type)).toEqual(['gateIn', 'departed', 'arrived', 'loaded', 'departed', 'arrived', 'delivered']);
  expect(done.ok && done.value.position.description).toBe('Delivered at Singapore (SGSIN)');
  expect((await orders.complete(importer, orderId)).ok).toBe(true);
});

describe('milestone rules', () => {
  let shipmentNo: string;
  let legs: Array<{ seq: number; plannedEtd: string }>;

  beforeAll(async () => {
    world.clock.set('2026-03-02T08:00:00Z');
    const orderId = await confirmedOrder();
    const option = await railSeaOption(orderId);
    const booked = await shipments.book(exporter, {
      orderId,
      optionId: option.id,
      forwarderId: forwarder.partyId,
      containers: [{ number: 'MSKU 123456-5', type: '42G1' }],
      carriers: [{ legSeq: option.legs[0].seq, carrierId: rail.partyId }],
    });
    if (!booked.ok) throw new Error(JSON.stringify(booked.error));
    shipmentNo = booked.value.number;
    legs = booked.value.legs;
    world.clock.set(`${legs[0].plannedEtd}T12:00:00Z`);
  });

  it('refuses an arrival before the departure, naming the rule', async () => {
    const r = await tracking.recordMilestone(rail, { shipment: shipmentNo, legSeq: legs[0].seq, type: 'arrived' });
    expect(!r.ok && r.error[0]).toMatchObject({ field: ['input', 'type'], rule: 'milestone-order' });
    expect(!r.ok && r.error[0].message).toContain('ARRIVED needs leg 1 to have DEPARTED first');
  });

  it('refuses a milestone on the wrong leg, at the wrong place, or from the wrong carrier', async () => {
    const wrongLeg = await tracking.recordMilestone(forwarder, { shipment: shipmentNo, legSeq: legs[1].seq, type: 'departed' });
    expect(!wrongLeg.ok && wrongLeg.error[0].message).toContain('cannot start before leg 1 has arrived');
    const noSuchLeg = await tracking.recordMilestone(forwarder, { shipment: shipmentNo, legSeq: 9, type: 'departed' });
    expect(!noSuchLeg.ok && noSuchLeg.error.map((e) => e.rule)).toContain('milestone-order');
    const wrongPlace = await tracking.recordMilestone(rail, { shipment: shipmentNo, legSeq: legs[0].seq, type: 'gateIn', location: 'CNQZH' });
    expect(!wrongPlace.ok && wrongPlace.error[0]).toMatchObject({ rule: 'leg-location' });
    const notTheirLeg = await tracking.recordMilestone(sea, { shipment: shipmentNo, legSeq: legs[0].seq, type: 'gateIn' });
    expect(!notTheirLeg.ok && notTheirLeg.error[0].code).toMatch(/FORBIDDEN|NOT_FOUND/);
  });

  it('refuses a time in the future or before the last milestone', async () => {
    const future = await tracking.recordMilestone(rail, { shipment: shipmentNo, legSeq: legs[0].seq, type: 'gateIn', at: '2030-01-01T00:00:00Z' });
    expect(!future.ok && future.error[0].rule).toBe('not-future');
    expect((await tracking.recordMilestone(rail, { shipment: shipmentNo, legSeq: legs[0].seq, type: 'gateIn' })).ok).toBe(true);
    const earlier = await tracking.recordMilestone(rail, { shipment: shipmentNo, legSeq: legs[0].seq, type: 'loaded', at: '2026-03-01T00:00:00Z' });
    expect(!earlier.ok && earlier.error[0].rule).toBe('chronological');
  });

  it('puts the order on hold for an e-lock alarm', async () => {
    const r = await tracking.recordMilestone(forwarder, { shipment: shipmentNo, legSeq: legs[0].seq, type: 'elockAlarm', note: 'seal opened' });
    expect(r.ok).toBe(true);
    const t = await tracking.track(exporter, shipmentNo);
    expect(t.ok && t.value.onHold).toBe(true);
    expect(t.ok && t.value.order?.machine.snapshot.context).toMatchObject({ heldFrom: 'booked', holdReason: 'ELOCK_ALARM at CNCKG: seal opened', holdSource: 'elockAlarm' });
  });
});

describe('booking rules', () => {
  it('refuses FOB on a rail-only route, naming the Incoterm rule', async () => {
    world.clock.set('2026-03-02T08:00:00Z');
    const de = await world.as('DE-RHEIN');
    const orderId = await confirmedOrder({ buyerId: de.partyId, destination: 'DEDUI', incoterm: 'FOB', incotermPlace: 'CNCKG' });
    const options = await shipments.routeOptions(exporter, { orderId });
    if (!options.ok) throw new Error('no options');
    const railOnly = options.value.find((o) => o.mainCarriageModes.join() === 'rail')!;
    expect(railOnly.incotermFits).toBe(false);
    const r = await shipments.book(exporter, { orderId, optionId: railOnly.id, forwarderId: forwarder.partyId, containers: [{ number: 'CSQU3054383', type: '22G1' }] });
    expect(!r.ok && r.error[0]).toMatchObject({ field: ['input', 'optionId'], rule: 'incoterm-mode' });
    expect(!r.ok && r.error[0].message).toContain('FOB applies only when the main carriage is by sea or inland waterway');
    expect((await orders.find(exporter, orderId))?.state).toBe('confirmed');
    expect(await shipments.model.countDocuments({ orderId })).toBe(0);
  });

  it('flags FOB named at the inland rail origin on rail-sea: the goods board the vessel at Qinzhou, not Chongqing', async () => {
    const orderId = await confirmedOrder({ incoterm: 'FOB', incotermPlace: 'CNCKG' });
    const option = await railSeaOption(orderId);
    expect(option).toMatchObject({ incotermFits: false, incotermRule: 'incoterm-place' });
    expect(option.incotermNote).toBe(
      'FOB CNCKG names the port of shipment, where the goods are delivered on board a vessel, but on this route the goods first go on board at CNQZH (CNCKG → CNQZH is by rail) — use FCA CNCKG or FOB CNQZH',
    );
    const r = await shipments.book(exporter, { orderId, optionId: option.id, forwarderId: forwarder.partyId, containers: [{ number: 'CSQU3054383', type: '22G1' }] });
    expect(!r.ok && r.error).toEqual([expect.objectContaining({ field: ['input', 'optionId'], rule: 'incoterm-place' })]);
    expect((await orders.find(exporter, orderId))?.state).toBe('confirmed');
    // Named at the port where the vessel leg starts, FOB fits the same route.
    const atQinzhou = await railSeaOption(await confirmedOrder({ incoterm: 'FOB', incotermPlace: 'CNQZH' }));
    expect(atQinzhou).toMatchObject({ incotermFits: true, incotermNote: null });
  });

  it('refuses a carrier on a leg of a mode it does not serve, naming the carrier field: a container line on rail, a rail operator on the Yangtze', async () => {
    const orderId = await confirmedOrder();
    const railSea = await railSeaOption(orderId);
    const swapped = await shipments.book(exporter, {
      orderId, optionId: railSea.id, forwarderId: forwarder.partyId, containers: [{ number: 'CSQU3054383', type: '22G1' }],
      carriers: [{ legSeq: 1, carrierId: sea.partyId }, { legSeq: 2, carrierId: rail.partyId }],
    });
    expect(!swapped.ok && swapped.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([
      ['input.carriers.0.carrierId', 'carrier-mode'],
      ['input.carriers.1.carrierId', 'carrier-mode'],
    ]);
    expect(!swapped.ok && swapped.error[0].message).toBe('input.carriers.0.carrierId: carrier QZ-SHIP serves sea only; leg 1 (CNCKG → CNQZH) is by rail');
    const options = await shipments.routeOptions(exporter, { orderId, teu: 1 });
    const yangtze = options.ok ? options.value.find((o) => o.mainCarriageModes.join('+') === 'river+sea')! : undefined;
    const onRiver = await shipments.book(exporter, { orderId, optionId: yangtze!.id, forwarderId: forwarder.partyId, containers: [{ number: 'CSQU3054383', type: '22G1' }], carriers: [{ legSeq: 1, carrierId: rail.partyId }] });
    expect(!onRiver.ok && onRiver.error).toEqual([
      expect.objectContaining({ field: ['input', 'carriers', '0', 'carrierId'], rule: 'carrier-mode', message: 'input.carriers.0.carrierId: carrier CQ-RAIL serves rail and road only; leg 1 (CNCKG → CNSHA) is by river' }),
    ]);
    expect((await orders.find(exporter, orderId))?.state).toBe('confirmed');
    expect(await shipments.model.countDocuments({ orderId })).toBe(0);
  });

  it('refuses a wrong container check digit and an unknown type, and books nothing', async () => {
    const orderId = await confirmedOrder();
    const option = await railSeaOption(orderId);
    const r = await shipments.book(exporter, { orderId, optionId: option.id, forwarderId: exporter.partyId, containers: [{ number: 'CSQU3054384', type: '99X9' }] });
    expect(!r.ok && r.error.map((e) => `${e.field?.join('.')} ${e.rule}`)).toEqual([
      'input.containers.0.number container-check-digit',
      'input.containers.0.type container-type-unknown',
      'input.forwarderId forwarder-party',
    ]);
    expect((await orders.find(exporter, orderId))?.state).toBe('confirmed');
  });

  it('lets only the seller book', async () => {
    const orderId = await confirmedOrder();
    const option = await railSeaOption(orderId);
    const r = await shipments.book(importer, { orderId, optionId: option.id, forwarderId: forwarder.partyId, containers: [{ number: 'CSQU3054383', type: '22G1' }] });
    expect(!r.ok && r.error[0].code).toBe('FORBIDDEN');
  });
});
