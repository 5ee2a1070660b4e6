/**
 * MongoDB wire protocol framing: the 16-byte header, OP_QUERY/OP_REPLY (used only by the
 * driver's legacy `ismaster` handshake) and OP_MSG with kind-0 and kind-1 sections.
 */
import { calculateObjectSize, deserialize, serializeWithBufferAndIndex, Long } from 'bson';
import type { Doc } from './values';

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_MSG = 2013;

export const MSG_CHECKSUM_PRESENT = 1 << 0;
export const MSG_MORE_TO_COME = 1 << 1;

export const HEADER_SIZE = 16;

export class WireProtocolError extends Error {}

export interface MessageHeader {
  messageLength: number;
  requestId: number;
  responseTo: number;
  opCode: number;
}

export type IncomingMessage =
  | { kind: 'query'; header: MessageHeader; collection: string; command: Doc }
  | { kind: 'msg'; header: MessageHeader; moreToCome: boolean; command: Doc };

export function readHeader(buf: Buffer): MessageHeader {
  return {
    messageLength: buf.readInt32LE(0),
    requestId: buf.readInt32LE(4),
    responseTo: buf.readInt32LE(8),
    opCode: buf.readInt32LE(12),
  };
}

/** Parses one whole message; throws WireProtocolError on anything malformed. */
export function parseMessage(buf: Buffer): IncomingMessage {
  const header = readHeader(buf);
  if (header.opCode === OP_MSG) return parseOpMsg(header, buf);
  if (header.opCode === OP_QUERY) return parseOpQuery(header, buf);
  throw new WireProtocolError(`unsupported opCode ${header.opCode}`);
}

function readDocument(buf: Buffer, offset: number, end: number): { doc: Doc; next: number } {
  if (offset + 5 > end) throw new WireProtocolError('truncated BSON document');
  const size = buf.readInt32LE(offset);
  if (size < 5 || offset + size > end) throw new WireProtocolError(`BSON document length ${size} overruns the message`);
  try {
    const doc = deserialize(buf.subarray(offset, offset + size), { validation: { utf8: true } }) as Doc;
    return { doc, next: offset + size };
  } catch (err) {
    throw new WireProtocolError(`invalid BSON: ${(err as Error).message}`);
  }
}

function readCString(buf: Buffer, offset: number, end: number): { value: string; next: number } {
  const zero = buf.indexOf(0, offset);
  if (zero < 0 || zero >= end) throw new WireProtocolError('unterminated C string');
  return { value: buf.toString('utf8', offset, zero), next: zero + 1 };
}

function parseOpMsg(header: MessageHeader, buf: Buffer): IncomingMessage {
  const flags = buf.readUInt32LE(HEADER_SIZE);
  let end = header.messageLength;
  if (flags & MSG_CHECKSUM_PRESENT) end -= 4; // CRC-32C trailer; loopback needs no check
  let offset = HEADER_SIZE + 4;
  let command: Doc | undefined;
  const sequences: Record<string, Doc[]> = {};
  while (offset < end) {
    const kind = buf.readUInt8(offset);
    offset += 1;
    if (kind === 0) {
      const { doc, next } = readDocument(buf, offset, end);
      if (command) throw new WireProtocolError('OP_MSG has more than one kind-0 section');
      command = doc;
      offset = next;
    } else if (kind === 1) {
      if (offset + 4 > end) throw new WireProtocolError('truncated kind-1 section');
      const size = buf.readInt32LE(offset);
      const sectionEnd = offset + size;
      if (size < 5 || sectionEnd > end) throw new WireProtocolError('kind-1 section overruns the message');
      const id = readCString(buf, offset + 4, sectionEnd);
      const docs: Doc[] = [];
      let pos = id.next;
      while (pos < sectionEnd) {
        const { doc, next } = readDocument(buf, pos, sectionEnd);
        docs.push(doc);
        pos = next;
      }
      sequences[id.value] = docs;
      offset = sectionEnd;
    } else {
      throw new WireProtocolError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!command) throw new WireProtocolError('OP_MSG without a kind-0 section');
  // A document sequence is the same as an array field of the command (e.g. `documents`).
  for (const [name, docs] of Object.entries(sequences)) command[name] = docs;
  return { kind: 'msg', header, moreToCome: (flags & MSG_MORE_TO_COME) !== 0, command };
}

function parseOpQuery(header: MessageHeader, buf: Buffer): IncomingMessage {
  const end = header.messageLength;
  const name = readCString(buf, HEADER_SIZE + 4, end);
  const offset = name.next + 8; // numberToSkip, numberToReturn
  const { doc } = readDocument(buf, offset, end);
  // Legacy commands may wrap the command as { $query: {...}, $readPreference }.
  const command = (doc.$query as Doc | undefined) ?? doc;
  return { kind: 'query', header, collection: name.value, command };
}

/**
 * One message: the header, the op's own fields, then the reply document. A body already encoded
 * (a reply carrying stored documents) is copied in; otherwise the document is serialised straight
 * into the message, whose size the caller has measured (`bodySize`), instead of into a buffer of
 * its own that is then copied twice more.
 */
function frame(opCode: number, responseTo: number, requestId: number, fields: Buffer, reply: Doc, body: Buffer | null, bodySize: number): Buffer {
  const start = HEADER_SIZE + fields.length;
  const length = start + (body ? body.length : bodySize);
  const message = Buffer.allocUnsafe(length);
  message.writeInt32LE(length, 0);
  message.writeInt32LE(requestId, 4);
  message.writeInt32LE(responseTo, 8);
  message.writeInt32LE(opCode, 12);
  fields.copy(message, HEADER_SIZE);
  if (body) body.copy(message, start);
  else if (serializeWithBufferAndIndex(reply, message, { index: start }) + 1 !== length) throw new Error('reply size changed while encoding');
  return message;
}

/** The bytes a reply document takes: its encoding when it carries stored documents, else its measured size. */
export interface ReplyBody {
  body: Buffer | null;
  size: number;
}

export function encodeOpMsg(reply: Doc, responseTo: number, requestId: number, encoded?: ReplyBody): Buffer {
  const { body, size } = encoded ?? { body: null, size: calculateObjectSize(reply) };
  return frame(OP_MSG, responseTo, requestId, Buffer.alloc(5), reply, body, size); // flagBits = 0, then section kind 0
}

export function encodeOpReply(reply: Doc, responseTo: number, requestId: number, encoded?: ReplyBody): Buffer {
  const { body, size } = encoded ?? { body: null, size: calculateObjectSize(reply) };
  const fields = Buffer.alloc(20);
  fields.writeInt32LE(0, 0); // responseFlags
  const cursorId = Long.ZERO;
  fields.writeInt32LE(cursorId.low, 4);
  fields.writeInt32LE(cursorId.high, 8);
  fields.writeInt32LE(0, 12); // startingFrom
  fields.writeInt32LE(1, 16); // numberReturned
  return frame(OP_REPLY, responseTo, requestId, fields, reply, body, size);
}
