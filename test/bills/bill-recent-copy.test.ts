/**
 * A bill action on a bill this process wrote last needs no read of the bill (issue 18); whenever
 * the copy is not the bill as stored, or the caller may not see it, the answer is exactly the one
 * a read gives. Two BillService instances on the same database stand for two server processes.
 */
import { type Connection } from 'mongoose';
import { BillService } from '../../server/bills/bill.service';
import { Outbox } from '../../server/lifecycle/outbox';
import { partyModel } from '../../server/models/party.model';
import { OrderService } from '../../server/orders/order.service';
import { PartyDirectory } from '../../server/parties/party-directory';
import type { Caller } from '../../server/parties/caller';
import { containerCheckDigit } from '../../server/reference';
import { fail } from '../../server/shared/result';
import { inTransaction } from '../../server/shared/transaction';
import type { ShipmentService } from '../../server/shipments/shipment.service';
import { monitoredConnection } from '../support/database';
import { type World, areaServices, motorcyclePartsOrder, openWorld } from '../support/world';

let world: World;
let monitored: Connection;
/** This process: its commands are recorded. */
let here: BillService;
/** Another process on the same database. */
let elsewhere: BillService;
let orders: OrderService;
let shipments: ShipmentService;
let exporter: Caller;
let importer: Caller;
let forwarder: Caller;
let stranger: Caller;
let containerSerial = 300000;
/** The bill commands `here` sent, as "command collection". */
const commands: string[] = [];
/** The party commands `here` sent. */
const partyReads: string[] = [];

beforeAll(async () => {
  world = await openWorld(__filename);
  ({ orders, shipments, bills: elsewhere } = await areaServices(world));
  monitored = await monitoredConnection(world.connection.name, ({ name, collection }) => {
    if (collection === 'bills') commands.push(`${name} ${collection}`);
    if (collection === 'parties') partyReads.push(`${name} ${collection}`);
  });
  const outbox = new Outbox(monitored, world.clock);
  // This process's parties are looked up over its own connection, every time (no voucher), so its party reads are counted.
  const hereOrders = new OrderService(monitored, world.clock, outbox, new PartyDirectory(partyModel(monitored), null));
  here = new BillService(monitored, world.clock, outbox, hereOrders, shipments);
  await Promise.all([here.model.init(), here.keys.model.init()]);
  [exporter, importer, forwarder, stranger] = await Promise.all(['CQ-MOTO', 'SG-LION', 'CQ-LANDSEA', 'DE-RHEIN'].map((c) => world.as(c)));
});
afterAll(async () => {
  await monitored.close();
  await world.close();
});

async function bookedShipment(): Promise<string> {
  const created = await orders.create(exporter, motorcyclePartsOrder(importer.partyId));
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const orderId = String(created.value._id);
  await orders.confirm(exporter, orderId);
  const options = await shipments.routeOptions(exporter, { orderId, teu: 1 });
  if (!options.ok) throw new Error('no route options');
  const prefix = `TEMU${containerSerial++}`;
  const booked = await shipments.book(exporter, { orderId, optionId: options.value[0].id, forwarderId: forwarder.partyId, containers: [{ number: `${prefix}${containerCheckDigit(prefix)}`, type: '22G1' }] });
  if (!booked.ok) throw new Error(JSON.stringify(booked.error));
  return booked.value.number;
}

async function draftedHere(): Promise<string> {
  const drafted = await here.draft(forwarder, await bookedShipment(), { billType: 'toOrder' });
  if (!drafted.ok) throw new Error(JSON.stringify(drafted.error));
  return drafted.value.number;
}

async function commandsOf<T>(act: () => Promise<T>): Promise<{ commands: string[]; result: T }> {
  commands.length = 0;
  const result = await act();
  return { commands: [...commands], result };
}

const stored = (number: string) => elsewhere.model.findOne({ number }).lean();

