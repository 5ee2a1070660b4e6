/**
 * Trade financing over GraphQL for e2e tests, with the demo tokens as a client would send them:
 * shipped goods (a booked order, its export released, a to-order bill issued to the exporter),
 * the commercial invoice of the order, and each financing mutation as one call.
 */
import { CustomsFixtures, type UserErrorView } from './customs-fixtures';
import { type GraphQLResponse, type ServerAddress, dataOf, graphql } from './graphql-client';
import { type BookedRef, OrderFixtures, READER } from './order-fixtures';

export type { UserErrorView };

export interface MoneyView {
  amount: string;
  currency: string;
}
export interface BothView {
  loan: MoneyView;
  goods: MoneyView;
}
export interface MismatchView {
  field: string;
  rule: string;
  documents: string[];
  values: string[];
  message: string;
}
export interface FinancingView {
  number: string;
  state: string;
  chineseState: string;
  currency: string;
  goodsCurrency: string;
  allowedEvents: string[];
  matching: { result: string; invoiceRevision: number; documents: string[]; cargoValue: MoneyView | null } | null;
  mismatches: MismatchView[];
  terms: { cargoValue: BothView; limit: BothView; fxRate: { rate: string; via: string } } | null;
  repayments: Array<{ at: string; principal: MoneyView; interest: MoneyView }>;
  maturityDate: string | null;
  claim: { payout: MoneyView; payoutInLoanCurrency: MoneyView; payee: { code: string } } | null;
  bill: { number: string; holder: { code: string } | null; pledgee: { code: string } | null } | null;
}
export interface InvoiceView {
  number: string;
  revision: number;
  version: number;
  total: MoneyView;
}
export interface BillControlView {
  number: string;
  holder: { code: string } | null;
  beneficiary: { code: string } | null;
  pledgee: { code: string } | null;
}

const M = 'amount currency';
export const FINANCING_FIELDS = `number state chineseState currency goodsCurrency allowedEvents maturityDate
  matching { result invoiceRevision documents cargoValue { ${M} } }
  mismatches { field rule documents values message }
  terms { cargoValue { loan { ${M} } goods { ${M} } } limit { loan { ${M} } goods { ${M} } } fxRate { rate via } }
  repayments { at principal { ${M} } interest { ${M} } }
  claim { payout { ${M} } payoutInLoanCurrency { ${M} } payee { code } }
  bill { number holder { code } pledgee { code } }`;

const INVOICE_FIELDS = `number revision version total { ${M} }`;
const ERRORS = 'userErrors { code field rule message }';

/** The argument types of the financing mutations, so each document is built from the variables sent. */
const ARG_TYPES: Record<string, string> = { number: 'String!', reason: 'String!', amount: 'Decimal' };
const INPUT_TYPES: Record<string, string> = {
  applyForFinancing: 'ApplyForFinancingInput!',
  approveFinancing: 'ApproveFinancingInput!',
  repayFinancing: 'RepayFinancingInput!',
};

type Payload = { financing: FinancingView | null; userErrors: UserErrorView[] };

export class FinancingFixtures {
  readonly customs: CustomsFixtures;

  constructor(
    readonly server: ServerAddress,
    readonly orders: OrderFixtures,
  ) {
    this.customs = new CustomsFixtures(server);
  }

