/**
 * A financing step on a financing this process wrote last needs no read of it (issue 18); when
 * the copy is not the financing as stored, or the caller may not see it, the answer is exactly
 * the one a read gives. Two FinancingService instances on one database stand for two processes.
 */
import { type Connection } from 'mongoose';
import { FinancingService } from '../../server/financing/financing.service';
import { Outbox } from '../../server/lifecycle/outbox';
import { monitoredConnection } from '../support/database';
import { areaServices } from '../support/world';
import { must } from '../support/customs';
import { type FinancingWorld, TERMS, financingWorld, invoiceFor, shippedGoods } from './financing-fixtures';

let fw: FinancingWorld;
let monitored: Connection;
/** This process: its commands on financings are recorded. */
let here: FinancingService;
/** This process with every service of its own (a transaction spans the loan and its bill). */
let whole: FinancingService;
const commands: string[] = [];

beforeAll(async () => {
  fw = await financingWorld(__filename);
  monitored = await monitoredConnection(fw.world.connection.name, ({ name, collection }) => {
    if (collection === 'financings') commands.push(`${name} ${collection}`);
  });
  here = new FinancingService(monitored, fw.world.clock, fw.world.outbox, { orders: fw.orders, bills: fw.bills, declarations: fw.declarations, invoices: fw.invoices, policies: fw.policies });
  await here.model.init();
  ({ financings: whole } = await areaServices({ ...fw.world, connection: monitored, outbox: new Outbox(monitored, fw.world.clock) }));
});
afterAll(async () => {
  await monitored.close();
  await fw.world.close();
});

/** A bill pledge loan applied for through the other process. */
async function appliedLoan(): Promise<string> {
  const goods = await shippedGoods(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(goods.order)), 'invoice');
  return must(await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: goods.bill.number, invoice: invoice.number }), 'apply').number;
}

async function commandsOf<T>(act: () => Promise<T>): Promise<{ commands: string[]; result: T }> {
  commands.length = 0;
  const result = await act();
  return { commands: [...commands], result };
}

const stored = (number: string) => fw.financing.model.findOne({ number }).lean();

it('writes the steps on a financing this process wrote last without reading it', async () => {
  const number = await appliedLoan();
  const review = await commandsOf(() => here.startReview(fw.bank, number));
  const match = await commandsOf(() => here.matchDocuments(fw.bank, number.toLowerCase()));
  const approve = await commandsOf(() => here.approve(fw.bank, number, TERMS));
  expect([review, match, approve].map((c) => c.commands)).toEqual([['find financings', 'findAndModify financings'], ['findAndModify financings'], ['findAndModify financings']]);
  expect(approve.result.ok && approve.result.value).toMatchObject({ state: 'approved', version: 4, matching: { result: 'passed' } });
  expect(await stored(number)).toMatchObject({ state: 'approved', version: 4 });
});

it('answers from the financing as read when another process changed it since', async () => {
  const number = await appliedLoan();
  must(await here.startReview(fw.bank, number), 'review');
  must(await fw.financing.reject(fw.bank, number, 'not our sector'), 'reject elsewhere');
  // The copy (under review) lets the bank match: the write matches nothing, and the read refuses.
  const stale = await commandsOf(() => here.matchDocuments(fw.bank, number));
  expect(stale.commands).toEqual(['findAndModify financings', 'find financings']);
  expect(stale.result).toEqual(await fw.financing.matchDocuments(fw.bank, number));
  expect(stale.result.ok).toBe(false);
  expect(await stored(number)).toMatchObject({ state: 'rejected', version: 3 });
});

it('answers a party that may not see the financing NOT_FOUND, and one in the wrong role FORBIDDEN, as a read does', async () => {
  const number = await appliedLoan();
  must(await here.startReview(fw.bank, number), 'review');
  for (const [caller, code] of [[fw.otherExporter, 'NOT_FOUND'], [fw.insurer, 'NOT_FOUND'], [fw.exporter, 'FORBIDDEN'], [fw.auditor, 'FORBIDDEN']] as const) {
    const r = await here.matchDocuments(caller, number);
    expect(r).toEqual(await fw.financing.matchDocuments(caller, number));
    expect(!r.ok && r.error[0].code).toBe(code);
  }
  expect(await stored(number)).toMatchObject({ state: 'underReview', version: 2 });
});

it('lets exactly one of two racing steps on the same copy win', async () => {
  const number = await appliedLoan();
  must(await here.startReview(fw.bank, number), 'review');
  const results = await Promise.all([here.reject(fw.bank, number, 'first'), here.reject(fw.bank, number, 'second')]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(await stored(number)).toMatchObject({ state: 'rejected', version: 3 });
});

it('remembers a financing written in a committed transaction (application, pledge) and starts the next step from it', async () => {
  const goods = await shippedGoods(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(goods.order)), 'invoice');
  const number = must(await whole.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: goods.bill.number, invoice: invoice.number }), 'apply').number;
  const review = await commandsOf(() => whole.startReview(fw.bank, number));
  must(await whole.matchDocuments(fw.bank, number), 'match');
  must(await whole.approve(fw.bank, number, TERMS), 'approve');
  const pledge = await commandsOf(() => whole.registerPledge(fw.bank, number));
  const disburse = await commandsOf(() => whole.disburse(fw.bank, number));
  expect([review, pledge, disburse].map((c) => c.commands)).toEqual([['findAndModify financings'], ['findAndModify financings'], ['findAndModify financings']]);
  expect(disburse.result.ok && disburse.result.value).toMatchObject({ state: 'disbursed', version: 6 });
  expect(await stored(number)).toMatchObject({ state: 'disbursed', version: 6 });
  // A repayment on the copy: the running loan's position needs no history.
  fw.world.clock.set('2026-04-15T08:00:00Z');
  const settlement = must(await fw.financing.position(fw.exporter, number), 'position').settlementAmount!.loan.amount;
  const repay = await commandsOf(() => whole.repay(fw.exporter, number, settlement));
  expect(repay.commands).toEqual(['findAndModify financings']);
  expect(repay.result.ok && repay.result.value).toMatchObject({ state: 'repaid', version: 7 });
  expect(must(await fw.financing.position(fw.exporter, number), 'position after').settlementAmount!.loan.amount).toBe('0.00');
});

it('does not remember what a transaction that aborted wrote: the next step reads the financing', async () => {
  const number = await appliedLoan();
  must(await whole.startReview(fw.bank, number), 'review');
  must(await whole.matchDocuments(fw.bank, number), 'match');
  must(await whole.approve(fw.bank, number, TERMS), 'approve');
  // Elsewhere the exporter hands the bill on: the loan's transition is written, the pledge refused, and the transaction aborts.
  const bill = (await fw.financing.model.findOne({ number }).lean())!.billNumber!;
  must(await fw.bills.act(fw.exporter, bill, { type: 'TRANSFER', to: fw.buyer.partyId }), 'transfer elsewhere');
  // On the copy, then (a failure) again on the financing as read.
  const pledge = await commandsOf(() => whole.registerPledge(fw.bank, number));
  expect(pledge.result.ok).toBe(false);
  expect(pledge.commands).toEqual(['findAndModify financings', 'find financings', 'findAndModify financings']);
  expect(await stored(number)).toMatchObject({ state: 'approved', version: 4 });
  const again = await commandsOf(() => whole.registerPledge(fw.bank, number));
  expect(again.commands).toEqual(['find financings', 'findAndModify financings']);
  expect(again.result).toEqual(pledge.result);
});
