/**
 * An order's terms of sale are served from the copy this process remembers, even a copy another
 * process has since overtaken (issue 18): they are never written after creation, so the copy
 * carries them exactly as a read of the stored order finds them. Two OrderService instances on
 * one database stand for two processes.
 */
import mongoose, { type Connection } from 'mongoose';
import { Outbox } from '../../server/lifecycle/outbox';
import { ORDER_TERMS_FIELDS, type OrderTerms } from '../../server/models/order.model';
import { OrderService } from '../../server/orders/order.service';
import type { Caller } from '../../server/parties/caller';
import { monitoredConnection } from '../support/database';
import { type World, areaServices, motorcyclePartsOrder, openWorld } from '../support/world';

let world: World;
let monitored: Connection;
/** This process: its order reads are counted. */
let here: OrderService;
/** Another process on the same database. */
let elsewhere: OrderService;
let exporter: Caller;
let importer: Caller;
const orderReads: string[] = [];

beforeAll(async () => {
  world = await openWorld(__filename);
  ({ orders: elsewhere } = await areaServices(world));
  monitored = await monitoredConnection(world.connection.name, ({ name, collection }) => {
    if (name === 'find' && collection === 'orders') orderReads.push('find orders');
  });
  here = new OrderService(monitored, world.clock, new Outbox(monitored, world.clock));
  [exporter, importer] = await Promise.all(['CQ-MOTO', 'SG-LION'].map((c) => world.as(c)));
});
afterAll(async () => {
  await monitored.close();
  await world.close();
});

/** The terms as JSON, field by field, so a copy and a projected read compare by value. */
const termsOf = (order: OrderTerms) => JSON.stringify(Object.fromEntries(['_id', ...ORDER_TERMS_FIELDS].map((f) => [f, order[f as keyof OrderTerms]])));

it('serves the terms of an order this process wrote from its copy, after another process moved the order, as stored', async () => {
  const created = await here.create(exporter, motorcyclePartsOrder(importer.partyId));
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const moved = await elsewhere.confirm(exporter, String(created.value._id));
  expect(moved.ok && moved.value.version).toBeGreaterThan(created.value.version);

  orderReads.length = 0;
  const kept = (await here.termsOfSale(created.value._id))!;
  expect(orderReads).toEqual([]);
  const stored = (await elsewhere.model.findById(created.value._id).lean())!;
  expect(termsOf(kept)).toBe(termsOf(stored));
});

it('reads the terms of an order this process does not remember, and finds none of an unknown order', async () => {
  const created = await elsewhere.create(exporter, motorcyclePartsOrder(importer.partyId));
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  orderReads.length = 0;
  const read = (await here.termsOfSale(created.value._id))!;
  expect(orderReads).toEqual(['find orders']);
  expect(termsOf(read)).toBe(termsOf(created.value));
  expect(await here.termsOfSale(new mongoose.Types.ObjectId())).toBeNull();
});
