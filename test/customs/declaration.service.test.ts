/**
 * Declarations through the single window, on the real stack: filing checks, lanes, inspection,
 * two-step with its late fee to the fen, advance declaration, transit, access, and the gate that
 * keeps goods from departing before release.
 */
import { type CustomsSettings, DEFAULT_CUSTOMS_SETTINGS } from '../../server/customs/customs-settings';
import type { DeclarationService } from '../../server/customs/declaration.service';
import type { FileDeclarationInput } from '../../server/customs/declaration-filing';
import { DEFAULT_RISK_PROFILE, type RiskProfile } from '../../server/customs/rules';
import type { OrderRecord } from '../../server/models/order.model';
import type { ShipmentRecord } from '../../server/models/shipment.model';
import type { OrderService } from '../../server/orders/order.service';
import type { CreateOrderInput } from '../../server/orders/order.validation';
import type { Caller } from '../../server/parties/caller';
import { containerCheckDigit } from '../../server/reference';
import type { ShipmentService } from '../../server/shipments/shipment.service';
import type { TrackingService } from '../../server/tracking/tracking.service';
import { clearThroughLane, exportDeclarationFor, must } from '../support/customs';
import { type World, areaServices, openWorld } from '../support/world';

let world: World;
let orders: OrderService;
let shipments: ShipmentService;
let tracking: TrackingService;
let declarations: DeclarationService;
let moto: Caller;
let toys: Caller;
let lion: Caller;
let durianSeller: Caller;
let cqImports: Caller;
let forwarder: Caller;
let customs: Caller;
let rail: Caller;
let otherImporter: Caller;
let containerSerial = 200000;

/** No random picks: lanes come from the rules alone, so each test knows its lane. */
const RULES_ONLY: RiskProfile = { ...DEFAULT_RISK_PROFILE, minimumRates: { yellow: 0, red: 0 } };
const SETTINGS: CustomsSettings = { ...DEFAULT_CUSTOMS_SETTINGS, riskProfile: RULES_ONLY };

beforeAll(async () => {
  world = await openWorld(__filename);
  ({ orders, shipments, tracking, declarations } = await areaServices(world, SETTINGS));
  [moto, toys, lion, durianSeller, cqImports, forwarder, customs, rail, otherImporter] = await Promise.all(
    ['CQ-MOTO', 'CQ-TOYS', 'SG-LION', 'TH-DURIAN', 'CQ-IMPORTS', 'CQ-LANDSEA', 'CQ-CUSTOMS', 'CQ-RAIL', 'DE-RHEIN'].map((c) => world.as(c)),
  );
});
afterAll(() => world.close());

const NOW = '2026-03-02T08:00:00Z';

function motoOrder(overrides: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return {
    buyerId: lion.partyId, currency: 'USD', incoterm: 'FCA', incotermPlace: 'CNCKG', origin: 'CNCKG', destination: 'SGSIN', tradeMode: '0110', readyDate: '2026-03-02',
    lines: [{ hsCode: '871410', description: 'Motorcycle brake assemblies', quantity: '1200', unit: 'H87', unitPrice: '18.35', grossWeightKg: '2400' }],
    ...overrides,
  };
}

/** A confirmed, booked rail-sea export CNCKG → SGSIN, with the rail carrier on leg 1. */
async function bookedExport(seller: Caller, overrides: Partial<CreateOrderInput> = {}): Promise<{ order: OrderRecord; shipment: ShipmentRecord }> {
  world.clock.set(NOW);
  const created = must(await orders.create(seller, motoOrder(overrides)), 'order');
  const orderId = String(created._id);
  must(await orders.confirm(seller, orderId), 'confirm');
  const options = must(await shipments.routeOptions(seller, { orderId, teu: 1 }), 'options');
  const option = options.find((o) => o.mainCarriageModes.join('+') === 'rail+sea')!;
  const prefix = `TEMU${containerSerial++}`;
  const shipment = must(
    await shipments.book(seller, {
      orderId, optionId: option.id, forwarderId: forwarder.partyId,
      containers: [{ number: `${prefix}${containerCheckDigit(prefix)}`, type: '22G1' }],
      carriers: [{ legSeq: option.legs[0].seq, carrierId: rail.partyId }],
    }),
    'book',
  );
  return { order: (await orders.model.findById(orderId).lean())!, shipment };
}

