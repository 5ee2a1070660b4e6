/**
 * A small world for service tests: a database of the test file's own, the clock, the outbox,
 * and the demo parties as callers.
 */
import type { Connection } from 'mongoose';
import type { Clock } from '../../server/clock';
import type { CreateOrderInput } from '../../server/orders/order.validation';
import { BillService } from '../../server/bills/bill.service';
import { type CustomsSettings, DEFAULT_CUSTOMS_SETTINGS } from '../../server/customs/customs-settings';
import { DeclarationService } from '../../server/customs/declaration.service';
import { ExportRefundService } from '../../server/customs/export-refund.service';
import { CreditPolicyService } from '../../server/financing/credit-policy.service';
import { FinancingService } from '../../server/financing/financing.service';
import { InvoiceService } from '../../server/financing/invoice.service';
import { Outbox } from '../../server/lifecycle/outbox';
import { partyModel } from '../../server/models/party.model';
import { OrderService } from '../../server/orders/order.service';
import { type Caller, callerOf } from '../../server/parties/caller';
import { DEMO_PARTIES } from '../../server/parties/demo-parties';
import { seedDemoParties } from '../../server/parties/demo-seed';
import { PartyService } from '../../server/parties/party.service';
import { type PartyChanges, PartyDirectory } from '../../server/parties/party-directory';
import { TokenService } from '../../server/parties/token.service';
import { ShipmentService } from '../../server/shipments/shipment.service';
import { TrackingService } from '../../server/tracking/tracking.service';
import { connectMongoose } from './database';

/** A clock the test moves forward by hand. */
export interface TestClock extends Clock {
  set(at: Date | string): void;
}

export function testClock(start: Date): TestClock {
  let millis = start.getTime();
  return {
    now: () => new Date(millis),
    set: (at) => {
      millis = new Date(at).getTime();
    },
  };
}

export interface World {
  connection: Connection;
  clock: TestClock;
  outbox: Outbox;
  parties: PartyService;
  /** the demo party with this code, as a caller */
  as(code: string): Promise<Caller>;
  close(): Promise<void>;
}

export async function openWorld(tag: string, now = new Date('2026-03-02T08:00:00Z')): Promise<World> {
  const connection = await connectMongoose(tag);
  const clock = testClock(now);
  const parties = new PartyService(connection, clock);
  await seedDemoParties(parties, new TokenService(connection, clock));
  return {
    connection,
    clock,
    outbox: new Outbox(connection, clock),
    parties,
    as: async (code) => {
      if (!DEMO_PARTIES.some((p) => p.code === code)) throw new Error(`no demo party ${code}`);
      return callerOf((await parties.byCode(code))!);
    },
    close: async () => {
      await connection.dropDatabase();
      await connection.close();
    },
  };
}

/** The area services wired as the app wires them, on the world's database, indexes ready. */
/** `partyChanges`: what vouches for the parties the services keep (party-directory.ts); null reads every time. */
export async function areaServices(world: World, customs: CustomsSettings = DEFAULT_CUSTOMS_SETTINGS, partyChanges: PartyChanges | null = null) {
  const orders = new OrderService(world.connection, world.clock, world.outbox, new PartyDirectory(partyModel(world.connection), partyChanges));
  const shipments = new ShipmentService(world.connection, world.clock, orders);
  const tracking = new TrackingService(world.connection, world.clock, orders, shipments);
  const bills = new BillService(world.connection, world.clock, world.outbox, orders, shipments);
  const declarations = new DeclarationService(world.connection, world.clock, world.outbox, orders, shipments, customs);
  const exportRefunds = new ExportRefundService(world.connection, world.clock, world.outbox, declarations, customs);
  const invoices = new InvoiceService(world.connection, world.clock, orders);
  const policies = new CreditPolicyService(world.connection, world.clock, orders);
  const financings = new FinancingService(world.connection, world.clock, world.outbox, { orders, bills, declarations, invoices, policies });
  const models = [orders, shipments, bills, bills.keys, declarations, exportRefunds, invoices, policies, financings].map((s) => s.model);
  await Promise.all(models.map((model) => model.init()));
  return { orders, shipments, tracking, bills, declarations, exportRefunds, invoices, policies, financings };
}

/** A valid export order of motorcycle parts, Chongqing FCA to Singapore, for service-level tests. */
export function motorcyclePartsOrder(buyerId: string, overrides: Partial<CreateOrderInput> = {}): CreateOrderInput {
  return {
    buyerId,
    currency: 'USD',
    lines: [{ hsCode: '871410', description: 'Motorcycle parts', quantity: '500', unit: 'H87', unitPrice: '40', grossWeightKg: '9000' }],
    incoterm: 'FCA',
    incotermPlace: 'CNCKG',
    origin: 'CNCKG',
    destination: 'SGSIN',
    tradeMode: '0110',
    readyDate: '2026-03-02',
    ...overrides,
  };
}
