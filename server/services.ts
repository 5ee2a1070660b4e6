/**
 * The services container: every area service, built once per app and shared by all requests.
 * An area adds itself in three places here: a field in Services, its construction in
 * createServices, and its models in the list whose indexes are ensured before serving.
 */
import type { Logger } from 'pino';
import { BillService } from './bills/bill.service';
import type { Clock } from './clock';
import { type CustomsSettings, DEFAULT_CUSTOMS_SETTINGS } from './customs/customs-settings';
import { DeclarationService } from './customs/declaration.service';
import { ExportRefundService } from './customs/export-refund.service';
import { CreditPolicyService } from './financing/credit-policy.service';
import { FinancingService } from './financing/financing.service';
import { InvoiceService } from './financing/invoice.service';
import { HealthService } from './health/health.service';
import type { ServerRegistry } from './health/server-registry';
import { Outbox } from './lifecycle/outbox';
import type { RateTable } from './financing/rules';
import { type LiveLimits, DEFAULT_LIVE_LIMITS } from './live/live-connection';
import { LiveService } from './live/live.service';
import { OrderService } from './orders/order.service';
import { PartyService } from './parties/party.service';
import { apiTokenModel } from './models/api-token.model';
import { partyModel } from './models/party.model';
import { CallerCache } from './parties/caller-cache';
import { PartyDirectory } from './parties/party-directory';
import { TokenService } from './parties/token.service';
import { packageVersion } from './project';
import { ScenarioRunService } from './scenarios/scenario-run.service';
import { ShipmentService } from './shipments/shipment.service';
import type { Storage } from './storage/types';
import { TRACKING_CACHE_DEFAULTS, TrackingCache } from './tracking/tracking-cache';
import { TrackingService } from './tracking/tracking.service';
import { orderModel } from './models/order.model';
import { shipmentModel } from './models/shipment.model';

export interface Services {
  health: HealthService;
  parties: PartyService;
  tokens: TokenService;
  outbox: Outbox;
  orders: OrderService;
  shipments: ShipmentService;
  tracking: TrackingService;
  bills: BillService;
  declarations: DeclarationService;
  exportRefunds: ExportRefundService;
  invoices: InvoiceService;
  policies: CreditPolicyService;
  financings: FinancingService;
  scenarioRuns: ScenarioRunService;
  /** Subscriptions: the change feed, the sockets and their limits. */
  live: LiveService;
}

/** The collections whose changes can change who a token stands for. */
function callerCollections(connection: Storage['connection']): { tokens: string; parties: string } {
  return { tokens: apiTokenModel(connection).collection.collectionName, parties: partyModel(connection).collection.collectionName };
}

function trackingCache(storage: Storage, logger: Logger, maxEntries: number): TrackingCache | null {
  if (maxEntries === 0) return null;
  const { connection } = storage;
  const collections = { shipments: shipmentModel(connection).collection.collectionName, orders: orderModel(connection).collection.collectionName };
  return new TrackingCache(connection, { uri: storage.uri, dbName: connection.name }, collections, logger, { ...TRACKING_CACHE_DEFAULTS, maxEntries });
}

/** What index creation needs of a mongoose model. */
export interface IndexedModel {
  /** creates the collection and its indexes once per model (mongoose remembers it did) */
  init(): Promise<unknown>;
  /** creates the indexes again, e.g. in a database that lost them */
  createIndexes(): Promise<unknown>;
  collection: { collectionName: string };
}

/** How often queued effects are retried; effects of a request normally run before it answers. */
const OUTBOX_SWEEP_MS = 5_000;

