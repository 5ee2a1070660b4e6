/**
 * The world a scenario run acts in: a database of its own (so a run never touches the demo data),
 * its documents numbered by order (run-numbering.ts: the report stays the same to the byte however
 * the run is split among workers), the area services wired exactly as the app wires them but on
 * the run's simulated clock, the customs administration and exchange rates the scenario sets, and
 * every party as a caller.
 */
import dayjs from 'dayjs';
import type { Connection } from 'mongoose';
import { BillService } from '../../bills/bill.service';
import { type CustomsSettings, DEFAULT_CUSTOMS_SETTINGS, assertExchangeRates } from '../../customs/customs-settings';
import { DeclarationService } from '../../customs/declaration.service';
import { ExportRefundService } from '../../customs/export-refund.service';
import { CreditPolicyService } from '../../financing/credit-policy.service';
import { FinancingService } from '../../financing/financing.service';
import { InvoiceService } from '../../financing/invoice.service';
import { DEFAULT_RATE_TABLE, type RateTable, assertRateTable } from '../../financing/rules';
import { Outbox } from '../../lifecycle/outbox';
import { OrderService } from '../../orders/order.service';
import { type Caller, callerOf } from '../../parties/caller';
import { seedDemoParties } from '../../parties/demo-seed';
import { PartyService } from '../../parties/party.service';
import { PartyDirectory, SOLE_WRITER } from '../../parties/party-directory';
import { TokenService } from '../../parties/token.service';
import { ShipmentService } from '../../shipments/shipment.service';
import { TrackingService } from '../../tracking/tracking.service';
import type { Scenario } from '../scenario';
import type { RunNumbering } from './run-numbering';
import type { SimulatedClock } from './simulation';

export type RunServices = Awaited<ReturnType<typeof wireServices>>;

export interface RunWorld {
  connection: Connection;
  services: RunServices;
  customs: CustomsSettings;
  fxTable: RateTable;
  /** The party with this code as a caller; throws for a code the run does not know (the loader checked them). */
  as(code: string): Caller;
  /** Removes the run's database, and forgets it on the base connection. */
  drop(): Promise<void>;
}

/** The customs administration of the scenario: its seed, random rates, late-fee rounding and rates. */
export function customsSettingsOf(scenario: Scenario, seed: number): CustomsSettings {
  const given = scenario.customs ?? {};
  const exchangeRates = { ...DEFAULT_CUSTOMS_SETTINGS.exchangeRates, ...given.exchangeRates };
  assertExchangeRates(exchangeRates);
  return {
    ...DEFAULT_CUSTOMS_SETTINGS,
    seed,
    exchangeRates,
    riskProfile: given.minimumRates ? { ...DEFAULT_CUSTOMS_SETTINGS.riskProfile, minimumRates: given.minimumRates } : DEFAULT_CUSTOMS_SETTINGS.riskProfile,
    lateFee: given.lateFeeRounding ? { ...DEFAULT_CUSTOMS_SETTINGS.lateFee, rounding: given.lateFeeRounding } : DEFAULT_CUSTOMS_SETTINGS.lateFee,
  };
}

/**
 * The market rates the bank uses: the indicative table, then the scenario's rates and the FX
 * moves on its timeline, each valid from its day (rates on the clock, so a move changes only
 * conversions made after it).
 */
export function fxTableOf(scenario: Scenario): RateTable {
  const at = (day = 0) => dayjs.utc(scenario.start).add(day, 'day').toISOString();
  const moves = (scenario.incidents ?? []).flatMap((i) => (i.type === 'fxMove' ? [{ base: i.base, quote: i.quote, rate: i.rate, from: at(i.day) }] : []));
  const table = [...DEFAULT_RATE_TABLE, ...(scenario.fx ?? []).map((r) => ({ base: r.base, quote: r.quote, rate: r.rate, from: at(r.day) })), ...moves];
  assertRateTable(table);
  return table;
}

async function wireServices(connection: Connection, clock: SimulatedClock, customs: CustomsSettings, fxTable: RateTable) {
  // The run waits for each effect inside the request that caused it: no background dispatcher.
  const outbox = new Outbox(connection, clock);
  const parties = new PartyService(connection, clock);
  // The run's database is its own and its parties are all written at set-up (openRunWorld),
  // before the first lookup: a party once read stays as read.
  const orders = new OrderService(connection, clock, outbox, new PartyDirectory(parties.model, SOLE_WRITER));
  const shipments = new ShipmentService(connection, clock, orders);
  const tracking = new TrackingService(connection, clock, orders, shipments);
  // The run's database is its own (dropped at its start and end): no other process writes a key.
  const bills = new BillService(connection, clock, outbox, orders, shipments, { soleWriter: true });
  const declarations = new DeclarationService(connection, clock, outbox, orders, shipments, customs);
  const exportRefunds = new ExportRefundService(connection, clock, outbox, declarations, customs);
  const invoices = new InvoiceService(connection, clock, orders);
  const policies = new CreditPolicyService(connection, clock, orders, fxTable);
  const financings = new FinancingService(connection, clock, outbox, { orders, bills, declarations, invoices, policies, fxTable });
  const tokens = new TokenService(connection, clock);
  const models = [parties, tokens, outbox, orders, shipments, bills, bills.keys, declarations, exportRefunds, invoices, policies, financings].map((s) => s.model);
  await Promise.all(models.map((model) => model.init()));
  return { parties, tokens, outbox, orders, shipments, tracking, bills, declarations, exportRefunds, invoices, policies, financings };
}

export async function openRunWorld(base: Connection, dbName: string, scenario: Scenario, seed: number, clock: SimulatedClock, numbering: RunNumbering): Promise<RunWorld> {
  const connection = base.useDb(dbName, { useCache: false });
  numbering.attach(connection);
  // A database left by an interrupted run of the same id would change the numbers: start empty.
  await connection.dropDatabase();
  const customs = customsSettingsOf(scenario, seed);
  const fxTable = fxTableOf(scenario);
  const services = await wireServices(connection, clock, customs, fxTable);
  await seedDemoParties(services.parties, services.tokens);
  for (const party of scenario.parties ?? []) {
    const created = await services.parties.create(party, false);
    if (!created.ok) throw new Error(`scenario party ${party.code}: ${created.error.map((e) => e.message).join('; ')}`);
  }
  const callers = new Map((await services.parties.model.find({}).lean()).map((p) => [p.code, callerOf(p)]));
  return {
    connection,
    services,
    customs,
    fxTable,
    as: (code) => {
      const caller = callers.get(code);
      if (!caller) throw new Error(`the run has no party ${code}`);
      return caller;
    },
    drop: async () => {
      await connection.dropDatabase();
      // The base connection lists every database it opened with useDb: a run in rounds opens one a round.
      // (removeDb is documented API that mongoose's type declarations leave out.)
      (base as Connection & { removeDb(name: string): Connection }).removeDb(dbName);
    },
  };
}
