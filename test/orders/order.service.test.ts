import { OrderService } from '../../server/orders/order.service';
import type { CreateOrderInput } from '../../server/orders/order.validation';
import type { Caller } from '../../server/parties/caller';
import { type World, openWorld } from '../support/world';

let world: World;
let orders: OrderService;
let exporter: Caller;
let importer: Caller;

function motorcycleParts(overrides: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return {
    buyerId: importer.partyId,
    currency: 'USD',
    lines: [
      { hsCode: '8714.10', description: 'Motorcycle brake assemblies', quantity: '1200', unit: 'H87', unitPrice: '18.35', grossWeightKg: '2400' },
      { hsCode: '871410', description: 'Motorcycle chains', quantity: '3', unit: 'H87', unitPrice: '0.3333', grossWeightKg: '1.5' },
    ],
    incoterm: 'FCA',
    incotermPlace: 'CNCKG',
    origin: 'CNCKG',
    destination: 'SGSIN',
    tradeMode: '0110',
    readyDate: '2026-03-05',
    ...overrides,
  };
}

beforeAll(async () => {
  world = await openWorld(__filename);
  orders = new OrderService(world.connection, world.clock, world.outbox);
  await orders.model.init();
  exporter = await world.as('CQ-MOTO');
  importer = await world.as('SG-LION');
});
afterAll(() => world.close());

