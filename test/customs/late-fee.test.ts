import { CHINA_LATE_FEE_RULES, completeDueBy, lateFee, type LateFee, type LateFeeRules } from '../../server/customs/rules/late-fee';

function fee(...args: Parameters<typeof lateFee>): LateFee {
  const result = lateFee(...args);
  if (!result.ok) throw new Error(`expected a fee, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The brief's reading: rounding to the fen and a 50-yuan minimum charge. */
const MINOR_UNITS_WITH_FLOOR: LateFeeRules = { ...CHINA_LATE_FEE_RULES, minimum: { amount: '50', mode: 'floor' }, rounding: 'minor-units' };

const CONVEYANCE = '2026-03-02';
const MILLION = { amount: '1234567.89', currency: 'CNY' };

describe('completeDueBy', () => {
  it('gives the 14th day counting the conveyance declaration day as day 1', () => {
    // 2 March is day 1, 15 March day 14; the fee would start on 16 March, the 15th day.
    expect(completeDueBy(CONVEYANCE)).toBe('2026-03-15');
    expect(completeDueBy(new Date(Date.UTC(2026, 1, 20, 18, 0)))).toBe('2026-03-05'); // 2026 is no leap year
  });

  it('counts UTC calendar days of date-times', () => {
    // 23:30 in Beijing is 15:30 UTC the same day; 01:00 in Beijing is still the day before in UTC.
    expect(completeDueBy('2026-03-02T23:30:00+08:00')).toBe('2026-03-15');
    expect(completeDueBy('2026-03-02T01:00:00+08:00')).toBe('2026-03-14');
  });

  it('moves the first fee day past non-working days', () => {
    expect(completeDueBy(CONVEYANCE, { nonWorkingDays: ['2026-03-16', '2026-03-17'] })).toBe('2026-03-17');
    // a non-working day inside the period changes nothing
    expect(completeDueBy(CONVEYANCE, { nonWorkingDays: ['2026-03-10'] })).toBe('2026-03-15');
  });

  it('takes the allowed days from the rules', () => {
    expect(completeDueBy(CONVEYANCE, { rules: { ...CHINA_LATE_FEE_RULES, daysAllowed: 1 } })).toBe('2026-03-02');
  });

  it('throws on a malformed date or rules', () => {
    expect(() => completeDueBy('2026-02-30')).toThrow(RangeError);
    expect(() => completeDueBy('2026-03-02 10:00')).toThrow(RangeError);
    expect(() => completeDueBy(CONVEYANCE, { rules: { ...CHINA_LATE_FEE_RULES, daysAllowed: 0 } })).toThrow(/daysAllowed/);
  });
});

describe('lateFee', () => {
  it('is zero on time (on the due day, and before: an advance declaration)', () => {
    expect(fee({ customsValue: MILLION, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-03-15' })).toEqual({
      dueBy: '2026-03-15',
      daysLate: 0,
      ratePerDay: '0.0005',
      currency: 'CNY',
      exact: '0',
      fee: '0.00',
    });
    expect(fee({ customsValue: MILLION, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-02-27' })).toMatchObject({ daysLate: 0, fee: '0.00' });
  });

  // 3 days late (16, 17 and 18 March): 1,234,567.89 × 0.0005 = 617.283945 a day;
  // × 3 = 1,851.851835.
  it('3 days late on CNY 1,234,567.89, rounded to the fen: 1,851.85', () => {
    expect(fee({ customsValue: MILLION, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-03-18' }, MINOR_UNITS_WITH_FLOOR)).toEqual({
      dueBy: '2026-03-15',
      daysLate: 3,
      ratePerDay: '0.0005',
      currency: 'CNY',
      exact: '1851.851835',
      fee: '1851.85',
    });
  });

  it('3 days late on CNY 1,234,567.89 under the GACC rules: 1,851 yuan (the part under one yuan is not levied)', () => {
    expect(fee({ customsValue: MILLION, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-03-18T23:59:59Z' })).toMatchObject({
      daysLate: 3,
      exact: '1851.851835',
      fee: '1851.00',
    });
  });

  // CNY 10,000.00, 3 days: 10,000.00 × 0.0005 × 3 = 15.00.
  it('a minimum charge (floor) raises a small fee to 50.00', () => {
    expect(
      fee({ customsValue: { amount: '10000.00', currency: 'CNY' }, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-03-18' }, MINOR_UNITS_WITH_FLOOR),
    ).toMatchObject({ exact: '15', fee: '50.00', note: 'raised to the 50.00 CNY minimum' });
  });

  it('the GACC threshold waives a small fee instead', () => {
    expect(fee({ customsValue: { amount: '10000.00', currency: 'CNY' }, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-03-18' })).toMatchObject({
      exact: '15',
      fee: '0.00',
      note: 'below the 50.00 CNY threshold: not levied',
    });
  });

  it('levies exactly at the threshold', () => {
    // 33,333.34 × 0.0005 × 3 = 50.00001 → 50 yuan, levied; 33,333.33 × 0.0015 = 49.999995 → 49, waived.
    const at = (amount: string) => fee({ customsValue: { amount, currency: 'CNY' }, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-03-18' });
    expect(at('33333.34')).toMatchObject({ exact: '50.00001', fee: '50.00' });
    expect(at('33333.33')).toMatchObject({ exact: '49.999995', fee: '0.00' });
  });

  it('takes the rate from the rules', () => {
    // 1,234,567.89 × 0.001 × 3 = 3,703.70367 → 3,703.70
    expect(
      fee(
        { customsValue: MILLION, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-03-18' },
        { ...MINOR_UNITS_WITH_FLOOR, ratePerDay: '0.001' },
      ),
    ).toMatchObject({ exact: '3703.70367', fee: '3703.70' });
  });

  it('counts from the moved due date when the first fee day is a non-working day', () => {
    // due 17 March; 18 March is 1 day late: 617.283945 → 617 yuan
    expect(
      fee({ customsValue: MILLION, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-03-18', nonWorkingDays: ['2026-03-16', '2026-03-17'] }),
    ).toMatchObject({ dueBy: '2026-03-17', daysLate: 1, fee: '617.00' });
  });

  it('refuses a customs value in another currency than the fee', () => {
    const result = lateFee({ customsValue: { amount: '1000', currency: 'USD' }, conveyanceDeclaredAt: CONVEYANCE, declaredAt: '2026-03-18' });
    expect(result).toMatchObject({ ok: false, error: [{ field: ['customsValue', 'currency'], rule: 'currency-mismatch' }] });
  });
});