/** Durians from Bangkok by the China–Laos–Thailand railway to Chongqing, sold to CQ-IMPORTS. */
async function confirmedImport(value = '20123.45'): Promise<OrderRecord> {
  // Bought the day before the train declares its arrival, and declared on arrival day.
  world.clock.set('2026-03-01T08:00:00Z');
  const created = must(
    await orders.create(durianSeller, {
      buyerId: cqImports.partyId, currency: 'USD', incoterm: 'CIP', incotermPlace: 'CNCKG', origin: 'THBKK', destination: 'CNCKG', tradeMode: '0110',
      lines: [{ hsCode: '081060', description: 'Fresh durians, Monthong', quantity: '1', unit: 'KGM', unitPrice: value, grossWeightKg: '18000' }],
      readyDate: '2026-03-01',
    }),
    'import order',
  );
  must(await orders.confirm(durianSeller, String(created._id)), 'confirm');
  world.clock.set(NOW);
  return (await orders.model.findById(created._id).lean())!;
}

function importDeclaration(order: OrderRecord, overrides: Partial<FileDeclarationInput> = {}): FileDeclarationInput {
  const line = order.lines[0];
  return {
    order: order.number,
    kind: 'import',
    mode: 'standard',
    content: {
      customsOffice: '8001', port: 'CNCKG', transportMode: 'rail', conveyanceReference: 'China-Laos-Thailand train 26003',
      lines: [{ lineNo: 1, hsCode: '0810600000', description: line.description, quantity: line.quantity.toString(), unit: 'KGM', value: line.amount.toString(), currency: 'USD', originCountry: 'TH', destinationCountry: 'CN' }],
      totals: { value: line.amount.toString(), currency: 'USD', grossWeightKg: '18000', packages: 1200 },
      invoiceNumber: `INV-${order.number}`,
    },
    ...overrides,
  };
}

