/**
 * Decides the common, simple filters (equality, `$eq`, `$ne`, `$in`, `$nin` and `$exists` on
 * plain paths, and `$and` of them) without building a mingo Query: constructing one copies
 * mingo's whole operator table, and most commands a scenario sends are `{ _id }`, `{ _id,
 * version }` or an equality on a unique key. The answer must be exactly mingo's, so the compiled
 * predicate says "unknown" (undefined) for every document it is not sure about (an array on the
 * way to the field or nested in it, a BSON number type, an embedded document compared whole;
 * an array of scalars at the field is compared element by element) and the caller asks mingo for
 * that document. Filters with anything else do not compile (null): mingo decides them whole.
 * test/storage/embedded/fast-paths.test.ts checks the answers against mingo's.
 */
import { ObjectId } from 'bson';
import { isPlainDoc, plainPath } from './plain-paths';
import type { Doc } from './values';

/** true / false when sure; undefined: ask mingo. */
export type FastPredicate = (doc: Doc) => boolean | undefined;

type Scalar = null | string | number | boolean | Date | ObjectId;

const hasOwn = Object.prototype.hasOwnProperty;

/** Values the predicates compare exactly as mingo's isEqual does. */
function isScalar(value: unknown): value is Scalar {
  if (value === null) return true;
  const t = typeof value;
  if (t === 'string' || t === 'number' || t === 'boolean') return true;
  return value instanceof Date || value instanceof ObjectId;
}

const MISSING = Symbol('missing');
const UNKNOWN = Symbol('unknown');

/**
 * The value at a path, MISSING when nothing is there, UNKNOWN when the walk meets an array or a
 * BSON/Date object (mingo expands arrays and reads such objects' own properties).
 */
function leafAt(doc: Doc, parts: string[]): unknown {
  let cur: unknown = doc;
  for (const part of parts) {
    if (cur === null || cur === undefined) return MISSING;
    if (typeof cur !== 'object') return MISSING; // mingo reads nothing out of a string, number or boolean
    if (Array.isArray(cur)) return UNKNOWN;
    if (Object.getPrototypeOf(cur) !== Object.prototype && Object.getPrototypeOf(cur) !== null) return UNKNOWN;
    if (!hasOwn.call(cur, part)) return MISSING;
    cur = (cur as Doc)[part];
  }
  if (cur === undefined) return UNKNOWN; // a stored undefined: leave it to mingo
  return cur;
}

/** mingo's $eq for a leaf that is not an array; undefined when the leaf is not a kind it knows. */
function equals(leaf: unknown, value: Scalar): boolean | undefined {
  if (leaf === MISSING || leaf === null) return value === null;
  if (value === null) {
    return isScalar(leaf) || isPlainDoc(leaf) ? false : undefined;
  }
  switch (typeof leaf) {
    case 'string':
    case 'boolean':
      return leaf === value;
    case 'number':
      return typeof value === 'number' && (leaf === value || (Number.isNaN(leaf) && Number.isNaN(value)));
    default:
      break;
  }
  if (leaf instanceof Date) return value instanceof Date && leaf.getTime() === value.getTime();
  if (leaf instanceof ObjectId) return value instanceof ObjectId && leaf.toHexString() === value.toHexString();
  // An embedded document never equals a scalar; anything else (Long, Decimal128, Binary, RegExp ...) goes to mingo.
  return isPlainDoc(leaf) ? false : undefined;
}

/**
 * mingo's $eq for an array: some element equals the value (the array as a whole never equals a
 * scalar). Nested arrays and values of kinds it does not know leave it unsure.
 */
function elementEquals(array: unknown[], value: Scalar): boolean | undefined {
  let unsure = false;
  for (const element of array) {
    if (element === undefined || Array.isArray(element)) {
      unsure = true;
      continue;
    }
    const r = equals(element, value);
    if (r === true) return true;
    if (r === undefined) unsure = true;
  }
  return unsure ? undefined : false;
}

/** Equality on a leaf that may be an array of scalars. */
function leafEquals(leaf: unknown, value: Scalar): boolean | undefined {
  return Array.isArray(leaf) ? elementEquals(leaf, value) : equals(leaf, value);
}

function anyEquals(leaf: unknown, values: Scalar[]): boolean | undefined {
  let unsure = false;
  for (const v of values) {
    const r = leafEquals(leaf, v);
    if (r === true) return true;
    if (r === undefined) unsure = true;
  }
  return unsure ? undefined : false;
}

function not(r: boolean | undefined): boolean | undefined {
  return r === undefined ? undefined : !r;
}

type LeafTest = (leaf: unknown) => boolean | undefined;

function operatorTest(op: string, operand: unknown, dotted: boolean): LeafTest | null {
  switch (op) {
    case '$eq':
      return isScalar(operand) ? (leaf) => leafEquals(leaf, operand) : null;
    case '$ne':
      return isScalar(operand) ? (leaf) => not(leafEquals(leaf, operand)) : null;
    case '$in':
    case '$nin': {
      if (!Array.isArray(operand) || !operand.every(isScalar)) return null;
      const values = operand as Scalar[];
      return op === '$in' ? (leaf) => anyEquals(leaf, values) : (leaf) => not(anyEquals(leaf, values));
    }
    case '$exists':
      // mingo walks a dotted $exists path differently (through its graph); only the plain field here.
      if (dotted || typeof operand !== 'boolean') return null;
      return (leaf) => (leaf === UNKNOWN ? undefined : (leaf !== MISSING) === operand);
    default:
      return null;
  }
}

/** One field's condition: a scalar (equality) or an object of supported operators. */
function fieldTest(path: string, condition: unknown): FastPredicate | null {
  const parts = plainPath(path);
  if (!parts) return null;
  const tests: LeafTest[] = [];
  if (isScalar(condition)) {
    tests.push((leaf) => leafEquals(leaf, condition));
  } else if (isPlainDoc(condition)) {
    const ops = Object.keys(condition as Doc);
    if (ops.length === 0) return null;
    for (const op of ops) {
      const test = operatorTest(op, (condition as Doc)[op], parts.length > 1);
      if (!test) return null;
      tests.push(test);
    }
  } else {
    return null;
  }
  return (doc) => {
    const leaf = leafAt(doc, parts);
    let result: boolean | undefined = true;
    for (const test of tests) {
      const r = leaf === UNKNOWN ? undefined : test(leaf);
      if (r === false) return false;
      if (r === undefined) result = undefined;
    }
    return result;
  };
}

/** Every part must hold; false as soon as one is sure to fail, unknown if one is unsure. */
function all(parts: FastPredicate[]): FastPredicate {
  if (parts.length === 1) return parts[0];
  return (doc) => {
    let result: boolean | undefined = true;
    for (const part of parts) {
      const r = part(doc);
      if (r === false) return false;
      if (r === undefined) result = undefined;
    }
    return result;
  };
}

/** The filter as a fast predicate, or null when it holds anything the fast path does not decide. */
export function compileFastFilter(filter: Doc): FastPredicate | null {
  const parts: FastPredicate[] = [];
  for (const field of Object.keys(filter)) {
    const condition = filter[field];
    if (field === '$and') {
      if (!Array.isArray(condition) || condition.length === 0) return null;
      for (const clause of condition) {
        if (!isPlainDoc(clause)) return null;
        const inner = compileFastFilter(clause as Doc);
        if (!inner) return null;
        parts.push(inner);
      }
      continue;
    }
    const test = fieldTest(field, condition);
    if (!test) return null;
    parts.push(test);
  }
  if (parts.length === 0) return () => true;
  return all(parts);
}
