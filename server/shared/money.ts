/**
 * Exact decimal arithmetic for money and quantities (decimal.js), stored as BSON Decimal128.
 * Amounts never pass through binary floating point: inputs are decimal strings.
 */
import Decimal from 'decimal.js';
import { Types } from 'mongoose';

export { Decimal };

const DECIMAL_TEXT = /^-?\d{1,15}(\.\d{1,6})?$/;

/** Parses a decimal string such as "1234.50"; null when it is not one. */
export function parseDecimal(text: string): Decimal | null {
  const trimmed = text.trim();
  return DECIMAL_TEXT.test(trimmed) ? new Decimal(trimmed) : null;
}

/** Rounds half away from zero to the currency's minor units (commercial rounding). */
export function roundMoney(amount: Decimal, minorUnits: number): Decimal {
  return amount.toDecimalPlaces(minorUnits, Decimal.ROUND_HALF_UP);
}

/** A money amount as text with exactly the currency's minor units ("1234.50", "1500" for JPY). */
export function formatMoney(amount: Decimal, minorUnits: number): string {
  return roundMoney(amount, minorUnits).toFixed(minorUnits);
}

export function toDecimal128(value: Decimal): Types.Decimal128 {
  return Types.Decimal128.fromString(value.toString());
}

export function fromDecimal128(value: Types.Decimal128 | { toString(): string }): Decimal {
  return new Decimal(value.toString());
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}
