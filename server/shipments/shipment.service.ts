/**
 * Route planning and booking for an order. Options come from the corridor catalogue for the
 * order's origin, destination, cargo and ready date; booking one creates the shipment and moves
 * the order to `booked` in one transaction. Until it starts, a booked shipment may be rerouted
 * (reroute.ts).
 */
import type { Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { nextSequence } from '../models/counter.model';
import { type ShipmentRecord, shipmentModel } from '../models/shipment.model';
import type { OrderRecord } from '../models/order.model';
import type { PartyRecord } from '../models/party.model';
import type { OrderService } from '../orders/order.service';
import { type Caller, readsAll } from '../parties/caller';
import { visibleTo } from '../parties/visibility';
import { checkIncotermForRoute } from '../reference';
import { type RankBy, type RouteOption, type RouteRequest, routeOptions } from '../routing';
import { fromDecimal128 } from '../shared/money';
import { commonListFilter } from '../orders/order.service';
import { type Connection as Page, type PageArgs, paginate } from '../shared/pagination';
import { type Result, fail, ok } from '../shared/result';
import { inTransaction } from '../shared/transaction';
import { RecentCopies } from '../lifecycle/recent-copies';
import { type UserError, fieldError, notFound } from '../shared/user-error';
import { type ContainerInput, type ValidContainer, validateContainers } from './booking.validation';
import { ContainerReservations } from './container-reservations';
import { type RerouteInput, rerouteShipment } from './reroute';
import { type PlannedOption, carrierIdsOf, shipmentRoute } from './shipment-route';

export interface RouteOptionsRequest {
  orderId: string;
  rankBy?: RankBy;
  /** TEU to plan for; defaults to the order's weight and volume */
  teu?: number;
}

export interface BookRouteInput {
  orderId: string;
  optionId: string;
  forwarderId: string;
  containers: ContainerInput[];
  /** carriers per leg; legs without one are recorded by the forwarder */
  carriers?: Array<{ legSeq: number; carrierId: string }>;
  expectedVersion?: number;
}

/** An option plus whether the order's Incoterm fits its main carriage and its named place. */
export type { PlannedOption };

/**
 * Route options for any request, each marked with whether `incoterm` (when given) fits its main
 * carriage and, for FOB and FAS, whether a vessel leg starts at the named place (`incotermPlace`).
 * Open to every authenticated party: it reads only the public corridor catalogue.
 */
export function planRoutes(request: RouteRequest, incoterm?: string, incotermPlace?: string): Result<PlannedOption[], UserError[]> {
  const r = routeOptions(request);
  if (!r.ok) {
    const code = r.error.code === 'NO_ROUTE' ? 'BUSINESS_RULE' : 'VALIDATION';
    // The routing module words its messages "<field>: ..."; the payload names the full input path.
    const message = r.error.message.startsWith(`${r.error.field}: `) ? r.error.message.slice(r.error.field.length + 2) : r.error.message;
    return fail([{ code, field: ['input', r.error.field], rule: r.error.rule, message: `input.${r.error.field}: ${message}` }]);
  }
  return ok(
    r.value.map((option) => {
      const fit = incoterm ? checkIncotermForRoute(incoterm, incotermPlace, option.legs, option.mainCarriageModes) : null;
      const misfit = fit && !fit.ok ? fit : null;
      return { ...option, incotermFits: !misfit, incotermNote: misfit?.message ?? null, incotermRule: misfit?.rule ?? null };
    }),
  );
}

function carrierModeError(field: string[], carrier: PartyRecord, leg: RouteOption['legs'][number]): UserError {
  const serves = carrier.modes?.length ? `serves ${carrier.modes.join(' and ')} only` : 'is registered for no transport mode';
  return fieldError(field, 'carrier-mode', `carrier ${carrier.code} ${serves}; leg ${leg.seq} (${leg.from} → ${leg.to}) is by ${leg.mode}`);
}

function cargoOf(order: OrderRecord, teu: number | undefined) {
  return { grossWeightKg: fromDecimal128(order.grossWeightKg).toNumber(), ...(teu ? { teu } : {}) };
}

export class ShipmentService {
  readonly model: Model<ShipmentRecord>;
  /** which live shipment holds each container; delivery releases them (tracking.service.ts) */
  readonly reservations: ContainerReservations;
  /**
   * The shipments this process wrote last, as committed (booked, rerouted, or a milestone
   * recorded), so the next milestone need not read the shipment first (tracking.service.ts).
   */
  readonly recent = new RecentCopies<ShipmentRecord>(undefined, (shipment) => shipment.number);

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly orders: OrderService,
  ) {
    this.model = shipmentModel(connection);
    this.reservations = new ContainerReservations(connection, this.model, orders.model);
  }

  async routeOptions(caller: Caller, request: RouteOptionsRequest): Promise<Result<PlannedOption[], UserError[]>> {
    const order = await this.orders.find(caller, request.orderId);
    if (!order) return fail([notFound(`order ${request.orderId} does not exist or is not yours to see`)]);
    return this.plan(order, request.teu, request.rankBy);
  }

  /** Options for the order's cargo, scheduled from its ready date unless another is given. */
  private plan(order: OrderRecord, teu: number | undefined, rankBy: RankBy | undefined, readyDate = order.readyDate): Result<PlannedOption[], UserError[]> {
    return planRoutes({ origin: order.origin, destination: order.destination, cargo: cargoOf(order, teu), readyDate, rankBy }, order.incoterm, order.incotermPlace);
  }

  async book(caller: Caller, input: BookRouteInput): Promise<Result<ShipmentRecord, UserError[]>> {
    const allowed = await this.orders.authorize(caller, input.orderId, 'book');
    if (!allowed.ok) return allowed;
    const { order, actor } = allowed.value;
    const errors: UserError[] = [];
    const containers = validateContainers(input.containers, errors);
    errors.push(...(await this.containersInUse(caller, containers)));
    const forwarder = await this.orders.parties.inRole(input.forwarderId, 'forwarder', ['input', 'forwarderId']);
    if (!forwarder.ok) errors.push(forwarder.error);
    const teu = containers.reduce((n, c) => n + c.teu, 0);
    const planned = this.plan(order, teu || undefined, undefined);
    if (!planned.ok) return planned;
    const option = planned.value.find((o) => o.id === input.optionId);
    if (!option) errors.push(fieldError(['input', 'optionId'], 'known-option', `'${input.optionId}' is not a route option for order ${order.number}`));
    else if (!option.incotermFits) errors.push(fieldError(['input', 'optionId'], option.incotermRule!, option.incotermNote!));
    const carriers = await this.checkCarriers(input.carriers ?? [], option, errors);
    if (option && input.containers.length === 0 && option.legs.some((l) => l.mode !== 'air')) {
      errors.push(fieldError(['input', 'containers'], 'required', 'a container route needs at least one container'));
    }
    if (errors.length > 0 || !option || !forwarder.ok) return fail(errors);
    const shipment = await this.shipmentFor(order, option, forwarder.value._id, containers, carriers);
    const outcome = await inTransaction(this.connection, async (session) => {
      // The order moves first: a second booking of the same order stops here with the order's
      // own answer (it is no longer confirmed) instead of at the shipments' unique index.
      const booked = await this.orders.applySystemEvent(order._id, { type: 'BOOK', shipmentId: String(shipment._id) }, actor, {
        session,
        expectedVersion: input.expectedVersion,
        // As authorize read it: if it has changed since, the conditional write makes this a CONFLICT.
        current: order,
        // Carriers see the shipment, not the sale: the order's parties stop at the forwarder.
        set: { shipmentId: shipment._id, forwarderId: forwarder.value._id, corridorId: option.corridorId, parties: [order.sellerId, order.buyerId, forwarder.value._id] },
      });
      if (!booked.ok) return booked;
      await this.model.create([shipment], { session });
      // Decides a race the check above cannot see: another booking of these containers since.
      const taken = await this.reservations.reserve(shipment, shipment.createdAt, session);
      return taken.length > 0 ? fail(taken) : ok(shipment);
    });
    if (outcome.ok) {
      // Committed: the shipment as inserted is the next step's starting point (the order as
      // booked is remembered by applySystemEvent once the transaction committed).
      this.recent.remember(outcome.value);
      await this.orders.runQueuedEffects();
    }
    return outcome;
  }

  /**
   * Containers still travelling on a shipment that is neither delivered nor cancelled. The other
   * shipment is named only to a caller who may read it: its number is another party's business.
   */
  private async containersInUse(caller: Caller, containers: ValidContainer[]): Promise<UserError[]> {
    if (containers.length === 0) return [];
    const numbers = containers.map((c) => c.number);
    const active = await this.model
      .find({ 'containers.number': { $in: numbers }, 'milestones.type': { $ne: 'delivered' } }, { number: 1, orderId: 1, containers: 1, parties: 1 })
      .lean();
    // The common case: no container is on another shipment, so there is no order to ask about.
    if (active.length === 0) return [];
    const readable = (shipment: { parties: unknown[] }) => readsAll(caller) || shipment.parties.some((p) => String(p) === String(caller.party._id));
    const cancelled = new Set(
      (await this.orders.model.find({ _id: { $in: active.map((a) => a.orderId) }, state: 'cancelled' }, { _id: 1 }).lean()).map((o) => String(o._id)),
    );
    const errors: UserError[] = [];
    for (const shipment of active.filter((a) => !cancelled.has(String(a.orderId)))) {
      for (const c of shipment.containers) {
        const i = numbers.indexOf(c.number);
        if (i >= 0) errors.push(fieldError(['input', 'containers', String(i), 'number'], 'container-in-use', `container ${c.number} is still on ${readable(shipment) ? `shipment ${shipment.number}` : "another party's shipment"}, not yet delivered`));
      }
    }
    return errors;
  }

  /** Each carrier must be a carrier party serving the mode of the leg it is given (rule carrier-mode). */
  private async checkCarriers(carriers: NonNullable<BookRouteInput['carriers']>, option: RouteOption | undefined, errors: UserError[]) {
    const byLeg = new Map<number, Types.ObjectId>();
    for (const [i, c] of carriers.entries()) {
      const leg = option?.legs.find((l) => l.seq === c.legSeq);
      if (option && !leg) {
        errors.push(fieldError(['input', 'carriers', String(i), 'legSeq'], 'known-leg', `the option has no leg ${c.legSeq}`));
        continue;
      }
      const field = ['input', 'carriers', String(i), 'carrierId'];
      const carrier = await this.orders.parties.inRole(c.carrierId, 'carrier', field);
      if (!carrier.ok) errors.push(carrier.error);
      else if (leg && !(carrier.value.modes ?? []).includes(leg.mode)) errors.push(carrierModeError(field, carrier.value, leg));
      else byLeg.set(c.legSeq, carrier.value._id);
    }
    return byLeg;
  }

  private async shipmentFor(order: OrderRecord, option: RouteOption, forwarderId: Types.ObjectId, containers: ValidContainer[], carriers: Map<number, Types.ObjectId>): Promise<ShipmentRecord> {
    const now = this.clock.now();
    const seq = await nextSequence(this.connection, `shipment-${now.getUTCFullYear()}`);
    return {
      _id: new Types.ObjectId(),
      number: `SHP-${now.getUTCFullYear()}-${String(seq).padStart(6, '0')}`,
      orderId: order._id,
      orderNumber: order.number,
      sellerId: order.sellerId,
      buyerId: order.buyerId,
      forwarderId,
      parties: [order.sellerId, order.buyerId, forwarderId, ...carrierIdsOf(carriers)],
      ...shipmentRoute(option, carriers),
      containers,
      milestones: [],
      reroutes: [],
      version: 1,
      createdAt: now,
    };
  }

  /**
   * Moves a booked shipment that has not started to another route option, planned from today
   * (see reroute.ts for the rules).
   */
  async reroute(caller: Caller, input: RerouteInput): Promise<Result<ShipmentRecord, UserError[]>> {
    const outcome = await rerouteShipment(
      {
        connection: this.connection,
        clock: this.clock,
        shipments: this.model,
        orders: this.orders.model,
        find: (filter) => this.find(caller, filter),
        plan: (order, teu, readyDate) => this.plan(order, teu, undefined, readyDate),
        checkCarriers: (carriers, option, errors) => this.checkCarriers(carriers, option, errors),
      },
      caller,
      input,
    );
    // Committed (the transaction has ended): the shipment as rerouted is the next step's copy.
    if (outcome.ok) this.recent.remember(outcome.value);
    return outcome;
  }

  listFilter(caller: Caller, filter: { corridorId?: string; partyId?: string }): Result<Record<string, unknown>, UserError[]> {
    const common = commonListFilter(filter);
    if (!common.ok) return common;
    const q: Record<string, unknown> = { ...visibleTo(caller), ...common.value };
    if (filter.corridorId) q.corridorId = filter.corridorId;
    return ok(q);
  }

  /** One page of the caller's shipments matching `filter`, oldest first, or what is wrong with the filter. */
  async list(caller: Caller, filter: { corridorId?: string; partyId?: string }, page: PageArgs): Promise<Result<Page<ShipmentRecord>, UserError[]>> {
    const q = this.listFilter(caller, filter);
    return q.ok ? ok(await paginate(this.model, q.value, page, { sortBy: 'createdAt' })) : q;
  }

  /** The shipment if the caller is party to it (or reads everything). */
  async find(caller: Caller, filter: Record<string, unknown>): Promise<ShipmentRecord | null> {
    // Newest first: a container number travels on one shipment after another.
    return this.model.findOne({ ...filter, ...visibleTo(caller) }).sort({ createdAt: -1, _id: -1 }).lean();
  }
}

