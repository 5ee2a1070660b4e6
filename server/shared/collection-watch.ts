/**
 * Change streams that tell a per-process cache when it may serve: the caller cache (tokens and
 * parties) and the tracking cache (shipments and orders) each watch their collections through
 * one of these, so the rules of when a stream is trusted live in one place:
 * - the streams have a MongoClient of their own: a stream the database drops while it is away
 *   gets resumed by the driver, and on the requests' shared client that kept mongoose from seeing
 *   the database come back (test/e2e/engine-restart.e2e.test.ts);
 * - the cache may serve only while every stream is open and answering (`live`); a stream that
 *   (re)starts may have missed changes, so its first answer resets the cache;
 * - a stream that fails, closes or stays silent longer than `silenceMs` (an idle stream answers
 *   its awaiting getMore every `maxAwaitMs`) resets the cache, stops it serving, and is opened
 *   again after `reopenMs`.
 */
import { type ChangeStream, type ChangeStreamDocument, MongoClient } from 'mongodb';
import type { Logger } from 'pino';

export interface CollectionWatchOptions {
  /** how long the engine may hold an idle getMore before answering it empty */
  maxAwaitMs: number;
  /** a stream silent for longer than this is treated as broken */
  silenceMs: number;
  /** wait before reopening a stream that closed or failed */
  reopenMs: number;
}

export interface CollectionWatchListener {
  /** A committed change to one of the watched collections. */
  change(collection: string, change: ChangeStreamDocument): void;
  /** Nothing cached so far can be trusted: a stream (re)started, failed or fell silent. */
  reset(): void;
}

interface Watch {
  collection: string;
  stream: ChangeStream | null;
  live: boolean;
  silence: NodeJS.Timeout | null;
  reopen: NodeJS.Timeout | null;
}

export class CollectionWatches {
  private readonly watches: Watch[];
  private running = false;
  private client: MongoClient | null = null;

  constructor(
    /** names the cache in log lines, e.g. "caller cache" */
    private readonly label: string,
    private readonly database: { uri: string; dbName: string },
    collections: readonly string[],
    private readonly logger: Logger,
    private readonly options: CollectionWatchOptions,
    private readonly listener: CollectionWatchListener,
  ) {
    this.watches = collections.map((collection) => ({ collection, stream: null, live: false, silence: null, reopen: null }));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.client = new MongoClient(this.database.uri, { maxPoolSize: Math.max(2, this.watches.length * 2) });
    for (const watch of this.watches) this.open(watch);
  }

  async stop(): Promise<void> {
    this.running = false;
    // Taken now: a start() while this stop is closing (the tracking cache reopens on demand) makes a client of its own.
    const client = this.client;
    this.client = null;
    this.listener.reset();
    await Promise.all(this.watches.map((watch) => this.close(watch)));
    await client?.close().catch(() => undefined);
  }

  /** Whether every stream is open and answering, so the cache may serve. */
  get live(): boolean {
    return this.running && this.watches.every((w) => w.live);
  }

  /** Whether the stream on `collection` is open and answering. */
  isLive(collection: string): boolean {
    return this.running && this.watches.some((w) => w.collection === collection && w.live);
  }

  private open(watch: Watch): void {
    if (!this.running || watch.stream || !this.client) return;
    const stream = this.client.db(this.database.dbName).collection(watch.collection).watch([], { maxAwaitTimeMS: this.options.maxAwaitMs });
    watch.stream = stream;
    const answered = (): void => {
      if (watch.stream !== stream) return;
      if (!watch.live) {
        // A stream (re)starting may have missed changes: nothing from before counts.
        this.listener.reset();
        watch.live = true;
        if (this.live) this.logger.info({ collections: this.watches.map((w) => w.collection) }, `${this.label} serving: its change streams are open`);
      }
      this.armSilence(watch, stream);
    };
    // The driver announces every answer of the engine, an empty one included, as a new resume token.
    stream.on('resumeTokenChanged', answered);
    stream.on('change', (change: ChangeStreamDocument) => {
      if (watch.stream === stream) this.listener.change(watch.collection, change);
    });
    stream.on('error', (error: unknown) => {
      this.logger.warn({ err: error, collection: watch.collection }, `${this.label}: change stream failed; serving from the database until it reopens`);
      this.down(watch, stream);
    });
    stream.on('close', () => this.down(watch, stream));
    stream.on('end', () => this.down(watch, stream));
  }

  private armSilence(watch: Watch, stream: ChangeStream): void {
    if (watch.silence) clearTimeout(watch.silence);
    watch.silence = setTimeout(() => {
      this.logger.warn({ collection: watch.collection, silenceMs: this.options.silenceMs }, `${this.label}: change stream silent; serving from the database until it answers`);
      this.down(watch, stream);
    }, this.options.silenceMs);
    watch.silence.unref();
  }

  /** The stream is no longer trusted: reset the cache, close it, and open a new one later. */
  private down(watch: Watch, stream: ChangeStream): void {
    if (watch.stream !== stream) return;
    watch.live = false;
    this.listener.reset();
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
