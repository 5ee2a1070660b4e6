/**
 * The report of a scenario run: what happened to each order and what it cost, the KPIs the plan
 * is measured by, and each expectation with its evidence. Everything in it is derived from the
 * simulated run (no wall-clock time, no database ids), so the same scenario and seed give the
 * same report, byte for byte. Amounts are decimal strings; durations are in days or hours.
 */

/** One thing that happened in a run, or was attempted and refused by the rules. */
export interface RunEvent {
  /** position in the run: events are numbered in the order they happened */
  seq: number;
  /** simulated instant, ISO 8601 UTC */
  at: string;
  /** the scenario order's handle (e.g. moto, moto-2), or null for the scenario's own timeline */
  order: string | null;
  /** document.happening, e.g. invoice.corrected, financing.approved, leg1.departed */
  name: string;
  /** the party code that acted */
  actor: string;
  /** done, or refused by a rule (the attempt is part of the lesson) */
  outcome: 'done' | 'refused';
  /** what happened, in words */
  detail: string;
  /** the rule that refused it */
  rule?: string;
}

export interface Amount {
  amount: string;
  currency: string;
}

/** Whole days one cause cost an order. */
export interface DelayCause {
  cause: string;
  days: number;
}

/** One cause over the run: how many orders it touched, its days in all, and per order of the run. */
export interface CauseTotal {
  cause: string;
  orders: number;
  /** the sum over every order, days */
  totalDays: number;
  /** totalDays over every order with a figure (arrived, or delivered for waits), to 0.1 day */
  averageDays: number;
}

export interface OrderLeg {
  seq: number;
  from: string;
  to: string;
  mode: string;
  plannedEtd: string;
  plannedEta: string;
  departedAt: string | null;
  arrivedAt: string | null;
  co2Kg: string;
  freight: Amount;
}

export interface OrderReport {
  handle: string;
  /** the scenario order it is a copy of */
  ref: string;
  number: string;
  seller: string;
  buyer: string;
  route: { name: string; corridorId: string; modes: string[] } | null;
  legs: OrderLeg[];
  readyAt: string;
  plannedEta: string | null;
  /** the last leg's arrival at the destination */
  arrivedAt: string | null;
  deliveredAt: string | null;
  /** ready date to planned ETA, whole days */
  plannedLeadTimeDays: number | null;
  /** ready date to delivery, whole days; null while undelivered */
  leadTimeDays: number | null;
  /**
   * Transport delay: the arrival at the destination less the planned ETA, whole calendar days
   * (negative when early); null until it arrives. Waiting at the destination is not in it.
   */
  delayDays: number | null;
  /** the transport delay by cause, whole days, adding up to delayDays (when late) */
  delays: DelayCause[];
  /**
   * Arrival at the destination to delivery, whole calendar days: the goods waiting for customs,
   * for the title (a loan to end, a reissued bill) or the last delivery run. Lead time = planned
   * lead time + delayDays + destinationWaitDays.
   */
  destinationWaitDays: number | null;
  /** the wait by cause, whole days, adding up to destinationWaitDays */
  destinationWaits: DelayCause[];
  goodsValue: Amount;
  goodsValueUsd: string;
  freightUsd: string;
  co2KgByMode: Record<string, string>;
  customs: {
    declaration: string;
    lane: string | null;
    reasons: string[];
    /** submitted to released, hours */
    dwellHours: number | null;
    /** duties, taxes and fees assessed, in CNY */
    charges: string;
    state: string;
  } | null;
  financing: {
    number: string;
    kind: string;
    state: string;
    principal: Amount | null;
    principalUsd: string;
    interestPaid: Amount | null;
    interestPaidUsd: string;
    claimPaid: Amount | null;
    claimPaidUsd: string;
  } | null;
  finalStates: { order: string; declaration: string | null; bill: string | null; financing: string | null };
  timeline: RunEvent[];
}

export interface ExpectationResult {
  id: string;
  text: string;
  met: boolean;
  /** what the run shows, one line each */
  evidence: string[];
}

export interface RunSummary {
  orders: number;
  delivered: number;
  completed: number;
  onTime: number;
  averagePlannedLeadTimeDays: number | null;
  averageLeadTimeDays: number | null;
  /** transport delay per arrived order */
  averageDelayDays: number | null;
  /** wait at the destination per delivered order */
  averageDestinationWaitDays: number | null;
  customsDwellHours: { average: number | null; max: number | null };
  lanes: Record<string, number>;
  /** the transport delay by cause: totals and averages per arrived order, which add up to averageDelayDays (to rounding) */
  delaysByCause: CauseTotal[];
  /** the wait at the destination by cause, the same way */
  destinationWaitsByCause: CauseTotal[];
  logisticsCost: { freightUsd: string; goodsValueUsd: string; sharePercent: string | null; targetPercent: number; withinTarget: boolean | null };
  dutiesAndFeesCny: string;
  financing: { loans: number; principalUsd: string; interestPaidUsd: string; claimsPaidUsd: string };
  co2KgByMode: Record<string, string>;
  co2TotalKg: string;
  expectations: { met: number; total: number };
}

export interface ScenarioReport {
  scenario: { id: string; title: string; description: string | null; sources: string[]; seed: number; start: string; orders: number };
  /** when the last event happened, simulated */
  endedAt: string;
  summary: RunSummary;
  expectations: ExpectationResult[];
  orders: OrderReport[];
  /** the scenario's own timeline: FX moves and anything not tied to one order */
  timeline: RunEvent[];
}
