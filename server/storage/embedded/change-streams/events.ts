/** Turns a history entry into the change event document mongod sends for it. */
import { Binary, Long } from 'bson';
import { type Doc, isPlainObject, valueKey } from '../values';
import type { ChangeEntry } from './history';

export interface EventOptions {
  /** 'updateLookup': update events carry the document as it is when the event is read. */
  fullDocument: 'default' | 'updateLookup';
  lookup(db: string, coll: string, id: unknown): Doc | null;
}

export function changeEvent(entry: ChangeEntry, token: Doc, options: EventOptions): Doc {
  const event: Doc = { _id: token, operationType: entry.kind, clusterTime: entry.clusterTime, wallTime: entry.wallTime };
  if (entry.kind === 'dropDatabase') event.ns = { db: entry.db };
  else event.ns = { db: entry.db, coll: entry.coll };
  const next = entry.next?.doc;
  const prev = entry.kind === 'update' || !next ? entry.prev?.doc : undefined;
  const id = (next ?? prev)?._id;
  if (entry.kind === 'insert' || entry.kind === 'replace') {
    event.documentKey = { _id: id };
    event.fullDocument = next;
  } else if (entry.kind === 'update') {
    event.documentKey = { _id: id };
    event.updateDescription = updateDescription(prev!, next!);
    if (options.fullDocument === 'updateLookup') event.fullDocument = options.lookup(entry.db, entry.coll, id);
  } else if (entry.kind === 'delete') {
    event.documentKey = { _id: id };
  }
  if (entry.txn) {
    const { sessionId, txnNumber } = entry.txn;
    event.txnNumber = Long.fromNumber(txnNumber);
    event.lsid = { id: /^[0-9a-f]{32}$/.test(sessionId) ? new Binary(Buffer.from(sessionId, 'hex'), Binary.SUBTYPE_UUID) : sessionId };
  }
  return event;
}

export function invalidateEvent(entry: ChangeEntry, token: Doc): Doc {
  return { _id: token, operationType: 'invalidate', clusterTime: entry.clusterTime, wallTime: entry.wallTime };
}

/**
 * The fields an update set (dotted paths into sub-documents that stayed documents) and removed.
 * Arrays that changed are reported whole, so truncatedArrays stays empty.
 */
export function updateDescription(prev: Doc, next: Doc): Doc {
  const updatedFields: Doc = {};
  const removedFields: string[] = [];
  const walk = (before: Doc, after: Doc, prefix: string): void => {
    for (const [field, value] of Object.entries(after)) {
      const path = prefix + field;
      const old = before[field];
      if (!(field in before)) updatedFields[path] = value;
      else if (isPlainObject(old) && isPlainObject(value)) walk(old, value, `${path}.`);
      else if (valueKey(old) !== valueKey(value)) updatedFields[path] = value;
    }
    for (const field of Object.keys(before)) if (!(field in after)) removedFields.push(prefix + field);
  };
  walk(prev, next, '');
  return { updatedFields, removedFields, truncatedArrays: [] };
}
