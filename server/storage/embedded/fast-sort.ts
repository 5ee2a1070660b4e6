/**
 * Sorts on plain fields that hold strings only, or numbers only, without constructing a mingo
 * cursor. mingo sorts key by key from the last: it groups the documents by the key's value (in
 * the order first seen), orders the groups (strings by code unit, numbers numerically) and
 * reverses them for -1, keeping each group's order: a stable sort, descending ties included. That
 * is what this does; anything else (a missing field, an array, mixed or other types, NaN or -0, a
 * `$meta` key) answers null and mingo sorts. fast-paths.test.ts checks it against mingo.
 */
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

/** The documents in mingo's sorted order, or null when this cannot tell it. */
export function fastSort(docs: Doc[], sort: Doc): Doc[] | null {
  const keys: Array<{ values: Array<string | number>; direction: 1 | -1 }> = [];
  for (const field of Object.keys(sort)) {
    const direction = sort[field];
    if (direction !== 1 && direction !== -1) return null;
    const parts = plainPath(field);
    if (!parts) return null;
    const values: Array<string | number> = [];
    let strings = true;
    let numbers = true;
    for (const doc of docs) {
      const v = valueAt(doc, parts);
      strings &&= typeof v === 'string';
      numbers &&= typeof v === 'number' && !Number.isNaN(v) && !Object.is(v, -0);
      if (!strings && !numbers) return null;
      values.push(v as string | number);
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
