/**
 * A loan in another currency than its goods: EUR borrowed against USD motorcycle parts on a rail
 * bill (铁路提单) to Duisburg. Rates come from the table held on the clock, never live; every amount
 * is shown in both currencies.
 */
import type { FinancingContext } from '../../machines/financing.machine';
import { DEFAULT_RATE_TABLE, type RateTable } from '../../server/financing/rules';
import type { FinancingRecord } from '../../server/models/financing.model';
import { must } from '../support/customs';
import { type FinancingWorld, TERMS, approvedPledgeLoan, financingWorld, invoiceFor, shippedGoods } from './financing-fixtures';

/** The simulator's table, with the euro strengthening to 1.10 dollars from April 2026. */
const TABLE: RateTable = [...DEFAULT_RATE_TABLE, { base: 'EUR', quote: 'USD', rate: '1.10', from: '2026-04-01T00:00:00.000Z' }];

let fw: FinancingWorld;
beforeAll(async () => {
  fw = await financingWorld(__filename, { fxTable: TABLE });
});
afterAll(() => fw.world.close());

const contextOf = (f: FinancingRecord) => f.machine.snapshot.context as unknown as FinancingContext;

it('approves a EUR loan against USD goods on a rail bill, showing every amount in both currencies', async () => {
  const { loan, bill } = await approvedPledgeLoan(fw, { route: 'rail', currency: 'EUR' });
  expect(bill.document.legs.map((l) => l.mode)).toContain('rail');
  expect(bill.document.legs.every((l) => l.mode !== 'sea')).toBe(true);
  expect(loan).toMatchObject({ currency: 'EUR', goodsCurrency: 'USD' });
  // 22,020.00 USD at 1 / 1.08 = 20,388.89 EUR; 80 % of that, rounded down, 16,311.11 EUR, which is
  // 17,615.9988 USD: a limit, so rounded down to 17,615.99 (the principal below is converted half-up).
  expect(loan.terms).toMatchObject({
    verifiedCargoValue: { amount: '22020.00', currency: 'USD' },
    cargoValueInLoanCurrency: { amount: '20388.89', currency: 'EUR' },
    fxRate: { from: 'USD', to: 'EUR', via: 'inverse', entries: [{ base: 'EUR', quote: 'USD', rate: '1.08' }] },
    limit: { amount: '16311.11', currency: 'EUR' },
    limitInGoodsCurrency: { amount: '17615.99', currency: 'USD' },
  });
  expect(contextOf(loan)).toMatchObject({ limit: '16311.11', currency: 'EUR' });

  must(await fw.financing.registerPledge(fw.bank, loan.number), 'pledge');
  must(await fw.financing.disburse(fw.bank, loan.number), 'disburse');
  const atStart = must(await fw.financing.position(fw.exporter, loan.number), 'position');
  expect(atStart.principal).toEqual({ loan: { amount: '16311.11', currency: 'EUR' }, goods: { amount: '17616.00', currency: 'USD' } });

  // On 15 April the table says 1.10: the same euros are worth more dollars.
  // Interest: 44 days on 16,311.11 at 4.5 % ACT/360 = 89.711105 → 89.71 EUR = 98.681 → 98.68 USD.
  fw.world.clock.set('2026-04-15T08:00:00Z');
  const later = must(await fw.financing.position(fw.bank, loan.number), 'position later');
  expect(later.fxRate).toMatchObject({ from: 'EUR', to: 'USD', rate: '1.1', via: 'direct' });
  expect(later.principal).toEqual({ loan: { amount: '16311.11', currency: 'EUR' }, goods: { amount: '17942.22', currency: 'USD' } });
  expect(later.interest?.due).toEqual({ loan: { amount: '89.71', currency: 'EUR' }, goods: { amount: '98.68', currency: 'USD' } });
  expect(later.settlementAmount?.loan).toEqual({ amount: '16400.82', currency: 'EUR' });
  const repaid = must(await fw.financing.repay(fw.exporter, loan.number, '16400.82'), 'repay');
  expect(repaid.state).toBe('repaid');
  expect(contextOf(repaid).repayments).toEqual([{ at: '2026-04-15T08:00:00.000Z', principal: '16311.11', interest: '89.71' }]);
});

it('refuses to approve in a currency the rate table cannot convert to', async () => {
  const { order, bill } = await shippedGoods(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  const applied = must(await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number, currency: 'JPY' }), 'apply');
  must(await fw.financing.startReview(fw.bank, applied.number), 'review');
  must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match');
  const r = await fw.financing.approve(fw.bank, applied.number, TERMS);
  expect(!r.ok && r.error[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'fx-rate-missing' });
  expect((await fw.financing.find(fw.bank, applied.number))?.state).toBe('underReview');
});

it('rounds the limit down in the goods currency too: 75 % of 22,075.57 USD lent in yuan is 16,556.67 USD, not .68', async () => {
  const { order, bill } = await shippedGoods(fw, { quantity: '1', unitPrice: '22075.57' });
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  const applied = must(await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number, currency: 'CNY' }), 'apply');
  must(await fw.financing.startReview(fw.bank, applied.number), 'review');
  must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match');
  const approved = must(await fw.financing.approve(fw.bank, applied.number, { ...TERMS, advanceRatePercent: '75' }), 'approve');
  // 22,075.57 USD × 7.30 = 161,151.661 → 161,151.66 CNY; 75 % = 120,863.745 → 120,863.74 CNY (down);
  // back at 1 / 7.30: 16,556.6767... USD, down to 16,556.67 (half-up would lend a cent more than 75 %).
  expect(approved.terms).toMatchObject({
    cargoValueInLoanCurrency: { amount: '161151.66', currency: 'CNY' },
    limit: { amount: '120863.74', currency: 'CNY' },
    limitInGoodsCurrency: { amount: '16556.67', currency: 'USD' },
  });
  const position = must(await fw.financing.position(fw.bank, approved.number), 'position');
  expect(position.limit).toEqual({ loan: { amount: '120863.74', currency: 'CNY' }, goods: { amount: '16556.67', currency: 'USD' } });
});
