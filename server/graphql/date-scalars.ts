/**
 * The Date (yyyy-mm-dd) and DateTime (RFC 3339 with a zone) scalars: every date and date-time
 * input goes through them, so an impossible date is refused with BAD_USER_INPUT naming the field
 * instead of rolling over (2026-02-30 to 2 March). Resolvers receive the text: a Date unchanged,
 * a DateTime as its UTC instant in ISO form.
 *
 * A bad variable is named by graphql-js itself (`at "filter.createdFrom"`). A bad literal in the
 * document is reported by graphql-js's validation, which only hands the scalar the value node; so
 * `dateLiteralFieldsRule` notes, as validation walks down, which argument or input field each date
 * literal belongs to, and the scalar's error names it from there.
 */
import { GraphQLError, GraphQLScalarType, Kind, getNamedType, type ASTVisitor, type ValidationContext, type ValueNode } from 'graphql';
import { parseCalendarDate, parseDateTime, type DateParse } from '../shared/dates';

const DATE_SCALARS = new Set(['Date', 'DateTime']);

/** Value node -> the path of the argument or input field it is written for. */
const literalFields = new WeakMap<ValueNode, string[]>();

function refuse(field: string[] | undefined, rule: string, reason: string): GraphQLError {
  return new GraphQLError(field ? `${field.join('.')}: ${reason}` : reason, {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), rule },
  });
}

function dateScalar(name: string, description: string, rule: string, parse: (text: string) => DateParse<string>): GraphQLScalarType {
  const read = (value: unknown, field?: string[]): string => {
    if (typeof value !== 'string') throw refuse(field, rule, `a ${name} is written as a string, e.g. ${name === 'Date' ? '"2026-12-01"' : '"2026-12-01T08:30:00+08:00"'}`);
    const parsed = parse(value);
    if (!parsed.ok) throw refuse(field, rule, parsed.reason);
    return parsed.value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => read(value),
    parseValue: (value) => read(value),
    parseLiteral: (ast) => read(ast.kind === Kind.STRING ? ast.value : undefined, literalFields.get(ast)),
  });
}

export const DateScalar = dateScalar('Date', 'A calendar date, yyyy-mm-dd, e.g. "2026-12-01".', 'calendar-date', parseCalendarDate);

export const DateTimeScalar = dateScalar(
  'DateTime',
  'An instant as an RFC 3339 date-time with its zone, e.g. "2026-12-01T08:30:00+08:00" or "2026-12-01T00:30:00Z".',
  'date-time',
  parseDateTime,
);

/** Notes the field path of every Date/DateTime literal so the scalar's error can name it. */
export function dateLiteralFieldsRule(context: ValidationContext): ASTVisitor {
  const path: string[] = [];
  const note = (value: ValueNode): void => {
    const type = context.getInputType();
    if (!type || !DATE_SCALARS.has(getNamedType(type).name)) return;
    if (value.kind === Kind.LIST) value.values.forEach((item, i) => literalFields.set(item, [...path, String(i)]));
    else literalFields.set(value, [...path]);
  };
  return {
    // An input object inside a list: its index is part of the path (lines.0.date).
    ObjectValue: {
      enter(_node, key) {
        if (typeof key === 'number') path.push(String(key));
      },
      leave(_node, key) {
        if (typeof key === 'number') path.pop();
      },
    },
    Argument: {
      enter(node) {
        path.push(node.name.value);
        note(node.value);
      },
      leave() {
        path.pop();
      },
    },
    ObjectField: {
      enter(node) {
        path.push(node.name.value);
        note(node.value);
      },
      leave() {
        path.pop();
      },
    },
  };
}
