/**
 * Export credit insurance (出口信保): the insurer issues a policy to an exporter with a credit
 * limit on each buyer; the exporter declares each shipment (出运申报), which must fit in what is
 * left of the buyer's limit and costs the premium; after the buyer defaults on a financed shipment
 * the insurer pays the claim to the financing bank (赔款转让). Only insurers issue policies and pay
 * claims; only the insured exporter declares shipments.
 */
import type { ClientSession, Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { readAmount, readCurrency } from '../customs/rules/inputs';
import { minorUnits } from '../reference/currencies';
import { nextSequence } from '../models/counter.model';
import { type CreditPolicyRecord, type PolicyClaimRecord, creditPolicyModel } from '../models/credit-policy.model';
import type { OrderService } from '../orders/order.service';
import { type Caller, hasRole } from '../parties/caller';
import { visibleTo } from '../parties/visibility';
import { isObjectIdText } from '../shared/ids';
import { Decimal, formatMoney, fromDecimal128 } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import { type ClaimPayout, DEFAULT_INDEMNITY_PERCENT, DEFAULT_RATE_TABLE, type RateTable, claimPayout, convert, declareShipment, premium } from './rules';
import { readPercent } from './rules/limits';

export interface IssuePolicyInput {
  /** the insured exporter's party id */
  exporter: string;
  currency: string;
  premiumRatePercent: string;
  /** the share of a covered loss the insurer pays; 90 % when left out */
  indemnityPercent?: string | null;
  buyerLimits: Array<{ buyer: string; amount: string }>;
}

/** Orders whose goods are sold and not called off: only those are shipped under a policy. */
const DECLARABLE_ORDER_STATES = ['confirmed', 'booked', 'inTransit', 'arrived', 'onHold'];

const rule = (r: string, message: string, field?: string[]): UserError => ({ code: 'BUSINESS_RULE', rule: r, message, ...(field ? { field } : {}) });

export class CreditPolicyService {
  readonly model: Model<CreditPolicyRecord>;

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly orders: OrderService,
    private readonly fxTable: RateTable = DEFAULT_RATE_TABLE,
  ) {
    this.model = creditPolicyModel(connection);
  }

  async issue(caller: Caller, input: IssuePolicyInput): Promise<Result<CreditPolicyRecord, UserError[]>> {
    if (!hasRole(caller, 'insurer')) return fail([forbidden('only an export credit insurer issues credit insurance policies')]);
    const errors: UserError[] = [];
    const exporter = await this.orders.parties.inRole(input.exporter, 'exporter', ['input', 'exporter']);
    if (!exporter.ok) errors.push(exporter.error);
    const currency = readCurrency(errors, ['input', 'currency'], input.currency);
    readPercent(errors, ['input', 'premiumRatePercent'], input.premiumRatePercent, 'premium-rate', { says: 'above 0 and below 100', holds: (v) => v.gt(0) && v.lt(100) });
    const indemnity = input.indemnityPercent ?? DEFAULT_INDEMNITY_PERCENT;
    readPercent(errors, ['input', 'indemnityPercent'], indemnity, 'indemnity-percent', { says: 'above 0 and at most 100', holds: (v) => v.gt(0) && v.lte(100) });
    const limits = Array.isArray(input.buyerLimits) ? input.buyerLimits : [];
    if (limits.length === 0) errors.push(fieldError(['input', 'buyerLimits'], 'required', 'a policy approves a credit limit on at least one buyer'));
    const buyers = new Set<string>();
    const buyerLimits = [];
    for (const [i, limit] of limits.entries()) {
      const at = ['input', 'buyerLimits', String(i)];
      const buyer = await this.orders.parties.inRole(limit.buyer, 'importer', [...at, 'buyer']);
      if (!buyer.ok) errors.push(buyer.error);
      else if (buyers.has(limit.buyer)) errors.push(fieldError([...at, 'buyer'], 'unique', `buyer ${buyer.value.code} has a limit already: one limit per buyer`));
      buyers.add(limit.buyer);
      const amount = readAmount(errors, [...at, 'amount'], limit.amount, 'positive');
      if (amount && currency && amount.decimalPlaces() > currency.minorUnits) errors.push(fieldError([...at, 'amount'], 'decimal-places', `${currency.code} has ${currency.minorUnits} decimals`));
      if (buyer.ok && amount && currency) buyerLimits.push({ buyerId: buyer.value._id, approved: formatMoney(amount, currency.minorUnits), used: formatMoney(new Decimal(0), currency.minorUnits) });
    }
    if (exporter.ok && buyers.has(input.exporter)) errors.push(fieldError(['input', 'buyerLimits'], 'not-self', 'the insured cannot be its own buyer'));
    if (errors.length > 0 || !exporter.ok || !currency) return fail(errors);
    const now = this.clock.now();
    const serial = await nextSequence(this.connection, `credit-policy-${now.getUTCFullYear()}`);
    const [created] = await this.model.create([
      {
        _id: new Types.ObjectId(),
        number: `CP-${now.getUTCFullYear()}-${String(serial).padStart(6, '0')}`,
        insurerId: caller.party._id,
        exporterId: exporter.value._id,
        currency: currency.code,
        premiumRatePercent: input.premiumRatePercent.trim(),
        indemnityPercent: indemnity.trim(),
        buyerLimits,
        shipments: [],
        claims: [],
        parties: [caller.party._id, exporter.value._id],
        version: 1,
        issuedAt: now,
      },
    ]);
    return ok(created!.toObject() as CreditPolicyRecord);
  }

  /** A policy the caller may read, by id or number. */
  async find(caller: Caller, ref: string, session?: ClientSession): Promise<CreditPolicyRecord | null> {
    const key = isObjectIdText(ref) ? { _id: new Types.ObjectId(ref) } : { number: ref.trim().toUpperCase() };
    return this.model.findOne({ ...key, ...visibleTo(caller) }).session(session ?? null).lean();
  }

  /**
   * The insured exporter declares the shipment of an order to the buyer (出运申报): its value, in
   * the policy currency at the rate of the clock's time, must fit in what is left of the buyer's
   * credit limit; the premium is charged on it.
   */
  async declareShipment(caller: Caller, ref: string, orderRef: string): Promise<Result<CreditPolicyRecord, UserError[]>> {
    const policy = await this.find(caller, ref);
    if (!policy) return fail([notFound(`policy '${ref}' does not exist or is not yours to see`)]);
    if (!hasRole(caller, 'exporter') || String(policy.exporterId) !== caller.partyId) return fail([forbidden(`policy ${policy.number}: only the insured exporter declares shipments under it`)]);
    const order = await this.orders.find(caller, orderRef);
    if (!order) return fail([notFound(`order '${orderRef}' does not exist or is not yours to see`)]);
    if (String(order.sellerId) !== caller.partyId) return fail([forbidden(`order ${order.number}: only its seller declares its shipment for insurance`)]);
    if (!DECLARABLE_ORDER_STATES.includes(order.state)) return fail([rule('order-state', `order ${order.number} is ${order.state}: only a confirmed order's shipment is insured`)]);
    const declaredElsewhere = await this.model.findOne({ 'shipments.orderId': order._id }, { number: 1 }).lean();
    if (declaredElsewhere) return fail([{ code: 'DUPLICATE', rule: 'one-declaration-per-shipment', message: `order ${order.number} is already declared under policy ${declaredElsewhere.number}` }]);
    const limitIndex = policy.buyerLimits.findIndex((l) => String(l.buyerId) === String(order.buyerId));
    const limit = policy.buyerLimits[limitIndex];
    if (!limit) return fail([rule('no-buyer-limit', `policy ${policy.number} approves no credit limit on the buyer of order ${order.number}: ask the insurer for one first`)]);
    const now = this.clock.now();
    const goodsValue = fromDecimal128(order.total).toFixed();
    const converted = convert(goodsValue, order.currency, policy.currency, this.fxTable, now);
    if (!converted.ok) return converted;
    const insured = converted.value.converted.amount;
    const buyer = String(order.buyerId);
    const fits = declareShipment({ buyer, currency: policy.currency, approved: limit.approved, used: limit.used }, { buyer, value: { amount: insured, currency: policy.currency } });
    if (!fits.ok) return fits;
    const charged = premium({ amount: insured, currency: policy.currency }, policy.premiumRatePercent);
    if (!charged.ok) return charged;
    const shipment = {
      orderId: order._id,
      orderNumber: order.number,
      buyerId: order.buyerId,
      goodsValue: converted.value.source,
      insuredValue: insured,
      fxRate: converted.value.rate.rate,
      premium: charged.value.premium,
      declaredAt: now,
      claimed: false,
    };
    const used = formatMoney(new Decimal(limit.used).plus(insured), minorUnits(policy.currency) as number);
    const updated = await this.model
      .findOneAndUpdate(
        { _id: policy._id, version: policy.version },
        { $set: { [`buyerLimits.${limitIndex}.used`]: used }, $push: { shipments: shipment }, $inc: { version: 1 } },
        { returnDocument: 'after' },
      )
      .lean();
    if (!updated) return fail([{ code: 'CONFLICT', message: `policy ${policy.number} changed while the shipment was declared (another declaration or a claim): try again` }]);
    return ok(updated);
  }

  /**
   * Pays the claim on an insured shipment whose buyer defaulted, to the bank the claim rights
   * were assigned to; runs in the financing service's transaction, so the claim and the loan's
   * CLAIM_PAID are recorded together. The loss is the insured value the buyer left unpaid.
   */
  async payClaim(
    insurer: Caller,
    policyId: Types.ObjectId,
    orderId: Types.ObjectId,
    assignment: { bankId: string; financingNumber: string },
    session: ClientSession,
  ): Promise<Result<{ policy: CreditPolicyRecord; payout: ClaimPayout }, UserError[]>> {
    const policy = await this.model.findById(policyId).session(session).lean();
    if (!policy) return fail([notFound(`policy ${String(policyId)} does not exist`)]);
    if (!hasRole(insurer, 'insurer') || String(policy.insurerId) !== insurer.partyId) return fail([forbidden(`policy ${policy.number}: only its insurer pays claims under it`)]);
    const index = policy.shipments.findIndex((s) => String(s.orderId) === String(orderId));
    const shipment = policy.shipments[index];
    if (!shipment) return fail([rule('shipment-not-insured', `policy ${policy.number} insures no shipment of this order: the exporter did not declare it`)]);
    if (shipment.claimed) return fail([{ code: 'DUPLICATE', rule: 'one-claim-per-shipment', message: `policy ${policy.number}: the claim on order ${shipment.orderNumber} was paid already` }]);
    const limit = policy.buyerLimits.find((l) => String(l.buyerId) === String(shipment.buyerId))!;
    const payout = claimPayout({ amount: shipment.insuredValue, currency: policy.currency }, policy.indemnityPercent, {
      creditLimit: limit.approved,
      insuredId: String(policy.exporterId),
      assignedToBankId: assignment.bankId,
    });
    if (!payout.ok) return payout;
    const claim: PolicyClaimRecord = {
      orderId,
      financingNumber: assignment.financingNumber,
      loss: payout.value.loss,
      coveredLoss: payout.value.coveredLoss,
      payout: payout.value.payout,
      retained: payout.value.retained,
      payeeId: payout.value.payeeId,
      paidAt: this.clock.now(),
    };
    const updated = await this.model
      .findOneAndUpdate(
        { _id: policy._id, version: policy.version },
        { $set: { [`shipments.${index}.claimed`]: true }, $push: { claims: claim }, $inc: { version: 1 } },
        { session, returnDocument: 'after' },
      )
      .lean();
    if (!updated) return fail([{ code: 'CONFLICT', message: `policy ${policy.number} changed while the claim was paid: try again` }]);
    return ok({ policy: updated, payout: payout.value });
  }

  /** Lets a bank the exporter applied to read the policy; in the caller's transaction. */
  async showTo(policyId: Types.ObjectId, partyId: Types.ObjectId, session: ClientSession): Promise<void> {
    await this.model.updateOne({ _id: policyId }, { $addToSet: { parties: partyId } }, { session });
  }
}
