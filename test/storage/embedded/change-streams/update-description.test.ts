/**
 * An update's description found from the two versions' stored bytes (events.ts): what changed,
 * by dotted path, decoded from the new version's bytes only where it changed.
 */
import { Decimal128, Long, ObjectId, deserialize, serialize } from 'bson';
import { bsonElements, decodeElement } from '../../../../server/storage/embedded/bson-elements';
import { updateDescription } from '../../../../server/storage/embedded/change-streams/events';

const describeUpdate = (prev: object, next: object) => updateDescription(serialize(prev), serialize(next));

describe('updateDescription from stored bytes', () => {
  it('names changed, added and removed fields, with dotted paths into sub-documents', () => {
    expect(describeUpdate({ _id: 1, a: 1, nested: { x: 1, y: 2 }, gone: true, same: 's' }, { _id: 1, a: 2, nested: { x: 1, y: 3, z: 4 }, same: 's', added: 'x' })).toEqual({
      updatedFields: { a: 2, 'nested.y': 3, 'nested.z': 4, added: 'x' },
      removedFields: ['gone'],
      truncatedArrays: [],
    });
  });

  it('reports an appended array element by its index, as mongod does for $push', () => {
    const milestone = { seq: 3, type: 'DEPARTED', at: new Date('2026-12-01T00:00:00Z') };
    expect(describeUpdate({ _id: 1, version: 2, milestones: [{ seq: 1 }, { seq: 2 }] }, { _id: 1, version: 3, milestones: [{ seq: 1 }, { seq: 2 }, milestone] })).toEqual({
      updatedFields: { version: 3, 'milestones.2': milestone },
      removedFields: [],
      truncatedArrays: [],
    });
  });

  it('reports a changed element by its index and a shorter array in truncatedArrays', () => {
    expect(describeUpdate({ tags: ['a', 'b', 'c'] }, { tags: ['a', 'B'] })).toEqual({
      updatedFields: { 'tags.1': 'B' },
      removedFields: [],
      truncatedArrays: [{ field: 'tags', newSize: 2 }],
    });
  });

  it('reports a field whose type changed whole, even when the values compare equal', () => {
    expect(describeUpdate({ n: 5, list: [1], doc: { a: 1 } }, { n: 5.5, list: { a: 1 }, doc: [1] })).toEqual({
      updatedFields: { n: 5.5, list: { a: 1 }, doc: [1] },
      removedFields: [],
      truncatedArrays: [],
    });
    expect(describeUpdate({ n: 5 }, { n: Long.fromNumber(5) }).updatedFields).toEqual({ n: 5 });
  });

  it('reports nothing when nothing changed', () => {
    const doc = { _id: new ObjectId(), amount: Decimal128.fromString('12.30'), at: new Date(0), list: [{ a: 1 }], re: /x/i };
    expect(describeUpdate(doc, doc)).toEqual({ updatedFields: {}, removedFields: [], truncatedArrays: [] });
  });
});

describe('bsonElements', () => {
  it('walks every element type a stored document may hold, and decodes each as a whole document would', () => {
    const doc = { d: 1.5, s: 'text', o: { a: 1 }, arr: [1, 'two'], bin: Buffer.from([1, 2]), id: new ObjectId(), b: true, at: new Date(5), nil: null, re: /a.b/gi, i: 7, big: Long.fromNumber(2 ** 40), dec: Decimal128.fromString('0.1'), after: 'end' };
    const bytes = serialize(doc);
    const elements = bsonElements(bytes);
    expect(elements.map((e) => e.name)).toEqual(Object.keys(doc));
    expect(Object.fromEntries(elements.map((e) => [e.name, decodeElement(bytes, e)]))).toEqual(deserialize(bytes));
    expect(elements.at(-1)!.end).toBe(bytes.length - 1);
  });
});
