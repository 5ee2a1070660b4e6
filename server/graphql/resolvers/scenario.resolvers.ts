/**
 * Training scenarios over GraphQL: the bundled list, starting a run, and watching it. The run
 * itself plays in ScenarioRunService; these resolvers only translate.
 */
import type { RunEvent } from '../../models/scenario-report';
import type { ScenarioRunRecord } from '../../models/scenario-run.model';
import { breakdownOf, orderReportOf, orderReportsOf } from '../../scenarios/run-breakdown';
import type { Resolvers } from '../__generated__/resolvers-types';
import { requireCaller } from '../auth';
import { payload } from '../payload';
import { partyOf } from './order.resolvers';

const clamp = (value: number | null | undefined, fallback: number, max: number) => Math.min(Math.max(value ?? fallback, 1), max);

export const scenarioResolvers: Resolvers = {
  Query: {
    scenarios: (_root, _args, context) => {
      requireCaller(context);
      return context.services.scenarioRuns.catalogueEntries();
    },
    scenarioRun: (_root, { number }, context) => context.services.scenarioRuns.find(requireCaller(context), number),
    scenarioRuns: (_root, { first }, context) => context.services.scenarioRuns.list(requireCaller(context), clamp(first, 20, 50)),
  },
  Mutation: {
    startScenarioRun: (_root, { input }, context) => payload(context.services.scenarioRuns.start(requireCaller(context), input), 'run'),
  },
  ScenarioRun: {
    startedBy: (r, _a, { loaders }) => partyOf(r.startedBy, loaders),
    status: (r) => r.status.toUpperCase() as 'RUNNING' | 'SUCCEEDED' | 'FAILED',
    startedAt: (r) => r.startedAt.toISOString(),
    finishedAt: (r) => r.finishedAt?.toISOString() ?? null,
    events: async (r, { first, after, order }, context) => (await context.services.scenarioRuns.eventsOf(r._id, { first: clamp(first, 100, 500), after, order })).map(eventView),
    kpis: (r) => kpisOf(r),
    expectations: (r) => r.report?.expectations ?? null,
    markdown: (r) => r.report?.markdown ?? null,
    reportJson: (r, _a, context) => context.services.scenarioRuns.reportJson(r),
    breakdown: (r) => breakdownOf(r),
    // Runs started before incidents were kept show none rather than a guess.
    incidents: (r) => r.incidents ?? [],
    refusals: (r, _a, context) => context.services.scenarioRuns.refusalTotals(r._id),
    orderReports: (r) => orderReportsOf(r),
    orderReport: (r, { handle }) => orderReportOf(r, handle),
  },
  ScenarioOrderReport: {
    route: (o) => o.route?.name ?? null,
    modes: (o) => o.route?.modes ?? [],
    lane: (o) => o.customs?.lane ?? null,
    customsDwellHours: (o) => o.customs?.dwellHours ?? null,
    finalState: (o) => o.finalStates.order,
    timeline: async (o, { first, after }, context) => (await context.services.scenarioRuns.eventsOf(o.runId, { first: clamp(first, 500, 500), after, order: o.handle })).map(eventView),
  },
};

function eventView(e: RunEvent) {
  return { ...e, refused: e.outcome === 'refused', order: e.order ?? null, rule: e.rule ?? null };
}

function kpisOf(run: ScenarioRunRecord) {
  const s = run.report?.summary;
  if (!s) return null;
  return {
    orders: s.orders,
    delivered: s.delivered,
    onTime: s.onTime,
    averagePlannedLeadTimeDays: s.averagePlannedLeadTimeDays,
    averageLeadTimeDays: s.averageLeadTimeDays,
    averageDelayDays: s.averageDelayDays,
    averageDestinationWaitDays: s.averageDestinationWaitDays,
    averageCustomsDwellHours: s.customsDwellHours.average,
    logisticsCostSharePercent: s.logisticsCost.sharePercent,
    withinCostTarget: s.logisticsCost.withinTarget,
    freightUsd: s.logisticsCost.freightUsd,
    dutiesAndFeesCny: s.dutiesAndFeesCny,
    interestPaidUsd: s.financing.interestPaidUsd,
    co2TotalKg: s.co2TotalKg,
    expectationsMet: s.expectations.met,
    expectationsTotal: s.expectations.total,
  };
}
