/**
 * The engine's change history: an oplog-like ring of the last committed changes, in commit order,
 * from which change-stream cursors read. It lives as long as the engine: a restart starts an
 * empty history with a new epoch, so a resume token from an earlier lifetime (or one older than
 * what the ring still holds) fails with ChangeStreamHistoryLost, as mongod does once its oplog
 * has rolled past the token.
 */
import { randomBytes } from 'node:crypto';
import { Timestamp } from 'bson';
import type { StoredDoc } from '../collection';

export type ChangeKind = 'insert' | 'update' | 'replace' | 'delete' | 'drop' | 'dropDatabase';

export interface ChangeEntry {
  /** Position in the history, 1, 2, 3, ... for this engine's lifetime. */
  seq: number;
  clusterTime: Timestamp;
  wallTime: Date;
  kind: ChangeKind;
  db: string;
  /** Empty for dropDatabase. */
  coll: string;
  /** The document before the write (update, replace, delete), as stored: decoded only when an event is read. */
  prev?: StoredDoc;
  /** The document after the write (insert, update, replace), as stored. */
  next?: StoredDoc;
  /** Set for the writes of a multi-document transaction. */
  txn?: { sessionId: string; txnNumber: number };
}

/** Where a stream stands: every change up to `seq` seen; `invalidated`: also the invalidate that followed it. */
export interface StreamPosition {
  seq: number;
  invalidated: boolean;
}

export const DEFAULT_CHANGE_HISTORY_SIZE = 10_000;
/**
 * The bytes of stored documents the history may hold: each entry keeps the previous and the next
 * version of a document, so 10,000 entries of large documents held hundreds of MiB. Bounded by
 * size as well as by count, as mongod's oplog is bounded by size.
 */
export const DEFAULT_CHANGE_HISTORY_BYTES = 64 * 1024 * 1024;
/** What an entry costs beyond its documents' bytes (its fields, the timestamp, the array slot). */
const ENTRY_OVERHEAD_BYTES = 200;

function entryBytes(entry: Omit<ChangeEntry, 'seq' | 'wallTime'>): number {
  return ENTRY_OVERHEAD_BYTES + (entry.prev?.size ?? 0) + (entry.next?.size ?? 0);
}

export class ChangeHistory {
  /** Identifies this engine's lifetime in resume tokens. */
  readonly epoch = randomBytes(8);
  /** The held changes are entries[head..]: dropping from the front moves `head`, and the array is compacted now and then. */
  private entries: ChangeEntry[] = [];
  private head = 0;
  private heldBytes = 0;
  private lastSeq = 0;
  private lastTime = new Timestamp({ t: 0, i: 0 });
  /** The cluster time of the last change dropped from the ring (or the history's start). */
  private floorTime: Timestamp;
  private waiters = new Set<() => void>();
  private isClosed = false;

  constructor(
    private readonly capacity: number,
    private readonly now: () => number,
    /** at most this many bytes of entries; the newest entry is always held, however large */
    private readonly maxBytes: number = DEFAULT_CHANGE_HISTORY_BYTES,
  ) {
    this.floorTime = this.tick();
  }

  /** A new cluster time, later than every earlier one (seconds from the clock, then a counter). */
  tick(): Timestamp {
    const seconds = Math.floor(this.now() / 1000);
    const last = this.lastTime;
    this.lastTime = seconds > last.t ? new Timestamp({ t: seconds, i: 1 }) : new Timestamp({ t: last.t, i: last.i + 1 });
    return this.lastTime;
  }

  /** The latest cluster time handed out: the operationTime of a reply. */
  get clusterTime(): Timestamp {
    return this.lastTime;
  }

  get latestSeq(): number {
    return this.lastSeq;
  }

  /** Appends one committed change; the changes of one commit share its cluster time. */
  append(change: Omit<ChangeEntry, 'seq' | 'wallTime'>): void {
    this.entries.push({ ...change, seq: ++this.lastSeq, wallTime: new Date(this.now()) });
    this.heldBytes += entryBytes(change);
    while (this.held > this.capacity || (this.heldBytes > this.maxBytes && this.held > 1)) {
      const dropped = this.entries[this.head];
      this.entries[this.head++] = undefined as never;
      this.heldBytes -= entryBytes(dropped);
      this.floorTime = dropped.clusterTime;
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
    if (this.waiters.size === 0) return;
    const woken = this.waiters;
    this.waiters = new Set();
    for (const wake of woken) wake();
  }

  /** How many changes are held. */
  get held(): number {
    return this.entries.length - this.head;
  }

  /** The bytes the held changes take (their documents and a fixed overhead each). */
  get bytes(): number {
    return this.heldBytes;
  }

  /** The seq of the oldest held change (lastSeq + 1 when none is held). */
  private get firstSeq(): number {
    return this.held > 0 ? this.entries[this.head].seq : this.lastSeq + 1;
  }

  /** The held changes after `seq`, oldest first. */
  after(seq: number): ChangeEntry[] {
    return this.entries.slice(this.head + Math.max(0, seq + 1 - this.firstSeq));
  }

  entry(seq: number): ChangeEntry | undefined {
    if (this.held === 0 || seq < this.firstSeq) return undefined;
    return this.entries[this.head + seq - this.firstSeq];
  }

  /** True when every change after `seq` is still held. */
  holdsAfter(seq: number): boolean {
    return seq >= this.firstSeq - 1 && seq <= this.lastSeq;
  }

  /** The position just before the first change at or after `time`, or null when such changes were dropped. */
  positionAt(time: Timestamp): number | null {
    // Once changes were dropped, those at the floor's own time may be among them.
    const lost = this.trimmed() ? time.lessThanOrEqual(this.floorTime) : time.lessThan(this.floorTime);
    if (lost) return null;
    for (let i = this.head; i < this.entries.length; i++) {
      if (this.entries[i].clusterTime.greaterThanOrEqual(time)) return this.entries[i].seq - 1;
    }
    return this.lastSeq;
  }

  private trimmed(): boolean {
    return this.firstSeq > 1;
  }

  /** Resolves at the next append (or at once when the engine closes). */
  waitForChange(): { changed: Promise<void>; cancel: () => void } {
    let wake!: () => void;
    const changed = new Promise<void>((resolve) => (wake = resolve));
    if (this.isClosed) wake();
    else this.waiters.add(wake);
    return { changed, cancel: () => this.waiters.delete(wake) };
  }

  /** The engine closed: nothing more will be appended, waiting getMores answer now. */
  get closed(): boolean {
    return this.isClosed;
  }

  close(): void {
    this.isClosed = true;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }
}
