/**
 * The terms a bank lends on: the advance rate (the share of the verified cargo value it lends,
 * 质押率), the annual interest rate and the tenor. The approval limit is advance rate × verified
 * cargo value, in the cargo value's currency: for a loan in another currency, convert the cargo
 * value first (fx.ts convert). The tenor bounds are the financing machine's, so the terms this
 * accepts are the terms the machine approves.
 * Pure: no I/O, no clock. Exact decimals.
 */
import { MAX_TENOR_DAYS, MIN_TENOR_DAYS } from '../../../machines/financing.control';
import { readAmount, readCurrency } from '../../customs/rules/inputs';
import { Decimal, formatMoney, parseDecimal } from '../../shared/money';
import { fail, ok, type Result } from '../../shared/result';
import { fieldError, type UserError } from '../../shared/user-error';

/** A percentage as decimal text within `bounds`; undefined, with an error naming the field, when not. */
export function readPercent(errors: UserError[], field: string[], text: string, rule: string, bounds: { says: string; holds: (v: Decimal) => boolean }): Decimal | undefined {
  const value = typeof text === 'string' ? parseDecimal(text) : null;
  if (value === null || !bounds.holds(value)) {
    errors.push(fieldError(field, rule, `must be a percentage ${bounds.says}, got '${String(text)}'`));
    return undefined;
  }
  return value;
}

/** 0 < advance rate ≤ 100: a bank lends some of the cargo value, never more than all of it. */
export function readAdvanceRate(errors: UserError[], field: string[], text: string): Decimal | undefined {
  return readPercent(errors, field, text, 'advance-rate', { says: 'above 0 and at most 100', holds: (v) => v.gt(0) && v.lte(100) });
}

/** 0 ≤ annual rate < 100: a subsidised loan (融资增信 by a guarantee fund) may carry no interest. */
export function readAnnualRate(errors: UserError[], field: string[], text: string): Decimal | undefined {
  return readPercent(errors, field, text, 'annual-rate', { says: 'from 0 up to (not including) 100', holds: (v) => !v.isNegative() && v.lt(100) });
}

export function readTenorDays(errors: UserError[], field: string[], days: number): number | undefined {
  if (!Number.isInteger(days) || days < MIN_TENOR_DAYS || days > MAX_TENOR_DAYS) {
    errors.push(fieldError(field, 'tenor-days', `must be a whole number of days from ${MIN_TENOR_DAYS} to ${MAX_TENOR_DAYS}, got ${String(days)}`));
    return undefined;
  }
  return days;
}

export interface FinancingTerms {
  readonly advanceRatePercent: string;
  readonly annualRatePercent: string;
  readonly tenorDays: number;
}

/** Every term that breaks its rule, each with its field. */
export function checkFinancingTerms(terms: FinancingTerms): Result<FinancingTerms, UserError[]> {
  const errors: UserError[] = [];
  readAdvanceRate(errors, ['advanceRatePercent'], terms.advanceRatePercent);
  readAnnualRate(errors, ['annualRatePercent'], terms.annualRatePercent);
  readTenorDays(errors, ['tenorDays'], terms.tenorDays);
  return errors.length > 0 ? fail(errors) : ok(terms);
}

export interface ApprovalLimit {
  readonly verifiedCargoValue: string;
  readonly advanceRatePercent: string;
  /** advance rate × verified cargo value, rounded down to the currency's minor units */
  readonly limit: string;
  readonly currency: string;
}

/**
 * The most the bank may lend. Rounded down, not half-up: a limit is a ceiling, and rounding must
 * never lend more than the advance rate allows.
 */
export function approvalLimit(verifiedCargoValue: string, advanceRatePercent: string, currency: string): Result<ApprovalLimit, UserError[]> {
  const errors: UserError[] = [];
  const units = readCurrency(errors, ['currency'], currency);
  const value = readAmount(errors, ['verifiedCargoValue'], verifiedCargoValue, 'positive');
  const rate = readAdvanceRate(errors, ['advanceRatePercent'], advanceRatePercent);
  if (errors.length > 0 || !units || !value || !rate) return fail(errors);
  const limit = value.times(rate).dividedBy(100).toDecimalPlaces(units.minorUnits, Decimal.ROUND_DOWN);
  return ok({
    verifiedCargoValue: formatMoney(value, units.minorUnits),
    advanceRatePercent,
    limit: formatMoney(limit, units.minorUnits),
    currency: units.code,
  });
}
