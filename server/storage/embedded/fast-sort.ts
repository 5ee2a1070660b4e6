/**
 * Sorts on plain fields that each hold one kind of value (strings, numbers, dates or ObjectIds:
 * `{ createdAt: -1, _id: -1 }`) without constructing a mingo cursor. mingo sorts key by key from the last: it groups the documents by the key's value (in
 * the order first seen), orders the groups (strings by code unit, numbers numerically) and
 * reverses them for -1, keeping each group's order: a stable sort, descending ties included. That
 * is what this does; anything else (a missing field, an array, mixed or other types, NaN or -0, a
 * `$meta` key) answers null and mingo sorts. fast-paths.test.ts checks it against mingo.
 */
import { ObjectId } from 'bson';
import { isPlainDoc, plainPath } from './plain-paths';
import type { Doc } from './values';

const hasOwn = Object.prototype.hasOwnProperty;

/** The value at a path through embedded documents only, or undefined. */
function valueAt(doc: Doc, parts: string[]): unknown {
  let cur: unknown = doc;
  for (const part of parts) {
    if (!isPlainDoc(cur) || !hasOwn.call(cur, part)) return undefined;
    cur = cur[part];
  }
  return cur;
}

type Kind = 'string' | 'number' | 'date' | 'objectId';

function kindOf(value: unknown): Kind | null {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return Number.isNaN(value) || Object.is(value, -0) ? null : 'number';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : 'date';
  if (value instanceof ObjectId) return 'objectId';
  return null;
}

/**
 * A value as a primitive that orders and equals as mingo compares its kind: a date by its time,
 * an ObjectId by its hex string (mingo compares both that way, and groups equal ones together).
 */
function sortKey(value: string | number | Date | ObjectId): string | number {
  if (value instanceof Date) return value.getTime();
  if (value instanceof ObjectId) return value.toHexString();
  return value;
}

/** The documents in mingo's sorted order, or null when this cannot tell it. */
export function fastSort(docs: Doc[], sort: Doc): Doc[] | null {
  const keys: Array<{ values: Array<string | number>; direction: 1 | -1 }> = [];
  for (const field of Object.keys(sort)) {
    const direction = sort[field];
    if (direction !== 1 && direction !== -1) return null;
    const parts = plainPath(field);
    if (!parts) return null;
    const values: Array<string | number> = [];
    let kind: Kind | null = null;
    for (const doc of docs) {
      const v = valueAt(doc, parts);
      const k = kindOf(v);
      // One kind per key: mixed kinds order by mingo's type ranking, which stays mingo's.
      if (!k || (kind !== null && k !== kind)) return null;
      kind = k;
      values.push(sortKey(v as string | number | Date | ObjectId));
    }
    keys.push({ values, direction });
  }
  const order = docs.map((_, i) => i);
  // Array.prototype.sort is stable: ties keep the documents' order, as mingo's groups do.
  order.sort((a, b) => {
    for (const { values, direction } of keys) {
      const x = values[a];
      const y = values[b];
      if (x !== y) return (x < y ? -1 : 1) * direction;
    }
    return 0;
  });
  return order.map((i) => docs[i]);
}
