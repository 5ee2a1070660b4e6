import dayjs from 'dayjs';
import { chargeableWeightKg, teuFor } from '../../server/routing/cargo';
import { daysBetween, firstDepartureOnOrAfter, parseReadyDate } from '../../server/routing/schedule';

describe('freight bases', () => {
  it('derives TEU from teu, then 40-foot containers x 2, then ceil(volume / 33 m3), at least 1', () => {
    expect(teuFor({ grossWeightKg: 1, teu: 3, containers: 5 })).toBe(3);
    expect(teuFor({ grossWeightKg: 1, containers: 2, volumeM3: 500 })).toBe(4);
    expect(teuFor({ grossWeightKg: 1, volumeM3: 70 })).toBe(3);
    expect(teuFor({ grossWeightKg: 1, volumeM3: 66 })).toBe(2);
    expect(teuFor({ grossWeightKg: 1, volumeM3: 0 })).toBe(1);
    expect(teuFor({ grossWeightKg: 1 })).toBe(1);
  });

  it('charges air on the greater of gross weight and volume x 167 kg/m3, rounded up to 0.5 kg', () => {
    expect(chargeableWeightKg({ grossWeightKg: 500, volumeM3: 4 }).toString()).toBe('668'); // volume wins
    expect(chargeableWeightKg({ grossWeightKg: 1000, volumeM3: 2 }).toString()).toBe('1000'); // weight wins
    expect(chargeableWeightKg({ grossWeightKg: 100, volumeM3: 1.001 }).toString()).toBe('167.5'); // 167.167
    expect(chargeableWeightKg({ grossWeightKg: 100.2 }).toString()).toBe('100.5');
    expect(chargeableWeightKg({ grossWeightKg: 100.5 }).toString()).toBe('100.5');
  });
});

describe('schedule arithmetic', () => {
  it('parses ISO dates strictly and Dates at their UTC calendar day', () => {
    expect(parseReadyDate('2026-03-02')?.format('YYYY-MM-DD dddd')).toBe('2026-03-02 Monday');
    expect(parseReadyDate(new Date('2026-03-02T23:30:00Z'))?.format('YYYY-MM-DD')).toBe('2026-03-02');
    expect(parseReadyDate('2026-02-30')).toBeUndefined();
    expect(parseReadyDate('2026-3-2')).toBeUndefined();
    expect(parseReadyDate('2026-03-02T10:00:00Z')).toBeUndefined();
    expect(parseReadyDate(new Date('nope'))).toBeUndefined();
  });

  it('finds the first scheduled weekday on or after a day', () => {
    const wednesday = parseReadyDate('2026-03-04')!;
    expect(firstDepartureOnOrAfter(wednesday, [3]).format('YYYY-MM-DD')).toBe('2026-03-04');
    expect(firstDepartureOnOrAfter(wednesday, [2, 5]).format('YYYY-MM-DD')).toBe('2026-03-06');
    expect(firstDepartureOnOrAfter(wednesday, [2]).format('YYYY-MM-DD')).toBe('2026-03-10');
    expect(() => firstDepartureOnOrAfter(wednesday, [])).toThrow();
    expect(daysBetween(parseReadyDate('2026-03-02')!, parseReadyDate('2026-03-20')!)).toBe(18);
  });

  it('counts days across month ends and the EU/US daylight-saving change the same way', () => {
    const ready = parseReadyDate('2026-03-27')!;
    expect(ready.add(5, 'day').format('YYYY-MM-DD')).toBe('2026-04-01');
    expect(daysBetween(ready, parseReadyDate('2026-04-01')!)).toBe(5);
    expect(dayjs.isDayjs(ready)).toBe(true);
  });
});
