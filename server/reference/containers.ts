import { type Check, fail, pass } from './check';

/**
 * ISO 6346 freight container identification: owner code (3 letters, registered with the BIC),
 * equipment category identifier (U freight container, J detachable freight-container-related
 * equipment, Z trailer or chassis), 6-digit serial number and 1 check digit.
 */
export type ContainerCategory = 'U' | 'J' | 'Z';

export interface ContainerNumber {
  /** Normalised: 11 characters, no spaces or dashes. */
  readonly number: string;
  readonly ownerCode: string;
  readonly category: ContainerCategory;
  readonly serial: string;
  readonly checkDigit: number;
}

// ISO 6346 letter values: 10 upwards, skipping multiples of 11 (11, 22, 33).
// prettier-ignore
const LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 10, B: 12, C: 13, D: 14, E: 15, F: 16, G: 17, H: 18, I: 19, J: 20, K: 21, L: 23, M: 24,
  N: 25, O: 26, P: 27, Q: 28, R: 29, S: 30, T: 31, U: 32, V: 34, W: 35, X: 36, Y: 37, Z: 38,
};

const FIRST_TEN = /^[A-Z]{3}[UJZ]\d{6}$/;

/**
 * Check digit over owner code, category and serial: each character's value times 2^position
 * (position 0..9), summed, modulo 11; a remainder of 10 gives 0 (ISO 6346 advises against issuing
 * such serials). Throws RangeError when `first10` is not 3 letters + U/J/Z + 6 digits: that is a
 * programming error, validate input with checkContainerNumber.
 */
export function containerCheckDigit(first10: string): number {
  if (!FIRST_TEN.test(first10)) {
    throw new RangeError(`containerCheckDigit needs 3 letters, U/J/Z and 6 digits, got '${first10}'`);
  }
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const ch = first10.charAt(i);
    const value = i < 4 ? (LETTER_VALUES[ch] as number) : Number(ch);
    sum += value * 2 ** i;
  }
  return (sum % 11) % 10;
}

/** Upper-cases and removes spaces and dashes ("CSQU 305438-3" -> "CSQU3054383"). */
export function normaliseContainerNumber(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

export function checkContainerNumber(raw: string): Check<ContainerNumber> {
  const number = normaliseContainerNumber(raw);
  if (!/^[A-Z]{4}\d{7}$/.test(number)) {
    return fail(
      'container-format',
      'ISO 6346 container number must be 3 owner-code letters, a category letter (U, J or Z), a 6-digit serial and a check digit',
    );
  }
  const category = number.charAt(3);
  if (category !== 'U' && category !== 'J' && category !== 'Z') {
    return fail('container-category', `ISO 6346 category identifier must be U, J or Z, not '${category}'`);
  }
  const expected = containerCheckDigit(number.slice(0, 10));
  const given = Number(number.charAt(10));
  if (given !== expected) {
    return fail('container-check-digit', `ISO 6346 check digit is ${expected}, not ${given}`);
  }
  return pass({ number, ownerCode: number.slice(0, 3), category, serial: number.slice(4, 10), checkDigit: given });
}

/**
 * ISO 6346 size-type codes: 1st character length (2 = 20 ft, 4 = 40 ft), 2nd height
 * (2 = 8 ft 6 in, 5 = 9 ft 6 in "high cube"), then the type code (G1 general purpose with passive
 * vents, R1 mechanically refrigerated, U1 open top, T1 tank). `maxGrossKg` is the ISO 668:2013
 * rating of 30,480 kg; each box's CSC safety-approval plate governs and is often higher.
 */
export interface ContainerType {
  readonly code: string;
  readonly description: string;
  readonly lengthFt: 20 | 40;
  readonly height: '8ft6' | '9ft6';
  readonly teu: 1 | 2;
  readonly maxGrossKg: number;
  readonly reefer: boolean;
}

const ISO_668_RATING_KG = 30_480;

// prettier-ignore
const TYPES: readonly ContainerType[] = [
  { code: '22G1', description: "20' general purpose", lengthFt: 20, height: '8ft6', teu: 1, maxGrossKg: ISO_668_RATING_KG, reefer: false },
  { code: '42G1', description: "40' general purpose", lengthFt: 40, height: '8ft6', teu: 2, maxGrossKg: ISO_668_RATING_KG, reefer: false },
  { code: '45G1', description: "40' high cube general purpose", lengthFt: 40, height: '9ft6', teu: 2, maxGrossKg: ISO_668_RATING_KG, reefer: false },
  { code: '22R1', description: "20' refrigerated (reefer)", lengthFt: 20, height: '8ft6', teu: 1, maxGrossKg: ISO_668_RATING_KG, reefer: true },
  { code: '45R1', description: "40' high cube refrigerated (reefer)", lengthFt: 40, height: '9ft6', teu: 2, maxGrossKg: ISO_668_RATING_KG, reefer: true },
  { code: '22U1', description: "20' open top", lengthFt: 20, height: '8ft6', teu: 1, maxGrossKg: ISO_668_RATING_KG, reefer: false },
  { code: '42U1', description: "40' open top", lengthFt: 40, height: '8ft6', teu: 2, maxGrossKg: ISO_668_RATING_KG, reefer: false },
  { code: '22T1', description: "20' tank", lengthFt: 20, height: '8ft6', teu: 1, maxGrossKg: ISO_668_RATING_KG, reefer: false },
];

const TYPES_BY_CODE: ReadonlyMap<string, ContainerType> = new Map(TYPES.map((t) => [t.code, Object.freeze(t)]));

export function checkContainerType(raw: string): Check<ContainerType> {
  const code = raw.trim().toUpperCase();
  if (!/^[0-9A-Z]{2}[A-Z][0-9A-Z]$/.test(code)) {
    return fail('container-type-format', 'ISO 6346 size-type code must be 2 size characters and a 2-character type, e.g. 22G1');
  }
  const type = TYPES_BY_CODE.get(code);
  return type === undefined
    ? fail('container-type-unknown', `unknown container size-type code '${code}' (known: ${[...TYPES_BY_CODE.keys()].join(', ')})`)
    : pass(type);
}

export function listContainerTypes(): readonly ContainerType[] {
  return [...TYPES_BY_CODE.values()];
}
