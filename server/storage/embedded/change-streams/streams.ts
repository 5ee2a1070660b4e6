/**
 * Change-stream cursors: tailable, awaitData cursors over the change history. Each remembers
 * where it stands in the history; a batch is read when it is asked for, so a getMore sees every
 * change committed up to then, and one that finds none waits (without blocking the event loop)
 * until a change is appended or its time is up.
 */
import { Long, serialize } from 'bson';
import { Aggregator } from 'mingo';
import { MongoCommandError, asCommandError } from '../errors';
import { RawDocument, type ReplyDoc, encodeRawReply, replyDocSize } from '../raw-reply';
import { type Doc, cloneValue } from '../values';
import { type EventOptions, changeEvent, invalidateEvent } from './events';
import type { ChangeEntry, ChangeHistory, StreamPosition } from './history';
import { encodeToken } from './tokens';

/** What a stream watches: one collection, one database (coll null) or every database (db null). */
export interface StreamScope {
  db: string | null;
  coll: string | null;
}

export interface StreamSpec {
  scope: StreamScope;
  /** The reply namespace getMore names: "<db>.<coll>" or "<db>.$cmd.aggregate". */
  namespace: string;
  position: StreamPosition;
  /** The stages after $changeStream, run over each event. */
  pipeline: Doc[];
  events: EventOptions;
  sessionId: string | null;
}

interface StreamCursor extends StreamSpec {
  id: number;
  lastUsed: number;
  /** A getMore is waiting on it. */
  busy: boolean;
}

interface Batch {
  events: ReplyDoc[];
  position: StreamPosition;
  /** The stream was invalidated: the cursor ends with this batch. */
  ended: boolean;
}

/** mongod's wait for a getMore on an awaitData cursor that names no maxTimeMS. */
export const DEFAULT_AWAIT_MS = 1000;

export class ChangeStreams {
  private readonly open = new Map<number, StreamCursor>();

  constructor(
    private readonly history: ChangeHistory,
    private readonly newCursorId: () => number,
    private readonly maxBatchBytes: number,
    private readonly timeoutMs: number,
    private readonly now: () => number,
  ) {}

  owns(id: number): boolean {
    return this.open.has(id);
  }

  /** Opens a stream and answers its first batch at once (the aggregate never waits). */
  start(spec: StreamSpec, batchSize: number | undefined): Doc {
    const batch = this.collect(spec, batchSize ?? Number.MAX_SAFE_INTEGER);
    let id = 0;
    if (!batch.ended) {
      id = this.newCursorId();
      this.open.set(id, { ...spec, position: batch.position, id, lastUsed: this.now(), busy: false });
    }
    return this.reply(id, spec.namespace, 'firstBatch', batch);
  }

