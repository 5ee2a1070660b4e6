/**
 * The engine's state: the catalog of databases and collections, the commit sequence, open
 * transactions with their snapshots and write locks (respected by transactions only; see
 * write()), logical sessions and cursors.
 * Every command runs to completion on the event loop, so each is atomic by construction.
 */
import { ChangeHistory, type ChangeKind, DEFAULT_CHANGE_HISTORY_BYTES, DEFAULT_CHANGE_HISTORY_SIZE } from './change-streams/history';
import { ChangeStreams } from './change-streams/streams';
import { type Applied, Collection } from './collection';
import { CursorRegistry } from './cursors';
import type { ChangeSink } from './durability/state';
import type { Timestamp as ChangeStreamTime } from 'bson';
import { MongoCommandError, TRANSIENT_TRANSACTION_ERROR } from './errors';
import type { IndexSpec } from './indexes';
import { CollectionReader } from './reader';
import { Session, Transaction } from './transaction';
import type { Doc } from './values';

export interface EngineOptions {
  /** Open transactions older than this are aborted (mongod: transactionLifetimeLimitSeconds = 60). */
  transactionLifetimeLimitMs?: number;
  /** Cursors unused for this long are closed (mongod: cursorTimeoutMillis = 10 minutes). */
  cursorTimeoutMs?: number;
  /** Upper bound on the BSON bytes of one cursor batch (mongod: 16 MiB). */
  maxBatchBytes?: number;
  /** Sessions unused for this long are forgotten (mongod: 30 minutes). */
  sessionTimeoutMs?: number;
  /** How often the reaper looks for expired transactions, cursors and sessions. */
  reaperIntervalMs?: number;
  /** Changes the change history holds for change streams; resuming from an older one fails (ChangeStreamHistoryLost). */
  changeHistorySize?: number;
  /** Bytes (of stored documents, before and after each change) the change history holds at most, as mongod's oplog is bounded by size. */
  changeHistoryBytes?: number;
  now?: () => number;
}

const DEFAULTS: Required<Omit<EngineOptions, 'now'>> = {
  transactionLifetimeLimitMs: 60_000,
  cursorTimeoutMs: 600_000,
  maxBatchBytes: 16 * 1024 * 1024,
  sessionTimeoutMs: 30 * 60_000,
  reaperIntervalMs: 1_000,
  changeHistorySize: DEFAULT_CHANGE_HISTORY_SIZE,
  changeHistoryBytes: DEFAULT_CHANGE_HISTORY_BYTES,
};

export function writeConflict(): MongoCommandError {
  return new MongoCommandError(
    'WriteConflict',
    'Write conflict during plan execution and yielding is disabled. :: Please retry your operation or multi-document transaction.',
  ).withLabel(TRANSIENT_TRANSACTION_ERROR);
}

export class Engine {
  readonly options: Required<Omit<EngineOptions, 'now'>>;
  readonly now: () => number;
  readonly databases = new Map<string, Map<string, Collection>>();
  readonly sessions = new Map<string, Session>();
  readonly cursors: CursorRegistry;
  /** Every committed change in commit order, for change streams (this engine's lifetime only). */
  readonly history: ChangeHistory;
  readonly changeStreams: ChangeStreams;
  /** Commands run since start, by name: serverStatus reports them as mongod does (metrics.commands.<name>.total). */
  readonly commandsRun = new Map<string, number>();
  private seq = 0;
  private readonly openTransactions = new Set<Transaction>();
  /**
   * namespace \0 document key -> the open transaction that has written it. Only transactions
   * check these; a plain write ignores them (see write()).
   */
  private readonly locks = new Map<string, Transaction>();
  private readonly reaper: NodeJS.Timeout;
  /** Told of every committed change when the engine has a data directory (null: memory only). */
  changes: ChangeSink | null = null;

