import { type Check, fail, pass } from '../../reference';

/**
 * Chinese customs codes (关区代码) for the declaration's customs office (申报地海关).
 *
 * A code has four digits: the first two are the directly-administered customs district (直属海关,
 * the customs statistics code of the district), the last two the subordinate office (隶属海关);
 * "00" is the district itself. The declaration-filling rules of the 关区代码表 say: where the table
 * lists only the district, declare the district's code (南京海关 2300); where it lists offices,
 * declare the office, not the district (上海浦江海关 2201, not 上海海关 2200).
 *
 * Where the codes come from, and how sure they are:
 * - District codes 2200 Shanghai, 2900 Hangzhou, 7200 Nanning, 8000 Chongqing: the two-digit
 *   district numbering of China customs statistics, long stable.
 * - Chongqing offices 8001, 8003, 8005, 8008, 8010, 8011, 8013: as listed (with their short names)
 *   for the Chongqing cross-border e-commerce declaration system around 2015; 8001 重庆海关 also in a
 *   second, independent list. Offices have been merged and renamed since (the Cuntan and Lianglu
 *   bonded areas, for one), so a code may now carry another name: the table is a simulator
 *   reference, not the current GACC parameter table.
 * - 2201 上海浦江海关, 2248 洋山港区, 2921 义乌海关: a published copy of the 关区代码表.
 * - Not included because no code could be confirmed: the Qinzhou port office (钦州港海关, under
 *   Nanning Customs) and the Tuanjiecun rail port office in Chongqing. Declarations clearing at
 *   Qinzhou use the Nanning district code 7200 here, and exports from the rail port use 8001.
 */
export interface CustomsOffice {
  /** four digits */
  readonly code: string;
  /** the district's code (first two digits + '00') */
  readonly district: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly isDistrict: boolean;
  readonly note?: string;
}

type Row = [code: string, nameZh: string, nameEn: string, note?: string];

// prettier-ignore
const ROWS: readonly Row[] = [
  ['8000', '重庆关区', 'Chongqing Customs district'],
  ['8001', '重庆海关', 'Chongqing Customs (main office)', 'used here for exports from the Tuanjiecun rail port and Guoyuan river port (CNCKG)'],
  ['8003', '重庆机办', 'Chongqing Customs airport office (Jiangbei)'],
  ['8005', '万州海关', 'Wanzhou Customs'],
  ['8008', '渝加工区', 'Chongqing export processing zone office'],
  ['8010', '寸滩水港', 'Cuntan port area (bonded port area, water side)'],
  ['8011', '两路空港', 'Lianglu airport area (bonded port area, air side)'],
  ['8013', '西永综保', 'Xiyong comprehensive bonded zone'],
  ['7200', '南宁关区', 'Nanning Customs district', 'Qinzhou port (CNQZH) is under Nanning Customs; its office code is not in this table, so the district code is declared'],
  ['2900', '杭州关区', 'Hangzhou Customs district'],
  ['2921', '义乌海关', 'Yiwu Customs'],
  ['2200', '上海海关', 'Shanghai Customs district'],
  ['2201', '上海浦江海关', 'Shanghai Pujiang Customs'],
  ['2248', '洋山港区', 'Yangshan Customs (port area)'],
];

const OFFICES: ReadonlyMap<string, CustomsOffice> = new Map(
  ROWS.map(([code, nameZh, nameEn, note]) => [
    code,
    Object.freeze({
      code,
      district: `${code.slice(0, 2)}00`,
      nameZh,
      nameEn,
      isDistrict: code.endsWith('00'),
      ...(note === undefined ? {} : { note }),
    }),
  ]),
);

export function getCustomsOffice(code: string): CustomsOffice | undefined {
  return OFFICES.get(code.trim());
}

export function listCustomsOffices(): readonly CustomsOffice[] {
  return [...OFFICES.values()];
}

/** The offices of a district listed in the table (the district's own row excluded). */
export function officesOfDistrict(district: string): readonly CustomsOffice[] {
  return [...OFFICES.values()].filter((o) => !o.isDistrict && o.district === district);
}

/**
 * The office must be in the table; a district code is refused when the table lists offices of
 * that district (the 关区代码表 rule: declare the office).
 */
export function checkCustomsOffice(raw: string): Check<CustomsOffice> {
  const code = raw.trim();
  if (!/^\d{4}$/.test(code)) return fail('customs-office-format', 'customs code (关区代码) must be 4 digits');
  const office = OFFICES.get(code);
  if (office === undefined) return fail('customs-office-unknown', `unknown customs code '${code}' (not in the simulator's 关区代码 table)`);
  if (office.isDistrict) {
    const offices = officesOfDistrict(code);
    if (offices.length > 0) {
      return fail(
        'customs-office-district',
        `${code} is the ${office.nameEn}; declare the office instead (${offices.map((o) => `${o.code} ${o.nameZh}`).join(', ')})`,
      );
    }
  }
  return pass(office);
}

/**
 * The customs declaration number (海关编号), 18 digits: the accepting customs code (4), the year
 * of acceptance (4), the import/export flag (1 import, 0 export) and a 9-digit serial.
 */
export interface DeclarationNumber {
  readonly number: string;
  readonly customsCode: string;
  readonly year: number;
  readonly direction: 'import' | 'export';
  readonly serial: string;
}

export function checkDeclarationNumber(raw: string): Check<DeclarationNumber> {
  const number = raw.trim();
  if (!/^\d{4}\d{4}[01]\d{9}$/.test(number)) {
    return fail(
      'declaration-number-format',
      'customs declaration number must be 18 digits: customs code (4), year (4), 1 import or 0 export, serial (9)',
    );
  }
  return pass({
    number,
    customsCode: number.slice(0, 4),
    year: Number(number.slice(4, 8)),
    direction: number.charAt(8) === '1' ? 'import' : 'export',
    serial: number.slice(9),
  });
}
