/**
 * sameValue answers exactly what comparing two valueKeys answers (an update's "did it change"),
 * without building the keys.
 */
import { Binary, Decimal128, Long, ObjectId } from 'bson';
import { sameValue, valueKey } from '../../../server/storage/embedded/values';

const id = new ObjectId('65a1b2c3d4e5f60718293a4b');
const values: unknown[] = [
  null, undefined, 0, 1, -1, 1.5, 'a', 'b', '', true, false,
  new Date(0), new Date(1), id, new ObjectId('65a1b2c3d4e5f60718293a4c'), Long.fromNumber(1), Decimal128.fromString('1.50'), Decimal128.fromString('1.5'),
  new Binary(Buffer.from('ab')), /x/i, [], [1], [1, 2], [2, 1], [[1]], {}, { a: 1 }, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: undefined }, { a: null },
  { a: { b: [1, { c: new Date(5) }] } }, { a: { b: [1, { c: new Date(6) }] } }, { history: [{ at: new Date(1), hash: 'x' }], version: 2 },
];

it('agrees with comparing valueKeys on every pair of values, equal copies and not', () => {
  const copies = values.map((v) => structuredCloneKeepingBson(v));
  for (const [i, a] of values.entries()) {
    for (const b of [...values, ...copies]) expect([i, sameValue(a, b)]).toEqual([i, valueKey(a) === valueKey(b)]);
  }
  for (const [i, a] of values.entries()) expect([i, sameValue(a, copies[i])]).toEqual([i, true]);
});

/** A copy with fresh containers (and Dates) but the same BSON instances, as a decoded document would be. */
function structuredCloneKeepingBson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(structuredCloneKeepingBson);
  if (v instanceof Date) return new Date(v.getTime());
  if (v && typeof v === 'object' && !('_bsontype' in v) && !(v instanceof RegExp)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, structuredCloneKeepingBson(x)]));
  }
  return v;
}
