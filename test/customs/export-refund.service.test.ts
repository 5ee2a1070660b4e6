/** Export tax refund: after closure, FOB × refund rate in CNY, decided by the tax desk, paid once. */
import type { DeclarationService } from '../../server/customs/declaration.service';
import type { ExportRefundService } from '../../server/customs/export-refund.service';
import type { OrderService } from '../../server/orders/order.service';
import type { CreateOrderInput } from '../../server/orders/order.validation';
import type { Caller } from '../../server/parties/caller';
import { exportDeclarationFor, must } from '../support/customs';
import { type World, areaServices, openWorld } from '../support/world';

let world: World;
let orders: OrderService;
let declarations: DeclarationService;
let refunds: ExportRefundService;
let moto: Caller;
let lion: Caller;
let customs: Caller;
let forwarder: Caller;

beforeAll(async () => {
  world = await openWorld(__filename);
  ({ orders, declarations, exportRefunds: refunds } = await areaServices(world));
  [moto, lion, customs, forwarder] = await Promise.all(['CQ-MOTO', 'SG-LION', 'CQ-CUSTOMS', 'CQ-LANDSEA'].map((c) => world.as(c)));
});
afterAll(() => world.close());

/** An export declared on a confirmed order (no booking needed to declare), cleared and, unless told otherwise, closed. */
async function exportDeclaration(overrides: Partial<CreateOrderInput> = {}, close = true): Promise<string> {
  world.clock.set('2026-03-02T08:00:00Z');
  const created = must(
    await orders.create(moto, {
      buyerId: lion.partyId, currency: 'USD', incoterm: 'FCA', incotermPlace: 'CNCKG', origin: 'CNCKG', destination: 'SGSIN', tradeMode: '0110', readyDate: '2026-03-02',
      lines: [{ hsCode: '871410', description: 'Motorcycle brake assemblies', quantity: '1200', unit: 'H87', unitPrice: '18.35', grossWeightKg: '2400' }],
      ...overrides,
    }),
  );
  must(await orders.confirm(moto, String(created._id)));
  const order = (await orders.model.findById(created._id).lean())!;
  const filed = must(await declarations.file(moto, exportDeclarationFor(order, null)));
  must(await declarations.submit(moto, filed.number));
  must(await declarations.act(customs, filed.number, { type: 'ACCEPT' }));
  const assessed = must(await declarations.assessRisk(customs, filed.number));
  if (assessed.state === 'documentReview') must(await declarations.act(customs, filed.number, { type: 'REVIEW_PASSED' }));
  if (assessed.state === 'physicalInspection') must(await declarations.act(customs, filed.number, { type: 'INSPECTION_PASSED' }));
  must(await declarations.act(customs, filed.number, { type: 'RELEASE' }));
  if (close) must(await declarations.act(customs, filed.number, { type: 'CLOSE' }));
  return filed.number;
}

it('refunds FOB × 13 % for motorcycle parts in CNY, once, decided by the tax desk and paid', async () => {
  const number = await exportDeclaration();
  for (const who of [lion, forwarder, customs]) {
    const r = await refunds.apply(who, { declaration: number });
    expect(!r.ok && r.error[0].code).toMatch(/FORBIDDEN|NOT_FOUND/);
  }
  const applied = must(await refunds.apply(moto, { declaration: number }));
  // 1,200 × 18.35 = 22,020.00 USD (FCA, taken as FOB) × 7.1 = 156,342.00 CNY × 13 % = 20,324.46
  expect(applied).toMatchObject({ state: 'applied', appliedAmount: '20324.46', exchangeRate: '7.1', fobValue: { amount: '22020.00', currency: 'USD' } });
  expect(applied.fobNotes).toEqual([expect.stringContaining('FCA price taken as the FOB value')]);
  expect(applied.lines).toEqual([expect.objectContaining({ tableKey: '8714', fobValue: '156342.00', ratePercent: '13', refund: '20324.46' })]);

  const twice = await refunds.apply(moto, { declaration: number });
  expect(!twice.ok && twice.error[0]).toMatchObject({ code: 'DUPLICATE', rule: 'one-refund' });
  const byExporter = await refunds.decide(moto, number, { type: 'APPROVE', amount: '20324.46' });
  expect(!byExporter.ok && byExporter.error[0].code).toBe('FORBIDDEN');
  for (const [action, field] of [
    [{ type: 'APPROVE', amount: '-1' }, 'input.amount#cny-amount'],
    [{ type: 'APPROVE', amount: '0' }, 'input.amount#positive'],
    [{ type: 'REJECT', reason: ' ' }, 'input.reason#required'],
    [{ type: 'PAY', reference: '' }, 'input.reference#required'],
  ] as const) {
    const r = await refunds.decide(customs, number, action);
    expect(!r.ok && r.error.map((e) => `${e.field?.join('.')}#${e.rule}`)).toEqual([field]);
  }
  const tooMuch = await refunds.decide(customs, number, { type: 'APPROVE', amount: '20324.47' });
  expect(!tooMuch.ok && tooMuch.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'refund-control' });
  const notYet = await refunds.decide(customs, number, { type: 'PAY', reference: 'TR-1' });
  expect(!notYet.ok && notYet.error[0].message).toContain('cannot pay it');
  expect(must(await refunds.decide(customs, number, { type: 'APPROVE', amount: '20000.00' })).machine.snapshot.context).toMatchObject({ approvedAmount: '20000.00' });
  const paid = must(await refunds.decide(customs, number, { type: 'PAY', reference: 'STA-2026-0412' }));
  expect(paid.state).toBe('paid');
  expect(paid.history.map((h) => h.event)).toEqual(['CREATE', 'APPROVE', 'PAY']);
  expect(await refunds.find(lion, number)).toBeNull();
});

it('deducts freight from a CPT price, and asks for it when it is missing', async () => {
  const number = await exportDeclaration({ incoterm: 'CPT', incotermPlace: 'SGSIN' });
  const missing = await refunds.apply(moto, { declaration: number });
  expect(!missing.ok && missing.error.map((e) => `${e.field?.join('.')}#${e.rule}`)).toEqual(['input.freight#required']);
  const applied = must(await refunds.apply(moto, { declaration: number, freight: { amount: '1500.00', currency: 'USD' } }));
  // (22,020.00 − 1,500.00) × 7.1 = 145,692.00 CNY × 13 % = 18,939.96
  expect(applied).toMatchObject({ appliedAmount: '18939.96', fobValue: { amount: '20520.00' } });
});

it('waits for the export to be closed (结关), and lets the exporter withdraw and apply again', async () => {
  const number = await exportDeclaration({}, false);
  const early = await refunds.apply(moto, { declaration: number });
  expect(!early.ok && early.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'refund-after-closure' });
  must(await declarations.act(customs, number, { type: 'CLOSE' }));
  must(await refunds.apply(moto, { declaration: number }));
  expect(must(await refunds.decide(moto, number, { type: 'WITHDRAW', reason: 'wrong bank account' })).state).toBe('withdrawn');
  const again = must(await refunds.apply(moto, { declaration: number }));
  expect(again.state).toBe('applied');
  expect(String((await refunds.find(moto, number))!._id)).toBe(String(again._id));
});
