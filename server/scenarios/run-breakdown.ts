/**
 * What a run's report page draws, read from the stored run: its figures by lane, cause and mode,
 * its incidents (known from the start), its refusals counted from the events as they were
 * written (so they show while the run plays), and its orders' rows. The report page and the
 * comparison of two runs read these instead of parsing the whole JSON report in the browser.
 */
import type { Model, Types } from 'mongoose';
import type { ScenarioRunEventRecord, ScenarioRunRecord, OrderRow } from '../models/scenario-run.model';
import type { CauseTotal } from '../models/scenario-report';
import { expandOrders } from './run/expand-orders';
import type { Scenario } from './scenario';

/** An order's row with the run it belongs to, so its timeline can be read from the events. */
export type OrderReportView = OrderRow & { runId: Types.ObjectId };

export interface RunBreakdown {
  lanes: Array<{ lane: string; orders: number }>;
  delaysByCause: CauseTotal[];
  destinationWaitsByCause: CauseTotal[];
  co2ByMode: Array<{ mode: string; kg: string }>;
  maxCustomsDwellHours: number | null;
  completed: number;
}

/** One rule's refusals over a run. */
export interface RefusalTotal {
  rule: string;
  events: number;
  orders: number;
}

/** Lanes in the order customs escalates them; one the runner might add later goes last. */
const LANE_ORDER = ['green', 'yellow', 'red'];

export function breakdownOf(run: ScenarioRunRecord): RunBreakdown | null {
  const s = run.report?.summary;
  if (!s) return null;
  const rank = (lane: string) => (LANE_ORDER.includes(lane) ? LANE_ORDER.indexOf(lane) : LANE_ORDER.length);
  return {
    lanes: Object.entries(s.lanes)
      .map(([lane, orders]) => ({ lane, orders }))
      .sort((a, b) => rank(a.lane) - rank(b.lane) || a.lane.localeCompare(b.lane)),
    delaysByCause: s.delaysByCause,
    destinationWaitsByCause: s.destinationWaitsByCause,
    co2ByMode: Object.entries(s.co2KgByMode).map(([mode, kg]) => ({ mode, kg })),
    maxCustomsDwellHours: s.customsDwellHours.max,
    completed: s.completed,
  };
}

/**
 * The attempts the rules refused so far, by rule, with the distinct orders each touched; most
 * first, then by rule, so the order is stable. Counted from the events as written, so they show
 * while the run plays.
 */
export async function refusalTotals(events: Model<ScenarioRunEventRecord>, runId: Types.ObjectId): Promise<RefusalTotal[]> {
  const groups = await events.aggregate<{ _id: string | null; events: number; orders: Array<string | null> }>([
    { $match: { runId, outcome: 'refused' } },
    { $group: { _id: '$rule', events: { $sum: 1 }, orders: { $addToSet: '$order' } } },
  ]);
  return groups
    .map((g) => ({ rule: g._id ?? 'unknown', events: g.events, orders: g.orders.filter((o) => o !== null).length }))
    .sort((a, b) => b.events - a.events || a.rule.localeCompare(b.rule));
}

/** One incident type over a run: how many times it is played, on how many orders. */
export interface IncidentTotal {
  type: string;
  events: number;
  orders: number;
}

/**
 * The scenario's incidents over the orders a run plays: every copy of an order gets its order's
 * incidents (as the runner plays them), a scenario-wide one (an FX move) counts once and touches
 * no order. Taken from the scenario rather than the events, since some incidents act through a
 * service (an e-lock alarm is a declaration event, a re-route a shipment's) and leave no note of
 * their own. Most first, then by type.
 */
export function incidentTotals(scenario: Scenario, orders: number): IncidentTotal[] {
  const copies = new Map<string, number>();
  for (const played of expandOrders(scenario, orders)) copies.set(played.spec.ref, (copies.get(played.spec.ref) ?? 0) + 1);
  const totals = new Map<string, { events: number; refs: Set<string> }>();
  for (const incident of scenario.incidents ?? []) {
    const total = totals.get(incident.type) ?? { events: 0, refs: new Set<string>() };
    if ('order' in incident) {
      total.events += copies.get(incident.order) ?? 0;
      total.refs.add(incident.order);
    } else total.events += 1;
    totals.set(incident.type, total);
  }
  return [...totals]
    .map(([type, t]) => ({ type, events: t.events, orders: [...t.refs].reduce((n, ref) => n + (copies.get(ref) ?? 0), 0) }))
    .filter((t) => t.events > 0)
    .sort((a, b) => b.events - a.events || a.type.localeCompare(b.type));
}

export function orderReportsOf(run: ScenarioRunRecord): OrderReportView[] | null {
  return run.report ? run.report.orders.map((o) => ({ ...o, runId: run._id })) : null;
}

export function orderReportOf(run: ScenarioRunRecord, handle: string): OrderReportView | null {
  const row = run.report?.orders.find((o) => o.handle === handle);
  return row ? { ...row, runId: run._id } : null;
}
