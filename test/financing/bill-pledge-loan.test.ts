/**
 * A bill pledge loan (提单质押融资) on the real stack: from application to closure with interest
 * to the cent, a four-document matching that fails until the invoice is corrected, and a default
 * enforced against the pledged bill.
 */
import type { BillContext } from '../../machines/bill.machine';
import type { FinancingContext } from '../../machines/financing.machine';
import type { FinancingRecord } from '../../server/models/financing.model';
import { must } from '../support/customs';
import { type FinancingWorld, TERMS, approvedPledgeLoan, disbursedPledgeLoan, financingWorld, invoiceFor, shippedGoods } from './financing-fixtures';

let fw: FinancingWorld;
beforeAll(async () => {
  fw = await financingWorld(__filename);
});
afterAll(() => fw.world.close());

const contextOf = (f: FinancingRecord) => f.machine.snapshot.context as unknown as FinancingContext;
const billControl = async (number: string) => (await fw.bills.model.findOne({ number }).lean())!.machine.snapshot.context as unknown as BillContext;

it('lends against a pledged bill from application to closure, with interest to the cent after a partial repayment', async () => {
  const { order, bill } = await shippedGoods(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  expect(await fw.invoices.find(fw.bank, invoice.number)).toBeNull();
  const applied = must(await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number }), 'apply');
  expect(applied).toMatchObject({ state: 'applied', kind: 'billPledge', billNumber: bill.number, orderNumber: order.number, currency: 'USD', goodsCurrency: 'USD' });
  // The application shows the bank the invoice it stands on.
  expect((await fw.invoices.find(fw.bank, invoice.number))?.number).toBe(invoice.number);

  must(await fw.financing.startReview(fw.bank, applied.number), 'review');
  const matched = must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match');
  expect(matched.matching).toMatchObject({ result: 'passed', documents: ['order', 'invoice', 'bill', 'declaration'], mismatches: [], invoiceRevision: 1, cargoValue: { amount: '22020', currency: 'USD' } });

  const approved = must(await fw.financing.approve(fw.bank, applied.number, TERMS), 'approve');
  // 80 % of 22,020.00 USD.
  expect(approved.terms).toMatchObject({ verifiedCargoValue: { amount: '22020.00', currency: 'USD' }, limit: { amount: '17616.00', currency: 'USD' } });
  expect(contextOf(approved)).toMatchObject({ limit: '17616.00', annualRatePercent: '4.5', tenorDays: 90, currency: 'USD' });

  const pledged = must(await fw.financing.registerPledge(fw.bank, applied.number), 'pledge');
  expect(pledged.state).toBe('pledgeRegistered');
  expect(await billControl(bill.number)).toMatchObject({ holderId: fw.bank.partyId, pledgeeId: fw.bank.partyId, beneficiaryId: fw.exporter.partyId });

  const disbursed = must(await fw.financing.disburse(fw.bank, applied.number), 'disburse');
  expect(contextOf(disbursed)).toMatchObject({ principal: '17616.00', outstandingPrincipal: '17616.00', maturityDate: '2026-05-31' });

  // 18 days on 17,616.00 at 4.5 % ACT/360 = 39.636 → 39.64 interest; the rest of 5,000.00 is principal.
  fw.world.clock.set('2026-03-20T10:00:00Z');
  const partly = must(await fw.financing.repay(fw.exporter, applied.number, '5000.00'), 'partial repayment');
  expect(partly.state).toBe('disbursed');
  expect(contextOf(partly).repayments).toEqual([{ at: '2026-03-20T10:00:00.000Z', principal: '4960.36', interest: '39.64' }]);
  expect(contextOf(partly).outstandingPrincipal).toBe('12655.64');

  // 26 more days on 12,655.64 = 41.13083; over the loan 39.636 + 41.13083 = 80.76683 → 80.77, less 39.64 paid.
  fw.world.clock.set('2026-04-15T09:00:00Z');
  const position = must(await fw.financing.position(fw.exporter, applied.number), 'position');
  expect(position.interest).toMatchObject({ days: 44, accrued: { loan: { amount: '80.77' } }, paid: { loan: { amount: '39.64' } }, due: { loan: { amount: '41.13', currency: 'USD' } } });
  expect(position.settlementAmount?.loan).toEqual({ amount: '12696.77', currency: 'USD' });
  const tooMuch = await fw.financing.repay(fw.exporter, applied.number, '12696.78');
  expect(!tooMuch.ok && tooMuch.error[0]).toMatchObject({ field: ['input', 'amount'], rule: 'repayment-exceeds-balance' });
  const repaid = must(await fw.financing.repay(fw.exporter, applied.number, '12696.77'), 'repay in full');
  expect(repaid.state).toBe('repaid');
  expect(contextOf(repaid).outstandingPrincipal).toBe('0.00');
  expect(contextOf(repaid).repayments[1]).toMatchObject({ principal: '12655.64', interest: '41.13' });

  const early = await fw.financing.close(fw.bank, applied.number);
  expect(!early.ok && early.error[0].message).toContain('must be released to its owner');
  const released = must(await fw.financing.releaseCollateral(fw.bank, applied.number), 'release');
  expect(released.state).toBe('collateralReleased');
  expect(await billControl(bill.number)).toMatchObject({ holderId: fw.exporter.partyId, beneficiaryId: fw.exporter.partyId, pledgeeId: null });
  const closed = must(await fw.financing.close(fw.bank, applied.number), 'close');
  expect(closed.state).toBe('closed');
  expect(closed.history.map((h) => h.event)).toEqual(['CREATE', 'START_REVIEW', 'MATCH_DOCUMENTS', 'APPROVE', 'REGISTER_PLEDGE', 'DISBURSE', 'REPAY', 'REPAY', 'RELEASE_COLLATERAL', 'CLOSE']);
  // The bill's own chain records the pledge and its release.
  const stored = await fw.bills.model.findOne({ number: bill.number }).lean();
  expect(stored!.chain.map((e) => e.actionCode)).toEqual(['ISSUE', 'PLEDGE', 'RELEASE_PLEDGE']);
});

