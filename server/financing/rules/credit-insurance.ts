/**
 * Short-term export credit insurance (出口信用保险, 出口信保): the insurer approves a credit limit on
 * each buyer; the exporter declares every shipment to that buyer (出运申报), which must fit in what
 * is left of the limit; it pays a premium on the insured value; after the buyer defaults, the
 * insurer pays a claim of the indemnity percentage of the loss, the loss counted at most up to the
 * credit limit. When the policy backs a loan, the exporter has assigned its claim rights to the
 * bank (赔款权益转让), so the payout goes to the bank.
 *
 * Amounts in one currency: convert first (fx.ts convert). Exact decimals, rounded half-up to the
 * currency's minor units once per figure. Pure: no I/O, no clock.
 */
import { readAmount, readCurrency, type MoneyInput } from '../../customs/rules/inputs';
import { Decimal, formatMoney, roundMoney } from '../../shared/money';
import { fail, ok, type Result } from '../../shared/result';
import { fieldError, type UserError } from '../../shared/user-error';
import { businessError } from './business-error';
import { readPercent } from './limits';

/**
 * Typical for commercial risks (the buyer's insolvency or default) on short-term policies; the
 * exporter keeps the rest of the loss, so it still cares whom it sells to. Configurable per policy.
 */
export const DEFAULT_INDEMNITY_PERCENT = '90';

export interface BuyerCreditLimit {
  readonly buyer: string;
  readonly currency: string;
  /** the limit the insurer approved on this buyer */
  readonly approved: string;
  /** the insured value of shipments declared and not yet paid by the buyer */
  readonly used: string;
}

export interface DeclaredShipment {
  readonly buyer: string;
  readonly value: MoneyInput;
}

export interface ShipmentDeclaration {
  readonly buyer: string;
  readonly currency: string;
  readonly value: string;
  readonly remainingBefore: string;
  readonly remainingAfter: string;
}

/** Whether `shipment` fits in what is left of the buyer's credit limit, and what is left after it. */
export function declareShipment(limit: BuyerCreditLimit, shipment: DeclaredShipment): Result<ShipmentDeclaration, UserError[]> {
  const errors: UserError[] = [];
  const currency = readCurrency(errors, ['limit', 'currency'], limit.currency);
  const approved = readAmount(errors, ['limit', 'approved'], limit.approved, 'non-negative');
  const used = readAmount(errors, ['limit', 'used'], limit.used, 'non-negative');
  const shipmentCurrency = readCurrency(errors, ['shipment', 'value', 'currency'], shipment.value.currency);
  const value = readAmount(errors, ['shipment', 'value', 'amount'], shipment.value.amount, 'positive');
  if (currency && shipmentCurrency && currency.code !== shipmentCurrency.code) {
    errors.push(fieldError(['shipment', 'value', 'currency'], 'currency-mismatch', `the credit limit is in ${currency.code}; convert the shipment value from ${shipmentCurrency.code} first`));
  }
  if (shipment.buyer !== limit.buyer) {
    errors.push(fieldError(['shipment', 'buyer'], 'buyer-mismatch', `the credit limit is on buyer ${limit.buyer}, not ${shipment.buyer}`));
  }
  if (errors.length > 0 || !currency || !approved || !used || !value) return fail(errors);
  const units = currency.minorUnits;
  const remaining = approved.minus(used);
  if (value.gt(remaining)) {
    return fail([
      businessError(
        'credit-limit-exceeded',
        `a shipment of ${formatMoney(value, units)} ${currency.code} exceeds the ${formatMoney(Decimal.max(remaining, 0), units)} ${currency.code} left of the credit limit on buyer ${limit.buyer}`,
        ['shipment', 'value', 'amount'],
      ),
    ]);
  }
  return ok({
    buyer: limit.buyer,
    currency: currency.code,
    value: formatMoney(value, units),
    remainingBefore: formatMoney(remaining, units),
    remainingAfter: formatMoney(remaining.minus(value), units),
  });
}

export interface Premium {
  readonly currency: string;
  readonly insuredValue: string;
  readonly premiumRatePercent: string;
  readonly premium: string;
}

export function premium(insuredValue: MoneyInput, premiumRatePercent: string): Result<Premium, UserError[]> {
  const errors: UserError[] = [];
  const currency = readCurrency(errors, ['insuredValue', 'currency'], insuredValue.currency);
  const value = readAmount(errors, ['insuredValue', 'amount'], insuredValue.amount, 'positive');
  const rate = readPercent(errors, ['premiumRatePercent'], premiumRatePercent, 'premium-rate', { says: 'above 0 and below 100', holds: (v) => v.gt(0) && v.lt(100) });
  if (errors.length > 0 || !currency || !value || !rate) return fail(errors);
  return ok({
    currency: currency.code,
    insuredValue: formatMoney(value, currency.minorUnits),
    premiumRatePercent,
    premium: formatMoney(value.times(rate).dividedBy(100), currency.minorUnits),
  });
}

export interface ClaimCover {
  /** the credit limit on the buyer, in the loss currency: the most of a loss the policy covers */
  readonly creditLimit: string;
  /** the exporter insured by the policy */
  readonly insuredId: string;
  /** the bank the claim rights were assigned to, when the policy backs a loan */
  readonly assignedToBankId?: string | null;
}

export interface ClaimPayout {
  readonly currency: string;
  readonly loss: string;
  /** the loss up to the credit limit */
  readonly coveredLoss: string;
  readonly indemnityPercent: string;
  readonly payout: string;
  /** the loss the insurer does not pay: the exporter's share and anything above the limit */
  readonly retained: string;
  readonly payeeId: string;
  readonly payee: 'bank' | 'insured';
}

export function claimPayout(loss: MoneyInput, indemnityPercent: string, cover: ClaimCover): Result<ClaimPayout, UserError[]> {
  const errors: UserError[] = [];
  const currency = readCurrency(errors, ['loss', 'currency'], loss.currency);
  const lost = readAmount(errors, ['loss', 'amount'], loss.amount, 'positive');
  const limit = readAmount(errors, ['cover', 'creditLimit'], cover.creditLimit, 'positive');
  const share = readPercent(errors, ['indemnityPercent'], indemnityPercent, 'indemnity-percent', { says: 'above 0 and at most 100', holds: (v) => v.gt(0) && v.lte(100) });
  if (typeof cover.insuredId !== 'string' || cover.insuredId.trim() === '') errors.push(fieldError(['cover', 'insuredId'], 'required', 'name the insured exporter'));
  if (errors.length > 0 || !currency || !lost || !limit || !share) return fail(errors);
  const units = currency.minorUnits;
  const covered = Decimal.min(lost, limit);
  const payout = roundMoney(covered.times(share).dividedBy(100), units);
  const bank = cover.assignedToBankId ?? null;
  return ok({
    currency: currency.code,
    loss: formatMoney(lost, units),
    coveredLoss: formatMoney(covered, units),
    indemnityPercent,
    payout: formatMoney(payout, units),
    retained: formatMoney(lost.minus(payout), units),
    payeeId: bank ?? cover.insuredId,
    payee: bank === null ? 'insured' : 'bank',
  });
}
