/**
 * One scenario order being played: its handle, its parties as callers, the incidents aimed at it,
 * the facts gathered for the report, and the log of what each party did. Every step goes through
 * a service with the acting party as the caller, exactly as a request would: a refusal is either
 * part of the lesson (`attempt`, recorded and played on) or a scenario that cannot be played
 * (`act`, which stops the run naming the step and the rule).
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { CreditPolicyRecord } from '../../models/credit-policy.model';
import type { Caller } from '../../parties/caller';
import type { Random } from '../../shared/random';
import { keyedRandom } from '../../shared/random';
import type { Result } from '../../shared/result';
import type { UserError } from '../../shared/user-error';
import type { Scenario, ScenarioGoods, ScenarioIncident, ScenarioOrder } from '../scenario';
import { DelayLedger } from './delay-ledger';
import type { RunEvent } from '../../models/scenario-report';
import type { RunWorld } from './run-world';
import type { Simulation } from './simulation';

dayjs.extend(utc);

/** A refusal the scenario did not plan for: the run stops and says which step of which order. */
export class ScenarioStepError extends Error {
  constructor(
    readonly handle: string,
    readonly step: string,
    readonly errors: readonly UserError[],
  ) {
    super(`order ${handle}, step ${step}: ${errors.map((e) => `${e.rule ? `[${e.rule}] ` : ''}${e.message}`).join('; ')}`);
    this.name = 'ScenarioStepError';
  }
}

/** An event and the lane it happened in: its order's place in the run (from 1), or 0 for the scenario's timeline. */
export interface LaneEvent {
  lane: number;
  event: RunEvent;
}

/**
 * The run's log. Each event is numbered within its lane as it is recorded (its place in its
 * order's timeline, or in the scenario's), which does not depend on the other orders; the run
 * numbers all events once the lanes are merged (event-merge.ts).
 */
export class RunLog {
  private total = 0;
  readonly scenarioTimeline: RunEvent[] = [];
  /** events not yet handed to the run's watcher, when it has one */
  private unsent: LaneEvent[] | null = null;

  /**
   * @param timelineTold the scenario's timeline was already told (by an earlier round of the run,
   *   rounds.ts): this round's copy of it is kept for comparison, neither counted nor handed on
   */
  constructor(private readonly timelineTold = false) {}

  record(lane: number, target: RunEvent[], event: Omit<RunEvent, 'seq'>): RunEvent {
    const entry: RunEvent = { seq: target.length + 1, ...event };
    target.push(entry);
    if (lane === 0 && this.timelineTold) return entry;
    this.total++;
    this.unsent?.push({ lane, event: entry });
    return entry;
  }

  /** From now on, keeps every new event until `takeUnsent` hands it over (for a stored run's watchers). */
  keepUnsent(): void {
    this.unsent ??= [];
  }

  get unsentCount(): number {
    return this.unsent?.length ?? 0;
  }

  takeUnsent(): LaneEvent[] {
    const taken = this.unsent ?? [];
    if (this.unsent) this.unsent = [];
    return taken;
  }

  get count(): number {
    return this.total;
  }
}

/** What all orders of a run share: the log, and the credit insurance policies issued at its start. */
export interface RunShared {
  log: RunLog;
  /** the policy an insurer issued an exporter before the first order */
  policyFor(insurer: string, exporter: Caller): CreditPolicyRecord;
}

/** What the report needs from an order, filled in as it is played. */
export interface OrderFacts {
  number: string | null;
  orderId: string | null;
  readyAt: Date;
  shipmentNumber: string | null;
  declarationNumber: string | null;
  submittedAt: Date | null;
  releasedAt: Date | null;
  billNumber: string | null;
  financingNumber: string | null;
  invoiceNumber: string | null;
  /** the last leg's arrival at the destination */
  arrivedAt: Date | null;
  deliveredAt: Date | null;
  legTimes: Map<number, { departedAt: Date | null; arrivedAt: Date | null }>;
  /** transport delay: the days late against the plan, by cause, up to the arrival at destination */
  transportDelay: DelayLedger;
  /** from the arrival at destination to delivery: the days the goods wait there, by cause */
  destinationWait: DelayLedger;
}

export class OrderRun {
  readonly events: RunEvent[] = [];
  readonly facts: OrderFacts;
  readonly seller: Caller;
  readonly buyer: Caller;
  readonly forwarder: Caller;
  readonly customs: Caller;
  /** draws of this order alone, so adding orders never changes another order's story */
  readonly random: Random;

