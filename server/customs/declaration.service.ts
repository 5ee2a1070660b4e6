/**
 * Customs declarations through the single window: the declarant files once (checked against the
 * order and shipment, every broken rule listed), submits, corrects and pays; customs accepts,
 * selects a lane, reviews, inspects and releases, under the rules of machines/declaration.control.ts.
 * Lifecycle writes go through the lifecycle engine (conditional on the version, history kept).
 *
 * Over 400 lines: one short method per customs event the single window offers (thirteen); filing,
 * decisions, charges and access already have files of their own (declaration-filing.ts,
 * customs-decision.ts, declaration-charges.ts, declaration-access.ts).
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { ClientSession, Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import {
  DECLARATION_EVENTS,
  DECLARATION_MACHINE_VERSION,
  type DeclarationEvent,
  declarationInputRefusal,
  declarationMachine,
  declarationRefusal,
} from '../../machines/declaration.machine';
import type { Clock } from '../clock';
import { LifecycleEngine } from '../lifecycle/engine';
import { RecentCopies, onCopyOrRead } from '../lifecycle/recent-copies';
import type { Outbox } from '../lifecycle/outbox';
import type { Actor } from '../lifecycle/types';
import { billModel } from '../models/bill.model';
import { nextSequence } from '../models/counter.model';
import { type DeclarationContentRecord, type DeclarationRecord, declarationModel } from '../models/declaration.model';
import type { ShipmentRecord } from '../models/shipment.model';
import type { OrderRecord } from '../models/order.model';
import type { OrderService } from '../orders/order.service';
import { lifecycleError } from '../orders/order.service';
import { type Caller, hasRole } from '../parties/caller';
import { isObjectIdText } from '../shared/ids';
import { type Connection as Page, type PageArgs, paginate } from '../shared/pagination';
import { type Result, fail, ok } from '../shared/result';
import { inTransaction } from '../shared/transaction';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import type { ShipmentService } from '../shipments/shipment.service';
import { type CustomsSettings, DEFAULT_CUSTOMS_SETTINGS } from './customs-settings';
import { declarantRoleFor, describeDeclarants, visibleDeclarations } from './declaration-access';
import { declarationCharges, payable } from './declaration-charges';
import { type DeclarationContentInput, type FileDeclarationInput, checkFiling } from './declaration-filing';
import { assessLane, laneAfterPickup } from './lane-assessment';
import { type Targeting, completeDueBy, transitDeadline } from './rules';
import { beijingDay } from './rules/inputs';
import { orderMachine } from '../../machines/order.machine';
import { machineContext } from '../lifecycle/snapshot';

dayjs.extend(utc);

/** An event as a caller sends it: the service adds who acts (`by`) and in which role. */
export type DeclarationAction = DeclarationEvent extends infer E ? (E extends { by: string } ? Omit<E, 'by' | 'role'> : never) : never;

/** Events the service computes itself (filing, completion, lane, transit): not sent as actions. */
const COMPUTED_EVENTS: readonly string[] = ['SUBMIT', 'RESUBMIT', 'DECLARE_SUMMARY', 'COMPLETE_DECLARATION', 'TRANSIT_DECLARED', 'ASSESS_RISK', 'ASSIGN_LANE'];
/** Actions that move the order or flag a transit in the same transaction (act, arriveAtDestination). */
const ACTIONS_WITH_FOLLOW_ON: readonly string[] = ['ELOCK_ALARM', 'REINSPECTION_PASSED', 'ARRIVED_AT_DESTINATION'];

/** Orders whose goods can still be declared: confirmed and not yet closed. */
const DECLARABLE_ORDER_STATES = ['confirmed', 'booked', 'inTransit', 'arrived', 'onHold'];

/** States of an open transit: the deadline still runs. */
const OPEN_TRANSIT_STATES = ['transitDeclared', 'sealed', 'arrivedAtDestination', 'heldForReinspection'];

const rule = (r: string, message: string): UserError => ({ code: 'BUSINESS_RULE', rule: r, message });

