/**
 * One collection's committed documents, versioned for snapshot reads.
 *
 * `docs` holds the newest committed version of each document with the commit sequence that wrote
 * it. While transactions hold older snapshots, each overwritten or deleted version is kept in
 * `history` with the range of sequences it was visible for, so a snapshot read finds the version
 * that was current when its transaction began.
 */
import { randomUUID } from 'node:crypto';
import { Binary, deserialize, serialize } from 'bson';
import { MongoCommandError } from './errors';
import { Index, type IndexSpec } from './indexes';
import { type RequiredBytes, mayMatch } from './scan-prefilter';
import { type Doc, valueKey } from './values';

/**
 * A committed document, held as its BSON bytes. As objects, a collection's documents took about
 * three times their BSON size in the heap, and every major garbage collection walked all of them
 * (a 10,000-order scenario run held 2.6 GiB); bytes sit outside the heap and are never walked.
 * Each read decodes a fresh copy, so no caller can change a stored document by editing what it
 * got. Encoded and decoded with the wire's own default options, a document reads back exactly as
 * a reply would have sent it.
 */
/**
 * Each document read from storage, or installed by a write, and the bytes it was stored as: a
 * reply returning it unchanged sends those bytes (raw-reply.ts) instead of encoding it again. The
 * engine never changes such a document in place (updates copy), so the bytes stay its encoding.
 */
const decodedFrom = new WeakMap<Doc, Uint8Array>();

/** The stored BSON of a document as read or written, when it has not been replaced since. */
export function storedBytesOf(doc: Doc): Uint8Array | undefined {
  return decodedFrom.get(doc);
}

export class StoredDoc {
  private readonly bytes: Buffer;

  constructor(
    doc: Doc,
    readonly seq: number,
  ) {
    // A copy with a backing store of its own: bson hands out documents under 4 KiB (most of
    // them) as slices of Node's shared 8 KiB pool, and one live slice keeps its whole slab,
    // with whatever else was allocated in it, from being freed.
    const own = new Uint8Array(serialize(doc));
    this.bytes = Buffer.from(own.buffer, own.byteOffset, own.byteLength);
    decodedFrom.set(doc, this.bytes);
  }

  get doc(): Doc {
    const doc = deserialize(this.bytes) as Doc;
    decodedFrom.set(doc, this.bytes);
    return doc;
  }

  /** Whether `doc` is this version as read (or written), unchanged: a decode of it can be skipped. */
  holds(doc: Doc): boolean {
    return decodedFrom.get(doc) === this.bytes;
  }

  /** False when this document cannot match a filter requiring these bytes (scan-prefilter.ts). */
  mayMatch(required: RequiredBytes): boolean {
    return mayMatch(this.bytes, required);
  }

  /** This version's BSON, for readers that must not change it (change events send it as it is). */
  get raw(): Uint8Array {
    return this.bytes;
  }

  /** Bytes held for this version. */
  get size(): number {
    return this.bytes.byteLength;
  }
}

interface Version {
  stored: StoredDoc | undefined;
  /** visible to snapshots S with from <= S < to */
  from: number;
  to: number;
}

/** What a committed write replaced and installed, for the journal and the change history. */
export interface Applied {
  prev: StoredDoc | undefined;
  next: StoredDoc | undefined;
}

export const ID_INDEX_NAME = '_id_';

export function idKey(doc: Doc): string {
  return valueKey(doc._id);
}

export class Collection {
  readonly docs = new Map<string, StoredDoc>();
  readonly history = new Map<string, Version[]>();
  readonly indexes = new Map<string, Index>();

  constructor(
    readonly db: string,
    readonly name: string,
    readonly options: Doc = {},
    /** Kept across restarts of a durable engine, as mongod keeps a collection's UUID. */
    readonly uuid: Binary = new Binary(Buffer.from(randomUUID().replace(/-/g, ''), 'hex'), Binary.SUBTYPE_UUID),
  ) {}

  get namespace(): string {
    return `${this.db}.${this.name}`;
  }

  /** The newest committed version of a document, as stored (not decoded). */
  current(key: string): StoredDoc | undefined {
    return this.docs.get(key);
  }

  /** The version of a document a reader at `snapshot` sees (null snapshot = newest). */
  visible(key: string, snapshot: number | null): Doc | undefined {
    const cur = this.docs.get(key);
    if (snapshot === null) return cur?.doc;
    if (cur && cur.seq <= snapshot) return cur.doc;
    const versions = this.history.get(key);
    if (versions) for (const v of versions) if (v.from <= snapshot && snapshot < v.to) return v.stored?.doc;
    return undefined;
  }

