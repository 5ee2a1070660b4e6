/**
 * The KPIs of a run as label/value rows: one list that both the Markdown report and the console
 * summary print, so the two never disagree on what a figure is called or how it is rounded.
 */
import type { CauseTotal, RunSummary } from '../../models/scenario-report';
import { DASH, decimal, number, plural, sortedEntries } from './format';

export interface KpiRow {
  label: string;
  value: string;
}

/** The labels, in the order they are printed (the tests check each one appears). */
export const KPI_LABELS = [
  'Orders',
  'Lead time (days)',
  'Transport delay (days)',
  'Delay by cause',
  'Wait (days)',
  'Wait by cause',
  'Customs dwell (hours)',
  'Customs lanes',
  'Logistics cost',
  'Duties and fees',
  'Financing',
  'CO2 by mode',
  'CO2 total',
] as const;

function logisticsCost(cost: RunSummary['logisticsCost']): string {
  const base = `${decimal(cost.freightUsd)} USD freight on ${decimal(cost.goodsValueUsd)} USD goods`;
  if (cost.sharePercent === null) return `${base}; share unknown (target ≤ ${cost.targetPercent} %)`;
  const verdict = cost.withinTarget === null ? 'not judged' : cost.withinTarget ? 'within target' : 'OVER target';
  return `${base} = ${decimal(cost.sharePercent)} % of goods value (target ≤ ${cost.targetPercent} %: ${verdict})`;
}

/** Each cause with its total and its average kept apart and named: a sum is never shown as an average. */
function causes(list: readonly CauseTotal[], per: string): string {
  if (list.length === 0) return 'none';
  return list.map((c) => `${c.cause}: total ${number(c.totalDays, 0)} d, average ${number(c.averageDays)} d per ${per} order (${plural(c.orders, 'order')} affected)`).join('; ');
}

export function kpiRows(s: RunSummary): KpiRow[] {
  const lanes = sortedEntries(s.lanes);
  const co2 = sortedEntries(s.co2KgByMode);
  const values: Record<(typeof KPI_LABELS)[number], string> = {
    Orders: `${s.orders} (delivered ${s.delivered}, completed ${s.completed}, on time ${s.onTime})`,
    'Lead time (days)': `average ${number(s.averageLeadTimeDays)} actual vs ${number(s.averagePlannedLeadTimeDays)} planned`,
    'Transport delay (days)': `average ${number(s.averageDelayDays)} per arrived order (arrival at destination against planned ETA)`,
    'Delay by cause': causes(s.delaysByCause, 'arrived'),
    'Wait (days)': `average ${number(s.averageDestinationWaitDays)} per delivered order at the destination (arrival to delivery: customs, title, delivery run)`,
    'Wait by cause': causes(s.destinationWaitsByCause, 'delivered'),
    'Customs dwell (hours)': `average ${number(s.customsDwellHours.average)}, max ${number(s.customsDwellHours.max)}`,
    'Customs lanes': lanes.length === 0 ? DASH : lanes.map(([lane, n]) => `${lane} ${n}`).join(', '),
    'Logistics cost': logisticsCost(s.logisticsCost),
    'Duties and fees': `${decimal(s.dutiesAndFeesCny)} CNY`,
    Financing:
      `${plural(s.financing.loans, 'loan')}, principal ${decimal(s.financing.principalUsd)} USD, ` +
      `interest ${decimal(s.financing.interestPaidUsd)} USD, claims paid ${decimal(s.financing.claimsPaidUsd)} USD`,
    'CO2 by mode': co2.length === 0 ? DASH : co2.map(([mode, kg]) => `${mode} ${decimal(kg, 1)} kg`).join(', '),
    'CO2 total': `${decimal(s.co2TotalKg, 1)} kg`,
  };
  return KPI_LABELS.map((label) => ({ label, value: values[label] }));
}
