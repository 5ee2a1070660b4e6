/**
 * The on-disk record framing shared by journal segments and checkpoints:
 *
 *   [u32 LE payload length][u32 LE CRC-32 of the payload][payload]
 *
 * A payload is one or more BSON documents back to back (each carries its own length), so a
 * record can hold more than one 16 MiB document without nesting them in an array.
 * A record whose length runs past the end of the file, or whose checksum does not match, is
 * reported as torn rather than decoded: a half-written tail must never be applied.
 */
import { crc32 } from 'node:zlib';
import { deserialize, serialize } from 'bson';
import type { Doc } from '../values';

export const RECORD_HEADER_BYTES = 8;
/** Far above any real record (16 MiB documents); a larger length can only be garbage. */
const MAX_RECORD_BYTES = 1024 * 1024 * 1024;

export function frameRecord(docs: Doc[]): Buffer {
  const parts = docs.map((d) => Buffer.from(serialize(d)));
  const payload = parts.length === 1 ? parts[0] : Buffer.concat(parts);
  const header = Buffer.alloc(RECORD_HEADER_BYTES);
  header.writeUInt32LE(payload.length, 0);
  header.writeUInt32LE(crc32(payload), 4);
  return Buffer.concat([header, payload]);
}

export type RecordRead =
  | { kind: 'record'; docs: Doc[]; end: number }
  | { kind: 'end' }
  /** `length`: the record's announced payload length, when it fits in the file. */
  | { kind: 'torn'; reason: string; length?: number };

/** Reads the record starting at `offset` in `buf`. */
export function readRecord(buf: Buffer, offset: number): RecordRead {
  if (offset === buf.length) return { kind: 'end' };
  if (buf.length - offset < RECORD_HEADER_BYTES) return { kind: 'torn', reason: `${buf.length - offset} bytes left, shorter than a record header` };
  const length = buf.readUInt32LE(offset);
  if (length === 0 || length > MAX_RECORD_BYTES) return { kind: 'torn', reason: `impossible record length ${length}` };
  const end = offset + RECORD_HEADER_BYTES + length;
  if (end > buf.length) return { kind: 'torn', reason: `record of ${length} bytes runs past the end of the file` };
  const payload = buf.subarray(offset + RECORD_HEADER_BYTES, end);
  if (crc32(payload) !== buf.readUInt32LE(offset + 4)) return { kind: 'torn', reason: 'checksum mismatch', length };
  try {
    return { kind: 'record', docs: splitDocuments(payload), end };
  } catch (err) {
    // The checksum held, so the bytes are what was written: a decoding failure is a bug or a
    // format change, not a torn write.
    throw new Error(`a record at offset ${offset} passed its checksum but is not valid BSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function splitDocuments(payload: Buffer): Doc[] {
  const docs: Doc[] = [];
  for (let at = 0; at < payload.length; ) {
    const size = payload.readInt32LE(at);
    if (size < 5 || at + size > payload.length) throw new Error(`document length ${size} at ${at} does not fit the record`);
    // The same decoding the wire protocol uses, so a recovered document is the one the engine held.
    docs.push(deserialize(payload.subarray(at, at + size)) as Doc);
    at += size;
  }
  return docs;
}
