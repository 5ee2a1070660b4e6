/**
 * The application's event feed: committed changes read from MongoDB change streams, never from
 * an in-process emitter, so a change written through any server process reaches subscribers on
 * every process. One stream per watched collection per process, opened when its first listener
 * arrives and closed with its last; each change is fanned out in process to the listeners, keyed
 * by document id where a listener follows one document, so 1,000 subscribers cost one stream.
 */
import type { ChangeStream, ChangeStreamDocument, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';

/** A committed change as the feed hands it on: the stream's event plus its resume token's text. */
export interface FeedChange {
  /** The resume token's `_data`: opaque, ordered within one deployment (see isAfter). */
  token: string;
  operationType: string;
  documentId: unknown;
  /** The document as it is when the change is read (updateLookup); null once deleted. */
  fullDocument: Document | null;
  /** For updates: the fields the change set (arrays that changed may come whole or per element). */
  updatedFields: Document;
}

export interface FeedListener {
  /** Only changes to this document (its `_id` as text); all changes when absent. */
  documentId?: string;
  onChange(change: FeedChange): void;
  /** The stream failed and will not resume by itself: the listener is dropped. */
  onError(error: Error): void;
}

/** The feed's stream ended with an error the driver did not resume from. */
export class FeedError extends Error {
  constructor(
    message: string,
    /** the server's error code name, e.g. ChangeStreamHistoryLost */
    readonly codeName: string | undefined,
  ) {
    super(message);
  }
}

/**
 * Resume tokens of one deployment order by their hex text (mongod encodes them as KeyStrings
 * whose bytes sort in cluster-time order; the embedded engine puts its epoch, cluster time and
 * position first, big-endian). Comparing them is how a resumed subscription drops what it
 * already read when it joins the live stream.
 */
export function isAfter(token: string, than: string): boolean {
  return token > than;
}

/** How long one getMore waits for changes before the loop asks again. */
const AWAIT_MS = 1_000;
/**
 * While changes keep coming and the process is busy, the next getMore goes this long after the
 * last one was answered, so it brings the changes of that time in one batch: one round trip to
 * the database, and one socket write per subscriber for several of its events (frame-output.ts),
 * instead of one each. A quiet stream's first change still goes out at once (the getMore waiting
 * for it is already there), and so does every change while the process has time to spare.
 */
export const COALESCE_MS = 25;

/** Whether the process is busy enough that batching changes pays (see eventLoopBusy). */
export type BusyGauge = () => boolean;

/** Event-loop utilization above which the process counts as busy. */
const BUSY_UTILIZATION = 0.5;
/** How long one utilization reading stands. */
const BUSY_WINDOW_MS = 100;

/**
 * Busy when the event loop was running (not waiting for I/O) more than half of the last 100 ms or
 * so: under load, where a round trip per change costs throughput; at rest, no change waits.
 */
export function eventLoopBusy(): BusyGauge {
  let since = performance.eventLoopUtilization();
  let readAt = performance.now();
  let busy = false;
  return () => {
    const now = performance.now();
    if (now - readAt >= BUSY_WINDOW_MS) {
      const current = performance.eventLoopUtilization();
      busy = performance.eventLoopUtilization(current, since).utilization > BUSY_UTILIZATION;
      since = current;
      readAt = now;
    }
    return busy;
  };
}

export function toFeedChange(event: ChangeStreamDocument): FeedChange {
  const e = event as ChangeStreamDocument & { documentKey?: { _id: unknown }; fullDocument?: Document | null; updateDescription?: { updatedFields?: Document } };
  return {
    token: (event._id as { _data: string })._data,
    operationType: event.operationType,
    documentId: e.documentKey?._id,
    fullDocument: e.fullDocument ?? null,
    updatedFields: e.updateDescription?.updatedFields ?? {},
  };
}

function feedError(error: unknown): FeedError {
  const codeName = (error as { codeName?: string }).codeName;
  return new FeedError(error instanceof Error ? error.message : String(error), codeName);
}

class CollectionWatch {
  private readonly byDocument = new Map<string, Set<FeedListener>>();
  private readonly everything = new Set<FeedListener>();
  private stream: ChangeStream | null = null;
  private opened: Promise<void> | null = null;
  private closing = false;
  /**
   * The token up to which every change has been handed to the listeners there were then: the
   * last change dispatched, or the stream's post-batch token once it has nothing buffered.
   */
  private seen: string | null = null;

  constructor(
    private readonly connection: Connection,
    private readonly collection: string,
    private readonly logger: Logger,
    private readonly onEmpty: () => void,
    private readonly busy: BusyGauge,
  ) {}

  get size(): number {
    let n = this.everything.size;
    for (const set of this.byDocument.values()) n += set.size;
    return n;
  }

  /**
   * Resolves once the database holds the stream's cursor, with the token after which every change
   * reaches the listener (the changes up to it were committed before the listener joined).
   */
  async add(listener: FeedListener): Promise<string | null> {
    if (listener.documentId === undefined) this.everything.add(listener);
    else {
      const set = this.byDocument.get(listener.documentId) ?? new Set();
      set.add(listener);
      this.byDocument.set(listener.documentId, set);
    }
    if (this.opened) {
      // Already open: the listener sees every change dispatched from now on, so from `seen` on.
      const joinedAt = this.seen;
      await this.opened;
      return joinedAt ?? this.seen;
    }
    this.opened = this.open();
    await this.opened;
    return this.seen;
  }

  remove(listener: FeedListener): void {
    this.everything.delete(listener);
    if (listener.documentId !== undefined) {
      const set = this.byDocument.get(listener.documentId);
      set?.delete(listener);
      if (set?.size === 0) this.byDocument.delete(listener.documentId);
    }
    if (this.size === 0) this.close();
  }

  close(): void {
    if (this.closing) return;
    this.closing = true;
    this.onEmpty();
    void this.stream?.close().catch(() => undefined);
  }

  private async open(): Promise<void> {
    const stream = this.connection.collection(this.collection).watch([], { fullDocument: 'updateLookup', maxAwaitTimeMS: AWAIT_MS });
    this.stream = stream;
    // The first read sends the aggregate: once it answers, the cursor exists on the server.
    const first = await stream.tryNext().catch((error: unknown) => {
      this.fail(error);
      return null;
    });
    if (first) this.dispatch(toFeedChange(first));
    else this.notePosition(stream);
    void this.read(stream);
  }

  private async read(stream: ChangeStream): Promise<void> {
    /** When the last getMore that brought changes was answered; null once one came back empty. */
    let flowingSince: number | null = null;
    while (!this.closing) {
      const fetches = stream.bufferedCount() === 0;
      if (fetches && flowingSince !== null && this.busy()) {
        const wait = flowingSince + COALESCE_MS - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.ceil(wait)));
        if (this.closing) return;
      }
      let event: ChangeStreamDocument | null;
      try {
        event = await stream.tryNext();
      } catch (error) {
        if (!this.closing) this.fail(error);
        return;
      }
      if (fetches) flowingSince = event ? performance.now() : null;
      if (event) this.dispatch(toFeedChange(event));
      else this.notePosition(stream);
      if (!event && stream.closed && !this.closing) return this.fail(new Error(`the change stream on ${this.collection} closed`));
    }
  }

  private notePosition(stream: ChangeStream): void {
    const token = stream.resumeToken as { _data?: string } | undefined;
    if (token?._data) this.seen = token._data;
  }

  private dispatch(change: FeedChange): void {
    this.seen = change.token;
    const listeners = [...this.everything, ...(this.byDocument.get(String(change.documentId)) ?? [])];
    for (const listener of listeners) {
      try {
        listener.onChange(change);
      } catch (error) {
        this.logger.error({ err: error, collection: this.collection }, 'a live-update listener failed on a change');
      }
    }
  }

  private fail(error: unknown): void {
    const failure = feedError(error);
    this.logger.warn({ err: error, collection: this.collection }, 'change stream ended');
    const listeners = [...this.everything, ...[...this.byDocument.values()].flatMap((s) => [...s])];
    this.everything.clear();
    this.byDocument.clear();
    this.close();
    for (const listener of listeners) listener.onError(failure);
  }
}