  constructor(
    readonly sim: Simulation,
    readonly world: RunWorld,
    readonly shared: RunShared,
    readonly scenario: Scenario,
    readonly spec: ScenarioOrder,
    readonly handle: string,
    /** the order's place in the run, from 1: its lane in the simulation and the serial of its numbers */
    readonly lane: number,
    seed: number,
  ) {
    this.seller = world.as(spec.seller);
    this.buyer = world.as(spec.buyer);
    this.forwarder = world.as(spec.forwarder ?? 'CQ-LANDSEA');
    this.customs = world.as('CQ-CUSTOMS');
    this.random = keyedRandom(seed, `order:${handle}`);
    this.facts = {
      number: null, orderId: null, readyAt: this.dayAt(spec.readyDay ?? 0), shipmentNumber: null, declarationNumber: null,
      submittedAt: null, releasedAt: null, billNumber: null, financingNumber: null, invoiceNumber: null, arrivedAt: null, deliveredAt: null,
      legTimes: new Map(), transportDelay: new DelayLedger(), destinationWait: new DelayLedger(),
    };
  }

  get log(): RunLog {
    return this.shared.log;
  }

  policyFor(insurer: string): CreditPolicyRecord {
    return this.shared.policyFor(insurer, this.seller);
  }

  /** The party with this id as a caller (a bank or insurer named on a document). */
  async partyCaller(partyId: string): Promise<Caller> {
    const party = await this.services.parties.model.findById(partyId, { code: 1 }).lean();
    return this.world.as(party!.code);
  }

  get services() {
    return this.world.services;
  }

  get goods(): ScenarioGoods[] {
    return this.spec.goods.map((name) => this.scenario.goods![name]);
  }

  /** The incidents of the scenario aimed at this order (every copy of a multiplied order gets them). */
  incidents<T extends ScenarioIncident['type']>(type: T): Array<Extract<ScenarioIncident, { type: T }>> {
    return (this.scenario.incidents ?? []).filter((i): i is Extract<ScenarioIncident, { type: T }> => i.type === type && 'order' in i && i.order === this.spec.ref);
  }

  /** The scenario's day `day` at the start's time of day. */
  dayAt(day: number): Date {
    return dayjs.utc(this.scenario.start).add(day, 'day').toDate();
  }

  now(): Date {
    return this.sim.clock.now();
  }

  later(hours: number, from: Date = this.now()): Date {
    return new Date(from.getTime() + hours * 3_600_000);
  }

  wait(at: Date): Promise<void> {
    return this.sim.until(at);
  }

  note(name: string, actor: Caller | string, detail: string, outcome: RunEvent['outcome'] = 'done', rule?: string): RunEvent {
    return this.log.record(this.lane, this.events, {
      at: this.now().toISOString(),
      order: this.handle,
      name,
      actor: typeof actor === 'string' ? actor : actor.party.code,
      outcome,
      detail,
      ...(rule ? { rule } : {}),
    });
  }

  /** A step that must succeed for the scenario to go on. */
  async act<T>(name: string, actor: Caller, call: Promise<Result<T, UserError[]>>, detail: string | ((value: T) => string)): Promise<T> {
    const result = await call;
    if (!result.ok) throw new ScenarioStepError(this.handle, name, result.error);
    this.note(name, actor, typeof detail === 'function' ? detail(result.value) : detail);
    return result.value;
  }

  /** A step the rules may refuse; the refusal is recorded with its rule, and the run plays on. */
  async attempt<T>(name: string, actor: Caller, call: Promise<Result<T, UserError[]>>, detail: string | ((value: T) => string)): Promise<T | null> {
    const result = await call;
    if (result.ok) {
      this.note(name, actor, typeof detail === 'function' ? detail(result.value) : detail);
      return result.value;
    }
    const first = result.error[0];
    this.note(name, actor, `refused: ${result.error.map((e) => e.message).join('; ')}`, 'refused', first?.rule ?? first?.code);
    return null;
  }

  /**
   * The goods waited at the destination until now, for `cause` (the arrival day is the plan of
   * the wait); nothing while they have not arrived.
   */
  waited(cause: string | null): void {
    if (this.facts.arrivedAt) this.facts.destinationWait.checkpoint(this.facts.arrivedAt, this.now(), cause);
  }
}
