/** The Decimal scalar: exact decimals travel as text, never as binary floats. */
import { GraphQLScalarType, Kind } from 'graphql';
import { isStoredDecimalText } from '../shared/money';

function decimalText(value: unknown): string {
  if (typeof value === 'string' && isStoredDecimalText(value)) return value;
  if (value !== null && typeof value === 'object' && 'toString' in value) {
    const text = String(value);
    if (isStoredDecimalText(text)) return text;
  }
  throw new TypeError(`Decimal cannot represent ${String(value)}`);
}

export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number written as text, e.g. "22021.00".',
  serialize: decimalText,
  parseValue: decimalText,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('a Decimal is written as a string, e.g. "12.50"');
    return decimalText(ast.value);
  },
});
