/** Booking and tracking rules that protect the order: one booking, containers, holds, visibility. */
import type { OrderService } from '../../server/orders/order.service';
import type { Caller } from '../../server/parties/caller';
import type { ShipmentService } from '../../server/shipments/shipment.service';
import type { TrackingService } from '../../server/tracking/tracking.service';
import type { DeclarationService } from '../../server/customs/declaration.service';
import { releaseExport } from '../support/customs';
import { type World, areaServices, openWorld } from '../support/world';

let world: World;
let orders: OrderService;
let shipments: ShipmentService;
let tracking: TrackingService;
let declarations: DeclarationService;
let exporter: Caller;
let importer: Caller;
let forwarder: Caller;
let rail: Caller;
let customs: Caller;

beforeAll(async () => {
  world = await openWorld(__filename);
  ({ orders, shipments, tracking, declarations } = await areaServices(world));
  [exporter, importer, forwarder, rail, customs] = await Promise.all(['CQ-MOTO', 'SG-LION', 'CQ-LANDSEA', 'CQ-RAIL', 'CQ-CUSTOMS'].map((c) => world.as(c)));
});
afterAll(() => world.close());

async function confirmed(): Promise<string> {
  world.clock.set('2026-03-02T08:00:00Z');
  const created = await orders.create(exporter, {
    buyerId: importer.partyId, currency: 'USD', incoterm: 'FCA', incotermPlace: 'CNCKG', origin: 'CNCKG', destination: 'SGSIN', tradeMode: '0110', readyDate: '2026-03-02',
    lines: [{ hsCode: '871410', description: 'parts', quantity: '10', unit: 'H87', unitPrice: '5', grossWeightKg: '100' }],
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  await orders.confirm(exporter, String(created.value._id));
  return String(created.value._id);
}

async function railSeaId(orderId: string): Promise<string> {
  const options = await shipments.routeOptions(exporter, { orderId, teu: 1 });
  if (!options.ok) throw new Error('no options');
  return options.value.find((o) => o.mainCarriageModes.join('+') === 'rail+sea')!.id;
}

function booking(orderId: string, optionId: string, container: string) {
  return { orderId, optionId, forwarderId: forwarder.partyId, containers: [{ number: container, type: '22G1' }], carriers: [{ legSeq: 1, carrierId: rail.partyId }] };
}

it('books an order once: a second or concurrent booking gets the order’s answer, not a crash', async () => {
  const orderId = await confirmed();
  const optionId = await railSeaId(orderId);
  const results = await Promise.all([shipments.book(exporter, booking(orderId, optionId, 'CSQU3054383')), shipments.book(exporter, booking(orderId, optionId, 'MSKU1234565'))]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const lost = results.find((r) => !r.ok);
  expect(lost && !lost.ok && ['CONFLICT', 'EVENT_NOT_ACCEPTED']).toContain(lost && !lost.ok && lost.error[0].code);
  expect(await shipments.model.countDocuments({ orderId })).toBe(1);
  const again = await shipments.book(exporter, booking(orderId, optionId, 'TGHU1234567'));
  expect(!again.ok && again.error[0]).toMatchObject({ code: 'EVENT_NOT_ACCEPTED', rule: 'state-transition' });
  expect(await shipments.model.countDocuments({ orderId })).toBe(1);
});

it('refuses a container still travelling on another shipment', async () => {
  const first = await confirmed();
  const booked = await shipments.book(exporter, booking(first, await railSeaId(first), 'SEGU1234569'));
  expect(booked.ok).toBe(true);
  const second = await confirmed();
  const r = await shipments.book(exporter, booking(second, await railSeaId(second), 'SEGU 123456-9'));
  expect(!r.ok && r.error[0]).toMatchObject({ field: ['input', 'containers', '0', 'number'], rule: 'container-in-use' });
  expect(!r.ok && r.error[0].message).toContain(booked.ok ? booked.value.number : '?');
});

it('keeps carriers out of the commercial order; they see only the shipment', async () => {
  const orderId = await confirmed();
  const booked = await shipments.book(exporter, booking(orderId, await railSeaId(orderId), 'TCLU1234568'));
  if (!booked.ok) throw new Error(JSON.stringify(booked.error));
  expect(await orders.find(rail, orderId)).toBeNull();
  expect(await tracking.findShipment(rail, booked.value.number)).not.toBeNull();
  const t = await tracking.track(rail, booked.value.number);
  expect(t.ok && t.value.order).toBeNull();
});

describe('holds', () => {
  let shipmentNo: string;
  let orderId: string;

  beforeAll(async () => {
    orderId = await confirmed();
    const booked = await shipments.book(exporter, booking(orderId, await railSeaId(orderId), 'HLXU1234561'));
    if (!booked.ok) throw new Error(JSON.stringify(booked.error));
    shipmentNo = booked.value.number;
    await releaseExport(declarations, { exporter, customs }, (await orders.model.findById(orderId).lean())!, booked.value);
    world.clock.set(`${booked.value.legs[0].plannedEtd}T10:00:00Z`);
  });

  it('checks the place of an exception milestone like any other', async () => {
    const r = await tracking.recordMilestone(forwarder, { shipment: shipmentNo, legSeq: 1, type: 'customsHold', location: 'Xiyong yard' });
    expect(!r.ok && r.error[0]).toMatchObject({ field: ['input', 'location'], rule: 'locode-format' });
  });

  it('stops the cargo while customs holds it, and lets only customs lift the hold', async () => {
    expect((await tracking.recordMilestone(forwarder, { shipment: shipmentNo, legSeq: 1, type: 'customsHold', note: 'document check' })).ok).toBe(true);
    const departed = await tracking.recordMilestone(rail, { shipment: shipmentNo, legSeq: 1, type: 'departed' });
    expect(!departed.ok && departed.error[0]).toMatchObject({ field: ['input', 'type'], rule: 'order-state' });
    expect(!departed.ok && departed.error[0].message).toMatch(/is ON_HOLD \(CUSTOMS_HOLD at CNCKG: document check\); the hold must be lifted before DEPARTED$/);
    const bySeller = await orders.resume(exporter, orderId);
    expect(!bySeller.ok && bySeller.error[0]).toMatchObject({ code: 'FORBIDDEN' });
    expect(!bySeller.ok && bySeller.error[0].message).toContain('only customs may resume it');
    const byCustoms = await orders.resume(customs, orderId);
    expect(byCustoms.ok && byCustoms.value.state).toBe('booked');
    expect((await tracking.recordMilestone(rail, { shipment: shipmentNo, legSeq: 1, type: 'departed' })).ok).toBe(true);
  });

  it('refuses milestones on a cancelled order', async () => {
    const id = await confirmed();
    const booked = await shipments.book(exporter, booking(id, await railSeaId(id), 'CAIU1234561'));
    if (!booked.ok) throw new Error(JSON.stringify(booked.error));
    expect((await orders.cancel(exporter, id, 'buyer withdrew')).ok).toBe(true);
    const r = await tracking.recordMilestone(forwarder, { shipment: booked.value.number, legSeq: 1, type: 'gateIn' });
    expect(!r.ok && r.error[0].message).toMatch(/is CANCELLED: no milestone can be recorded$/);
  });
});
