/**
 * Orders: creation with validation, reads limited to the parties of an order, and lifecycle
 * transitions checked against the access policy. Booking, departure and arrival come from the
 * shipment and tracking services through `applySystemEvent`.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { ClientSession, Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import { ORDER_MACHINE_VERSION, type OrderEvent, orderMachine } from '../../machines/order.machine';
import type { Clock } from '../clock';
import { LifecycleEngine } from '../lifecycle/engine';
import type { Outbox } from '../lifecycle/outbox';
import { type Copy, RecentCopies } from '../lifecycle/recent-copies';
import type { Actor, LifecycleFailure } from '../lifecycle/types';
import { nextSequence } from '../models/counter.model';
import { ORDER_TERMS_FIELDS, type OrderRecord, type OrderTerms, orderModel } from '../models/order.model';
import { type Caller, hasRole } from '../parties/caller';
import { PartyDirectory } from '../parties/party-directory';
import { partyModel } from '../models/party.model';
import { afterCommit } from '../shared/after-commit';
import { isObjectIdText } from '../shared/ids';
import { toDecimal128 } from '../shared/money';
import { type Connection as Page, type PageArgs, paginate } from '../shared/pagination';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import { type OrderAction, actingAccessFor, actingRoleFor, callerEvents, describePolicy, visibleOrders } from './order.access';
import { type CreateOrderInput, validateOrder } from './order.validation';

dayjs.extend(utc);

const TERMS_PROJECTION = Object.fromEntries(ORDER_TERMS_FIELDS.map((field) => [field, 1]));

export interface OrderListFilter {
  state?: string;
  partyId?: string;
  corridorId?: string;
  /** ISO 8601 */
  createdFrom?: string;
  /** ISO 8601 */
  createdTo?: string;
}

/** The filter fields every list shares: a party and a creation period, checked by field. */
export function commonListFilter(filter: { partyId?: string; createdFrom?: string; createdTo?: string }): Result<Record<string, unknown>, UserError[]> {
  const errors: UserError[] = [];
  const q: Record<string, unknown> = {};
  if (filter.partyId !== undefined) {
    if (isObjectIdText(filter.partyId)) q.$and = [{ parties: new Types.ObjectId(filter.partyId) }];
    else errors.push(fieldError(['filter', 'partyId'], 'party-id', `'${filter.partyId}' is not a party id`));
  }
  const created: Record<string, Date> = {};
  for (const [key, op] of [['createdFrom', '$gte'], ['createdTo', '$lt']] as const) {
    const text = filter[key];
    if (text === undefined) continue;
    const at = dayjs.utc(text);
    if (at.isValid()) created[op] = at.toDate();
    else errors.push(fieldError(['filter', key], 'iso-datetime', `'${text}' is not an ISO 8601 date-time`));
  }
  if (Object.keys(created).length > 0) q.createdAt = created;
  return errors.length > 0 ? fail(errors) : ok(q);
}

export function lifecycleError(failure: LifecycleFailure): UserError {
  switch (failure.code) {
    case 'NOT_FOUND':
      return notFound(failure.message);
    case 'EVENT_NOT_ACCEPTED':
      return { code: 'EVENT_NOT_ACCEPTED', message: failure.message, rule: 'state-transition' };
    case 'CONFLICT':
      return { code: 'CONFLICT', message: failure.message };
    case 'REFUSED':
      return { code: 'BUSINESS_RULE', message: failure.message, rule: failure.rule };
    case 'MACHINE_VERSION_MISMATCH':
      return { code: 'BUSINESS_RULE', message: failure.message, rule: 'machine-version' };
  }
}

