/**
 * Replies that carry stored documents as the bytes the collection already holds. A find used to
 * decode each stored document, measure it (for the batch's byte budget) and encode it again into
 * the reply; a document returned as it is stored now travels as its stored bytes. Stored bytes
 * are bson's own encoding of a decoded document, and encoding what they decode to gives the same
 * bytes back (test/storage/embedded/raw-reply.test.ts), so the client receives what it did before.
 */
import { calculateObjectSize, serialize } from 'bson';
import { storedBytesOf } from './collection';
import { type Doc, isPlainObject } from './values';

/** A document already encoded as BSON, sent as it is. */
export class RawDocument {
  constructor(readonly bytes: Uint8Array) {}

  get size(): number {
    return this.bytes.byteLength;
  }
}

export type ReplyDoc = Doc | RawDocument;

/** The stored bytes when `doc` is a stored document exactly as read, else the document itself. */
export function asReplyDocument(doc: Doc): ReplyDoc {
  const bytes = storedBytesOf(doc);
  return bytes ? new RawDocument(bytes) : doc;
}

/** BSON size of one reply document. */
export function replyDocSize(doc: ReplyDoc): number {
  return doc instanceof RawDocument ? doc.size : calculateObjectSize(doc);
}

/**
 * Whether a reply holds raw documents where replies put documents: as a field's value, or as
 * elements of an array field, at most two documents deep (`cursor.firstBatch`, `value`).
 */
function holdsRaw(value: unknown, depth: number): boolean {
  if (value instanceof RawDocument) return true;
  if (Array.isArray(value)) return value.some((v) => v instanceof RawDocument);
  if (depth < 2 && isPlainObject(value)) {
    for (const key of Object.keys(value)) if (holdsRaw(value[key], depth + 1)) return true;
  }
  return false;
}

const BSON_DOCUMENT = 0x03;
const BSON_ARRAY = 0x04;

/** The BSON encoding of a reply, or null when it holds no raw documents (the caller serialises it). */
export function encodeRawReply(reply: Doc): Buffer | null {
  return holdsRaw(reply, 0) ? Buffer.concat(documentParts(reply)) : null;
}

/** A document as parts whose concatenation is its BSON: length, elements, terminating NUL. */
function documentParts(doc: Doc | unknown[]): Buffer[] {
  const parts: Buffer[] = [Buffer.alloc(4)];
  const keys = Array.isArray(doc) ? doc.map((_, i) => String(i)) : Object.keys(doc);
  const values: unknown[] = Array.isArray(doc) ? doc : keys.map((k) => (doc as Doc)[k]);
  keys.forEach((key, i) => {
    const value = values[i];
    if (value instanceof RawDocument) {
      parts.push(elementHead(BSON_DOCUMENT, key), Buffer.from(value.bytes.buffer, value.bytes.byteOffset, value.bytes.byteLength));
    } else if ((Array.isArray(value) || isPlainObject(value)) && holdsRaw(value, 1)) {
      parts.push(elementHead(Array.isArray(value) ? BSON_ARRAY : BSON_DOCUMENT, key), ...documentParts(value));
    } else {
      // bson's own encoding of the one element: its document minus the length and the final NUL.
      const single = serialize({ [key]: value });
      parts.push(Buffer.from(single.buffer, single.byteOffset + 4, single.byteLength - 5));
    }
  });
  parts.push(Buffer.alloc(1));
  const length = parts.reduce((n, p) => n + p.length, 0);
  parts[0].writeInt32LE(length, 0);
  return parts;
}

function elementHead(type: number, key: string): Buffer {
  const name = Buffer.from(key, 'utf8');
  const head = Buffer.alloc(name.length + 2);
  head[0] = type;
  name.copy(head, 1);
  return head;
}
