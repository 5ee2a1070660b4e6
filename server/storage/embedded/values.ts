/**
 * Value helpers shared by indexes, queries and writes: canonical keys for BSON values (so equal
 * values of different JS identity meet in one index bucket), path reads and document copies.
 */
import { EJSON } from 'bson';

export type Doc = Record<string, unknown>;

interface BsonLike {
  _bsontype: string;
}

function isBson(value: unknown): value is BsonLike {
  return typeof value === 'object' && value !== null && '_bsontype' in value;
}

export function isPlainObject(value: unknown): value is Doc {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value) || value instanceof Date || value instanceof RegExp || isBson(value)) return false;
  return true;
}

/** A string that is equal for two values exactly when MongoDB's equality would hold. */
export function valueKey(value: unknown): string {
  if (value === null || value === undefined) return 'z';
  switch (typeof value) {
    case 'number':
      return `n:${value}`;
    case 'bigint':
      return `n:${value}`;
    case 'string':
      return `s:${value}`;
    case 'boolean':
      return value ? 'b:1' : 'b:0';
    default:
      break;
  }
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (value instanceof RegExp) return `r:${value.source}/${value.flags}`;
  if (Array.isArray(value)) return `[${value.map(valueKey).join(',')}]`;
  if (isBson(value)) return bsonKey(value);
  if (isPlainObject(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${valueKey(v)}`)
      .join(',')}}`;
  }
  return `?:${String(value)}`;
}

/**
 * valueKey(a) === valueKey(b), without building either key: an update compares a whole
 * document before and after, and building both keys cost a measurable share of every update;
 * this stops at the first difference and builds keys only for leaves.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  // An update shares the parts it did not touch with the original: no need to walk them.
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const aObject = isPlainObject(a);
  const bObject = isPlainObject(b);
  if (aObject || bObject) {
    if (!aObject || !bObject) return false;
    // Field order counts, as in valueKey (and in MongoDB's document equality).
    const aKeys = Object.keys(a);
    const bKeys = Object.keys(b);
    if (aKeys.length !== bKeys.length) return false;
    for (let i = 0; i < aKeys.length; i++) {
      if (aKeys[i] !== bKeys[i] || !sameValue(a[aKeys[i]], b[bKeys[i]])) return false;
    }
    return true;
  }
  return a === b || valueKey(a) === valueKey(b);
}

function bsonKey(value: BsonLike): string {
  const v = value as unknown as Record<string, unknown> & { toString(): string; toHexString?(): string };
  switch (value._bsontype) {
    case 'ObjectId':
      return `o:${v.toHexString!()}`;
    case 'Long':
    case 'Int32':
    case 'Double':
      return `n:${v.toString()}`;
    case 'Decimal128':
      return `dec:${v.toString()}`;
    case 'Binary': {
      const b = value as unknown as { sub_type: number; toString(enc: string): string };
      return `x:${b.sub_type}:${b.toString('base64')}`;
    }
    default:
      return `${value._bsontype}:${EJSON.stringify(value as never, { relaxed: false })}`;
  }
}

/**
 * Every value a dotted path reaches, expanding arrays on the way as MongoDB's multikey indexes
 * do. A path that reaches nothing yields `[undefined]` (indexed as null).
 */
export function valuesAtPath(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  collect(doc, path.split('.'), 0, out);
  return out.length === 0 ? [undefined] : out;
}

function collect(value: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    if (Array.isArray(value)) {
      // A multikey index holds each element and, for exact array matches, the array itself.
      for (const el of value) out.push(el);
      out.push(value);
    } else {
      out.push(value);
    }
    return;
  }
  if (Array.isArray(value)) {
    const index = Number(parts[i]);
    if (Number.isInteger(index) && String(index) === parts[i]) {
      collect(value[index], parts, i + 1, out);
      return;
    }
    for (const el of value) collect(el, parts, i, out);
    return;
  }
  if (isPlainObject(value) && parts[i] in value) collect(value[parts[i]], parts, i + 1, out);
}

/** The first value at a dotted path (no array expansion), for error messages and upserts. */
export function firstValueAtPath(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) cur = cur[Number(part)];
    else if (isPlainObject(cur)) cur = cur[part];
    else return undefined;
  }
  return cur;
}

export function setAtPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur: Doc = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const next = cur[parts[i]];
    if (!isPlainObject(next)) cur[parts[i]] = {};
    cur = cur[parts[i]] as Doc;
  }
  cur[parts[parts.length - 1]] = value;
}

/**
 * A deep copy that keeps BSON values (ObjectId, Decimal128, Binary ...) as the same immutable
 * instances; structuredClone would strip their prototypes.
 */
export function cloneValue<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneValue) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (isPlainObject(value)) {
    const out: Doc = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneValue(v);
    return out as T;
  }
  return value;
}