export class OrderService {
  readonly model: Model<OrderRecord>;
  readonly lifecycle: LifecycleEngine<typeof orderMachine, OrderRecord>;
  /** The orders this process last wrote, for a party's next transition in one round trip. */
  private readonly recent = new RecentCopies<OrderRecord>();

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly outbox: Outbox,
    /**
     * The parties orders name, kept between requests where something vouches for them
     * (party-directory.ts); the services built on orders (shipments, customs) look parties up
     * here too. Without one, every lookup reads.
     */
    readonly parties: PartyDirectory = new PartyDirectory(partyModel(connection), null),
  ) {
    this.model = orderModel(connection);
    this.lifecycle = new LifecycleEngine(
      { name: 'order', machine: orderMachine, version: ORDER_MACHINE_VERSION, label: (doc) => String(doc.number) },
      this.model,
      { clock, outbox, connection },
    );
  }

  async create(caller: Caller, input: CreateOrderInput): Promise<Result<OrderRecord, UserError[]>> {
    if (!hasRole(caller, 'exporter')) return fail([forbidden('only an exporter creates orders (the exporter is the seller)')]);
    const valid = validateOrder(input, dayjs.utc(this.clock.now()));
    const buyer = await this.parties.inRole(input.buyerId, 'importer', ['input', 'buyerId']);
    const buyerError = !buyer.ok ? buyer.error : buyer.value.code === caller.party.code ? fieldError(['input', 'buyerId'], 'not-self', 'the buyer must be another party than the seller') : null;
    const errors = [...(valid.ok ? [] : valid.error), ...(buyerError ? [buyerError] : [])];
    if (!valid.ok || errors.length > 0) return fail(errors);
    const v = valid.value;
    const now = this.clock.now();
    const seq = await nextSequence(this.connection, `order-${now.getUTCFullYear()}`);
    const sellerId = caller.party._id;
    const buyerId = new Types.ObjectId(input.buyerId);
    const data = {
      _id: new Types.ObjectId(),
      number: `ORD-${now.getUTCFullYear()}-${String(seq).padStart(6, '0')}`,
      sellerId,
      buyerId,
      currency: v.currency,
      lines: v.lines.map((l) => ({
        ...l,
        quantity: toDecimal128(l.quantity),
        unitPrice: toDecimal128(l.unitPrice),
        amount: toDecimal128(l.amount),
        grossWeightKg: toDecimal128(l.grossWeightKg),
      })),
      total: toDecimal128(v.total),
      grossWeightKg: toDecimal128(v.grossWeightKg),
      incoterm: v.incoterm,
      incotermPlace: v.incotermPlace,
      origin: v.origin,
      destination: v.destination,
      tradeMode: v.tradeMode,
      readyDate: v.readyDate,
      shipmentId: null,
      forwarderId: null,
      corridorId: null,
      parties: [sellerId, buyerId],
      createdBy: sellerId,
      createdAt: now,
    };
    const created = await this.lifecycle.create(data, undefined as never, { partyId: caller.partyId, role: 'exporter' });
    this.recent.remember(created);
    return ok(created);
  }

  /** The order with this id or number, if the caller is party to it (or reads everything). */
  async find(caller: Caller, idOrNumber: string, session?: ClientSession): Promise<OrderRecord | null> {
    const key = isObjectIdText(idOrNumber) ? { _id: new Types.ObjectId(idOrNumber) } : { number: idOrNumber };
    return this.model.findOne({ ...key, ...visibleOrders(caller) }).session(session ?? null).lean();
  }

  /** The mongo filter for a caller's order list, or what is wrong with the filter; paging is the caller's. */
  listFilter(caller: Caller, filter: OrderListFilter): Result<Record<string, unknown>, UserError[]> {
    const common = commonListFilter(filter);
    if (!common.ok) return common;
    const q: Record<string, unknown> = { ...visibleOrders(caller), ...common.value };
    if (filter.state) q.state = filter.state;
    if (filter.corridorId) q.corridorId = filter.corridorId;
    return ok(q);
  }

  /** One page of the caller's orders matching `filter`, oldest first, or what is wrong with the filter. */
  async list(caller: Caller, filter: OrderListFilter, page: PageArgs): Promise<Result<Page<OrderRecord>, UserError[]>> {
    const q = this.listFilter(caller, filter);
    return q.ok ? ok(await paginate(this.model, q.value, page, { sortBy: 'createdAt' })) : q;
  }

  confirm(caller: Caller, id: string, expectedVersion?: number) {
    return this.act(caller, id, 'confirm', { type: 'CONFIRM' }, expectedVersion);
  }

  cancel(caller: Caller, id: string, reason: string, expectedVersion?: number) {
    if (reason.trim().length === 0) return Promise.resolve(fail([fieldError(['reason'], 'required', 'say why the order is cancelled')]));
    return this.act(caller, id, 'cancel', { type: 'CANCEL', reason: reason.trim() }, expectedVersion);
  }

  hold(caller: Caller, id: string, reason: string, expectedVersion?: number) {
    if (reason.trim().length === 0) return Promise.resolve(fail([fieldError(['reason'], 'required', 'say why the order is held')]));
    return this.act(caller, id, 'hold', { type: 'HOLD', reason: reason.trim(), source: 'party' }, expectedVersion);
  }

  resume(caller: Caller, id: string, expectedVersion?: number) {
    return this.act(caller, id, 'resume', { type: 'RESUME' }, expectedVersion);
  }

  complete(caller: Caller, id: string, expectedVersion?: number) {
    return this.act(caller, id, 'complete', { type: 'COMPLETE' }, expectedVersion);
  }

  /** The events the caller may send on the order now (accepted by its state and allowed to this party). */
  eventsFor(caller: Caller, order: OrderRecord): string[] {
    return callerEvents(caller, order, this.lifecycle.allowedEvents(order));
  }

  /** Checks the caller may take `action` on the order, then applies the event. */
  async authorize(caller: Caller, id: string, action: OrderAction, session?: ClientSession): Promise<Result<{ order: OrderRecord; actor: Actor }, UserError[]>> {
    const order = await this.find(caller, id, session);
    if (!order) return fail([notFound(`order ${id} does not exist or is not yours to see`)]);
    const role = actingRoleFor(caller, order, action);
    if (!role) return fail([forbidden(`order ${order.number}: only ${describePolicy(order, action)} may ${action} it`)]);
    return ok({ order, actor: { partyId: caller.partyId, role } });
  }

  private async act(caller: Caller, id: string, action: OrderAction, event: OrderEvent, expectedVersion?: number): Promise<Result<OrderRecord, UserError[]>> {
    const done = await this.actOnRecentCopy(caller, id, action, event, expectedVersion);
    if (done) return ok(done);
    const allowed = await this.authorize(caller, id, action);
    if (!allowed.ok) return allowed;
    return this.applySystemEvent(allowed.value.order._id, event, allowed.value.actor, { expectedVersion, current: allowed.value.order });
  }

  /**
   * The common case in one round trip (issue 18): the order as this process last wrote it is
   * checked here, and the event written with one update conditional on that copy's version and on
   * the caller's access. Null, with nothing written, when there is no copy, the copy does not let
   * the caller take the event, or the order is no longer that copy: act then reads the order and
   * answers exactly as without the copy (NOT_FOUND, FORBIDDEN, CONFLICT, EVENT_NOT_ACCEPTED ...).
   */
  private async actOnRecentCopy(caller: Caller, id: string, action: OrderAction, event: OrderEvent, expectedVersion?: number): Promise<OrderRecord | null> {
    const copy = this.recent.get(id);
    if (!copy || (expectedVersion !== undefined && expectedVersion !== copy.version)) return null;
    const access = actingAccessFor(caller, copy, action);
    if (!access) return null;
    const applied = await this.lifecycle.applyToCopy(copy, event, { partyId: caller.partyId, role: access.role }, access.where);
    if (!applied) return null;
    this.recent.remember(applied.doc);
    return applied.doc;
  }

  /**
   * The order as this process last wrote it, if it remembers it: only a guess at the current
   * version, for a step whose write is conditional on that version (booking and tracking pass it
   * to applySystemEvent as `current`).
   */
  recentCopy(id: unknown): Copy<OrderRecord> | undefined {
    return this.recent.get(String(id));
  }

  /**
   * The order's terms of sale (order.model.ts: never written after creation), for checks on those
   * alone (the four-document matching, an invoice's places): from the copy this process remembers
   * when there is one, since any version carries them as stored, else read. Never for the state,
   * the links or who may see the order: those need the order as stored now.
   */
  async termsOfSale(id: Types.ObjectId): Promise<OrderTerms | null> {
    return this.recent.get(String(id)) ?? this.model.findById(id, TERMS_PROJECTION).lean<OrderTerms>();
  }

  /**
   * Runs effects that events applied inside another service's transaction queued; call it after
   * that transaction committed (the periodic dispatcher would pick them up later otherwise).
   */
  runQueuedEffects(): Promise<void> {
    return this.outbox.runCommitted();
  }

  /** Applies an event whose authority another service has already checked (booking, tracking). */
  async applySystemEvent(
    id: Types.ObjectId,
    event: OrderEvent,
    actor: Actor,
    options: { expectedVersion?: number; session?: ClientSession; set?: Record<string, unknown>; current?: OrderRecord } = {},
  ): Promise<Result<OrderRecord, UserError[]>> {
    // A write inside a transaction may still roll back: it is remembered once the transaction
    // has committed (the next step on the order, a milestone say, can then start from it).
    if (options.session) this.recent.forget(id);
    const r = await this.lifecycle.apply(id, event, actor, options);
    if (!r.ok) return fail([lifecycleError(r.error)]);
    const written = r.value.doc;
    if (options.session) afterCommit(options.session, () => this.recent.remember(written));
    else this.recent.remember(written);
    return ok(written);
  }
}
