/**
 * A party's transition on an order this process wrote last is one conditional update (issue 18);
 * whenever the copy is not the order as stored, the answer is exactly the one a read gives.
 * Two OrderService instances on the same database stand for two server processes.
 */
import { type Connection, Types } from 'mongoose';
import { Outbox } from '../../server/lifecycle/outbox';
import { OrderService } from '../../server/orders/order.service';
import type { CreateOrderInput } from '../../server/orders/order.validation';
import type { Caller } from '../../server/parties/caller';
import { monitoredConnection } from '../support/database';
import { type World, openWorld } from '../support/world';

let world: World;
let monitored: Connection;
/** This process: its commands are recorded. */
let here: OrderService;
/** Another process on the same database. */
let elsewhere: OrderService;
let exporter: Caller;
let importer: Caller;
const commands: string[] = [];

beforeAll(async () => {
  world = await openWorld(__filename);
  monitored = await monitoredConnection(world.connection.name, ({ name }) => void commands.push(name));
  const outbox = new Outbox(monitored, world.clock);
  here = new OrderService(monitored, world.clock, outbox);
  await Promise.all([here.model.init(), outbox.model.init()]);
  elsewhere = new OrderService(world.connection, world.clock, world.outbox);
  await elsewhere.model.init();
  exporter = await world.as('CQ-MOTO');
  importer = await world.as('SG-LION');
});
afterAll(async () => {
  await monitored.close();
  await world.close();
});

function order(): CreateOrderInput {
  return {
    buyerId: importer.partyId,
    currency: 'USD',
    lines: [{ hsCode: '8714.10', description: 'Motorcycle brake assemblies', quantity: '100', unit: 'H87', unitPrice: '18.35', grossWeightKg: '200' }],
    incoterm: 'FCA',
    incotermPlace: 'CNCKG',
    origin: 'CNCKG',
    destination: 'SGSIN',
    tradeMode: '0110',
    readyDate: '2026-03-05',
  };
}

async function createdHere(): Promise<string> {
  const r = await here.create(exporter, order());
  if (!r.ok) throw new Error(r.error[0].message);
  return String(r.value._id);
}

/** The commands `act` sends, and what it answered. */
async function commandsOf<T>(act: () => Promise<T>): Promise<{ commands: string[]; result: T }> {
  commands.length = 0;
  const result = await act();
  return { commands: [...commands], result };
}

const stored = (id: string) => elsewhere.model.findById(id).lean();

it('sends one conditional update for a transition on an order this process wrote last', async () => {
  const id = await createdHere();
  const confirm = await commandsOf(() => here.confirm(exporter, id));
  const hold = await commandsOf(() => here.hold(exporter, id, 'waiting for the letter of credit'));
  const resume = await commandsOf(() => here.resume(exporter, id, 3));
  expect([confirm, hold, resume].map((c) => c.commands)).toEqual([['findAndModify'], ['findAndModify'], ['findAndModify']]);
  expect(resume.result.ok && resume.result.value).toMatchObject({ state: 'confirmed', version: 4 });
  expect((await stored(id))!.history.map((h) => [h.seq, h.event, h.actor.role])).toEqual([
    [1, 'CREATE', 'exporter'],
    [2, 'CONFIRM', 'exporter'],
    [3, 'HOLD', 'exporter'],
    [4, 'RESUME', 'exporter'],
  ]);
});

it('reads the order when another process moved it on, and answers from what it read', async () => {
  const id = await createdHere();
  await elsewhere.confirm(importer, id);
  // The copy is the draft: HOLD does not fit it, so the order is read (confirmed) and held.
  const hold = await commandsOf(() => here.hold(exporter, id, 'price under review'));
  expect(hold.commands).toEqual(['find', 'findAndModify']);
  expect(hold.result.ok && hold.result.value).toMatchObject({ state: 'onHold', version: 3 });
  await elsewhere.resume(exporter, id);
  // The copy (on hold, version 3) takes RESUME, but the order is at version 4: the update
  // matches nothing and the read explains why, as it would have without the copy.
  const resume = await commandsOf(() => here.resume(exporter, id));
  expect(resume.commands).toEqual(['findAndModify', 'find']);
  expect(!resume.result.ok && resume.result.error[0]).toMatchObject({ code: 'EVENT_NOT_ACCEPTED' });
  expect(await stored(id)).toMatchObject({ state: 'confirmed', version: 4 });
});

it('answers a party the copy does not let act exactly as without the copy', async () => {
  const id = await createdHere();
  const stranger = await world.as('CQ-TOYS');
  const auditor = await world.as('AUDITOR');
  const unseen = await here.confirm(stranger, id);
  const readOnly = await here.confirm(auditor, id);
  expect(!unseen.ok && unseen.error[0].code).toBe('NOT_FOUND');
  expect(!readOnly.ok && readOnly.error[0].code).toBe('FORBIDDEN');
  expect(await stored(id)).toMatchObject({ state: 'draft', version: 1 });
});

it('does not write where the stored order no longer grants what the copy does', async () => {
  const id = await createdHere();
  await here.confirm(exporter, id);
  // Nothing the services do, but it shows the update carries the access check: the copy still
  // names the exporter as seller, the stored order (same version) no longer does.
  const other = await world.as('CQ-TOYS');
  await elsewhere.model.collection.updateOne({ _id: new Types.ObjectId(id) }, { $set: { sellerId: other.party._id, parties: [other.party._id, importer.party._id] } });
  const hold = await commandsOf(() => here.hold(exporter, id, 'not mine any more'));
  expect(hold.commands).toEqual(['findAndModify', 'find']);
  expect(!hold.result.ok && hold.result.error[0].code).toBe('NOT_FOUND');
  expect(await stored(id)).toMatchObject({ state: 'confirmed', version: 2 });
});

it('keeps no copy of a write inside a transaction that was rolled back', async () => {
  const id = await createdHere();
  const session = await monitored.startSession();
  try {
    session.startTransaction();
    const inside = await here.applySystemEvent(new Types.ObjectId(id), { type: 'CONFIRM' }, { partyId: exporter.partyId, role: 'exporter' }, { session });
    expect(inside.ok).toBe(true);
    await session.abortTransaction();
  } finally {
    await session.endSession();
  }
  // Version 2 is now reached another way: had the rolled-back write been remembered (confirmed,
  // version 2), HOLD would be written onto the cancelled order.
  await elsewhere.cancel(importer, id, 'ordered elsewhere');
  const hold = await here.hold(exporter, id, 'too late');
  expect(!hold.ok && hold.error[0].code).toBe('EVENT_NOT_ACCEPTED');
  expect(await stored(id)).toMatchObject({ state: 'cancelled', version: 2 });
});

it('refuses an expected version the copy is not at, as CONFLICT', async () => {
  const id = await createdHere();
  const r = await here.confirm(exporter, id, 5);
  expect(!r.ok && r.error[0].code).toBe('CONFLICT');
  expect(await stored(id)).toMatchObject({ state: 'draft', version: 1 });
});
