/**
 * Logical sessions and their multi-document transactions.
 *
 * A transaction reads the snapshot taken at its first statement plus its own buffered writes.
 * Writing a document another open transaction has written, or one committed after the snapshot,
 * is a WriteConflict at once (first writer wins, as in mongod). Commit validates every buffered
 * write against the newest state before installing any of them under one commit sequence.
 */
import type { Collection } from './collection';
import type { Doc } from './values';

export type TransactionState = 'in_progress' | 'committed' | 'aborted';

export interface BufferedWrite {
  collection: Collection;
  key: string;
  doc: Doc | undefined;
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
