import mongoose, { type Connection, Schema } from 'mongoose';
import { connectMongoose } from '../support/database';

let conn: Connection;

const partySchema = new Schema({
  code: { type: String, required: true, unique: true },
  role: { type: String, enum: ['exporter', 'forwarder', 'bank'], required: true },
  name: String,
});
const orderSchema = new Schema({
  ref: { type: String, required: true },
  seller: { type: Schema.Types.ObjectId, ref: 'Party', required: true },
  total: { type: Schema.Types.Decimal128, required: true },
  lines: [{ hs: String, qty: Number }],
  status: { type: String, default: 'draft' },
});
orderSchema.index({ seller: 1, ref: 1 }, { unique: true });

beforeAll(async () => {
  conn = await connectMongoose(__filename);
  conn.model('Party', partySchema);
  conn.model('Order', orderSchema);
  await conn.syncIndexes();
});
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

it('creates, reads, updates with versioning and deletes documents', async () => {
  const Party = conn.model('Party');
  const p = await Party.create({ code: 'CQ-EXP-1', role: 'exporter', name: 'Chongqing Moto' });
  const loaded = await Party.findOne({ code: 'CQ-EXP-1' });
  loaded!.set('name', 'Chongqing Moto Co.');
  await loaded!.save();
  expect((await Party.findById(p._id).lean<{ name: string }>())?.name).toBe('Chongqing Moto Co.');
  await Party.deleteOne({ _id: p._id });
  expect(await Party.countDocuments()).toBe(0);
});

it('surfaces unique violations as code 11000 through mongoose', async () => {
  const Party = conn.model('Party');
  await Party.create({ code: 'CQ-FWD-1', role: 'forwarder' });
  await expect(Party.create({ code: 'CQ-FWD-1', role: 'forwarder' })).rejects.toMatchObject({ code: 11000, keyValue: { code: 'CQ-FWD-1' } });
});

it('keeps Decimal128 exact and populates references', async () => {
  const Party = conn.model('Party');
  const Order = conn.model('Order');
  const seller = await Party.create({ code: 'CQ-EXP-2', role: 'exporter', name: 'Toys' });
  await Order.create({ ref: 'PO-1', seller: seller._id, total: mongoose.Types.Decimal128.fromString('1234.10'), lines: [{ hs: '950300', qty: 10 }] });
  const order = await Order.findOne({ ref: 'PO-1' }).populate('seller');
  expect(order!.get('total').toString()).toBe('1234.10');
  expect((order!.get('seller') as { name: string }).name).toBe('Toys');
});

it('runs findOneAndUpdate with upsert and a conditional version check', async () => {
  const Order = conn.model('Order');
  const seller = new mongoose.Types.ObjectId();
  const created = await Order.findOneAndUpdate(
    { ref: 'PO-9', seller },
    { $setOnInsert: { total: mongoose.Types.Decimal128.fromString('1') } },
    { upsert: true, returnDocument: 'after' },
  );
  expect(created?.get('status')).toBe('draft');
  const won = await Order.updateOne({ _id: created!._id, status: 'draft' }, { $set: { status: 'confirmed' } });
  const lost = await Order.updateOne({ _id: created!._id, status: 'draft' }, { $set: { status: 'cancelled' } });
  expect([won.modifiedCount, lost.modifiedCount]).toEqual([1, 0]);
});

it('commits and rolls back mongoose transactions', async () => {
  const Party = conn.model('Party');
  await conn.transaction(async (session) => {
    await Party.create([{ code: 'TXN-1', role: 'bank' }], { session });
  });
  expect(await Party.exists({ code: 'TXN-1' })).toBeTruthy();
  await expect(
    conn.transaction(async (session) => {
      await Party.create([{ code: 'TXN-2', role: 'bank' }], { session });
      throw new Error('business rule failed');
    }),
  ).rejects.toThrow('business rule failed');
  expect(await Party.exists({ code: 'TXN-2' })).toBeNull();
});

it('aggregates through a model', async () => {
  const Order = conn.model('Order');
  const rows = await Order.aggregate([{ $unwind: '$lines' }, { $group: { _id: '$lines.hs', qty: { $sum: '$lines.qty' } } }]);
  expect(rows).toEqual([{ _id: '950300', qty: 10 }]);
});
