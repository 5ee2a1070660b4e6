import { type Collection, type Db } from 'mongodb';
import { useTestDatabase } from '../support/database';

const testDb = useTestDatabase(__filename);
const db = (): Db => testDb.db();
let events: Collection;

beforeAll(async () => {
  events = db().collection('events');
  await events.insertMany(Array.from({ length: 450 }, (_, i) => ({ i, leg: i % 3 })));
});

it('pages a find past the first batch with getMore', async () => {
  // The default first batch is 101 documents, so 450 need several getMore round trips.
  const seen: number[] = [];
  for await (const doc of events.find({}).sort({ i: 1 })) seen.push(doc.i);
  expect(seen).toEqual(Array.from({ length: 450 }, (_, i) => i));
});

it('honours batchSize on find and aggregate cursors', async () => {
  const cursor = events.find({ leg: 0 }, { batchSize: 7 });
  expect(await cursor.next()).toBeTruthy();
  expect(cursor.bufferedCount()).toBe(6);
  expect((await cursor.toArray()).length).toBe(149);
  const agg = await events.aggregate([{ $match: { leg: 1 } }, { $project: { i: 1 } }], { batchSize: 10 }).toArray();
  expect(agg).toHaveLength(150);
});

it('closes a cursor early with killCursors', async () => {
  const cursor = events.find({}, { batchSize: 5 });
  await cursor.next();
  const id = cursor.id;
  expect(id?.toNumber()).toBeGreaterThan(0);
  await cursor.close();
  const err = await db().command({ getMore: id as never, collection: 'events' }).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 43 });
});

it('reports an unknown cursor id', async () => {
  const err = await db().command({ getMore: 987654321 as never, collection: 'events' }).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 43, codeName: 'CursorNotFound' });
});