it('blocks approval while the invoice disagrees with the declared value, until the corrected invoice is matched again', async () => {
  const { order, bill } = await shippedGoods(fw);
  // The invoice bills 18.95 a piece where the order and the declaration say 18.35: 22,740.00 against 22,020.
  const wrong = invoiceFor(order, { lines: [{ ...invoiceFor(order).lines[0], unitPrice: '18.95' }] });
  const invoice = must(await fw.invoices.issue(fw.exporter, wrong), 'invoice');
  const applied = must(await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number }), 'apply');
  must(await fw.financing.startReview(fw.bank, applied.number), 'review');
  const failed = must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match');
  expect(failed.matching?.result).toBe('failed');
  // The history names the act, not a success: a failed matching is not recorded as MATCHED.
  expect(failed.history.at(-1)).toMatchObject({ event: 'MATCH_DOCUMENTS', payload: { result: 'failed', mismatches: 1 } });
  expect(failed.history.map((h) => h.event)).not.toContain('MATCHED');
  expect(failed.matching?.mismatches).toEqual([
    expect.objectContaining({ field: 'value.amount', rule: 'value-outside-tolerance', documents: ['order', 'invoice'], values: [expect.stringMatching(/^22020(\.00)?$/), '22740.00'] }),
  ]);
  const refused = await fw.financing.approve(fw.bank, applied.number, TERMS);
  expect(!refused.ok && refused.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'financing-control' });
  expect(!refused.ok && refused.error[0].message).toContain('found 1 mismatch(es)');

  const corrected = must(await fw.invoices.correct(fw.exporter, invoice.number, { ...invoiceFor(order) }, 'unit price typed wrong'), 'correct');
  expect(corrected).toMatchObject({ revision: 2, content: { total: '22020.00' }, previous: [{ revision: 1, total: '22740.00', reason: 'unit price typed wrong' }] });
  // The stored result still stands until the bank matches again.
  const stillRefused = await fw.financing.approve(fw.bank, applied.number, TERMS);
  expect(!stillRefused.ok && stillRefused.error[0].rule).toBe('financing-control');
  const passed = must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match again');
  expect(passed.matching).toMatchObject({ result: 'passed', mismatches: [], invoiceRevision: 2 });

  // A correction after a passing matching makes it stale: the bank must see what it lends on.
  must(await fw.invoices.correct(fw.exporter, invoice.number, { ...invoiceFor(order), invoiceDate: '2026-03-02' }, 'date stated'), 'second correction');
  const stale = await fw.financing.approve(fw.bank, applied.number, TERMS);
  expect(!stale.ok && stale.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'matching-stale' });
  must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match the third revision');
  must(await fw.financing.approve(fw.bank, applied.number, TERMS), 'approve');
  const locked = await fw.invoices.correct(fw.exporter, invoice.number, invoiceFor(order), 'after approval');
  expect(!locked.ok && locked.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'invoice-financed' });
  expect(contextOf((await fw.financing.find(fw.bank, applied.number))!).mismatchCount).toBe(0);
});