  constructor(options: EngineOptions = {}) {
    this.options = { ...DEFAULTS, ...stripUndefined(options) };
    this.now = options.now ?? Date.now;
    this.cursors = new CursorRegistry(this.options.cursorTimeoutMs, this.options.maxBatchBytes, this.now);
    if (!Number.isInteger(this.options.changeHistorySize) || this.options.changeHistorySize < 1) {
      throw new Error(`changeHistorySize must be a positive integer, got ${this.options.changeHistorySize}`);
    }
    if (!Number.isSafeInteger(this.options.changeHistoryBytes) || this.options.changeHistoryBytes < 1) {
      throw new Error(`changeHistoryBytes must be a positive integer, got ${this.options.changeHistoryBytes}`);
    }
    this.history = new ChangeHistory(this.options.changeHistorySize, this.now, this.options.changeHistoryBytes);
    this.changeStreams = new ChangeStreams(this.history, () => this.cursors.newId(), this.options.maxBatchBytes, this.options.cursorTimeoutMs, this.now);
    this.reaper = setInterval(() => this.reap(), this.options.reaperIntervalMs);
    this.reaper.unref();
  }

  close(): void {
    clearInterval(this.reaper);
    this.history.close();
    for (const txn of [...this.openTransactions]) this.abort(txn, 'server shutting down');
  }

  // ---- catalog ----

  collection(db: string, name: string): Collection | undefined {
    return this.databases.get(db)?.get(name);
  }

  ensureCollection(db: string, name: string, options: Doc = {}): { collection: Collection; created: boolean } {
    validateNamespace(db, name);
    let colls = this.databases.get(db);
    if (!colls) this.databases.set(db, (colls = new Map()));
    const existing = colls.get(name);
    if (existing) return { collection: existing, created: false };
    const collection = new Collection(db, name, options);
    colls.set(name, collection);
    this.changes?.record({ o: 'create', db, c: name, opts: options, uuid: collection.uuid });
    return { collection, created: true };
  }

  /** A collection as recovered from disk at start (nothing is journaled). */
  restoreCollection(db: string, name: string, options: Doc, uuid?: Collection['uuid']): Collection {
    let colls = this.databases.get(db);
    if (!colls) this.databases.set(db, (colls = new Map()));
    const collection = new Collection(db, name, options, uuid);
    colls.set(name, collection);
    return collection;
  }

  /** Replaces a collection's options (collMod), journaled like the create that set them first. */
  setCollectionOptions(coll: Collection, options: Doc): void {
    for (const key of Object.keys(coll.options)) delete coll.options[key];
    Object.assign(coll.options, options);
    this.changes?.record({ o: 'options', db: coll.db, c: coll.name, opts: { ...options } });
  }

  addIndex(coll: Collection, spec: IndexSpec): void {
    coll.addIndex(spec);
    this.changes?.record({ o: 'index', db: coll.db, c: coll.name, spec });
  }

  dropIndex(coll: Collection, name: string): void {
    coll.dropIndex(name);
    this.changes?.record({ o: 'dropIndex', db: coll.db, c: coll.name, name });
  }

  dropCollection(db: string, name: string): Collection | undefined {
    const colls = this.databases.get(db);
    const coll = colls?.get(name);
    if (!coll) return undefined;
    for (const txn of [...this.openTransactions]) {
      if (txn.writes.has(coll.namespace)) this.abort(txn, `collection ${coll.namespace} dropped`);
    }
    colls!.delete(name);
    this.cursors.killNamespace(coll.namespace);
    this.changes?.record({ o: 'drop', db, c: name });
    this.history.append({ kind: 'drop', db, coll: name, clusterTime: this.history.tick() });
    return coll;
  }

  dropDatabase(db: string): void {
    const names = [...(this.databases.get(db)?.keys() ?? [])];
    for (const name of names) this.dropCollection(db, name);
    this.databases.delete(db);
    if (names.length > 0) this.history.append({ kind: 'dropDatabase', db, coll: '', clusterTime: this.history.tick() });
  }

  // ---- reads and writes ----

  reader(txn: Transaction | null, db: string, name: string): CollectionReader {
    const coll = this.collection(db, name);
    if (!txn) return new CollectionReader(coll);
    return new CollectionReader(coll, txn.snapshot, coll ? txn.overlay(coll.namespace) : undefined);
  }

