/**
 * Calendar arithmetic for leg planning, whole days in UTC (dayjs + utc plugin) so that results do
 * not depend on the host's time zone. No clock reads: every date comes in as an argument.
 */
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { Weekday } from './legs';

dayjs.extend(utc);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The ready date as a UTC calendar day. Strings must be 'YYYY-MM-DD' and a real date; a Date is
 * taken at its UTC calendar date. Returns undefined for anything else.
 */
export function parseReadyDate(input: string | Date): Dayjs | undefined {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return undefined;
    return dayjs.utc(input.toISOString().slice(0, 10));
  }
  if (typeof input !== 'string' || !ISO_DATE.test(input)) return undefined;
  const day = dayjs.utc(input);
  return day.isValid() && day.format('YYYY-MM-DD') === input ? day : undefined;
}

/** The first day on or after `earliest` whose weekday is in `departs`. */
export function firstDepartureOnOrAfter(earliest: Dayjs, departs: readonly Weekday[]): Dayjs {
  if (departs.length === 0) throw new Error('routing: a leg with no departure weekdays');
  for (let offset = 0; offset < 7; offset += 1) {
    const day = earliest.add(offset, 'day');
    if (departs.includes(day.day() as Weekday)) return day;
  }
  throw new Error('routing: unreachable, every weekday is within 7 days');
}

export function isoDate(day: Dayjs): string {
  return day.format('YYYY-MM-DD');
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: Dayjs, to: Dayjs): number {
  return to.diff(from, 'day');
}
