/**
 * The trainer's expectations checked against the run. An expectation about an order holds when
 * it holds for every copy of that order; the evidence quotes what the run shows (events with
 * their times, final states, figures), for the first copy that fails or else the first copy.
 */
import type { Scenario, ScenarioExpectation } from '../scenario';
import type { ExpectationResult, OrderReport, RunEvent } from '../../models/scenario-report';
import { summarise } from './summarise';

type Check = ScenarioExpectation['check'];
interface Verdict {
  met: boolean;
  evidence: string[];
}

const ORDER_METRICS: Readonly<Record<string, (o: OrderReport) => number | null>> = {
  leadTimeDays: (o) => o.leadTimeDays,
  delayDays: (o) => o.delayDays,
  destinationWaitDays: (o) => o.destinationWaitDays,
  customsDwellHours: (o) => o.customs?.dwellHours ?? null,
  freightUsd: (o) => Number(o.freightUsd),
  logisticsCostSharePercent: (o) => (Number(o.goodsValueUsd) > 0 ? (Number(o.freightUsd) / Number(o.goodsValueUsd)) * 100 : null),
  co2Kg: (o) => Object.values(o.co2KgByMode).reduce((sum, kg) => sum + Number(kg), 0),
  interestPaidUsd: (o) => (o.financing ? Number(o.financing.interestPaidUsd) : 0),
  dutiesAndFeesCny: (o) => (o.customs ? Number(o.customs.charges) : 0),
};

const RUN_METRICS: Readonly<Record<string, (s: ReturnType<typeof summarise>) => number | null>> = {
  averageLeadTimeDays: (s) => s.averageLeadTimeDays,
  averageDelayDays: (s) => s.averageDelayDays,
  averageDestinationWaitDays: (s) => s.averageDestinationWaitDays,
  customsDwellHoursAverage: (s) => s.customsDwellHours.average,
  logisticsCostSharePercent: (s) => (s.logisticsCost.sharePercent === null ? null : Number(s.logisticsCost.sharePercent)),
  co2TotalKg: (s) => Number(s.co2TotalKg),
  onTimePercent: (s) => (s.delivered === 0 ? null : (s.onTime / s.delivered) * 100),
  delivered: (s) => s.delivered,
  completed: (s) => s.completed,
  dutiesAndFeesCny: (s) => Number(s.dutiesAndFeesCny),
  interestPaidUsd: (s) => Number(s.financing.interestPaidUsd),
  claimsPaidUsd: (s) => Number(s.financing.claimsPaidUsd),
};

/** Metric names a kpiAtMost / kpiAtLeast check may use: per order when it names one, else for the run. */
export const EXPECTATION_METRICS = { order: Object.keys(ORDER_METRICS), run: Object.keys(RUN_METRICS) };

const describe = (e: RunEvent) => `${e.at} ${e.name} by ${e.actor}${e.outcome === 'refused' ? ` (refused: ${e.rule})` : ''}: ${e.detail}`;
const firstDone = (o: OrderReport, name: string) => o.timeline.find((e) => e.name === name && e.outcome === 'done');

function compare(kind: 'kpiAtMost' | 'kpiAtLeast', label: string, value: number | null, limit: number): Verdict {
  if (value === null) return { met: false, evidence: [`${label} has no value in this run`] };
  const met = kind === 'kpiAtMost' ? value <= limit : value >= limit;
  return { met, evidence: [`${label} = ${Math.round(value * 100) / 100} (${kind === 'kpiAtMost' ? 'at most' : 'at least'} ${limit})`] };
}

function checkOrder(check: Check, o: OrderReport): Verdict {
  const who = `${o.handle} (${o.number})`;
  switch (check.kind) {
    case 'before': {
      const first = firstDone(o, check.first!);
      const then = firstDone(o, check.then!);
      const refusals = o.timeline.filter((e) => e.name === check.then && e.outcome === 'refused').map(describe);
      if (!first) return { met: false, evidence: [`${who}: ${check.first} never happened`, ...refusals] };
      if (!then) return { met: true, evidence: [`${who}: ${describe(first)}`, `${check.then} never happened`, ...refusals] };
      return { met: first.seq < then.seq, evidence: [`${who}: ${describe(first)}`, ...refusals, `${who}: ${describe(then)}`] };
    }
    case 'state': {
      const state = o.finalStates[check.document!];
      return { met: state === check.is, evidence: [`${who}: the ${check.document} ends ${state ?? 'absent'}`] };
    }
    case 'lane': {
      const lane = o.customs?.lane ?? null;
      return { met: lane === check.is, evidence: [`${who}: lane ${lane ?? 'none'}${o.customs?.reasons.length ? ` (${o.customs.reasons.join(', ')})` : ''}`] };
    }
    case 'delayAtLeast':
      return {
        met: (o.delayDays ?? Number.NEGATIVE_INFINITY) >= check.value!,
        evidence: [`${who}: ${o.delayDays ?? 'no'} day(s) late against ETA ${o.plannedEta}${o.delays.length ? `; causes: ${o.delays.map((d) => `${d.cause} ${d.days} d`).join(', ')}` : ''}`],
      };
    case 'refused': {
      // An attempt named `event` that the rules refused (by rule `is`, when given).
      const tried = o.timeline.filter((e) => e.name === check.event);
      const refused = tried.filter((e) => e.outcome === 'refused' && (check.is === undefined || e.rule === check.is));
      if (refused.length > 0) return { met: true, evidence: refused.map((e) => `${who}: ${describe(e)}`) };
      return { met: false, evidence: [`${who}: no ${check.event} was refused${check.is ? ` by rule ${check.is}` : ''}`, ...tried.map((e) => `${who}: ${describe(e)}`)] };
    }
    case 'kpiAtMost':
    case 'kpiAtLeast': {
      const metric = ORDER_METRICS[check.metric!];
      if (!metric) return { met: false, evidence: [`unknown order metric ${check.metric}; known: ${EXPECTATION_METRICS.order.join(', ')}`] };
      return compare(check.kind, `${who} ${check.metric}`, metric(o), check.value!);
    }
  }
}

function checkOne(expectation: ScenarioExpectation, orders: readonly OrderReport[]): Verdict {
  const { check } = expectation;
  if (!check.order) {
    if (check.kind !== 'kpiAtMost' && check.kind !== 'kpiAtLeast') return { met: false, evidence: [`a ${check.kind} check needs an order`] };
    const metric = RUN_METRICS[check.metric!];
    if (!metric) return { met: false, evidence: [`unknown run metric ${check.metric}; known: ${EXPECTATION_METRICS.run.join(', ')}`] };
    return compare(check.kind, check.metric!, metric(summarise(orders, [])), check.value!);
  }
  const copies = orders.filter((o) => o.ref === check.order);
  if (copies.length === 0) return { met: false, evidence: [`no order ${check.order} was played`] };
  const verdicts = copies.map((o) => checkOrder(check, o));
  const failing = verdicts.findIndex((v) => !v.met);
  const shown = verdicts[failing >= 0 ? failing : 0];
  const met = failing < 0;
  const tally = copies.length > 1 ? [`${verdicts.filter((v) => v.met).length} of ${copies.length} copies meet it`] : [];
  return { met, evidence: [...shown.evidence, ...tally] };
}

export function checkExpectations(scenario: Scenario, orders: readonly OrderReport[]): ExpectationResult[] {
  return (scenario.expectations ?? []).map((e) => ({ id: e.id, text: e.text, ...checkOne(e, orders) }));
}
