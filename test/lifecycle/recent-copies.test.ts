import { RecentCopies } from '../../server/lifecycle/recent-copies';

interface Doc {
  _id: string;
  version: number;
  number: string;
  state: string;
  history?: unknown[];
}

const doc = (id: string, version: number, state: string): Doc => ({ _id: id, version, number: `N-${id}`, state, history: [{ at: version }] });

it('keeps the later version when an earlier one is remembered after it, as a copy remembered after its commit can be', () => {
  const copies = new RecentCopies<Doc>(10, (c) => c.number);
  copies.remember(doc('a', 3, 'held'));
  copies.remember(doc('a', 2, 'confirmed'));
  expect(copies.get('a')).toEqual({ _id: 'a', version: 3, number: 'N-a', state: 'held' });
  copies.remember(doc('a', 4, 'confirmed'));
  expect(copies.get('N-a')).toMatchObject({ version: 4, state: 'confirmed' });
});

it('forgets the least recently used copy beyond its capacity, and a forgotten one for good', () => {
  const copies = new RecentCopies<Doc>(2);
  copies.remember(doc('a', 1, 'x'));
  copies.remember(doc('b', 1, 'x'));
  copies.get('a');
  copies.remember(doc('c', 1, 'x'));
  expect([copies.peek('a')?._id, copies.peek('b'), copies.peek('c')?._id]).toEqual(['a', undefined, 'c']);
  copies.forget('a');
  expect(copies.peek('a')).toBeUndefined();
  // Once forgotten, an older version may be remembered again: nothing newer is kept to compare with.
  copies.remember(doc('a', 1, 'x'));
  expect(copies.peek('a')).toMatchObject({ version: 1 });
});
