/**
 * Logical sessions and their multi-document transactions.
 *
 * A transaction reads the snapshot taken at its first statement plus its own buffered writes.
 * Between transactions the first writer wins, as in mongod: a transaction writing a document
 * another open transaction has written, or one committed after its snapshot, gets a
 * WriteConflict at once. Commit validates every buffered write against the newest state before
 * installing any of them under one commit sequence.
 *
 * Plain writes (outside a transaction) are not held back by a transaction's locks; this is where
 * the engine differs from mongod. mongod makes such a write wait until the transaction commits
 * or aborts. Here every command runs to completion on the event loop and cannot wait, so the
 * plain write is applied at once, even to a document an open transaction has written (or with a
 * unique key a transaction has claimed but not committed). That transaction then fails at commit
 * with WriteConflict, labelled TransientTransactionError, and none of its writes are applied.
 * Nothing is lost or half-applied: the plain write stands, the transaction is all-or-nothing,
 * and the driver's withTransaction reruns it against the new state. The difference is only which
 * side repeats its work (here the transaction, under mongod the plain write waits). See
 * limits.test.ts, "fails the whole commit when a plain write changed a document after the
 * snapshot".
 */
import type { Collection } from './collection';
import type { Doc } from './values';

export type TransactionState = 'in_progress' | 'committed' | 'aborted';

export interface BufferedWrite {
  collection: Collection;
  key: string;
  doc: Doc | undefined;
  /** How a write that replaced a document did it, for change events. */
  change?: 'update' | 'replace';
}

export class Transaction {
  state: TransactionState = 'in_progress';
  abortReason: string | null = null;
  /** namespace -> document key -> the document as this transaction left it (undefined = deleted) */
  readonly writes = new Map<string, Map<string, BufferedWrite>>();

  constructor(
    readonly session: Session,
    readonly txnNumber: number,
    readonly snapshot: number,
    readonly startedAt: number,
  ) {}

  overlay(namespace: string): Map<string, BufferedWrite> | undefined {
    return this.writes.get(namespace);
  }

  buffer(write: BufferedWrite): void {
    const ns = write.collection.namespace;
    let forNs = this.writes.get(ns);
    if (!forNs) this.writes.set(ns, (forNs = new Map()));
    forNs.set(write.key, write);
  }

  *allWrites(): Iterable<BufferedWrite> {
    for (const forNs of this.writes.values()) yield* forNs.values();
  }
}

export class Session {
  txn: Transaction | null = null;
  highestTxnNumber = -1;
  lastUsed: number;
  /** The reply of the last retryable write, so a retried statement is not applied twice. */
  lastRetryableWrite: { txnNumber: number; reply: Doc } | null = null;

  constructor(
    readonly id: string,
    now: number,
  ) {
    this.lastUsed = now;
  }
}
