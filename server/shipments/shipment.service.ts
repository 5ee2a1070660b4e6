/**
 * Route planning and booking for an order. Options come from the corridor catalogue for the
 * order's origin, destination, cargo and ready date; booking one creates the shipment and moves
 * the order to `booked` in one transaction.
 */
import type { Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { nextSequence } from '../models/counter.model';
import { partyModel } from '../models/party.model';
import { type ShipmentRecord, shipmentModel } from '../models/shipment.model';
import type { OrderRecord } from '../models/order.model';
import type { OrderService } from '../orders/order.service';
import type { Caller } from '../parties/caller';
import { readsAll } from '../parties/caller';
import { checkIncotermForModes } from '../reference';
import { type RankBy, type RouteOption, type RouteRequest, routeOptions } from '../routing';
import { Decimal, fromDecimal128, toDecimal128 } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, notFound } from '../shared/user-error';
import { type ContainerInput, type ValidContainer, validateContainers } from './booking.validation';

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

/** An option plus whether the order's Incoterm fits its main carriage. */
export interface PlannedOption extends RouteOption {
  incotermFits: boolean;
  incotermNote: string | null;
}

/**
 * Route options for any request, each marked with whether `incoterm` (when given) fits its main
 * carriage. Open to every authenticated party: it reads only the public corridor catalogue.
 */
export function planRoutes(request: RouteRequest, incoterm?: string): Result<PlannedOption[], UserError[]> {
  const r = routeOptions(request);
  if (!r.ok) {
    const code = r.error.code === 'NO_ROUTE' ? 'BUSINESS_RULE' : 'VALIDATION';
    // The routing module words its messages "<field>: ..."; the payload names the full input path.
    const message = r.error.message.startsWith(`${r.error.field}: `) ? r.error.message.slice(r.error.field.length + 2) : r.error.message;
    return fail([{ code, field: ['input', r.error.field], rule: r.error.rule, message: `input.${r.error.field}: ${message}` }]);
  }
  return ok(
    r.value.map((option) => {
      const fit = incoterm ? checkIncotermForModes(incoterm, option.mainCarriageModes) : null;
      return { ...option, incotermFits: fit?.ok ?? true, incotermNote: fit && !fit.ok ? fit.message : null };
    }),
  );
}

function cargoOf(order: OrderRecord, teu: number | undefined) {
  return { grossWeightKg: fromDecimal128(order.grossWeightKg).toNumber(), ...(teu ? { teu } : {}) };
}

