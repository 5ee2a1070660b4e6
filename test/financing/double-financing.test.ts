/**
 * No double financing: the same bill or the same order never backs two open loans, whichever
 * bank is asked and however the applications race; the database has the last word.
 */
import { Types } from 'mongoose';
import type { Caller } from '../../server/parties/caller';
import { callerOf } from '../../server/parties/caller';
import { must } from '../support/customs';
import { type FinancingWorld, approvedPledgeLoan, confirmedOrder, financingWorld, invoiceFor, shippedGoods } from './financing-fixtures';

let fw: FinancingWorld;
let secondBank: Caller;
beforeAll(async () => {
  fw = await financingWorld(__filename);
  secondBank = callerOf(must(await fw.world.parties.create({ code: 'SG-BANK', name: 'Straits Trade Bank', roles: ['bank'], country: 'SG' }, false), 'bank'));
});
afterAll(() => fw.world.close());

async function billWithInvoice() {
  const goods = await shippedGoods(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(goods.order)), 'invoice');
  return { ...goods, invoice };
}

it('lets one of two simultaneous applications on the same bill, to two banks, through', async () => {
  const { bill, invoice } = await billWithInvoice();
  const results = await Promise.all(
    [fw.bank, secondBank].map((bank) => fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: bank.partyId, bill: bill.number, invoice: invoice.number })),
  );
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const loser = results.find((r) => !r.ok);
  expect(loser && !loser.ok && loser.error[0].code).toMatch(/^(DUPLICATE|CONFLICT)$/);
  expect(await fw.financing.model.countDocuments({ billId: bill._id })).toBe(1);
});

it('lets one of a pre-shipment loan and a bill pledge loan on the same order through, racing', async () => {
  const { order, bill, invoice } = await billWithInvoice();
  const results = await Promise.all([
    fw.financing.apply(fw.exporter, { kind: 'preShipment', bank: fw.bank.partyId, order: order.number, invoice: invoice.number }),
    fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: secondBank.partyId, bill: bill.number, invoice: invoice.number }),
  ]);
  // The order is booked, so the pre-shipment loan is still possible: exactly one of the two wins.
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(await fw.financing.model.countDocuments({ orderId: order._id })).toBe(1);
});

it('refuses a second loan on the goods while the first is open, and allows one after it was withdrawn', async () => {
  const { order, bill, invoice } = await billWithInvoice();
  const first = must(await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number }), 'first');
  const onOrder = await fw.financing.apply(fw.exporter, { kind: 'preShipment', bank: secondBank.partyId, order: order.number, invoice: invoice.number });
  expect(!onOrder.ok && onOrder.error[0]).toMatchObject({ code: 'DUPLICATE', rule: 'no-double-financing' });
  expect(!onOrder.ok && onOrder.error[0].message).toContain(first.number);
  must(await fw.financing.withdraw(fw.exporter, first.number, 'better terms elsewhere'), 'withdraw');
  const second = must(await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: secondBank.partyId, bill: bill.number, invoice: invoice.number }), 'second');
  expect(second.state).toBe('applied');
});

it('has the database refuse an open financing that slipped past the service’s check', async () => {
  const { loan } = await approvedPledgeLoan(fw);
  const stored = (await fw.financing.model.findById(loan._id).lean())!;
  const copy = { ...stored, _id: new Types.ObjectId(), number: `${stored.number}-COPY` };
  await expect(fw.financing.model.collection.insertOne(copy)).rejects.toMatchObject({ code: 11000 });
  // A closed (final) one does not count: the goods are free again.
  await expect(fw.financing.model.collection.insertOne({ ...copy, state: 'closed' })).resolves.toBeTruthy();
});

it('returns the bill to the exporter when it withdraws after the pledge, in the same transaction', async () => {
  const { loan, bill } = await approvedPledgeLoan(fw);
  must(await fw.financing.registerPledge(fw.bank, loan.number), 'pledge');
  const withdrawn = must(await fw.financing.withdraw(fw.exporter, loan.number, 'sold the receivable instead'), 'withdraw');
  expect(withdrawn.state).toBe('withdrawn');
  expect((await fw.bills.model.findById(bill._id).lean())?.machine.snapshot.context).toMatchObject({ holderId: fw.exporter.partyId, pledgeeId: null });
});

it('finances a confirmed order before shipment on the order and invoice alone', async () => {
  const order = await confirmedOrder(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  const applied = must(await fw.financing.apply(fw.exporter, { kind: 'preShipment', bank: fw.bank.partyId, order: order.number, invoice: invoice.number }), 'apply');
  must(await fw.financing.startReview(fw.bank, applied.number), 'review');
  const matched = must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match');
  expect(matched.matching).toMatchObject({ result: 'passed', documents: ['order', 'invoice'], declarationNumber: null });
  must(await fw.financing.approve(fw.bank, applied.number, { advanceRatePercent: '50', annualRatePercent: '0', tenorDays: 30 }), 'approve');
  const disbursed = must(await fw.financing.disburse(fw.bank, applied.number, '11010.00'), 'disburse');
  expect(disbursed.state).toBe('disbursed');
  const tooMuch = await fw.financing.disburse(fw.bank, applied.number, '1.00');
  expect(!tooMuch.ok && tooMuch.error[0].message).toContain('cannot disburse it: the financing is disbursed');
  const repaid = must(await fw.financing.repay(fw.exporter, applied.number, '11010.00'), 'repay');
  expect(repaid.state).toBe('repaid');
  expect(must(await fw.financing.close(fw.bank, applied.number), 'close').state).toBe('closed');
});
