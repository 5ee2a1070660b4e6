/**
 * Picks indexes for a filter's equality conditions, so `{ email: x }` on an indexed field reads
 * one bucket instead of scanning. A compound index serves equalities on its leading fields, and a
 * top-level `$or` whose branches are all indexed reads the union of their buckets. The full
 * filter is still applied to every candidate.
 */
import type { Collection } from './collection';
import { ID_INDEX_NAME } from './collection';
import { type Doc, isPlainObject, valueKey } from './values';

/** Equality lookups in one index: the union of the keys' documents holds every possible match. */
export interface IndexPlan {
  kind: 'index';
  indexName: string;
  keyPattern: Doc;
  /** how many leading fields of the index the keys cover (all of them, or a prefix) */
  fieldCount: number;
  keys: string[];
  /** how many documents the keys hold now: what reading this plan costs */
  estimate: number;
}

/** A top-level `$or` whose every branch has an index plan: the union of the branches' documents. */
export interface OrPlan {
  kind: 'or';
  branches: IndexPlan[];
  estimate: number;
}

export type AccessPlan = IndexPlan | OrPlan;

const MAX_LOOKUP_KEYS = 1000;
const MAX_OR_BRANCHES = 32;

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

/**
 * The cheapest plan for a filter, by how many documents each would read: index sizes are exact
 * here, so a plan is costed by counting instead of by trial runs as mongod does. Candidates: the
 * best single-index plan for the filter's own equalities, and an OR of the best plan for each
 * `$or` branch. Null when no index serves it (a collection scan).
 */
export function planLookup(filter: Doc, collection: Collection): AccessPlan | null {
  let best: AccessPlan | null = indexPlan(filter, collection);
  const or = filter.$or;
  if (Array.isArray(or) && or.length > 0 && or.length <= MAX_OR_BRANCHES) {
    const branches = or.map((branch) => (isPlainObject(branch) ? indexPlan(branch, collection) : null));
    if (branches.every((b): b is IndexPlan => b !== null)) {
      const estimate = branches.reduce((sum, b) => sum + b.estimate, 0);
      if (!best || estimate < best.estimate) best = { kind: 'or', branches, estimate };
    }
  }
  return best;
}

/** The single index whose keys for the filter's equalities hold the fewest documents. */
function indexPlan(filter: Doc, collection: Collection): IndexPlan | null {
  const equalities = new Map<string, unknown[]>();
  collectEqualities(filter, equalities);
  if (equalities.size === 0) return null;
  const ids = equalities.get('_id');
  if (ids) {
    const keys = combine([ids]);
    if (keys) return { kind: 'index', indexName: ID_INDEX_NAME, keyPattern: { _id: 1 }, fieldCount: 1, keys, estimate: keys.length };
  }
  let best: IndexPlan | null = null;
  for (const index of collection.indexes.values()) {
    // A partial or sparse index lacks documents the filter could still match.
    if (index.spec.partialFilterExpression || index.spec.sparse) continue;
    let fieldCount = 0;
    while (fieldCount < index.fields.length && equalities.has(index.fields[fieldCount])) fieldCount++;
    // Its keys pair values element by element; the filter's values may sit in different elements,
    // so only the first field, which pairs with nothing, can be looked up alone.
    if (index.sharedArrayKeys) fieldCount = Math.min(fieldCount, 1);
    if (fieldCount === 0) continue;
    const keys = combine(index.fields.slice(0, fieldCount).map((f) => equalities.get(f)!));
    if (!keys) continue;
    const estimate = keys.reduce((sum, k) => sum + index.count(k, fieldCount), 0);
    // Fewest documents first; on a tie the index covering more fields, then the first declared.
    if (best && (estimate > best.estimate || (estimate === best.estimate && fieldCount <= best.fieldCount))) continue;
    best = { kind: 'index', indexName: index.name, keyPattern: index.spec.key, fieldCount, keys, estimate };
  }
  return best;
}
