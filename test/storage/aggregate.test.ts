import { type Db } from 'mongodb';
import { useTestDatabase } from '../support/database';

const testDb = useTestDatabase(__filename);
const db = (): Db => testDb.db();

beforeAll(async () => {
  await db().collection('orders').insertMany([
    { _id: 1 as never, buyer: 'b1', lines: [{ hs: '8711', qty: 2 }, { hs: '9503', qty: 1 }], total: 300, route: 'rail-sea' },
    { _id: 2 as never, buyer: 'b2', lines: [{ hs: '8711', qty: 5 }], total: 500, route: 'rail' },
    { _id: 3 as never, buyer: 'b1', lines: [], total: 100, route: 'rail-sea' },
  ]);
  await db().collection('buyers').insertMany([
    { _id: 'b1' as never, name: 'Singapore Motors' },
    { _id: 'b2' as never, name: 'Duisburg Parts' },
  ]);
});

it('groups, sorts and projects', async () => {
  const rows = await db()
    .collection('orders')
    .aggregate([
      { $match: { total: { $gte: 100 } } },
      { $group: { _id: '$route', value: { $sum: '$total' }, orders: { $sum: 1 } } },
      { $sort: { value: -1 } },
      { $project: { _id: 0, route: '$_id', value: 1, orders: 1 } },
    ])
    .toArray();
  expect(rows).toEqual([
    { value: 500, orders: 1, route: 'rail' },
    { value: 400, orders: 2, route: 'rail-sea' },
  ]);
});

it('unwinds lines and counts', async () => {
  const [row] = await db().collection('orders').aggregate([{ $unwind: '$lines' }, { $match: { 'lines.hs': '8711' } }, { $count: 'n' }]).toArray();
  expect(row).toEqual({ n: 2 });
});

it('joins with $lookup', async () => {
  const rows = await db()
    .collection('orders')
    .aggregate([{ $match: { _id: 2 } }, { $lookup: { from: 'buyers', localField: 'buyer', foreignField: '_id', as: 'buyerDoc' } }])
    .toArray();
  expect(rows[0].buyerDoc).toEqual([{ _id: 'b2', name: 'Duisburg Parts' }]);
});

it('runs sub-pipelines in $facet', async () => {
  const [facets] = await db()
    .collection('orders')
    .aggregate([{ $facet: { byBuyer: [{ $group: { _id: '$buyer', n: { $sum: 1 } } }, { $sort: { _id: 1 } }], total: [{ $count: 'n' }] } }])
    .toArray();
  expect(facets).toEqual({ byBuyer: [{ _id: 'b1', n: 2 }, { _id: 'b2', n: 1 }], total: [{ n: 3 }] });
});

it('leaves stored documents untouched by pipeline stages', async () => {
  await db().collection('orders').aggregate([{ $set: { total: 0 } }]).toArray();
  expect((await db().collection('orders').findOne({ _id: 1 as never }))?.total).toBe(300);
});

it('leaves the joined collection as stored when later stages change what $lookup brought in', async () => {
  await db().collection('ports').insertOne({ _id: 'p1' as never, place: { code: 'CNQZH' } });
  await db().collection('calls').insertOne({ _id: 'c1' as never, port: 'p1' });
  const [joined] = await db()
    .collection('calls')
    .aggregate([
      { $lookup: { from: 'ports', localField: 'port', foreignField: '_id', as: 'j' } },
      { $unwind: '$j' },
      { $set: { 'j.place.code': 'CHANGED' } },
    ])
    .toArray();
  expect(joined.j.place.code).toBe('CHANGED');
  expect(await db().collection('ports').findOne({ _id: 'p1' as never })).toEqual({ _id: 'p1', place: { code: 'CNQZH' } });
});
