/**
 * Exchange rates held on the clock: a scenario sets a table of rates, each valid from an instant,
 * and a conversion at a moment uses the latest rate at or before it. A loan may be in another
 * currency than its goods; both amounts are shown, with the rate used. No live rates, ever.
 *
 * A rate is found direct (EUR/USD for EUR → USD), inverse (1 / USD/CNY for CNY → USD) or, when the
 * table has neither, across USD (EUR → THB = EUR/USD × USD/THB), as markets quote most pairs
 * against the dollar. An inverse or cross rate is exact to 34 significant digits; only the
 * converted amount is rounded, half-up to the target currency's minor units.
 * Pure: no I/O, no clock. A malformed table or date is a programming error and throws RangeError.
 */
import type { Dayjs } from 'dayjs';
import { minorUnits } from '../../reference/currencies';
import { readAmount, readCurrency, utcInstant, type DateInput } from '../../customs/rules/inputs';
import { Decimal, formatMoney, parseDecimal } from '../../shared/money';
import { fail, ok, type Result } from '../../shared/result';
import type { UserError } from '../../shared/user-error';
import { businessError } from './business-error';
import type { AppliedRate, MoneyText, RateEntry } from '../../models/financing-records';

export type { AppliedRate, MoneyText, RateEntry };

export type RateTable = readonly RateEntry[];

const CROSS_CURRENCY = 'USD';

/**
 * Indicative rates, round figures near early-2025 market levels; neither live nor official (not
 * the CFETS central parity). The April entries show a table moving on the clock. CNY/THB and
 * EUR/CNY are left out on purpose: they come across USD.
 */
export const DEFAULT_RATE_TABLE: RateTable = Object.freeze([
  { base: 'USD', quote: 'CNY', rate: '7.18', from: '2025-01-01T00:00:00.000Z' },
  { base: 'EUR', quote: 'USD', rate: '1.04', from: '2025-01-01T00:00:00.000Z' },
  { base: 'USD', quote: 'THB', rate: '34.00', from: '2025-01-01T00:00:00.000Z' },
  { base: 'USD', quote: 'SGD', rate: '1.36', from: '2025-01-01T00:00:00.000Z' },
  { base: 'USD', quote: 'CNY', rate: '7.30', from: '2025-04-01T00:00:00.000Z' },
  { base: 'EUR', quote: 'USD', rate: '1.08', from: '2025-04-01T00:00:00.000Z' },
]);

export function assertRateTable(table: RateTable): void {
  const problems: string[] = [];
  table.forEach((e, n) => {
    if (minorUnits(e.base) === undefined || minorUnits(e.quote) === undefined) problems.push(`[${n}]: unknown currency in ${e.base}/${e.quote}`);
    if (e.base === e.quote) problems.push(`[${n}]: ${e.base}/${e.quote} quotes a currency against itself`);
    const rate = parseDecimal(e.rate);
    if (rate === null || !rate.gt(0)) problems.push(`[${n}].rate: '${e.rate}' is not a positive decimal`);
    try {
      utcInstant(e.from, `[${n}].from`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  });
  if (problems.length > 0) throw new RangeError(`invalid rate table: ${problems.join('; ')}`);
}

interface Leg {
  rate: Decimal;
  via: 'direct' | 'inverse';
  entry: RateEntry;
}

/** The latest entry for the pair, either way round, at or before `at`; the direct one on a tie. */
function leg(table: RateTable, from: string, to: string, at: Dayjs): Leg | undefined {
  let best: { entry: RateEntry; since: number; direct: boolean } | undefined;
  for (const entry of table) {
    const direct = entry.base === from && entry.quote === to;
    if (!direct && !(entry.base === to && entry.quote === from)) continue;
    const since = utcInstant(entry.from, 'from').valueOf();
    if (since > at.valueOf()) continue;
    if (best === undefined || since > best.since || (since === best.since && direct && !best.direct)) best = { entry, since, direct };
  }
  if (best === undefined) return undefined;
  const rate = new Decimal(best.entry.rate);
  return best.direct ? { rate, via: 'direct', entry: best.entry } : { rate: new Decimal(1).dividedBy(rate), via: 'inverse', entry: best.entry };
}

function findRate(table: RateTable, from: string, to: string, at: Dayjs): Omit<AppliedRate, 'from' | 'to' | 'at'> | undefined {
  if (from === to) return { rate: '1', via: 'same', entries: [] };
  const single = leg(table, from, to, at);
  if (single) return { rate: single.rate.toString(), via: single.via, entries: [single.entry] };
  if (from === CROSS_CURRENCY || to === CROSS_CURRENCY) return undefined;
  const first = leg(table, from, CROSS_CURRENCY, at);
  const second = leg(table, CROSS_CURRENCY, to, at);
  if (!first || !second) return undefined;
  return { rate: first.rate.times(second.rate).toString(), via: 'cross', entries: [first.entry, second.entry] };
}

/** The rate from `from` to `to` at `at`; a failure naming the pair and the date when the table has none. */
export function rateAt(table: RateTable, from: string, to: string, at: DateInput): Result<AppliedRate, UserError[]> {
  assertRateTable(table);
  const moment = utcInstant(at, 'at');
  const errors: UserError[] = [];
  const source = readCurrency(errors, ['from'], from);
  const target = readCurrency(errors, ['to'], to);
  if (errors.length > 0 || !source || !target) return fail(errors);
  const found = findRate(table, source.code, target.code, moment);
  if (found === undefined) {
    return fail([
      businessError(
        'fx-rate-missing',
        `no ${source.code}/${target.code} rate at or before ${moment.toISOString()}: the rate table has no direct, inverse or cross (via ${CROSS_CURRENCY}) rate for that date`,
        ['at'],
      ),
    ]);
  }
  return ok({ from: source.code, to: target.code, at: moment.toISOString(), ...found });
}

export interface Conversion {
  readonly source: MoneyText;
  readonly converted: MoneyText;
  readonly rate: AppliedRate;
}

/** Significant digits a rate is shown with: more than any market quote, far fewer than the 34 computed. */
export const DISPLAY_RATE_DIGITS = 10;

/**
 * A rate for reading, rounded half-up to DISPLAY_RATE_DIGITS significant digits without trailing
 * zeros (1 / 7.30 → 0.1369863014, 7.30 → 7.3). Only for display: conversions use the exact rate.
 */
export function displayRate(rate: string): string {
  return new Decimal(rate).toSignificantDigits(DISPLAY_RATE_DIGITS, Decimal.ROUND_HALF_UP).toFixed();
}

/** `amount` of `from` in `to` at `at`, rounded half-up to the minor units of `to`; both amounts kept. */
export function convert(amount: string, from: string, to: string, table: RateTable, at: DateInput): Result<Conversion, UserError[]> {
  const errors: UserError[] = [];
  const value = readAmount(errors, ['amount'], amount, 'non-negative');
  const rate = rateAt(table, from, to, at);
  if (!rate.ok) errors.push(...rate.error);
  if (errors.length > 0 || !value || !rate.ok) return fail(errors);
  const { from: source, to: target } = rate.value;
  return ok({
    source: { amount: formatMoney(value, minorUnits(source) as number), currency: source },
    converted: { amount: formatMoney(value.times(rate.value.rate), minorUnits(target) as number), currency: target },
    rate: rate.value,
  });
}