export interface ServiceDependencies {
  storage: Storage;
  clock: Clock;
  logger: Logger;
  registry: ServerRegistry;
  /** the customs administration's tables and the seed its lane selection draws from */
  customs?: CustomsSettings;
  /** the market exchange rates the bank converts at (the indicative table when left out) */
  fxTable?: RateTable;
  /**
   * How often (real ms) queued effects are retried in the background; null for none: a classroom
   * exercise retries them as its own clock moves (classroom/time-driven.ts).
   */
  outboxSweepMs?: number | null;
  /** Limits of the WebSocket subscriptions (see live/live-connection.ts). */
  live?: LiveLimits;
  /** References `track` keeps in memory (tracking/tracking-cache.ts); 0 turns the cache off. */
  trackingCacheEntries?: number;
}

/**
 * Builds the services and waits until their collections' indexes exist: a unique index that is
 * still being built cannot yet refuse a duplicate, so requests must not race it.
 */
export async function createServices({ storage, clock, logger, registry, customs = DEFAULT_CUSTOMS_SETTINGS, fxTable, outboxSweepMs = OUTBOX_SWEEP_MS, live = DEFAULT_LIVE_LIMITS, trackingCacheEntries = TRACKING_CACHE_DEFAULTS.maxEntries }: ServiceDependencies): Promise<Services> {
  const { connection } = storage;
  const outbox = new Outbox(connection, clock, logger);
  const callers = new CallerCache({ uri: storage.uri, dbName: connection.name }, callerCollections(connection), logger);
  // Parties are kept under the caller cache's change streams: a changed party is read again
  // when the cached callers are dropped (parties/party-directory.ts).
  const orders = new OrderService(connection, clock, outbox, new PartyDirectory(partyModel(connection), callers));
  const shipments = new ShipmentService(connection, clock, orders);
  const declarations = new DeclarationService(connection, clock, outbox, orders, shipments, customs);
  const bills = new BillService(connection, clock, outbox, orders, shipments);
  const invoices = new InvoiceService(connection, clock, orders);
  const policies = new CreditPolicyService(connection, clock, orders, fxTable);
  const parts = {
    health: new HealthService({ version: packageVersion, storage, registry }),
    parties: new PartyService(connection, clock),
    tokens: new TokenService(connection, clock, callers),
    outbox,
    orders,
    shipments,
    tracking: new TrackingService(connection, clock, orders, shipments, trackingCache(storage, logger, trackingCacheEntries)),
    bills,
    declarations,
    exportRefunds: new ExportRefundService(connection, clock, outbox, declarations, customs),
    invoices,
    policies,
    financings: new FinancingService(connection, clock, outbox, { orders, bills, declarations, invoices, policies, fxTable }),
    scenarioRuns: new ScenarioRunService(connection, clock, logger),
  };
  const services: Services = { ...parts, live: new LiveService(connection, parts, clock, logger, live) };
  const models = indexedModels(services);
  await Promise.all(models.map((model) => model.init()));
  logger.debug({ collections: models.map((model) => model.collection.collectionName) }, 'indexes ensured');
  // Effects a crash left pending run now, once (see lifecycle/outbox.ts).
  const recovered = await outbox.recover();
  if (recovered.ran + recovered.failed > 0) logger.info(recovered, 'outbox effects recovered after restart');
  const interrupted = await services.scenarioRuns.failInterrupted();
  if (interrupted > 0) logger.warn({ runs: interrupted }, 'scenario runs interrupted by a restart marked failed');
  if (outboxSweepMs !== null) outbox.startDispatcher(outboxSweepMs);
  services.tokens.callers?.start();
  services.tracking.cache?.start();
  return services;
}

/**
 * Every model whose collection has indexes to ensure: at start (createServices) and again when
 * the database turns out to have lost them (health/database-incarnation.ts).
 */
export function indexedModels(services: Services): IndexedModel[] {
  return [
    services.parties.model,
    services.tokens.model,
    services.outbox.model,
    services.orders.model,
    services.shipments.model,
    services.shipments.reservations.model,
    services.bills.model,
    services.bills.keys.model,
    services.declarations.model,
    services.exportRefunds.model,
    services.invoices.model,
    services.policies.model,
    services.financings.model,
    services.scenarioRuns.model,
    services.scenarioRuns.events,
  ];
}
