import { checkCurrency, getCurrency, listCurrencies, minorUnits } from '../../server/reference/currencies';

describe('checkCurrency', () => {
  it('accepts an active ISO 4217 code, case-insensitively', () => {
    expect(checkCurrency('CNY')).toEqual({
      ok: true,
      value: { code: 'CNY', numeric: '156', name: 'Yuan Renminbi', minorUnits: 2 },
    });
    expect(checkCurrency(' thb ')).toMatchObject({ ok: true, value: { code: 'THB', numeric: '764' } });
  });

  it.each(['US', 'USDX', 'US1', '840', ''])('rejects the format of %p', (code) => {
    expect(checkCurrency(code)).toEqual({
      ok: false,
      rule: 'currency-format',
      message: 'ISO 4217 currency code must be 3 letters',
    });
  });

  it('rejects a well-formed but unknown code', () => {
    expect(checkCurrency('XYZ')).toEqual({ ok: false, rule: 'currency-unknown', message: "unknown ISO 4217 currency 'XYZ'" });
    // Replaced codes are not active any more: Belarus redenominated BYR to BYN in 2016.
    expect(checkCurrency('BYR')).toMatchObject({ ok: false, rule: 'currency-unknown' });
  });
});

describe('minorUnits', () => {
  it.each([
    ['JPY', 0],
    ['KRW', 0],
    ['VND', 0],
    ['CNY', 2],
    ['USD', 2],
    ['EUR', 2],
    ['THB', 2],
    ['LAK', 2],
    ['SGD', 2],
    ['IDR', 2],
    ['KWD', 3],
    ['BHD', 3],
  ] as const)('%s has %i minor units', (code, units) => {
    expect(minorUnits(code)).toBe(units);
  });

  it('is undefined for an unknown code', () => {
    expect(minorUnits('XYZ')).toBeUndefined();
  });
});

describe('currency table', () => {
  it('has about forty unique, well-formed entries', () => {
    const all = listCurrencies();
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(new Set(all.map((c) => c.code)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.numeric)).size).toBe(all.length);
    for (const c of all) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.numeric).toMatch(/^\d{3}$/);
      expect([0, 2, 3]).toContain(c.minorUnits);
    }
    expect(getCurrency('BHD')?.numeric).toBe('048');
  });
});
