/**
 * Server-side cursors. Results are materialised when the cursor opens (so a transaction's cursor
 * keeps reading its snapshot) and handed out in batches bounded by count and by BSON bytes.
 */
import { Long } from 'bson';
import { MAX_BSON_OBJECT_SIZE } from './limits';
import { MongoCommandError } from './errors';
import { type ReplyDoc, replyDocSize } from './raw-reply';
import type { Doc } from './values';

interface OpenCursor {
  id: number;
  namespace: string;
  docs: ReplyDoc[];
  position: number;
  lastUsed: number;
  sessionId: string | null;
}

/** mongod's default first batch for find and aggregate. */
export const DEFAULT_FIRST_BATCH = 101;

export class CursorRegistry {
  private readonly open = new Map<number, OpenCursor>();
  private nextId = 1;

  constructor(
    private readonly timeoutMs: number,
    private readonly maxBatchBytes: number,
    private readonly now: () => number,
  ) {}

  /** A fresh cursor id, also for cursors kept elsewhere (change streams), so ids never collide. */
  newId(): number {
    return this.nextId++;
  }

  /** Builds the `cursor` reply field, opening a server cursor only when documents remain. */
  first(namespace: string, docs: ReplyDoc[], batchSize: number | undefined, sessionId: string | null, singleBatch = false): Doc {
    const batch = this.take(docs, 0, batchSize ?? DEFAULT_FIRST_BATCH);
    let id = 0;
    if (batch.length < docs.length && !singleBatch) {
      // Ids stay below 2^53 so they survive the driver's Long round trip exactly.
      id = this.nextId++;
      this.open.set(id, { id, namespace, docs, position: batch.length, lastUsed: this.now(), sessionId });
    }
    return { id: Long.fromNumber(id), ns: namespace, firstBatch: batch };
  }

  next(id: number, namespace: string, batchSize: number | undefined): Doc {
    const cursor = this.open.get(id);
    if (!cursor || cursor.namespace !== namespace) {
      throw new MongoCommandError('CursorNotFound', `cursor id ${id} not found`);
    }
    const batch = this.take(cursor.docs, cursor.position, batchSize ?? Number.MAX_SAFE_INTEGER);
    cursor.position += batch.length;
    cursor.lastUsed = this.now();
    const exhausted = cursor.position >= cursor.docs.length;
    if (exhausted) this.open.delete(id);
    return { id: Long.fromNumber(exhausted ? 0 : id), ns: namespace, nextBatch: batch };
  }

  kill(ids: number[]): { killed: number[]; notFound: number[] } {
    const killed: number[] = [];
    const notFound: number[] = [];
    for (const id of ids) (this.open.delete(id) ? killed : notFound).push(id);
    return { killed, notFound };
  }

  killNamespace(namespace: string): void {
    for (const [id, c] of this.open) if (c.namespace === namespace) this.open.delete(id);
  }

  killSession(sessionId: string): void {
    for (const [id, c] of this.open) if (c.sessionId === sessionId) this.open.delete(id);
  }

  reap(): void {
    const now = this.now();
    for (const [id, c] of this.open) if (now - c.lastUsed > this.timeoutMs) this.open.delete(id);
  }

  get size(): number {
    return this.open.size;
  }

  /**
   * At least one document, then as many as fit both the count and the byte budget. The budget
   * counts each document as the batch array holds it (type byte, index key and its NUL), so the
   * encoded array stays within it. A single result over maxBsonObjectSize (an aggregation can
   * build one) is refused, as mongod does, instead of producing a reply that cannot be sent.
   */
  private take(docs: ReplyDoc[], from: number, count: number): ReplyDoc[] {
    const batch: ReplyDoc[] = [];
    let bytes = 5; // the array's length prefix and terminating NUL
    for (let i = from; i < docs.length && batch.length < count; i++) {
      const size = replyDocSize(docs[i]);
      if (size > MAX_BSON_OBJECT_SIZE) {
        throw new MongoCommandError(
          'BSONObjectTooLarge',
          `BSONObj size: ${size} is invalid. Size must be between 0 and ${MAX_BSON_OBJECT_SIZE}: a result document exceeds maxBsonObjectSize`,
        );
      }
      const cost = size + String(batch.length).length + 2;
      if (batch.length > 0 && bytes + cost > this.maxBatchBytes) break;
      batch.push(docs[i]);
      bytes += cost;
    }
    return batch;
  }
}
