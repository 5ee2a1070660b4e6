/**
 * A plain decision or a submission on a declaration this process wrote last needs no read of it
 * (issue 18); when the copy is not the declaration as stored, or the caller may not see it, the
 * answer is exactly the one a read gives. Two DeclarationService instances on one database stand
 * for two server processes.
 */
import { type Connection } from 'mongoose';
import { DeclarationService } from '../../server/customs/declaration.service';
import type { OrderRecord } from '../../server/models/order.model';
import type { ShipmentRecord } from '../../server/models/shipment.model';
import type { OrderService } from '../../server/orders/order.service';
import type { Caller } from '../../server/parties/caller';
import { containerCheckDigit } from '../../server/reference';
import type { ShipmentService } from '../../server/shipments/shipment.service';
import { exportDeclarationFor, must } from '../support/customs';
import { monitoredConnection } from '../support/database';
import { type World, areaServices, motorcyclePartsOrder, openWorld } from '../support/world';

let world: World;
let monitored: Connection;
/** This process: its commands on declarations are recorded. */
let here: DeclarationService;
/** Another process on the same database. */
let elsewhere: DeclarationService;
let orders: OrderService;
let shipments: ShipmentService;
let exporter: Caller;
let importer: Caller;
let forwarder: Caller;
let customs: Caller;
let stranger: Caller;
let containerSerial = 500000;
const commands: string[] = [];

beforeAll(async () => {
  world = await openWorld(__filename);
  ({ orders, shipments, declarations: elsewhere } = await areaServices(world));
  monitored = await monitoredConnection(world.connection.name, ({ name, collection }) => {
    if (collection === 'declarations') commands.push(`${name} ${collection}`);
  });
  here = new DeclarationService(monitored, world.clock, world.outbox, orders, shipments);
  await here.model.init();
  [exporter, importer, forwarder, customs, stranger] = await Promise.all(['CQ-MOTO', 'SG-LION', 'CQ-LANDSEA', 'CQ-CUSTOMS', 'DE-RHEIN'].map((c) => world.as(c)));
});
afterAll(async () => {
  await monitored.close();
  await world.close();
});

async function bookedExport(): Promise<{ order: OrderRecord; shipment: ShipmentRecord }> {
  const created = must(await orders.create(exporter, motorcyclePartsOrder(importer.partyId)), 'order');
  const orderId = String(created._id);
  must(await orders.confirm(exporter, orderId), 'confirm');
  const options = must(await shipments.routeOptions(exporter, { orderId, teu: 1 }), 'options');
  const prefix = `TEMU${containerSerial++}`;
  const shipment = must(await shipments.book(exporter, { orderId, optionId: options[0].id, forwarderId: forwarder.partyId, containers: [{ number: `${prefix}${containerCheckDigit(prefix)}`, type: '22G1' }] }), 'book');
  return { order: (await orders.model.findById(orderId).lean())!, shipment };
}

/** A declaration filed through this process. */
async function filedHere(): Promise<string> {
  const { order, shipment } = await bookedExport();
  return must(await here.file(exporter, exportDeclarationFor(order, shipment)), 'file').number;
}

async function commandsOf<T>(act: () => Promise<T>): Promise<{ commands: string[]; result: T }> {
  commands.length = 0;
  const result = await act();
  return { commands: [...commands], result };
}

const stored = (number: string) => elsewhere.model.findOne({ number }).lean();

it('submits and accepts a declaration this process wrote last without reading it', async () => {
  const number = await filedHere();
  const submit = await commandsOf(() => here.submit(exporter, number));
  const accept = await commandsOf(() => here.act(customs, number, { type: 'ACCEPT' }));
  expect([submit, accept].map((c) => c.commands)).toEqual([['findAndModify declarations'], ['findAndModify declarations']]);
  expect(accept.result.ok && accept.result.value).toMatchObject({ state: 'accepted', version: 3 });
  const { shipmentNumber, billNumber, charges, parties } = (await stored(number))!;
  expect(submit.result.ok && submit.result.value).toMatchObject({ state: 'submitted', shipmentNumber, billNumber, charges, parties });
  expect(shipmentNumber).toMatch(/./);
  expect(await stored(number)).toMatchObject({ state: 'accepted', version: 3 });
});

it('answers from the declaration as read when another process changed it since', async () => {
  const number = await filedHere();
  must(await here.submit(exporter, number), 'submit');
  must(await elsewhere.act(customs, number, { type: 'ACCEPT' }), 'accept elsewhere');
  const stale = await commandsOf(() => here.act(customs, number, { type: 'ACCEPT' }));
  expect(stale.commands).toEqual(['findAndModify declarations', 'find declarations']);
  expect(stale.result).toEqual(await elsewhere.act(customs, number, { type: 'ACCEPT' }));
  expect(stale.result.ok).toBe(false);
  expect(await stored(number)).toMatchObject({ state: 'accepted', version: 3 });
});

it('answers NOT_FOUND, FORBIDDEN and CONFLICT on a copy as a read does, and writes nothing', async () => {
  const number = await filedHere();
  for (const [caller, code] of [[stranger, 'NOT_FOUND'], [importer, 'FORBIDDEN'], [forwarder, 'FORBIDDEN']] as const) {
    const r = await here.submit(caller, number);
    expect(r).toEqual(await elsewhere.submit(caller, number));
    expect(!r.ok && r.error[0].code).toBe(code);
  }
  const wrongVersion = await here.submit(exporter, number, 7);
  expect(!wrongVersion.ok && wrongVersion.error[0].code).toBe('CONFLICT');
  expect(await stored(number)).toMatchObject({ state: 'draft', version: 1 });
});