it('refuses terms and invoices that break their rules, listing every field', async () => {
  const { order, bill } = await shippedGoods(fw);
  const badInvoice = await fw.invoices.issue(fw.exporter, {
    ...invoiceFor(order, { number: 'x' }),
    currency: 'XXX',
    invoiceDate: '2027-01-01',
    lines: [{ hsCode: '12', description: '', quantity: '-1', unit: '??', unitPrice: 'abc' }],
  });
  expect(!badInvoice.ok && badInvoice.error.map((e) => `${e.field?.join('.')} ${e.rule}`)).toEqual([
    'input.number invoice-number',
    'input.invoiceDate not-future',
    'input.currency currency-unknown',
    'input.lines.0.hsCode hs-length',
    'input.lines.0.description description',
    'input.lines.0.quantity positive',
    'input.lines.0.unit unit-format',
    'input.lines.0.unitPrice decimal',
  ]);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  const again = await fw.invoices.issue(fw.exporter, invoiceFor(order, { number: 'INV-OTHER-1' }));
  expect(!again.ok && again.error[0]).toMatchObject({ code: 'DUPLICATE', rule: 'one-invoice-per-order' });
  const applied = must(await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number }), 'apply');
  const unmatched = await fw.financing.approve(fw.bank, applied.number, TERMS);
  expect(!unmatched.ok && unmatched.error[0].message).toContain('cannot approve it: the financing is applied for');
  must(await fw.financing.startReview(fw.bank, applied.number), 'review');
  const notYet = await fw.financing.approve(fw.bank, applied.number, TERMS);
  expect(!notYet.ok && notYet.error[0].message).toContain('have not been matched yet');
  must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match');
  const badTerms = await fw.financing.approve(fw.bank, applied.number, { advanceRatePercent: '0', annualRatePercent: '100', tenorDays: 400 });
  expect(!badTerms.ok && badTerms.error.map((e) => `${e.field?.join('.')} ${e.rule}`)).toEqual([
    'input.advanceRatePercent advance-rate',
    'input.annualRatePercent annual-rate',
    'input.tenorDays tenor-days',
  ]);
  expect((await fw.financing.find(fw.exporter, applied.number))?.state).toBe('underReview');
});

it('enforces the pledge after a default: the bank takes title to the bill', async () => {
  const { loan, bill } = await disbursedPledgeLoan(fw);
  fw.world.clock.set('2026-05-31T20:00:00Z');
  const onMaturity = await fw.financing.flagOverdue(fw.bank, loan.number);
  expect(!onMaturity.ok && onMaturity.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'not-overdue' });
  fw.world.clock.set('2026-06-01T08:00:00Z');
  expect(must(await fw.financing.flagOverdue(fw.bank, loan.number), 'overdue').state).toBe('overdue');
  must(await fw.financing.declareDefault(fw.bank, loan.number, 'buyer did not pay; exporter cannot repay'), 'default');
  const enforced = must(await fw.financing.enforce(fw.bank, loan.number), 'enforce');
  expect(enforced.state).toBe('enforced');
  expect(await billControl(bill.number)).toMatchObject({ beneficiaryId: fw.bank.partyId, holderId: fw.bank.partyId, pledgeeId: null });
  // With title, the bank can surrender the bill for the goods.
  must(await fw.bills.act(fw.bank, bill.number, { type: 'SURRENDER_FOR_DELIVERY' }), 'bank surrenders the bill');
  expect(must(await fw.financing.close(fw.bank, loan.number), 'close').state).toBe('closed');
  // Interest stopped when the bank took the collateral: a month later the position is the same.
  const atClosure = must(await fw.financing.position(fw.bank, loan.number), 'position');
  fw.world.clock.set('2026-07-01T08:00:00Z');
  const later = must(await fw.financing.position(fw.bank, loan.number), 'position later');
  expect(later.interest?.accrued).toEqual(atClosure.interest?.accrued);
  expect(later.interest?.days).toBe(atClosure.interest?.days);
});

it('keeps the bill and the loan together when the pledge fails: neither changes', async () => {
  const { loan, bill } = await approvedPledgeLoan(fw);
  // The exporter endorses the bill away behind the bank's back: it no longer owns it to pledge.
  must(await fw.bills.act(fw.exporter, bill.number, { type: 'ENDORSE', to: fw.buyer.partyId }), 'endorse');
  must(await fw.bills.act(fw.buyer, bill.number, { type: 'ACCEPT_ENDORSEMENT' }), 'accept');
  const r = await fw.financing.registerPledge(fw.bank, loan.number);
  expect(!r.ok && r.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'bill-control' });
  expect(!r.ok && r.error[0].message).toContain(`bill ${bill.number}`);
  expect((await fw.financing.find(fw.bank, loan.number))?.state).toBe('approved');
  expect(await billControl(bill.number)).toMatchObject({ pledgeeId: null, holderId: fw.buyer.partyId });
});
