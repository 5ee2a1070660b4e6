/**
 * Bills and financing check the parties an action names through the party directory orders keep
 * (issue 18): a party changed through another connection (another server process) must be seen
 * by the very next bill or financing step once this process's change stream has the change, as
 * the directory's own test shows for orders (test/parties/party-directory.test.ts). And where a
 * rule needs an order's state, the application reads it as stored, though a copy serves its terms.
 */
import mongoose, { type Connection } from 'mongoose';
import pino from 'pino';
import { orderModel } from '../../server/models/order.model';
import { partyModel } from '../../server/models/party.model';
import { CALLER_CACHE_DEFAULTS, CallerCache } from '../../server/parties/caller-cache';
import type { Caller } from '../../server/parties/caller';
import type { Role } from '../../server/models/roles';
import { testMongoUri } from '../support/database';
import { type FinancingWorld, financingWorld, invoiceFor, shippedGoods } from './financing-fixtures';
import { must } from '../support/customs';
import { until } from '../support/until';

let fw: FinancingWorld;
let cache: CallerCache;
/** Another server process's connection to the same database. */
let other: Connection;

/** Gives `party` these roles through the other connection and waits until this process has the change. */
async function rolesElsewhere(party: Caller, roles: Role[]): Promise<void> {
  const before = cache.ticket();
  await partyModel(other).updateOne({ _id: party.party._id }, { $set: { roles } });
  await until('the change reaches this process', () => cache.ticket() !== before);
}

const rulesOf = (r: { ok: boolean; error?: { rule?: string }[] }) => (r.ok ? [] : (r.error ?? []).map((e) => e.rule));

beforeAll(async () => {
  fw = await financingWorld(__filename, {
    partyChanges: (world) => {
      cache = new CallerCache({ uri: testMongoUri(), dbName: world.connection.name }, { tokens: 'api_tokens', parties: 'parties' }, pino({ level: 'silent' }), { ...CALLER_CACHE_DEFAULTS, maxAwaitMs: 200 });
      return cache;
    },
  });
  cache.start();
  await until('the caller cache serves', () => cache.live);
  other = await mongoose.createConnection(testMongoUri(), { dbName: fw.world.connection.name }).asPromise();
});

afterAll(async () => {
  await cache.stop();
  await other.close();
  await fw.world.close();
});

it('a financing application sees a bank that stopped being one, and again once it is one', async () => {
  const { order, bill } = await shippedGoods(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  const input = { kind: 'billPledge' as const, bank: fw.bank.partyId, bill: bill.number, invoice: 'NO-SUCH-INVOICE' };
  const looked = jest.spyOn(fw.orders.parties, 'inRole');
  // Refused for the invoice alone: the bank is checked, and now kept.
  expect(rulesOf(await fw.financing.apply(fw.exporter, input))).toEqual(['known-invoice']);
  expect(looked).toHaveBeenCalledWith(fw.bank.partyId, 'bank', ['input', 'bank']);

  await rolesElsewhere(fw.bank, ['insurer']);
  expect(rulesOf(await fw.financing.apply(fw.exporter, input))).toEqual(['bank-party', 'known-invoice']);

  await rolesElsewhere(fw.bank, ['bank']);
  expect((await fw.financing.apply(fw.exporter, { ...input, invoice: invoice.number })).ok).toBe(true);
  looked.mockRestore();
});

it('a bill endorsement sees an endorsee that can no longer hold a bill, and again once it can', async () => {
  const { bill } = await shippedGoods(fw);
  const looked = jest.spyOn(fw.orders.parties, 'byId');
  await rolesElsewhere(fw.buyer, ['carrier']);
  expect(rulesOf(await fw.bills.act(fw.exporter, bill.number, { type: 'ENDORSE', to: fw.buyer.partyId }))).toEqual(['holder-party']);
  expect(looked).toHaveBeenCalledWith(fw.buyer.partyId);

  await rolesElsewhere(fw.buyer, ['importer']);
  expect((await fw.bills.act(fw.exporter, bill.number, { type: 'ENDORSE', to: fw.buyer.partyId })).ok).toBe(true);
  looked.mockRestore();
});

it('a pre-shipment loan behind a bill checks the order as stored, not a copy another process overtook', async () => {
  const { order, bill } = await shippedGoods(fw);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(order)), 'invoice');
  expect(fw.orders.recentCopy(order._id)?.state).toBe(order.state);
  // Another process moved the order on (its goods left) after this process last wrote it.
  await orderModel(other).updateOne({ _id: order._id }, { $set: { state: 'inTransit' }, $inc: { version: 1 } });
  const applied = await fw.financing.apply(fw.exporter, { kind: 'preShipment', bank: fw.bank.partyId, bill: bill.number, invoice: invoice.number });
  expect(rulesOf(applied)).toEqual(['order-before-shipment']);
});
