/**
 * Trade financing over HTTP with the demo tokens, as the README walks it: a bill pledge loan in
 * yuan against dollar goods from application to closure, with interest to the fen against a
 * hand-computed ACT/360 figure; a four-document matching that fails until the invoice is
 * corrected; default ending in enforcement, and in an insurance claim paid to the bank; who may
 * do what; and two applications racing for the same bill.
 */
import { CHINESE_FINANCING_STATES } from '../../machines/financing.machine';
import { screamingCase } from '../../server/shared/names';
import type { RunningServer } from '../../server/start';
import { FINANCING_FIELDS, FinancingFixtures, TERMS } from '../support/financing-fixtures';
import { errorCodes, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';

const START = '2026-03-02T08:00:00Z';
const clock = testClock(new Date(START));
let server: RunningServer;
let fx: FinancingFixtures;

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  fx = new FinancingFixtures(server, await OrderFixtures.open(server, '2026-03-02'));
});
// Every test builds its goods at the start of the scenario; some move the clock past maturity.
beforeEach(() => clock.set(START));
afterAll(async () => {
  await stopTestServer(server);
});

const bankId = () => fx.orders.partyId('CQ-BANK');

it('names every FinancingState value with its Chinese term', async () => {
  const { __type } = await fx.call<{ __type: { enumValues: Array<{ name: string; description: string }> } }>(
    'demo-auditor',
    '{ __type(name: "FinancingState") { enumValues { name description } } }',
  );
  const expected = Object.entries(CHINESE_FINANCING_STATES).map(([state, chinese]) => [screamingCase(state), chinese]);
  expect(__type.enumValues.map((v) => [v.name, v.description.split(' — ')[0]])).toEqual(expected);
});

