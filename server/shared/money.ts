/**
 * Money as the server stores it: the pure decimal arithmetic (machines/pure/money, shared with the
 * machines) plus its BSON Decimal128 form, so nothing computed is lost on the way to the database.
 */
import { Types } from 'mongoose';
import { Decimal } from '../../machines/pure/money';

export * from '../../machines/pure/money';

export function toDecimal128(value: Decimal): Types.Decimal128 {
  return Types.Decimal128.fromString(value.toString());
}

export function fromDecimal128(value: Types.Decimal128 | { toString(): string }): Decimal {
  return new Decimal(value.toString());
}