  /**
   * Writes one document (undefined = delete). Outside a transaction it is installed at once;
   * inside one it is checked for conflicts, uniqueness and indexability now and buffered until
   * commit. A document an index cannot hold (CannotIndexParallelArrays) is refused either way.
   *
   * `previous` is the document as the writer read it (saves decoding it again when it is still
   * the stored version).
   *
   * A plain write does not wait for, or check, the locks of open transactions: mongod would make
   * it wait for a transaction that has written the same document, but commands here run
   * synchronously to completion and cannot wait. It is applied at once, and the transaction's commit then sees the document changed
   * after its snapshot (or its unique key taken) and fails with WriteConflict, applying nothing;
   * the driver's withTransaction retries it. No write is lost, but the transaction, not the plain
   * write, is the one that repeats (see transaction.ts).
   */
  write(txn: Transaction | null, coll: Collection, key: string, doc: Doc | undefined, change?: 'update' | 'replace', previous?: Doc): void {
    if (!txn) {
      if (doc) {
        const dup = coll.uniqueCollision(doc, key, (k) => coll.visible(k, null), []);
        if (dup) throw dup;
      }
      const applied = coll.apply(key, doc, ++this.seq, this.openTransactions.size > 0, previous);
      this.recordWrite(coll, applied, doc);
      this.recordChange(coll, applied, change, this.history.tick(), null);
      return;
    }
    const lockKey = `${coll.namespace}\u0000${key}`;
    const holder = this.locks.get(lockKey);
    if ((holder && holder !== txn) || coll.lastChange(key) > txn.snapshot) throw writeConflict();
    if (doc) {
      coll.checkIndexable(doc);
      const view = this.reader(txn, coll.db, coll.name);
      const extra = [...coll.history.keys(), ...(txn.overlay(coll.namespace)?.keys() ?? [])];
      const dup = coll.uniqueCollision(doc, key, (k) => view.get(k), extra);
      if (dup) throw dup;
    }
    this.locks.set(lockKey, txn);
    txn.buffer({ collection: coll, key, doc, change });
  }

  // ---- sessions and transactions ----

  session(id: string): Session {
    let session = this.sessions.get(id);
    if (!session) this.sessions.set(id, (session = new Session(id, this.now())));
    session.lastUsed = this.now();
    return session;
  }

  endSession(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    if (session.txn?.state === 'in_progress') this.abort(session.txn, 'session ended');
    this.cursors.killSession(id);
    this.changeStreams.killSession(id);
    this.sessions.delete(id);
  }

  startTransaction(session: Session, txnNumber: number): Transaction {
    if (txnNumber < session.highestTxnNumber || (txnNumber === session.highestTxnNumber && session.txn)) {
      throw new MongoCommandError(
        'TransactionTooOld',
        `Cannot start transaction ${txnNumber} on session ${session.id} because a newer transaction ${session.highestTxnNumber} has already started`,
      );
    }
    if (session.txn?.state === 'in_progress') this.abort(session.txn, 'a newer transaction started');
    session.highestTxnNumber = txnNumber;
    const txn = new Transaction(session, txnNumber, this.seq, this.now());
    session.txn = txn;
    this.openTransactions.add(txn);
    return txn;
  }

  /** The open transaction a statement continues, or NoSuchTransaction. */
  continueTransaction(session: Session, txnNumber: number, command: string): Transaction {
    const txn = session.txn;
    if (txn && txn.txnNumber === txnNumber) {
      this.expireIfOld(txn);
      if (txn.state === 'in_progress') return txn;
      if (txn.state === 'committed' && (command === 'commitTransaction' || command === 'abortTransaction')) return txn;
      const why = txn.abortReason ? ` (${txn.abortReason})` : '';
      throw noSuchTransaction(`Transaction with { txnNumber: ${txnNumber} } has been aborted${why}.`);
    }
    throw noSuchTransaction(`Given transaction number ${txnNumber} does not match any in-progress transactions.`);
  }

