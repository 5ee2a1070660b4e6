/**
 * Secondary indexes: a map from index key to the documents holding it, kept in step with every
 * committed write. They answer equality lookups without a scan and enforce uniqueness.
 */
import { Query } from 'mingo';
import { EJSON } from 'bson';
import { MongoCommandError } from './errors';
import { type Doc, firstValueAtPath, isPlainObject, valueKey, valuesAtPath } from './values';

export interface IndexSpec {
  name: string;
  key: Doc;
  unique?: boolean;
  sparse?: boolean;
  partialFilterExpression?: Doc;
  expireAfterSeconds?: number;
  [option: string]: unknown;
}

/** A document's keys in one index, and whether they came from an array several fields share. */
export interface IndexEntry {
  keys: string[];
  /** For a compound index, the keys of each leading prefix: prefixKeys[n - 1] for the first n fields. */
  prefixKeys: string[][];
  sharedArray: boolean;
}

/** One indexed field on its way down a document: a value left to walk, or its final key. */
type FieldState = { key: string } | { value: unknown; parts: string[]; loc: string };

/** Where walking a field's path stopped: at a value, or at an array it has to expand. */
type Walked =
  | { kind: 'value'; key: string }
  | { kind: 'array'; array: unknown[]; loc: string; name: string; rest: string[] };

function isPositional(part: string): boolean {
  const n = Number(part);
  return Number.isInteger(n) && n >= 0 && String(n) === part;
}

/** Walks a path until it ends or meets an array (a numeric part picks one element instead). */
function walk(state: FieldState): Walked {
  if ('key' in state) return { kind: 'value', key: state.key };
  let value = state.value;
  let loc = state.loc;
  let name = '';
  for (let i = 0; i < state.parts.length; i++) {
    const part = state.parts[i];
    if (Array.isArray(value)) {
      if (!isPositional(part)) return { kind: 'array', array: value, loc, name, rest: state.parts.slice(i) };
      value = value[Number(part)];
    } else if (isPlainObject(value) && part in value) {
      value = value[part];
    } else {
      return { kind: 'value', key: valueKey(undefined) };
    }
    loc = `${loc}\u0000${part}`;
    name = part;
  }
  if (Array.isArray(value)) return { kind: 'array', array: value, loc, name, rest: [] };
  return { kind: 'value', key: valueKey(value) };
}

function parallelArrays(later: string, earlier: string): MongoCommandError {
  return new MongoCommandError('CannotIndexParallelArrays', `cannot index parallel arrays [${later}] [${earlier}]`);
}

/**
 * The key tuples of one document, as mongod's multikey key generation makes them: at most one
 * array is expanded at a time, element by element, with no cap. Fields whose paths run through
 * that same array (`lines.sku`, `lines.qty`) take their values from the same element; two
 * different arrays under one index are CannotIndexParallelArrays. A field that ends at an array
 * also gets the whole array as a key, for exact array matches; the planner looks up a filter's
 * array value as one key.
 */
function keyTuples(fields: FieldState[], found: { sharedArray: boolean }): string[][] {
  const walked = fields.map(walk);
  let array: Extract<Walked, { kind: 'array' }> | null = null;
  for (const w of walked) {
    if (w.kind !== 'array') continue;
    if (!array) array = w;
    else if (w.loc !== array.loc) throw parallelArrays(w.name, array.name);
  }
  if (!array) return [walked.map((w) => (w as { key: string }).key)];
  const through = walked.filter((w) => w.kind === 'array' && w.rest.length > 0).length;
  if (walked.filter((w) => w.kind === 'array').length > 1) found.sharedArray = true;
  const whole = valueKey(array.array);
  const withWhole = (tuple: string[]): string[] =>
    tuple.map((k, i) => (walked[i].kind === 'array' && (walked[i] as { rest: string[] }).rest.length === 0 ? whole : k));
  const base = walked.map((w) => (w.kind === 'value' ? w.key : valueKey(undefined)));
  if (array.array.length === 0) return [withWhole(base)];
  const out: string[][] = [];
  array.array.forEach((element, n) => {
    const next: FieldState[] = walked.map((w) => {
      if (w.kind === 'value') return { key: w.key };
      if (w.rest.length === 0) return { key: valueKey(element) };
      return { value: element, parts: w.rest, loc: `${w.loc}\u0000${n}` };
    });
    for (const tuple of keyTuples(next, found)) {
      out.push(tuple);
      if (through > 0) out.push(withWhole(tuple));
    }
  });
  if (through === 0) out.push(withWhole(base));
  return out;
}

