/**
 * Orders: creation with validation, reads limited to the parties of an order, and lifecycle
 * transitions checked against the access policy. Booking, departure and arrival come from the
 * shipment and tracking services through `applySystemEvent`.
 */
import dayjs from 'dayjs';
import type { ClientSession, Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import { ORDER_MACHINE_VERSION, type OrderEvent, orderMachine } from '../../machines/order.machine';
import type { Clock } from '../clock';
import { LifecycleEngine } from '../lifecycle/engine';
import type { Outbox } from '../lifecycle/outbox';
import type { Actor, LifecycleFailure } from '../lifecycle/types';
import { nextSequence } from '../models/counter.model';
import { type OrderRecord, orderModel } from '../models/order.model';
import { partyModel } from '../models/party.model';
import { type Caller, hasRole } from '../parties/caller';
import { toDecimal128 } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import { type OrderAction, actingRoleFor, describePolicy, visibleOrders } from './order.access';
import { type CreateOrderInput, validateOrder } from './order.validation';

export interface OrderListFilter {
  state?: string;
  partyId?: string;
  corridorId?: string;
  createdFrom?: Date;
  createdTo?: Date;
}

export function lifecycleError(failure: LifecycleFailure): UserError {
  switch (failure.code) {
    case 'NOT_FOUND':
      return notFound(failure.message);
    case 'EVENT_NOT_ACCEPTED':
      return { code: 'EVENT_NOT_ACCEPTED', message: failure.message, rule: `allowed: ${failure.allowed.join(', ') || 'none'}` };
    case 'CONFLICT':
      return { code: 'CONFLICT', message: failure.message };
    case 'MACHINE_VERSION_MISMATCH':
      return { code: 'BUSINESS_RULE', message: failure.message, rule: 'machine-version' };
  }
}

export class OrderService {
  readonly model: Model<OrderRecord>;
  readonly lifecycle: LifecycleEngine<typeof orderMachine>;

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    outbox: Outbox,
  ) {
    this.model = orderModel(connection);
    this.lifecycle = new LifecycleEngine({ name: 'order', machine: orderMachine, version: ORDER_MACHINE_VERSION }, this.model, { clock, outbox, connection });
  }

  async create(caller: Caller, input: CreateOrderInput): Promise<Result<OrderRecord, UserError[]>> {
    if (!hasRole(caller, 'exporter')) return fail([forbidden('only an exporter creates orders (the exporter is the seller)')]);
    const valid = validateOrder(input, dayjs(this.clock.now()));
    const buyerError = await this.checkBuyer(input.buyerId, caller);
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
    return ok(created as unknown as OrderRecord);
  }

  private async checkBuyer(buyerId: string, caller: Caller): Promise<UserError | null> {
    const field = ['input', 'buyerId'];
    if (!Types.ObjectId.isValid(buyerId)) return fieldError(field, 'party-id', `'${buyerId}' is not a party id`);
    const buyer = await partyModel(this.connection).findById(buyerId).lean();
    if (!buyer) return fieldError(field, 'known-party', `party ${buyerId} does not exist`);
    if (!buyer.roles.includes('importer')) return fieldError(field, 'importer-party', `party ${buyer.code} is not an importer`);
    if (String(buyer._id) === caller.partyId) return fieldError(field, 'not-self', 'the buyer must be another party than the seller');
    return null;
  }

  /** The order with this id or number, if the caller is party to it (or reads everything). */
  async find(caller: Caller, idOrNumber: string, session?: ClientSession): Promise<OrderRecord | null> {
    const key = Types.ObjectId.isValid(idOrNumber) ? { _id: new Types.ObjectId(idOrNumber) } : { number: idOrNumber };
    return this.model.findOne({ ...key, ...visibleOrders(caller) }).session(session ?? null).lean();
  }

  /** The mongo filter for a caller's order list; paging and sorting are the caller's. */
  listFilter(caller: Caller, filter: OrderListFilter): Record<string, unknown> {
    const q: Record<string, unknown> = { ...visibleOrders(caller) };
    if (filter.state) q.state = filter.state;
    if (filter.corridorId) q.corridorId = filter.corridorId;
    if (filter.partyId && Types.ObjectId.isValid(filter.partyId)) {
      const party = new Types.ObjectId(filter.partyId);
      q.$and = [{ parties: party }];
    }
    if (filter.createdFrom || filter.createdTo) {
      q.createdAt = { ...(filter.createdFrom ? { $gte: filter.createdFrom } : {}), ...(filter.createdTo ? { $lt: filter.createdTo } : {}) };
    }
    return q;
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
    return this.act(caller, id, 'hold', { type: 'HOLD', reason: reason.trim() }, expectedVersion);
  }

  resume(caller: Caller, id: string, expectedVersion?: number) {
    return this.act(caller, id, 'resume', { type: 'RESUME' }, expectedVersion);
  }

  complete(caller: Caller, id: string, expectedVersion?: number) {
    return this.act(caller, id, 'complete', { type: 'COMPLETE' }, expectedVersion);
  }

  /** Checks the caller may take `action` on the order, then applies the event. */
  async authorize(caller: Caller, id: string, action: OrderAction, session?: ClientSession): Promise<Result<{ order: OrderRecord; actor: Actor }, UserError[]>> {
    const order = await this.find(caller, id, session);
    if (!order) return fail([notFound(`order ${id} does not exist or is not yours to see`)]);
    const role = actingRoleFor(caller, order, action);
    if (!role) return fail([forbidden(`order ${order.number}: only ${describePolicy(action)} may ${action} it`)]);
    return ok({ order, actor: { partyId: caller.partyId, role } });
  }

  private async act(caller: Caller, id: string, action: OrderAction, event: OrderEvent, expectedVersion?: number): Promise<Result<OrderRecord, UserError[]>> {
    const allowed = await this.authorize(caller, id, action);
    if (!allowed.ok) return allowed;
    return this.applySystemEvent(allowed.value.order._id, event, allowed.value.actor, { expectedVersion });
  }

  /** Applies an event whose authority another service has already checked (booking, tracking). */
  async applySystemEvent(
    id: Types.ObjectId,
    event: OrderEvent,
    actor: Actor,
    options: { expectedVersion?: number; session?: ClientSession; set?: Record<string, unknown> } = {},
  ): Promise<Result<OrderRecord, UserError[]>> {
    const r = await this.lifecycle.apply(id, event, actor, options);
    if (!r.ok) return fail([lifecycleError(r.error)]);
    return ok(r.value.doc as unknown as OrderRecord);
  }
}
