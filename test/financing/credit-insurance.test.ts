/**
 * Export credit insurance (出口信保) on the real stack: the buyer credit limit, the declared
 * shipment and its premium, and a policy financing whose default ends in a claim paid to the bank.
 */
import type { FinancingContext } from '../../machines/financing.machine';
import type { FinancingRecord } from '../../server/models/financing.model';
import { callerOf } from '../../server/parties/caller';
import { must } from '../support/customs';
import { type FinancingWorld, TERMS, confirmedOrder, financingWorld, invoiceFor, shippedGoods } from './financing-fixtures';

let fw: FinancingWorld;
beforeAll(async () => {
  fw = await financingWorld(__filename);
});
afterAll(() => fw.world.close());

const contextOf = (f: FinancingRecord) => f.machine.snapshot.context as unknown as FinancingContext;

async function policyOn(limit: string) {
  return must(
    await fw.policies.issue(fw.insurer, { exporter: fw.exporter.partyId, currency: 'USD', premiumRatePercent: '0.8', buyerLimits: [{ buyer: fw.buyer.partyId, amount: limit }] }),
    'policy',
  );
}

it('lets only an insurer issue a policy, and lists every broken rule', async () => {
  const byExporter = await fw.policies.issue(fw.exporter, { exporter: fw.exporter.partyId, currency: 'USD', premiumRatePercent: '1', buyerLimits: [{ buyer: fw.buyer.partyId, amount: '1000' }] });
  expect(!byExporter.ok && byExporter.error[0].code).toBe('FORBIDDEN');
  const bad = await fw.policies.issue(fw.insurer, {
    exporter: fw.bank.partyId,
    currency: 'USD',
    premiumRatePercent: '0',
    indemnityPercent: '120',
    buyerLimits: [{ buyer: fw.buyer.partyId, amount: '1000.001' }, { buyer: fw.buyer.partyId, amount: '-5' }],
  });
  expect(!bad.ok && bad.error.map((e) => `${e.field?.join('.')} ${e.rule}`)).toEqual([
    'input.exporter exporter-party',
    'input.premiumRatePercent premium-rate',
    'input.indemnityPercent indemnity-percent',
    'input.buyerLimits.0.amount decimal-places',
    'input.buyerLimits.1.buyer unique',
    'input.buyerLimits.1.amount positive',
  ]);
});

it('insures shipments only within what is left of the buyer credit limit, charging the premium', async () => {
  const policy = await policyOn('50000');
  expect(policy).toMatchObject({ indemnityPercent: '90', buyerLimits: [{ approved: '50000.00', used: '0.00' }] });
  const first = await confirmedOrder(fw);
  const declared = must(await fw.policies.declareShipment(fw.exporter, policy.number, first.number), 'declare');
  // 0.8 % of 22,020.00 USD.
  expect(declared.shipments).toEqual([expect.objectContaining({ orderNumber: first.number, insuredValue: '22020.00', premium: '176.16', fxRate: '1' })]);
  expect(declared.buyerLimits[0].used).toBe('22020.00');
  const twice = await fw.policies.declareShipment(fw.exporter, policy.number, first.number);
  expect(!twice.ok && twice.error[0]).toMatchObject({ code: 'DUPLICATE', rule: 'one-declaration-per-shipment' });
  must(await fw.policies.declareShipment(fw.exporter, policy.number, (await confirmedOrder(fw)).number), 'second shipment');
  const third = await fw.policies.declareShipment(fw.exporter, policy.number, (await confirmedOrder(fw)).number);
  expect(!third.ok && third.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'credit-limit-exceeded' });
  expect(!third.ok && third.error[0].message).toContain('exceeds the 5960.00 USD left of the credit limit');
  const toOtherBuyer = await fw.policies.declareShipment(fw.exporter, policy.number, (await confirmedOrder(fw, { buyer: fw.otherBuyer })).number);
  expect(!toOtherBuyer.ok && toOtherBuyer.error[0].rule).toBe('no-buyer-limit');
  const byBank = await fw.policies.declareShipment(fw.bank, policy.number, first.number);
  expect(!byBank.ok && byBank.error[0].code).toMatch(/NOT_FOUND|FORBIDDEN/);
});

