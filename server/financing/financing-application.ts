/**
 * An exporter applies to a bank: against a bill it owns and controls (提单质押融资, rail bills the
 * same), against a confirmed order before shipment (订单融资), or with an export credit insurance
 * policy behind the loan (信保融资). The invoice and the policy become readable by the bank. No
 * goods back two open loans: the database's partial unique indexes decide, even under a race.
 */
import { Types } from 'mongoose';
import { billMachine, billRefusal } from '../../machines/bill.machine';
import { FINANCING_KINDS, type FinancingKind, financingInputRefusal } from '../../machines/financing.machine';
import { readCurrency } from '../customs/rules/inputs';
import type { BillRecord } from '../models/bill.model';
import { nextSequence } from '../models/counter.model';
import type { CreditPolicyRecord } from '../models/credit-policy.model';
import { type FinancingRecord, OPEN_FINANCING_STATES } from '../models/financing.model';
import type { OrderRecord, OrderTerms } from '../models/order.model';
import { type Caller, hasRole } from '../parties/caller';
import { type Result, fail, ok } from '../shared/result';
import { inTransaction } from '../shared/transaction';
import { type UserError, fieldError, forbidden } from '../shared/user-error';
import { type FinancingCore, businessRule } from './financing-core';
import { machineContext } from '../lifecycle/snapshot';

export interface ApplyForFinancingInput {
  kind: FinancingKind;
  /** the bank's party id */
  bank: string;
  /** the bill's number or id: a bill pledge, or the insured shipment's bill */
  bill?: string | null;
  /** the order's number or id: a pre-shipment loan, or the insured shipment's order */
  order?: string | null;
  /** the commercial invoice of the order, by number or id */
  invoice: string;
  /** the export credit insurance policy behind the loan, by number or id */
  policy?: string | null;
  /** the currency to borrow in; the goods' currency when left out */
  currency?: string | null;
}

/** A pre-shipment loan finances goods not yet shipped: the order is agreed, at most booked. */
const PRE_SHIPMENT_ORDER_STATES = ['confirmed', 'booked'];

interface Backing {
  /**
   * The order's terms of sale; its state only where a rule needs it (a pre-shipment loan, or an
   * order the input names), and then as stored now.
   */
  order: OrderTerms & { state?: OrderRecord['state'] };
  bill: BillRecord | null;
  policy: CreditPolicyRecord | null;
}

/** The bill, order and policy the input names, each checked to be the caller's; errors name the input field. */
async function resolveBacking(core: FinancingCore, caller: Caller, input: ApplyForFinancingInput, errors: UserError[]): Promise<Backing | null> {
  const { orders, bills, policies } = core.deps;
  let bill: BillRecord | null = null;
  let order: Backing['order'] | null = null;
  if (input.bill) {
    bill = await bills.find(caller, input.bill);
    if (!bill) errors.push(fieldError(['input', 'bill'], 'known-bill', `bill '${input.bill}' does not exist or is not yours to see`));
    // Behind a bill only the terms of sale are checked (a copy serves them, orders/order.service.ts), unless the state decides.
    else order = input.kind === 'preShipment' ? await orders.model.findById(bill.orderId).lean() : await orders.termsOfSale(bill.orderId);
  }
  if (input.order) {
    const named = await orders.find(caller, input.order);
    if (!named) errors.push(fieldError(['input', 'order'], 'known-order', `order '${input.order}' does not exist or is not yours to see`));
    else if (order && String(order._id) !== String(named._id)) errors.push(fieldError(['input', 'order'], 'order-of-bill', `bill ${bill!.number} carries order ${order.number}, not ${named.number}`));
    else order = named;
  }
  let policy: CreditPolicyRecord | null = null;
  if (input.policy) {
    policy = await policies.find(caller, input.policy);
    if (!policy) errors.push(fieldError(['input', 'policy'], 'known-policy', `policy '${input.policy}' does not exist or is not yours to see`));
  }
  if (!order) {
    if (!input.bill && !input.order) errors.push(fieldError(['input', 'bill'], 'required', 'name the bill or the order the loan stands on'));
    return null;
  }
  return { order, bill, policy };
}

/** Whether the caller may borrow against these goods, as the kind of financing requires. */
function backingRefusal(caller: Caller, kind: FinancingKind, bankId: string, { order, bill, policy }: Backing): UserError | null {
  if (String(order.sellerId) !== caller.partyId) return forbidden(`order ${order.number}: only its seller borrows against its goods`);
  if (kind === 'billPledge' && bill) {
    // The bill's own pledge rule, asked now: a bill the exporter does not own and control, or one
    // pledged already, would fail at pledge registration after the bank's whole review.
    const why = billRefusal(bill.state as never, machineContext(billMachine, bill), { type: 'PLEDGE', by: caller.partyId, bank: bankId });
    if (why) return businessRule('bill-pledgeable', `bill ${bill.number} cannot back a pledge loan: ${why}`, ['input', 'bill']);
  }
  if (kind === 'preShipment' && !PRE_SHIPMENT_ORDER_STATES.includes(order.state ?? 'unknown')) {
    return businessRule('order-before-shipment', `order ${order.number} is ${order.state}: a pre-shipment loan finances a confirmed order before its goods ship`, ['input', 'order']);
  }
  if (policy) {
    if (String(policy.exporterId) !== caller.partyId) return forbidden(`policy ${policy.number}: only the insured exporter borrows with it`);
    if (!policy.shipments.some((s) => String(s.orderId) === String(order._id))) {
      return businessRule('shipment-not-insured', `policy ${policy.number} insures no shipment of order ${order.number}: declare it to the insurer first (出运申报)`, ['input', 'policy']);
    }
  }
  return null;
}

