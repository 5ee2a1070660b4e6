/**
 * Live updates for GraphQL subscriptions. Each subscription finds what it follows with the area
 * service's own lookup (so the caller must be able to read it), then filters every change with
 * the same visibility filter the queries use, tested against the changed document in memory: a
 * party never receives an event about a document its queries would not show it.
 */
import { Query } from 'mingo';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import { CHINESE_RECEIPTS, type DeclarationStateName } from '../../machines/declaration.machine';
import type { BillService } from '../bills/bill.service';
import type { ChainEntry } from '../bills/integrity';
import type { DeclarationService } from '../customs/declaration.service';
import type { FinancingService } from '../financing/financing.service';
import type { TokenService } from '../parties/token.service';
import type { ScenarioRunService } from '../scenarios/scenario-run.service';
import type { ShipmentService } from '../shipments/shipment.service';
import type { TrackingService } from '../tracking/tracking.service';
import type { Clock } from '../clock';
import { visibleDeclarations } from '../customs/declaration-access';
import { visibleFinancings } from '../financing/financing-core';
import type { HistoryEntry } from '../lifecycle/types';
import type { BillRecord } from '../models/bill.model';
import type { DeclarationRecord } from '../models/declaration.model';
import type { FinancingRecord } from '../models/financing.model';
import type { ScenarioRunRecord } from '../models/scenario-run.model';
import type { MilestoneRecord, ShipmentRecord } from '../models/shipment.model';
import type { Caller } from '../parties/caller';
import { visibleTo } from '../parties/visibility';
import { type Result, fail } from '../shared/result';
import { type TrackingView, trackingView } from '../tracking/tracking.view';
import { ChangeFeed, type FeedChange } from './change-feed';
import { appendedElement, appendedHistoryEntry, touched } from './change-entries';
import { LiveConnection, LiveConnections, type CloseSocket, type DeliveryCounts, type LiveLimits } from './live-connection';
import { openSubscription, type LiveRefusal, type Watch } from './open-subscription';
import { TokenWatch } from './token-watch';

export type { LiveRefusal };

/** CURRENT: the state when subscribed; MILESTONE: a milestone was recorded; REROUTED: the route (and so the ETA) changed. */
export type ShipmentEventKind = 'CURRENT' | 'MILESTONE' | 'REROUTED';

export interface ShipmentTrackedEvent {
  cursor: string;
  kind: ShipmentEventKind;
  milestone: MilestoneRecord | null;
  tracking: TrackingView;
}

export interface LifecycleLiveEvent<D> {
  cursor: string;
  entry: HistoryEntry;
  document: D;
}

export interface BillLiveEvent extends LifecycleLiveEvent<BillRecord> {
  /** The signed chain entry the action appended (null for actions before issue). */
  chainEntry: ChainEntry | null;
}

export interface DeclarationReceiptEvent extends LifecycleLiveEvent<DeclarationRecord> {
  /** The Chinese customs status (回执) of the state the declaration reached. */
  receipt: string;
}

export type FinancingLiveEvent = LifecycleLiveEvent<FinancingRecord>;

export interface ScenarioRunProgressEvent {
  cursor: string;
  run: ScenarioRunRecord;
}

/** The area services whose lookups and visibility the subscriptions reuse. */
export interface LiveSource {
  tokens: TokenService;
  tracking: TrackingService;
  shipments: ShipmentService;
  bills: BillService;
  declarations: DeclarationService;
  financings: FinancingService;
  scenarioRuns: ScenarioRunService;
}

type Live<E> = Promise<Result<AsyncIterableIterator<E>, LiveRefusal>>;

/** A filter the queries use, as a test of one document. */
function readableBy(filter: Record<string, unknown>): (doc: unknown) => boolean {
  if (Object.keys(filter).length === 0) return () => true;
  const query = new Query(filter);
  return (doc) => query.test(doc as Record<string, unknown>);
}

const notFound = (field: string, message: string): LiveRefusal => ({ code: 'NOT_FOUND', field, message });

/**
 * What a subscription's events depend on (see Watch.sharedAs): its field, how its access test was
 * chosen (`as-party`: the queries' visibility filter for the caller; `via-bill`: whoever may read
 * the bill may follow its shipment), and the caller's access class.
 */
