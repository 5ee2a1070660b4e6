/**
 * The aggregates this process wrote last, as it wrote them, so that a party's next transition on
 * one of them can be a single conditional update (LifecycleEngine.applyToCopy) instead of a read
 * and then the update. A copy is only a guess at the current version: the update is conditional
 * on the copy's version, so a copy another process (or another path) has overtaken makes the
 * update match nothing and the caller reads the aggregate as before. Stale copies cost a round
 * trip, never a wrong write.
 *
 * Only committed versions may be remembered: what a write outside any transaction returned, or
 * what one inside a transaction returned once that transaction has committed (shared/after-commit.ts);
 * a version that never committed could later be reached with other content. The history is left
 * out (it is the bulk of a document and no check reads it).
 */
import type { Result } from '../shared/result';
import { withoutHistory } from './lazy-history';

/**
 * What a remembered aggregate needs: an id and a version every write bumps (a lifecycle
 * aggregate, or a shipment, whose milestones and reroutes bump it too).
 */
export interface Versioned {
  _id: unknown;
  version: number;
}

export type Copy<R extends Versioned> = Omit<R, 'history'>;

/** Enough for the aggregates a busy party works on at once; each copy is a few KiB. */
const DEFAULT_CAPACITY = 1_000;

export class RecentCopies<R extends Versioned> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly copies = new Map<string, Copy<R>>();
  /** Each copy's id by its other name (e.g. a bill's number); a name never changes aggregate. */
  private readonly ids = new Map<string, string>();

  constructor(
    private readonly capacity = DEFAULT_CAPACITY,
    /** Another name callers use for an aggregate (its number), so get() finds it by either. */
    private readonly nameOf?: (copy: Copy<R>) => string,
  ) {}

  /** The copy by id, or by the other name when the copies have one. */
  get(key: string): Copy<R> | undefined {
    const id = this.copies.has(key) ? key : this.ids.get(key);
    const copy = id === undefined ? undefined : this.copies.get(id);
    if (!copy || id === undefined) return undefined;
    this.copies.delete(id);
    this.copies.set(id, copy);
    return copy;
  }

  /** The copy by id or other name, without counting it as used. */
  peek(key: string): Copy<R> | undefined {
    const id = this.copies.has(key) ? key : this.ids.get(key);
    return id === undefined ? undefined : this.copies.get(id);
  }

  /** Keeps a committed version of a document, unless a later version of it is kept already. */
  remember(doc: R): void {
    const id = String(doc._id);
    // A copy remembered after its transaction committed can arrive after a later write of the
    // same process was remembered; keeping the older one would only cost that write a miss.
    const kept = this.copies.get(id);
    if (kept && kept.version > doc.version) return;
    // Not destructured: reading `history` would decode it (lazy-history.ts), for nothing.
    const copy = withoutHistory(doc) as Copy<R>;
    this.copies.delete(id);
    this.copies.set(id, copy);
    if (this.copies.size > this.capacity) this.copies.delete(this.copies.keys().next().value!);
    if (this.nameOf) {
      // Names outlive evicted copies (get() then finds no copy); the map is bounded all the same.
      if (this.ids.size >= 2 * this.capacity) this.ids.clear();
      this.ids.set(this.nameOf(copy), id);
    }
  }

  /** Drops the copy of an aggregate written where it cannot be remembered (inside a transaction). */
  forget(id: unknown): void {
    this.copies.delete(String(id));
  }

  get size(): number {
    return this.copies.size;
  }
}

/**
 * Runs a step that ends in one write conditional on its aggregate's version (and, on a copy, the
 * caller's access) on the copy this process remembers, else, or when that fails, on the aggregate
 * as read (`onRead`), so every answer but a success is the one a read gives. One exception keeps
 * races as they were: when the copy's write missed because another request of this process wrote
 * the aggregate meanwhile (the remembered copy changed under it), the step lost a race, and unless
 * the step on the aggregate as read succeeds or finds it invisible to the caller (NOT_FOUND), its
 * CONFLICT stands, as it would have after a read that came before the other write.
 */
export async function onCopyOrRead<R extends Versioned, T, E extends { code: string }>(
  recent: RecentCopies<R>,
  key: string,
  expectedVersion: number | undefined,
  onCopy: (copy: Copy<R>) => Promise<Result<T, E[]>>,
  onRead: () => Promise<Result<T, E[]>>,
): Promise<Result<T, E[]>> {
  const copy = recent.get(key);
  if (copy && (expectedVersion === undefined || expectedVersion === copy.version)) {
    const done = await onCopy(copy);
    if (done.ok) return done;
    if (done.error.some((e) => e.code === 'CONFLICT') && recent.peek(key) !== copy) {
      // Read all the same: a caller who may not see the aggregate is told NOT_FOUND, as always.
      const again = await onRead();
      return again.ok || again.error.some((e) => e.code === 'NOT_FOUND') ? again : done;
    }
  }
  return onRead();
}
