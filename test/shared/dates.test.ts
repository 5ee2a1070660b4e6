import { parseCalendarDate, parseDateTime } from '../../server/shared/dates';

const refused = (result: { ok: boolean; reason?: string }) => (result.ok ? 'accepted' : result.reason);

describe('parseCalendarDate', () => {
  it.each(['2026-12-01', '2028-02-29', '2000-02-29', '2026-01-31', '2026-04-30', '0001-01-01', '9999-12-31'])('accepts %s unchanged', (text) => {
    expect(parseCalendarDate(text)).toEqual({ ok: true, value: text });
  });

  it.each([
    ['2026-02-30', /has no day 30: February 2026 has 28 days/],
    ['2026-02-29', /February 2026 has 28 days \(2026 is not a leap year\)/],
    ['1900-02-29', /1900 is not a leap year/],
    ['2026-13-01', /has no month 13/],
    ['2026-00-10', /has no month 00/],
    ['2026-04-31', /April 2026 has 30 days/],
    ['2026-01-00', /has no day 00/],
    ['-1', /not a date in the form yyyy-mm-dd/],
    ['2026-2-1', /not a date in the form yyyy-mm-dd/],
    ['2026-02-01T00:00:00Z', /not a date in the form yyyy-mm-dd/],
    [' 2026-02-01', /not a date in the form yyyy-mm-dd/],
    ['20260201', /not a date in the form yyyy-mm-dd/],
    ['', /not a date in the form yyyy-mm-dd/],
  ])('refuses %j', (text, reason) => {
    expect(refused(parseCalendarDate(text))).toMatch(reason);
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2026-11-30T10:00:00Z', '2026-11-30T10:00:00.000Z'],
    ['2026-11-30T10:00Z', '2026-11-30T10:00:00.000Z'],
    ['2026-12-01T08:30:00+08:00', '2026-12-01T00:30:00.000Z'],
    ['2026-12-01T00:30:00-05:30', '2026-12-01T06:00:00.000Z'],
    ['2026-12-31T23:59:59.5+00:00', '2026-12-31T23:59:59.500Z'],
    ['2026-12-31T23:59:59.123Z', '2026-12-31T23:59:59.123Z'],
    ['2028-02-29T12:00:00+14:00', '2028-02-28T22:00:00.000Z'],
  ])('reads %s as the instant %s', (text, instant) => {
    expect(parseDateTime(text)).toEqual({ ok: true, value: instant });
  });

  it.each([
    ['2026-11-31T10:00:00Z', /'2026-11-31T10:00:00Z' has no day 31: November 2026 has 30 days/],
    ['2026-02-29T00:00:00Z', /2026 is not a leap year/],
    ['2026-13-01T00:00:00Z', /has no month 13/],
    ['2026-11-30T24:00:00Z', /has no hour 24/],
    ['2026-11-30T10:60:00Z', /has no minute 60/],
    ['2026-11-30T10:00:60Z', /has no second 60/],
    ['2026-11-30T10:00:00+15:00', /has no UTC offset \+15:00/],
    ['2026-11-30T10:00:00+08:60', /has no UTC offset/],
    ['2026-11-30T10:00:00', /followed by Z or an offset/],
    ['2026-11-30', /not a date-time/],
    ['2026-11-30 10:00:00Z', /not a date-time/],
    ['2026-11-30T10:00:00.1234Z', /not a date-time/],
    ['-1', /not a date-time/],
    ['1764496800000', /not a date-time/],
  ])('refuses %j', (text, reason) => {
    expect(refused(parseDateTime(text))).toMatch(reason);
  });
});
