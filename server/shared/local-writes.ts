/**
 * Writes made through this process, announced at once to the process's caches of that data.
 *
 * A cache invalidated by change streams alone would answer a read that follows a write through
 * this very process with the old data until the write's change event arrives: a client that
 * records a milestone and tracks the shipment next must see its milestone. So the schemas a
 * cache holds take the `announcesLocalWrites` plugin: every write through mongoose tells the
 * listeners of its connection synchronously, once when the write returns and, for a write in a
 * transaction, again when the transaction's session ends (after the commit, before the code that
 * ran the transaction goes on), since until then a read still sees the committed old version and
 * a cache may have kept it. Code that writes through the raw collection (`model.collection`, as
 * the lifecycle engine does for a transition) calls `announceLocalWrite` itself.
 */
import type { ClientSession, Schema } from 'mongoose';

type Listener = () => void;

/** Listeners by connection: tests run several apps, each with its own connection, in one process. */
const listeners = new WeakMap<object, Set<Listener>>();
/** Sessions already set to announce their end, so a transaction's many writes add one listener. */
const watchedSessions = new WeakSet<ClientSession>();

/** Calls `listener` on every write through `connection`; returns the function that stops it. */
export function onLocalWrite(connection: object, listener: Listener): () => void {
  const set = listeners.get(connection) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(connection, set);
  return () => set.delete(listener);
}

/** Announces a write made through `connection` outside mongoose's middleware (the raw collection). */
export function announceLocalWrite(connection: object, session: ClientSession | null | undefined): void {
  announce(connection, session);
}

function announce(connection: object | undefined, session: ClientSession | null | undefined): void {
  const set = connection ? listeners.get(connection) : undefined;
  if (!set || set.size === 0) return;
  for (const listener of set) listener();
  if (session?.inTransaction() && !watchedSessions.has(session)) {
    watchedSessions.add(session);
    session.once('ended', () => {
      for (const listener of set) listener();
    });
  }
}

const QUERY_WRITES = ['findOneAndReplace', 'findOneAndUpdate', 'replaceOne', 'updateMany', 'updateOne', 'deleteMany', 'deleteOne', 'findOneAndDelete'] as const;

interface QueryLike {
  model: { db: object };
  getOptions(): { session?: ClientSession | null };
}

interface DocumentLike {
  db: object;
  $session(): ClientSession | null;
}

/** The mongoose plugin: `schema.plugin(announcesLocalWrites)`. */
export function announcesLocalWrites(schema: Schema): void {
  schema.post([...QUERY_WRITES], { query: true, document: false }, function (this: QueryLike) {
    announce(this.model.db, this.getOptions().session);
  });
  schema.post(['save', 'updateOne', 'deleteOne'], { document: true, query: false }, function (this: DocumentLike) {
    announce(this.db, this.$session());
  });
  for (const write of ['insertMany', 'bulkWrite'] as const) {
    schema.post(write, function (this: { db: object }) {
      announce(this.db, null);
    });
  }
}