/** Bounds of a targeting instruction's reason, after trimming. */
export const TARGETING_REASON_LENGTH = { min: 3, max: 500 } as const;

export interface AssessRiskOptions {
  /** Refuse unless the declaration is still at this version. */
  expectedVersion?: number;
  /** A targeting instruction (布控指令): the declaration goes red, reason TARGETED first. */
  targeting?: { reason: string };
}

/** The targeting instruction with its reason trimmed, or the field error. */
function checkTargeting(targeting: { reason: string } | undefined): Result<Targeting | undefined, UserError[]> {
  if (targeting === undefined) return ok(undefined);
  const reason = typeof targeting.reason === 'string' ? targeting.reason.trim() : '';
  const { min, max } = TARGETING_REASON_LENGTH;
  if (reason.length < min || reason.length > max) {
    return fail([fieldError(['targeting', 'reason'], 'targeting-reason', `say why the declaration is targeted in ${min} to ${max} characters, got ${reason.length}`)]);
  }
  return ok({ reason });
}

export interface DeclarationListFilter {
  kind?: string;
  state?: string;
  order?: string;
  lane?: string;
  /** true: no lane yet; false: a lane given */
  withoutLane?: boolean;
}

export class DeclarationService {
  readonly model: Model<DeclarationRecord>;
  /** Declarations as this process last wrote them, by id and number (lifecycle/recent-copies.ts). */
  private readonly recent = new RecentCopies<DeclarationRecord>(undefined, (declaration) => declaration.number);
  readonly lifecycle: LifecycleEngine<typeof declarationMachine, DeclarationRecord>;

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    outbox: Outbox,
    private readonly orders: OrderService,
    private readonly shipments: ShipmentService,
    readonly settings: CustomsSettings = DEFAULT_CUSTOMS_SETTINGS,
  ) {
    this.model = declarationModel(connection);
    this.lifecycle = new LifecycleEngine(
      { name: 'declaration', machine: declarationMachine, version: DECLARATION_MACHINE_VERSION, label: (doc) => String(doc.number) },
      this.model,
      { clock, outbox, connection },
    );
  }

  /** Files a declaration as a draft (暂存) after the single window's checks. */
  async file(caller: Caller, input: FileDeclarationInput): Promise<Result<DeclarationRecord, UserError[]>> {
    const order = await this.orders.find(caller, input.order);
    if (!order) return fail([notFound(`order '${input.order}' does not exist or is not yours to see`)]);
    const inputRefusal = declarationInputRefusal({ kind: input.kind, mode: input.mode });
    if (inputRefusal) return fail([fieldError(['input', 'mode'], 'declaration-kind-mode', inputRefusal)]);
    const role = declarantRoleFor(caller, order, input.kind);
    if (!role) return fail([forbidden(`order ${order.number}: only ${describeDeclarants(input.kind)} declares its ${input.kind}`)]);
    if (!caller.party.customsCode) {
      return fail([rule('customs-registration', `party ${caller.party.code} has no customs registration code (海关编码): an enterprise registers with customs before it declares`)]);
    }
    if (!DECLARABLE_ORDER_STATES.includes(order.state)) return fail([rule('order-state', `order ${order.number} is ${order.state}: its goods cannot be declared`)]);
    const shipment = order.shipmentId ? await this.shipments.model.findById(order.shipmentId).lean() : null;
    const now = this.clock.now();
    const checked = checkFiling({
      kind: input.kind,
      mode: input.mode,
      declarant: { role, customsCode: caller.party.customsCode },
      content: input.content,
      order,
      shipment,
      today: now,
      twoStep: input.twoStep,
      transit: input.transit,
      root: ['input'],
    });
    if (!checked.ok) return checked;
    const ahead = this.submissionProblems(input, checked.value.content, shipment, now);
    if (ahead.length > 0) return fail(ahead);
    const owner = await this.orders.parties.byId(String(input.kind === 'import' ? order.buyerId : order.sellerId));
    const bill = shipment ? await billModel(this.connection).findOne({ shipmentId: shipment._id, state: { $ne: 'VOIDED' } }, { number: 1 }).lean() : null;
    const office = checked.value.content.customsOffice;
    const year = now.getUTCFullYear();
    const serial = await nextSequence(this.connection, `declaration-${office}-${year}`);
    const number = `${office}${year}${input.kind === 'import' ? '1' : '0'}${String(serial).padStart(9, '0')}`;
    const readers = [caller.party._id, order.sellerId, order.buyerId, ...(order.forwarderId ? [order.forwarderId] : [])];
    try {
      const created = await this.lifecycle.create(
        {
          _id: new Types.ObjectId(),
          number,
          kind: input.kind,
          mode: input.mode,
          orderId: order._id,
          orderNumber: order.number,
          shipmentId: shipment?._id ?? null,
          shipmentNumber: shipment?.number ?? null,
          billNumber: bill?.number ?? null,
          declarantId: caller.party._id,
          declarantRole: role,
          declarantCustomsCode: caller.party.customsCode,
          ownerId: owner!._id,
          content: checked.value.content,
          warnings: checked.value.valid.warnings,
          selection: null,
          lane: null,
          charges: null,
          transitDeadline: null,
          parties: [...new Map(readers.map((id) => [String(id), id])).values()],
          createdAt: now,
        },
        { kind: input.kind, mode: input.mode, inspectThenStuff: input.kind === 'export' && owner!.inspectThenStuff === true },
        { partyId: caller.partyId, role: role === 'customsBroker' ? 'forwarder' : role },
      );
      this.recent.remember(created);
      return ok(created);
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
      return fail([{ code: 'DUPLICATE', rule: 'one-declaration', message: `order ${order.number} already has a live ${input.kind} declaration: delete it before filing another` }]);
    }
  }

  /** A declaration the caller may read, by number or id. */
  async find(caller: Caller, ref: string, session?: ClientSession): Promise<DeclarationRecord | null> {
    const key = isObjectIdText(ref) ? { _id: new Types.ObjectId(ref) } : { number: ref.trim() };
    return this.model.findOne({ ...key, ...visibleDeclarations(caller) }).session(session ?? null).lean();
  }

  /** One page of the declarations the caller may read matching `filter`, oldest first, or what is wrong with the filter. */
  async list(caller: Caller, filter: DeclarationListFilter, page: PageArgs): Promise<Result<Page<DeclarationRecord>, UserError[]>> {
    const q = await this.listFilter(caller, filter);
    return q.ok ? ok(await paginate(this.model, q.value, page, { sortBy: 'createdAt' })) : q;
  }

  /** The filter of a declarations list, after checking it; errors name the filter field. */
  async listFilter(caller: Caller, filter: DeclarationListFilter = {}): Promise<Result<Record<string, unknown>, UserError[]>> {
    const query: Record<string, unknown> = { ...visibleDeclarations(caller) };
    if (filter.kind) query.kind = filter.kind;
    if (filter.state) query.state = filter.state;
    if (filter.lane && filter.withoutLane !== undefined) {
      return fail([fieldError(['filter', 'withoutLane'], 'lane-or-without-lane', 'filter by a lane or by withoutLane, not both')]);
    }
    if (filter.lane) query.lane = filter.lane;
    // A declaration has no lane (null) until customs' risk selection gives it one.
    if (filter.withoutLane !== undefined) query.lane = filter.withoutLane ? null : { $ne: null };
    if (filter.order) {
      const order = await this.orders.find(caller, filter.order);
      if (!order) {
        // Customs reads declarations of orders it is no party to: it filters by the stored number.
        if (!hasRole(caller, 'customs') && Object.keys(visibleDeclarations(caller)).length > 0) {
          return fail([fieldError(['filter', 'order'], 'known-order', `order '${filter.order}' does not exist or is not yours to see`)]);
        }
        if (isObjectIdText(filter.order.trim())) query.orderId = new Types.ObjectId(filter.order.trim());
        else query.orderNumber = filter.order.trim().toUpperCase();
      } else query.orderId = order._id;
    }
    return ok(query);
  }

  /** Lodges a draft with customs: submitted, a two-step summary, or a transit at its origin office. */
  submit(caller: Caller, ref: string, expectedVersion?: number): Promise<Result<DeclarationRecord, UserError[]>> {
    return this.onCopyOrRead(caller, ref, expectedVersion, (declaration, where) => this.submitted(caller, declaration, expectedVersion, where));
  }

  private async submitted(caller: Caller, declaration: DeclarationRecord, expectedVersion: number | undefined, where: Record<string, unknown> | undefined): Promise<Result<DeclarationRecord, UserError[]>> {
    const now = this.clock.now();
    // The order may have been booked since filing: the shipment, its bill and its forwarder join.
    const set: Record<string, unknown> = await this.currentLinks(declaration);
    let action: DeclarationAction;
    if (declaration.mode === 'twoStep') {
      const declaredAt = declaration.content.twoStep?.conveyanceDeclaredAt ?? now.toISOString();
      const dueBy = completeDueBy(beijingDay(declaredAt, 'conveyanceDeclaredAt'), { rules: this.settings.lateFee });
      action = { type: 'DECLARE_SUMMARY', conveyanceDeclaredAt: declaredAt, completeDueBy: dueBy };
    } else if (declaration.kind === 'transit') {
      const transit = declaration.content.transit!;
      const deadline = transitDeadline(now, { mode: declaration.content.transportMode as never, distanceKm: transit.distanceKm ?? (await this.legDistance(declaration)) }, this.settings.transitLimits);
      if (!deadline.ok) return fail(deadline.error.map((e) => ({ ...e, field: ['transit', ...(e.field ?? []).slice(1)] })));
      action = { type: 'TRANSIT_DECLARED', originOffice: declaration.content.customsOffice, destinationOffice: transit.destinationOffice, deadline: deadline.value.deadline };
      set.transitDeadline = new Date(deadline.value.deadline);
    } else {
      const charges = declarationCharges(declaration.kind, declaration.content, this.settings);
      if (!charges.ok) return charges;
      set.charges = charges.value;
      action = { type: 'SUBMIT', taxPayable: payable(charges.value) };
    }
    return this.apply(caller, declaration, action, { expectedVersion, set, where });
  }

  /** Corrects a declaration customs returned (退单) and resubmits it, checked like a filing. */
  async correct(caller: Caller, ref: string, content: DeclarationContentInput, expectedVersion?: number): Promise<Result<DeclarationRecord, UserError[]>> {
    const declaration = await this.find(caller, ref);
    if (!declaration) return fail([notFound(`declaration '${ref}' does not exist or is not yours to see`)]);
    // A complete two-step declaration returned for correction stays complete, late fee and all:
    // the fee runs to when it was first filed.
    const completedAt = machineContext(declarationMachine, declaration).completeDeclaredAt;
    const ready = await this.recheck(caller, declaration, content, completedAt !== null);
    if (!ready.ok) return ready;
    const conveyanceDeclaredAt = declaration.content.twoStep?.conveyanceDeclaredAt;
    const timing = completedAt !== null && conveyanceDeclaredAt ? { twoStep: { conveyanceDeclaredAt, completedAt: new Date(completedAt) } } : {};
    const charges = declarationCharges(declaration.kind, ready.value.content, this.settings, timing);
    if (!charges.ok) return charges;
    const set = { content: ready.value.content, warnings: ready.value.warnings, charges: charges.value };
    return this.apply(caller, declaration, { type: 'RESUBMIT', taxPayable: payable(charges.value) }, { expectedVersion, set });
  }

  /**
   * The complete declaration (完整申报) of a two-step import released for pickup, quoting the
   * summary's number; filed after its due date, it owes the late fee.
   */
  async complete(caller: Caller, ref: string, content: DeclarationContentInput, expectedVersion?: number): Promise<Result<DeclarationRecord, UserError[]>> {
    const declaration = await this.find(caller, ref);
    if (!declaration) return fail([notFound(`declaration '${ref}' does not exist or is not yours to see`)]);
    const ready = await this.recheck(caller, declaration, content, true);
    if (!ready.ok) return ready;
    const now = this.clock.now();
    const conveyanceDeclaredAt = declaration.content.twoStep?.conveyanceDeclaredAt ?? now.toISOString();
    const charges = declarationCharges(declaration.kind, ready.value.content, this.settings, { twoStep: { conveyanceDeclaredAt, completedAt: now } });
    if (!charges.ok) return charges;
    const set = { content: ready.value.content, warnings: ready.value.warnings, charges: charges.value };
    return this.apply(caller, declaration, { type: 'COMPLETE_DECLARATION', at: now.toISOString(), taxPayable: payable(charges.value) }, { expectedVersion, set });
  }

  /**
   * Customs' risk selection: an accepted declaration goes through risk assessment to its lane in
   * one transaction; a two-step summary takes its lane directly (reviewed or inspected before
   * pickup, or straight on to release for pickup).
   *
   * A targeting instruction (布控, `options.targeting`) sends a declaration or a two-step summary
   * red, reason TARGETED first, whatever the rules, the draw and the declarant's AEO status; its
   * reason is kept on the selection. On a complete two-step declaration the goods are already
   * picked up, so the red becomes a document review as any red selection does there.
   */
  async assessRisk(caller: Caller, ref: string, options: AssessRiskOptions = {}): Promise<Result<DeclarationRecord, UserError[]>> {
    const { expectedVersion } = options;
    const declaration = await this.find(caller, ref);
    if (!declaration) return fail([notFound(`declaration '${ref}' does not exist or is not yours to see`)]);
    if (!hasRole(caller, 'customs')) return fail([forbidden(`declaration ${declaration.number}: only customs ${DECLARATION_EVENTS.ASSIGN_LANE.does}`)]);
    const targeting = checkTargeting(options.targeting);
    if (!targeting.ok) return targeting;
    const owner = await this.orders.parties.byId(String(declaration.ownerId));
    if (declaration.state === 'summaryDeclared') {
      const selection = assessLane(declaration, owner!, this.settings, 'summary', targeting.value);
      return this.apply(caller, declaration, { type: 'ASSIGN_LANE', lane: selection.lane }, { expectedVersion, set: { selection, lane: selection.lane } });
    }
    const context = machineContext(declarationMachine, declaration);
    const pickedUp = context.mode === 'twoStep' && context.completeDeclaredAt !== null;
    const selection = assessLane(declaration, owner!, this.settings, pickedUp ? 'complete' : 'declaration', targeting.value);
    const { lane, note } = pickedUp ? laneAfterPickup(selection) : { lane: selection.lane, note: null };
    const set = { selection: note ? { ...selection, note } : selection, lane };
    return inTransaction(this.connection, async (session) => {
      const assessing = await this.apply(caller, declaration, { type: 'ASSESS_RISK' }, { expectedVersion, session });
      if (!assessing.ok) return assessing;
      return this.apply(caller, assessing.value, { type: 'ASSIGN_LANE', lane }, { session, set });
    });
  }

  /**
   * Applies the caller's action: the declarant's (pay, guarantee, delete) or customs' decisions.
   * An e-lock alarm on released goods holds the order; a passed reinspection lifts that hold.
   */
  async act(caller: Caller, ref: string, action: DeclarationAction, expectedVersion?: number): Promise<Result<DeclarationRecord, UserError[]>> {
    if (!COMPUTED_EVENTS.includes(action.type) && !ACTIONS_WITH_FOLLOW_ON.includes(action.type)) {
      // A plain decision is one conditional write: it may run on a remembered copy.
      return this.onCopyOrRead(caller, ref, expectedVersion, (declaration, where) => this.apply(caller, declaration, action, { expectedVersion, where }));
    }
    const declaration = await this.find(caller, ref);
    if (!declaration) return fail([notFound(`declaration '${ref}' does not exist or is not yours to see`)]);
    if (COMPUTED_EVENTS.includes(action.type)) return fail([rule('declaration-action', `${action.type} is not sent directly: use the mutation that files, corrects, completes or assesses a declaration`)]);
    if (action.type === 'ELOCK_ALARM' || action.type === 'REINSPECTION_PASSED') {
      return inTransaction(this.connection, async (session) => {
        const applied = await this.apply(caller, declaration, action, { expectedVersion, session });
        if (!applied.ok) return applied;
        const order = await this.orders.model.findById(declaration.orderId).session(session).lean();
        const held = await this.followOnOrder(caller, applied.value, order, session);
        return held.ok ? applied : held;
      }).then(async (r) => {
        if (r.ok) await this.orders.runQueuedEffects();
        return r;
      });
    }
    if (action.type === 'ARRIVED_AT_DESTINATION') return this.arriveAtDestination(caller, declaration, expectedVersion);
    return this.apply(caller, declaration, action, { expectedVersion });
  }

  /** A transit arriving after its deadline is flagged overdue with its arrival, in one transaction. */
  private arriveAtDestination(caller: Caller, declaration: DeclarationRecord, expectedVersion?: number): Promise<Result<DeclarationRecord, UserError[]>> {
    return inTransaction(this.connection, async (session) => {
      const arrived = await this.apply(caller, declaration, { type: 'ARRIVED_AT_DESTINATION' }, { expectedVersion, session });
      if (!arrived.ok || !this.isOverdue(arrived.value) || machineContext(declarationMachine, arrived.value).overdue) return arrived;
      return this.apply(caller, arrived.value, { type: 'FLAG_OVERDUE' }, { session });
    });
  }

  /** Flags every open transit past its deadline; returns those flagged now. */
  async flagOverdueTransits(caller: Caller): Promise<Result<DeclarationRecord[], UserError[]>> {
    if (!hasRole(caller, 'customs')) return fail([forbidden(`only customs ${DECLARATION_EVENTS.FLAG_OVERDUE.does}`)]);
    const now = this.clock.now();
    const due = await this.model
      .find({ kind: 'transit', state: { $in: OPEN_TRANSIT_STATES }, transitDeadline: { $lt: now }, 'machine.snapshot.context.overdue': false })
      .sort({ transitDeadline: 1, number: 1 })
      .lean();
    const flagged: DeclarationRecord[] = [];
    for (const declaration of due) {
      const r = await this.apply(caller, declaration, { type: 'FLAG_OVERDUE' }, { expectedVersion: declaration.version });
      // Another customs officer flagging the same transit at the same moment won: nothing lost.
      if (r.ok) flagged.push(r.value);
      else if (r.error[0]?.code !== 'CONFLICT') return r;
    }
    return ok(flagged);
  }

  /** The order a declaration declares (read without the caller's visibility: the declaration's reader may see its order's terms). */
  orderOf(declaration: DeclarationRecord): Promise<OrderRecord | null> {
    return this.orders.model.findById(declaration.orderId).lean();
  }

  /** Whether a transit is past its deadline and still open, on the clock. */
  isOverdue(declaration: DeclarationRecord): boolean {
    const context = machineContext(declarationMachine, declaration);
    if (context.overdue) return true;
    return declaration.transitDeadline !== null && OPEN_TRANSIT_STATES.includes(declaration.state) && this.clock.now() > declaration.transitDeadline;
  }

  private async recheck(caller: Caller, declaration: DeclarationRecord, content: DeclarationContentInput, completing: boolean) {
    if (String(declaration.declarantId) !== caller.partyId) return fail<UserError[]>([forbidden(`declaration ${declaration.number}: only its declarant corrects it`)]);
    const order = (await this.orders.model.findById(declaration.orderId).lean()) as OrderRecord;
    const shipment = order.shipmentId ? await this.shipments.model.findById(order.shipmentId).lean() : null;
    const twoStep = declaration.content.twoStep;
    const checked = checkFiling({
      kind: declaration.kind,
      mode: declaration.mode,
      declarant: { role: declaration.declarantRole, customsCode: declaration.declarantCustomsCode },
      content,
      order,
      shipment,
      today: this.clock.now(),
      twoStep: twoStep ? { dutiable: twoStep.dutiable, guaranteeReference: twoStep.guaranteeReference, conveyanceDeclaredAt: twoStep.conveyanceDeclaredAt ?? '' } : null,
      completing: completing ? { summaryNumber: declaration.number } : undefined,
      transit: declaration.content.transit,
      root: [],
    });
    if (!checked.ok) return checked;
    return ok({ content: checked.value.content, warnings: checked.value.valid.warnings });
  }

  /** The e-lock side of the order: an alarm holds it, a passed reinspection lifts that hold. */
  private async followOnOrder(caller: Caller, declaration: DeclarationRecord, order: OrderRecord | null, session: ClientSession): Promise<Result<unknown, UserError[]>> {
    if (!order) return ok(null);
    const actor: Actor = { partyId: caller.partyId, role: 'customs' };
    const context = machineContext(declarationMachine, declaration);
    if (declaration.state === 'heldForReinspection') {
      if (order.state === 'onHold' || !['confirmed', 'booked', 'inTransit', 'arrived'].includes(order.state)) return ok(null);
      const reason = `e-lock ${context.elockId} alarm (declaration ${declaration.number}): ${context.alarm}`;
      return this.orders.applySystemEvent(order._id, { type: 'HOLD', reason, source: 'elockAlarm' }, actor, { session });
    }
    const heldByAlarm = order.state === 'onHold' && machineContext(orderMachine, order).holdSource === 'elockAlarm';
    if (!heldByAlarm) return ok(null);
    // Another declaration of the order (its transit, say) may still be held after its own alarm.
    const stillHeld = await this.model.exists({ orderId: order._id, _id: { $ne: declaration._id }, state: 'heldForReinspection' }).session(session);
    return stillHeld ? ok(null) : this.orders.applySystemEvent(order._id, { type: 'RESUME' }, actor, { session });
  }

  /**
   * What submitting would refuse, found at filing so the declarant can still fix it: an import
   * the tariff or the customs rates cannot charge, a two-step summary that calls dutiable goods
   * duty-free, a transit whose time limit needs a distance nobody gave.
   */
  private submissionProblems(input: FileDeclarationInput, content: DeclarationContentRecord, shipment: ShipmentRecord | null, now: Date): UserError[] {
    const inInput = (e: UserError): UserError => (e.field ? fieldError(['input', ...e.field], e.rule ?? 'invalid', e.message.replace(/^[^:]*: /, '')) : e);
    if (input.kind === 'import') {
      const charges = declarationCharges(input.kind, content, this.settings);
      if (!charges.ok) return charges.error.map(inInput);
      if (input.mode === 'twoStep' && input.twoStep && !input.twoStep.dutiable && payable(charges.value)) {
        return [fieldError(['input', 'twoStep', 'dutiable'], 'dutiable-matches-tariff', `the goods owe ${charges.value!.total} CNY of duty and tax under the tariff: the summary must say they are dutiable and give a guarantee`)];
      }
    }
    if (input.kind === 'transit' && content.transit) {
      const distanceKm = content.transit.distanceKm ?? shipment?.legs.find((l) => l.from === content.port)?.distanceKm;
      const deadline = transitDeadline(now, { mode: content.transportMode as never, distanceKm }, this.settings.transitLimits);
      if (!deadline.ok) return deadline.error.map((e) => fieldError(['input', 'transit', e.field?.at(-1) === 'mode' ? 'transportMode' : 'distanceKm'], e.rule ?? 'invalid', e.message.replace(/^[^:]*: /, '')));
    }
    return [];
  }

  /** The shipment, bill and readers a declaration should name now, from its order. */
  private async currentLinks(declaration: DeclarationRecord): Promise<Record<string, unknown>> {
    const order = await this.orders.model.findById(declaration.orderId, { shipmentId: 1, forwarderId: 1 }).lean();
    if (!order?.shipmentId) return {};
    const shipment = await this.shipments.model.findById(order.shipmentId, { number: 1 }).lean();
    const bill = await billModel(this.connection).findOne({ shipmentId: order.shipmentId, state: { $ne: 'VOIDED' } }, { number: 1 }).lean();
    const readers = [...declaration.parties, ...(order.forwarderId ? [order.forwarderId] : [])];
    return {
      shipmentId: order.shipmentId,
      shipmentNumber: shipment?.number ?? null,
      billNumber: bill?.number ?? null,
      parties: [...new Map(readers.map((id) => [String(id), id])).values()],
    };
  }

  /** The distance of the shipment's leg from the transit's port, for banded time limits. */
  private async legDistance(declaration: DeclarationRecord): Promise<number | undefined> {
    if (!declaration.shipmentId) return undefined;
    const shipment = await this.shipments.model.findById(declaration.shipmentId).lean();
    return shipment?.legs.find((l) => l.from === declaration.content.port)?.distanceKm;
  }

  /** Checks who acts and what the rules say, then applies the event through the lifecycle engine. */
  private async apply(
    caller: Caller,
    declaration: DeclarationRecord,
    action: DeclarationAction,
    options: { expectedVersion?: number; session?: ClientSession; set?: Record<string, unknown>; where?: Record<string, unknown> },
  ): Promise<Result<DeclarationRecord, UserError[]>> {
    const eventRule = DECLARATION_EVENTS[action.type];
    const isDeclarant = String(declaration.declarantId) === caller.partyId;
    if (eventRule.role === 'customs' && !hasRole(caller, 'customs')) return fail([forbidden(`declaration ${declaration.number}: only customs ${eventRule.does}`)]);
    if (eventRule.role === 'declarant' && !isDeclarant) return fail([forbidden(`declaration ${declaration.number}: only its declarant ${eventRule.does}`)]);
    const event = { ...action, by: caller.partyId, role: eventRule.role } as DeclarationEvent;
    const context = machineContext(declarationMachine, declaration);
    const refusal = declarationRefusal(declaration.state as never, context, event);
    if (refusal) return fail([rule('declaration-control', `declaration ${declaration.number}: ${refusal}`)]);
    const actor: Actor = { partyId: caller.partyId, role: eventRule.role === 'customs' ? 'customs' : declaration.declarantRole === 'customsBroker' ? 'forwarder' : declaration.declarantRole };
    const r = await this.lifecycle.apply(declaration._id, event, actor, {
      session: options.session,
      expectedVersion: options.expectedVersion ?? declaration.version,
      set: options.set,
      current: declaration,
      where: options.where,
    });
    if (!r.ok) return fail([lifecycleError(r.error)]);
    // A write inside a transaction may still roll back: only a committed write is remembered.
    if (options.session) this.recent.forget(declaration._id);
    else this.recent.remember(r.value.doc);
    return ok(r.value.doc);
  }

  /**
   * Runs a step that ends in one conditional write of the declaration on the declaration as this
   * process last wrote it, when it has that copy (issue 18: one read less per step). The write is
   * conditional on the copy's version and on the caller's visibility (`where`), so a copy that is
   * no longer the declaration writes nothing; any failure on the copy (stale, refused, not the
   * caller's) is answered by running the step again on the declaration as read, as without a copy,
   * but a race lost to another request of this process (lifecycle/recent-copies.ts).
   */
  private onCopyOrRead(
    caller: Caller,
    ref: string,
    expectedVersion: number | undefined,
    step: (declaration: DeclarationRecord, where?: Record<string, unknown>) => Promise<Result<DeclarationRecord, UserError[]>>,
  ): Promise<Result<DeclarationRecord, UserError[]>> {
    const key = isObjectIdText(ref) ? ref : ref.trim();
    return onCopyOrRead(this.recent, key, expectedVersion, (copy) => step(copy as DeclarationRecord, visibleDeclarations(caller)), async () => {
      const declaration = await this.find(caller, ref);
      if (!declaration) return fail([notFound(`declaration '${ref}' does not exist or is not yours to see`)]);
      return step(declaration);
    });
  }
}
