/** The small checks every section reader uses, and the list of problems they add to. */
import Decimal from 'decimal.js';
import type { Check } from '../../../reference';
import type { BillProblem } from './inputs';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const POSITIVE_DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;
export const COUNTRY = /^[A-Z]{2}$/;
export const SCAC = /^[A-Z]{2,4}$/;
export const PACKAGE_CODE = /^[A-Z0-9]{2}$/;
/** IATA ULD id: 3-letter type, 4 or 5 digit serial, 2-character owner (airline designator). */
const ULD_ID = /^[A-Z]{3}\d{4,5}[A-Z0-9]{2}$/;

export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Checks an IATA ULD id (e.g. AKE12345CA); upper-cases and drops spaces first. */
export function checkUldId(raw: string): Check<{ id: string; type: string }> {
  const id = raw.toUpperCase().replace(/\s/g, '');
  return ULD_ID.test(id)
    ? { ok: true, value: { id, type: id.slice(0, 3) } }
    : { ok: false, rule: 'uld-format', message: 'IATA ULD id must be a 3-letter type, a 4 or 5 digit serial and a 2-character owner code, e.g. AKE12345CA' };
}

/** The countries of a leg's two ends, from the UN/LOCODE prefix. */
export function crossesBorder(from: string, to: string): boolean {
  return from.slice(0, 2) !== to.slice(0, 2);
}

export const FREEZE = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value as Record<string, unknown>)) FREEZE(v);
    Object.freeze(value);
  }
  return value;
};

/** Every broken rule of a build, collected so the caller hears them all at once. */
export class Problems {
  readonly list: BillProblem[] = [];

  add(field: string[], rule: string, message: string): void {
    this.list.push({ field, rule, message: `${field.join('.')}: ${message}` });
  }

  code<T>(field: string[], check: Check<T>): T | undefined {
    if (check.ok) return check.value;
    this.add(field, check.rule, check.message);
    return undefined;
  }

  text(field: string[], value: unknown, max: number): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(field, 'required', 'must not be empty');
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed.length > max) {
      this.add(field, 'max-length', `must be at most ${max} characters, got ${trimmed.length}`);
      return undefined;
    }
    return trimmed;
  }

  date(field: string[], value: unknown): string | undefined {
    if (typeof value !== 'string' || !isIsoDate(value)) {
      this.add(field, 'iso-date', `'${String(value)}' is not a date in the form yyyy-mm-dd`);
      return undefined;
    }
    return value;
  }

  positive(field: string[], value: unknown, maxDecimals: number): string | undefined {
    const text = typeof value === 'string' ? value.trim() : '';
    if (!POSITIVE_DECIMAL.test(text)) {
      this.add(field, 'decimal', `'${String(value)}' is not a decimal number (digits, optional '.' and up to 6 decimals)`);
      return undefined;
    }
    const d = new Decimal(text);
    if (d.lte(0)) {
      this.add(field, 'positive', `must be greater than zero, got ${text}`);
      return undefined;
    }
    if (d.decimalPlaces() > maxDecimals) {
      this.add(field, 'decimal-places', `allows at most ${maxDecimals} decimal places, got ${d.decimalPlaces()}`);
      return undefined;
    }
    return d.toString();
  }

  count(field: string[], value: unknown, max: number): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
      this.add(field, 'package-count', `must be a whole number from 1 to ${max}, got ${String(value)}`);
      return undefined;
    }
    return value;
  }
}
