import { type Connection, Schema, Types } from 'mongoose';
import { fixedClock } from '../../server/clock';
import { type AggregateModel, LifecycleEngine } from '../../server/lifecycle/engine';
import { withoutHistory } from '../../server/lifecycle/lazy-history';
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

function engineWith(handler: EffectHandler = recordNotification, version = 1) {
  const outbox = new Outbox(conn, clock);
  outbox.register('notifyRecipient', handler);
  return { outbox, engine: new LifecycleEngine({ name: 'parcel', machine: parcelMachine, version }, Parcel, { clock, outbox, connection: conn }) };
}

beforeAll(async () => {
  conn = await connectMongoose(__filename);
  Parcel = conn.model('Parcel', new Schema({ label: String, ...lifecycleFields() }, { minimize: false }));
  await Parcel.init();
  await conn.createCollection('notifications');
  await conn.createCollection('outbox');
});
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

it('creates an aggregate at its initial state with a creation entry', async () => {
  const { engine } = engineWith();
  const doc = await engine.create({ label: 'a' }, {}, sender);
  expect(doc).toMatchObject({ state: 'draft', version: 1, machine: { name: 'parcel', version: 1 } });
  expect(doc.history).toEqual([{ seq: 1, at: clock.now(), actor: sender, event: 'CREATE', from: null, to: 'draft', payload: {} }]);
});

it('applies an event: new state, snapshot, history entry and its effect', async () => {
  const { engine } = engineWith();
  const created = await engine.create({ label: 'b' }, {}, sender);
  const r = await engine.apply(created._id, { type: 'SEND', to: 'Singapore Motors' }, sender);
  if (!r.ok) throw new Error(r.error.message);
  expect(r.value.doc).toMatchObject({ state: 'sent', version: 2, machine: { snapshot: { value: 'sent', context: { sentTo: 'Singapore Motors' } } } });
  expect(r.value.entry).toEqual({ seq: 2, at: clock.now(), actor: sender, event: 'SEND', from: 'draft', to: 'sent', payload: { to: 'Singapore Motors' } });
  const notes = await conn.collection('notifications').find({ parcel: String(created._id) }).toArray();
  expect(notes.map((n) => n.to)).toEqual(['Singapore Motors']);
  expect(await conn.collection('outbox').countDocuments({ aggregateId: String(created._id), status: 'done' })).toBe(1);
});

it('rejects an event the state does not accept, naming the allowed events', async () => {
  const { engine } = engineWith();
  const created = await engine.create({ label: 'c' }, {}, sender);
  const r = await engine.apply(created._id, { type: 'DELIVER' }, sender);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error).toMatchObject({ code: 'EVENT_NOT_ACCEPTED', state: 'draft', event: 'DELIVER', allowed: ['CANCEL', 'SEND'] });
  expect(r.error.message).toContain("state 'draft' accepts only CANCEL, SEND");
  expect(((await Parcel.findById(created._id).lean()) as { version: number }).version).toBe(1);
});

it('says so when a final state accepts nothing', async () => {
  const { engine } = engineWith();
  const created = await engine.create({ label: 'd' }, {}, sender);
  await engine.apply(created._id, { type: 'CANCEL', reason: 'buyer withdrew' }, sender);
  const r = await engine.apply(created._id, { type: 'SEND', to: 'x' }, sender);
  expect(!r.ok && r.error.message).toContain('no events (it is final)');
});

