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

/** Combinations past this many keys per document are not worth indexing element by element. */
const MAX_KEYS_PER_DOC = 1000;

export class Index {
  readonly fields: string[];
  private readonly partial?: Query;
  private readonly entries = new Map<string, Set<string>>();

  constructor(readonly spec: IndexSpec) {
    this.fields = Object.keys(spec.key);
    if (spec.partialFilterExpression) this.partial = new Query(spec.partialFilterExpression);
  }

  get name(): string {
    return this.spec.name;
  }

  get unique(): boolean {
    return this.spec.unique === true;
  }

  /** Index keys of a document, or null when the document is not in this index. */
  keysOf(doc: Doc): string[] | null {
    if (this.partial && !this.partial.test(doc)) return null;
    const perField = this.fields.map((f) => valuesAtPath(doc, f));
    if (this.spec.sparse && perField.every((vals) => vals.length === 1 && vals[0] === undefined)) return null;
    let combos: string[] = [''];
    for (const values of perField) {
      const keys = [...new Set(values.map(valueKey))];
      const next: string[] = [];
      for (const prefix of combos) for (const k of keys) next.push(prefix === '' ? k : `${prefix}\u0000${k}`);
      combos = next.slice(0, MAX_KEYS_PER_DOC);
    }
    return combos;
  }

  add(docKey: string, doc: Doc): void {
    for (const k of this.keysOf(doc) ?? []) {
      let set = this.entries.get(k);
      if (!set) this.entries.set(k, (set = new Set()));
      set.add(docKey);
    }
  }

  remove(docKey: string, doc: Doc): void {
    for (const k of this.keysOf(doc) ?? []) {
      const set = this.entries.get(k);
      if (!set) continue;
      set.delete(docKey);
      if (set.size === 0) this.entries.delete(k);
    }
  }

  lookup(key: string): ReadonlySet<string> | undefined {
    return this.entries.get(key);
  }

  clear(): void {
    this.entries.clear();
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
