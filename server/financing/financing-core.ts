/**
 * What every financing operation shares: the model and lifecycle engine, the services of the
 * documents a loan stands on, reads limited to the loan's parties, and `transition`, which checks
 * who acts (role, then being this loan's exporter, bank or insurer), then the machine's rule
 * (financingRefusal, the same function its guards call), then applies the event through the engine.
 */
import type { ClientSession, Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import {
  FINANCING_EVENTS,
  FINANCING_MACHINE_VERSION,
  type FinancingContext,
  type FinancingEvent,
  type FinancingRole,
  type FinancingStateName,
  financingMachine,
  financingRefusal,
} from '../../machines/financing.machine';
import { BillPledges } from '../bills/bill-pledges';
import type { BillService } from '../bills/bill.service';
import type { Clock } from '../clock';
import type { DeclarationService } from '../customs/declaration.service';
import { LifecycleEngine } from '../lifecycle/engine';
import { RecentCopies } from '../lifecycle/recent-copies';
import type { Outbox } from '../lifecycle/outbox';
import { type FinancingRecord, financingModel } from '../models/financing.model';
import type { OrderService } from '../orders/order.service';
import { lifecycleError } from '../orders/order.service';
import { type Caller, callerOf, hasRole, readsAll } from '../parties/caller';
import { afterCommit } from '../shared/after-commit';
import { isObjectIdText } from '../shared/ids';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, forbidden, notFound } from '../shared/user-error';
import type { CreditPolicyService } from './credit-policy.service';
import type { InvoiceService } from './invoice.service';
import { DEFAULT_MATCHING_OPTIONS, DEFAULT_RATE_TABLE, type MatchingOptions, type RateTable } from './rules';
import { machineContext } from '../lifecycle/snapshot';

/** An event as a caller sends it: the service adds who acts (`by`) and in which role. */
export type FinancingAction = FinancingEvent extends infer E ? (E extends { by: string } ? Omit<E, 'by' | 'role'> : never) : never;

export interface FinancingDependencies {
  orders: OrderService;
  bills: BillService;
  declarations: DeclarationService;
  invoices: InvoiceService;
  policies: CreditPolicyService;
  /** the exchange rates held on the clock; the simulator's indicative table when left out */
  fxTable?: RateTable;
  /** the four-document matching's tolerance and invoice period */
  matching?: Partial<MatchingOptions>;
}

export interface TransitionOptions {
  session?: ClientSession;
  set?: Record<string, unknown>;
  expectedVersion?: number;
}

const ROLE_NAMES: Readonly<Record<FinancingRole, string>> = { exporter: 'its exporter', bank: 'its bank', insurer: 'the insurer of its policy' };

export const businessRule = (r: string, message: string, field?: string[]): UserError => ({ code: 'BUSINESS_RULE', rule: r, message, ...(field ? { field } : {}) });

export function contextOf(financing: FinancingRecord): FinancingContext {
  return machineContext(financingMachine, financing);
}

/** A filter limiting financing reads to the caller's own: its exporter, bank and insurer; trainers and auditors read all. */
export function visibleFinancings(caller: Caller): Record<string, unknown> {
  return readsAll(caller) ? {} : { parties: caller.party._id };
}

export class FinancingCore {
  readonly model: Model<FinancingRecord>;
  /** Financings as this process last wrote them, by id and number (lifecycle/recent-copies.ts). */
  protected readonly recent = new RecentCopies<FinancingRecord>(undefined, (financing) => financing.number);
  /**
   * Set on a core acting on a remembered copy (FinancingService.onCopy): the copy was not read
   * with the caller's visibility, so the transition's write carries it as a condition.
   */
  protected copyWhere: Record<string, unknown> | null = null;
  readonly lifecycle: LifecycleEngine<typeof financingMachine, FinancingRecord>;
  readonly pledges: BillPledges;
  readonly fxTable: RateTable;
  readonly matchingOptions: MatchingOptions;