it('writes an action on a bill this process wrote last without reading it, and the chain links as after a read', async () => {
  const number = await draftedHere();
  const approve = await commandsOf(() => here.act(exporter, number, { type: 'APPROVE' }));
  const issue = await commandsOf(() => here.act(forwarder, number.toLowerCase(), { type: 'ISSUE' }));
  const transfer = await commandsOf(() => here.act(exporter, number, { type: 'TRANSFER', to: importer.partyId }));
  expect([approve, issue, transfer].map((c) => c.commands)).toEqual([['findAndModify bills'], ['findAndModify bills'], ['findAndModify bills']]);
  expect(transfer.result.ok).toBe(true);
  const bill = (await stored(number))!;
  expect(bill).toMatchObject({ state: 'ISSUED', version: 4 });
  expect(bill.chain.map((e) => e.actionCode)).toEqual(['ISSUE', 'TRANSFER']);
  const verified = await elsewhere.verify(importer, number);
  expect(verified.ok && verified.value).toEqual({ ok: true, entries: 2 });
});

it('reads the bill when another process changed it since, and answers from what it read', async () => {
  const number = await draftedHere();
  expect((await here.act(exporter, number, { type: 'APPROVE' })).ok).toBe(true);
  expect((await here.act(forwarder, number, { type: 'ISSUE' })).ok).toBe(true);
  // Elsewhere the exporter hands the title to the importer: this process's copy still shows the exporter holding it.
  expect((await elsewhere.act(exporter, number, { type: 'TRANSFER', to: importer.partyId })).ok).toBe(true);
  // The copy lets the exporter transfer: the write is tried, matches nothing, and the read refuses.
  const stale = await commandsOf(() => here.act(exporter, number, { type: 'TRANSFER', to: stranger.partyId }));
  expect(stale.commands).toEqual(['findAndModify bills', 'find bills']);
  expect(stale.result).toEqual(await elsewhere.act(exporter, number, { type: 'TRANSFER', to: stranger.partyId }));
  expect(stale.result.ok).toBe(false);
  // The copy refuses the importer (not the holder there): the read lets it act.
  const refusedByCopy = await commandsOf(() => here.act(importer, number, { type: 'TRANSFER', to: stranger.partyId }));
  expect(refusedByCopy.commands).toEqual(['find bills', 'findAndModify bills']);
  expect(refusedByCopy.result.ok && refusedByCopy.result.value).toMatchObject({ version: 5 });
});

it('answers a caller who may not see the bill NOT_FOUND, as a read does, and writes nothing', async () => {
  const number = await draftedHere();
  const r = await here.act(stranger, number, { type: 'APPROVE' });
  expect(!r.ok && r.error[0]).toMatchObject({ code: 'NOT_FOUND', message: `bill '${number}' does not exist or is not yours to see` });
  expect(await stored(number)).toMatchObject({ state: 'DRAFT', version: 1 });
});

it('answers a refusal from the bill as stored, not from the copy', async () => {
  const number = await draftedHere();
  const fromCopy = await here.act(exporter, number, { type: 'ISSUE' });
  const fromRead = await elsewhere.act(exporter, number, { type: 'ISSUE' });
  expect(fromCopy.ok).toBe(false);
  expect(fromCopy).toEqual(fromRead);
  expect(await stored(number)).toMatchObject({ state: 'DRAFT', version: 1 });
});

it('refuses an expected version the copy is not at, as CONFLICT', async () => {
  const number = await draftedHere();
  const r = await here.act(exporter, number, { type: 'APPROVE' }, { expectedVersion: 5 });
  expect(!r.ok && r.error[0].code).toBe('CONFLICT');
  expect(await stored(number)).toMatchObject({ state: 'DRAFT', version: 1 });
});

it('lets exactly one of two racing actions on the same copy win; the other gets CONFLICT', async () => {
  const number = await draftedHere();
  expect((await here.act(exporter, number, { type: 'APPROVE' })).ok).toBe(true);
  expect((await here.act(forwarder, number, { type: 'ISSUE' })).ok).toBe(true);
  const results = await Promise.all([
    here.act(exporter, number, { type: 'TRANSFER', to: importer.partyId }, { expectedVersion: 3 }),
    here.act(exporter, number, { type: 'TRANSFER', to: stranger.partyId }, { expectedVersion: 3 }),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: [{ code: 'CONFLICT' }] });
  expect(await stored(number)).toMatchObject({ version: 4 });
});

