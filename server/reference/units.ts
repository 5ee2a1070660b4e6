import { type Check, fail, pass } from './check';

/**
 * Units of measure for goods lines: UN/ECE Recommendation 20 common codes, and package types from
 * Recommendation 21 in their Rec 20 form (prefixed 'X': XCT carton, XPK package, XPX pallet).
 * Older codes still common in EDI are accepted and mapped to the current code: PCE (piece, now H87),
 * CT (carton) and PK (pack), dropped from later Rec 20 revisions, and PX (Rec 21 pallet).
 */
export type UnitKind = 'count' | 'mass' | 'length' | 'area' | 'volume' | 'package';

export interface UnitOfMeasure {
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
}

// prettier-ignore
const ROWS: readonly UnitOfMeasure[] = [
  { code: 'H87', name: 'piece', kind: 'count' },
  { code: 'C62', name: 'one (unit)', kind: 'count' },
  { code: 'SET', name: 'set', kind: 'count' },
  { code: 'PR', name: 'pair', kind: 'count' },
  { code: 'DZN', name: 'dozen', kind: 'count' },
  { code: 'GRM', name: 'gram', kind: 'mass' },
  { code: 'KGM', name: 'kilogram', kind: 'mass' },
  { code: 'TNE', name: 'tonne (metric ton)', kind: 'mass' },
  { code: 'MTR', name: 'metre', kind: 'length' },
  { code: 'MTK', name: 'square metre', kind: 'area' },
  { code: 'LTR', name: 'litre', kind: 'volume' },
  { code: 'MTQ', name: 'cubic metre', kind: 'volume' },
  { code: 'XCT', name: 'carton', kind: 'package' },
  { code: 'XPK', name: 'package', kind: 'package' },
  { code: 'XPX', name: 'pallet', kind: 'package' },
];

/** Legacy code -> current code. */
export const LEGACY_UNIT_CODES: Readonly<Record<string, string>> = Object.freeze({
  PCE: 'H87', CT: 'XCT', PK: 'XPK', PX: 'XPX',
});

const UNITS: ReadonlyMap<string, UnitOfMeasure> = new Map(ROWS.map((u) => [u.code, Object.freeze(u)]));

/** Accepts a current or legacy code; the result always carries the current code. */
export function checkUnit(raw: string): Check<UnitOfMeasure> {
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z0-9]{2,3}$/.test(code)) {
    return fail('unit-format', 'UN/ECE Rec 20 unit code must be 2 or 3 letters or digits');
  }
  const unit = UNITS.get(LEGACY_UNIT_CODES[code] ?? code);
  return unit === undefined ? fail('unit-unknown', `unknown UN/ECE Rec 20 unit '${code}'`) : pass(unit);
}

export function getUnit(code: string): UnitOfMeasure | undefined {
  const upper = code.trim().toUpperCase();
  return UNITS.get(LEGACY_UNIT_CODES[upper] ?? upper);
}

export function listUnits(): readonly UnitOfMeasure[] {
  return [...UNITS.values()];
}
