/**
 * Tracking, the data chain: carriers and the forwarder record milestones per leg; `track` answers
 * by order, shipment or container number with the timeline, the current position, planned
 * against actual, the delay and the revised ETA. Departure of the first leg, arrival of the last
 * and delivery move the order along in the same transaction; a customs hold or an e-lock alarm
 * puts it on hold.
 */
import { isObjectIdText } from '../shared/ids';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { ClientSession, Connection } from 'mongoose';
import { Types } from 'mongoose';
import { type OrderEvent, orderMachine } from '../../machines/order.machine';
import type { Clock } from '../clock';
import type { Actor } from '../lifecycle/types';
import type { MilestoneRecord, ShipmentRecord } from '../models/shipment.model';
import type { OrderService } from '../orders/order.service';
import { type Caller, hasRole } from '../parties/caller';
import { exportClearanceRefusal } from '../customs/export-clearance';
import { billModel } from '../models/bill.model';
import type { OrderRecord } from '../models/order.model';
import { checkContainerNumber, checkLocode } from '../reference';
import { screamingCase } from '../shared/names';
import { visibleTo } from '../parties/visibility';
import { type Result, fail, ok } from '../shared/result';
import { inTransaction } from '../shared/transaction';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import type { ShipmentService } from '../shipments/shipment.service';
import { EXCEPTION_MILESTONES, MILESTONE_TYPES, type MilestoneType, milestoneLocation, milestoneRefusal } from './milestones';
import { type TrackingView, trackingView, viewDay } from './tracking.view';
import { ReadAccessTests, accessClass } from './read-access';
import { type TrackingCache, TrackedShipment } from './tracking-cache';
import { machineContext } from '../lifecycle/snapshot';
import { onCopyOrRead } from '../lifecycle/recent-copies';

dayjs.extend(utc);

export interface RecordMilestoneInput {
  shipment: string;
  legSeq: number;
  type: string;
  /** when it happened (ISO 8601); defaults to now on the clock */
  at?: string;
  location?: string;
  note?: string;
  expectedVersion?: number;
}

/**
 * Why the order's state forbids this milestone, or null. Cargo does not move on a held order
 * (customs or e-lock holds stop it; a commercial hold must be lifted first), nor on one that is
 * closed; exceptions may still be reported while the order is open.
 */
function orderStateRefusal(order: OrderRecord, type: MilestoneType): string | null {
  const state = screamingCase(order.state);
  if (['cancelled', 'completed'].includes(order.state)) return `order ${order.number} is ${state}: no milestone can be recorded`;
  if (order.state === 'onHold' && !EXCEPTION_MILESTONES.includes(type)) {
    const reason = machineContext(orderMachine, order).holdReason ?? 'no reason given';
    return `order ${order.number} is ON_HOLD (${reason}); the hold must be lifted before ${screamingCase(type)}`;
  }
  return null;
}

/** Shipments one reference may match and still be cached (a container reused many times is not). */
const MAX_TRACKED = 16;

/**
 * A `track` answer, and whether it came from an entry the tracking cache keeps: such an answer
 * stays current until the cache's generation moves (any change to shipments or orders), while a
 * database read may depend on more (a bill's holder decides who follows a bill's number).
 */
export interface TrackAnswer {
  result: Result<TrackingView, UserError[]>;
  fromMemory: boolean;
}

/**
 * Under what a kept answer for a caller may be shared: the caller's access class and the day the
 * views are computed for (scope), and the tracking cache's generation (ticket). An answer made
 * under one scope and ticket is current while both are unchanged.
 */
export interface TrackAnswerScope {
  scope: string;
  ticket: number;
}

/**
 * The key of the remembered copy a reference may name: a shipment's number or id. (An id may also
 * be an order's; no copy has it, so it is read.) Other references always read.
 */
function copyKey(reference: string): string | null {
  const ref = reference.trim();
  if (isObjectIdText(ref)) return String(new Types.ObjectId(ref));
  const upper = ref.toUpperCase();
  return /^SHP-/.test(upper) ? upper : null;
}

type ReferenceQuery = { bill: string } | { key: string; filter: Record<string, unknown> };