const sharedAs = (field: string, access: 'as-party' | 'via-bill', connection: LiveConnection): string => `${field}\n${access}\n${connection.accessClass}`;

/** What this process's live updates hold and have done, for the health query and the bench. */
export interface LiveStats extends DeliveryCounts {
  sockets: number;
  subscriptions: number;
}

export class LiveService {
  readonly feed: ChangeFeed;
  readonly connections: LiveConnections;
  /** Counted by the GraphQL layer as it executes events and writes them to sockets. */
  readonly counts: DeliveryCounts = { executions: 0, eventsSent: 0 };
  private readonly tokens: TokenWatch;
  private readonly trackingViews = new WeakMap<FeedChange, TrackingView>();

  constructor(
    connection: Connection,
    private readonly services: LiveSource,
    private readonly clock: Clock,
    logger: Logger,
    limits: LiveLimits,
  ) {
    this.feed = new ChangeFeed(connection, logger);
    this.connections = new LiveConnections(limits);
    this.tokens = new TokenWatch(this.feed, services.tokens, this.connections);
  }

  /** The caller behind a token from connection_init, or the close code to answer with. */
  authenticate(token: string | undefined) {
    return this.tokens.authenticate(token);
  }

  connect(caller: Caller, tokenId: string, closeSocket: CloseSocket): LiveConnection {
    const connection = new LiveConnection(caller, tokenId, this.connections.limits, closeSocket);
    this.connections.add(connection);
    return connection;
  }

  disconnect(connection: LiveConnection): void {
    this.connections.remove(connection);
  }

  stats(): LiveStats {
    return { sockets: this.connections.sockets, subscriptions: this.connections.subscriptions, ...this.counts };
  }

  async shipmentTracked(connection: LiveConnection, reference: string, after: string | null): Live<ShipmentTrackedEvent> {
    const { caller } = connection;
    const shipment = await this.services.tracking.findShipment(caller, reference);
    if (!shipment) return fail(notFound('reference', `nothing to track under '${reference}' that you are party to`));
    // Followed through a bill the caller may read, the shipment need not name the caller.
    const viaBill = /^YDBL/i.test(reference.trim());
    const readable = viaBill ? () => true : readableBy(visibleTo(caller));
    // Every subscriber of the shipment gets the same view of a change: computed once per change.
    const views = this.trackingViews;
    return this.open<Omit<ShipmentTrackedEvent, 'cursor'>>(connection, after, {
      collection: this.services.shipments.model.collection.collectionName,
      documentId: String(shipment._id),
      sharedAs: sharedAs('shipmentTracked', viaBill ? 'via-bill' : 'as-party', connection),
      toEvent: (change) => {
        const doc = change.fullDocument as ShipmentRecord | null;
        if (change.operationType !== 'update' || !doc || !readable(doc)) return null;
        const milestone = touched(change, ['milestones']) ? appendedElement<MilestoneRecord>(change, 'milestones') : null;
        if (!milestone && !touched(change, ['legs', 'plannedEta'])) return null;
        let tracking = views.get(change);
        if (!tracking) views.set(change, (tracking = trackingView(doc, null, this.clock.now())));
        return { kind: milestone ? 'MILESTONE' : 'REROUTED', milestone, tracking };
      },
      current: async () => {
        const doc = await this.services.shipments.model.findById(shipment._id).lean();
        return doc && readable(doc) ? { kind: 'CURRENT', milestone: null, tracking: trackingView(doc, null, this.clock.now()) } : null;
      },
    });
  }

  async billEvents(connection: LiveConnection, bill: string, after: string | null): Live<BillLiveEvent> {
    const { caller } = connection;
    const found = await this.services.bills.find(caller, bill);
    if (!found) return fail(notFound('bill', `bill '${bill}' does not exist or is not yours to see`));
    const readable = readableBy(visibleTo(caller));
    return this.open(connection, after, {
      collection: this.services.bills.model.collection.collectionName,
      documentId: String(found._id),
      sharedAs: sharedAs('billEvents', 'as-party', connection),
      toEvent: (change) => {
        const lifecycle = this.lifecycleEvent<BillRecord>(change, readable);
        return lifecycle && { ...lifecycle, chainEntry: touched(change, ['chain']) ? appendedElement<ChainEntry>(change, 'chain') : null };
      },
      current: async () => {
        const doc = await this.services.bills.model.findById(found._id).lean();
        return doc && readable(doc) ? { entry: doc.history.at(-1)!, document: doc, chainEntry: doc.chain.at(-1) ?? null } : null;
      },
    });
  }

