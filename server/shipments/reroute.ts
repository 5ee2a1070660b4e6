/**
 * Rerouting a booked shipment before it starts: the forwarder (or the seller) moves it to
 * another option the route planner offers for the order, scheduled from today, e.g. from the
 * Yangtze via Shanghai to rail via Qinzhou when the Three Gorges locks are congested. Refused
 * once a milestone is recorded, once the bill of lading is past draft, and while an export
 * declaration stands that the new route no longer fits. The write is conditional on the
 * shipment's version, so of two concurrent reroutes one wins and the other gets CONFLICT.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { ClientSession, Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { billModel } from '../models/bill.model';
import { LIVE_DECLARATION_STATES, declarationModel } from '../models/declaration.model';
import type { OrderRecord } from '../models/order.model';
import type { RerouteRecord, ShipmentLegRecord, ShipmentRecord } from '../models/shipment.model';
import { type Caller, hasRole } from '../parties/caller';
import type { Role } from '../models/roles';
import { routePorts } from '../routing/route-ports';
import { isObjectIdText } from '../shared/ids';
import { screamingCase } from '../shared/names';
import { type Result, fail, ok } from '../shared/result';
import { inTransaction } from '../shared/transaction';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import { type PlannedOption, carrierIdsOf, shipmentRoute } from './shipment-route';

dayjs.extend(utc);

export interface RerouteInput {
  /** the shipment's number (SHP-...) or id */
  shipment: string;
  /** a route option id for the order, planned from today */
  optionId: string;
  /** carriers per leg of the new route; legs without one are recorded by the forwarder */
  carriers?: Array<{ legSeq: number; carrierId: string }>;
  reason: string;
  /** refuse unless the shipment is still at this version */
  expectedVersion?: number;
}

/** What a reroute needs of the shipment service. */
export interface RerouteContext {
  connection: Connection;
  clock: Clock;
  shipments: Model<ShipmentRecord>;
  orders: Model<OrderRecord>;
  /** the shipment matching the filter, if the caller may see it */
  find(filter: Record<string, unknown>): Promise<ShipmentRecord | null>;
  /** the order's options for this TEU, scheduled from `readyDate` */
  plan(order: OrderRecord, teu: number | undefined, readyDate: string): Result<PlannedOption[], UserError[]>;
  /** the booking's carrier checks: errors go to `errors`, the valid ones come back by leg */
  checkCarriers(carriers: NonNullable<RerouteInput['carriers']>, option: PlannedOption | undefined, errors: UserError[]): Promise<Map<number, Types.ObjectId>>;
}

const MAX_REASON = 500;
/** The one bill status in which the route may still change: nothing has been approved or issued. */
const DRAFT_BILL = 'DRAFT';
const SHIPMENT = ['input', 'shipment'];

const rule = (r: string, message: string): UserError => ({ code: 'BUSINESS_RULE', field: SHIPMENT, rule: r, message });
const conflict = (message: string): UserError => ({ code: 'CONFLICT', message });

/** The role the caller reroutes in: the shipment's forwarder or the seller; null for anyone else. */
function reroutingRole(caller: Caller, shipment: ShipmentRecord): Role | null {
  if (hasRole(caller, 'forwarder') && String(shipment.forwarderId) === caller.partyId) return 'forwarder';
  if (hasRole(caller, 'exporter') && String(shipment.sellerId) === caller.partyId) return 'exporter';
  return null;
}

function shipmentFilter(reference: string): Record<string, unknown> | null {
  const ref = reference.trim();
  if (isObjectIdText(ref)) return { _id: new Types.ObjectId(ref) };
  return /^SHP-/i.test(ref) ? { number: ref.toUpperCase() } : null;
}

function orderStateError(order: Pick<OrderRecord, 'number' | 'state'> | null, shipment: ShipmentRecord): UserError {
  const state = order ? screamingCase(order.state) : 'gone';
  return rule('order-state', `order ${shipment.orderNumber} is ${state}: only the shipment of a BOOKED order is rerouted`);
}

/** Why the shipment's bill of lading stops a reroute, or null: no live bill, or a draft. */
async function billRefusal(connection: Connection, shipment: ShipmentRecord, session: ClientSession): Promise<UserError | null> {
  const bill = await billModel(connection).findOne({ shipmentId: shipment._id, state: { $ne: 'VOIDED' } }, { number: 1, state: 1 }).session(session).lean();
  if (!bill || bill.state === DRAFT_BILL) return null;
  return rule(
    'bill-issued',
    `shipment ${shipment.number} travels under bill ${bill.number}, which is ${bill.state}: the forwarder must amend or void the bill before the shipment is rerouted`,
  );
}

/**
 * Why a standing export declaration stops a reroute, or null: one stands when it was neither
 * deleted, refused nor recalled, and it still fits when the new route is declared at its port
 * and leaves that port by its transport mode (the checks of filing, declaration.validation.ts).
 */
