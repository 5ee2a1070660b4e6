/**
 * The collector of a declaration's problems, and the readers of its context (the order and the
 * shipment, already validated when they were created).
 */
import {
  type Check,
  type Currency,
  checkCurrency,
  checkUnit,
  normaliseContainerNumber,
  normaliseHsCode,
  normaliseLocode,
} from '../../reference';
import { Decimal, parseDecimal } from '../../shared/money';
import { type UserError, fieldError } from '../../shared/user-error';
import type { DeclarationKind } from './declaration-input';
import type { DeclarationOrderContext, DeclarationShipmentContext, DeclarationWarning } from './declaration-context';

// ---------------------------------------------------------------------------------------------
// Collector
// ---------------------------------------------------------------------------------------------

export const INPUT = 'input';

/** Collects errors while reading fields, so one pass reports them all. */
export class Collector {
  readonly errors: UserError[] = [];
  readonly warnings: DeclarationWarning[] = [];

  add(field: string[], rule: string, message: string): void {
    this.errors.push(fieldError(field, rule, message));
  }

  warn(field: string[], rule: string, message: string): void {
    this.warnings.push({ field, rule, message: `${field.join('.')}: ${message}` });
  }

  code<T>(field: string[], check: Check<T>): T | undefined {
    if (check.ok) return check.value;
    this.add(field, check.rule, check.message);
    return undefined;
  }

  oneOf<T extends string>(field: string[], value: unknown, allowed: readonly T[], rule: string, what: string): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.add(field, rule, `unknown ${what} '${String(value)}' (expected one of ${allowed.join(', ')})`);
    return undefined;
  }

  /** A trimmed, non-empty text; reports 'required' when missing. */
  text(field: string[], value: string | null | undefined, required: boolean): string | undefined {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text.length > 0) return text;
    if (required) this.add(field, 'required', 'is required');
    return undefined;
  }

  /** A positive decimal with at most `maxDecimals` places. */
  positive(field: string[], text: string, maxDecimals: number): Decimal | undefined {
    const value = parseDecimal(text);
    if (!value) {
      this.add(field, 'decimal', `'${text}' is not a decimal number (digits, optional '.' and up to 6 decimals)`);
      return undefined;
    }
    if (value.lte(0)) {
      this.add(field, 'positive', `must be greater than zero, got ${text}`);
      return undefined;
    }
    if (value.decimalPlaces() > maxDecimals) {
      this.add(field, 'decimal-places', `allows at most ${maxDecimals} decimal places, got ${value.decimalPlaces()}`);
      return undefined;
    }
    return value;
  }

  /** A money amount: positive, with no more decimals than the currency's minor units. */
  money(field: string[], text: string, currency: Currency | undefined): Decimal | undefined {
    const value = this.positive(field, text, 6);
    if (value && currency && value.decimalPlaces() > currency.minorUnits) {
      this.add(field, 'money-minor-units', `${currency.code} has ${currency.minorUnits} decimal places, got ${value.decimalPlaces()}`);
      return undefined;
    }
    return value;
  }

  positiveInteger(field: string[], value: unknown): number | undefined {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
    this.add(field, 'positive-integer', `must be a whole number greater than zero, got ${String(value)}`);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Context readers: malformed context data is a programming error (the order and the shipment
// were validated when they were created), so it throws instead of blaming the declarant.
// ---------------------------------------------------------------------------------------------

export interface OrderLineRef {
  lineNo: number;
  heading: string;
  quantity: Decimal;
  unit: string;
  amount: Decimal;
}

export interface OrderRef {
  number: string;
  currency: Currency;
  lines: ReadonlyMap<number, OrderLineRef>;
  originCountry: string;
  destinationCountry: string;
  tradeMode: string | undefined;
}

export function contextDecimal(text: string, where: string): Decimal {
  const value = parseDecimal(text);
  if (!value) throw new RangeError(`${where} is not a decimal number: '${text}'`);
  return value;
}

export function readOrder(order: DeclarationOrderContext): OrderRef {
  const currency = checkCurrency(order.currency);
  if (!currency.ok) throw new RangeError(`context.order.currency: ${currency.message}`);
  const lines = new Map<number, OrderLineRef>();
  order.lines.forEach((line, i) => {
    const where = `context.order.lines[${i}]`;
    const unit = checkUnit(line.unit);
    if (!unit.ok) throw new RangeError(`${where}.unit: ${unit.message}`);
    const lineNo = line.lineNo ?? i + 1;
    lines.set(lineNo, {
      lineNo,
      heading: normaliseHsCode(line.hsCode).slice(0, 4),
      quantity: contextDecimal(line.quantity, `${where}.quantity`),
      unit: unit.value.code,
      amount: contextDecimal(line.amount, `${where}.amount`),
    });
  });
  return {
    number: order.number.trim().toUpperCase(),
    currency: currency.value,
    lines,
    originCountry: normaliseLocode(order.origin).slice(0, 2),
    destinationCountry: normaliseLocode(order.destination).slice(0, 2),
    tradeMode: order.tradeMode?.trim(),
  };
}

export interface LegRef {
  from: string;
  to: string;
  mode: string;
}

export interface ShipmentRef {
  containers: ReadonlySet<string>;
  legs: readonly LegRef[];
}

export function readShipment(shipment: DeclarationShipmentContext): ShipmentRef {
  return {
    containers: new Set(shipment.containers.map(normaliseContainerNumber)),
    legs: shipment.legs.map((l) => ({ from: normaliseLocode(l.from), to: normaliseLocode(l.to), mode: l.mode })),
  };
}

export const inChina = (locode: string): boolean => locode.startsWith('CN');

/** 'an export', 'an import', 'a transit' */
export const aKind = (kind: DeclarationKind): string => (kind === 'transit' ? 'a transit' : `an ${kind}`);

/** The modes of the legs at the port: leaving it (export), reaching it (import), either (transit). */
export function modesAtPort(kind: DeclarationKind, legs: readonly LegRef[], port: string): string[] {
  if (kind === 'export') {
    const leg = legs.find((l) => l.from === port);
    return leg ? [leg.mode] : [];
  }
  if (kind === 'import') {
    const leg = [...legs].reverse().find((l) => l.to === port);
    return leg ? [leg.mode] : [];
  }
  return [...new Set(legs.filter((l) => l.from === port || l.to === port).map((l) => l.mode))];
}
