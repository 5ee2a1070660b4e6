/**
 * A read view of one collection: the newest committed state, or a transaction's snapshot with
 * its own buffered writes laid over it.
 */
import { Query } from 'mingo';
import type { Collection } from './collection';
import { ID_INDEX_NAME } from './collection';
import { asCommandError } from './errors';
import { compileFastFilter } from './fast-filter';
import { fastSort } from './fast-sort';
import { type AccessPlan, planLookup } from './planner';
import { requiredBytes } from './scan-prefilter';
import type { BufferedWrite } from './transaction';
import type { Doc } from './values';

export interface FindOptions {
  sort?: Doc;
  skip?: number;
  limit?: number;
  projection?: Doc;
  /** The command's `let` variables, for `$$name` in `$expr`. */
  variables?: Doc;
}

export interface FindResult {
  docs: Doc[];
  plan: AccessPlan | null;
  docsExamined: number;
}

export class CollectionReader {
  constructor(
    readonly collection: Collection | undefined,
    private readonly snapshot: number | null = null,
    private readonly overlay: Map<string, BufferedWrite> | undefined = undefined,
  ) {}

  get(key: string): Doc | undefined {
    const own = this.overlay?.get(key);
    if (own) return own.doc;
    return this.collection?.visible(key, this.snapshot);
  }

  /** Keys that may be visible here but are missing from the newest committed map. */
  private extraKeys(): string[] {
    const extra: string[] = [];
    if (this.collection && this.snapshot !== null) extra.push(...this.collection.history.keys());
    if (this.overlay) extra.push(...this.overlay.keys());
    return extra;
  }

  /** Every visible document, in natural (insertion) order. */
  all(): Doc[] {
    const coll = this.collection;
    if (!coll) return [];
    if (this.snapshot === null && !this.overlay) return [...coll.docs.values()].map((s) => s.doc);
    const out: Doc[] = [];
    const seen = new Set<string>();
    for (const key of [...coll.docs.keys(), ...this.extraKeys()]) {
      if (seen.has(key)) continue;
      seen.add(key);
      const doc = this.get(key);
      if (doc) out.push(doc);
    }
    return out;
  }

  /**
   * Every document a scan for `filter` must decode: all of them, except that the newest committed
   * state skips those whose bytes lack a string the filter requires (scan-prefilter.ts).
   * `examined` counts every document the scan looked at, as mongod's totalDocsExamined does.
   */
  private scan(filter: Doc): { docs: Doc[]; examined: number } {
    const coll = this.collection;
    const required = coll && this.snapshot === null && !this.overlay ? requiredBytes(filter) : null;
    if (!coll || !required) {
      const docs = this.all();
      return { docs, examined: docs.length };
    }
    const docs: Doc[] = [];
    for (const stored of coll.docs.values()) if (stored.mayMatch(required)) docs.push(stored.doc);
    return { docs, examined: coll.docs.size };
  }

  /** The documents an index plan narrows the filter to, or every document a scan must decode without one. */
  candidates(filter: Doc): { docs: Doc[]; plan: AccessPlan | null; examined: number } {
    const coll = this.collection;
    if (!coll) return { docs: [], plan: null, examined: 0 };
    const plan = planLookup(filter, coll);
    if (!plan) return { ...this.scan(filter), plan: null };
    const keys = new Set<string>();
    let secondary = false;
    for (const part of plan.kind === 'or' ? plan.branches : [plan]) {
      if (part.indexName === ID_INDEX_NAME) {
        for (const k of part.keys) keys.add(k);
      } else {
        secondary = true;
        const index = coll.indexes.get(part.indexName)!;
        for (const k of part.keys) for (const dk of index.lookup(k, part.fieldCount) ?? []) keys.add(dk);
      }
    }
    // A snapshot or a transaction may see versions the committed secondary indexes no longer hold.
    if (secondary) for (const k of this.extraKeys()) keys.add(k);
    const docs: Doc[] = [];
    for (const key of keys) {
      const doc = this.get(key);
      if (doc) docs.push(doc);
    }
    return { docs, plan, examined: docs.length };
  }

  find(filter: Doc, options: FindOptions = {}): FindResult {
    const { docs, plan, examined } = this.candidates(filter);
    return { docs: queryDocuments(docs, filter, options), plan, docsExamined: examined };
  }
}

/**
 * Filters, sorts, skips, limits and projects documents already in hand (a view's, or an index's
 * candidates). A filter the fast path decides is applied without mingo (see fast-filter.ts);
 * mingo still answers for the documents the fast path is unsure of, and does any sort or
 * projection.
 */
export function queryDocuments(docs: Doc[], filter: Doc, options: FindOptions = {}): Doc[] {
  const fast = compileFastFilter(filter);
  if (!fast) return mingoQuery(docs, filter, options);
  const queryOptions = options.variables ? { variables: options.variables } : undefined;
  let slow: Query | undefined;
  const countable = (n: number | undefined): boolean => n === undefined || (Number.isInteger(n) && n >= 0);
  // Projecting and odd counts stay mingo's, and sorts fast-sort.ts cannot tell; the fast path
  // then only narrows mingo's input.
  const shaped =
    (options.sort && Object.keys(options.sort).length > 0) ||
    (options.projection && Object.keys(options.projection).length > 0) ||
    !countable(options.skip) ||
    !countable(options.limit);
  let skip = shaped ? 0 : (options.skip ?? 0);
  const limit = shaped ? 0 : (options.limit ?? 0);
  const matched: Doc[] = [];
  try {
    for (const doc of docs) {
      const sure = fast(doc);
      if (!(sure ?? (slow ??= new Query(filter, queryOptions)).test(doc))) continue;
      if (skip > 0) {
        skip--;
        continue;
      }
      matched.push(doc);
      if (limit > 0 && matched.length >= limit) break;
    }
  } catch (err) {
    throw asCommandError(err);
  }
  if (!shaped) return matched;
  const projected = options.projection && Object.keys(options.projection).length > 0;
  const sorted = !projected && countable(options.skip) && countable(options.limit) ? fastSort(matched, options.sort!) : null;
  if (!sorted) return mingoQuery(matched, {}, options);
  // mingo sorts first, then skips, then limits, whatever order the options came in.
  const from = options.skip ?? 0;
  return options.limit ? sorted.slice(from, from + options.limit) : sorted.slice(from);
}

function mingoQuery(docs: Doc[], filter: Doc, options: FindOptions): Doc[] {
  try {
    const query = new Query(filter, options.variables ? { variables: options.variables } : undefined);
    let cursor = query.find(docs, options.projection && Object.keys(options.projection).length > 0 ? options.projection : undefined);
    if (options.sort && Object.keys(options.sort).length > 0) cursor = cursor.sort(options.sort as never);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    return cursor.all() as Doc[];
  } catch (err) {
    throw asCommandError(err);
  }
}
