/**
 * Interest on a trade loan: simple interest, day count ACT/360 (actual days over a 360-day year,
 * the convention of USD, EUR and CNY money markets and of most trade finance). Interest accrues day
 * by day on the principal outstanding that day; a repayment reduces the principal from its own day
 * on, so the day it arrives accrues on what is left. Days are UTC calendar days (dayjs + utc): the
 * first day counts and the last does not, so 1 January to 1 April 2025 is 90 days.
 *
 * Exact decimals throughout; the result is rounded half-up to the currency's minor units once, at
 * the end, so the rounding of one period never carries into the next.
 * Pure: no I/O, no clock. A malformed date is a programming error and throws RangeError.
 */
import type { Dayjs } from 'dayjs';
import { isoDay, readAmount, readCurrency, utcDay, type DateInput } from '../../customs/rules/inputs';
import { Decimal, formatMoney, sum } from '../../shared/money';
import { fail, ok, type Result } from '../../shared/result';
import { fieldError, type UserError } from '../../shared/user-error';
import { MAX_TENOR_DAYS, MIN_TENOR_DAYS } from '../../../machines/financing.control';
import { readAnnualRate } from './limits';

const DAYS_IN_YEAR = 360;

export interface PrincipalRepayment {
  readonly at: DateInput;
  /** the principal repaid, decimal text; interest paid with it does not reduce the principal */
  readonly amount: string;
}

export interface AccruedInterestInput {
  readonly principal: string;
  readonly annualRatePercent: string;
  readonly from: DateInput;
  readonly to: DateInput;
  readonly repayments: readonly PrincipalRepayment[];
  readonly currency: string;
}

export interface InterestPeriod {
  /** 'YYYY-MM-DD', included */
  readonly from: string;
  /** 'YYYY-MM-DD', excluded */
  readonly to: string;
  readonly days: number;
  readonly principal: string;
  /** principal × rate × days / 360, unrounded */
  readonly interest: string;
}

export interface AccruedInterest {
  readonly currency: string;
  readonly dayCount: 'ACT/360';
  readonly days: number;
  readonly periods: readonly InterestPeriod[];
  /** the sum of the periods, unrounded */
  readonly exact: string;
  /** rounded half-up to the currency's minor units */
  readonly interest: string;
  /** what is left of the principal after every repayment */
  readonly outstandingPrincipal: string;
}

export function accruedInterest(input: AccruedInterestInput): Result<AccruedInterest, UserError[]> {
  const from = utcDay(input.from, 'from');
  const to = utcDay(input.to, 'to');
  const errors: UserError[] = [];
  const currency = readCurrency(errors, ['currency'], input.currency);
  const principal = readAmount(errors, ['principal'], input.principal, 'positive');
  const rate = readAnnualRate(errors, ['annualRatePercent'], input.annualRatePercent);
  if (to.isBefore(from)) errors.push(fieldError(['to'], 'date-order', `${isoDay(to)} is before the start ${isoDay(from)}`));
  const repayments = input.repayments.map((r, n) => {
    const day = utcDay(r.at, `repayments.${n}.at`);
    if (day.isBefore(from) || day.isAfter(to)) {
      errors.push(fieldError(['repayments', String(n), 'at'], 'repayment-outside-period', `${isoDay(day)} is outside ${isoDay(from)} to ${isoDay(to)}`));
    }
    return { n, day, amount: readAmount(errors, ['repayments', String(n), 'amount'], r.amount, 'positive') };
  });
  if (errors.length > 0 || !currency || !principal || !rate) return fail(errors);

  // Sorted by day (stable), so repayments may be given in any order.
  const ordered = [...repayments].sort((a, b) => a.day.valueOf() - b.day.valueOf());
  const dailyRate = rate.dividedBy(100).dividedBy(DAYS_IN_YEAR);
  const periods: InterestPeriod[] = [];
  let outstanding = principal;
  let start = from;
  const accrueUntil = (end: Dayjs): void => {
    const days = end.diff(start, 'day');
    if (days > 0) {
      periods.push({ from: isoDay(start), to: isoDay(end), days, principal: outstanding.toFixed(), interest: outstanding.times(dailyRate).times(days).toFixed() });
    }
    start = end;
  };
  for (const r of ordered) {
    accrueUntil(r.day);
    const amount = r.amount as Decimal;
    if (amount.gt(outstanding)) {
      return fail([fieldError(['repayments', String(r.n), 'amount'], 'repayment-exceeds-principal', `${amount.toFixed()} exceeds the outstanding principal ${outstanding.toFixed()}`)]);
    }
    outstanding = outstanding.minus(amount);
  }
  accrueUntil(to);
  const exact = sum(periods.map((p) => new Decimal(p.interest)));
  const units = currency.minorUnits;
  return ok({
    currency: currency.code,
    dayCount: 'ACT/360',
    days: to.diff(from, 'day'),
    periods,
    exact: exact.toFixed(),
    interest: formatMoney(exact, units),
    outstandingPrincipal: formatMoney(outstanding, units),
  });
}

/** The day ('YYYY-MM-DD', UTC) a loan disbursed at `disbursedAt` for `tenorDays` falls due. */
export function maturityDate(disbursedAt: DateInput, tenorDays: number): string {
  if (!Number.isInteger(tenorDays) || tenorDays < MIN_TENOR_DAYS || tenorDays > MAX_TENOR_DAYS) {
    throw new RangeError(`tenorDays: must be a whole number from ${MIN_TENOR_DAYS} to ${MAX_TENOR_DAYS}, got ${tenorDays}`);
  }
  return isoDay(utcDay(disbursedAt, 'disbursedAt').add(tenorDays, 'day'));
}

/** Overdue from the day after maturity: a loan repaid on its maturity date is repaid on time. */
export function isOverdue(maturity: DateInput, now: DateInput): boolean {
  return utcDay(now, 'now').isAfter(utcDay(maturity, 'maturity'));
}