it('answers CONFLICT to the loser of a race without an expected version, as after a read before the winner wrote', async () => {
  const number = await draftedHere();
  expect((await here.act(exporter, number, { type: 'APPROVE' })).ok).toBe(true);
  expect((await here.act(forwarder, number, { type: 'ISSUE' })).ok).toBe(true);
  const results = await Promise.all([
    here.act(exporter, number, { type: 'TRANSFER', to: importer.partyId }),
    here.act(exporter, number, { type: 'TRANSFER', to: importer.partyId }),
  ]);
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: [{ code: 'CONFLICT' }] });
  // A party that may not see the bill is still told NOT_FOUND when it races a holder's action.
  const withStranger = await Promise.all([here.act(importer, number, { type: 'TRANSFER', to: exporter.partyId }), here.act(stranger, number, { type: 'SURRENDER_FOR_DELIVERY' })]);
  expect(withStranger.map((r) => (r.ok ? 'OK' : r.error[0].code))).toEqual(['OK', 'NOT_FOUND']);
});

it('acts on the copy inside a caller transaction too, and remembers the bill as written only once that transaction commits', async () => {
  const number = await draftedHere();
  expect((await here.act(exporter, number, { type: 'APPROVE' })).ok).toBe(true);
  expect((await here.act(forwarder, number, { type: 'ISSUE' })).ok).toBe(true);
  const bank = await world.as('CQ-BANK');
  // Aborted: what the transaction wrote is not the bill, so the copy that stays is not used (a read comes first).
  const aborted = await commandsOf(() =>
    inTransaction(monitored, async (session) => {
      const pledged = await here.act(exporter, number, { type: 'PLEDGE', bank: bank.partyId }, { session });
      return pledged.ok ? fail([{ code: 'BUSINESS_RULE', message: 'called off' }]) : pledged;
    }),
  );
  expect(aborted.commands).toEqual(['findAndModify bills']);
  expect(await stored(number)).toMatchObject({ state: 'ISSUED', version: 3 });
  const afterAbort = await commandsOf(() => here.act(exporter, number, { type: 'TRANSFER', to: importer.partyId }));
  expect(afterAbort.commands).toEqual(['find bills', 'findAndModify bills']);
  // Committed: the next action starts from the bill as the transaction wrote it.
  const committed = await commandsOf(() => inTransaction(monitored, (session) => here.act(importer, number, { type: 'TRANSFER', to: exporter.partyId }, { session })));
  expect(committed.commands).toEqual(['findAndModify bills']);
  const next = await commandsOf(() => here.act(exporter, number, { type: 'SURRENDER_FOR_DELIVERY' }));
  expect(next.commands).toEqual(['findAndModify bills']);
  expect(next.result.ok && next.result.value).toMatchObject({ version: 6 });
  const verified = await elsewhere.verify(exporter, number);
  expect(verified.ok && verified.value).toEqual({ ok: true, entries: 4 });
});

it('does not read a named party the caller already holds, and checks its roles all the same', async () => {
  const number = await draftedHere();
  expect((await here.act(exporter, number, { type: 'APPROVE' })).ok).toBe(true);
  expect((await here.act(forwarder, number, { type: 'ISSUE' })).ok).toBe(true);
  const bank = await world.as('CQ-BANK');
  // A known party that is not a bank is refused as when read.
  partyReads.length = 0;
  const notBank = await here.act(exporter, number, { type: 'PLEDGE', bank: importer.partyId }, { knownParties: [importer.party] });
  expect(partyReads).toEqual([]);
  expect(notBank).toEqual(await elsewhere.act(exporter, number, { type: 'PLEDGE', bank: importer.partyId }));
  expect(!notBank.ok && notBank.error[0]).toMatchObject({ rule: 'bank-party' });
  // A known party other than the one named is no answer: the named one is read.
  const other = await here.act(exporter, number, { type: 'PLEDGE', bank: bank.partyId }, { knownParties: [importer.party] });
  expect(partyReads).toEqual(['find parties']);
  expect(other.ok).toBe(true);
  partyReads.length = 0;
  const released = await here.act(bank, number, { type: 'RELEASE_PLEDGE' });
  expect(released.ok).toBe(true);
  const pledged = await here.act(exporter, number, { type: 'PLEDGE', bank: bank.partyId }, { knownParties: [bank.party] });
  expect(partyReads).toEqual([]);
  expect(pledged.ok && pledged.value).toMatchObject({ version: 6 });
});
