/**
 * Rerouting a booked shipment before it starts: a Yangtze river-sea shipment meets a Three Gorges
 * lock congestion notice before it leaves Chongqing, and the forwarder moves it to rail via
 * Qinzhou and sea to Singapore. Each refusal, and two reroutes racing for the same shipment.
 */
import type { BillService } from '../../server/bills/bill.service';
import type { DeclarationService } from '../../server/customs/declaration.service';
import type { OrderService } from '../../server/orders/order.service';
import type { CreateOrderInput } from '../../server/orders/order.validation';
import type { Caller } from '../../server/parties/caller';
import { containerCheckDigit } from '../../server/reference';
import { type ShipmentService, planRoutes } from '../../server/shipments/shipment.service';
import type { TrackingService } from '../../server/tracking/tracking.service';
import { exportDeclarationFor, must } from '../support/customs';
import { type World, areaServices, openWorld, motorcyclePartsOrder } from '../support/world';

let world: World;
let orders: OrderService;
let shipments: ShipmentService;
let tracking: TrackingService;
let bills: BillService;
let declarations: DeclarationService;
let exporter: Caller;
let otherExporter: Caller;
let importer: Caller;
let forwarder: Caller;
let rail: Caller;
let sea: Caller;
let containerSerial = 200000;

const NOTICE = 'Three Gorges ship lock congestion notice: waiting time over 7 days';

beforeAll(async () => {
  world = await openWorld(__filename);
  ({ orders, shipments, tracking, bills, declarations } = await areaServices(world));
  [exporter, otherExporter, importer, forwarder, rail, sea] = await Promise.all(['CQ-MOTO', 'CQ-TOYS', 'SG-LION', 'CQ-LANDSEA', 'CQ-RAIL', 'QZ-SHIP'].map((c) => world.as(c)));
});
afterAll(() => world.close());

const orderInput = (overrides: Partial<CreateOrderInput> = {}): CreateOrderInput => motorcyclePartsOrder(importer.partyId, overrides);

async function optionFor(orderId: string, modes: string) {
  const options = must(await shipments.routeOptions(exporter, { orderId, teu: 1 }), 'options');
  const option = options.find((o) => o.mainCarriageModes.join('+') === modes);
  if (!option) throw new Error(`no ${modes} option among ${options.map((o) => o.id).join(', ')}`);
  return option;
}

/** A CNCKG → SGSIN order booked on the Yangtze (river to Shanghai, sea to Singapore). */
async function yangtzeShipment(overrides: Partial<CreateOrderInput> = {}) {
  world.clock.set('2026-03-02T08:00:00Z');
  const order = must(await orders.create(exporter, orderInput(overrides)), 'create');
  const orderId = String(order._id);
  must(await orders.confirm(exporter, orderId), 'confirm');
  const option = await optionFor(orderId, 'river+sea');
  const prefix = `TEMU${containerSerial++}`;
  const shipment = must(
    await shipments.book(exporter, { orderId, optionId: option.id, forwarderId: forwarder.partyId, containers: [{ number: `${prefix}${containerCheckDigit(prefix)}`, type: '22G1' }] }),
    'book',
  );
  expect(shipment.legs.map((l) => `${l.from}>${l.to}:${l.mode}`)).toEqual(['CNCKG>CNSHA:river', 'CNSHA>SGSIN:sea']);
  return { orderId, shipment };
}

/** The options of the order as a reroute plans them: from today. */
async function rerouteOption(orderId: string, modes: string) {
  const order = (await orders.model.findById(orderId).lean())!;
  const today = world.clock.now().toISOString().slice(0, 10);
  const planned = must(
    planRoutes(
      { origin: order.origin, destination: order.destination, cargo: { grossWeightKg: 9000, teu: 1 }, readyDate: order.readyDate > today ? order.readyDate : today },
      order.incoterm,
    ),
    'plan',
  );
  return planned.find((o) => o.mainCarriageModes.join('+') === modes)!;
}