  constructor(
    readonly connection: Connection,
    readonly clock: Clock,
    outbox: Outbox,
    readonly deps: FinancingDependencies,
  ) {
    this.model = financingModel(connection);
    this.lifecycle = new LifecycleEngine(
      { name: 'financing', machine: financingMachine, version: FINANCING_MACHINE_VERSION, label: (doc) => String(doc.number) },
      this.model,
      { clock, outbox, connection },
    );
    this.pledges = new BillPledges(deps.bills);
    this.fxTable = deps.fxTable ?? DEFAULT_RATE_TABLE;
    this.matchingOptions = { ...DEFAULT_MATCHING_OPTIONS, ...deps.matching };
  }

  /** A financing the caller may read, by id or number. */
  async find(caller: Caller, ref: string, session?: ClientSession): Promise<FinancingRecord | null> {
    const key = isObjectIdText(ref) ? { _id: new Types.ObjectId(ref) } : { number: ref.trim().toUpperCase() };
    return this.model.findOne({ ...key, ...visibleFinancings(caller) }).session(session ?? null).lean();
  }

  async load(caller: Caller, ref: string): Promise<Result<FinancingRecord, UserError[]>> {
    const financing = await this.find(caller, ref);
    return financing ? ok(financing) : fail([notFound(`financing '${ref}' does not exist or is not yours to see`)]);
  }

  /** Why the caller may not send `type` on this financing (FORBIDDEN), or null when it may. */
  mayAct(caller: Caller, financing: FinancingRecord, type: FinancingAction['type']): UserError | null {
    const eventRule = FINANCING_EVENTS[type];
    const partyId = eventRule.role === 'exporter' ? financing.exporterId : eventRule.role === 'bank' ? financing.bankId : financing.insurerId;
    if (hasRole(caller, eventRule.role) && partyId !== null && String(partyId) === caller.partyId) return null;
    return forbidden(`financing ${financing.number}: only ${ROLE_NAMES[eventRule.role]} ${eventRule.does}`);
  }

  /** The machine's reason to refuse the action, as a business rule error, or null. */
  refusal(caller: Caller, financing: FinancingRecord, action: FinancingAction): UserError | null {
    const event = this.eventOf(caller, action);
    const why = financingRefusal(financing.state as FinancingStateName, contextOf(financing), event);
    return why ? businessRule('financing-control', `financing ${financing.number}: ${why}`) : null;
  }

  async transition(caller: Caller, financing: FinancingRecord, action: FinancingAction, options: TransitionOptions = {}): Promise<Result<FinancingRecord, UserError[]>> {
    const denied = this.mayAct(caller, financing, action.type) ?? this.refusal(caller, financing, action);
    if (denied) return fail([denied]);
    const event = this.eventOf(caller, action);
    const r = await this.lifecycle.apply(financing._id, event, { partyId: caller.partyId, role: event.role }, {
      session: options.session,
      set: options.set,
      expectedVersion: options.expectedVersion ?? financing.version,
      current: financing,
      where: this.copyWhere ?? undefined,
    });
    if (!r.ok) return fail([lifecycleError(r.error)]);
    this.rememberWritten(r.value.doc, options.session);
    return ok(r.value.doc);
  }

  /**
   * Keeps the financing as `session`'s write left it once that transaction committed (a write
   * inside one may still roll back; the copy it replaces is no longer the financing meanwhile),
   * or at once for a write outside any transaction.
   */
  rememberWritten(written: FinancingRecord, session?: ClientSession): void {
    if (!session) return this.recent.remember(written);
    this.recent.forget(written._id);
    afterCommit(session, () => this.recent.remember(written));
  }

  /**
   * A party of the loan as a caller, for a bill action the loan agreement authorises on its behalf:
   * applying for a bill pledge loan is the exporter's instruction to pledge the bill once approved.
   */
  async partyAsCaller(id: Types.ObjectId): Promise<Caller> {
    const party = await this.deps.orders.parties.byId(String(id));
    if (!party) throw new Error(`party ${String(id)} of a financing does not exist`);
    return callerOf(party);
  }

  private eventOf(caller: Caller, action: FinancingAction): FinancingEvent {
    return { ...action, by: caller.partyId, role: FINANCING_EVENTS[action.type].role } as FinancingEvent;
  }
}