  commit(txn: Transaction): void {
    if (txn.state === 'committed') return; // a retried commit succeeds again, as in mongod
    const writes = [...txn.allWrites()];
    try {
      for (const w of writes) if (w.collection.lastChange(w.key) > txn.snapshot) throw writeConflict();
      for (const w of writes) {
        if (!w.doc) continue;
        // An index created after the statement ran may not be able to hold the document.
        w.collection.checkIndexable(w.doc);
        const overlay = txn.overlay(w.collection.namespace)!;
        const visible = (k: string): Doc | undefined => (overlay.has(k) ? overlay.get(k)!.doc : w.collection.visible(k, null));
        if (w.collection.uniqueCollision(w.doc, w.key, visible, overlay.keys())) throw writeConflict();
      }
    } catch (err) {
      this.abort(txn, 'commit failed validation');
      throw err;
    }
    this.finish(txn);
    // Validated above: nothing below can fail, so the commit is all or nothing.
    const seq = ++this.seq;
    const keepHistory = this.openTransactions.size > 0;
    const clusterTime = this.history.tick();
    for (const w of writes) {
      const applied = w.collection.apply(w.key, w.doc, seq, keepHistory);
      this.recordWrite(w.collection, applied, w.doc);
      this.recordChange(w.collection, applied, w.change, clusterTime, txn);
    }
    txn.state = 'committed';
    this.pruneHistory();
  }

  /** A write as the journal keeps it: the document it left, or the _id it removed. */
  private recordWrite(coll: Collection, applied: Applied, next: Doc | undefined): void {
    if (!this.changes) return;
    if (next) this.changes.record({ o: 'put', db: coll.db, c: coll.name, d: next });
    else if (applied.prev) this.changes.record({ o: 'del', db: coll.db, c: coll.name, id: applied.prev.doc._id });
  }

  /**
   * A committed write as change streams see it: what the document was and became. A transaction
   * that wrote a document twice reports its last write against the committed document before it.
   */
  private recordChange(coll: Collection, { prev, next }: Applied, change: 'update' | 'replace' | undefined, clusterTime: ChangeStreamTime, txn: Transaction | null): void {
    if (!prev && !next) return;
    const kind: ChangeKind = !prev ? 'insert' : !next ? 'delete' : (change ?? 'replace');
    const txnInfo = txn ? { sessionId: txn.session.id, txnNumber: txn.txnNumber } : undefined;
    this.history.append({ kind, db: coll.db, coll: coll.name, prev, next, clusterTime, txn: txnInfo });
  }

  abort(txn: Transaction, reason: string): void {
    if (txn.state !== 'in_progress') return;
    txn.state = 'aborted';
    txn.abortReason = reason;
    this.finish(txn);
    this.pruneHistory();
  }

  private finish(txn: Transaction): void {
    this.openTransactions.delete(txn);
    for (const w of txn.allWrites()) {
      const lockKey = `${w.collection.namespace}\u0000${w.key}`;
      if (this.locks.get(lockKey) === txn) this.locks.delete(lockKey);
    }
  }

  private pruneHistory(): void {
    let oldest: number | null = null;
    for (const t of this.openTransactions) oldest = oldest === null ? t.snapshot : Math.min(oldest, t.snapshot);
    for (const colls of this.databases.values()) {
      for (const coll of colls.values()) if (coll.history.size > 0) coll.pruneHistory(oldest);
    }
  }

  private expireIfOld(txn: Transaction): void {
    if (txn.state === 'in_progress' && this.now() - txn.startedAt > this.options.transactionLifetimeLimitMs) {
      this.abort(txn, 'exceeded the transaction lifetime limit');
    }
  }

  private reap(): void {
    for (const txn of [...this.openTransactions]) this.expireIfOld(txn);
    this.cursors.reap();
    this.changeStreams.reap();
    const now = this.now();
    for (const [id, session] of this.sessions) {
      if (now - session.lastUsed > this.options.sessionTimeoutMs) this.endSession(id);
    }
  }

  get openTransactionCount(): number {
    return this.openTransactions.size;
  }
}

function noSuchTransaction(message: string): MongoCommandError {
  return new MongoCommandError('NoSuchTransaction', message).withLabel(TRANSIENT_TRANSACTION_ERROR);
}

function validateNamespace(db: string, name: string): void {
  if (!db || /[/\\. "$]/.test(db)) throw new MongoCommandError('InvalidNamespace', `Invalid database name: '${db}'`);
  if (!name || name.includes('$') || name.startsWith('.')) {
    throw new MongoCommandError('InvalidNamespace', `Invalid collection name: '${name}'`);
  }
}

function stripUndefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
