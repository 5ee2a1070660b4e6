import { checkCountry, isCountryCode, listCountryCodes } from '../../../server/customs/validation/countries';
import {
  checkCustomsOffice,
  checkDeclarationNumber,
  getCustomsOffice,
  listCustomsOffices,
  officesOfDistrict,
} from '../../../server/customs/validation/customs-offices';

describe('customs codes (关区代码)', () => {
  it('accepts the offices in the table, with their district', () => {
    const check = checkCustomsOffice(' 8001 ');
    expect(check).toEqual({ ok: true, value: expect.objectContaining({ code: '8001', district: '8000', nameZh: '重庆海关', isDistrict: false }) });
    expect(getCustomsOffice('2921')).toMatchObject({ nameZh: '义乌海关', district: '2900' });
  });

  it('refuses a district code when the table lists its offices, accepts it when it lists none', () => {
    expect(checkCustomsOffice('8000')).toMatchObject({ ok: false, rule: 'customs-office-district' });
    expect(checkCustomsOffice('2200')).toMatchObject({ ok: false, rule: 'customs-office-district' });
    expect(checkCustomsOffice('7200')).toMatchObject({ ok: true, value: { code: '7200', isDistrict: true } });
    expect(officesOfDistrict('7200')).toEqual([]);
  });

  it('refuses unknown and malformed codes', () => {
    expect(checkCustomsOffice('8099')).toMatchObject({ ok: false, rule: 'customs-office-unknown' });
    expect(checkCustomsOffice('80A1')).toMatchObject({ ok: false, rule: 'customs-office-format' });
    expect(checkCustomsOffice('800')).toMatchObject({ ok: false, rule: 'customs-office-format' });
  });

  it('every code is 4 digits and belongs to a district row of the table', () => {
    const codes = listCustomsOffices().map((o) => o.code);
    expect(codes.every((c) => /^\d{4}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(listCustomsOffices().every((o) => codes.includes(o.district))).toBe(true);
  });
});

describe('customs declaration number (海关编号)', () => {
  it('reads office, year, direction and serial from 18 digits', () => {
    expect(checkDeclarationNumber('800120251000012345')).toEqual({
      ok: true,
      value: { number: '800120251000012345', customsCode: '8001', year: 2025, direction: 'import', serial: '000012345' },
    });
    expect(checkDeclarationNumber('800120250000012345')).toMatchObject({ ok: true, value: { direction: 'export' } });
    expect(checkDeclarationNumber('80012025200001234')).toMatchObject({ ok: false, rule: 'declaration-number-format' });
    expect(checkDeclarationNumber('800120252000012345')).toMatchObject({ ok: false, rule: 'declaration-number-format' });
  });
});

describe('ISO 3166-1 alpha-2 countries', () => {
  it('holds the 249 assigned codes', () => {
    expect(listCountryCodes()).toHaveLength(249);
    expect(['CN', 'SG', 'TH', 'LA', 'DE', 'HK'].every(isCountryCode)).toBe(true);
  });

  it('normalises case and refuses user-assigned or malformed codes', () => {
    expect(checkCountry(' sg ')).toEqual({ ok: true, value: 'SG' });
    expect(checkCountry('XK')).toMatchObject({ ok: false, rule: 'country-unknown' });
    expect(checkCountry('CHN')).toMatchObject({ ok: false, rule: 'iso3166-alpha2' });
  });
});
