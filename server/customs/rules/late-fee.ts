/**
 * Two-step declaration (两步申报, GACC announcement 2019 No. 127): the importer files a summary
 * declaration, the goods are released, and the complete declaration must follow within 14 days of
 * the day the conveyance declared its entry. The simulator charges a complete declaration filed
 * after that the delayed-declaration fee (滞报金) of the GACC measures (Order No. 128 of 2005, as
 * amended, latest by Order No. 273 of 2024), as GACC's English FAQ "How to Calculate the Delayed
 * Declaration Fee?" (english.customs.gov.cn, 2005-08-26) states them:
 *   - the 14 days count the conveyance's declaration day as day 1; the fee runs from the 15th day
 *     to the day customs accepts the declaration, both included (so days late = calendar days
 *     after the due date);
 *   - per day 0.5 ‰ (0.05 %) of the duty-paid value, in yuan: "the part less than RMB 1.0 (yuan)
 *     will be exempted";
 *   - "The threshold for the delayed declaration fee is RMB 50": a fee under 50 yuan is not
 *     levied at all. It is a threshold, not a minimum charge.
 *   - a first fee day falling on a rest day or public holiday moves to the next working day
 *     (pass those days; the simulator has no holiday calendar).
 * All of it is configurable. LateFeeRules can also describe a minimum charge ('floor') and
 * rounding to the minor units, for a scenario that wants them.
 *
 * Calendar days are UTC days of the given instants; pass dates ('YYYY-MM-DD') to count in
 * Beijing days. No clock reads: every date comes in as an argument.
 */
import { minorUnits } from '../../reference/currencies';
import { Decimal, formatMoney, parseDecimal, roundMoney } from '../../shared/money';
import { fail, ok, type Result } from '../../shared/result';
import { fieldError, type UserError } from '../../shared/user-error';
import { isoDay, readAmount, readCurrency, utcDay, type DateInput, type MoneyInput } from './inputs';
import type { LateFee } from '../../models/customs-records';

export type { LateFee };

export interface LateFeeRules {
  /** Days allowed after the conveyance's declaration, that day counted as day 1. */
  readonly daysAllowed: number;
  /** Fee per day late as a fraction of the customs value ('0.0005' = 0.05 % = 0.5 ‰). */
  readonly ratePerDay: string;
  /** The currency the fee is levied in; the customs value must be given in it. */
  readonly currency: string;
  /**
   * 'threshold': a fee below `amount` is not levied (China's 起征点);
   * 'floor': a fee below `amount` is raised to it.
   */
  readonly minimum: { readonly amount: string; readonly mode: 'threshold' | 'floor' };
  /**
   * 'whole-units-down': the part under one whole unit is not levied (China: under one yuan);
   * 'minor-units': half-up to the currency's minor units.
   */
  readonly rounding: 'whole-units-down' | 'minor-units';
}

export const CHINA_LATE_FEE_RULES: LateFeeRules = Object.freeze({
  daysAllowed: 14,
  ratePerDay: '0.0005',
  currency: 'CNY',
  minimum: Object.freeze({ amount: '50', mode: 'threshold' as const }),
  rounding: 'whole-units-down' as const,
});

export interface DueOptions {
  readonly rules?: LateFeeRules;
  /** Rest days and public holidays ('YYYY-MM-DD'); a first fee day on one of them moves on. */
  readonly nonWorkingDays?: readonly string[];
}

function assertRules(rules: LateFeeRules): void {
  const problems: string[] = [];
  if (!Number.isInteger(rules.daysAllowed) || rules.daysAllowed < 1) problems.push(`daysAllowed must be a positive whole number, got ${rules.daysAllowed}`);
  const rate = parseDecimal(rules.ratePerDay);
  if (rate === null || rate.isNegative()) problems.push(`ratePerDay must be a decimal of 0 or more, got '${rules.ratePerDay}'`);
  if (minorUnits(rules.currency) === undefined) problems.push(`currency: unknown ISO 4217 currency '${rules.currency}'`);
  const minimum = parseDecimal(rules.minimum.amount);
  if (minimum === null || minimum.isNegative()) problems.push(`minimum.amount must be a decimal of 0 or more, got '${rules.minimum.amount}'`);
  if (rules.minimum.mode !== 'threshold' && rules.minimum.mode !== 'floor') problems.push(`minimum.mode must be 'threshold' or 'floor'`);
  if (rules.rounding !== 'whole-units-down' && rules.rounding !== 'minor-units') problems.push(`rounding must be 'whole-units-down' or 'minor-units'`);
  if (problems.length > 0) throw new RangeError(`invalid late-fee rules: ${problems.join('; ')}`);
}