  /** The sequence that last changed this document (0 when never written). */
  lastChange(key: string): number {
    const cur = this.docs.get(key);
    if (cur) return cur.seq;
    const versions = this.history.get(key);
    return versions && versions.length > 0 ? versions[versions.length - 1].to : 0;
  }

  /** Throws CannotIndexParallelArrays when some index of this collection cannot hold `doc`. */
  checkIndexable(doc: Doc): void {
    for (const index of this.indexes.values()) index.keysOf(doc);
  }

  /** Documents in the unique indexes that would collide with `doc`, ignoring `exceptKey`. */
  uniqueCollision(doc: Doc, exceptKey: string, isVisible: (key: string) => Doc | undefined, extraKeys: Iterable<string>): MongoCommandError | null {
    for (const index of this.indexes.values()) {
      if (!index.unique) continue;
      const keys = index.keysOf(doc);
      if (!keys) continue;
      const wanted = new Set(keys);
      const candidates = new Set<string>(extraKeys);
      for (const k of keys) for (const dk of index.lookup(k) ?? []) candidates.add(dk);
      for (const dk of candidates) {
        if (dk === exceptKey) continue;
        const other = isVisible(dk);
        if (!other) continue;
        if ((index.keysOf(other) ?? []).some((k) => wanted.has(k))) return index.duplicateError(this.namespace, doc);
      }
    }
    return null;
  }

  /**
   * Installs a committed write. `keepHistory` is true while any snapshot older than `seq` is
   * open, so that snapshot still finds the replaced version. `previous`: the document as the
   * writer read it, if it has it.
   */
  apply(key: string, next: Doc | undefined, seq: number, keepHistory: boolean, previous?: Doc): Applied {
    const prev = this.docs.get(key);
    // Every index key first: a document an index cannot hold (parallel arrays) throws here,
    // before anything has changed.
    const indexes = [...this.indexes.values()];
    const nextKeys = next ? indexes.map((index) => index.prepare(next)) : [];
    const stored = next ? new StoredDoc(next, seq) : undefined;
    if (keepHistory) {
      let versions = this.history.get(key);
      if (!versions) this.history.set(key, (versions = []));
      versions.push({ stored: prev, from: prev?.seq ?? 0, to: seq });
    }
    // The indexes drop the replaced version's keys: the caller's copy of it when it still is
    // that version, rather than decoding it again.
    const prevDoc = prev && indexes.length > 0 ? (previous && prev.holds(previous) ? previous : prev.doc) : undefined;
    indexes.forEach((index, i) => {
      if (prevDoc) index.remove(key, prevDoc);
      if (next) index.insertKeys(key, nextKeys[i]);
    });
    if (stored) this.docs.set(key, stored);
    else this.docs.delete(key);
    return { prev, next: stored };
  }

  /** Installs a recovered document as committed before any sequence (start-up only). */
  restore(key: string, doc: Doc): void {
    this.docs.set(key, new StoredDoc(doc, 0));
  }

  /** Drops versions no open snapshot can see any more. */
  pruneHistory(oldestSnapshot: number | null): void {
    if (oldestSnapshot === null) {
      this.history.clear();
      return;
    }
    for (const [key, versions] of this.history) {
      const kept = versions.filter((v) => v.to > oldestSnapshot);
      if (kept.length === 0) this.history.delete(key);
      else this.history.set(key, kept);
    }
  }

  addIndex(spec: IndexSpec): void {
    const index = new Index(spec);
    const seen = new Map<string, string>();
    for (const [key, stored] of this.docs) {
      const doc = stored.doc;
      for (const k of index.unique ? index.keysOf(doc) ?? [] : []) {
        const holder = seen.get(k);
        if (holder !== undefined && holder !== key) throw index.duplicateError(this.namespace, doc);
        seen.set(k, key);
      }
      index.add(key, doc);
    }
    this.indexes.set(spec.name, index);
  }

  dropIndex(name: string): void {
    if (!this.indexes.delete(name)) {
      throw new MongoCommandError('IndexNotFound', `index not found with name [${name}]`);
    }
  }

  indexSpecs(): Doc[] {
    const idIndex = { v: 2, key: { _id: 1 }, name: ID_INDEX_NAME };
    return [idIndex, ...[...this.indexes.values()].map((i) => ({ v: 2, ...i.spec }))];
  }
}
