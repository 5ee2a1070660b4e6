/**
 * Readers shared by the customs rules. Business inputs (amounts, currencies, HS codes) that are
 * wrong come back as UserErrors with the field path, so a service can show them; a malformed date
 * or a broken configuration table is a programming error and throws RangeError.
 * Pure: no I/O, no clock. Dates are UTC (dayjs + utc plugin), never the host's time zone.
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { checkCurrency } from '../../reference/currencies';
import { checkHsCode, normaliseHsCode } from '../../reference/hs-codes';
import { Decimal, parseDecimal } from '../../shared/money';
import { fieldError, type UserError } from '../../shared/user-error';

dayjs.extend(utc);

/** An amount as a decimal string ("1234.50") with its ISO 4217 currency. */
export interface MoneyInput {
  readonly amount: string;
  readonly currency: string;
}

/** 'YYYY-MM-DD', an ISO 8601 date-time with 'Z' or an offset, or a Date. */
export type DateInput = string | Date;

export function readAmount(
  errors: UserError[],
  field: string[],
  text: string,
  sign: 'positive' | 'non-negative',
): Decimal | undefined {
  const value = typeof text === 'string' ? parseDecimal(text) : null;
  if (value === null) {
    errors.push(fieldError(field, 'decimal', `'${String(text)}' is not a decimal number (digits, optional '.' and up to 6 decimals)`));
    return undefined;
  }
  if (sign === 'positive' ? value.lte(0) : value.isNegative()) {
    errors.push(fieldError(field, sign, `must be ${sign === 'positive' ? 'greater than zero' : 'zero or more'}, got ${text}`));
    return undefined;
  }
  return value;
}

export interface CurrencyUnits {
  readonly code: string;
  readonly minorUnits: number;
}

export function readCurrency(errors: UserError[], field: string[], code: string): CurrencyUnits | undefined {
  const checked = checkCurrency(typeof code === 'string' ? code : '');
  if (!checked.ok) {
    errors.push(fieldError(field, checked.rule, checked.message));
    return undefined;
  }
  return { code: checked.value.code, minorUnits: checked.value.minorUnits };
}

/** A normalised HS code whose heading is in the reference table (checkHsCode). */
export function readHsCode(errors: UserError[], field: string[], raw: string): string | undefined {
  const checked = checkHsCode(typeof raw === 'string' ? raw : '');
  if (!checked.ok) {
    errors.push(fieldError(field, checked.rule, checked.message));
    return undefined;
  }
  return checked.value.code;
}

/**
 * The entry of a table keyed by HS prefixes (a heading '8703' or a longer prefix '870380') that
 * fits the code best: the longest key the code starts with.
 */
export function longestPrefixEntry<T>(table: Readonly<Record<string, T>>, code: string): { key: string; entry: T } | undefined {
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if (code.startsWith(key) && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : { key: best, entry: table[best] as T };
}

/** HS prefixes used as table keys: 2 to 10 digits, written without dots. */
export function isHsPrefix(key: string): boolean {
  return /^\d{2,10}$/.test(key) && normaliseHsCode(key) === key;
}

/** A rate written as a percentage ('13', '0.05'): a decimal string from 0 up to (not including) `below`. */
export function checkPercent(text: string, below: number): boolean {
  const value = typeof text === 'string' ? parseDecimal(text) : null;
  return value !== null && !value.isNegative() && value.lt(below);
}

export function percentToFraction(text: string): Decimal {
  return new Decimal(text).dividedBy(100);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function realDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** An instant in UTC. A bare date is midnight UTC of that day. Throws RangeError on anything else. */
export function utcInstant(input: DateInput, what: string): Dayjs {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError(`${what}: invalid Date`);
    return dayjs.utc(input);
  }
  if (typeof input === 'string') {
    const date = ISO_DATE.exec(input);
    if (date && realDate(date[1] as string, date[2] as string, date[3] as string)) return dayjs.utc(input);
    const time = ISO_DATE_TIME.exec(input);
    if (
      time &&
      realDate(time[1] as string, time[2] as string, time[3] as string) &&
      Number(time[4]) < 24 &&
      Number(time[5]) < 60 &&
      Number(time[6] ?? 0) < 60
    ) {
      return dayjs.utc(new Date(input));
    }
  }
  throw new RangeError(`${what}: expected 'YYYY-MM-DD', an ISO 8601 date-time with 'Z' or an offset, or a Date; got ${String(input)}`);
}

/** The UTC calendar day of an instant (for a date-time with an offset: the day it is in UTC). */
export function utcDay(input: DateInput, what: string): Dayjs {
  return utcInstant(input, what).startOf('day');
}

export function isoDay(day: Dayjs): string {
  return day.format('YYYY-MM-DD');
}

/**
 * The calendar day in China (UTC+8 all year: China keeps no daylight saving time) of an instant.
 * Customs counts declaration days on Beijing time, so an instant is turned into its Beijing day
 * before a rule that counts days sees it.
 */
export function beijingDay(input: DateInput, what: string): string {
  return utcInstant(input, what).add(8, 'hour').format('YYYY-MM-DD');
}
