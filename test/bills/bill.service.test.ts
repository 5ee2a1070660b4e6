/** The bill as a document of title: issue, endorse, pledge, release, surrender; refusals; tampering. */
import { BillPledges } from '../../server/bills/bill-pledges';
import type { BillService } from '../../server/bills/bill.service';
import { toDcsaTransportDocument } from '../../server/bills/document/dcsa-export';
import { inTransaction } from '../../server/shared/transaction';
import { EBL, schemaErrors } from './document/dcsa-schema';
import type { OrderService } from '../../server/orders/order.service';
import type { Caller } from '../../server/parties/caller';
import { containerCheckDigit } from '../../server/reference';
import type { ShipmentService } from '../../server/shipments/shipment.service';
import type { TrackingService } from '../../server/tracking/tracking.service';
import type { DeclarationService } from '../../server/customs/declaration.service';
import { releaseExport } from '../support/customs';
import { type World, areaServices, openWorld } from '../support/world';

let world: World;
let orders: OrderService;
let shipments: ShipmentService;
let bills: BillService;
let tracking: TrackingService;
let declarations: DeclarationService;
let exporter: Caller;
let importer: Caller;
let forwarder: Caller;
let bank: Caller;
let otherImporter: Caller;
let containerSerial = 100000;

beforeAll(async () => {
  world = await openWorld(__filename);
  ({ orders, shipments, tracking, bills, declarations } = await areaServices(world));
  [exporter, importer, forwarder, bank, otherImporter] = await Promise.all(['CQ-MOTO', 'SG-LION', 'CQ-LANDSEA', 'CQ-BANK', 'DE-RHEIN'].map((c) => world.as(c)));
});
afterAll(() => world.close());

