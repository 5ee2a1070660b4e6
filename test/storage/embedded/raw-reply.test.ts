/**
 * A reply carrying stored documents as their bytes (raw-reply.ts) must be byte for byte the reply
 * the engine sent before, when it decoded each document and encoded it again: stored bytes are
 * bson's encoding of a decoded document, and encoding their decoding gives them back. Checked on
 * documents of every BSON type the wire delivers, and on whole replies built both ways.
 */
import { Binary, Decimal128, Double, Int32, Long, MaxKey, MinKey, ObjectId, Timestamp, deserialize, serialize } from 'bson';
import { StoredDoc, storedBytesOf } from '../../../server/storage/embedded/collection';
import { RawDocument, asReplyDocument, encodeRawReply, replyDocSize } from '../../../server/storage/embedded/raw-reply';
import type { Doc } from '../../../server/storage/embedded/values';

/** Documents as a client sends them: encoded by the driver's bson, decoded by the engine's wire. */
function fromWire(doc: Doc): Doc {
  return deserialize(serialize(doc), { validation: { utf8: true } }) as Doc;
}

const DOCUMENTS: Doc[] = [
  { _id: new ObjectId(), n: 1, big: 2 ** 40, neg: -0, frac: 1.5, nan: Number.NaN, inf: -Infinity },
  { _id: 'k', long: Long.fromString('9007199254740993'), smallLong: Long.fromNumber(5), i: new Int32(7), d: new Double(3), dec: Decimal128.fromString('1.10') },
  { _id: 2, at: new Date(0), re: /a.b/gim, bin: new Binary(Buffer.from('hi')), uuid: new Binary(Buffer.alloc(16, 1), Binary.SUBTYPE_UUID), ts: new Timestamp({ t: 1, i: 2 }), min: new MinKey(), max: new MaxKey() },
  { _id: 3, nested: { a: [1, 'two', { three: [null, true] }], empty: {}, list: [] }, s: 'ünïcødé ✓ 一单', nul: null },
];

describe('raw replies', () => {
  it('stored bytes re-encode to themselves after a decode', () => {
    for (const sent of DOCUMENTS) {
      const stored = new StoredDoc(fromWire(sent), 1);
      const read = stored.doc;
      const bytes = storedBytesOf(read)!;
      expect(bytes).toBeDefined();
      expect(Buffer.from(serialize(read)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('a find reply with stored documents encodes exactly as one with decoded documents', () => {
    const read = DOCUMENTS.map((d) => new StoredDoc(fromWire(d), 1).doc);
    const raw = read.map(asReplyDocument);
    expect(raw.every((d) => d instanceof RawDocument)).toBe(true);
    const plainReply = { cursor: { firstBatch: read, id: Long.fromNumber(0), ns: 'db.c' }, ok: 1 };
    const rawReply = { cursor: { firstBatch: raw, id: Long.fromNumber(0), ns: 'db.c' }, ok: 1 };
    const encoded = encodeRawReply(rawReply)!;
    expect(encoded.equals(Buffer.from(serialize(plainReply)))).toBe(true);
    raw.forEach((d, i) => expect(replyDocSize(d)).toBe(serialize(read[i]).length));
  });

  it('a findAndModify reply with a stored value, and undefined fields left out, encodes as before', () => {
    const doc = new StoredDoc(fromWire(DOCUMENTS[3]), 1).doc;
    const reply = { lastErrorObject: { n: 1, updatedExisting: true }, value: asReplyDocument(doc), gone: undefined, ok: 1 };
    expect(encodeRawReply(reply)!.equals(Buffer.from(serialize({ ...reply, value: doc })))).toBe(true);
  });

  it('leaves replies without stored documents, and changed copies, to bson', () => {
    expect(encodeRawReply({ n: 1, ok: 1 })).toBeNull();
    const doc = new StoredDoc({ _id: 1, a: 1 }, 1).doc;
    expect(asReplyDocument({ ...doc })).not.toBeInstanceOf(RawDocument);
  });
});
