/**
 * Exact decimal arithmetic for money and quantities (decimal.js). Amounts never pass through
 * binary floating point: inputs are decimal strings. Pure (no server, no database), so machines
 * and the server share one configuration; server/shared/money adds the BSON Decimal128 storage.
 */
import DecimalJs from 'decimal.js';

/**
 * decimal.js rounds every operation to 20 significant digits by default; money needs exact
 * products and sums. 34 digits is what BSON Decimal128 stores, so nothing computed here is lost
 * on the way to the database. Every module does its arithmetic with this one configuration.
 */
export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = DecimalJs;

/** Inputs: up to 15 integer digits and 6 decimals. */
const DECIMAL_TEXT = /^-?\d{1,15}(\.\d{1,6})?$/;

/** Outputs: any finite decimal that Decimal128 can hold (34 significant digits). */
const STORED_DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

export function isStoredDecimalText(text: string): boolean {
  return STORED_DECIMAL_TEXT.test(text) && text.replace(/^-|\./g, '').replace(/^0+/, '').length <= 34;
}

/** Parses a decimal string such as "1234.50"; null when it is not one. */
export function parseDecimal(text: string): Decimal | null {
  const trimmed = text.trim();
  return DECIMAL_TEXT.test(trimmed) ? new Decimal(trimmed) : null;
}

/** Rounds half away from zero to the currency's minor units (commercial rounding). */
export function roundMoney(amount: Decimal, minorUnits: number): Decimal {
  return amount.toDecimalPlaces(minorUnits, DecimalJs.ROUND_HALF_UP);
}

/** A money amount as text with exactly the currency's minor units ("1234.50", "1500" for JPY). */
export function formatMoney(amount: Decimal, minorUnits: number): string {
  return roundMoney(amount, minorUnits).toFixed(minorUnits);
}

/** The same, rounded down (toward zero): for a ceiling such as a loan limit, which rounding must never raise. */
export function formatMoneyDown(amount: Decimal, minorUnits: number): string {
  return amount.toDecimalPlaces(minorUnits, DecimalJs.ROUND_DOWN).toFixed(minorUnits);
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}
