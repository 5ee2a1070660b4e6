/**
 * The outbox runs the effects a transaction of this process queued once that transaction is
 * over, and asks the database nothing when no transaction queued any (most transitions queue
 * none: a lookup after each was a wasted round trip).
 */
import { type Connection, Schema } from 'mongoose';
import { fixedClock } from '../../server/clock';
import { type AggregateModel, LifecycleEngine } from '../../server/lifecycle/engine';
import { type EffectHandler, Outbox } from '../../server/lifecycle/outbox';
import { lifecycleFields } from '../../server/lifecycle/schema';
import type { Actor } from '../../server/lifecycle/types';
import { connectMongoose } from '../support/database';
import { parcelMachine } from './parcel.machine';

const clock = fixedClock(new Date('2026-03-01T08:00:00Z'));
const sender: Actor = { partyId: 'p-exporter', role: 'exporter' };
let conn: Connection;
let Parcel: AggregateModel;

const recordNotification: EffectHandler = async (effect, ctx) => {
  await conn.collection('notifications').insertOne({ parcel: effect.aggregateId, to: effect.params.to }, { session: ctx.session });
};

function engineWith() {
  const outbox = new Outbox(conn, clock);
  outbox.register('notifyRecipient', recordNotification);
  return { outbox, engine: new LifecycleEngine({ name: 'parcel', machine: parcelMachine, version: 1 }, Parcel, { clock, outbox, connection: conn }) };
}

const notified = (parcel: string) => conn.collection('notifications').countDocuments({ parcel });

beforeAll(async () => {
  conn = await connectMongoose(__filename);
  Parcel = conn.model('Parcel', new Schema({ label: String, ...lifecycleFields() }, { minimize: false }));
  await Parcel.init();
  await conn.createCollection('notifications');
  await conn.createCollection('outbox');
});
afterEach(() => jest.restoreAllMocks());
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

it('runs what a committed transaction queued, once, and nothing while it is still open', async () => {
  const { engine, outbox } = engineWith();
  const created = await engine.create({ label: 'queued' }, {}, sender);
  const parcel = String(created._id);
  await conn.transaction(async (session) => {
    const r = await engine.apply(created._id, { type: 'SEND', to: 'Chongqing' }, sender, { session });
    expect(r.ok).toBe(true);
    await outbox.runCommitted(); // the transaction is still open: its rows are not visible yet
  });
  expect(await notified(parcel)).toBe(0);
  await outbox.runCommitted();
  expect(await notified(parcel)).toBe(1);
  expect(await conn.collection('outbox').findOne({ aggregateId: parcel })).toMatchObject({ status: 'done', attempts: 1 });
  const find = jest.spyOn(outbox.model, 'find');
  await outbox.runCommitted(); // already run: nothing left to look up
  expect(find).not.toHaveBeenCalled();
});

it('asks the database nothing when no transaction queued an effect', async () => {
  const { engine, outbox } = engineWith();
  const created = await engine.create({ label: 'quiet' }, {}, sender);
  const sent = await engine.apply(created._id, { type: 'SEND', to: 'Qinzhou' }, sender);
  expect(sent.ok).toBe(true); // queued and ran its effect in a transaction of its own
  const find = jest.spyOn(outbox.model, 'find');
  await conn.transaction(async (session) => {
    await Parcel.updateOne({ _id: created._id }, { $set: { label: 'renamed' } }, { session });
  });
  await outbox.runCommitted();
  expect(find).not.toHaveBeenCalled();
});

it('runs nothing for a transaction that aborted, and forgets it', async () => {
  const { engine, outbox } = engineWith();
  const created = await engine.create({ label: 'aborted' }, {}, sender);
  const parcel = String(created._id);
  await expect(
    conn.transaction(async (session) => {
      await engine.apply(created._id, { type: 'SEND', to: 'Duisburg' }, sender, { session });
      throw new Error('the caller gave up');
    }),
  ).rejects.toThrow('the caller gave up');
  await outbox.runCommitted();
  expect(await notified(parcel)).toBe(0);
  expect(await conn.collection('outbox').countDocuments({ aggregateId: parcel })).toBe(0);
  const find = jest.spyOn(outbox.model, 'find');
  await outbox.runCommitted();
  expect(find).not.toHaveBeenCalled();
});