it('moves a Yangtze shipment to rail via Qinzhou and sea, scheduled from today', async () => {
  const { orderId, shipment } = await yangtzeShipment();
  // The notice comes in two days later: the new legs are planned from then, not from the ready date.
  world.clock.set('2026-03-04T09:30:00Z');
  const option = await rerouteOption(orderId, 'rail+sea');
  const r = await shipments.reroute(forwarder, {
    shipment: shipment.number,
    optionId: option.id,
    carriers: [
      { legSeq: 1, carrierId: rail.partyId },
      { legSeq: 2, carrierId: sea.partyId },
    ],
    reason: NOTICE,
    expectedVersion: shipment.version,
  });
  const moved = must(r, 'reroute');
  expect(moved.legs.map((l) => `${l.seq}:${l.from}>${l.to}:${l.mode}`)).toEqual(['1:CNCKG>CNQZH:rail', '2:CNQZH>SGSIN:sea']);
  expect(moved.legs.map((l) => String(l.carrierId))).toEqual([rail.partyId, sea.partyId]);
  expect(moved.legs[0].plannedEtd > '2026-03-04').toBe(true);
  expect(moved).toMatchObject({ corridorId: 'nwlsc-rail-sea', routeOptionId: option.id, routeName: option.name, plannedEtd: option.etd, plannedEta: option.eta, version: shipment.version + 1 });
  expect(Number(moved.cost.toString())).toBe(Number(option.cost.amount));
  expect(moved.containers).toEqual(shipment.containers);
  expect(moved.reroutes).toEqual([
    {
      at: new Date('2026-03-04T09:30:00Z'),
      by: { partyId: forwarder.partyId, role: 'forwarder' },
      reason: NOTICE,
      from: { corridorId: 'yangtze-river-sea', routeOptionId: shipment.routeOptionId, plannedEta: shipment.plannedEta },
      to: { corridorId: 'nwlsc-rail-sea', routeOptionId: option.id, plannedEta: option.eta },
    },
  ]);
  // The carriers now see it, the order follows the corridor and stays booked.
  expect(moved.parties.map(String)).toEqual(expect.arrayContaining([rail.partyId, sea.partyId]));
  expect((await tracking.findShipment(rail, shipment.number))?.number).toBe(shipment.number);
  const order = (await orders.find(exporter, orderId))!;
  expect(order).toMatchObject({ state: 'booked', corridorId: 'nwlsc-rail-sea' });

  // A second reroute, by the seller this time, moves it back to the river.
  const back = must(await shipments.reroute(exporter, { shipment: shipment.number, optionId: (await rerouteOption(orderId, 'river+sea')).id, reason: 'locks clear again' }), 'reroute back');
  expect(back.legs.map((l) => `${l.from}>${l.to}:${l.mode}`)).toEqual(['CNCKG>CNSHA:river', 'CNSHA>SGSIN:sea']);
  expect(back.parties.map(String)).not.toContain(rail.partyId);
  expect(back.reroutes.map((x) => x.by.role)).toEqual(['forwarder', 'exporter']);
  expect(back.version).toBe(shipment.version + 2);
});

