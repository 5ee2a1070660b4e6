import {
  checkLocode,
  getLocation,
  greatCircleKm,
  listLocations,
  locationHasKind,
  EARTH_RADIUS_KM,
} from '../../server/reference/locations';

describe('checkLocode', () => {
  it('accepts the corridor places and returns the location', () => {
    const result = checkLocode('CNCKG');
    expect(result).toMatchObject({ ok: true, value: { code: 'CNCKG', name: 'Chongqing', country: 'CN' } });
    for (const code of ['CNQZH', 'SGSIN', 'DEDUI', 'LAVTE', 'THBKK', 'CNSHA', 'CNYIW', 'USLAX', 'USJFK']) {
      expect(checkLocode(code).ok).toBe(true);
    }
  });

  it('normalises case, surrounding blanks and the list-style space ("CN CKG")', () => {
    const result = checkLocode(' cn ckg ');
    expect(result.ok && result.value.code).toBe('CNCKG');
  });

  it.each(['CNCK', 'CNCKGX', 'C1CKG', 'CNCK1', 'CNCK0', 'CN-CKG', ''])('rejects the format of %p', (code) => {
    expect(checkLocode(code)).toEqual({
      ok: false,
      rule: 'locode-format',
      message: 'UN/LOCODE must be 2 country letters and 3 letters or digits 2-9',
    });
  });

  it('accepts digits 2-9 in the format but then reports the code as unknown', () => {
    expect(checkLocode('CNXX9')).toEqual({ ok: false, rule: 'locode-unknown', message: "unknown UN/LOCODE 'CNXX9'" });
    expect(checkLocode('CNXXX')).toEqual({ ok: false, rule: 'locode-unknown', message: "unknown UN/LOCODE 'CNXXX'" });
  });

  it('accepts an alias and normalises it to the table code', () => {
    const yiwu = checkLocode('CNYIU');
    expect(yiwu.ok && yiwu.value.code).toBe('CNYIW');
  });
});

describe('location table', () => {
  it('has about sixty well-formed, unique entries whose country is the code prefix', () => {
    const all = listLocations();
    expect(all.length).toBeGreaterThanOrEqual(55);
    expect(new Set(all.map((l) => l.code)).size).toBe(all.length);
    for (const l of all) {
      expect(l.code).toMatch(/^[A-Z]{2}[A-Z2-9]{3}$/);
      expect(l.country).toBe(l.code.slice(0, 2));
      expect(Math.abs(l.lat)).toBeLessThanOrEqual(90);
      expect(Math.abs(l.lon)).toBeLessThanOrEqual(180);
      expect(l.kind.length).toBeGreaterThan(0);
    }
  });

  it('gives Chongqing one code with several functions', () => {
    const ckg = getLocation('CNCKG');
    expect(ckg?.kind).toEqual(expect.arrayContaining(['railTerminal', 'riverPort', 'airport']));
    expect(locationHasKind('CNCKG', 'seaport')).toBe(false);
    expect(locationHasKind('CNQZH', 'seaport')).toBe(true);
    expect(locationHasKind('DEDUI', 'railTerminal')).toBe(true);
    expect(locationHasKind('CNXXX', 'railTerminal')).toBe(false);
  });

  it('returns undefined for an unknown code', () => {
    expect(getLocation('CNXXX')).toBeUndefined();
  });

  it('freezes entries so callers cannot change reference data', () => {
    const ckg = getLocation('CNCKG')!;
    expect(Object.isFrozen(ckg)).toBe(true);
    expect(Object.isFrozen(ckg.kind)).toBe(true);
  });
});

describe('greatCircleKm', () => {
  it('is zero for the same point and a quarter circumference from the equator to the pole', () => {
    expect(greatCircleKm({ lat: 10, lon: 20 }, { lat: 10, lon: 20 })).toBe(0);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
    expect(greatCircleKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });

  it('is symmetric and gives plausible corridor distances', () => {
    const ckg = getLocation('CNCKG')!;
    const qzh = getLocation('CNQZH')!;
    const dui = getLocation('DEDUI')!;
    expect(greatCircleKm(ckg, qzh)).toBeCloseTo(greatCircleKm(qzh, ckg), 9);
    // Chongqing-Qinzhou is about 900 km as the crow flies; Chongqing-Duisburg about 8,100 km.
    expect(greatCircleKm(ckg, qzh)).toBeGreaterThan(850);
    expect(greatCircleKm(ckg, qzh)).toBeLessThan(950);
    expect(greatCircleKm(ckg, dui)).toBeGreaterThan(7900);
    expect(greatCircleKm(ckg, dui)).toBeLessThan(8300);
  });
});