it('lends yuan against a pledged bill from application to closure, with ACT/360 interest to the fen', async () => {
  const goods = await fx.shippedGoods();
  const invoice = await fx.issueInvoice(await fx.invoiceInput(goods.id));
  expect(invoice).toMatchObject({ revision: 1, total: { amount: '22020.00', currency: 'USD' } });

  const applied = await fx.apply(goods.bill, invoice.number, { currency: 'CNY' });
  expect(applied).toMatchObject({ state: 'APPLIED', chineseState: '申请', currency: 'CNY', goodsCurrency: 'USD', allowedEvents: ['START_REVIEW', 'WITHDRAW'] });
  const n = applied.number;
  const matched = await fx.reviewAndMatch(n);
  expect(matched).toMatchObject({ state: 'UNDER_REVIEW', mismatches: [], matching: { result: 'PASSED', documents: ['ORDER', 'INVOICE', 'BILL', 'DECLARATION'], cargoValue: { amount: '22020.00', currency: 'USD' } } });

  // 22,020.00 USD × 7.30 (USD/CNY on the clock's rate table) = 160,746.00 CNY; 80 % = 128,596.80 CNY.
  const approved = await fx.act('demo-bank', 'approveFinancing', { input: { financing: n, ...TERMS } });
  expect(approved.terms).toEqual({
    cargoValue: { loan: { amount: '160746.00', currency: 'CNY' }, goods: { amount: '22020.00', currency: 'USD' } },
    limit: { loan: { amount: '128596.80', currency: 'CNY' }, goods: { amount: '17616.00', currency: 'USD' } },
    fxRate: { rate: '7.3', via: 'DIRECT' },
  });

  const pledged = await fx.act('demo-bank', 'registerFinancingPledge', { number: n });
  expect(pledged).toMatchObject({ state: 'PLEDGE_REGISTERED', chineseState: '质押登记', bill: { number: goods.bill, holder: { code: 'CQ-BANK' }, pledgee: { code: 'CQ-BANK' } } });
  expect(await fx.billControl(goods.bill)).toMatchObject({ holder: { code: 'CQ-BANK' }, beneficiary: { code: 'CQ-MOTO' }, pledgee: { code: 'CQ-BANK' } });
  expect(await fx.act('demo-bank', 'disburseFinancing', { number: n })).toMatchObject({ state: 'DISBURSED', maturityDate: '2026-05-31' });

  // 2 → 20 March, 18 days: 128,596.80 × 4.5 % × 18 / 360 = 289.3428 → 289.34 interest; the rest of 50,000.00 is principal.
  clock.set('2026-03-20T10:00:00Z');
  const partly = await fx.act('demo-exporter', 'repayFinancing', { input: { financing: n, amount: '50000.00' } });
  expect(partly.state).toBe('DISBURSED');
  expect(partly.repayments).toEqual([{ at: '2026-03-20T10:00:00.000Z', principal: { amount: '49710.66', currency: 'CNY' }, interest: { amount: '289.34', currency: 'CNY' } }]);

  // 20 March → 15 April, 26 days on 78,886.14: 256.379955. Over the loan 289.3428 + 256.379955 = 545.722755 → 545.72,
  // less 289.34 paid = 256.38 due; settlement 78,886.14 + 256.38 = 79,142.52 CNY = 10,841.44 USD at 1 / 7.30.
  clock.set('2026-04-15T09:00:00Z');
  const position = await fx.position('demo-exporter', n);
  expect(position).toMatchObject({ at: '2026-04-15T09:00:00.000Z', fxRate: { from: 'CNY', to: 'USD', via: 'INVERSE' } });
  // 1 / 7.30 is shown to 10 significant digits; the conversions use it exact, to 34.
  expect(position.fxRate).toMatchObject({ rate: '0.1369863014', exactRate: '0.1369863013698630136986301369863014' });
  expect(position.interest!.periods).toEqual([
    { from: '2026-03-02', to: '2026-03-20', days: 18, principal: '128596.8', interest: '289.3428' },
    { from: '2026-03-20', to: '2026-04-15', days: 26, principal: '78886.14', interest: '256.379955' },
  ]);
  expect(position.outstandingPrincipal!.loan).toEqual({ amount: '78886.14', currency: 'CNY' });
  expect(position.interest).toMatchObject({ days: 44, accrued: { loan: { amount: '545.72' } }, paid: { loan: { amount: '289.34' } }, due: { loan: { amount: '256.38' }, goods: { currency: 'USD' } } });
  expect(position.settlementAmount).toEqual({ loan: { amount: '79142.52', currency: 'CNY' }, goods: { amount: '10841.44', currency: 'USD' } });
  const tooMuch = await fx.attempt('demo-exporter', 'repayFinancing', { input: { financing: n, amount: '79142.53' } });
  expect(tooMuch.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: ['input', 'amount'], rule: 'repayment-exceeds-balance' })]);
  const repaid = await fx.act('demo-exporter', 'repayFinancing', { input: { financing: n, amount: '79142.52' } });
  expect(repaid).toMatchObject({ state: 'REPAID', allowedEvents: ['CLOSE', 'RELEASE_COLLATERAL'] });
  expect(repaid.repayments[1]).toMatchObject({ principal: { amount: '78886.14' }, interest: { amount: '256.38' } });

  expect((await fx.attempt('demo-bank', 'closeFinancing', { number: n })).userErrors[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'financing-control' });
  expect(await fx.act('demo-bank', 'releaseFinancingCollateral', { number: n })).toMatchObject({ state: 'COLLATERAL_RELEASED', chineseState: '解除质押' });
  expect(await fx.billControl(goods.bill)).toMatchObject({ holder: { code: 'CQ-MOTO' }, beneficiary: { code: 'CQ-MOTO' }, pledgee: null });
  expect(await fx.act('demo-bank', 'closeFinancing', { number: n })).toMatchObject({ state: 'CLOSED', chineseState: '结清', allowedEvents: [] });

  const { financing } = await fx.call<{ financing: { history: Array<{ event: string }>; bill: { chain: Array<{ actionCode: string }> } } }>(
    'demo-exporter',
    'query($n: String!) { financing(reference: $n) { history { event } bill { chain { actionCode } } } }',
    { n },
  );
  expect(financing.history.map((h) => h.event)).toEqual(['CREATE', 'START_REVIEW', 'MATCH_DOCUMENTS', 'APPROVE', 'REGISTER_PLEDGE', 'DISBURSE', 'REPAY', 'REPAY', 'RELEASE_COLLATERAL', 'CLOSE']);
  expect(financing.bill.chain.map((e) => e.actionCode)).toEqual(['ISSUE', 'PLEDGE', 'RELEASE_PLEDGE']);
  const { financings } = await fx.call<{ financings: { edges: Array<{ node: { number: string } }> } }>(
    'demo-bank',
    '{ financings(first: 100, filter: { state: CLOSED, kind: BILL_PLEDGE }) { edges { node { number } } } }',
  );
  expect(financings.edges.map((e) => e.node.number)).toContain(n);
});