it('pays the claim on a defaulted policy financing to the financing bank, then closes it', async () => {
  const policy = await policyOn('100000');
  const { order, bill } = await shippedGoods(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  const uninsured = await fw.financing.apply(fw.exporter, { kind: 'policyFinancing', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number, policy: policy.number });
  expect(!uninsured.ok && uninsured.error[0]).toMatchObject({ rule: 'shipment-not-insured', field: ['input', 'policy'] });
  must(await fw.policies.declareShipment(fw.exporter, policy.number, order.number), 'declare');
  const applied = must(await fw.financing.apply(fw.exporter, { kind: 'policyFinancing', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number, policy: policy.number }), 'apply');
  expect(applied).toMatchObject({ insurerId: policy.insurerId, policyNumber: policy.number });
  expect((await fw.financing.find(fw.insurer, applied.number))?.number).toBe(applied.number);
  expect((await fw.policies.find(fw.bank, policy.number))?.number).toBe(policy.number);

  must(await fw.financing.startReview(fw.bank, applied.number), 'review');
  const matched = must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match');
  expect(matched.matching?.documents).toEqual(['order', 'invoice', 'bill', 'declaration']);
  must(await fw.financing.approve(fw.bank, applied.number, TERMS), 'approve');
  const pledge = await fw.financing.registerPledge(fw.bank, applied.number);
  expect(!pledge.ok && pledge.error[0].message).toContain('only a bill pledge loan (提单质押融资) pledges a bill');
  must(await fw.financing.disburse(fw.bank, applied.number), 'disburse');
  fw.world.clock.set('2026-06-10T08:00:00Z');
  must(await fw.financing.flagOverdue(fw.bank, applied.number), 'overdue');
  const early = await fw.financing.payClaim(fw.insurer, applied.number);
  expect(!early.ok && early.error[0].message).toContain('cannot pay a claim: the financing is overdue');
  must(await fw.financing.declareDefault(fw.bank, applied.number, 'buyer insolvent'), 'default');

  const byExporter = await fw.financing.payClaim(fw.exporter, applied.number);
  expect(!byExporter.ok && byExporter.error[0]).toMatchObject({ code: 'FORBIDDEN' });
  const strangerInsurer = await fw.world.parties.create({ code: 'OTHER-INS', name: 'Other Insurer', roles: ['insurer'], country: 'CN' }, false);
  const byStranger = await fw.financing.payClaim(callerOf(must(strangerInsurer, 'insurer')), applied.number);
  expect(!byStranger.ok && byStranger.error[0].code).toBe('NOT_FOUND');

  // 90 % of the 22,020.00 USD the buyer left unpaid, within the 100,000.00 limit, to the bank.
  const paid = must(await fw.financing.payClaim(fw.insurer, applied.number), 'claim');
  expect(paid.state).toBe('claimPaid');
  expect(contextOf(paid).claimPaidAmount).toBe('19818.00');
  expect(paid.claim).toMatchObject({ loss: { amount: '22020.00', currency: 'USD' }, payout: { amount: '19818.00' }, payeeId: fw.bank.partyId });
  const stored = await fw.policies.find(fw.insurer, policy.number);
  expect(stored?.claims).toEqual([expect.objectContaining({ financingNumber: applied.number, payout: '19818.00', retained: '2202.00', payeeId: fw.bank.partyId })]);
  expect(stored?.shipments[0].claimed).toBe(true);
  const again = await fw.financing.payClaim(fw.insurer, applied.number);
  expect(!again.ok && again.error[0].rule).toBe('financing-control');
  expect(must(await fw.financing.close(fw.bank, applied.number), 'close').state).toBe('closed');
  // The bill was never pledged: it stays with the exporter.
  expect((await fw.bills.model.findById(bill._id).lean())?.machine.snapshot.context).toMatchObject({ holderId: fw.exporter.partyId, pledgeeId: null });
});
