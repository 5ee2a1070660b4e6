/**
 * Number and date formatting shared by the Markdown report and the console summary. Amounts in a
 * report are decimal strings; they are rounded with decimal.js (never via binary floating point)
 * and grouped by hand, so the output does not depend on the machine's locale or ICU data.
 */
import Decimal from 'decimal.js';

const DASH = '—';

/** Groups the integer part in threes with commas: 1234567.5 → 1,234,567.5. */
function group(fixed: string): string {
  const [whole = '', fraction] = fixed.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** A decimal string rounded half-up to `places`, grouped; text that is not a number is kept as is. */
export function decimal(text: string | null | undefined, places = 2): string {
  if (text === null || text === undefined || text === '') return DASH;
  let value: Decimal;
  try {
    value = new Decimal(text);
  } catch {
    return text;
  }
  if (!value.isFinite()) return text;
  return group(value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places));
}

/** A plain number (days, hours, averages) with a fixed number of places; null is a dash. */
export function number(value: number | null | undefined, places = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  // Through decimal.js so 2.25 rounds to 2.3 like every other figure, not to 2.2 as toFixed may.
  return group(new Decimal(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places));
}

/** Whole days with an explicit sign for delays: +2, 0, -1. */
export function signedDays(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value > 0 ? `+${number(value, 0)}` : number(value, 0);
}

/** An ISO instant as 'YYYY-MM-DD HH:mm' in UTC (reports are in simulated UTC time). */
export function instant(iso: string | null | undefined): string {
  if (!iso) return DASH;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

/** An ISO instant as 'YYYY-MM-DD' in UTC. */
export function day(iso: string | null | undefined): string {
  return instant(iso).slice(0, 10);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Keys of a record in a fixed (alphabetical) order, so output never depends on insertion order. */
export function sortedEntries<T>(record: Record<string, T>): Array<[string, T]> {
  return Object.keys(record)
    .sort()
    .map((key) => [key, record[key]!]);
}

export { DASH };
