/**
 * Callers by token hash, so a request need not read its token and then its party from the
 * database (two of a transition's four round trips) every time.
 *
 * Revocation still takes effect at once, on every server process: each process watches the
 * tokens and parties collections with change streams of its own and forgets every cached caller
 * on any change but an insert (a new token changes no cached caller). The cache serves only
 * while both streams are known to be live:
 * - an entry is kept only if it was looked up after both streams had started and no change (nor
 *   a stream failure) came between the lookup and keeping it, so no stale answer can land after
 *   the change that made it stale;
 * - a stream that fails, closes or stays silent longer than `silenceMs` (an idle stream answers
 *   its awaiting getMore every `maxAwaitMs`) empties the cache and stops it serving until the
 *   stream is open again.
 * Only successful lookups are kept: unknown tokens always go to the database, so guessing
 * cannot fill the cache, and `maxEntries` bounds it anyway.
 */
import type { ChangeStreamDocument } from 'mongodb';
import type { Logger } from 'pino';
import { type CollectionWatchOptions, CollectionWatches } from '../shared/collection-watch';
import type { Caller } from './caller';

export interface CallerCacheOptions extends CollectionWatchOptions {
  maxEntries: number;
}

export const CALLER_CACHE_DEFAULTS: CallerCacheOptions = { maxAwaitMs: 1_000, silenceMs: 3_000, reopenMs: 1_000, maxEntries: 10_000 };

/** Where a lookup started: it may be kept only if nothing changed since. */
export type LookupTicket = number | null;

export class CallerCache {
  private readonly callers = new Map<string, Caller>();
  private readonly watches: CollectionWatches;
  private readonly tokensCollection: string;
  /** bumped by every change and every stream failure; a lookup from an older generation is not kept */
  private generation = 0;
  private readonly seenWaiters = new Set<{ id: string; resolve: () => void }>();

  constructor(
    database: { uri: string; dbName: string },
    collections: { tokens: string; parties: string },
    logger: Logger,
    private readonly options: CallerCacheOptions = CALLER_CACHE_DEFAULTS,
  ) {
    this.tokensCollection = collections.tokens;
    this.watches = new CollectionWatches('caller cache', database, [collections.tokens, collections.parties], logger, options, {
      change: (collection, change) => this.changed(collection, change),
      reset: () => this.forget(),
    });
  }

  /** Opens the change streams; the cache serves once both have answered. */
  start(): void {
    this.watches.start();
  }

  async stop(): Promise<void> {
    await this.watches.stop();
  }

  /** Whether both streams are open and answering, so the cache may serve. */
  get live(): boolean {
    return this.watches.live;
  }

  get size(): number {
    return this.callers.size;
  }

  get(tokenHash: string): Caller | undefined {
    return this.live ? this.callers.get(tokenHash) : undefined;
  }

  /** Take before reading the database; hand back to remember(). */
  ticket(): LookupTicket {
    return this.live ? this.generation : null;
  }

  /**
   * Whether nothing this cache watches changed since `ticket` was taken, and it can still tell
   * (its streams are live). The party directory keeps parties under these tickets too.
   */
  current(ticket: LookupTicket): boolean {
    return ticket !== null && ticket === this.generation && this.live;
  }

  remember(tokenHash: string, caller: Caller, ticket: LookupTicket): void {
    if (!this.current(ticket)) return;
    if (this.callers.size >= this.options.maxEntries) this.callers.clear();
    this.callers.set(tokenHash, caller);
  }

  /** Empties the cache at once (this process); the change streams do it on every other one. */
  forget(): void {
    this.generation += 1;
    this.callers.clear();
  }

  /**
   * Resolves once this process's tokens stream has delivered a change to token `id` (or after
   * `timeoutMs`, or at once when the stream is not live). Call before the write, await after it.
   * A revocation waits for it before answering: the engine writes a change to every open stream
   * at once, so when this process has it, every other process has it on its socket, ahead of any
   * request the revoking caller can send next.
   */
  expectChange(id: string, timeoutMs = 2_000): { seen: Promise<void>; cancel(): void } {
    if (!this.watches.isLive(this.tokensCollection)) return { seen: Promise.resolve(), cancel: () => undefined };
    let timer: NodeJS.Timeout | undefined;
    let waiter: { id: string; resolve: () => void } | undefined;
    const seen = new Promise<void>((resolve) => {
      waiter = { id, resolve };
      this.seenWaiters.add(waiter);
      timer = setTimeout(resolve, timeoutMs);
    }).finally(() => {
      clearTimeout(timer);
      this.seenWaiters.delete(waiter!);
    });
    return { seen, cancel: () => waiter!.resolve() };
  }

  private changed(collection: string, change: ChangeStreamDocument): void {
    // A new token changes no cached caller.
    if (change.operationType !== 'insert') this.forget();
    if (collection === this.tokensCollection && 'documentKey' in change) this.release(String((change.documentKey as { _id: unknown })._id));
  }

  private release(id: string): void {
    for (const waiter of this.seenWaiters) {
      if (waiter.id !== id) continue;
      this.seenWaiters.delete(waiter);
      waiter.resolve();
    }
  }
}