export async function applyForFinancing(core: FinancingCore, caller: Caller, input: ApplyForFinancingInput): Promise<Result<FinancingRecord, UserError[]>> {
  if (!hasRole(caller, 'exporter')) return fail([forbidden('only an exporter applies for trade financing')]);
  const errors: UserError[] = [];
  if (!(FINANCING_KINDS as readonly string[]).includes(input.kind)) errors.push(fieldError(['input', 'kind'], 'financing-kind', `must be one of ${FINANCING_KINDS.join(', ')}`));
  const bank = await core.deps.orders.parties.inRole(input.bank, 'bank', ['input', 'bank']);
  if (!bank.ok) errors.push(bank.error);
  const currency = input.currency ? readCurrency(errors, ['input', 'currency'], input.currency) : undefined;
  const backing = await resolveBacking(core, caller, input, errors);
  const invoice = await core.deps.invoices.find(caller, input.invoice);
  if (!invoice) errors.push(fieldError(['input', 'invoice'], 'known-invoice', `invoice '${input.invoice}' does not exist or is not yours to see`));
  else if (backing && String(invoice.orderId) !== String(backing.order._id)) {
    errors.push(fieldError(['input', 'invoice'], 'invoice-of-order', `invoice ${invoice.number} bills order ${invoice.orderNumber}, not ${backing.order.number}`));
  }
  if (errors.length > 0 || !bank.ok || !backing || !invoice) return fail(errors);
  const { order, bill, policy } = backing;
  const refused = backingRefusal(caller, input.kind, input.bank, backing);
  if (refused) return fail([refused]);
  const machineInput = {
    kind: input.kind,
    exporterId: caller.partyId,
    bankId: input.bank,
    billId: bill ? String(bill._id) : null,
    orderId: String(order._id),
    insurance: policy ? { policyId: String(policy._id), insurerId: String(policy.insurerId) } : null,
  };
  const why = financingInputRefusal(machineInput);
  if (why) return fail([businessRule('financing-input', why)]);
  const open = await core.model.findOne({ $or: [{ orderId: order._id }, ...(bill ? [{ billId: bill._id }] : [])], state: { $in: OPEN_FINANCING_STATES } }, { number: 1 }).lean();
  if (open) return fail([doubleFinancing(order, bill, open.number)]);

  const now = core.clock.now();
  const serial = await nextSequence(core.connection, `financing-${now.getUTCFullYear()}`);
  const bankId = bank.value._id;
  const data = {
    _id: new Types.ObjectId(),
    number: `FIN-${now.getUTCFullYear()}-${String(serial).padStart(6, '0')}`,
    kind: input.kind,
    exporterId: caller.party._id,
    bankId,
    insurerId: policy?.insurerId ?? null,
    policyId: policy?._id ?? null,
    policyNumber: policy?.number ?? null,
    orderId: order._id,
    orderNumber: order.number,
    billId: bill?._id ?? null,
    billNumber: bill?.number ?? null,
    invoiceId: invoice._id,
    invoiceNumber: invoice.number,
    currency: currency?.code ?? order.currency,
    goodsCurrency: order.currency,
    matching: null,
    terms: null,
    claim: null,
    parties: [caller.party._id, bankId, ...(policy ? [policy.insurerId] : [])],
    createdAt: now,
  };
  try {
    return await inTransaction(core.connection, async (session) => {
      const created = await core.lifecycle.create(data, machineInput, { partyId: caller.partyId, role: 'exporter' }, session);
      core.rememberWritten(created, session);
      await core.deps.invoices.showTo(invoice._id, bankId, session);
      if (policy) await core.deps.policies.showTo(policy._id, bankId, session);
      return ok(created);
    });
  } catch (err) {
    // The other of two simultaneous applications on the same goods won the unique index.
    if ((err as { code?: number }).code !== 11000) throw err;
    return fail([doubleFinancing(order, bill, null)]);
  }
}

function doubleFinancing(order: OrderTerms, bill: BillRecord | null, other: string | null): UserError {
  const goods = bill ? `bill ${bill.number} (order ${order.number})` : `order ${order.number}`;
  return { code: 'DUPLICATE', rule: 'no-double-financing', message: `${goods} already backs ${other ? `financing ${other}` : 'an open financing'}: the same goods never back two open loans` };
}
