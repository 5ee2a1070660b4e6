import { accruedInterest, isOverdue, maturityDate, type AccruedInterest, type AccruedInterestInput } from '../../../server/financing/rules/interest';

function interest(input: AccruedInterestInput): AccruedInterest {
  const result = accruedInterest(input);
  if (!result.ok) throw new Error(`expected interest, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function errors(input: AccruedInterestInput): unknown {
  const result = accruedInterest(input);
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

// 1 January to 1 April 2025: 31 + 28 + 31 = 90 days.
const LOAN: AccruedInterestInput = {
  principal: '1000000.00',
  annualRatePercent: '4.5',
  from: '2025-01-01',
  to: '2025-04-01',
  repayments: [],
  currency: 'USD',
};

describe('accruedInterest (ACT/360, simple)', () => {
  // 1,000,000.00 × 4.5 % × 90 / 360 = 11,250.00
  it('USD 1,000,000.00 at 4.5 % for 90 days: 11,250.00', () => {
    expect(interest(LOAN)).toEqual({
      currency: 'USD',
      dayCount: 'ACT/360',
      days: 90,
      periods: [{ from: '2025-01-01', to: '2025-04-01', days: 90, principal: '1000000', interest: '11250' }],
      exact: '11250',
      interest: '11250.00',
      outstandingPrincipal: '1000000.00',
    });
  });

  // 30 days on 1,000,000.00 = 3,750.00; then 60 days on 600,000.00 = 4,500.00; total 8,250.00.
  it('with 400,000.00 repaid after 30 days: 3,750.00 + 4,500.00 = 8,250.00', () => {
    const result = interest({ ...LOAN, repayments: [{ at: '2025-01-31', amount: '400000.00' }] });
    expect(result.periods).toEqual([
      { from: '2025-01-01', to: '2025-01-31', days: 30, principal: '1000000', interest: '3750' },
      { from: '2025-01-31', to: '2025-04-01', days: 60, principal: '600000', interest: '4500' },
    ]);
    expect(result).toMatchObject({ days: 90, interest: '8250.00', outstandingPrincipal: '600000.00' });
  });

  // 2,345,678.90 × 3.85 % × 90 / 360 = 2,345,678.90 × 0.009625 = 22,577.1594125
  it('CNY 2,345,678.90 at 3.85 % from 15 March to 13 June 2025 (90 days): 22,577.16', () => {
    expect(interest({ ...LOAN, principal: '2345678.90', annualRatePercent: '3.85', from: '2025-03-15', to: '2025-06-13', currency: 'CNY' })).toMatchObject({
      days: 90,
      exact: '22577.1594125',
      interest: '22577.16',
    });
  });

  // 2,500.00 × 1.8 % / 360 = 0.125 a day.
  it('rounds half-up to the minor units: 0.125 is 0.13', () => {
    expect(interest({ ...LOAN, principal: '2500.00', annualRatePercent: '1.8', from: '2025-01-01', to: '2025-01-02' })).toMatchObject({ exact: '0.125', interest: '0.13' });
  });

  // 1 day on 2,500.00 = 0.125, then 2 days on 1,250.00 = 0.125: 0.25 in all. Rounding each period
  // first would give 0.13 + 0.13 = 0.26.
  it('rounds once, at the end, not period by period', () => {
    const result = interest({ ...LOAN, principal: '2500.00', annualRatePercent: '1.8', from: '2025-01-01', to: '2025-01-04', repayments: [{ at: '2025-01-02', amount: '1250' }] });
    expect(result.periods.map((p) => p.interest)).toEqual(['0.125', '0.125']);
    expect(result).toMatchObject({ exact: '0.25', interest: '0.25', outstandingPrincipal: '1250.00' });
  });

  // 1,000,000 × 1.3 % × 31 / 360 = 1,119.444…
  it('rounds to the currency: JPY has no minor units', () => {
    expect(interest({ ...LOAN, principal: '1000000', annualRatePercent: '1.3', from: '2025-01-01', to: '2025-02-01', currency: 'JPY' })).toMatchObject({
      days: 31,
      interest: '1119',
      outstandingPrincipal: '1000000',
    });
  });

  it('counts actual days: February 2024 has 29', () => {
    // 360,000.00 × 10 % / 360 = 100.00 a day
    expect(interest({ ...LOAN, principal: '360000.00', annualRatePercent: '10', from: '2024-02-01', to: '2024-03-01' })).toMatchObject({ days: 29, interest: '2900.00' });
  });

  it('counts UTC days of date-times with an offset', () => {
    // 23:30 in Beijing on 1 January is 15:30 UTC the same day; 02:00 on 1 April in Beijing is 31 March in UTC.
    expect(interest({ ...LOAN, from: '2025-01-01T23:30:00+08:00', to: '2025-04-01T02:00:00+08:00' })).toMatchObject({ days: 89, interest: '11125.00' });
  });

  it('takes repayments in any order, and on the first or last day', () => {
    const result = interest({
      ...LOAN,
      repayments: [
        { at: '2025-04-01', amount: '100000.00' },
        { at: '2025-01-31', amount: '400000.00' },
        { at: '2025-01-01', amount: '500000.00' },
      ],
    });
    // 500,000 from day one: 30 days on 500,000 = 1,875.00, 60 days on 100,000 = 750.00; the last repayment changes no interest
    expect(result.periods.map((p) => [p.days, p.principal])).toEqual([
      [30, '500000'],
      [60, '100000'],
    ]);
    expect(result).toMatchObject({ interest: '2625.00', outstandingPrincipal: '0.00' });
  });

  it('accrues nothing at 0 % or over no days', () => {
    expect(interest({ ...LOAN, annualRatePercent: '0' })).toMatchObject({ interest: '0.00' });
    expect(interest({ ...LOAN, to: '2025-01-01' })).toMatchObject({ days: 0, periods: [], interest: '0.00' });
  });

  it('refuses a repayment above the outstanding principal, or outside the period', () => {
    expect(errors({ ...LOAN, repayments: [{ at: '2025-01-31', amount: '600000' }, { at: '2025-02-28', amount: '400000.01' }] })).toEqual([
      { code: 'VALIDATION', field: ['repayments', '1', 'amount'], rule: 'repayment-exceeds-principal', message: 'repayments.1.amount: 400000.01 exceeds the outstanding principal 400000' },
    ]);
    expect(errors({ ...LOAN, repayments: [{ at: '2024-12-31', amount: '1' }] })).toEqual([
      { code: 'VALIDATION', field: ['repayments', '0', 'at'], rule: 'repayment-outside-period', message: 'repayments.0.at: 2024-12-31 is outside 2025-01-01 to 2025-04-01' },
    ]);
  });

  it('names every bad field', () => {
    const found = errors({ ...LOAN, principal: '0', annualRatePercent: '100', currency: 'XYZ', from: '2025-04-02', repayments: [{ at: '2025-04-01', amount: 'x' }] }) as { field: string[]; rule: string }[];
    expect(found.map((e) => [e.field.join('.'), e.rule])).toEqual([
      ['currency', 'currency-unknown'],
      ['principal', 'positive'],
      ['annualRatePercent', 'annual-rate'],
      ['to', 'date-order'],
      ['repayments.0.at', 'repayment-outside-period'],
      ['repayments.0.amount', 'decimal'],
    ]);
  });

  it('throws on a malformed date', () => {
    expect(() => accruedInterest({ ...LOAN, to: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('maturityDate and isOverdue', () => {
  it('adds the tenor to the UTC day of disbursement', () => {
    expect(maturityDate('2025-01-01T10:00:00Z', 90)).toBe('2025-04-01');
    expect(maturityDate('2024-12-31', 360)).toBe('2025-12-26');
    expect(maturityDate('2025-01-01T02:00:00+08:00', 1)).toBe('2025-01-01');
  });

  it('throws on a tenor outside 1 to 360 days', () => {
    expect(() => maturityDate('2025-01-01', 0)).toThrow(/tenorDays/);
    expect(() => maturityDate('2025-01-01', 361)).toThrow(RangeError);
    expect(() => maturityDate('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('is overdue from the day after maturity', () => {
    expect(isOverdue('2025-04-01', '2025-04-01T23:59:59Z')).toBe(false);
    expect(isOverdue('2025-04-01', '2025-04-02T00:00:00Z')).toBe(true);
    expect(isOverdue('2025-04-01', '2025-03-01')).toBe(false);
  });
});
