/**
 * The top-level elements of a BSON document, found in its bytes without decoding it (BSON spec,
 * bsonspec.org: an element is a type byte, a NUL-terminated name and a value whose length the
 * type gives). Change events compare a document's versions element by element this way and
 * decode only what differs.
 */
import { deserialize } from 'bson';

export const BSON_DOCUMENT = 0x03;
export const BSON_ARRAY = 0x04;

export interface BsonElement {
  type: number;
  name: string;
  /** where the element (its type byte) starts */
  start: number;
  /** where its value starts */
  value: number;
  /** where it ends (exclusive) */
  end: number;
}

const int32 = (bytes: Uint8Array, at: number): number => bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);

function cstringEnd(bytes: Uint8Array, at: number): number {
  const nul = bytes.indexOf(0, at);
  if (nul < 0) throw new Error('BSON: unterminated name');
  return nul;
}

/** Bytes a value of `type` takes at `at`. */
function valueLength(bytes: Uint8Array, type: number, at: number): number {
  switch (type) {
    case 0x01: // double
    case 0x09: // UTC datetime
    case 0x11: // timestamp
    case 0x12: // int64
      return 8;
    case 0x02: // string
    case 0x0d: // JavaScript code
    case 0x0e: // symbol
      return 4 + int32(bytes, at);
    case 0x03: // document
    case 0x04: // array
    case 0x0f: // code with scope
      return int32(bytes, at);
    case 0x05: // binary: length, subtype, bytes
      return 5 + int32(bytes, at);
    case 0x06: // undefined
    case 0x0a: // null
    case 0xff: // min key
    case 0x7f: // max key
      return 0;
    case 0x07: // ObjectId
      return 12;
    case 0x08: // boolean
      return 1;
    case 0x0b: {
      // regular expression: pattern and options, both cstrings
      const pattern = cstringEnd(bytes, at);
      return cstringEnd(bytes, pattern + 1) + 1 - at;
    }
    case 0x0c: // DBPointer: string, then an ObjectId
      return 4 + int32(bytes, at) + 12;
    case 0x10: // int32
      return 4;
    case 0x13: // decimal128
      return 16;
    default:
      throw new Error(`BSON: unknown element type 0x${type.toString(16)}`);
  }
}

/** The elements of the document (or array) that starts at `offset`, in order. */
export function bsonElements(bytes: Uint8Array, offset = 0): BsonElement[] {
  const end = offset + int32(bytes, offset) - 1;
  const elements: BsonElement[] = [];
  let at = offset + 4;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (at < end) {
    const type = bytes[at];
    const nameEnd = cstringEnd(bytes, at + 1);
    const value = nameEnd + 1;
    const next = value + valueLength(bytes, type, value);
    elements.push({ type, name: text.toString('utf8', at + 1, nameEnd), start: at, value, end: next });
    at = next;
  }
  return elements;
}

/** Whether two elements hold the same value, type and bytes (their names aside). */
export function sameValue(a: Uint8Array, ea: BsonElement, b: Uint8Array, eb: BsonElement): boolean {
  if (ea.type !== eb.type || ea.end - ea.value !== eb.end - eb.value) return false;
  return Buffer.from(a.buffer, a.byteOffset + ea.value, ea.end - ea.value).equals(Buffer.from(b.buffer, b.byteOffset + eb.value, eb.end - eb.value));
}

/** One element's value, decoded as a whole document's would be (bson's default options). */
export function decodeElement(bytes: Uint8Array, element: BsonElement): unknown {
  const length = element.end - element.start;
  const doc = Buffer.allocUnsafe(length + 5);
  doc.writeInt32LE(length + 5, 0);
  doc.set(bytes.subarray(element.start, element.end), 4);
  doc[length + 4] = 0;
  return (deserialize(doc) as Record<string, unknown>)[element.name];
}