describe('create', () => {
  it('creates a draft with exact line amounts and totals', async () => {
    const r = await orders.create(exporter, motorcycleParts());
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const o = r.value;
    expect(o.number).toMatch(/^ORD-2026-\d{6}$/);
    expect(o.state).toBe('draft');
    // 1200 × 18.35 = 22020.00; 3 × 0.3333 = 0.9999 → 1.00; total 22021.00
    expect(o.lines.map((l) => l.amount.toString())).toEqual(['22020', '1']);
    expect(o.total.toString()).toBe('22021');
    expect(o.grossWeightKg.toString()).toBe('2401.5');
    expect(o.lines[0].hsCode).toBe('871410');
  });

  it('names every broken rule by field', async () => {
    const r = await orders.create(
      exporter,
      motorcycleParts({
        currency: 'XYZ',
        incoterm: 'FOO',
        origin: 'CNXXX',
        destination: 'SG',
        tradeMode: '9999',
        readyDate: '2026-02-30',
        lines: [{ hsCode: '12', description: '', quantity: '-5', unit: 'ZZZ', unitPrice: '1.23456', grossWeightKg: 'heavy' }],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => `${e.field?.join('.')} ${e.rule}`)).toEqual([
      'input.currency currency-unknown',
      'input.lines.0.hsCode hs-length',
      'input.lines.0.description required',
      'input.lines.0.quantity positive',
      'input.lines.0.unit unit-unknown',
      'input.lines.0.unitPrice decimal-places',
      'input.lines.0.grossWeightKg decimal',
      'input.incoterm incoterm-unknown',
      'input.origin locode-unknown',
      'input.destination locode-format',
      'input.tradeMode trade-mode-unknown',
      'input.readyDate iso-date',
    ]);
    expect(r.error[0].message).toBe("input.currency: unknown ISO 4217 currency 'XYZ'");
  });

  it('refuses a buyer that is not an importer, and non-exporters', async () => {
    const forwarder = await world.as('CQ-LANDSEA');
    const r = await orders.create(exporter, motorcycleParts({ buyerId: forwarder.partyId }));
    expect(!r.ok && r.error.map((e) => e.rule)).toEqual(['importer-party']);
    const denied = await orders.create(forwarder, motorcycleParts());
    expect(!denied.ok && denied.error[0].code).toBe('FORBIDDEN');
  });

  it('multiplies exactly beyond 20 significant digits, then rounds once', async () => {
    const r = await orders.create(exporter, motorcycleParts({ lines: [{ hsCode: '871410', description: 'parts', quantity: '5739806.333996', unit: 'H87', unitPrice: '5948.6423', grossWeightKg: '1' }] }));
    // 5739806.333996 × 5948.6423 = 34144054752.21766... → 34144054752.22
    expect(r.ok && r.value.total.toString()).toBe('34144054752.22');
  });

  it('bounds amounts to what the API carries exactly', async () => {
    const r = await orders.create(exporter, motorcycleParts({ lines: [{ hsCode: '871410', description: 'parts', quantity: '123456789012.345678', unit: 'H87', unitPrice: '98765.4321', grossWeightKg: '1' }] }));
    expect(!r.ok && r.error.map((e) => `${e.field?.join('.')} ${e.rule}`)).toEqual(['input.lines.0.quantity max-amount']);
  });

  it('refuses a ready date in the past', async () => {
    const r = await orders.create(exporter, motorcycleParts({ readyDate: '2026-03-01' }));
    expect(!r.ok && r.error[0]).toMatchObject({ field: ['input', 'readyDate'], rule: 'not-past' });
  });
});

describe('lifecycle and access', () => {
  async function draft() {
    const r = await orders.create(exporter, motorcycleParts());
    if (!r.ok) throw new Error('create failed');
    return String(r.value._id);
  }

  it('lets the seller or the buyer confirm, and nobody else', async () => {
    const id = await draft();
    const other = await world.as('CQ-TOYS');
    const notVisible = await orders.confirm(other, id);
    expect(!notVisible.ok && notVisible.error[0].code).toBe('NOT_FOUND');
    const r = await orders.confirm(importer, id);
    expect(r.ok && r.value.state).toBe('confirmed');
    expect(r.ok && r.value.history.at(-1)).toMatchObject({ event: 'CONFIRM', actor: { partyId: importer.partyId, role: 'importer' }, from: 'draft', to: 'confirmed' });
  });

  it('lets an auditor read but not act', async () => {
    const id = await draft();
    const auditor = await world.as('AUDITOR');
    expect(await orders.find(auditor, id)).not.toBeNull();
    const r = await orders.confirm(auditor, id);
    expect(!r.ok && r.error[0].code).toBe('FORBIDDEN');
  });

  it('names the accepted events when a transition does not fit the state', async () => {
    const id = await draft();
    const r = await orders.complete(exporter, id);
    expect(!r.ok && r.error[0]).toMatchObject({ code: 'EVENT_NOT_ACCEPTED', rule: 'state-transition' });
    expect(!r.ok && r.error[0].message).toMatch(/^order ORD-2026-\d{6} cannot take 'COMPLETE': state 'draft' accepts only CANCEL, CONFIRM$/);
  });

  it('holds and resumes to where it was; cancel needs a reason', async () => {
    const id = await draft();
    await orders.confirm(exporter, id);
    const noReason = await orders.cancel(exporter, id, '  ');
    expect(!noReason.ok && noReason.error[0]).toMatchObject({ field: ['reason'], rule: 'required' });
    expect((await orders.hold(exporter, id, 'buyer disputes the price')).ok).toBe(true);
    const resumed = await orders.resume(exporter, id);
    expect(resumed.ok && resumed.value.state).toBe('confirmed');
  });

  it('applies exactly one of two conflicting transitions at the same moment', async () => {
    const id = await draft();
    // Both act on what they read (version 1): however the two interleave, one must lose.
    const [a, b] = await Promise.all([orders.confirm(exporter, id, 1), orders.cancel(importer, id, 'changed supplier', 1)]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const loser = a.ok ? b : a;
    expect(!loser.ok && loser.error[0].code).toBe('CONFLICT');
    const stored = await orders.find(exporter, id);
    expect(stored!.history.map((h) => h.seq)).toEqual([1, 2]);
  });

  it('refuses a stale expected version', async () => {
    const id = await draft();
    const r = await orders.confirm(exporter, id, 5);
    expect(!r.ok && r.error[0].code).toBe('CONFLICT');
  });
});

describe('reads', () => {
  const count = async (caller: Caller, filter = {}) => {
    const q = orders.listFilter(caller, filter);
    if (!q.ok) throw new Error(q.error[0].message);
    return orders.model.countDocuments(q.value);
  };

  it('lists only the orders a party is party to', async () => {
    const toys = await world.as('CQ-TOYS');
    const mine = await count(exporter);
    expect(mine).toBeGreaterThan(0);
    expect(await count(toys)).toBe(0);
    const trainer = await world.as('TRAINER');
    expect(await count(trainer)).toBe(mine);
    const all = await orders.model.find({ sellerId: exporter.party._id }).lean();
    expect(await count(exporter, { state: 'confirmed' })).toBe(all.filter((o) => o.state === 'confirmed').length);
  });

  it('refuses a malformed filter, naming the field and the rule', () => {
    const q = orders.listFilter(exporter, { partyId: 'nonsense', createdFrom: 'yesterday' });
    expect(!q.ok && q.error.map((e) => `${e.field?.join('.')} ${e.rule}`)).toEqual(['filter.partyId party-id', 'filter.createdFrom iso-datetime']);
  });

  it('finds an order by its number', async () => {
    const r = await orders.create(exporter, motorcycleParts());
    if (!r.ok) throw new Error('create failed');
    expect((await orders.find(importer, r.value.number))?._id.toString()).toBe(r.value._id.toString());
  });
});