export class ShipmentService {
  readonly model: Model<ShipmentRecord>;

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly orders: OrderService,
  ) {
    this.model = shipmentModel(connection);
  }

  async routeOptions(caller: Caller, request: RouteOptionsRequest): Promise<Result<PlannedOption[], UserError[]>> {
    const order = await this.orders.find(caller, request.orderId);
    if (!order) return fail([notFound(`order ${request.orderId} does not exist or is not yours to see`)]);
    return this.plan(order, request.teu, request.rankBy);
  }

  private plan(order: OrderRecord, teu: number | undefined, rankBy: RankBy | undefined): Result<PlannedOption[], UserError[]> {
    return planRoutes({ origin: order.origin, destination: order.destination, cargo: cargoOf(order, teu), readyDate: order.readyDate, rankBy }, order.incoterm);
  }

  async book(caller: Caller, input: BookRouteInput): Promise<Result<ShipmentRecord, UserError[]>> {
    const allowed = await this.orders.authorize(caller, input.orderId, 'book');
    if (!allowed.ok) return allowed;
    const { order, actor } = allowed.value;
    const errors: UserError[] = [];
    const containers = validateContainers(input.containers, errors);
    const forwarder = await this.checkParty(input.forwarderId, 'forwarder', ['input', 'forwarderId'], errors);
    const teu = containers.reduce((n, c) => n + c.teu, 0);
    const planned = this.plan(order, teu || undefined, undefined);
    if (!planned.ok) return planned;
    const option = planned.value.find((o) => o.id === input.optionId);
    if (!option) errors.push(fieldError(['input', 'optionId'], 'known-option', `'${input.optionId}' is not a route option for order ${order.number}`));
    else if (!option.incotermFits) errors.push(fieldError(['input', 'optionId'], 'incoterm-mode', option.incotermNote!));
    const carriers = await this.checkCarriers(input.carriers ?? [], option, errors);
    if (option && input.containers.length === 0 && option.legs.some((l) => l.mode !== 'air')) {
      errors.push(fieldError(['input', 'containers'], 'required', 'a container route needs at least one container'));
    }
    if (errors.length > 0 || !option || !forwarder) return fail(errors);
    const shipment = await this.shipmentFor(order, option, forwarder, containers, carriers);
    let booked: Result<unknown, UserError[]> = ok(null);
    await this.connection.transaction(async (session) => {
      await this.model.create([shipment], { session });
      booked = await this.orders.applySystemEvent(order._id, { type: 'BOOK', shipmentId: String(shipment._id) }, actor, {
        session,
        expectedVersion: input.expectedVersion,
        set: { shipmentId: shipment._id, forwarderId: forwarder, corridorId: option.corridorId, parties: shipment.parties },
      });
      // A refused BOOK must not leave a shipment behind: abort the transaction.
      if (!booked.ok) throw new BookingRefused();
    }).catch((err: unknown) => {
      if (!(err instanceof BookingRefused)) throw err;
    });
    if (!booked.ok) return booked;
    return ok(shipment);
  }

  private async checkParty(id: string, role: 'forwarder' | 'carrier', field: string[], errors: UserError[]): Promise<Types.ObjectId | null> {
    const party = Types.ObjectId.isValid(id) ? await partyModel(this.connection).findById(id).lean() : null;
    if (!party) {
      errors.push(fieldError(field, 'known-party', `party ${id} does not exist`));
      return null;
    }
    if (!party.roles.includes(role)) {
      errors.push(fieldError(field, `${role}-party`, `party ${party.code} is not a ${role}`));
      return null;
    }
    return party._id;
  }

  private async checkCarriers(carriers: NonNullable<BookRouteInput['carriers']>, option: RouteOption | undefined, errors: UserError[]) {
    const byLeg = new Map<number, Types.ObjectId>();
    for (const [i, c] of carriers.entries()) {
      if (option && !option.legs.some((l) => l.seq === c.legSeq)) {
        errors.push(fieldError(['input', 'carriers', String(i), 'legSeq'], 'known-leg', `the option has no leg ${c.legSeq}`));
        continue;
      }
      const id = await this.checkParty(c.carrierId, 'carrier', ['input', 'carriers', String(i), 'carrierId'], errors);
      if (id) byLeg.set(c.legSeq, id);
    }
    return byLeg;
  }

  private async shipmentFor(order: OrderRecord, option: RouteOption, forwarderId: Types.ObjectId, containers: ValidContainer[], carriers: Map<number, Types.ObjectId>): Promise<ShipmentRecord> {
    const now = this.clock.now();
    const seq = await nextSequence(this.connection, `shipment-${now.getUTCFullYear()}`);
    const carrierIds = [...new Set([...carriers.values()].map(String))].map((id) => new Types.ObjectId(id));
    return {
      _id: new Types.ObjectId(),
      number: `SHP-${now.getUTCFullYear()}-${String(seq).padStart(6, '0')}`,
      orderId: order._id,
      orderNumber: order.number,
      sellerId: order.sellerId,
      buyerId: order.buyerId,
      forwarderId,
      parties: [order.sellerId, order.buyerId, forwarderId, ...carrierIds],
      corridorId: option.corridorId,
      routeOptionId: option.id,
      routeName: option.name,
      legs: option.legs.map((l) => ({
        seq: l.seq,
        from: l.from,
        to: l.to,
        mode: l.mode,
        carrierId: carriers.get(l.seq) ?? null,
        plannedEtd: l.etd,
        plannedEta: l.eta,
        distanceKm: l.distanceKm,
        cost: toDecimal128(new Decimal(l.cost.amount)),
        co2Kg: toDecimal128(new Decimal(l.co2Kg)),
      })),
      containers,
      cost: toDecimal128(new Decimal(option.cost.amount)),
      costCurrency: option.cost.currency,
      co2Kg: toDecimal128(new Decimal(option.co2Kg)),
      plannedEtd: option.etd,
      plannedEta: option.eta,
      milestones: [],
      version: 1,
      createdAt: now,
    };
  }

  listFilter(caller: Caller, filter: { corridorId?: string; partyId?: string }): Record<string, unknown> {
    const q: Record<string, unknown> = readsAll(caller) ? {} : { parties: caller.party._id };
    if (filter.corridorId) q.corridorId = filter.corridorId;
    if (filter.partyId && Types.ObjectId.isValid(filter.partyId)) q.$and = [{ parties: new Types.ObjectId(filter.partyId) }];
    return q;
  }

  /** The shipment if the caller is party to it (or reads everything). */
  async find(caller: Caller, filter: Record<string, unknown>): Promise<ShipmentRecord | null> {
    return this.model.findOne({ ...filter, ...(readsAll(caller) ? {} : { parties: caller.party._id }) }).lean();
  }
}

class BookingRefused extends Error {}