export class ChangeFeed {
  private readonly watches = new Map<string, CollectionWatch>();

  constructor(
    private readonly connection: Connection,
    private readonly logger: Logger,
    /** when changes are read in batches (tests pass a fixed answer) */
    private readonly busy: BusyGauge = eventLoopBusy(),
  ) {}

  /**
   * Starts delivering the collection's changes to the listener; resolves once the stream is open,
   * with the token after which every change reaches the listener (null: none seen yet).
   */
  async listen(collection: string, listener: FeedListener): Promise<{ stop: () => void; joinedAt: string | null }> {
    let watch = this.watches.get(collection);
    if (!watch) {
      const created: CollectionWatch = new CollectionWatch(this.connection, collection, this.logger, () => {
        if (this.watches.get(collection) === created) this.watches.delete(collection);
      }, this.busy);
      watch = created;
      this.watches.set(collection, watch);
    }
    const joined = watch;
    const joinedAt = await joined.add(listener);
    return { stop: () => joined.remove(listener), joinedAt };
  }

  /**
   * The collection's changes committed after `token` up to now, read by a stream of its own that
   * is closed again. Throws FeedError (codeName ChangeStreamHistoryLost) when the database no
   * longer holds the changes after the token.
   */
  async since(collection: string, token: string): Promise<FeedChange[]> {
    const stream = this.connection.collection(collection).watch([], { fullDocument: 'updateLookup', startAfter: { _data: token }, maxAwaitTimeMS: 1 });
    const changes: FeedChange[] = [];
    try {
      for (let event = await stream.tryNext(); event; event = await stream.tryNext()) changes.push(toFeedChange(event));
    } catch (error) {
      throw feedError(error);
    } finally {
      await stream.close().catch(() => undefined);
    }
    return changes;
  }

  /** Open streams per collection, for tests and the bench. */
  get streams(): Record<string, number> {
    return Object.fromEntries([...this.watches].map(([name, w]) => [name, w.size]));
  }

  close(): void {
    for (const watch of this.watches.values()) watch.close();
    this.watches.clear();
  }
}