it('blocks approval while the invoice disagrees with the declared value, until the corrected invoice is matched again', async () => {
  const goods = await fx.shippedGoods();
  // 18.95 a piece where the order and the export declaration say 18.35: 22,740.00 against 22,020.00.
  const wrong = await fx.invoiceInput(goods.id, '18.95');
  const invoice = await fx.issueInvoice(wrong);
  const applied = await fx.apply(goods.bill, invoice.number);
  const failed = await fx.reviewAndMatch(applied.number);
  expect(failed.matching).toMatchObject({ result: 'FAILED', invoiceRevision: 1, cargoValue: null });
  expect(failed.mismatches).toEqual([
    {
      field: 'value.amount',
      rule: 'value-outside-tolerance',
      documents: ['ORDER', 'INVOICE'],
      values: [expect.stringMatching(/^22020(\.00)?$/), '22740.00'],
      message: expect.stringContaining('differs by more than 0.5 %'),
    },
  ]);
  const refused = await fx.attempt('demo-bank', 'approveFinancing', { input: { financing: applied.number, ...TERMS } });
  expect(refused.financing).toBeNull();
  expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'BUSINESS_RULE', rule: 'financing-control', message: expect.stringContaining('mismatch') })]);

  const { lines, currency } = await fx.invoiceInput(goods.id);
  const corrected = await fx.correctInvoice(invoice.number, { currency, lines }, 'unit price typed wrong', invoice.version);
  expect(corrected.invoice).toMatchObject({ revision: 2, total: { amount: '22020.00' }, previous: [{ revision: 1, total: { amount: '22740.00' }, reason: 'unit price typed wrong' }] });
  const stale = await fx.correctInvoice(invoice.number, { currency, lines }, 'again', invoice.version);
  expect(stale.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
  // The stored failed result stands until the bank matches again.
  expect((await fx.attempt('demo-bank', 'approveFinancing', { input: { financing: applied.number, ...TERMS } })).userErrors[0]?.rule).toBe('financing-control');
  expect(await fx.act('demo-bank', 'matchFinancingDocuments', { number: applied.number })).toMatchObject({ mismatches: [], matching: { result: 'PASSED', invoiceRevision: 2 } });
  const approved = await fx.act('demo-bank', 'approveFinancing', { input: { financing: applied.number, ...TERMS } });
  expect(approved).toMatchObject({ state: 'APPROVED', terms: { limit: { loan: { amount: '17616.00', currency: 'USD' } } } });
  const locked = await fx.correctInvoice(invoice.number, { currency, lines }, 'after approval', 2);
  expect(locked.userErrors).toEqual([expect.objectContaining({ code: 'BUSINESS_RULE', rule: 'invoice-financed' })]);
});

