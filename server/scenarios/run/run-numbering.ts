/**
 * Document numbers in a scenario run, by order: the k-th document of a sequence (orders of 2026,
 * shipments of 2026, declarations of an office and year ...) that the order in place i of the run
 * creates gets the value (k - 1) × MAX_RUN_ORDERS + i. An order's numbers then depend on the seed
 * and its place alone, not on which orders ran before it or beside it in the same worker, and
 * they stay unique within the run: i runs from 1 to at most MAX_RUN_ORDERS. The first document of
 * each kind keeps the familiar form (order 7 is ORD-2026-000007, its shipment SHP-2026-000007);
 * a second one (a re-routed booking's shipment, a reissued bill) gets a seven-digit serial.
 * What the scenario's own timeline creates (lane 0: the insurers' policies, issued before any
 * order) is numbered by the database's counters, the same in every worker; a sequence used by
 * both the timeline and an order would collide, so it stops the run.
 */
import type { Connection } from 'mongoose';
import { numberSequencesWith } from '../../models/counter.model';
import type { Simulation } from './simulation';

/** The most orders one run plays: a guard against a typo, far above what a trainer needs; also the stride of the numbering. */
export const MAX_RUN_ORDERS = 1_000_000;

export class RunNumbering {
  private readonly used = new Map<number, Map<string, number>>();
  private readonly timelineSequences = new Set<string>();
  private readonly orderSequences = new Set<string>();
  /** lanes whose order has ended: a document numbered for one afterwards would restart its count */
  private readonly ended = new Set<number>();

  constructor(private readonly sim: Simulation) {}

  /** Numbers the documents created on `connection` (the run's database) by lane. */
  attach(connection: Connection): void {
    numberSequencesWith(connection, (name) => this.next(name));
  }

  /** The value for `name` in the lane running now; null on the scenario's timeline (the counters number it). */
  next(name: string): number | null {
    const lane = this.sim.currentLane;
    if (lane === 0) {
      if (this.orderSequences.has(name)) throw new Error(`sequence ${name} is numbered by orders and by the scenario's timeline: numbers would collide`);
      this.timelineSequences.add(name);
      return null;
    }
    if (this.timelineSequences.has(name)) throw new Error(`sequence ${name} is numbered by orders and by the scenario's timeline: numbers would collide`);
    this.orderSequences.add(name);
    if (this.ended.has(lane)) throw new Error(`order ${lane} of the run numbers a ${name} document after it ended`);
    let counts = this.used.get(lane);
    if (!counts) this.used.set(lane, (counts = new Map()));
    const k = (counts.get(name) ?? 0) + 1;
    counts.set(name, k);
    return (k - 1) * MAX_RUN_ORDERS + lane;
  }

  /** An order that has finished creates no more documents: forget its counts (a run may play a million). */
  finished(lane: number): void {
    this.used.delete(lane);
    this.ended.add(lane);
  }
}
