/**
 * sameValue is valueKey equality without building keys (update-apply.ts uses it to tell whether
 * an update changed a document): for every pair here both must agree.
 */
import { Decimal128, Double, Int32, Long, ObjectId } from 'bson';
import { sameValue, valueKey } from '../../../server/storage/embedded/values';

const id = new ObjectId('64b7f0c2a1b2c3d4e5f60718');
const VALUES: unknown[] = [
  null,
  undefined,
  0,
  1,
  -1,
  Number.NaN,
  new Int32(1),
  new Long(1),
  new Double(1),
  Decimal128.fromString('1'),
  'a',
  '1',
  'n:1',
  true,
  false,
  new Date(0),
  new Date(1),
  /a/i,
  /a/,
  id,
  new ObjectId(id.toHexString()),
  [],
  [1],
  [1, 2],
  [2, 1],
  [[1]],
  {},
  { a: 1 },
  { a: new Long(1) },
  { a: 1, b: 2 },
  { b: 2, a: 1 },
  { a: undefined },
  { a: null },
  { a: [1, { b: 2 }] },
  { a: [1, { b: 3 }] },
  { a: { b: { c: id } } },
  { a: { b: { c: new ObjectId() } } },
];

it('agrees with valueKey equality on every pair of values', () => {
  const disagreements: string[] = [];
  for (const a of VALUES) {
    for (const b of VALUES) {
      const expected = valueKey(a) === valueKey(b);
      if (sameValue(a, b) !== expected) disagreements.push(`${valueKey(a)} vs ${valueKey(b)}: expected ${expected}`);
    }
  }
  expect(disagreements).toEqual([]);
});

it('tells documents apart by their first difference, deep inside', () => {
  const history = Array.from({ length: 50 }, (_, seq) => ({ seq, at: new Date(seq), actor: { partyId: 'p', role: 'seller' } }));
  const before = { _id: id, state: 'confirmed', version: 3, history };
  expect(sameValue(before, { ...before, history: history.map((h) => ({ ...h })) })).toBe(true);
  expect(sameValue(before, { ...before, version: new Long(3) })).toBe(true);
  expect(sameValue(before, { ...before, version: 4 })).toBe(false);
  expect(sameValue(before, { ...before, history: [...history.slice(0, 49), { ...history[49], at: new Date(99) }] })).toBe(false);
});