/** A disbursed loan past its maturity (31 May), flagged overdue and declared in default. */
async function defaulted(number: string): Promise<void> {
  clock.set('2026-06-01T08:00:00Z');
  expect(await fx.act('demo-bank', 'flagFinancingOverdue', { number })).toMatchObject({ state: 'OVERDUE', chineseState: '逾期' });
  expect(await fx.act('demo-bank', 'declareFinancingDefault', { number, reason: 'buyer did not pay' })).toMatchObject({ state: 'DEFAULTED', chineseState: '违约' });
}

it('enforces the pledge after a default: the bank takes title to the bill', async () => {
  const { goods, loan } = await fx.approvedLoan();
  await fx.act('demo-bank', 'registerFinancingPledge', { number: loan.number });
  await fx.act('demo-bank', 'disburseFinancing', { number: loan.number });
  clock.set('2026-05-31T20:00:00Z');
  expect((await fx.attempt('demo-bank', 'flagFinancingOverdue', { number: loan.number })).userErrors[0]).toMatchObject({ code: 'BUSINESS_RULE', rule: 'not-overdue' });
  await defaulted(loan.number);
  const enforced = await fx.act('demo-bank', 'enforceFinancingPledge', { number: loan.number });
  expect(enforced).toMatchObject({ state: 'ENFORCED', chineseState: '处置 (质物处置)' });
  expect(await fx.billControl(goods.bill)).toMatchObject({ holder: { code: 'CQ-BANK' }, beneficiary: { code: 'CQ-BANK' }, pledgee: null });
  expect(await fx.act('demo-bank', 'closeFinancing', { number: loan.number })).toMatchObject({ state: 'CLOSED' });
});

it('pays the insurance claim on a defaulted policy financing to the bank', async () => {
  const policyFields = `policy { number buyerLimits { buyer { code } approved { amount } available { amount } } shipments { orderNumber premium { amount currency } } claims { financingNumber payout { amount } payee { code } } } userErrors { code rule message }`;
  const issued = await fx.call<{ issueCreditPolicy: { policy: { number: string } } }>(
    'demo-insurer',
    `mutation($input: IssueCreditPolicyInput!) { issueCreditPolicy(input: $input) { ${policyFields} } }`,
    { input: { exporter: fx.orders.partyId('CQ-MOTO'), currency: 'USD', premiumRatePercent: '0.8', buyerLimits: [{ buyer: fx.orders.partyId('SG-LION'), amount: '100000' }] } },
  );
  const policy = issued.issueCreditPolicy.policy.number;
  const goods = await fx.shippedGoods();
  const declared = await fx.call<{ declareInsuredShipment: { policy: { buyerLimits: Array<{ available: { amount: string } }>; shipments: Array<{ premium: { amount: string } }> } } }>(
    'demo-exporter',
    `mutation($n: String!, $o: String!) { declareInsuredShipment(number: $n, order: $o) { ${policyFields} } }`,
    { n: policy, o: goods.number },
  );
  // 0.8 % of 22,020.00 USD; 100,000.00 − 22,020.00 left of the buyer's limit.
  expect(declared.declareInsuredShipment.policy).toMatchObject({ buyerLimits: [{ available: { amount: '77980.00' } }], shipments: [{ premium: { amount: '176.16' } }] });
  const invoice = await fx.issueInvoice(await fx.invoiceInput(goods.id));
  const applied = await fx.apply(goods.bill, invoice.number, { kind: 'POLICY_FINANCING', policy });
  await fx.reviewAndMatch(applied.number);
  await fx.act('demo-bank', 'approveFinancing', { input: { financing: applied.number, ...TERMS } });
  await fx.act('demo-bank', 'disburseFinancing', { number: applied.number, amount: '15000.00' });
  await defaulted(applied.number);
  // 90 % of the 22,020.00 USD the buyer left unpaid, to the bank the exporter assigned its claim to.
  const paid = await fx.act('demo-insurer', 'payFinancingClaim', { number: applied.number });
  expect(paid).toMatchObject({ state: 'CLAIM_PAID', chineseState: '理赔 (赔款转让银行)', claim: { payout: { amount: '19818.00', currency: 'USD' }, payee: { code: 'CQ-BANK' } } });
  const { creditPolicy } = await fx.call<{ creditPolicy: { claims: unknown[] } }>('demo-bank', `query($n: String!) { creditPolicy(reference: $n) { claims { financingNumber payout { amount } payee { code } } } }`, { n: policy });
  expect(creditPolicy.claims).toEqual([{ financingNumber: applied.number, payout: { amount: '19818.00' }, payee: { code: 'CQ-BANK' } }]);
  expect(await fx.act('demo-bank', 'closeFinancing', { number: applied.number })).toMatchObject({ state: 'CLOSED' });
});

