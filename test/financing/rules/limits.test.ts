import { approvalLimit, checkFinancingTerms } from '../../../server/financing/rules/limits';

describe('approvalLimit', () => {
  it('is the advance rate × the verified cargo value: 70 % of CNY 2,000,000.00 is 1,400,000.00', () => {
    expect(approvalLimit('2000000.00', '70', 'CNY')).toEqual({
      ok: true,
      value: { verifiedCargoValue: '2000000.00', advanceRatePercent: '70', limit: '1400000.00', currency: 'CNY' },
    });
  });

  // 1,234,567.89 × 80 % = 987,654.312
  it('80 % of USD 1,234,567.89 is 987,654.31', () => {
    expect(approvalLimit('1234567.89', '80', 'USD')).toMatchObject({ ok: true, value: { limit: '987654.31' } });
  });

  // 1,000.01 × 75 % = 750.0075: half-up would lend 750.01, a cent above the advance rate.
  it('rounds down, so the limit never exceeds advance rate × value', () => {
    expect(approvalLimit('1000.01', '75', 'USD')).toMatchObject({ ok: true, value: { limit: '750.00' } });
    // 1,000,001 × 70 % = 700,000.7 yen
    expect(approvalLimit('1000001', '70', 'JPY')).toMatchObject({ ok: true, value: { limit: '700000', verifiedCargoValue: '1000001' } });
  });

  it('lends up to all of the value, never more, and something', () => {
    expect(approvalLimit('500.00', '100', 'USD')).toMatchObject({ ok: true, value: { limit: '500.00' } });
    for (const rate of ['0', '100.01', '-5', 'most']) {
      expect(approvalLimit('500.00', rate, 'USD')).toEqual({
        ok: false,
        error: [{ code: 'VALIDATION', field: ['advanceRatePercent'], rule: 'advance-rate', message: `advanceRatePercent: must be a percentage above 0 and at most 100, got '${rate}'` }],
      });
    }
  });

  it('names every bad input', () => {
    const result = approvalLimit('0', '0', 'US');
    expect(!result.ok && result.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([
      ['currency', 'currency-format'],
      ['verifiedCargoValue', 'positive'],
      ['advanceRatePercent', 'advance-rate'],
    ]);
  });
});

describe('checkFinancingTerms', () => {
  it('accepts terms within bounds, 0 % interest and the 1- and 360-day tenors included', () => {
    for (const terms of [
      { advanceRatePercent: '80', annualRatePercent: '4.5', tenorDays: 90 },
      { advanceRatePercent: '0.5', annualRatePercent: '0', tenorDays: 1 },
      { advanceRatePercent: '100', annualRatePercent: '99.99', tenorDays: 360 },
    ]) {
      expect(checkFinancingTerms(terms)).toEqual({ ok: true, value: terms });
    }
  });

  it('refuses each term out of bounds, with its field and rule', () => {
    expect(checkFinancingTerms({ advanceRatePercent: '0', annualRatePercent: '100', tenorDays: 361 })).toEqual({
      ok: false,
      error: [
        { code: 'VALIDATION', field: ['advanceRatePercent'], rule: 'advance-rate', message: "advanceRatePercent: must be a percentage above 0 and at most 100, got '0'" },
        { code: 'VALIDATION', field: ['annualRatePercent'], rule: 'annual-rate', message: "annualRatePercent: must be a percentage from 0 up to (not including) 100, got '100'" },
        { code: 'VALIDATION', field: ['tenorDays'], rule: 'tenor-days', message: 'tenorDays: must be a whole number of days from 1 to 360, got 361' },
      ],
    });
    const short = checkFinancingTerms({ advanceRatePercent: '80', annualRatePercent: '-0.1', tenorDays: 0 });
    expect(!short.ok && short.error.map((e) => e.rule)).toEqual(['annual-rate', 'tenor-days']);
    const fraction = checkFinancingTerms({ advanceRatePercent: '80', annualRatePercent: '4', tenorDays: 30.5 });
    expect(!fraction.ok && fraction.error.map((e) => e.rule)).toEqual(['tenor-days']);
  });
});
