/**
 * Training scenarios over GraphQL: the bundled list, starting a run, and watching it. The run
 * itself plays in ScenarioRunService; these resolvers only translate.
 */
import type { ScenarioRunRecord } from '../../models/scenario-run.model';
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
    events: async (r, { first, after, order }, context) =>
      (await context.services.scenarioRuns.eventsOf(r._id, { first: clamp(first, 100, 500), after, order })).map((e) => ({ ...e, refused: e.outcome === 'refused', order: e.order ?? null, rule: e.rule ?? null })),
    kpis: (r) => kpisOf(r),
    expectations: (r) => r.report?.expectations ?? null,
    markdown: (r) => r.report?.markdown ?? null,
    reportJson: (r, _a, context) => context.services.scenarioRuns.reportJson(r),
  },
};

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