/**
 * The last day ('YYYY-MM-DD', UTC) on which the complete declaration is on time: the conveyance's
 * declaration day + daysAllowed − 1, later when the first fee day is a non-working day.
 * Throws RangeError for a malformed date or rules.
 */
export function completeDueBy(conveyanceDeclaredAt: DateInput, options: DueOptions = {}): string {
  const rules = options.rules ?? CHINA_LATE_FEE_RULES;
  assertRules(rules);
  const closed = new Set((options.nonWorkingDays ?? []).map((d) => isoDay(utcDay(d, 'nonWorkingDays'))));
  let firstFeeDay = utcDay(conveyanceDeclaredAt, 'conveyanceDeclaredAt').add(rules.daysAllowed, 'day');
  while (closed.has(isoDay(firstFeeDay))) firstFeeDay = firstFeeDay.add(1, 'day');
  return isoDay(firstFeeDay.subtract(1, 'day'));
}

export interface LateFeeInput {
  /** The duty-paid (customs) value, in the rules' currency (China: CNY at the customs rate). */
  readonly customsValue: MoneyInput;
  /** When the conveyance (ship, train, aircraft, truck) declared its entry. */
  readonly conveyanceDeclaredAt: DateInput;
  /** When customs accepted the complete declaration. */
  readonly declaredAt: DateInput;
  readonly nonWorkingDays?: readonly string[];
}

export function lateFee(input: LateFeeInput, rules: LateFeeRules = CHINA_LATE_FEE_RULES): Result<LateFee, UserError[]> {
  const dueBy = completeDueBy(input.conveyanceDeclaredAt, { rules, nonWorkingDays: input.nonWorkingDays ?? [] });
  const declared = utcDay(input.declaredAt, 'declaredAt');
  const errors: UserError[] = [];
  const currency = readCurrency(errors, ['customsValue', 'currency'], input.customsValue.currency);
  const value = readAmount(errors, ['customsValue', 'amount'], input.customsValue.amount, 'non-negative');
  if (currency && currency.code !== rules.currency) {
    errors.push(
      fieldError(['customsValue', 'currency'], 'currency-mismatch', `the late fee is levied in ${rules.currency} on the customs value converted at the customs rate; got ${currency.code}`),
    );
  }
  if (errors.length > 0 || !currency || !value) return fail(errors);

  const daysLate = Math.max(0, declared.diff(utcDay(dueBy, 'dueBy'), 'day'));
  const exact = value.times(rules.ratePerDay).times(daysLate);
  const rounded =
    rules.rounding === 'whole-units-down' ? exact.toDecimalPlaces(0, Decimal.ROUND_DOWN) : roundMoney(exact, currency.minorUnits);
  const minimum = new Decimal(rules.minimum.amount);
  let fee = rounded;
  let note: string | undefined;
  if (daysLate > 0 && rounded.lt(minimum)) {
    if (rules.minimum.mode === 'threshold') {
      fee = new Decimal(0);
      note = `below the ${formatMoney(minimum, currency.minorUnits)} ${currency.code} threshold: not levied`;
    } else {
      fee = minimum;
      note = `raised to the ${formatMoney(minimum, currency.minorUnits)} ${currency.code} minimum`;
    }
  }
  return ok({
    dueBy,
    daysLate,
    ratePerDay: rules.ratePerDay,
    currency: currency.code,
    exact: exact.toFixed(),
    fee: formatMoney(fee, currency.minorUnits),
    ...(note === undefined ? {} : { note }),
  });
}
