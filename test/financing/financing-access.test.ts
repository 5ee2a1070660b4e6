/**
 * Who may do what: exporters apply and repay, banks review, approve, disburse and enforce,
 * insurers pay claims; each party sees only its own financings and invoices, trainers and
 * auditors read all and act on none.
 */
import type { Caller } from '../../server/parties/caller';
import { callerOf } from '../../server/parties/caller';
import type { Result } from '../../server/shared/result';
import type { UserError } from '../../server/shared/user-error';
import { must } from '../support/customs';
import { type FinancingWorld, TERMS, disbursedPledgeLoan, financingWorld, invoiceFor, shippedGoods } from './financing-fixtures';

let fw: FinancingWorld;
let secondBank: Caller;
beforeAll(async () => {
  fw = await financingWorld(__filename);
  secondBank = callerOf(must(await fw.world.parties.create({ code: 'HK-BANK', name: 'Harbour Trade Bank', roles: ['bank'], country: 'HK' }, false), 'bank'));
});
afterAll(() => fw.world.close());

const codeOf = (r: Result<unknown, UserError[]>) => (r.ok ? 'OK' : r.error[0]!.code);

it('lets only the seller issue and correct an invoice, and shows it to the buyer and the banks applied to', async () => {
  const { order, bill } = await shippedGoods(fw);
  expect(codeOf(await fw.invoices.issue(fw.buyer, invoiceFor(order)))).toBe('FORBIDDEN');
  expect(codeOf(await fw.invoices.issue(fw.otherExporter, invoiceFor(order)))).toBe('NOT_FOUND');
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  expect(invoice).toMatchObject({ sellerId: order.sellerId, buyerId: order.buyerId, content: { total: '22020.00', currency: 'USD', origin: 'CNCKG', destination: 'SGSIN' } });
  expect((await fw.invoices.find(fw.buyer, invoice.number))?.number).toBe(invoice.number);
  expect(await fw.invoices.find(fw.otherBuyer, invoice.number)).toBeNull();
  expect(await fw.invoices.find(fw.bank, invoice.number)).toBeNull();
  expect(codeOf(await fw.invoices.correct(fw.buyer, invoice.number, invoiceFor(order), 'buyer wants a discount'))).toBe('FORBIDDEN');
  const noReason = await fw.invoices.correct(fw.exporter, invoice.number, invoiceFor(order), ' ');
  expect(!noReason.ok && noReason.error[0]).toMatchObject({ field: ['reason'], rule: 'required' });
  must(await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number }), 'apply');
  expect((await fw.invoices.find(fw.bank, invoice.number))?.number).toBe(invoice.number);
  expect(await fw.invoices.find(secondBank, invoice.number)).toBeNull();
});

it('lets only the seller apply, against goods it controls, to a bank', async () => {
  const { order, bill } = await shippedGoods(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  const input = { kind: 'billPledge' as const, bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number };
  expect(codeOf(await fw.financing.apply(fw.buyer, input))).toBe('FORBIDDEN');
  expect(codeOf(await fw.financing.apply(fw.bank, input))).toBe('FORBIDDEN');
  const notTheirs = await fw.financing.apply(fw.otherExporter, input);
  expect(!notTheirs.ok && notTheirs.error.map((e) => e.rule)).toEqual(['known-bill', 'known-invoice']);
  const toImporter = await fw.financing.apply(fw.exporter, { ...input, bank: fw.buyer.partyId });
  expect(!toImporter.ok && toImporter.error[0]).toMatchObject({ field: ['input', 'bank'], rule: 'bank-party' });
});

it('lets each party act only in its own role on its own financing', async () => {
  const { loan } = await disbursedPledgeLoan(fw);
  const n = loan.number;
  // banks' actions
  expect(codeOf(await fw.financing.disburse(fw.exporter, n))).toBe('FORBIDDEN');
  expect(codeOf(await fw.financing.flagOverdue(fw.exporter, n))).toBe('FORBIDDEN');
  expect(codeOf(await fw.financing.enforce(fw.exporter, n))).toBe('FORBIDDEN');
  expect(codeOf(await fw.financing.approve(fw.exporter, n, TERMS))).toBe('FORBIDDEN');
  expect(codeOf(await fw.financing.matchDocuments(fw.exporter, n))).toBe('FORBIDDEN');
  // the exporter's
  expect(codeOf(await fw.financing.repay(fw.bank, n, '100.00'))).toBe('FORBIDDEN');
  expect(codeOf(await fw.financing.withdraw(fw.bank, n, 'no'))).toBe('FORBIDDEN');
  // the insurer's, on a loan without a policy
  expect(codeOf(await fw.financing.payClaim(fw.exporter, n))).toBe('FORBIDDEN');
  // parties of other loans see nothing of this one
  for (const stranger of [secondBank, fw.otherExporter, fw.insurer, fw.buyer]) {
    expect(codeOf(await fw.financing.disburse(stranger, n))).toBe('NOT_FOUND');
    expect(await fw.financing.find(stranger, n)).toBeNull();
  }
  // an auditor reads every financing but acts on none
  expect((await fw.financing.find(fw.auditor, n))?.number).toBe(n);
  expect(codeOf(await fw.financing.enforce(fw.auditor, n))).toBe('FORBIDDEN');
  expect(codeOf(await fw.financing.repay(fw.auditor, n, '1.00'))).toBe('FORBIDDEN');
  // the right party, in the wrong state, is told why
  const notYet = await fw.financing.enforce(fw.bank, n);
  expect(!notYet.ok && notYet.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'financing-control' });
  expect(!notYet.ok && notYet.error[0].message).toContain('cannot enforce the pledge: the financing is disbursed');
});

it('lists to each party only its own financings', async () => {
  const { loan } = await disbursedPledgeLoan(fw);
  const numbersOf = async (caller: Caller) => (await fw.financing.list(caller)).edges.map((e) => e.node.number);
  expect(await numbersOf(fw.exporter)).toContain(loan.number);
  expect(await numbersOf(fw.bank)).toContain(loan.number);
  expect(await numbersOf(fw.auditor)).toContain(loan.number);
  expect(await numbersOf(secondBank)).toEqual([]);
  expect(await numbersOf(fw.otherExporter)).toEqual([]);
  expect((await fw.financing.list(fw.bank, { state: 'disbursed' })).edges.every((e) => e.node.state === 'disbursed')).toBe(true);
});
