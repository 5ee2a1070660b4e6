/**
 * What the journal records, and the plain state recovery rebuilds from a checkpoint and the
 * journal before any of it is handed to the engine.
 *
 * The journal is a redo log of results, not of commands: a write records the document as it
 * stands after the write (or the _id it deleted), so replay never re-runs an update operator
 * and cannot come out differently from the first run.
 */
import type { Binary } from 'bson';
import type { IndexSpec } from '../indexes';
import { type Doc, valueKey } from '../values';

export type JournalOp =
  | { o: 'put'; db: string; c: string; d: Doc }
  | { o: 'del'; db: string; c: string; id: unknown }
  | { o: 'create'; db: string; c: string; opts: Doc; uuid: Binary }
  | { o: 'options'; db: string; c: string; opts: Doc }
  | { o: 'drop'; db: string; c: string }
  | { o: 'index'; db: string; c: string; spec: IndexSpec }
  | { o: 'dropIndex'; db: string; c: string; name: string };

/** Where the engine reports every committed change; the durable store journals them. */
export interface ChangeSink {
  record(op: JournalOp): void;
}

export interface CollectionState {
  options: Doc;
  uuid?: Binary;
  indexes: Map<string, IndexSpec>;
  /** document key (valueKey of _id) -> document */
  docs: Map<string, Doc>;
}

/** database -> collection -> state */
export type EngineState = Map<string, Map<string, CollectionState>>;

function collectionOf(state: EngineState, db: string, name: string): CollectionState {
  let colls = state.get(db);
  if (!colls) state.set(db, (colls = new Map()));
  let coll = colls.get(name);
  // A write always follows its collection's create record; creating here too keeps a replay
  // going rather than losing the write if that ever did not hold.
  if (!coll) colls.set(name, (coll = { options: {}, indexes: new Map(), docs: new Map() }));
  return coll;
}

export function applyOp(state: EngineState, op: JournalOp): void {
  switch (op.o) {
    case 'put':
      collectionOf(state, op.db, op.c).docs.set(valueKey(op.d._id), op.d);
      return;
    case 'del':
      collectionOf(state, op.db, op.c).docs.delete(valueKey(op.id));
      return;
    case 'create': {
      const coll = collectionOf(state, op.db, op.c);
      coll.options = op.opts;
      coll.uuid = op.uuid;
      return;
    }
    case 'options':
      collectionOf(state, op.db, op.c).options = op.opts;
      return;
    case 'drop': {
      const colls = state.get(op.db);
      colls?.delete(op.c);
      if (colls && colls.size === 0) state.delete(op.db);
      return;
    }
    case 'index':
      collectionOf(state, op.db, op.c).indexes.set(op.spec.name, op.spec);
      return;
    case 'dropIndex':
      collectionOf(state, op.db, op.c).indexes.delete(op.name);
      return;
    default: {
      const unknown: never = op;
      throw new Error(`unknown journal operation ${JSON.stringify(unknown)}`);
    }
  }
}