/** A booked rail-sea shipment CNCKG → SGSIN with one sealed container. */
async function bookedShipment(): Promise<string> {
  world.clock.set('2026-03-02T08:00:00Z');
  const created = await orders.create(exporter, {
    buyerId: importer.partyId, currency: 'USD', incoterm: 'FCA', incotermPlace: 'CNCKG', origin: 'CNCKG', destination: 'SGSIN', tradeMode: '0110', readyDate: '2026-03-02',
    lines: [{ hsCode: '871410', description: 'Motorcycle parts', quantity: '100', unit: 'H87', unitPrice: '12.5', grossWeightKg: '900' }],
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const orderId = String(created.value._id);
  await orders.confirm(exporter, orderId);
  const options = await shipments.routeOptions(exporter, { orderId, teu: 1 });
  if (!options.ok) throw new Error('no options');
  const option = options.value.find((o) => o.mainCarriageModes.join('+') === 'rail+sea')!;
  const prefix = `TEMU${containerSerial++}`;
  const booked = await shipments.book(exporter, { orderId, optionId: option.id, forwarderId: forwarder.partyId, containers: [{ number: `${prefix}${containerCheckDigit(prefix)}`, type: '22G1' }] });
  if (!booked.ok) throw new Error(JSON.stringify(booked.error));
  return booked.value.number;
}

async function issuedBill(billType: 'toOrder' | 'straight'): Promise<string> {
  const shipment = await bookedShipment();
  const drafted = await bills.draft(forwarder, shipment, { billType });
  if (!drafted.ok) throw new Error(JSON.stringify(drafted.error));
  const number = drafted.value.number;
  expect((await bills.act(exporter, number, { type: 'APPROVE' })).ok).toBe(true);
  const issued = await bills.act(forwarder, number, { type: 'ISSUE' });
  if (!issued.ok) throw new Error(JSON.stringify(issued.error));
  return number;
}

async function expectOk(p: ReturnType<BillService['act']>) {
  const r = await p;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

it('drafts one bill for all legs of a booked shipment, and only once', async () => {
  const shipment = await bookedShipment();
  const notTheirs = await bills.draft(await world.as('CQ-RAIL'), shipment, { billType: 'toOrder' });
  expect(!notTheirs.ok && notTheirs.error[0].code).toMatch(/FORBIDDEN|NOT_FOUND/);
  const drafted = await bills.draft(forwarder, shipment, { billType: 'toOrder' });
  if (!drafted.ok) throw new Error(JSON.stringify(drafted.error));
  expect(drafted.value).toMatchObject({ state: 'DRAFT', billType: 'toOrder', chain: [], documentChecksum: null });
  expect(drafted.value.document.legs.map((l) => `${l.from}>${l.to}:${l.mode}`)).toEqual(['CNCKG>CNQZH:rail', 'CNQZH>SGSIN:sea']);
  const again = await bills.draft(forwarder, shipment, { billType: 'straight' });
  expect(!again.ok && again.error[0]).toMatchObject({ code: 'DUPLICATE', rule: 'one-bill' });
});

it('drafts only one bill when two drafts race for a shipment', async () => {
  const shipment = await bookedShipment();
  const results = await Promise.all([bills.draft(forwarder, shipment, { billType: 'toOrder' }), bills.draft(forwarder, shipment, { billType: 'straight' })]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: [{ code: 'DUPLICATE', rule: 'one-bill' }] });
});

it('amends a bill: voids it and reissues it under a sub-reference to whoever surrendered it', async () => {
  const number = await issuedBill('toOrder');
  await expectOk(bills.act(exporter, number, { type: 'ENDORSE', to: importer.partyId }));
  await expectOk(bills.act(importer, number, { type: 'ACCEPT_ENDORSEMENT' }));
  await expectOk(bills.act(importer, number, { type: 'SURRENDER_FOR_AMENDMENT' }));
  const early = await bills.amend(forwarder, number, {});
  expect(!early.ok && early.error[0].message).toContain('only a bill surrendered for amendment is amended');
  await expectOk(bills.act(forwarder, number, { type: 'ACCEPT_SURRENDER' }));
  const amended = await bills.amend(forwarder, number, { seals: [] });
  if (!amended.ok) throw new Error(JSON.stringify(amended.error));
  expect(amended.value).toMatchObject({ number: `${number}-1`, amends: number, state: 'DRAFT' });
  expect((await bills.find(forwarder, number))).toMatchObject({ state: 'VOIDED', machine: { snapshot: { context: { voidReason: `amended: replaced by ${number}-1` } } } });
  await expectOk(bills.act(exporter, `${number}-1`, { type: 'APPROVE' }));
  const reissued = await expectOk(bills.act(forwarder, `${number}-1`, { type: 'ISSUE' }));
  expect(reissued.machine.snapshot.context).toMatchObject({ holderId: importer.partyId, beneficiaryId: importer.partyId });
  const acted = await bills.act(importer, number, { type: 'TRANSFER', to: otherImporter.partyId });
  expect(!acted.ok && acted.error[0].message).toContain('VOIDED');
});

it('walks a to-order bill through endorsement, pledge, release and surrender, with a verifiable chain', async () => {
  const number = await issuedBill('toOrder');
  await expectOk(bills.act(exporter, number, { type: 'ENDORSE', to: importer.partyId }));
  await expectOk(bills.act(importer, number, { type: 'ACCEPT_ENDORSEMENT' }));
  const pledged = await expectOk(bills.act(importer, number, { type: 'PLEDGE', bank: bank.partyId }));
  expect(pledged.machine.snapshot.context).toMatchObject({ holderId: bank.partyId, pledgeeId: bank.partyId, beneficiaryId: importer.partyId });
  const blocked = await bills.act(importer, number, { type: 'SURRENDER_FOR_DELIVERY' });
  expect(!blocked.ok && blocked.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'bill-control' });
  expect(!blocked.ok && blocked.error[0].message).toContain('pledged');
  await expectOk(bills.act(bank, number, { type: 'RELEASE_PLEDGE' }));
  await expectOk(bills.act(importer, number, { type: 'SURRENDER_FOR_DELIVERY' }));
  const done = await expectOk(bills.act(forwarder, number, { type: 'ACCEPT_SURRENDER' }));
  expect(done.state).toBe('SURRENDERED_FOR_DELIVERY');
  expect(done.chain.map((e) => e.actionCode)).toEqual(['ISSUE', 'ENDORSE', 'SIGN', 'PLEDGE', 'RELEASE_PLEDGE', 'SURRENDER_FOR_DELIVERY', 'SURRENDERED']);
  expect(await bills.verify(forwarder, number)).toEqual({ ok: true, value: { ok: true, entries: 7 } });
});

it('refuses a transfer by anyone but the holder, and endorsing a straight bill', async () => {
  const number = await issuedBill('toOrder');
  const byStranger = await bills.act(importer, number, { type: 'TRANSFER', to: otherImporter.partyId });
  expect(!byStranger.ok && byStranger.error[0].code).toMatch(/BUSINESS_RULE|NOT_FOUND/);
  const straight = await issuedBill('straight');
  const endorse = await bills.act(exporter, straight, { type: 'ENDORSE', to: otherImporter.partyId });
  expect(!endorse.ok && endorse.error[0].message).toContain('a straight bill is not endorsable');
});

it('never pledges a bill twice, also when two banks try at the same moment', async () => {
  const number = await issuedBill('toOrder');
  const bill = await bills.find(exporter, number);
  const secondBank = await world.parties.create({ code: 'BANK-2', name: 'Second Bank', roles: ['bank'], country: 'SG' }, false);
  if (!secondBank.ok) throw new Error(JSON.stringify(secondBank.error));
  const secondBankId = String(secondBank.value._id);
  const results = await Promise.all([
    bills.act(exporter, number, { type: 'PLEDGE', bank: bank.partyId }, { expectedVersion: bill!.version }),
    bills.act(exporter, number, { type: 'PLEDGE', bank: secondBankId }, { expectedVersion: bill!.version }),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const again = await bills.act(exporter, number, { type: 'PLEDGE', bank: bank.partyId });
  expect(!again.ok && again.error[0].rule).toBe('bill-control');
  const stored = await bills.find(exporter, number);
  expect(stored!.chain.filter((e) => e.actionCode === 'PLEDGE')).toHaveLength(1);
});

it('names the first entry that was altered in the database', async () => {
  const number = await issuedBill('toOrder');
  await expectOk(bills.act(exporter, number, { type: 'ENDORSE', to: importer.partyId }));
  await expectOk(bills.act(importer, number, { type: 'ACCEPT_ENDORSEMENT' }));
  expect(await bills.verify(exporter, number)).toEqual({ ok: true, value: { ok: true, entries: 3 } });
  // Someone with database access rewrites who the bill was endorsed to.
  await world.connection.collection('bills').updateOne({ number }, { $set: { 'chain.1.recipient': otherImporter.partyId } });
  const r = await bills.verify(exporter, number);
  expect(r.ok && r.value).toMatchObject({ ok: false, brokenAt: 2, reason: 'hash' });
  expect(r.ok && !r.value.ok && r.value.message).toContain(`bill ${number}: entry 2`);
});

it('releases the cargo only against the surrendered bill, and lets the bill’s holder track it', async () => {
  const number = await issuedBill('toOrder');
  const bill = await bills.find(forwarder, number);
  const shipment = (await shipments.model.findById(bill!.shipmentId).lean())!;
  await expectOk(bills.act(exporter, number, { type: 'ENDORSE', to: importer.partyId }));
  await expectOk(bills.act(importer, number, { type: 'ACCEPT_ENDORSEMENT' }));
  await expectOk(bills.act(importer, number, { type: 'PLEDGE', bank: bank.partyId }));
  // The bank is no party to the shipment, but holds its title: it follows the cargo by bill number.
  const tracked = await tracking.track(bank, number);
  expect(tracked.ok && tracked.value.shipment.number).toBe(shipment.number);
  await releaseExport(declarations, { exporter, customs: await world.as('CQ-CUSTOMS') }, (await orders.model.findById(shipment.orderId).lean())!, shipment);
  const [leg1, leg2] = shipment.legs;
  const record = async (legSeq: number, type: string, at: string) => {
    world.clock.set(at);
    return tracking.recordMilestone(forwarder, { shipment: number, legSeq, type, at });
  };
  for (const [seq, type, at] of [
    [leg1.seq, 'departed', `${leg1.plannedEtd}T08:00:00Z`],
    [leg1.seq, 'arrived', `${leg1.plannedEta}T08:00:00Z`],
    [leg2.seq, 'departed', `${leg2.plannedEtd}T08:00:00Z`],
    [leg2.seq, 'arrived', `${leg2.plannedEta}T08:00:00Z`],
  ] as const) expect((await record(seq, type, at)).ok).toBe(true);
  const early = await record(leg2.seq, 'delivered', `${leg2.plannedEta}T09:00:00Z`);
  expect(!early.ok && early.error[0]).toMatchObject({ field: ['input', 'type'], rule: 'bill-not-surrendered' });
  expect(!early.ok && early.error[0].message).toContain(`bill ${number}, which is ISSUED`);
  await expectOk(bills.act(bank, number, { type: 'RELEASE_PLEDGE' }));
  await expectOk(bills.act(importer, number, { type: 'SURRENDER_FOR_DELIVERY' }));
  await expectOk(bills.act(forwarder, number, { type: 'ACCEPT_SURRENDER' }));
  expect((await record(leg2.seq, 'delivered', `${leg2.plannedEta}T10:00:00Z`)).ok).toBe(true);
  expect((await orders.model.findById(shipment.orderId).lean())?.state).toBe('delivered');
});

it('pledges inside the financing transaction: the pledge stands or falls with the loan', async () => {
  const number = await issuedBill('toOrder');
  const pledges = new BillPledges(bills);
  const loans = world.connection.collection('loans_test');
  // The loan write fails after the pledge: nothing of either remains.
  const failed = await inTransaction(world.connection, async (session) => {
    const pledged = await pledges.pledge(exporter, number, bank.partyId, session);
    if (!pledged.ok) return pledged;
    await loans.insertOne({ bill: number }, { session });
    return { ok: false as const, error: [{ code: 'BUSINESS_RULE' as const, message: 'four-document matching failed' }] };
  });
  expect(failed.ok).toBe(false);
  expect((await bills.find(exporter, number))?.machine.snapshot.context).toMatchObject({ pledgeeId: null, holderId: exporter.partyId });
  expect(await loans.countDocuments({ bill: number })).toBe(0);
  const done = await inTransaction(world.connection, async (session) => {
    const pledged = await pledges.pledge(exporter, number, bank.partyId, session);
    if (!pledged.ok) return pledged;
    await loans.insertOne({ bill: number }, { session });
    return pledged;
  });
  expect(done.ok && done.value.machine.snapshot.context).toMatchObject({ pledgeeId: bank.partyId, holderId: bank.partyId });
  const enforced = await inTransaction(world.connection, (session) => pledges.enforce(bank, number, session));
  expect(enforced.ok && enforced.value.machine.snapshot.context).toMatchObject({ beneficiaryId: bank.partyId, holderId: bank.partyId, pledgeeId: null });
});

it('exports the issued bill as a DCSA eBL 3.0.3 TransportDocument that the schema accepts', async () => {
  const shipment = await bookedShipment();
  const ship = await shipments.model.findOne({ number: shipment }).lean();
  const drafted = await bills.draft(forwarder, shipment, { billType: 'toOrder', seals: [{ container: ship!.containers[0].number, seals: ['ELOCK-000123'] }] });
  if (!drafted.ok) throw new Error(JSON.stringify(drafted.error));
  await expectOk(bills.act(exporter, drafted.value.number, { type: 'APPROVE' }));
  const issued = await expectOk(bills.act(forwarder, drafted.value.number, { type: 'ISSUE' }));
  const exported = toDcsaTransportDocument(issued.document, 'ISSUED');
  expect(schemaErrors(EBL, 'TransportDocument', exported)).toEqual([]);
  expect(exported).toMatchObject({ transportDocumentReference: drafted.value.number, transportDocumentStatus: 'ISSUED', isToOrder: true });
});

it('refuses recipients that do not exist or cannot hold a bill, and read-only callers', async () => {
  const number = await issuedBill('toOrder');
  const ghost = await bills.act(exporter, number, { type: 'TRANSFER', to: '0123456789abcdef01234567' });
  expect(!ghost.ok && ghost.error[0]).toMatchObject({ field: ['to'], rule: 'known-party' });
  const auditor = await world.as('AUDITOR');
  const toAuditor = await bills.act(exporter, number, { type: 'TRANSFER', to: auditor.partyId });
  expect(!toAuditor.ok && toAuditor.error[0]).toMatchObject({ field: ['to'], rule: 'holder-party' });
  const toImporterAsBank = await bills.act(exporter, number, { type: 'PLEDGE', bank: otherImporter.partyId });
  expect(!toImporterAsBank.ok && toImporterAsBank.error[0]).toMatchObject({ field: ['bank'], rule: 'bank-party' });
  const byAuditor = await bills.act(auditor, number, { type: 'VOID', reason: 'audit' });
  expect(!byAuditor.ok && byAuditor.error[0].code).toBe('FORBIDDEN');
  expect((await bills.find(exporter, number))?.chain).toHaveLength(1);
});

it('records who receives the bill at issue, at a surrender and when a pledge is released', async () => {
  const number = await issuedBill('toOrder');
  await expectOk(bills.act(exporter, number, { type: 'PLEDGE', bank: bank.partyId }));
  await expectOk(bills.act(bank, number, { type: 'RELEASE_PLEDGE' }));
  const surrendered = await expectOk(bills.act(exporter, number, { type: 'SURRENDER_FOR_DELIVERY' }));
  expect(surrendered.chain.map((e) => [e.actionCode, e.recipient])).toEqual([
    ['ISSUE', exporter.partyId],
    ['PLEDGE', bank.partyId],
    ['RELEASE_PLEDGE', exporter.partyId],
    ['SURRENDER_FOR_DELIVERY', forwarder.partyId],
  ]);
});

describe('verification catches tampering beyond a single entry', () => {
  let number: string;
  beforeEach(async () => {
    number = await issuedBill('toOrder');
    await expectOk(bills.act(exporter, number, { type: 'ENDORSE', to: importer.partyId }));
    await expectOk(bills.act(importer, number, { type: 'ACCEPT_ENDORSEMENT' }));
  });

  it('content edited after issue', async () => {
    await world.connection.collection('bills').updateOne({ number }, { $set: { 'document.goods.0.description': 'Gold bars' } });
    const r = await bills.verify(exporter, number);
    expect(r.ok && r.value).toMatchObject({ ok: false, brokenAt: 0, reason: 'document' });
  });

  it('the document checksum removed', async () => {
    await world.connection.collection('bills').updateOne({ number }, { $set: { documentChecksum: null } });
    const r = await bills.verify(exporter, number);
    expect(r.ok && r.value).toMatchObject({ ok: false, brokenAt: 1, reason: 'document' });
  });

  it('entries cut from the end of the chain', async () => {
    await world.connection.collection('bills').updateOne({ number }, { $pop: { chain: 1 } });
    const r = await bills.verify(exporter, number);
    expect(r.ok && r.value).toMatchObject({ ok: false, brokenAt: 3, reason: 'truncated' });
  });
});

it('refuses seals for a container the shipment does not carry', async () => {
  const shipment = await bookedShipment();
  const r = await bills.draft(forwarder, shipment, { billType: 'toOrder', seals: [{ container: 'CSQU3054383', seals: ['S1'] }] });
  expect(!r.ok && r.error[0]).toMatchObject({ field: ['input', 'seals', '0', 'container'], rule: 'known-container' });
});