describe('filing', () => {
  it('refuses a bad declaration with every broken rule listed by field', async () => {
    const { order, shipment } = await bookedExport(moto);
    const good = exportDeclarationFor(order, shipment);
    const r = await declarations.file(moto, {
      ...good,
      content: {
        ...good.content,
        customsOffice: '9999',
        port: 'CNXXX',
        containers: ['ABCU1234567'],
        lines: [{ ...good.content.lines[0], hsCode: '9503000000', currency: 'EUR', value: '22020.001' }],
        totals: { ...good.content.totals, grossWeightKg: '-1' },
      },
    });
    expect(r.ok).toBe(false);
    const errors = !r.ok ? r.error.map((e) => `${e.field?.join('.')}#${e.rule}`) : [];
    expect(errors).toEqual([
      'input.content.customsOffice#customs-office-unknown',
      'input.content.port#locode-unknown',
      'input.content.containers.0#container-check-digit',
      'input.content.lines.0.hsCode#hs-heading-matches-order',
      'input.content.lines.0.currency#currency-matches-order',
      'input.content.lines.0.value#money-minor-units',
      'input.content.totals.currency#currency-matches-lines',
      'input.content.totals.grossWeightKg#positive',
    ]);
    // Each message names its field, and nothing was written.
    expect(!r.ok && r.error.every((e) => e.message.startsWith(`${e.field!.join('.')}: `))).toBe(true);
    expect(await declarations.model.countDocuments({ orderId: order._id })).toBe(0);
  });

  it('lets only the exporter, or the booked forwarder as customs broker, declare an export', async () => {
    const { order, shipment } = await bookedExport(moto);
    const input = exportDeclarationFor(order, shipment);
    for (const who of [lion, customs, rail, toys]) {
      const r = await declarations.file(who, input);
      expect(!r.ok && r.error[0].code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    const byBroker = must(await declarations.file(forwarder, input), 'broker');
    expect(byBroker).toMatchObject({ declarantRole: 'customsBroker', declarantCustomsCode: '5001980004', state: 'draft', kind: 'export' });
    expect(byBroker.number).toMatch(/^800120260\d{9}$/);
    // One live export declaration per order, also when the exporter tries a second.
    const second = await declarations.file(moto, input);
    expect(!second.ok && second.error[0]).toMatchObject({ code: 'DUPLICATE', rule: 'one-declaration' });
    // Only the declarant submits it, and outsiders do not see it.
    expect(!((await declarations.submit(moto, byBroker.number)).ok)).toBe(true);
    expect(await declarations.find(otherImporter, byBroker.number)).toBeNull();
    expect(await declarations.find(lion, byBroker.number)).not.toBeNull();
  });
});

describe('concurrency', () => {
  it('files one export declaration when the exporter and the broker file at the same moment', async () => {
    const { order, shipment } = await bookedExport(moto);
    const input = exportDeclarationFor(order, shipment);
    const results = await Promise.all([declarations.file(moto, input), declarations.file(forwarder, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost && !lost.ok && lost.error[0]).toMatchObject({ code: 'DUPLICATE', rule: 'one-declaration' });
    expect(await declarations.model.countDocuments({ orderId: order._id })).toBe(1);
  });

  it('applies exactly one of a deletion and an acceptance sent at the same moment', async () => {
    const { order, shipment } = await bookedExport(moto);
    const filed = must(await declarations.file(moto, exportDeclarationFor(order, shipment)));
    must(await declarations.submit(moto, filed.number));
    const results = await Promise.all([
      declarations.act(moto, filed.number, { type: 'DELETE', reason: 'wrong invoice' }),
      declarations.act(customs, filed.number, { type: 'ACCEPT' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost && !lost.ok && lost.error[0].code).toBe('CONFLICT');
    const stored = (await declarations.find(customs, filed.number))!;
    expect(stored.history.map((h) => h.event)).toEqual(['CREATE', 'SUBMIT', results[0]!.ok ? 'DELETE' : 'ACCEPT']);
  });
});

describe('lanes', () => {
  it('green: clean parts of an AEO exporter go straight to release, and then the goods may depart', async () => {
    const { order, shipment } = await bookedExport(moto);
    const filed = must(await declarations.file(moto, exportDeclarationFor(order, shipment)));
    world.clock.set(`${shipment.legs[0].plannedEtd}T06:00:00Z`);
    const early = await tracking.recordMilestone(rail, { shipment: shipment.number, legSeq: shipment.legs[0].seq, type: 'departed' });
    expect(!early.ok && early.error[0]).toMatchObject({ field: ['input', 'type'], rule: 'export-not-released' });
    expect(!early.ok && early.error[0].message).toContain(`export declaration ${filed.number} of order ${order.number} is draft`);

    must(await declarations.submit(moto, filed.number));
    const byExporter = await declarations.act(moto, filed.number, { type: 'ACCEPT' });
    expect(!byExporter.ok && byExporter.error[0]).toMatchObject({ code: 'FORBIDDEN' });
    expect(!byExporter.ok && byExporter.error[0].message).toBe(`declaration ${filed.number}: only customs accepts a declaration`);
    must(await declarations.act(customs, filed.number, { type: 'ACCEPT' }));
    const assessed = must(await declarations.assessRisk(customs, filed.number));
    expect(assessed).toMatchObject({ state: 'awaitingRelease', lane: 'green', selection: { lane: 'green', reasons: [] } });
    const byForwarder = await declarations.act(forwarder, filed.number, { type: 'RELEASE' });
    expect(!byForwarder.ok && byForwarder.error[0].code).toBe('FORBIDDEN');
    const released = must(await declarations.act(customs, filed.number, { type: 'RELEASE' }));
    expect(released.history.map((h) => h.event)).toEqual(['CREATE', 'SUBMIT', 'ACCEPT', 'ASSESS_RISK', 'ASSIGN_LANE', 'RELEASE']);
    must(await tracking.recordMilestone(rail, { shipment: shipment.number, legSeq: shipment.legs[0].seq, type: 'departed' }));
    expect((await orders.model.findById(order._id).lean())!.state).toBe('inTransit');
    expect(must(await declarations.act(customs, filed.number, { type: 'CLOSE' })).state).toBe('closed');
  });

  it('yellow: battery goods go to document review, then release', async () => {
    const { order, shipment } = await bookedExport(moto, {
      lines: [{ hsCode: '871160', description: 'Electric motorcycles', quantity: '40', unit: 'H87', unitPrice: '850', grossWeightKg: '3200' }],
    });
    const filed = must(await declarations.file(moto, exportDeclarationFor(order, shipment)));
    must(await declarations.submit(moto, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'ACCEPT' }));
    const assessed = must(await declarations.assessRisk(customs, filed.number));
    expect(assessed).toMatchObject({ state: 'documentReview', lane: 'yellow', selection: { reasons: ['BATTERY-GOODS'] } });
    must(await declarations.act(customs, filed.number, { type: 'REVIEW_PASSED' }));
    expect(must(await declarations.act(customs, filed.number, { type: 'RELEASE' })).state).toBe('released');
  });

  it('red: toys are inspected at the factory, e-locked, released; an alarm holds the order until reinspection', async () => {
    const { order, shipment } = await bookedExport(toys, {
      lines: [{ hsCode: '950300', description: 'Plastic building blocks', quantity: '5000', unit: 'H87', unitPrice: '4.2', grossWeightKg: '2600' }],
    });
    const filed = must(await declarations.file(toys, exportDeclarationFor(order, shipment)));
    expect(filed.machine.snapshot.context).toMatchObject({ inspectThenStuff: true });
    must(await declarations.submit(toys, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'ACCEPT' }));
    const assessed = must(await declarations.assessRisk(customs, filed.number));
    expect(assessed).toMatchObject({ state: 'physicalInspection', lane: 'red', selection: { reasons: ['TOYS-STATUTORY-INSPECTION'] } });
    must(await declarations.act(customs, filed.number, { type: 'FACTORY_INSPECTED', elockId: 'EL-CQ-000777' }));
    must(await declarations.act(customs, filed.number, { type: 'RELEASE' }));
    world.clock.set(`${shipment.legs[0].plannedEtd}T06:00:00Z`);
    must(await tracking.recordMilestone(rail, { shipment: shipment.number, legSeq: shipment.legs[0].seq, type: 'departed' }));

    const wrongLock = await declarations.act(customs, filed.number, { type: 'ELOCK_ALARM', elockId: 'EL-XX-1', reason: 'opened' });
    expect(!wrongLock.ok && wrongLock.error[0].message).toContain('sealed with e-lock EL-CQ-000777');
    const alarm = must(await declarations.act(customs, filed.number, { type: 'ELOCK_ALARM', elockId: 'EL-CQ-000777', reason: 'seal opened near Qinzhou' }));
    expect(alarm.state).toBe('heldForReinspection');
    const held = (await orders.model.findById(order._id).lean())!;
    expect(held.state).toBe('onHold');
    expect(held.machine.snapshot.context).toMatchObject({ holdSource: 'elockAlarm' });
    expect(must(await declarations.act(customs, filed.number, { type: 'REINSPECTION_PASSED' })).state).toBe('released');
    expect((await orders.model.findById(order._id).lean())!.state).toBe('inTransit');
  });

  it('red: a failed inspection holds the goods until customs refuses them; a new declaration may then be filed', async () => {
    // Every declaration drawn red, AEO or not.
    const profile: RiskProfile = { ...RULES_ONLY, minimumRates: { yellow: 0, red: 1 }, aeoTreatment: {} };
    const { declarations: always } = await areaServices(world, { ...SETTINGS, riskProfile: profile });
    const { order, shipment } = await bookedExport(moto);
    const filed = must(await always.file(moto, exportDeclarationFor(order, shipment)));
    must(await always.submit(moto, filed.number));
    must(await always.act(customs, filed.number, { type: 'ACCEPT' }));
    const assessed = must(await always.assessRisk(customs, filed.number));
    expect(assessed).toMatchObject({ state: 'physicalInspection', selection: { reasons: ['random selection'], randomLane: 'red' } });
    const failed = must(await always.act(customs, filed.number, { type: 'INSPECTION_FAILED', reason: '40 brake assemblies more than declared' }));
    expect(failed.state).toBe('held');
    const deleted = await always.act(moto, filed.number, { type: 'DELETE', reason: 'withdraw' });
    expect(!deleted.ok && deleted.error[0].message).toContain('cannot be deleted until customs has finished with the inspection');
    expect(must(await always.act(customs, filed.number, { type: 'REFUSE', reason: 'misdeclared quantity' })).state).toBe('refused');
    // A refused declaration no longer stands: the exporter may file a corrected one.
    expect((await always.file(moto, exportDeclarationFor(order, shipment))).ok).toBe(true);
  });
});

describe('targeting (布控)', () => {
  /** A clean export of CQ-MOTO (an AEO, green on the rules alone), submitted and accepted. */
  async function acceptedExport(): Promise<string> {
    const { order, shipment } = await bookedExport(moto);
    const filed = must(await declarations.file(moto, exportDeclarationFor(order, shipment)));
    must(await declarations.submit(moto, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'ACCEPT' }));
    return filed.number;
  }

  it('sends a targeted export to physical inspection, TARGETED first, with the reason on the selection', async () => {
    const number = await acceptedExport();
    const assessed = must(await declarations.assessRisk(customs, number, { targeting: { reason: '  Intelligence: brake assemblies misdeclared as parts  ' } }));
    expect(assessed).toMatchObject({
      state: 'physicalInspection',
      lane: 'red',
      selection: { lane: 'red', randomLane: 'green', targeting: { reason: 'Intelligence: brake assemblies misdeclared as parts' } },
    });
    expect(assessed.selection!.reasons).toEqual(['TARGETED']);
    expect(assessed.history.map((h) => h.event).slice(-2)).toEqual(['ASSESS_RISK', 'ASSIGN_LANE']);
    const stored = (await declarations.model.findById(assessed._id).lean())!;
    expect(stored.selection).toMatchObject({ reasons: ['TARGETED'], targeting: { reason: 'Intelligence: brake assemblies misdeclared as parts' } });
  });

  it('lists the rules after TARGETED', async () => {
    const { order, shipment } = await bookedExport(toys, {
      lines: [{ hsCode: '950300', description: 'Plastic building blocks', quantity: '100', unit: 'H87', unitPrice: '4.2', grossWeightKg: '60' }],
    });
    const filed = must(await declarations.file(toys, exportDeclarationFor(order, shipment)));
    must(await declarations.submit(toys, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'ACCEPT' }));
    const assessed = must(await declarations.assessRisk(customs, filed.number, { targeting: { reason: 'tip-off' } }));
    expect(assessed).toMatchObject({ state: 'physicalInspection', selection: { reasons: ['TARGETED', 'TOYS-STATUTORY-INSPECTION'] } });
  });

  it('refuses a reason under 3 or over 500 characters after trimming, naming the field and rule; nothing changes', async () => {
    const number = await acceptedExport();
    for (const reason of ['  ab  ', 'x'.repeat(501)]) {
      const r = await declarations.assessRisk(customs, number, { targeting: { reason } });
      expect(!r.ok && r.error).toEqual([expect.objectContaining({ code: 'VALIDATION', field: ['targeting', 'reason'], rule: 'targeting-reason' })]);
    }
    expect((await declarations.model.findOne({ number }).lean())!).toMatchObject({ state: 'accepted', selection: null });
    expect(must(await declarations.assessRisk(customs, number, { targeting: { reason: `  ${'x'.repeat(500)}  ` } })).lane).toBe('red');
  });

  it('refuses a caller other than customs', async () => {
    const number = await acceptedExport();
    const r = await declarations.assessRisk(moto, number, { targeting: { reason: 'my own competitor' } });
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('only customs') });
    expect((await declarations.model.findOne({ number }).lean())!.state).toBe('accepted');
  });

  it('sends a targeted two-step summary red; its complete declaration, already picked up, is reviewed on documents', async () => {
    const order = await confirmedImport('20123.45');
    const filed = must(
      await declarations.file(cqImports, importDeclaration(order, { mode: 'twoStep', twoStep: { dutiable: true, guaranteeReference: 'GTE-2026-0777', conveyanceDeclaredAt: '2026-03-02T06:00:00Z' } })),
    );
    must(await declarations.submit(cqImports, filed.number));
    const summary = must(await declarations.assessRisk(customs, filed.number, { targeting: { reason: 'quarantine alert on durians' } }));
    expect(summary).toMatchObject({ state: 'physicalInspection', lane: 'red', selection: { reasons: ['TARGETED'], targeting: { reason: 'quarantine alert on durians' } } });
    expect(must(await declarations.act(customs, filed.number, { type: 'INSPECTION_PASSED' })).state).toBe('summaryDeclared');
    must(await declarations.act(customs, filed.number, { type: 'RELEASE_FOR_PICKUP' }));
    must(await declarations.complete(cqImports, filed.number, importDeclaration(order).content));
    must(await declarations.act(customs, filed.number, { type: 'ACCEPT' }));
    const complete = must(await declarations.assessRisk(customs, filed.number, { targeting: { reason: 'quarantine alert on durians' } }));
    expect(complete).toMatchObject({
      state: 'documentReview',
      lane: 'yellow',
      selection: { lane: 'red', reasons: ['TARGETED'], note: expect.stringContaining('released for pickup') },
    });
  });
});

describe('imports', () => {
  it('charges duty and VAT to the fen, and releases once paid', async () => {
    const order = await confirmedImport('20000.00');
    const filed = must(await declarations.file(cqImports, importDeclaration(order)));
    const submitted = must(await declarations.submit(cqImports, filed.number));
    // 20,000.00 USD × 7.1 = 142,000.00 CNY; duty 20 % = 28,400.00; VAT 9 % of 170,400.00 = 15,336.00
    expect(submitted.charges).toMatchObject({ customsValue: '142000.00', exchangeRate: '7.1', total: '43736.00', taxes: { totals: { duty: '28400.00', vat: '15336.00' } } });
    const released = await clearThroughLane(declarations, cqImports, customs, filed.number);
    expect(released.history.map((h) => h.event)).toEqual(['CREATE', 'SUBMIT', 'ACCEPT', 'ASSESS_RISK', 'ASSIGN_LANE', 'PAY', 'RELEASE']);
  });

  it('two-step, on time: summary, pickup, complete declaration within 14 days, no late fee', async () => {
    const order = await confirmedImport('20123.45');
    const filed = must(
      await declarations.file(cqImports, importDeclaration(order, { mode: 'twoStep', twoStep: { dutiable: true, guaranteeReference: 'GTE-2026-0001', conveyanceDeclaredAt: '2026-03-02T06:00:00Z' } })),
    );
    const summary = must(await declarations.submit(cqImports, filed.number));
    expect(summary.machine.snapshot.context).toMatchObject({ completeDueBy: '2026-03-15' });
    expect(must(await declarations.assessRisk(customs, filed.number))).toMatchObject({ state: 'summaryDeclared', lane: 'green' });
    must(await declarations.act(customs, filed.number, { type: 'RELEASE_FOR_PICKUP' }));
    // 23:59:59 on 15 March in Beijing (UTC+8), the last day: on time; a second later would be 16 March.
    world.clock.set('2026-03-15T15:59:59Z');
    const good = importDeclaration(order);
    const completed = must(await declarations.complete(cqImports, filed.number, good.content));
    expect(completed.charges).toMatchObject({ customsValue: '142876.50', lateFee: { daysLate: 0, fee: '0.00' } });
    expect(completed.state).toBe('submitted');
  });

  it('two-step, late: 3 days after the due date the late fee is 0.05 % a day of the customs value, to the fen', async () => {
    const order = await confirmedImport('20123.45');
    const filed = must(
      await declarations.file(cqImports, importDeclaration(order, { mode: 'twoStep', twoStep: { dutiable: true, guaranteeReference: 'GTE-2026-0002', conveyanceDeclaredAt: '2026-03-02T06:00:00Z' } })),
    );
    must(await declarations.submit(cqImports, filed.number));
    const early = await declarations.act(customs, filed.number, { type: 'RELEASE_FOR_PICKUP' });
    expect(!early.ok && early.error[0].message).toContain('before releasing its goods for pickup');
    must(await declarations.assessRisk(customs, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'RELEASE_FOR_PICKUP' }));
    world.clock.set('2026-03-18T10:00:00Z');
    const completed = must(await declarations.complete(cqImports, filed.number, importDeclaration(order).content));
    // 20,123.45 USD × 7.1 = 142,876.495 → 142,876.50 CNY; × 0.0005 × 3 days = 214.31475 → 214.31
    expect(completed.charges?.lateFee).toMatchObject({ dueBy: '2026-03-15', daysLate: 3, fee: '214.31' });
    // duty 28,575.30; VAT 9 % of 171,451.80 = 15,430.66; + late fee
    expect(completed.charges?.total).toBe('44220.27');
    const released = await clearThroughLane(declarations, cqImports, customs, filed.number);
    expect(released.state).toBe('released');
  });

  it('keeps the late fee of a complete declaration returned for correction, counted to its first filing', async () => {
    const order = await confirmedImport('20123.45');
    const filed = must(
      await declarations.file(cqImports, importDeclaration(order, { mode: 'twoStep', twoStep: { dutiable: true, guaranteeReference: 'GTE-2026-0003', conveyanceDeclaredAt: '2026-03-02T06:00:00Z' } })),
    );
    must(await declarations.submit(cqImports, filed.number));
    must(await declarations.assessRisk(customs, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'RELEASE_FOR_PICKUP' }));
    world.clock.set('2026-03-18T10:00:00Z');
    must(await declarations.complete(cqImports, filed.number, importDeclaration(order).content));
    must(await declarations.act(customs, filed.number, { type: 'REJECT', reason: 'wrong train number' }));
    world.clock.set('2026-03-19T10:00:00Z');
    const content = importDeclaration(order).content;
    const corrected = must(await declarations.correct(cqImports, filed.number, { ...content, conveyanceReference: 'China-Laos-Thailand train 26005' }));
    expect(corrected.charges?.lateFee).toMatchObject({ daysLate: 3, fee: '214.31' });
    expect(corrected.content.twoStep).toMatchObject({ step: 'complete' });
  });

  it('checks the two-step details at filing: a real date-time, dutiable goods said dutiable, none on other modes', async () => {
    const order = await confirmedImport('1000.00');
    const twoStep = (details: Record<string, unknown>) => importDeclaration(order, { mode: 'twoStep', twoStep: { dutiable: true, guaranteeReference: 'GTE-1', conveyanceDeclaredAt: '2026-03-02T06:00:00Z', ...details } as never });
    const codes = async (input: FileDeclarationInput) => {
      const r = await declarations.file(cqImports, input);
      return !r.ok ? r.error.map((e) => `${e.field?.join('.')}#${e.rule}`) : [];
    };
    expect(await codes(twoStep({ conveyanceDeclaredAt: '1' }))).toEqual(['input.twoStep.conveyanceDeclaredAt#iso-datetime']);
    expect(await codes(twoStep({ conveyanceDeclaredAt: '2026-02-30T00:00:00Z' }))).toEqual(['input.twoStep.conveyanceDeclaredAt#iso-datetime']);
    expect(await codes(twoStep({ conveyanceDeclaredAt: '2025-01-01T00:00:00Z' }))).toEqual(['input.twoStep.conveyanceDeclaredAt#after-order']);
    expect(await codes(twoStep({ dutiable: false, guaranteeReference: null }))).toEqual(['input.twoStep.dutiable#dutiable-matches-tariff']);
    expect(await codes(importDeclaration(order, { twoStep: { dutiable: true, conveyanceDeclaredAt: '2026-03-02T06:00:00Z' } }))).toEqual(['input.twoStep#two-step-only']);
  });

  it('refuses at filing an import customs cannot charge (no customs rate for its currency)', async () => {
    const { declarations: noUsd } = await areaServices(world, { ...SETTINGS, exchangeRates: { CNY: '1', EUR: '7.7' } });
    const order = await confirmedImport('1000.00');
    const r = await noUsd.file(cqImports, importDeclaration(order));
    expect(!r.ok && r.error.map((e) => `${e.field?.join('.')}#${e.rule}`)).toEqual(['input.content.lines.0.currency#customs-rate']);
  });

  it('advance: accepted only once the manifest is on file, released only after arrival', async () => {
    const order = await confirmedImport('5000.00');
    const filed = must(await declarations.file(cqImports, importDeclaration(order, { mode: 'advance', content: { ...importDeclaration(order).content, expectedDate: '2026-03-06' } })));
    must(await declarations.submit(cqImports, filed.number));
    const early = await declarations.act(customs, filed.number, { type: 'ACCEPT' });
    expect(!early.ok && early.error[0].message).toContain('accepted only once the manifest (舱单) is on file');
    must(await declarations.act(customs, filed.number, { type: 'MANIFEST_FILED' }));
    must(await declarations.act(customs, filed.number, { type: 'ACCEPT' }));
    must(await declarations.assessRisk(customs, filed.number));
    must(await declarations.act(cqImports, filed.number, { type: 'PAY' }));
    const notYet = await declarations.act(customs, filed.number, { type: 'RELEASE' });
    expect(!notYet.ok && notYet.error[0].message).toContain('released only once its goods have arrived');
    must(await declarations.act(customs, filed.number, { type: 'ARRIVED' }));
    expect(must(await declarations.act(customs, filed.number, { type: 'RELEASE' })).state).toBe('released');
  });

  it('two-stage admission: released from the port, then recalled after a failed conformity assessment', async () => {
    const order = await confirmedImport('3000.00');
    const filed = must(await declarations.file(cqImports, importDeclaration(order)));
    must(await declarations.submit(cqImports, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'ACCEPT' }));
    must(await declarations.assessRisk(customs, filed.number));
    must(await declarations.act(cqImports, filed.number, { type: 'GUARANTEE' }));
    expect(must(await declarations.act(customs, filed.number, { type: 'RELEASE_FROM_PORT' })).state).toBe('releasedFromPort');
    const held = must(await declarations.act(customs, filed.number, { type: 'CONFORMITY_FAILED', action: 'hold', reason: 'pesticide residue above limit' }));
    expect(held.state).toBe('heldAfterRelease');
    expect(must(await declarations.act(customs, filed.number, { type: 'CONFORMITY_FAILED', action: 'recall', reason: 'not rectifiable' })).state).toBe('recalled');
  });

  it('returns a declaration for correction; the corrected one is checked again and resubmitted', async () => {
    const order = await confirmedImport('1000.00');
    const filed = must(await declarations.file(cqImports, importDeclaration(order)));
    must(await declarations.submit(cqImports, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'REJECT', reason: 'conveyance reference is the wrong train' }));
    const content = importDeclaration(order).content;
    const bad = await declarations.correct(cqImports, filed.number, { ...content, lines: [{ ...content.lines[0], originCountry: 'XX' }] });
    expect(!bad.ok && bad.error.map((e) => e.field?.join('.'))).toEqual(['content.lines.0.originCountry']);
    const fixed = must(await declarations.correct(cqImports, filed.number, { ...content, conveyanceReference: 'China-Laos-Thailand train 26005' }));
    expect(fixed).toMatchObject({ state: 'submitted', content: { conveyanceReference: 'China-Laos-Thailand train 26005' } });
  });
});