  async declarationReceipts(connection: LiveConnection, filter: { declaration?: string | null }, after: string | null): Live<DeclarationReceiptEvent> {
    const { caller } = connection;
    const one = filter.declaration ? await this.services.declarations.find(caller, filter.declaration) : null;
    if (filter.declaration && !one) return fail(notFound('filter.declaration', `declaration '${filter.declaration}' does not exist or is not yours to see`));
    const readable = readableBy(visibleDeclarations(caller));
    return this.open(connection, after, {
      collection: this.services.declarations.model.collection.collectionName,
      documentId: one ? String(one._id) : undefined,
      sharedAs: sharedAs('declarationReceipts', 'as-party', connection),
      toEvent: (change) => {
        const lifecycle = this.lifecycleEvent<DeclarationRecord>(change, readable);
        return lifecycle && { ...lifecycle, receipt: CHINESE_RECEIPTS[lifecycle.entry.to as DeclarationStateName] };
      },
      current: one
        ? async () => {
            const doc = await this.services.declarations.model.findById(one._id).lean();
            return doc && readable(doc) ? { entry: doc.history.at(-1)!, document: doc, receipt: CHINESE_RECEIPTS[doc.state as DeclarationStateName] } : null;
          }
        : undefined,
    });
  }

  async financingEvents(connection: LiveConnection, filter: { financing?: string | null }, after: string | null): Live<FinancingLiveEvent> {
    const { caller } = connection;
    const one = filter.financing ? await this.services.financings.find(caller, filter.financing) : null;
    if (filter.financing && !one) return fail(notFound('filter.financing', `financing '${filter.financing}' does not exist or is not yours to see`));
    const readable = readableBy(visibleFinancings(caller));
    return this.open(connection, after, {
      collection: this.services.financings.model.collection.collectionName,
      documentId: one ? String(one._id) : undefined,
      sharedAs: sharedAs('financingEvents', 'as-party', connection),
      toEvent: (change) => this.lifecycleEvent<FinancingRecord>(change, readable),
      current: one
        ? async () => {
            const doc = await this.services.financings.model.findById(one._id).lean();
            return doc && readable(doc) ? { entry: doc.history.at(-1)!, document: doc } : null;
          }
        : undefined,
    });
  }

  async scenarioRunProgress(connection: LiveConnection, run: string, after: string | null): Live<ScenarioRunProgressEvent> {
    // Whoever may read the run (trainers and auditors) may follow it; that does not change.
    const found = await this.services.scenarioRuns.find(connection.caller, run);
    if (!found) return fail(notFound('run', `scenario run '${run}' does not exist or is not yours to see`));
    return this.open(connection, after, {
      collection: this.services.scenarioRuns.model.collection.collectionName,
      documentId: String(found._id),
      sharedAs: sharedAs('scenarioRunProgress', 'as-party', connection),
      toEvent: (change) => {
        const doc = change.fullDocument as ScenarioRunRecord | null;
        return change.operationType === 'update' && doc && touched(change, ['progress', 'status']) ? { run: doc } : null;
      },
      current: async () => {
        const doc = await this.services.scenarioRuns.model.findById(found._id).lean();
        return doc ? { run: doc } : null;
      },
    });
  }

  /** Stops every stream; the sockets are closed by whoever owns them. */
  close(): void {
    this.feed.close();
  }

  private lifecycleEvent<D>(change: FeedChange, readable: (doc: unknown) => boolean): { entry: HistoryEntry; document: D } | null {
    const doc = change.fullDocument as D | null;
    if (!doc || !readable(doc)) return null;
    const entry = appendedHistoryEntry(change);
    return entry && { entry, document: doc };
  }

  private open<E>(connection: LiveConnection, after: string | null, watch: Watch<E>): Live<E & { cursor: string }> {
    return openSubscription(this.feed, this.connections, connection, watch, after);
  }
}
