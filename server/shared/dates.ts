/**
 * Strict calendar dates and date-times, the one parser behind the Date and DateTime scalars.
 * The Date constructor and dayjs roll impossible dates over (2026-02-30 becomes 2 March, month 13 the next
 * year) and read "-1" as 2001; here a value either names a real day and time exactly or is
 * refused with the reason.
 */

/** A calendar date, yyyy-mm-dd. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** RFC 3339 date-time: seconds and milliseconds optional, a zone (Z or ±hh:mm) required. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export type DateParse<T> = { ok: true; value: T } | { ok: false; reason: string };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar day in the form yyyy-mm-dd, returned unchanged. */
export function parseCalendarDate(text: string): DateParse<string> {
  const match = DATE.exec(text);
  if (!match) return { ok: false, reason: `'${text}' is not a date in the form yyyy-mm-dd` };
  const [year, month, day] = match.slice(1, 4).map(Number);
  if (month < 1 || month > 12) return { ok: false, reason: `'${text}' has no month ${match[2]} (01 to 12)` };
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    const leap = month === 2 ? (last === 29 ? ` (${year} is a leap year)` : ` (${year} is not a leap year)`) : '';
    return { ok: false, reason: `'${text}' has no day ${match[3]}: ${MONTHS[month - 1]} ${year} has ${last} days${leap}` };
  }
  return { ok: true, value: text };
}

/**
 * A real instant written as an RFC 3339 date-time with its zone, returned as the UTC instant in
 * ISO form (2026-11-30T10:00:00.000Z), so every later reader sees the same text for it.
 */
export function parseDateTime(text: string): DateParse<string> {
  const match = DATE_TIME.exec(text);
  if (!match) {
    return { ok: false, reason: `'${text}' is not a date-time in the form yyyy-mm-ddThh:mm[:ss[.sss]] followed by Z or an offset ±hh:mm` };
  }
  const [, day, hh, mm, ss = '00', fraction = '', zone] = match;
  const date = parseCalendarDate(day);
  if (!date.ok) return { ok: false, reason: date.reason.replace(`'${day}'`, `'${text}'`) };
  if (Number(hh) > 23) return { ok: false, reason: `'${text}' has no hour ${hh} (00 to 23)` };
  if (Number(mm) > 59) return { ok: false, reason: `'${text}' has no minute ${mm} (00 to 59)` };
  if (Number(ss) > 59) return { ok: false, reason: `'${text}' has no second ${ss} (00 to 59)` };
  if (zone !== 'Z') {
    const [zh, zm] = zone.slice(1).split(':').map(Number);
    if (zh > 14 || zm > 59 || (zh === 14 && zm > 0)) return { ok: false, reason: `'${text}' has no UTC offset ${zone} (-14:00 to +14:00)` };
  }
  const millis = Date.parse(`${day}T${hh}:${mm}:${ss}${(fraction || '.').padEnd(4, '0')}${zone}`);
  if (Number.isNaN(millis)) return { ok: false, reason: `'${text}' is not a date-time this server can represent` };
  return { ok: true, value: new Date(millis).toISOString() };
}
