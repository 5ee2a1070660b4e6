import { checkUnit, getUnit, listUnits } from '../../server/reference/units';

describe('checkUnit', () => {
  it.each([
    ['H87', 'piece'],
    ['SET', 'set'],
    ['KGM', 'kilogram'],
    ['TNE', 'tonne (metric ton)'],
    ['MTR', 'metre'],
    ['MTQ', 'cubic metre'],
    ['LTR', 'litre'],
    ['PR', 'pair'],
    ['XCT', 'carton'],
    ['XPK', 'package'],
    ['XPX', 'pallet'],
  ])('accepts %s (%s)', (code, name) => {
    expect(checkUnit(code)).toMatchObject({ ok: true, value: { code, name } });
  });

  it.each([
    ['PCE', 'H87'],
    ['CT', 'XCT'],
    ['PK', 'XPK'],
    ['PX', 'XPX'],
    ['pce', 'H87'],
  ])('maps legacy %s to %s', (legacy, current) => {
    const result = checkUnit(legacy);
    expect(result.ok && result.value.code).toBe(current);
  });

  it.each(['K', 'KGMS', 'K-G', ''])('rejects the format of %p', (code) => {
    expect(checkUnit(code)).toEqual({
      ok: false,
      rule: 'unit-format',
      message: 'UN/ECE Rec 20 unit code must be 2 or 3 letters or digits',
    });
  });

  it('rejects an unknown code', () => {
    expect(checkUnit('ZZZ')).toEqual({ ok: false, rule: 'unit-unknown', message: "unknown UN/ECE Rec 20 unit 'ZZZ'" });
  });
});

describe('unit table', () => {
  it('has unique codes and classifies them', () => {
    const all = listUnits();
    expect(new Set(all.map((u) => u.code)).size).toBe(all.length);
    expect(getUnit('KGM')?.kind).toBe('mass');
    expect(getUnit('MTQ')?.kind).toBe('volume');
    expect(getUnit('PX')?.kind).toBe('package');
    expect(getUnit('NOPE')).toBeUndefined();
  });
});