export class Index {
  readonly fields: string[];
  private readonly paths: string[][];
  private readonly partial?: Query;
  private readonly entries: KeyMap = new Map();
  /**
   * A compound index answers a filter on its leading fields alone, as mongod's B-tree does with
   * a range over the prefix. Keys here are unordered, so each prefix length has a map of its own.
   */
  private readonly prefixEntries: KeyMap[];
  /**
   * True once a document in the index held one array that several of its fields run through
   * (e.g. `lines` under { 'lines.sku': 1, 'lines.qty': 1 }). Its keys then pair values of the same
   * element, but a query's equalities may be met by different elements, so the planner then
   * looks such an index up by its first field only. Like mongod's multikey flag, it is never cleared.
   */
  sharedArrayKeys = false;

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.key);
    this.paths = this.fields.map((f) => f.split('.'));
    if (spec.partialFilterExpression) this.partial = new Query(spec.partialFilterExpression);
    this.prefixEntries = this.fields.slice(1).map(() => new Map());
  }

  get name(): string {
    return this.spec.name;
  }

  get unique(): boolean {
    return this.spec.unique === true;
  }

  /**
   * Index keys of a document, or null when the document is not in this index. Throws
   * CannotIndexParallelArrays when two indexed fields hold different arrays.
   */
  keysOf(doc: Doc): string[] | null {
    return this.prepare(doc)?.keys ?? null;
  }

  /** A document's keys, computed before a write changes anything (see Collection.apply). */
  prepare(doc: Doc): IndexEntry | null {
    if (this.partial && !this.partial.test(doc)) return null;
    if (this.spec.sparse && this.fields.every((f) => {
      const values = valuesAtPath(doc, f);
      return values.length === 1 && values[0] === undefined;
    })) return null;
    const found = { sharedArray: false };
    const tuples = keyTuples(this.paths.map((parts) => ({ value: doc, parts, loc: '' })), found);
    const prefixKeys = this.prefixEntries.map((_, i) => [...new Set(tuples.map((t) => t.slice(0, i + 1).join('\u0000')))]);
    return { keys: [...new Set(tuples.map((t) => t.join('\u0000')))], prefixKeys, sharedArray: found.sharedArray };
  }

  add(docKey: string, doc: Doc): void {
    this.insertKeys(docKey, this.prepare(doc));
  }

  insertKeys(docKey: string, generated: IndexEntry | null): void {
    if (!generated) return;
    if (generated.sharedArray) this.sharedArrayKeys = true;
    addAll(this.entries, generated.keys, docKey);
    this.prefixEntries.forEach((map, i) => addAll(map, generated.prefixKeys[i], docKey));
  }

  remove(docKey: string, doc: Doc): void {
    const generated = this.prepare(doc);
    if (!generated) return;
    removeAll(this.entries, generated.keys, docKey);
    this.prefixEntries.forEach((map, i) => removeAll(map, generated.prefixKeys[i], docKey));
  }

  /** Documents holding `key` on all fields, or on the first `fieldCount` fields when fewer. */
  lookup(key: string, fieldCount = this.fields.length): Iterable<string> | undefined {
    const held = this.holders(key, fieldCount);
    return typeof held === 'string' ? [held] : held;
  }

  /** How many documents hold `key` (on the first `fieldCount` fields). */
  count(key: string, fieldCount = this.fields.length): number {
    const held = this.holders(key, fieldCount);
    return held === undefined ? 0 : typeof held === 'string' ? 1 : held.size;
  }

  private holders(key: string, fieldCount: number): Holders | undefined {
    if (fieldCount >= this.fields.length) return this.entries.get(key);
    return this.prefixEntries[fieldCount - 1]?.get(key);
  }

  clear(): void {
    this.entries.clear();
    for (const map of this.prefixEntries) map.clear();
  }

  /** The duplicate-key error as mongod words and shapes it. */
  duplicateError(namespace: string, doc: Doc): MongoCommandError {
    const keyValue: Doc = {};
    for (const f of this.fields) keyValue[f] = firstValueAtPath(doc, f) ?? null;
    const shown = Object.entries(keyValue)
      .map(([k, v]) => `${k}: ${EJSON.stringify(v as never, { relaxed: true })}`)
      .join(', ');
    return new MongoCommandError(
      'DuplicateKey',
      `E11000 duplicate key error collection: ${namespace} index: ${this.name} dup key: { ${shown} }`,
      { keyPattern: { ...this.spec.key }, keyValue },
    );
  }

  /** Whether another spec describes this same index (createIndexes is idempotent for it). */
  sameAs(other: IndexSpec): boolean {
    return (
      valueKey(this.spec.key) === valueKey(other.key) &&
      !!this.spec.unique === !!other.unique &&
      !!this.spec.sparse === !!other.sparse &&
      valueKey(this.spec.partialFilterExpression ?? null) === valueKey(other.partialFilterExpression ?? null)
    );
  }
}

export function validateIndexSpec(raw: unknown): IndexSpec {
  if (!isPlainObject(raw)) throw new MongoCommandError('BadValue', 'index specification must be an object');
  const { key, name } = raw;
  if (!isPlainObject(key) || Object.keys(key).length === 0) {
    throw new MongoCommandError('BadValue', "index specification must have a non-empty 'key' object");
  }
  if (typeof name !== 'string' || name.length === 0) {
    throw new MongoCommandError('BadValue', "index specification must have a 'name' string");
  }
  if (raw.partialFilterExpression !== undefined && !isPlainObject(raw.partialFilterExpression)) {
    throw new MongoCommandError('BadValue', 'partialFilterExpression must be an object');
  }
  if (raw.sparse && raw.partialFilterExpression) {
    throw new MongoCommandError('InvalidOptions', 'cannot mix "partialFilterExpression" and "sparse" options');
  }
  return { ...(raw as IndexSpec) };
}

/**
 * The documents holding one key: the document's own key while it is the only one (most keys of
 * most indexes, unique or not), a set from the second on. A set per key was most of an index's
 * memory: a 10,000-order scenario run holds some 600,000 keys.
 */
type Holders = string | Set<string>;
type KeyMap = Map<string, Holders>;

function addAll(map: KeyMap, keys: string[], docKey: string): void {
  for (const k of keys) {
    const held = map.get(k);
    if (held === undefined) map.set(k, docKey);
    else if (typeof held !== 'string') held.add(docKey);
    else if (held !== docKey) map.set(k, new Set([held, docKey]));
  }
}

function removeAll(map: KeyMap, keys: string[], docKey: string): void {
  for (const k of keys) {
    const held = map.get(k);
    if (held === undefined) continue;
    if (typeof held === 'string') {
      if (held === docKey) map.delete(k);
      continue;
    }
    held.delete(docKey);
    if (held.size === 1) map.set(k, held.values().next().value as string);
    else if (held.size === 0) map.delete(k);
  }
}