  call<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return this.orders.call<T>(token, query, variables);
  }

  /** Booked, declared and released for export, with a to-order bill drafted, approved and issued to CQ-MOTO. */
  async shippedGoods(): Promise<BookedRef & { bill: string }> {
    const order = await this.orders.booked();
    await this.customs.releaseExport(order.id);
    const drafted = await this.bill('demo-forwarder', 'mutation($input: DraftBillInput!) { draftBill(input: $input) { bill { number } userErrors { message } } }', {
      input: { shipment: order.shipmentNumber, billType: 'TO_ORDER' },
    });
    await this.bill('demo-exporter', 'mutation($n: String!) { approveBill(number: $n) { bill { number } userErrors { message } } }', { n: drafted });
    await this.bill('demo-forwarder', 'mutation($n: String!) { issueBill(number: $n) { bill { number } userErrors { message } } }', { n: drafted });
    return { ...order, bill: drafted };
  }

  private async bill(token: string, query: string, variables: Record<string, unknown>): Promise<string> {
    const data = await this.call<Record<string, { bill: { number: string } | null; userErrors: unknown[] }>>(token, query, variables);
    const [out] = Object.values(data);
    if (!out?.bill) throw new Error(`bill step failed: ${JSON.stringify(out?.userErrors)}`);
    return out.bill.number;
  }

  /** The IssueInvoiceInput that agrees with the order line for line; `unitPrice` overrides every line's price. */
  async invoiceInput(orderId: string, unitPrice?: string): Promise<Record<string, unknown>> {
    const { order } = await this.call<{ order: { number: string; currency: string; lines: Array<Record<string, string>> } }>(
      READER,
      'query($id: ID!) { order(id: $id) { number currency lines { hsCode description quantity unit unitPrice } } }',
      { id: orderId },
    );
    const lines = order.lines.map((l) => ({ ...l, unitPrice: unitPrice ?? l.unitPrice }));
    return { order: order.number, number: `INV-${order.number}`, currency: order.currency, lines };
  }

  /** The exporter issues the invoice; throws on any userError. */
  async issueInvoice(input: Record<string, unknown>): Promise<InvoiceView> {
    const r = await this.call<{ issueInvoice: { invoice: InvoiceView | null; userErrors: UserErrorView[] } }>(
      'demo-exporter',
      `mutation($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ${INVOICE_FIELDS} } ${ERRORS} } }`,
      { input },
    );
    if (!r.issueInvoice.invoice) throw new Error(`issueInvoice: ${JSON.stringify(r.issueInvoice.userErrors)}`);
    return r.issueInvoice.invoice;
  }

  /** The seller corrects the invoice; the payload as it came. */
  async correctInvoice(number: string, content: Record<string, unknown>, reason: string, expectedVersion: number) {
    const r = await this.call<{ correctInvoice: { invoice: (InvoiceView & { previous: Array<{ revision: number; total: MoneyView; reason: string }> }) | null; userErrors: UserErrorView[] } }>(
      'demo-exporter',
      `mutation($n: String!, $content: InvoiceContentInput!, $reason: String!, $v: Int) {
        correctInvoice(number: $n, content: $content, reason: $reason, expectedVersion: $v) { invoice { ${INVOICE_FIELDS} previous { revision total { ${M} } reason } } ${ERRORS} } }`,
      { n: number, content, reason, v: expectedVersion },
    );
    return r.correctInvoice;
  }

  /** One financing mutation over HTTP, as sent; the response as it came. */
  send(token: string, mutation: string, variables: Record<string, unknown>): Promise<GraphQLResponse<Record<string, Payload>>> {
    const names = Object.keys(variables);
    const type = (n: string) => (n === 'input' ? INPUT_TYPES[mutation] : ARG_TYPES[n]);
    const query = `mutation(${names.map((n) => `$${n}: ${type(n)}`).join(', ')}) {
      ${mutation}(${names.map((n) => `${n}: $${n}`).join(', ')}) { financing { ${FINANCING_FIELDS} } ${ERRORS} } }`;
    return graphql<Record<string, Payload>>(this.server, query, { token, variables });
  }

  /** The payload of a mutation that answered with data (success or userErrors). */
  async attempt(token: string, mutation: string, variables: Record<string, unknown>): Promise<Payload> {
    return dataOf(await this.send(token, mutation, variables))[mutation]!;
  }

  /** A mutation that must succeed: the financing after it. */
  async act(token: string, mutation: string, variables: Record<string, unknown>): Promise<FinancingView> {
    const payload = await this.attempt(token, mutation, variables);
    if (payload.userErrors.length > 0 || !payload.financing) throw new Error(`${mutation} by ${token} failed: ${JSON.stringify(payload.userErrors)}`);
    return payload.financing;
  }

  /** The exporter applies for a bill pledge loan on the bill with the invoice, with the demo bank. */
  apply(bill: string, invoice: string, extra: Record<string, unknown> = {}): Promise<FinancingView> {
    return this.act('demo-exporter', 'applyForFinancing', { input: { kind: 'BILL_PLEDGE', bank: this.orders.partyId('CQ-BANK'), bill, invoice, ...extra } });
  }

  /** The bank starts the review and matches the four documents. */
  async reviewAndMatch(number: string): Promise<FinancingView> {
    await this.act('demo-bank', 'startFinancingReview', { number });
    return this.act('demo-bank', 'matchFinancingDocuments', { number });
  }

  /** Shipped goods, invoiced, applied for, matched and approved on 80 % at 4.5 % for 90 days. */
  async approvedLoan(extra: Record<string, unknown> = {}): Promise<{ goods: BookedRef & { bill: string }; loan: FinancingView }> {
    const goods = await this.shippedGoods();
    const invoice = await this.issueInvoice(await this.invoiceInput(goods.id));
    const applied = await this.apply(goods.bill, invoice.number, extra);
    await this.reviewAndMatch(applied.number);
    const loan = await this.act('demo-bank', 'approveFinancing', { input: { financing: applied.number, ...TERMS } });
    return { goods, loan };
  }

  /** The financing's position now, as `token` reads it. */
  async position(token: string, number: string) {
    const { financing } = await this.call<{ financing: { position: PositionView } | null }>(token, `query($n: String!) { financing(reference: $n) { position { ${POSITION_FIELDS} } } }`, { n: number });
    if (!financing) throw new Error(`financing ${number} is not readable by ${token}`);
    return financing.position;
  }

  /** The bill's control as the auditor reads it. */
  async billControl(number: string): Promise<BillControlView> {
    const { bill } = await this.call<{ bill: BillControlView }>(READER, 'query($n: String!) { bill(number: $n) { number holder { code } beneficiary { code } pledgee { code } } }', { n: number });
    return bill;
  }
}

/** The usual terms: 80 % of the cargo value at 4.5 % a year for 90 days. */
export const TERMS = { advanceRatePercent: '80', annualRatePercent: '4.5', tenorDays: 90 };

export interface PositionView {
  at: string;
  fxRate: { from: string; to: string; rate: string; exactRate: string; via: string };
  limit: BothView | null;
  principal: BothView | null;
  outstandingPrincipal: BothView | null;
  interest: { days: number; periods: Array<{ from: string; to: string; days: number; principal: string; interest: string }>; accrued: BothView; paid: BothView; due: BothView } | null;
  settlementAmount: BothView | null;
}

const BOTH = `loan { ${M} } goods { ${M} }`;
export const POSITION_FIELDS = `at fxRate { from to rate exactRate via } limit { ${BOTH} } principal { ${BOTH} } outstandingPrincipal { ${BOTH} }
  interest { days periods { from to days principal interest } accrued { ${BOTH} } paid { ${BOTH} } due { ${BOTH} } } settlementAmount { ${BOTH} }`;