async function declarationRefusal(connection: Connection, shipment: ShipmentRecord, legs: readonly ShipmentLegRecord[], session: ClientSession): Promise<UserError | null> {
  const standing = await declarationModel(connection)
    .find({ orderId: shipment.orderId, kind: 'export', state: { $in: LIVE_DECLARATION_STATES } }, { number: 1, state: 1, content: 1 })
    .session(session)
    .lean();
  const ports = routePorts('export', legs);
  for (const d of standing) {
    const { port, transportMode } = d.content;
    const leaving = legs.find((l) => l.from === port);
    if (ports.includes(port) && leaving?.mode === transportMode) continue;
    const now = leaving ? `the new route leaves ${port} by ${leaving.mode}` : `the new route is not declared at ${port}`;
    return rule(
      'declaration-filed',
      `export declaration ${d.number} (${screamingCase(d.state)}) for order ${shipment.orderNumber} declares ${transportMode} from ${port}, but ${now}: the declarant must delete it before the shipment is rerouted`,
    );
  }
  return null;
}

export async function rerouteShipment(ctx: RerouteContext, caller: Caller, input: RerouteInput): Promise<Result<ShipmentRecord, UserError[]>> {
  const filter = shipmentFilter(input.shipment);
  const shipment = filter ? await ctx.find(filter) : null;
  if (!shipment) return fail([notFound(`shipment '${input.shipment}' does not exist or is not yours to see`)]);
  const role = reroutingRole(caller, shipment);
  if (!role) return fail([forbidden(`shipment ${shipment.number}: only its forwarder or the seller reroutes it`)]);

  const reason = input.reason.trim();
  if (reason.length === 0) return fail([fieldError(['input', 'reason'], 'required', 'say why the shipment is rerouted')]);
  if (reason.length > MAX_REASON) return fail([fieldError(['input', 'reason'], 'max-length', `must be at most ${MAX_REASON} characters`)]);
  if (input.expectedVersion !== undefined && input.expectedVersion !== shipment.version) {
    return fail([conflict(`shipment ${shipment.number} is at version ${shipment.version}, not ${input.expectedVersion}; reload it and try again`)]);
  }
  if (shipment.milestones.length > 0) {
    const last = shipment.milestones[shipment.milestones.length - 1]!;
    return fail([rule('shipment-started', `shipment ${shipment.number} has started (${screamingCase(last.type)} at ${last.location} on leg ${last.legSeq}): only a shipment without milestones is rerouted`)]);
  }
  const order = await ctx.orders.findById(shipment.orderId).lean();
  if (!order || order.state !== 'booked') return fail([orderStateError(order, shipment)]);

  // The new legs are scheduled from today, not from a ready date that may have passed.
  const today = dayjs.utc(ctx.clock.now()).format('YYYY-MM-DD');
  const readyDate = order.readyDate > today ? order.readyDate : today;
  const teu = shipment.containers.reduce((n, c) => n + c.teu, 0);
  const planned = ctx.plan(order, teu || undefined, readyDate);
  if (!planned.ok) return planned;
  const errors: UserError[] = [];
  const option = planned.value.find((o) => o.id === input.optionId);
  if (!option) errors.push(fieldError(['input', 'optionId'], 'option-unknown', `'${input.optionId}' is not a route option for order ${order.number} from ${readyDate}`));
  else if (option.id === shipment.routeOptionId) errors.push(fieldError(['input', 'optionId'], 'option-unchanged', `shipment ${shipment.number} is already on ${option.name} (${option.id})`));
  else if (!option.incotermFits) errors.push(fieldError(['input', 'optionId'], option.incotermRule!, option.incotermNote!));
  const carriers = await ctx.checkCarriers(input.carriers ?? [], option, errors);
  if (errors.length > 0 || !option) return fail(errors);

  const route = shipmentRoute(option, carriers);
  const entry: RerouteRecord = {
    at: ctx.clock.now(),
    by: { partyId: caller.partyId, role },
    reason,
    from: { corridorId: shipment.corridorId, routeOptionId: shipment.routeOptionId, plannedEta: shipment.plannedEta },
    to: { corridorId: route.corridorId, routeOptionId: route.routeOptionId, plannedEta: route.plannedEta },
  };
  // Carriers of the old legs stop seeing the shipment; every other party keeps it.
  const oldCarriers = new Set(shipment.legs.flatMap((l) => (l.carrierId ? [String(l.carrierId)] : [])));
  const kept = shipment.parties.filter((p) => !oldCarriers.has(String(p)));
  const parties = [...new Map([...kept, ...carrierIdsOf(carriers)].map((p) => [String(p), p])).values()];

  return inTransaction(ctx.connection, async (session) => {
    // The order keeps its corridor in step, and must still be booked when the route changes.
    const moved = await ctx.orders.updateOne({ _id: order._id, state: 'booked' }, { $set: { corridorId: route.corridorId } }, { session });
    if (moved.matchedCount === 0) return fail([orderStateError(await ctx.orders.findById(order._id, { number: 1, state: 1 }).session(session).lean(), shipment)]);
    const refusal = (await billRefusal(ctx.connection, shipment, session)) ?? (await declarationRefusal(ctx.connection, shipment, route.legs, session));
    if (refusal) return fail([refusal]);
    const updated = await ctx.shipments
      .findOneAndUpdate(
        { _id: shipment._id, version: shipment.version, milestones: { $size: 0 } },
        { $set: { ...route, parties }, $push: { reroutes: entry }, $inc: { version: 1 } },
        { session, returnDocument: 'after' },
      )
      .lean();
    if (!updated) return fail([conflict(`shipment ${shipment.number} was changed by someone else; reload it and try again`)]);
    return ok(updated);
  });
}
