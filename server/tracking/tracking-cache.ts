/**
 * What `track` read for a reference, kept in this process so the common case answers from
 * memory: the shipments the reference names (each with its order) and the tracking views
 * computed from them, per document version.
 *
 * Access is not cached: an entry holds every shipment the reference matches, whoever may see
 * it, and each request picks from them with the caller's own visibility filters (the ones the
 * database query would use), so a party that may not see a shipment gets the same answer from
 * the cache as from the database.
 *
 * Freshness follows the caller cache (parties/caller-cache.ts), through the same change-stream
 * rules (shared/collection-watch.ts):
 * - any change to shipments or orders, from any process, empties the cache when its event
 *   arrives; a write through this process empties it synchronously as well
 *   (shared/local-writes.ts), so the next `track` on this process sees it at once;
 * - an entry is kept only if it was read after the streams had started and nothing changed (nor
 *   a stream failed) between the read and keeping it;
 * - a stream that fails, closes or stays silent past `silenceMs` empties the cache and stops it
 *   serving: `track` reads the database until the stream answers again.
 * At most `maxEntries` references are kept, the least recently used going first.
 *
 * The streams are opened by the first `track` and closed after `idleMs` without one: every write
 * to orders or shipments costs an open stream a change event (the engine builds it, the server
 * decodes it), which halved a transition's throughput at one client in issue 18's bench while
 * no one tracked anything. The `track` that opens them reads the database, as every request does
 * until the streams answer.
 */
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { OrderRecord } from '../models/order.model';
import type { ShipmentRecord } from '../models/shipment.model';
import { type CollectionWatchOptions, CollectionWatches } from '../shared/collection-watch';
import { onLocalWrite } from '../shared/local-writes';
import { type TrackingView, trackingView, viewDay } from './tracking.view';

export interface TrackingCacheOptions extends CollectionWatchOptions {
  /** references kept at most; 0 turns the cache off */
  maxEntries: number;
  /** the streams close after this long without a `track`; 0 keeps them open from start() to stop() */
  idleMs: number;
}

export const TRACKING_CACHE_DEFAULTS: TrackingCacheOptions = { maxAwaitMs: 1_000, silenceMs: 3_000, reopenMs: 1_000, maxEntries: 1_000, idleMs: 30_000 };

/** Where a read started: its result may be kept only if nothing changed since. */
export type TrackingTicket = number | null;

/** A shipment a reference names and its order, as stored (whoever may see them). */
export class TrackedShipment {
  /** views by whether the caller may see the order and by the UTC day they were computed for */
  private readonly views = new Map<string, TrackingView>();

  constructor(
    readonly shipment: ShipmentRecord,
    readonly order: OrderRecord | null,
  ) {}

  /** The view with the order or without it (a caller who may not read the order), computed once per day. */
  view(withOrder: boolean, now: Date): TrackingView {
    const key = `${withOrder ? 'order' : 'none'}:${viewDay(now)}`;
    let view = this.views.get(key);
    if (!view) {
      // Yesterday's views are of no more use.
      if (this.views.size >= 2) this.views.clear();
      view = trackingView(this.shipment, withOrder ? this.order : null, now);
      this.views.set(key, view);
    }
    return view;
  }
}

export class TrackingCache {
  /** by reference key; a Map iterates in insertion order, so the first key is the least recently used */
  private readonly entries = new Map<string, TrackedShipment[]>();
  private readonly watches: CollectionWatches;
  /** bumped by every change, local write and stream failure; a read from an older generation is not kept */
  private generation = 0;
  private stopLocalWrites: (() => void) | null = null;
  private started = false;
  private watching = false;
  /** performance.now() of the last `track` (wall time of the process, not the domain's clock) */
  private lastUsed = 0;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly connection: Connection,
    database: { uri: string; dbName: string },
    collections: { shipments: string; orders: string },
    logger: Logger,
    private readonly options: TrackingCacheOptions = TRACKING_CACHE_DEFAULTS,
  ) {
    this.watches = new CollectionWatches('tracking cache', database, [collections.shipments, collections.orders], logger, options, {
      change: () => this.forget(),
      reset: () => this.forget(),
    });
  }

  get enabled(): boolean {
    return this.options.maxEntries > 0;
  }

  start(): void {
    if (!this.enabled) return;
    this.started = true;
    this.stopLocalWrites ??= onLocalWrite(this.connection, () => this.forget());
    if (this.options.idleMs === 0) this.watch();
  }

  async stop(): Promise<void> {
    this.started = false;
    this.stopLocalWrites?.();
    this.stopLocalWrites = null;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.watching = false;
    await this.watches.stop();
  }

  /** Whether the streams are open (or opening): false until the first `track`, and again once idle. */
  get streamsOpen(): boolean {
    return this.watching;
  }

  /** A `track` is being answered: open the streams if they are closed, and keep them open a while. */
  noteTrack(): void {
    if (!this.started) return;
    this.lastUsed = performance.now();
    if (!this.watching) this.watch();
  }

  private watch(): void {
    this.watching = true;
    this.watches.start();
    if (this.options.idleMs > 0) this.armIdle(this.options.idleMs);
  }

  private armIdle(delay: number): void {
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      const idle = performance.now() - this.lastUsed;
      if (idle < this.options.idleMs) return this.armIdle(this.options.idleMs - idle);
      // Nothing kept may outlive its streams: what is cached now would miss the changes to come.
      this.watching = false;
      this.forget();
      void this.watches.stop();
    }, delay);
    this.idleTimer.unref();
  }

  /** Whether both streams are open and answering, so the cache may serve. */
  get live(): boolean {
    return this.enabled && this.watching && this.watches.live;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): TrackedShipment[] | undefined {
    if (!this.live) return undefined;
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  /** Take before reading the database; hand back to remember(). */
  ticket(): TrackingTicket {
    return this.live ? this.generation : null;
  }

  /** Keeps `tracked` unless something changed since `ticket`; answers whether it was kept. */
  remember(key: string, tracked: TrackedShipment[], ticket: TrackingTicket): boolean {
    if (ticket === null || ticket !== this.generation || !this.live) return false;
    this.entries.delete(key);
    this.entries.set(key, tracked);
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return true;
  }

  /** Empties the cache at once. */
  forget(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