describe('refusals', () => {
  it('refuses once a milestone is recorded', async () => {
    const { orderId, shipment } = await yangtzeShipment();
    world.clock.set(`${shipment.legs[0].plannedEtd}T06:00:00Z`);
    must(await tracking.recordMilestone(forwarder, { shipment: shipment.number, legSeq: 1, type: 'gateIn' }), 'gate in');
    const r = await shipments.reroute(forwarder, { shipment: shipment.number, optionId: (await rerouteOption(orderId, 'rail+sea')).id, reason: NOTICE });
    expect(!r.ok && r.error).toEqual([expect.objectContaining({ code: 'BUSINESS_RULE', field: ['input', 'shipment'], rule: 'shipment-started' })]);
  });

  it('refuses once the bill of lading is past draft, allows it while a draft', async () => {
    const { orderId, shipment } = await yangtzeShipment();
    const draft = must(await bills.draft(forwarder, shipment.number, { billType: 'toOrder' }), 'draft');
    const option = await rerouteOption(orderId, 'rail+sea');
    const moved = must(await shipments.reroute(forwarder, { shipment: shipment.number, optionId: option.id, reason: NOTICE }), 'reroute under a draft');
    must(await bills.act(exporter, draft.number, { type: 'APPROVE' }), 'approve');
    const r = await shipments.reroute(forwarder, { shipment: shipment.number, optionId: (await rerouteOption(orderId, 'river+sea')).id, reason: 'back' });
    expect(!r.ok && r.error).toEqual([expect.objectContaining({ code: 'BUSINESS_RULE', rule: 'bill-issued' })]);
    expect(!r.ok && r.error[0].message).toMatch(/amend or void/);
    expect((await shipments.model.findById(shipment._id).lean())!.version).toBe(moved.version);
  });

  it('refuses while an export declaration for the old first leg stands, allows it once deleted', async () => {
    const { orderId, shipment } = await yangtzeShipment();
    const order = (await orders.model.findById(orderId).lean())!;
    const filed = must(await declarations.file(exporter, exportDeclarationFor(order, shipment)), 'file');
    expect(filed.content.transportMode).toBe('river');
    const option = await rerouteOption(orderId, 'rail+sea');
    const r = await shipments.reroute(forwarder, { shipment: shipment.number, optionId: option.id, reason: NOTICE });
    expect(!r.ok && r.error).toEqual([expect.objectContaining({ code: 'BUSINESS_RULE', rule: 'declaration-filed' })]);
    expect(!r.ok && r.error[0].message).toMatch(/delete it/);
    expect((await orders.model.findById(orderId).lean())!.corridorId).toBe('yangtze-river-sea');

    must(await declarations.act(exporter, filed.number, { type: 'DELETE', reason: 'the route changes to rail' }), 'delete');
    expect(must(await shipments.reroute(forwarder, { shipment: shipment.number, optionId: option.id, reason: NOTICE }), 'reroute').corridorId).toBe('nwlsc-rail-sea');
  });

  it('lets only the forwarder or the seller reroute; others do not see it or are forbidden', async () => {
    const { orderId, shipment } = await yangtzeShipment();
    const input = { shipment: shipment.number, optionId: (await rerouteOption(orderId, 'rail+sea')).id, reason: NOTICE };
    const buyer = await shipments.reroute(importer, input);
    expect(!buyer.ok && buyer.error).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    const stranger = await shipments.reroute(otherExporter, input);
    expect(!stranger.ok && stranger.error).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const carrier = await shipments.reroute(rail, input);
    expect(!carrier.ok && carrier.error).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const unknown = await shipments.reroute(forwarder, { ...input, shipment: 'SHP-2026-999999' });
    expect(!unknown.ok && unknown.error[0].code).toBe('NOT_FOUND');
  });

  it('refuses an unknown option, the current option, an option the Incoterm does not fit, and bad carriers', async () => {
    const { orderId, shipment } = await yangtzeShipment();
    const unknown = await shipments.reroute(forwarder, { shipment: shipment.number, optionId: 'nwlsc-rail-sea:00000000', reason: NOTICE });
    expect(!unknown.ok && unknown.error).toEqual([expect.objectContaining({ code: 'VALIDATION', field: ['input', 'optionId'], rule: 'option-unknown' })]);
    const same = await shipments.reroute(forwarder, { shipment: shipment.number, optionId: shipment.routeOptionId, reason: NOTICE });
    expect(!same.ok && same.error).toEqual([expect.objectContaining({ code: 'VALIDATION', field: ['input', 'optionId'], rule: 'option-unchanged' })]);
    const badCarriers = await shipments.reroute(forwarder, {
      shipment: shipment.number,
      optionId: (await rerouteOption(orderId, 'rail+sea')).id,
      carriers: [{ legSeq: 3, carrierId: rail.partyId }, { legSeq: 1, carrierId: importer.partyId }],
      reason: NOTICE,
    });
    expect(!badCarriers.ok && badCarriers.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([
      ['input.carriers.0.legSeq', 'known-leg'],
      ['input.carriers.1.carrierId', expect.any(String)],
    ]);
    const wrongMode = await shipments.reroute(forwarder, {
      shipment: shipment.number,
      optionId: (await rerouteOption(orderId, 'rail+sea')).id,
      carriers: [{ legSeq: 1, carrierId: sea.partyId }],
      reason: NOTICE,
    });
    expect(!wrongMode.ok && wrongMode.error).toEqual([expect.objectContaining({ field: ['input', 'carriers', '0', 'carrierId'], rule: 'carrier-mode' })]);
    const noReason = await shipments.reroute(forwarder, { shipment: shipment.number, optionId: shipment.routeOptionId, reason: '  ' });
    expect(!noReason.ok && noReason.error).toEqual([expect.objectContaining({ field: ['input', 'reason'], rule: 'required' })]);

    const fob = await yangtzeShipment({ incoterm: 'FOB', incotermPlace: 'CNSHA' });
    const air = await shipments.reroute(forwarder, { shipment: fob.shipment.number, optionId: (await rerouteOption(fob.orderId, 'air')).id, reason: NOTICE });
    expect(!air.ok && air.error).toEqual([expect.objectContaining({ code: 'VALIDATION', field: ['input', 'optionId'], rule: 'incoterm-mode' })]);
  });

  it('refuses unless the order is booked', async () => {
    const { orderId, shipment } = await yangtzeShipment();
    const input = { shipment: shipment.number, optionId: (await rerouteOption(orderId, 'rail+sea')).id, reason: NOTICE };
    must(await orders.hold(exporter, orderId, 'buyer asked to wait'), 'hold');
    const held = await shipments.reroute(forwarder, input);
    expect(!held.ok && held.error).toEqual([expect.objectContaining({ code: 'BUSINESS_RULE', rule: 'order-state' })]);
    expect(!held.ok && held.error[0].message).toMatch(/ON_HOLD/);
    must(await orders.resume(exporter, orderId), 'resume');
    must(await orders.cancel(exporter, orderId, 'buyer withdrew'), 'cancel');
    const cancelled = await shipments.reroute(forwarder, input);
    expect(!cancelled.ok && cancelled.error).toEqual([expect.objectContaining({ rule: 'order-state' })]);
  });

  it('refuses a stale expectedVersion with CONFLICT', async () => {
    const { orderId, shipment } = await yangtzeShipment();
    const r = await shipments.reroute(forwarder, { shipment: shipment.number, optionId: (await rerouteOption(orderId, 'rail+sea')).id, reason: NOTICE, expectedVersion: shipment.version + 1 });
    expect(!r.ok && r.error).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  });
});

it('lets exactly one of two concurrent reroutes win; the other gets CONFLICT and writes nothing', async () => {
  const { orderId, shipment } = await yangtzeShipment();
  const [railSea, air] = await Promise.all([rerouteOption(orderId, 'rail+sea'), rerouteOption(orderId, 'air')]);
  const results = await Promise.all([
    shipments.reroute(forwarder, { shipment: shipment.number, optionId: railSea.id, reason: NOTICE }),
    shipments.reroute(exporter, { shipment: shipment.number, optionId: air.id, reason: 'fly it instead' }),
  ]);
  const won = results.filter((r) => r.ok);
  const lost = results.filter((r) => !r.ok);
  expect(won).toHaveLength(1);
  expect(lost.map((r) => !r.ok && r.error.map((e) => e.code))).toEqual([['CONFLICT']]);
  const stored = (await shipments.model.findById(shipment._id).lean())!;
  expect(stored.version).toBe(shipment.version + 1);
  expect(stored.reroutes).toHaveLength(1);
  expect(stored.routeOptionId).toBe(stored.reroutes[0].to.routeOptionId);
  expect((await orders.model.findById(orderId).lean())!.corridorId).toBe(stored.corridorId);
});