it('lets exactly one of two conflicting events win, with no gap in the history', async () => {
  const { engine } = engineWith();
  const created = await engine.create({ label: 'race' }, {}, sender);
  // Both act on what they read (version 1): however the two interleave, one must lose.
  const results = await Promise.all([
    engine.apply(created._id, { type: 'SEND', to: 'Bangkok' }, sender, { expectedVersion: 1 }),
    engine.apply(created._id, { type: 'CANCEL', reason: 'duplicate order' }, { partyId: 'p-other', role: 'exporter' }, { expectedVersion: 1 }),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  const lost = results.find((r) => !r.ok);
  expect(lost && !lost.ok && lost.error.code).toBe('CONFLICT');
  const doc = (await Parcel.findById(created._id).lean()) as { version: number; history: Array<{ seq: number }> } | null;
  expect(doc!.version).toBe(2);
  expect(doc!.history.map((h) => h.seq)).toEqual([1, 2]);
});

it('refuses a stale expected version', async () => {
  const { engine } = engineWith();
  const created = await engine.create({ label: 'stale' }, {}, sender);
  const r = await engine.apply(created._id, { type: 'SEND', to: 'x' }, sender, { expectedVersion: 7 });
  expect(!r.ok && r.error.code).toBe('CONFLICT');
});

it('applies to the copy the caller read, and calls a copy that has changed since a CONFLICT', async () => {
  const { engine } = engineWith();
  const created = await engine.create({ label: 'read once' }, {}, sender);
  const read = (await Parcel.findById(created._id).lean()) as unknown as typeof created;
  const applied = await engine.apply(created._id, { type: 'SEND', to: 'Vientiane' }, sender, { current: read });
  expect(applied.ok && applied.value.doc.state).toBe('sent');
  // The same (now stale) copy again: the aggregate moved on, so the write must not land.
  const stale = await engine.apply(created._id, { type: 'CANCEL', reason: 'late' }, sender, { current: read });
  expect(!stale.ok && stale.error.code).toBe('CONFLICT');
  const doc = (await Parcel.findById(created._id).lean()) as { state: string; version: number } | null;
  expect(doc).toMatchObject({ state: 'sent', version: 2 });
});

it('stores the same history entry whether mongoose casts the update (business fields) or not', async () => {
  const { engine } = engineWith();
  const created = await engine.create({ label: 'types' }, {}, sender);
  // An actor whose id is not yet text: stored as text either way, as the history schema says.
  const objectIdActor = { partyId: new Types.ObjectId('65f000000000000000000001') as unknown as string, role: 'exporter' };
  await engine.apply(created._id, { type: 'CANCEL', reason: 'lifecycle fields only' }, objectIdActor);
  const other = await engine.create({ label: 'types, with a business field' }, {}, sender);
  await engine.apply(other._id, { type: 'CANCEL', reason: 'with a business field' }, objectIdActor, { set: { label: 'cancelled' } });
  const raw = await conn.collection('parcels').find({ _id: { $in: [created._id, other._id] } as never }).toArray();
  const entries = raw.map((d) => d.history[1]);
  for (const entry of entries) {
    expect(entry).toEqual({ seq: 2, at: clock.now(), actor: { partyId: '65f000000000000000000001', role: 'exporter' }, event: 'CANCEL', from: 'draft', to: 'cancelled', payload: { reason: expect.any(String) } });
    expect(entry.at).toBeInstanceOf(Date);
  }
  expect(raw.map((d) => [d.state, d.version, typeof d.machine.snapshot.value])).toEqual([['cancelled', 2, 'string'], ['cancelled', 2, 'string']]);
});

it('hands back the written history exactly as stored, decoded only when something reads it', async () => {
  const { engine } = engineWith();
  const created = await engine.create({ label: 'lazy' }, {}, sender);
  // SEND has an effect (a transaction), HOLD none: both writes return the document.
  const sent = await engine.apply(created._id, { type: 'SEND', to: 'Phnom Penh' }, sender);
  const held = await engine.apply(created._id, { type: 'HOLD' }, sender);
  if (!sent.ok || !held.ok) throw new Error('the events were refused');
  const stored = await conn.collection('parcels').findOne({ _id: created._id as never });
  const doc = held.value.doc as unknown as Record<string, unknown>;
  // Nothing has read it yet: still the driver's bytes behind a getter.
  expect(typeof Object.getOwnPropertyDescriptor(doc, 'history')?.get).toBe('function');
  const { history: _history, ...rest } = withoutHistory(doc) as Record<string, unknown>;
  expect(typeof Object.getOwnPropertyDescriptor(doc, 'history')?.get).toBe('function');
  expect(rest).toEqual(withoutHistory(stored!));
  // Read: the same entries, types and all, as a plain read of the stored document gives.
  expect(doc.history).toEqual(stored!.history);
  expect((doc.history as Array<{ at: unknown }>)[2].at).toBeInstanceOf(Date);
  expect({ ...doc }).toEqual(stored);
  expect((sent.value.doc as unknown as { history: unknown[] }).history).toEqual(stored!.history.slice(0, 2));
  // Assignable like a plain field.
  doc.history = [];
  expect(doc.history).toEqual([]);
});

it('refuses a document stored by another machine version', async () => {
  const { engine } = engineWith();
  const created = await engine.create({ label: 'old' }, {}, sender);
  const { engine: newer } = engineWith(recordNotification, 2);
  const r = await newer.apply(created._id, { type: 'SEND', to: 'x' }, sender);
  expect(!r.ok && r.error).toMatchObject({ code: 'MACHINE_VERSION_MISMATCH', stored: 1, current: 2 });
});

it('runs an effect interrupted by a crash exactly once after restart', async () => {
  const crashing: EffectHandler = async (effect, ctx) => {
    await recordNotification(effect, ctx);
    throw new Error('process killed mid-effect');
  };
  const { engine } = engineWith(crashing);
  const created = await engine.create({ label: 'crash' }, {}, sender);
  const r = await engine.apply(created._id, { type: 'SEND', to: 'Duisburg' }, sender);
  expect(r.ok).toBe(true);
  const parcel = String(created._id);
  expect(await conn.collection('notifications').countDocuments({ parcel })).toBe(0);
  expect(await conn.collection('outbox').findOne({ aggregateId: parcel })).toMatchObject({ status: 'pending', attempts: 1, lastError: 'process killed mid-effect' });

  const afterRestart = engineWith(recordNotification).outbox;
  expect(await afterRestart.recover()).toEqual({ ran: 1, failed: 0 });
  expect(await afterRestart.recover()).toEqual({ ran: 0, failed: 0 });
  expect(await conn.collection('notifications').countDocuments({ parcel })).toBe(1);
});

it('runs effects queued in a caller’s transaction after it commits, and retries failures on the dispatcher', async () => {
  let attempts = 0;
  const flaky: EffectHandler = async (effect, ctx) => {
    attempts++;
    if (attempts === 1) throw new Error('the notification service is down');
    await recordNotification(effect, ctx);
  };
  const { engine, outbox } = engineWith(flaky);
  const created = await engine.create({ label: 'in-session' }, {}, sender);
  const parcel = String(created._id);
  let runEffects: (() => Promise<void>) | undefined;
  await conn.transaction(async (session) => {
    const r = await engine.apply(created._id, { type: 'SEND', to: 'Yiwu' }, sender, { session });
    if (r.ok) runEffects = r.value.runEffects;
  });
  expect(await conn.collection('notifications').countDocuments({ parcel })).toBe(0); // not before the commit
  await expect(runEffects!()).resolves.toBeUndefined(); // a failed effect does not fail the committed event
  expect(await conn.collection('outbox').findOne({ aggregateId: parcel })).toMatchObject({ status: 'pending', attempts: 1 });
  outbox.startDispatcher(10);
  for (let i = 0; i < 200 && (await conn.collection('notifications').countDocuments({ parcel })) === 0; i++) await new Promise((r) => setTimeout(r, 10));
  await outbox.stopDispatcher();
  expect(await conn.collection('notifications').countDocuments({ parcel })).toBe(1);
  expect(await conn.collection('outbox').findOne({ aggregateId: parcel })).toMatchObject({ status: 'done', attempts: 2 });
});

it('refuses to build an engine for a machine whose actions have no handler', () => {
  const outbox = new Outbox(conn, clock);
  expect(() => new LifecycleEngine({ name: 'parcel', machine: parcelMachine, version: 1 }, Parcel, { clock, outbox, connection: conn })).toThrow(
    'the parcel machine names actions with no effect handler: notifyRecipient',
  );
});
