/**
 * Picks an index for a filter's equality conditions, so `{ email: x }` on an indexed field reads
 * one bucket instead of scanning. A compound index serves equalities on its leading fields; a
 * unique index matched on all its fields wins, then the index covering the most leading fields.
 * The full filter is still applied to every candidate.
 */
import type { Collection } from './collection';
import { ID_INDEX_NAME } from './collection';
import { type Doc, isPlainObject, valueKey } from './values';

export interface IndexPlan {
  indexName: string;
  keyPattern: Doc;
  /** how many leading fields of the index the keys cover (all of them, or a prefix) */
  fieldCount: number;
  /** index keys to read; the union of their documents holds every possible match */
  keys: string[];
}

const MAX_LOOKUP_KEYS = 1000;

function equalityValues(condition: unknown): unknown[] | null {
  if (condition instanceof RegExp) return null;
  if (isPlainObject(condition)) {
    const ops = Object.keys(condition);
    if (ops.length === 0 || !ops.every((op) => op.startsWith('$'))) return [condition];
    if (ops.length !== 1) return null;
    if (ops[0] === '$eq') return condition.$eq instanceof RegExp ? null : [condition.$eq];
    if (ops[0] === '$in' && Array.isArray(condition.$in)) {
      return condition.$in.some((v) => v instanceof RegExp) ? null : condition.$in;
    }
    return null;
  }
  return [condition];
}

/** Field → alternative values that a matching document must hold (top level and `$and`). */
function collectEqualities(filter: Doc, out: Map<string, unknown[]>): void {
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const part of condition) if (isPlainObject(part)) collectEqualities(part, out);
      continue;
    }
    if (field.startsWith('$')) continue;
    const values = equalityValues(condition);
    if (values && !out.has(field)) out.set(field, values);
  }
}

function combine(perField: unknown[][]): string[] | null {
  let combos = [''];
  for (const values of perField) {
    const next: string[] = [];
    for (const prefix of combos) {
      for (const v of values) next.push(prefix === '' ? valueKey(v) : `${prefix}\u0000${valueKey(v)}`);
    }
    if (next.length > MAX_LOOKUP_KEYS) return null;
    combos = next;
  }
  return combos;
}

export function planLookup(filter: Doc, collection: Collection): IndexPlan | null {
  const equalities = new Map<string, unknown[]>();
  collectEqualities(filter, equalities);
  if (equalities.size === 0) return null;
  const ids = equalities.get('_id');
  if (ids) {
    const keys = combine([ids]);
    if (keys) return { indexName: ID_INDEX_NAME, keyPattern: { _id: 1 }, fieldCount: 1, keys };
  }
  let best: IndexPlan | null = null;
  let bestScore = 0;
  for (const index of collection.indexes.values()) {
    // A partial or sparse index lacks documents the filter could still match.
    if (index.spec.partialFilterExpression || index.spec.sparse) continue;
    let fieldCount = 0;
    while (fieldCount < index.fields.length && equalities.has(index.fields[fieldCount])) fieldCount++;
    // Its keys pair values element by element; the filter's values may sit in different elements,
    // so only the first field, which pairs with nothing, can be looked up alone.
    if (index.sharedArrayKeys) fieldCount = Math.min(fieldCount, 1);
    // A unique index matched on every field finds at most one document per key: nothing beats it.
    const score = index.unique && fieldCount === index.fields.length ? Number.POSITIVE_INFINITY : fieldCount;
    if (fieldCount === 0 || score <= bestScore) continue;
    const keys = combine(index.fields.slice(0, fieldCount).map((f) => equalities.get(f)!));
    if (!keys) continue;
    best = { indexName: index.name, keyPattern: index.spec.key, fieldCount, keys };
    bestScore = score;
  }
  return best;
}