it('answers actions by the wrong role with FORBIDDEN, and hides financings from strangers', async () => {
  const { goods, loan } = await fx.approvedLoan();
  const n = loan.number;
  const forbidden = async (token: string, mutation: string, variables: Record<string, unknown>) => {
    const r = await fx.send(token, mutation, variables);
    expect([mutation, token, errorCodes(r)]).toEqual([mutation, token, ['FORBIDDEN']]);
  };
  await forbidden('demo-exporter', 'disburseFinancing', { number: n });
  await forbidden('demo-exporter', 'approveFinancing', { input: { financing: n, ...TERMS } });
  await forbidden('demo-bank', 'repayFinancing', { input: { financing: n, amount: '1.00' } });
  await forbidden('demo-bank', 'withdrawFinancing', { number: n, reason: 'not the bank’s to withdraw' });
  await forbidden('demo-bank', 'payFinancingClaim', { number: n });
  await forbidden('demo-auditor', 'closeFinancing', { number: n });
  await forbidden('demo-forwarder', 'applyForFinancing', { input: { kind: 'BILL_PLEDGE', bank: bankId(), bill: goods.bill, invoice: `INV-${goods.number}` } });
  const policy = await graphql(server, 'mutation($input: IssueCreditPolicyInput!) { issueCreditPolicy(input: $input) { policy { number } userErrors { code } } }', {
    token: 'demo-exporter',
    variables: { input: { exporter: fx.orders.partyId('CQ-MOTO'), currency: 'USD', premiumRatePercent: '1', buyerLimits: [{ buyer: fx.orders.partyId('SG-LION'), amount: '1000' }] } },
  });
  expect(errorCodes(policy)).toEqual(['FORBIDDEN']);
  // Customs is no party of the loan: it neither reads nor acts on it.
  const read = `query($n: String!) { financing(reference: $n) { ${FINANCING_FIELDS} } }`;
  expect((await fx.call<{ financing: unknown }>('demo-customs', read, { n })).financing).toBeNull();
  expect((await fx.attempt('demo-customs', 'closeFinancing', { number: n })).userErrors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  expect((await fx.call<{ financing: { state: string } }>('demo-auditor', read, { n })).financing.state).toBe('APPROVED');
});

it('lets exactly one of two simultaneous applications on the same bill through', async () => {
  const goods = await fx.shippedGoods();
  const invoice = await fx.issueInvoice(await fx.invoiceInput(goods.id));
  const input = { kind: 'BILL_PLEDGE', bank: bankId(), bill: goods.bill, invoice: invoice.number };
  const results = await Promise.all([0, 1].map(() => fx.attempt('demo-exporter', 'applyForFinancing', { input })));
  expect(results.filter((r) => r.financing !== null)).toHaveLength(1);
  const loser = results.find((r) => r.financing === null)!;
  expect(loser.userErrors).toEqual([expect.objectContaining({ code: expect.stringMatching(/^(DUPLICATE|CONFLICT)$/) })]);
  const { financings } = await fx.call<{ financings: { edges: Array<{ node: { number: string; billNumber: string } }> } }>(
    'demo-exporter',
    '{ financings(first: 100) { edges { node { number billNumber } } } }',
  );
  expect(financings.edges.filter((e) => e.node.billNumber === goods.bill)).toHaveLength(1);
});
