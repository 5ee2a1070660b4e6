/**
 * Relay-style connections over a mongoose model: forward paging with `first`/`after`, sorted by
 * one field then _id. A cursor holds the last row's sort value and _id (keyset paging), not an
 * offset, so rows inserted before it never shift later pages or cause duplicates.
 */
import { EJSON } from 'bson';
import { GraphQLError } from 'graphql';
import type { Model, QueryFilter, Types } from 'mongoose';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Rows matching the filter, on every page alike (not only those after the cursor). */
  totalCount: number;
}

/** Sort values a cursor can carry; EJSON keeps their types (a Date stays a Date). */
type SortValue = string | number | boolean | Date | null;

interface CursorKey {
  field: string;
  value: SortValue;
  id: string;
}

/** A GraphQLError shaped like a UserError: code BAD_USER_INPUT, the argument and the rule. */
export function badPageArgument(field: 'first' | 'after', rule: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field: [field], rule } });
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(EJSON.stringify([key.field, key.value, key.id], { relaxed: false }), 'utf8').toString('base64url');
}

/** Throws BAD_USER_INPUT for anything this module did not write for the same sort field. */
export function decodeCursor(cursor: string, field: string): CursorKey {
  let parsed: unknown;
  try {
    parsed = EJSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== field ||
    !isSortValue(parsed[1]) ||
    typeof parsed[2] !== 'string' ||
    !/^[0-9a-f]{24}$/.test(parsed[2])
  ) {
    throw badPageArgument('after', 'cursor', 'is not a cursor from this list');
  }
  return { field, value: parsed[1], id: parsed[2] };
}

/** Only plain values: an object here would be read as query operators ({ $ne: ... }). */
function isSortValue(value: unknown): value is SortValue {
  return value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value);
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (first < 0) throw badPageArgument('first', 'non-negative', `must not be negative (got ${first})`);
  if (first > MAX_PAGE_SIZE) throw badPageArgument('first', 'max-page-size', `must be at most ${MAX_PAGE_SIZE} (got ${first})`);
  return first;
}

/**
 * One page of `model` rows matching `filter`, in (sortBy, _id) order. Arguments are checked
 * before the database is asked anything.
 */
export async function paginate<T extends { _id: Types.ObjectId }>(
  model: Model<T>,
  filter: QueryFilter<T>,
  args: PageArgs,
  { sortBy }: { sortBy: keyof T & string },
): Promise<Connection<T>> {
  const size = pageSize(args.first);
  const after = args.after === null || args.after === undefined ? undefined : decodeCursor(args.after, sortBy);
  const pageFilter = after
    ? { $and: [filter, { $or: [{ [sortBy]: { $gt: after.value } }, { [sortBy]: after.value, _id: { $gt: after.id } }] }] }
    : filter;

  const [rows, totalCount] = await Promise.all([
    model
      .find(pageFilter as QueryFilter<T>)
      .sort({ [sortBy]: 1, _id: 1 })
      .limit(size + 1)
      .lean<T[]>(),
    model.countDocuments(filter),
  ]);
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({
    node,
    cursor: encodeCursor({ field: sortBy, value: node[sortBy] as SortValue, id: String(node._id) }),
  }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
