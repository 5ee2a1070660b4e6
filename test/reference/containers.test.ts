import {
  checkContainerNumber,
  checkContainerType,
  containerCheckDigit,
  listContainerTypes,
} from '../../server/reference/containers';

describe('containerCheckDigit', () => {
  it('gives 3 for CSQU305438 (the ISO 6346 worked example, CSQU3054383)', () => {
    expect(containerCheckDigit('CSQU305438')).toBe(3);
  });

  it.each([
    ['MSKU000000', 6],
    ['TGHU123456', 7],
    ['MSCU123456', 6],
    ['MSKU907032', 3],
    ['APZU345678', 1],
    // With CSQU these use every letter, so a wrong letter value shows up.
    ['TCLU123456', 8],
    ['KLVU123456', 7],
    ['WXYJ654321', 3],
    ['BDEZ111111', 4],
    ['FGHU222222', 7],
    ['INOU333333', 0],
    ['PRTU444444', 9],
    ['AMSU555555', 7],
  ])('gives the digit for %s', (first10, digit) => {
    expect(containerCheckDigit(first10)).toBe(digit);
  });

  it('maps a remainder of 10 to 0', () => {
    // CSQU000007: weighted sum 13 + 60 + 112 + 256 + 7 * 512 = 4025, and 4025 mod 11 = 10.
    expect(containerCheckDigit('CSQU000007')).toBe(0);
  });

  it('throws on input that is not owner code, category and serial', () => {
    expect(() => containerCheckDigit('CSQ305438')).toThrow(RangeError);
    expect(() => containerCheckDigit('csqu305438')).toThrow(RangeError);
  });
});

describe('checkContainerNumber', () => {
  it('accepts CSQU3054383 and splits it into its parts', () => {
    expect(checkContainerNumber('CSQU3054383')).toEqual({
      ok: true,
      value: { number: 'CSQU3054383', ownerCode: 'CSQ', category: 'U', serial: '305438', checkDigit: 3 },
    });
  });

  it('normalises case, spaces and dashes', () => {
    const result = checkContainerNumber(' csqu 305438-3 ');
    expect(result.ok && result.value.number).toBe('CSQU3054383');
    expect(checkContainerNumber('CSQU0000070').ok).toBe(true);
    expect(checkContainerNumber('MSKU9070323').ok).toBe(true);
  });

  it('rejects a wrong check digit and names the expected one', () => {
    expect(checkContainerNumber('CSQU3054387')).toEqual({
      ok: false,
      rule: 'container-check-digit',
      message: 'ISO 6346 check digit is 3, not 7',
    });
  });

  it.each(['CSQU305438', 'CSQU30543833', 'CS1U3054383', 'CSQU30543A3', ''])('rejects the format of %p', (raw) => {
    expect(checkContainerNumber(raw)).toEqual({
      ok: false,
      rule: 'container-format',
      message:
        'ISO 6346 container number must be 3 owner-code letters, a category letter (U, J or Z), a 6-digit serial and a check digit',
    });
  });

  it('rejects a category identifier other than U, J or Z', () => {
    expect(checkContainerNumber('CSQX3054383')).toEqual({
      ok: false,
      rule: 'container-category',
      message: "ISO 6346 category identifier must be U, J or Z, not 'X'",
    });
  });
});

describe('checkContainerType', () => {
  it.each([
    ['22G1', 1, 20, '8ft6', false],
    ['42G1', 2, 40, '8ft6', false],
    ['45G1', 2, 40, '9ft6', false],
    ['22R1', 1, 20, '8ft6', true],
    ['45R1', 2, 40, '9ft6', true],
    ['22T1', 1, 20, '8ft6', false],
  ] as const)('%s is %i TEU, %i ft, %s high, reefer %p', (code, teu, lengthFt, height, reefer) => {
    expect(checkContainerType(code)).toMatchObject({ ok: true, value: { code, teu, lengthFt, height, reefer, maxGrossKg: 30480 } });
  });

  it('normalises case', () => {
    expect(checkContainerType('45g1')).toMatchObject({ ok: true, value: { code: '45G1', teu: 2 } });
  });

  it.each(['22G', '22G11', '2-G1', '2231', ''])('rejects the format of %p', (code) => {
    expect(checkContainerType(code)).toEqual({
      ok: false,
      rule: 'container-type-format',
      message: 'ISO 6346 size-type code must be 2 size characters and a 2-character type, e.g. 22G1',
    });
  });

  it('rejects a well-formed but unknown code and lists the known ones', () => {
    expect(checkContainerType('L5G1')).toEqual({
      ok: false,
      rule: 'container-type-unknown',
      message: "unknown container size-type code 'L5G1' (known: 22G1, 42G1, 45G1, 22R1, 45R1, 22U1, 42U1, 22T1)",
    });
  });

  it('gives 20-ft types 1 TEU and 40-ft types 2', () => {
    for (const t of listContainerTypes()) expect(t.teu).toBe(t.lengthFt === 20 ? 1 : 2);
  });
});
