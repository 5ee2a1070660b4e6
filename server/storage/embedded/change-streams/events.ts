/**
 * Turns a history entry into the change event document mongod sends for it. The documents come
 * from the history's stored bytes: a stream without stages of its own sends them as they are
 * (RawDocument), and the update's description is found by comparing the two versions' bytes,
 * element by element, decoding only what changed. Decoding both versions and comparing their
 * values cost most of a change event's time once documents held a few dozen array elements.
 */
import { Binary, Long, deserialize } from 'bson';
import type { StoredDoc } from '../collection';
import { BSON_ARRAY, BSON_DOCUMENT, type BsonElement, bsonElements, decodeElement, sameValue } from '../bson-elements';
import { RawDocument } from '../raw-reply';
import type { Doc } from '../values';
import type { ChangeEntry } from './history';

export interface EventOptions {
  /** 'updateLookup': update events carry the document as it is when the event is read. */
  fullDocument: 'default' | 'updateLookup';
  /** The document's newest committed version, as stored (null: gone). */
  lookup(db: string, coll: string, id: unknown): StoredDoc | null;
}

/**
 * The event for a change. `raw`: its documents as their stored bytes (for a reply as it is);
 * otherwise decoded (for stages that read them).
 */
export function changeEvent(entry: ChangeEntry, token: Doc, options: EventOptions, raw: boolean): Doc {
  const event: Doc = { _id: token, operationType: entry.kind, clusterTime: entry.clusterTime, wallTime: entry.wallTime };
  if (entry.kind === 'dropDatabase') event.ns = { db: entry.db };
  else event.ns = { db: entry.db, coll: entry.coll };
  const document = (stored: StoredDoc | null | undefined): Doc | RawDocument | null => {
    if (!stored) return null;
    return raw ? new RawDocument(stored.raw) : (deserialize(stored.raw) as Doc);
  };
  const { next, prev } = entry;
  const keyOf = next ?? prev;
  if (entry.kind === 'insert' || entry.kind === 'replace') {
    event.documentKey = { _id: idOf(keyOf!) };
    event.fullDocument = document(next);
  } else if (entry.kind === 'update') {
    const id = idOf(keyOf!);
    event.documentKey = { _id: id };
    event.updateDescription = updateDescription(prev!.raw, next!.raw);
    if (options.fullDocument === 'updateLookup') event.fullDocument = document(options.lookup(entry.db, entry.coll, id));
  } else if (entry.kind === 'delete') {
    event.documentKey = { _id: idOf(keyOf!) };
  }
  if (entry.txn) {
    const { sessionId, txnNumber } = entry.txn;
    event.txnNumber = Long.fromNumber(txnNumber);
    event.lsid = { id: /^[0-9a-f]{32}$/.test(sessionId) ? new Binary(Buffer.from(sessionId, 'hex'), Binary.SUBTYPE_UUID) : sessionId };
  }
  return event;
}

/** A stored document's `_id`, decoded on its own. */
function idOf(stored: StoredDoc): unknown {
  const bytes = stored.raw;
  const id = bsonElements(bytes).find((e) => e.name === '_id');
  return id ? decodeElement(bytes, id) : undefined;
}

export function invalidateEvent(entry: ChangeEntry, token: Doc): Doc {
  return { _id: token, operationType: 'invalidate', clusterTime: entry.clusterTime, wallTime: entry.wallTime };
}

/**
 * What an update changed, as mongod describes it: dotted paths into sub-documents that stayed
 * documents; an array that stayed an array by its elements (`tags.3`: an element that changed or
 * was appended), with `truncatedArrays` naming one that got shorter; anything else whole; and the
 * fields removed. `prev` and `next` are the two versions' BSON.
 */
export function updateDescription(prev: Uint8Array, next: Uint8Array): Doc {
  const updatedFields: Doc = {};
  const removedFields: string[] = [];
  const truncatedArrays: Doc[] = [];
  const byName = (elements: BsonElement[]) => new Map(elements.map((e) => [e.name, e]));
  const walkArray = (before: BsonElement, after: BsonElement, path: string): void => {
    const old = bsonElements(prev, before.value);
    const now = bsonElements(next, after.value);
    for (let i = 0; i < now.length; i += 1) {
      if (i >= old.length || !sameValue(prev, old[i], next, now[i])) updatedFields[`${path}.${i}`] = decodeElement(next, now[i]);
    }
    if (now.length < old.length) truncatedArrays.push({ field: path, newSize: now.length });
  };
  const walk = (beforeAt: number, afterAt: number, prefix: string): void => {
    const before = byName(bsonElements(prev, beforeAt));
    const after = bsonElements(next, afterAt);
    for (const element of after) {
      const path = prefix + element.name;
      const old = before.get(element.name);
      if (!old) updatedFields[path] = decodeElement(next, element);
      else if (sameValue(prev, old, next, element)) continue;
      else if (old.type === BSON_DOCUMENT && element.type === BSON_DOCUMENT) walk(old.value, element.value, `${path}.`);
      else if (old.type === BSON_ARRAY && element.type === BSON_ARRAY) walkArray(old, element, path);
      else updatedFields[path] = decodeElement(next, element);
    }
    const kept = new Set(after.map((e) => e.name));
    for (const name of before.keys()) if (!kept.has(name)) removedFields.push(prefix + name);
  };
  walk(0, 0, '');
  return { updatedFields, removedFields, truncatedArrays };
}