  /** The next batch; when there is none yet, waits up to maxAwaitMs for one. */
  async more(id: number, namespace: string, batchSize: number | undefined, maxAwaitMs: number | undefined): Promise<Doc> {
    const cursor = this.open.get(id);
    if (!cursor || cursor.namespace !== namespace) throw new MongoCommandError('CursorNotFound', `cursor id ${id} not found`);
    if (cursor.busy) throw new MongoCommandError('IllegalOperation', `cursor id ${id} is already in use by another getMore`);
    cursor.busy = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      const limit = batchSize ?? Number.MAX_SAFE_INTEGER;
      let batch = this.collect(cursor, limit);
      if (batch.events.length === 0 && !batch.ended) {
        let timedOut = false;
        const timeout = new Promise<void>((resolve) => {
          timer = setTimeout(() => ((timedOut = true), resolve()), maxAwaitMs ?? DEFAULT_AWAIT_MS);
        });
        while (batch.events.length === 0 && !timedOut && !this.history.closed && this.open.get(id) === cursor) {
          const wait = this.history.waitForChange();
          await Promise.race([wait.changed, timeout]);
          wait.cancel();
          if (this.open.get(id) !== cursor) break;
          batch = this.collect(cursor, limit);
        }
      }
      if (this.open.get(id) !== cursor) throw new MongoCommandError('CursorKilled', `cursor id ${id} was killed while it waited`);
      cursor.position = batch.position;
      cursor.lastUsed = this.now();
      if (batch.ended) this.open.delete(id);
      return this.reply(batch.ended ? 0 : id, namespace, 'nextBatch', batch);
    } finally {
      clearTimeout(timer);
      cursor.busy = false;
    }
  }

  kill(ids: number[]): { killed: number[]; notFound: number[] } {
    const killed: number[] = [];
    const notFound: number[] = [];
    for (const id of ids) (this.open.delete(id) ? killed : notFound).push(id);
    return { killed, notFound };
  }

  killSession(sessionId: string): void {
    for (const [id, c] of this.open) if (c.sessionId === sessionId) this.open.delete(id);
  }

  reap(): void {
    const now = this.now();
    for (const [id, c] of this.open) if (!c.busy && now - c.lastUsed > this.timeoutMs) this.open.delete(id);
  }

  get size(): number {
    return this.open.size;
  }

  private reply(id: number, namespace: string, field: 'firstBatch' | 'nextBatch', batch: Batch): Doc {
    const at = this.history.entry(batch.position.seq)?.clusterTime ?? this.history.clusterTime;
    const postBatchResumeToken = encodeToken(this.history.epoch, at, batch.position);
    return { cursor: { id: Long.fromNumber(id), ns: namespace, [field]: batch.events, postBatchResumeToken }, operationTime: this.history.clusterTime };
  }

  /** Reads the events after the stream's position, up to `limit` and the batch byte budget. */
  private collect(stream: StreamSpec, limit: number): Batch {
    let position = stream.position;
    if (!this.history.holdsAfter(position.seq)) throw historyLost();
    const events: ReplyDoc[] = [];
    // Resumed right after the change that invalidated it: the invalidate comes first.
    const last = this.history.entry(position.seq);
    if (!position.invalidated && last && invalidates(stream.scope, last)) {
      return { events: [this.invalidate(last)], position: { seq: last.seq, invalidated: true }, ended: true };
    }
    let bytes = 0;
    for (const entry of this.history.after(position.seq)) {
      if (events.length >= limit) break;
      if (inScope(stream.scope, entry)) {
        const shown = this.shown(stream, entry);
        const size = shown.reduce((n, e) => n + replyDocSize(e), 0);
        if (events.length > 0 && bytes + size > this.maxBatchBytes) break;
        events.push(...shown);
        bytes += size;
      }
      position = { seq: entry.seq, invalidated: false };
      if (invalidates(stream.scope, entry)) {
        if (events.length >= limit) break;
        events.push(this.invalidate(entry));
        return { events, position: { seq: entry.seq, invalidated: true }, ended: true };
      }
    }
    return { events, position, ended: false };
  }

  /**
   * The event for one change after the stream's own stages ($match may drop it). Without stages
   * it is encoded here, its documents as their stored bytes, and goes into the reply as it is.
   */
  private shown(stream: StreamSpec, entry: ChangeEntry): ReplyDoc[] {
    const token = encodeToken(this.history.epoch, entry.clusterTime, { seq: entry.seq, invalidated: false });
    if (stream.pipeline.length === 0) {
      const event = changeEvent(entry, token, stream.events, true);
      return [new RawDocument(encodeRawReply(event) ?? serialize(event))];
    }
    const event = changeEvent(entry, token, stream.events, false);
    try {
      return new Aggregator(stream.pipeline).run([cloneValue(event)]) as Doc[];
    } catch (err) {
      throw asCommandError(err);
    }
  }

  private invalidate(entry: ChangeEntry): Doc {
    return invalidateEvent(entry, encodeToken(this.history.epoch, entry.clusterTime, { seq: entry.seq, invalidated: true }));
  }
}

export function historyLost(): MongoCommandError {
  return new MongoCommandError('ChangeStreamHistoryLost', 'Resume of change stream was not possible, as the resume point may no longer be in the oplog.');
}

function inScope(scope: StreamScope, entry: ChangeEntry): boolean {
  if (scope.db === null) return true;
  if (entry.db !== scope.db) return false;
  return scope.coll === null || entry.coll === scope.coll;
}

/** A collection stream ends when its collection is dropped, a database stream when its database is. */
function invalidates(scope: StreamScope, entry: ChangeEntry): boolean {
  if (scope.db === null || entry.db !== scope.db) return false;
  if (scope.coll !== null) return entry.kind === 'drop' && entry.coll === scope.coll;
  return entry.kind === 'dropDatabase';
}