/** What a reference names: a bill's number, or the shipments filter and the cache key for it. */
function referenceQuery(reference: string): ReferenceQuery | null {
  const ref = reference.trim();
  if (isObjectIdText(ref)) {
    const id = new Types.ObjectId(ref);
    return { key: `id:${String(id)}`, filter: { $or: [{ _id: id }, { orderId: id }] } };
  }
  const upper = ref.toUpperCase();
  if (/^YDBL/.test(upper)) return { bill: upper };
  if (/^SHP-/.test(upper)) return { key: `shipment:${upper}`, filter: { number: upper } };
  if (/^ORD-/.test(upper)) return { key: `order:${upper}`, filter: { orderNumber: upper } };
  const container = checkContainerNumber(ref);
  return container.ok ? { key: `container:${container.value.number}`, filter: { 'containers.number': container.value.number } } : null;
}

export class TrackingService {
  private readonly access = new ReadAccessTests();

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly orders: OrderService,
    private readonly shipments: ShipmentService,
    /** answers `track` from memory while its change streams are live (none: always the database) */
    readonly cache: TrackingCache | null = null,
  ) {}

  /** A shipment by number or id, an order number or id, a container number, or a bill's number. */
  async findShipment(caller: Caller, reference: string): Promise<ShipmentRecord | null> {
    const query = referenceQuery(reference);
    if (!query) return null;
    if ('bill' in query) {
      // Whoever may read a bill (its holder, a pledgee bank) follows its cargo, even when it is
      // no party to the shipment: the bill is the title to those goods.
      const bill = await billModel(this.connection).findOne({ number: query.bill, ...visibleTo(caller) }, { shipmentId: 1 }).lean();
      return bill ? this.shipments.model.findById(bill.shipmentId).lean() : null;
    }
    return this.shipments.find(caller, query.filter);
  }

  async track(caller: Caller, reference: string): Promise<Result<TrackingView, UserError[]>> {
    return (await this.answer(caller, reference)).result;
  }

  /** track(), and whether the answer came from the tracking cache's entries. */
  async answer(caller: Caller, reference: string): Promise<TrackAnswer> {
    const cached = await this.trackFromCache(caller, reference);
    const view = cached === undefined ? await this.trackFromDatabase(caller, reference) : cached.view;
    const result = view ? ok(view) : fail([notFound(`nothing to track under '${reference}' that you are party to`)]);
    return { result, fromMemory: cached !== undefined && cached.kept };
  }

  /**
   * A `track` is about to be answered for `caller`: the scope and ticket a kept answer belongs
   * to, or null while the tracking cache cannot vouch for answers (off, or its streams not live).
   */
  answerScope(caller: Caller): TrackAnswerScope | null {
    const cache = this.cache;
    if (!cache) return null;
    // An answer served from a kept response is a track too: it keeps the streams open.
    cache.noteTrack();
    const ticket = cache.ticket();
    return ticket === null ? null : { scope: `${accessClass(caller)}@${viewDay(this.clock.now())}`, ticket };
  }

  /** Whether answers made under `scope` are still current for `caller`. */
  stillCurrent(caller: Caller, scope: TrackAnswerScope): boolean {
    const now = this.cache ? this.cache.ticket() : null;
    return now === scope.ticket && `${accessClass(caller)}@${viewDay(this.clock.now())}` === scope.scope;
  }

  private async trackFromDatabase(caller: Caller, reference: string): Promise<TrackingView | null> {
    const shipment = await this.findShipment(caller, reference);
    if (!shipment) return null;
    const order = await this.orders.find(caller, String(shipment.orderId));
    return trackingView(shipment, order, this.clock.now());
  }

  /**
   * The view from the tracking cache, reading the reference's shipments into it on a miss (view
   * null for nothing the caller may see; `kept` when the entry it came from is in the cache);
   * undefined when the cache cannot answer (off or not live, a bill's number, a reference
   * matching too many shipments).
   */
  private async trackFromCache(caller: Caller, reference: string): Promise<{ view: TrackingView | null; kept: boolean } | undefined> {
    const cache = this.cache;
    if (!cache) return undefined;
    cache.noteTrack();
    if (!cache.live) return undefined;
    const query = referenceQuery(reference);
    if (!query) return { view: null, kept: false };
    if ('bill' in query) return undefined;
    let tracked = cache.get(query.key);
    let kept = tracked !== undefined;
    if (!tracked) {
      const ticket = cache.ticket();
      const read = await this.readTracked(query.filter);
      if (!read) return undefined;
      // A reference naming nothing is not kept: guessing cannot push real entries out.
      if (read.length > 0) kept = cache.remember(query.key, read, ticket);
      tracked = read;
    }
    // The same choice as the database's: the newest matching shipment the caller may read.
    const access = this.access.of(caller);
    const match = tracked.find((t) => access.shipment(t.shipment));
    if (!match) return { view: null, kept };
    return { view: match.view(match.order !== null && access.order(match.order), this.clock.now()), kept };
  }

  /** Every shipment `filter` matches, newest first, each with its order; null past MAX_TRACKED. */
  private async readTracked(filter: Record<string, unknown>): Promise<TrackedShipment[] | null> {
    const shipments = await this.shipments.model.find(filter).sort({ createdAt: -1, _id: -1 }).limit(MAX_TRACKED + 1).lean();
    if (shipments.length > MAX_TRACKED) return null;
    const orderIds = [...new Set(shipments.map((s) => String(s.orderId)))];
    const orders = orderIds.length === 0 ? [] : await this.orders.model.find({ _id: { $in: orderIds.map((id) => new Types.ObjectId(id)) } }).lean();
    const byId = new Map(orders.map((o) => [String(o._id), o]));
    return shipments.map((s) => new TrackedShipment(s, byId.get(String(s.orderId)) ?? null));
  }

  /**
   * Records a milestone. On a shipment this process wrote last (named by its number or id) the
   * step starts from that copy instead of reading it (issue 18: one read fewer per milestone): the
   * checks run on the copy, and the milestone's write is conditional on the copy's version and on
   * the caller's visibility, so it lands only on the shipment as checked. Any failure on the copy
   * is answered by the step on the shipment as read (onCopyOrRead), so refusals, NOT_FOUND and
   * CONFLICT are what a read gives.
   */
  async recordMilestone(caller: Caller, input: RecordMilestoneInput): Promise<Result<ShipmentRecord, UserError[]>> {
    const key = copyKey(input.shipment);
    const onRead = async (): Promise<Result<ShipmentRecord, UserError[]>> => {
      const shipment = await this.findShipment(caller, input.shipment);
      if (!shipment) return fail([notFound(`shipment '${input.shipment}' does not exist or is not yours to see`)]);
      return this.recordOn(caller, shipment, input, {});
    };
    const outcome = key
      ? await onCopyOrRead(this.shipments.recent, key, input.expectedVersion, (copy) => this.recordOn(caller, copy as ShipmentRecord, input, visibleTo(caller)), onRead)
      : await onRead();
    if (outcome.ok) {
      // Committed by now (a transaction's write is remembered only once it returned): the next
      // milestone on this shipment can start from it.
      this.shipments.recent.remember(outcome.value);
      await this.orders.runQueuedEffects();
    }
    return outcome;
  }

  /** The milestone on `shipment` as given (read, or a copy whose write must also match `where`). */
  private async recordOn(caller: Caller, shipment: ShipmentRecord, input: RecordMilestoneInput, where: Record<string, unknown>): Promise<Result<ShipmentRecord, UserError[]>> {
    const leg = shipment.legs.find((l) => l.seq === input.legSeq);
    const actor = this.recorder(caller, shipment, leg?.carrierId ?? null);
    if (!actor) return fail([forbidden(`shipment ${shipment.number}: only its forwarder, or the carrier of leg ${input.legSeq}, records milestones`)]);
    const checked = this.check(shipment, input);
    if (!checked.ok) return checked;
    const milestone: MilestoneRecord = { ...checked.value, seq: shipment.milestones.length + 1, legSeq: input.legSeq, recordedAt: this.clock.now(), recordedBy: actor, note: input.note?.trim() || null };
    // A milestone that changes only the shipment is one conditional write (its checks only read):
    // a transaction around it would add nothing but a commit round trip.
    const movesMore = milestone.type === 'delivered' || this.orderEvent(shipment, milestone) !== null;
    const record = async (session?: ClientSession, orderCopy?: OrderRecord): Promise<Result<ShipmentRecord, UserError[]>> => {
      const order = orderCopy ?? (await this.orders.model.findById(shipment.orderId).session(session ?? null).lean());
      const refusal = order ? orderStateRefusal(order, milestone.type) : null;
      if (refusal) return fail([fieldError(['input', 'type'], 'order-state', refusal)]);
      if (milestone.type === 'delivered') {
        const unsurrendered = await this.unsurrenderedBill(shipment, session);
        if (unsurrendered) return fail([fieldError(['input', 'type'], 'bill-not-surrendered', unsurrendered)]);
      }
      if (order && milestone.type === 'departed' && milestone.legSeq === shipment.legs[0].seq) {
        const uncleared = await exportClearanceRefusal(this.connection, order, session);
        if (uncleared) return fail([fieldError(['input', 'type'], 'export-not-released', uncleared)]);
      }
      const written = await this.write(shipment, milestone, input.expectedVersion, where, session);
      if (!written.ok) return written;
      // (a delivery moves the order too, so it always runs in a transaction)
      if (milestone.type === 'delivered') await this.shipments.reservations.release(shipment, session!);
      const event = order ? this.orderMove(shipment, milestone, order) : null;
      if (!order || !event) return written;
      // The order as this transaction just read it: the engine need not read it again. Once the
      // transaction has committed, the order as moved is the next milestone's copy.
      const moved = await this.orders.applySystemEvent(shipment.orderId, event, actor, { session, current: order });
      return moved.ok ? written : moved;
    };
    if (!movesMore) return record();
    // A milestone that moves the order writes it conditional on its version, so the order as this
    // process last wrote it may stand in for the read: if it is no longer the order, that write
    // misses and the transaction rolls back. Any failure on the copy is answered from a read.
    const orderCopy = this.orders.recentCopy(shipment.orderId) as OrderRecord | undefined;
    let outcome = orderCopy && this.orderMove(shipment, milestone, orderCopy) ? await inTransaction(this.connection, (session) => record(session, orderCopy)) : null;
    if (!outcome?.ok) outcome = await inTransaction(this.connection, (session) => record(session));
    return outcome;
  }

  /**
   * The event recording `milestone` applies to the order (`order` as read or last seen), if any:
   * a hold on an order already held records the milestone without a second hold.
   */
  private orderMove(shipment: ShipmentRecord, milestone: MilestoneRecord, order: OrderRecord): OrderEvent | null {
    const event = this.orderEvent(shipment, milestone);
    return event && !(event.type === 'HOLD' && order.state === 'onHold') ? event : null;
  }

  /**
   * Cargo under a bill of lading is released only against the bill: DELIVERED waits until the
   * bill was surrendered for delivery and the issuer accepted it.
   */
  private async unsurrenderedBill(shipment: ShipmentRecord, session?: ClientSession): Promise<string | null> {
    const bill = await billModel(this.connection).findOne({ shipmentId: shipment._id, state: { $ne: 'VOIDED' } }, { number: 1, state: 1 }).session(session ?? null).lean();
    if (!bill || bill.state === 'SURRENDERED_FOR_DELIVERY') return null;
    return `shipment ${shipment.number} travels under bill ${bill.number}, which is ${bill.state}: the cargo is released only once the bill is surrendered for delivery and the issuer accepts`;
  }

  private recorder(caller: Caller, shipment: ShipmentRecord, legCarrier: Types.ObjectId | null): Actor | null {
    if (hasRole(caller, 'forwarder') && String(shipment.forwarderId) === caller.partyId) return { partyId: caller.partyId, role: 'forwarder' };
    if (hasRole(caller, 'carrier') && legCarrier && String(legCarrier) === caller.partyId) return { partyId: caller.partyId, role: 'carrier' };
    return null;
  }

  private check(shipment: ShipmentRecord, input: RecordMilestoneInput): Result<{ type: MilestoneType; at: Date; location: string }, UserError[]> {
    const errors: UserError[] = [];
    const type = MILESTONE_TYPES.find((t) => t === input.type);
    if (!type) errors.push(fieldError(['input', 'type'], 'milestone-type', `'${input.type}' is not a milestone (${MILESTONE_TYPES.map(screamingCase).join(', ')})`));
    // UTC whatever the host's zone: the same input must replay the same way on any machine.
    const at = input.at === undefined ? dayjs.utc(this.clock.now()) : dayjs.utc(input.at);
    const last = shipment.milestones.at(-1);
    if (!at.isValid()) errors.push(fieldError(['input', 'at'], 'iso-datetime', `'${input.at}' is not an ISO 8601 date-time`));
    else if (at.isAfter(this.clock.now())) errors.push(fieldError(['input', 'at'], 'not-future', `must not be later than now (${this.clock.now().toISOString()})`));
    else if (last && at.isBefore(last.at)) errors.push(fieldError(['input', 'at'], 'chronological', `must not be before the last milestone (${last.at.toISOString()})`));
    const leg = shipment.legs.find((l) => l.seq === input.legSeq);
    if (type) {
      const progress = shipment.legs.map((l) => ({ seq: l.seq, recorded: shipment.milestones.filter((m) => m.legSeq === l.seq).map((m) => m.type) }));
      const refusal = milestoneRefusal(type, input.legSeq, progress);
      if (refusal) errors.push(fieldError(['input', leg ? 'type' : 'legSeq'], 'milestone-order', refusal));
    }
    if (!leg) return fail(errors); // the leg error is already reported; nothing else can be checked
    const expected = type ? milestoneLocation(type, leg) : null;
    const place = checkLocode(input.location ?? expected ?? leg.from);
    if (!place.ok) errors.push(fieldError(['input', 'location'], place.rule, place.message));
    else if (expected && place.value.code !== expected) {
      errors.push(fieldError(['input', 'location'], 'leg-location', `${screamingCase(type!)} on leg ${input.legSeq} happens at ${expected}, not ${place.value.code}`));
    }
    if (errors.length > 0 || !place.ok) return fail(errors);
    return ok({ type: type!, at: at.toDate(), location: place.value.code });
  }

  private async write(
    shipment: ShipmentRecord,
    milestone: MilestoneRecord,
    expectedVersion: number | undefined,
    where: Record<string, unknown>,
    session: ClientSession | undefined,
  ): Promise<Result<ShipmentRecord, UserError[]>> {
    if (expectedVersion !== undefined && expectedVersion !== shipment.version) {
      return fail([{ code: 'CONFLICT', message: `shipment ${shipment.number} is at version ${shipment.version}, not ${expectedVersion}; reload it and try again` }]);
    }
    const updated = await this.shipments.model
      .findOneAndUpdate({ ...where, _id: shipment._id, version: shipment.version }, { $push: { milestones: milestone }, $inc: { version: 1 } }, { session, returnDocument: 'after' })
      .lean();
    if (!updated) return fail([{ code: 'CONFLICT', message: `shipment ${shipment.number} was changed by someone else; reload it and try again` }]);
    return ok(updated);
  }

  /** The order event a milestone implies, if any. */
  private orderEvent(shipment: ShipmentRecord, m: MilestoneRecord): OrderEvent | null {
    const first = shipment.legs[0].seq;
    const last = shipment.legs[shipment.legs.length - 1].seq;
    if (m.type === 'departed' && m.legSeq === first) return { type: 'DEPART' };
    if (m.type === 'arrived' && m.legSeq === last) return { type: 'ARRIVE' };
    if (m.type === 'delivered') return { type: 'DELIVER' };
    if (m.type === 'customsHold' || m.type === 'elockAlarm') {
      return { type: 'HOLD', reason: `${screamingCase(m.type)} at ${m.location}${m.note ? `: ${m.note}` : ''}`, source: m.type };
    }
    return null;
  }
}
