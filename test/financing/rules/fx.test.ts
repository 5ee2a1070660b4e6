import { Decimal } from '../../../server/shared/money';
import { assertRateTable, convert, DEFAULT_RATE_TABLE, rateAt, type AppliedRate, type Conversion, type RateTable } from '../../../server/financing/rules/fx';

function rate(...args: Parameters<typeof rateAt>): AppliedRate {
  const result = rateAt(...args);
  if (!result.ok) throw new Error(`expected a rate, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function converted(...args: Parameters<typeof convert>): Conversion {
  const result = convert(...args);
  if (!result.ok) throw new Error(`expected a conversion, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const FEBRUARY = '2025-02-01T00:00:00Z';
const APRIL = '2025-04-01T00:00:00.000Z';

describe('rateAt', () => {
  it('takes a direct rate', () => {
    expect(rate(DEFAULT_RATE_TABLE, 'USD', 'CNY', FEBRUARY)).toEqual({
      from: 'USD',
      to: 'CNY',
      at: '2025-02-01T00:00:00.000Z',
      rate: '7.18',
      via: 'direct',
      entries: [{ base: 'USD', quote: 'CNY', rate: '7.18', from: '2025-01-01T00:00:00.000Z' }],
    });
  });

  it('takes the latest rate at or before the moment: the table moves with the clock', () => {
    expect(rate(DEFAULT_RATE_TABLE, 'USD', 'CNY', '2025-03-31T23:59:59Z').rate).toBe('7.18');
    expect(rate(DEFAULT_RATE_TABLE, 'USD', 'CNY', APRIL).rate).toBe('7.3');
    expect(rate(DEFAULT_RATE_TABLE, 'USD', 'CNY', '2025-04-01T07:59:59+08:00').rate).toBe('7.18');
  });

  it('inverts a rate quoted the other way', () => {
    const r = rate(DEFAULT_RATE_TABLE, 'CNY', 'USD', FEBRUARY);
    expect(r).toMatchObject({ via: 'inverse', rate: '0.1392757660167130919220055710306407' });
    expect(r.rate).toBe(new Decimal(1).dividedBy('7.18').toString());
  });

  it('crosses via USD when the table has no rate for the pair', () => {
    // 1.04 × 34.00 = 35.36; after April 1.08 × 34.00 = 36.72
    expect(rate(DEFAULT_RATE_TABLE, 'EUR', 'THB', FEBRUARY)).toMatchObject({ via: 'cross', rate: '35.36' });
    expect(rate(DEFAULT_RATE_TABLE, 'EUR', 'THB', APRIL)).toMatchObject({ via: 'cross', rate: '36.72' });
    // 1.04 × 7.18 = 7.4672, both legs direct
    expect(rate(DEFAULT_RATE_TABLE, 'EUR', 'CNY', FEBRUARY).rate).toBe('7.4672');
    // CNY → USD inverse, USD → THB direct: 34 / 7.18
    const cny = rate(DEFAULT_RATE_TABLE, 'CNY', 'THB', FEBRUARY);
    expect(cny.rate).toBe('4.735376044568245125348189415041784');
    expect(cny.entries.map((e) => `${e.base}/${e.quote}`)).toEqual(['USD/CNY', 'USD/THB']);
  });

  it('is 1 between a currency and itself', () => {
    expect(rate(DEFAULT_RATE_TABLE, 'SGD', 'SGD', FEBRUARY)).toMatchObject({ rate: '1', via: 'same', entries: [] });
  });

  it('prefers the latest entry either way round, and the direct one on a tie', () => {
    const table: RateTable = [
      { base: 'USD', quote: 'CNY', rate: '7.10', from: '2025-01-01T00:00:00Z' },
      { base: 'CNY', quote: 'USD', rate: '0.125', from: '2025-02-01T00:00:00Z' },
      { base: 'USD', quote: 'CNY', rate: '8.00', from: '2025-02-01T00:00:00Z' },
    ];
    expect(rate(table, 'USD', 'CNY', '2025-01-15')).toMatchObject({ rate: '7.1', via: 'direct' });
    expect(rate(table, 'USD', 'CNY', '2025-02-15')).toMatchObject({ rate: '8', via: 'direct' });
    expect(rate(table, 'CNY', 'USD', '2025-02-15')).toMatchObject({ rate: '0.125', via: 'direct' });
    expect(rate(table.slice(0, 2), 'USD', 'CNY', '2025-02-15')).toMatchObject({ rate: '8', via: 'inverse' });
  });

  it('fails, naming the pair and the moment, when no rate is held', () => {
    expect(rateAt(DEFAULT_RATE_TABLE, 'USD', 'CNY', '2024-12-31')).toEqual({
      ok: false,
      error: [
        {
          code: 'BUSINESS_RULE',
          rule: 'fx-rate-missing',
          field: ['at'],
          message: 'no USD/CNY rate at or before 2024-12-31T00:00:00.000Z: the rate table has no direct, inverse or cross (via USD) rate for that date',
        },
      ],
    });
    const jpy = rateAt(DEFAULT_RATE_TABLE, 'USD', 'JPY', FEBRUARY);
    expect(!jpy.ok && jpy.error[0]?.message).toMatch(/^no USD\/JPY rate at or before 2025-02-01T00:00:00.000Z/);
    // a cross needs both legs
    const gbp = rateAt(DEFAULT_RATE_TABLE, 'GBP', 'EUR', FEBRUARY);
    expect(!gbp.ok && gbp.error[0]?.rule).toBe('fx-rate-missing');
    const oneLeg: RateTable = [{ base: 'EUR', quote: 'USD', rate: '1.04', from: '2025-01-01T00:00:00Z' }];
    expect(rateAt(oneLeg, 'EUR', 'THB', FEBRUARY).ok).toBe(false);
  });

  it('names an unknown currency', () => {
    expect(rateAt(DEFAULT_RATE_TABLE, 'XXX', 'usd', FEBRUARY)).toEqual({
      ok: false,
      error: [{ code: 'VALIDATION', field: ['from'], rule: 'currency-unknown', message: "from: unknown ISO 4217 currency 'XXX'" }],
    });
    expect(rate(DEFAULT_RATE_TABLE, 'usd', 'cny', FEBRUARY)).toMatchObject({ from: 'USD', to: 'CNY' });
  });
});

describe('convert', () => {
  it('converts direct, inverse and across USD, rounded half-up to the target currency, showing both amounts', () => {
    expect(converted('1000.00', 'USD', 'CNY', DEFAULT_RATE_TABLE, FEBRUARY)).toMatchObject({
      source: { amount: '1000.00', currency: 'USD' },
      converted: { amount: '7180.00', currency: 'CNY' },
    });
    // 10,000 / 7.18 = 1,392.7576…
    expect(converted('10000', 'CNY', 'USD', DEFAULT_RATE_TABLE, FEBRUARY).converted).toEqual({ amount: '1392.76', currency: 'USD' });
    // 100,000 × 34 / 7.18 = 473,537.6044…
    expect(converted('100000', 'CNY', 'THB', DEFAULT_RATE_TABLE, FEBRUARY).converted).toEqual({ amount: '473537.60', currency: 'THB' });
    // 10,000 × 7.18 / 34 = 2,111.7647…
    expect(converted('10000', 'THB', 'CNY', DEFAULT_RATE_TABLE, FEBRUARY).converted).toEqual({ amount: '2111.76', currency: 'CNY' });
    expect(converted('1000', 'EUR', 'THB', DEFAULT_RATE_TABLE, APRIL).converted.amount).toBe('36720.00');
  });

  it('rounds to the target currency’s minor units: JPY has none', () => {
    const table: RateTable = [{ base: 'USD', quote: 'JPY', rate: '150.255', from: '2025-01-01T00:00:00Z' }];
    // 10.00 × 150.255 = 1,502.55 → 1,503
    expect(converted('10.00', 'USD', 'JPY', table, FEBRUARY).converted).toEqual({ amount: '1503', currency: 'JPY' });
  });

  it('reports a bad amount and a missing rate together', () => {
    const result = convert('-1', 'USD', 'CNY', DEFAULT_RATE_TABLE, '2024-06-01');
    expect(!result.ok && result.error.map((e) => e.rule)).toEqual(['non-negative', 'fx-rate-missing']);
  });
});

describe('assertRateTable', () => {
  it('accepts the default table', () => {
    expect(() => assertRateTable(DEFAULT_RATE_TABLE)).not.toThrow();
  });

  it('throws on an unusable entry', () => {
    const at = '2025-01-01T00:00:00Z';
    expect(() => assertRateTable([{ base: 'USD', quote: 'CNY', rate: '0', from: at }])).toThrow(/\[0\]\.rate/);
    expect(() => assertRateTable([{ base: 'USD', quote: 'USD', rate: '1', from: at }])).toThrow(/against itself/);
    expect(() => assertRateTable([{ base: 'USD', quote: 'ABC', rate: '1', from: at }])).toThrow(/unknown currency/);
    expect(() => assertRateTable([{ base: 'USD', quote: 'CNY', rate: '7', from: 'yesterday' }])).toThrow(RangeError);
    expect(() => rateAt([{ base: 'USD', quote: 'CNY', rate: 'x', from: at }], 'USD', 'CNY', at)).toThrow(RangeError);
  });
});
