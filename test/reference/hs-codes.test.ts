import {
  checkHsCode,
  getHsHeading,
  isBatteryGoods,
  listHsHeadings,
  normaliseHsCode,
} from '../../server/reference/hs-codes';

describe('checkHsCode', () => {
  it('normalises dots and spaces: "8711.60" becomes 871160', () => {
    expect(normaliseHsCode('8711.60')).toBe('871160');
    expect(checkHsCode('8711.60')).toEqual({
      ok: true,
      value: {
        code: '871160',
        heading: '8711',
        headingDescription: 'Motorcycles (including mopeds) and cycles fitted with an auxiliary motor',
        subheading: '871160',
        subheadingDescription: 'Motorcycles and cycles with an electric motor for propulsion',
      },
    });
  });

  it('accepts 6 to 10 digits and returns the heading of a code without a known subheading', () => {
    const parts = checkHsCode('8714 10 00 90');
    expect(parts).toEqual({
      ok: true,
      value: {
        code: '8714100090',
        heading: '8714',
        headingDescription: 'Parts and accessories of vehicles of headings 8711 to 8713',
        subheading: '871410',
      },
    });
    expect(checkHsCode('950300').ok).toBe(true);
    expect(checkHsCode('85076000').ok).toBe(true);
    const durian = checkHsCode('081060');
    expect(durian.ok && durian.value.subheadingDescription).toBe('Durians');
  });

  it('rejects characters other than digits, dots and spaces', () => {
    expect(checkHsCode('8711-60')).toEqual({
      ok: false,
      rule: 'hs-format',
      message: "HS code may contain only digits, dots and spaces, got '8711-60'",
    });
    expect(checkHsCode('')).toMatchObject({ ok: false, rule: 'hs-format' });
  });

  it('rejects fewer than 6 or more than 10 digits', () => {
    expect(checkHsCode('8711')).toEqual({ ok: false, rule: 'hs-length', message: 'HS code must have 6 to 10 digits, got 4' });
    expect(checkHsCode('87116000001')).toEqual({
      ok: false,
      rule: 'hs-length',
      message: 'HS code must have 6 to 10 digits, got 11',
    });
  });

  it('rejects a heading that is not in the table', () => {
    expect(checkHsCode('9999.00')).toEqual({
      ok: false,
      rule: 'hs-unknown-heading',
      message: "unknown HS heading '9999' (not in the reference heading table)",
    });
  });
});

describe('heading table', () => {
  it('has the scenario goods and 30 to 45 headings, sorted and well-formed', () => {
    const headings = listHsHeadings();
    expect(headings.length).toBeGreaterThanOrEqual(30);
    expect(headings.length).toBeLessThanOrEqual(45);
    const codes = headings.map((h) => h.heading);
    expect(codes).toEqual([...codes].sort());
    for (const code of ['8711', '8714', '8703', '8507', '9503', '0810', '8471', '8517']) expect(codes).toContain(code);
    for (const h of headings) {
      expect(h.heading).toMatch(/^\d{4}$/);
      expect(h.chapter).toBe(h.heading.slice(0, 2));
    }
  });

  it('looks up one heading', () => {
    expect(getHsHeading('9503')).toEqual({
      heading: '9503',
      chapter: '95',
      description: 'Tricycles, scooters, dolls and other toys; scale models; puzzles',
    });
    expect(getHsHeading('0000')).toBeUndefined();
  });
});

describe('isBatteryGoods', () => {
  it.each(['8507', '850760', '8507.60.00', '8507100000', '870380', '8703.80.10', '871160', '8711 60 90', '870360'])(
    'treats %p as battery goods',
    (code) => expect(isBatteryGoods(code)).toBe(true),
  );

  it.each(['8714', '871410', '8703', '870321', '871120', '9503', 'abc', ''])('does not treat %p as battery goods', (code) =>
    expect(isBatteryGoods(code)).toBe(false),
  );
});
