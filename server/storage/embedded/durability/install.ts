/** Moves state between the engine and its durable form: snapshots for checkpoints, recovered state back in. */
import type { Engine } from '../engine';
import type { Snapshot } from './checkpoint';
import type { EngineState } from './state';

/**
 * The committed state as of now, taken synchronously (between two commands). Each document is
 * decoded from its stored bytes into a copy of its own, so the snapshot stays as it was while
 * the checkpoint is written out.
 */
export function snapshotEngine(engine: Engine, lsn: number): Snapshot {
  const collections: Snapshot['collections'] = [];
  for (const [db, colls] of engine.databases) {
    for (const [name, coll] of colls) {
      const docs = new Array(coll.docs.size);
      let i = 0;
      for (const stored of coll.docs.values()) docs[i++] = stored.doc;
      collections.push({ db, name, options: coll.options, uuid: coll.uuid, indexes: [...coll.indexes.values()].map((ix) => ix.spec), docs });
    }
  }
  return { lsn, collections };
}

/**
 * Loads recovered state into an empty engine. Indexes are built afresh from the documents, and
 * a unique index checks every key as it is built, so a duplicate cannot come back in.
 * Returns the number of documents.
 */
export function installState(engine: Engine, state: EngineState): number {
  let documents = 0;
  for (const [db, colls] of state) {
    for (const [name, c] of colls) {
      const coll = engine.restoreCollection(db, name, c.options, c.uuid);
      for (const [key, doc] of c.docs) coll.restore(key, doc);
      documents += c.docs.size;
      for (const spec of c.indexes.values()) {
        try {
          coll.addIndex(spec);
        } catch (err) {
          throw new Error(`rebuilding index ${spec.name} of ${db}.${name} at start failed: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    }
  }
  return documents;
}
