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
import { type ChangeStream, type ChangeStreamDocument, MongoClient } from 'mongodb';
import type { Logger } from 'pino';
import type { Caller } from './caller';

export interface CallerCacheOptions {
  /** how long the engine may hold an idle getMore before answering it empty */
  maxAwaitMs: number;
  /** a stream silent for longer than this is treated as broken */
  silenceMs: number;
  /** wait before reopening a stream that closed or failed */
  reopenMs: number;
  maxEntries: number;
}

export const CALLER_CACHE_DEFAULTS: CallerCacheOptions = { maxAwaitMs: 1_000, silenceMs: 3_000, reopenMs: 1_000, maxEntries: 10_000 };

/** Where a lookup started: it may be kept only if nothing changed since. */
export type LookupTicket = number | null;

interface Watch {
  collection: string;
  stream: ChangeStream | null;
  live: boolean;
  silence: NodeJS.Timeout | null;
  reopen: NodeJS.Timeout | null;
}

export class CallerCache {
  private readonly callers = new Map<string, Caller>();
  private readonly watches: Watch[];
  /** bumped by every change and every stream failure; a lookup from an older generation is not kept */
  private generation = 0;
  private running = false;
  private readonly seenWaiters = new Set<{ id: string; resolve: () => void }>();

  /**
   * The streams have a client of their own: a stream the database drops while it is away gets
   * resumed by the driver, and on the requests' shared client that kept mongoose from seeing the
   * database come back (test/e2e/engine-restart.e2e.test.ts).
   */
  private client: MongoClient | null = null;

  constructor(
    private readonly database: { uri: string; dbName: string },
    collections: { tokens: string; parties: string },
    private readonly logger: Logger,
    private readonly options: CallerCacheOptions = CALLER_CACHE_DEFAULTS,
  ) {
    this.watches = [collections.tokens, collections.parties].map((collection) => ({ collection, stream: null, live: false, silence: null, reopen: null }));
  }

  /** Opens the change streams; the cache serves once both have answered. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.client = new MongoClient(this.database.uri, { maxPoolSize: 4 });
    for (const watch of this.watches) this.open(watch);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.forget();
    await Promise.all(this.watches.map((watch) => this.close(watch)));
    await this.client?.close().catch(() => undefined);
    this.client = null;
  }

  /** Whether both streams are open and answering, so the cache may serve. */
  get live(): boolean {
    return this.running && this.watches.every((w) => w.live);
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

  remember(tokenHash: string, caller: Caller, ticket: LookupTicket): void {
    if (ticket === null || ticket !== this.generation || !this.live) return;
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
    if (!this.watches[0].live) return { seen: Promise.resolve(), cancel: () => undefined };
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

  private open(watch: Watch): void {
    if (!this.running || watch.stream) return;
    if (!this.client) return;
    const stream = this.client.db(this.database.dbName).collection(watch.collection).watch([], { maxAwaitTimeMS: this.options.maxAwaitMs });
    watch.stream = stream;
    const answered = (): void => {
      if (watch.stream !== stream) return;
      if (!watch.live) {
        // A stream (re)starting may have missed changes: nothing from before counts.
        this.forget();
        watch.live = true;
        if (this.live) this.logger.info({ collections: this.watches.map((w) => w.collection) }, 'caller cache serving: its change streams are open');
      }
      this.armSilence(watch, stream);
    };
    // The driver announces every answer of the engine, an empty one included, as a new resume token.
    stream.on('resumeTokenChanged', answered);
    stream.on('change', (change: ChangeStreamDocument) => {
      if (watch.stream !== stream) return;
      if (change.operationType !== 'insert') this.forget();
      if (watch === this.watches[0] && 'documentKey' in change) this.release(String((change.documentKey as { _id: unknown })._id));
    });
    stream.on('error', (error: unknown) => {
      this.logger.warn({ err: error, collection: watch.collection }, 'caller cache: change stream failed; serving from the database until it reopens');
      this.down(watch, stream);
    });
    stream.on('close', () => this.down(watch, stream));
    stream.on('end', () => this.down(watch, stream));
  }

  private release(id: string): void {
    for (const waiter of this.seenWaiters) {
      if (waiter.id !== id) continue;
      this.seenWaiters.delete(waiter);
      waiter.resolve();
    }
  }

  private armSilence(watch: Watch, stream: ChangeStream): void {
    if (watch.silence) clearTimeout(watch.silence);
    watch.silence = setTimeout(() => {
      this.logger.warn({ collection: watch.collection, silenceMs: this.options.silenceMs }, 'caller cache: change stream silent; serving from the database until it answers');
      this.down(watch, stream);
    }, this.options.silenceMs);
    watch.silence.unref();
  }

  /** The stream is no longer trusted: forget everything, close it, and open a new one later. */
  private down(watch: Watch, stream: ChangeStream): void {
    if (watch.stream !== stream) return;
    watch.live = false;
    this.forget();
    void this.close(watch);
    this.reopenLater(watch);
  }

  private reopenLater(watch: Watch): void {
    if (!this.running || watch.reopen) return;
    watch.reopen = setTimeout(() => {
      watch.reopen = null;
      this.open(watch);
    }, this.options.reopenMs);
    watch.reopen.unref();
  }

  private async close(watch: Watch): Promise<void> {
    const stream = watch.stream;
    watch.stream = null;
    watch.live = false;
    if (watch.silence) clearTimeout(watch.silence);
    watch.silence = null;
    if (!this.running && watch.reopen) {
      clearTimeout(watch.reopen);
      watch.reopen = null;
    }
    await stream?.close().catch(() => undefined);
  }
}
