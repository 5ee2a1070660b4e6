/**
 * The write-ahead journal: numbered records appended to segment files and made durable with
 * fdatasync, many records per flush (group commit).
 *
 * append() is synchronous and only queues the framed record; the flush runs on the next turn of
 * the event loop, so every write the engine applied in this turn (from any connection) shares one
 * write and one fdatasync. While a flush is on disk, new records queue for the next one: at
 * concurrency 32 the writers pay for a handful of flushes, not 32.
 *
 * Segment files are named by the first sequence number (LSN) they may hold. A checkpoint starts a
 * new segment (rotate) and, once the checkpoint is safely on disk, the older segments are deleted.
 */
import { type FileHandle, open } from 'node:fs/promises';
import path from 'node:path';
import { fsyncDirectory } from './files';

export const SEGMENT_PREFIX = 'journal-';
export const SEGMENT_SUFFIX = '.wal';

export function segmentName(firstLsn: number): string {
  return `${SEGMENT_PREFIX}${String(firstLsn).padStart(16, '0')}${SEGMENT_SUFFIX}`;
}

export function segmentFirstLsn(file: string): number | null {
  if (!file.startsWith(SEGMENT_PREFIX) || !file.endsWith(SEGMENT_SUFFIX)) return null;
  const digits = file.slice(SEGMENT_PREFIX.length, -SEGMENT_SUFFIX.length);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

interface Queued {
  lsn: number;
  segment: number;
  bytes: Buffer;
}

interface Waiter {
  lsn: number;
  resolve(): void;
  reject(err: Error): void;
}

export class Journal {
  /** the LSN of the last record appended (durable or not) */
  lastLsn: number;
  /** every record up to this LSN is on disk */
  durableLsn: number;
  /** bytes appended since the last rotation, so the store knows when to checkpoint */
  bytesSinceRotation = 0;
  /** how many write + fdatasync rounds ran: with group commit, far fewer than records */
  flushes = 0;
  /** records appended since the journal was opened */
  appended = 0;
  private queue: Queued[] = [];
  private waiters: Waiter[] = [];
  private currentSegment: number;
  private handle: { segment: number; file: FileHandle } | null = null;
  private flushing: Promise<void> | null = null;
  private failure: Error | null = null;

  constructor(
    private readonly dir: string,
    lastLsn: number,
    /** called once when a write or flush fails: the journal can no longer promise anything */
    private readonly onFailure: (err: Error) => void,
  ) {
    this.lastLsn = lastLsn;
    this.durableLsn = lastLsn;
    this.currentSegment = lastLsn + 1;
  }

  /** Queues one framed record and returns its LSN; it is durable once flushed(lsn) resolves. */
  append(frame: (lsn: number) => Buffer): number {
    const lsn = ++this.lastLsn;
    this.appended++;
    const bytes = frame(lsn);
    this.queue.push({ lsn, segment: this.currentSegment, bytes });
    this.bytesSinceRotation += bytes.length;
    this.scheduleFlush();
    return lsn;
  }

  /** Resolves once every record up to `lsn` is on disk. */
  flushed(lsn: number = this.lastLsn): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (lsn <= this.durableLsn) return Promise.resolve();
    return new Promise((resolve, reject) => this.waiters.push({ lsn, resolve, reject }));
  }

  /** Later records go to a new segment; returns the LSN the older segments end at. */
  rotate(): number {
    this.currentSegment = this.lastLsn + 1;
    this.bytesSinceRotation = 0;
    return this.lastLsn;
  }

  get segmentInUse(): number {
    return this.currentSegment;
  }

  async close(): Promise<void> {
    await this.flushed().catch(() => undefined);
    await this.flushing;
    await this.handle?.file.close();
    this.handle = null;
  }

  private scheduleFlush(): void {
    if (this.flushing || this.failure) return;
    // setImmediate, not a microtask: every command read off the sockets in this turn of the
    // event loop appends first, and all of them share the flush.
    this.flushing = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flushLoop());
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue;
        this.queue = [];
        for (let start = 0; start < batch.length; ) {
          let end = start;
          while (end < batch.length && batch[end].segment === batch[start].segment) end++;
          const file = await this.segmentFile(batch[start].segment);
          await file.writev(batch.slice(start, end).map((q) => q.bytes));
          await file.datasync();
          start = end;
        }
        this.flushes++;
        this.durableLsn = batch[batch.length - 1].lsn;
        this.wake();
      }
    } catch (err) {
      this.fail(err instanceof Error ? err : new Error(String(err)));
    } finally {
      this.flushing = null;
    }
  }

  private async segmentFile(segment: number): Promise<FileHandle> {
    if (this.handle?.segment === segment) return this.handle.file;
    // The previous segment was fully synced by the flush that wrote to it.
    await this.handle?.file.close();
    this.handle = null;
    const file = await open(path.join(this.dir, segmentName(segment)), 'a');
    // The new file's name must survive a power cut before any record in it is acknowledged.
    await fsyncDirectory(this.dir);
    this.handle = { segment, file };
    return file;
  }

  private wake(): void {
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.lsn <= this.durableLsn) w.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = new Error(`the journal in ${this.dir} could not be written: ${err.message}`);
    for (const w of this.waiters) w.reject(this.failure);
    this.waiters = [];
    this.onFailure(this.failure);
  }
}