describe('transit (转关)', () => {
  async function airTransit(): Promise<{ order: OrderRecord; shipment: ShipmentRecord }> {
    world.clock.set(NOW);
    const created = must(await orders.create(moto, motoOrder({ origin: 'CNYIW', destination: 'USLAX', incotermPlace: 'CNYIW', buyerId: lion.partyId })), 'order');
    const orderId = String(created._id);
    must(await orders.confirm(moto, orderId));
    const options = must(await shipments.routeOptions(moto, { orderId, teu: 1 }));
    const option = options.find((o) => o.legs[0]?.from === 'CNYIW' && o.legs[0]?.mode === 'air')!;
    const prefix = `TEMU${containerSerial++}`;
    const shipment = must(await shipments.book(moto, { orderId, optionId: option.id, forwarderId: forwarder.partyId, containers: [{ number: `${prefix}${containerCheckDigit(prefix)}`, type: '22G1' }] }));
    return { order: (await orders.model.findById(orderId).lean())!, shipment };
  }

  function transitInput(order: OrderRecord, shipment: ShipmentRecord): FileDeclarationInput {
    const base = exportDeclarationFor(order, shipment);
    return { ...base, kind: 'transit', content: { ...base.content, customsOffice: '2921', port: 'CNYIW', transportMode: 'air', conveyanceReference: 'Flight YD8801' }, transit: { destinationOffice: '8003' } };
  }

  it('Yiwu → Chongqing air-to-air: declared at Yiwu, sealed, closed at Jiangbei within 24 hours', async () => {
    const { order, shipment } = await airTransit();
    const filed = must(await declarations.file(forwarder, transitInput(order, shipment)));
    const declared = must(await declarations.submit(forwarder, filed.number));
    expect(declared).toMatchObject({ state: 'transitDeclared', transitDeadline: new Date('2026-03-03T08:00:00Z') });
    must(await declarations.act(customs, filed.number, { type: 'SEALED', elockId: 'EL-YW-42' }));
    world.clock.set('2026-03-03T02:00:00Z');
    must(await declarations.act(customs, filed.number, { type: 'ARRIVED_AT_DESTINATION' }));
    expect(must(await declarations.flagOverdueTransits(customs))).toHaveLength(0);
    expect(must(await declarations.act(customs, filed.number, { type: 'TRANSIT_CLOSED' })).state).toBe('closed');
  });

  it('flags a transit that arrives after its deadline as overdue when it arrives', async () => {
    const { order, shipment } = await airTransit();
    const filed = must(await declarations.file(forwarder, transitInput(order, shipment)));
    must(await declarations.submit(forwarder, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'SEALED', elockId: 'EL-YW-44' }));
    world.clock.set('2026-03-05T08:00:00Z');
    const arrived = must(await declarations.act(customs, filed.number, { type: 'ARRIVED_AT_DESTINATION' }));
    expect(arrived.history.slice(-2).map((h) => h.event)).toEqual(['ARRIVED_AT_DESTINATION', 'FLAG_OVERDUE']);
    const closed = must(await declarations.act(customs, filed.number, { type: 'TRANSIT_CLOSED' }));
    expect(declarations.isOverdue(closed)).toBe(true);
    const byId = must(await declarations.listFilter(customs, { order: String(order._id) }));
    expect(await declarations.model.countDocuments(byId)).toBe(1);
  });

  it('flags a transit not closed by its deadline as overdue, once', async () => {
    const { order, shipment } = await airTransit();
    const filed = must(await declarations.file(forwarder, transitInput(order, shipment)));
    must(await declarations.submit(forwarder, filed.number));
    must(await declarations.act(customs, filed.number, { type: 'SEALED', elockId: 'EL-YW-43' }));
    world.clock.set('2026-03-03T08:00:00Z');
    expect(declarations.isOverdue((await declarations.find(customs, filed.number))!)).toBe(false);
    expect((await declarations.flagOverdueTransits(moto)).ok).toBe(false);
    world.clock.set('2026-03-03T08:00:01Z');
    const flagged = must(await declarations.flagOverdueTransits(customs));
    expect(flagged.map((d) => d.number)).toEqual([filed.number]);
    expect(must(await declarations.flagOverdueTransits(customs))).toHaveLength(0);
    const record = (await declarations.find(moto, filed.number))!;
    expect(declarations.isOverdue(record)).toBe(true);
    expect(record.history.at(-1)).toMatchObject({ event: 'FLAG_OVERDUE', actor: { role: 'customs' } });
  });
});
