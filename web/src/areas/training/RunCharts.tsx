/**
 * A run's report at a glance: the headline KPIs, then its charts (lead time against plan, customs
 * lanes, transport delay and the wait at the destination by cause, incidents, refusals, CO2 by
 * mode). The run page shows one run; the comparison shows two side by side.
 */
import { useTranslation } from 'react-i18next';
import type { ScenarioRunReportQuery } from '../../gql/graphql';
import { BarChart } from './BarChart';
import { figure } from './format';
import { causeLabel, incidentLabel, laneLabel, modeLabel } from './labels';

export type RunReport = NonNullable<ScenarioRunReportQuery['scenarioRun']>;
export type RunKpis = NonNullable<RunReport['kpis']>;

/** The KPIs the pages show, in order, with how each is written: shared by the KPI list and the comparison. */
export const KPI_ROWS: Array<{ key: keyof RunKpis; digits: number }> = [
  { key: 'orders', digits: 0 },
  { key: 'delivered', digits: 0 },
  { key: 'onTime', digits: 0 },
  { key: 'averagePlannedLeadTimeDays', digits: 1 },
  { key: 'averageLeadTimeDays', digits: 1 },
  { key: 'averageDelayDays', digits: 1 },
  { key: 'averageDestinationWaitDays', digits: 1 },
  { key: 'averageCustomsDwellHours', digits: 1 },
  { key: 'logisticsCostSharePercent', digits: 2 },
  { key: 'freightUsd', digits: 2 },
  { key: 'dutiesAndFeesCny', digits: 2 },
  { key: 'interestPaidUsd', digits: 2 },
  { key: 'co2TotalKg', digits: 1 },
  { key: 'expectationsMet', digits: 0 },
];

export function KpiList({ kpis }: { kpis: RunKpis }) {
  const { t } = useTranslation();
  return (
    <dl className="summary" data-testid="kpis">
      {KPI_ROWS.map(({ key, digits }) => (
        <div key={key}>
          <dt>{t(`training.kpi.${key}`)}</dt>
          <dd>
            {key === 'expectationsMet' ? `${kpis.expectationsMet} / ${kpis.expectationsTotal}` : figure(kpis[key] as number | string | null, digits)}
            {key === 'logisticsCostSharePercent' && kpis.withinCostTarget !== null ? (
              <span className={kpis.withinCostTarget ? 'early' : 'late'}> · {t(kpis.withinCostTarget ? 'training.kpi.withinTarget' : 'training.kpi.overTarget')}</span>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function RunCharts({ run }: { run: RunReport }) {
  const { t } = useTranslation();
  const days = t('training.chart.days');
  const k = run.kpis;
  const b = run.breakdown;
  return (
    <div className="charts" data-testid="run-charts">
      {k ? (
        <BarChart
          testId="chart-lead-time"
          title={t('training.chart.leadTime')}
          unit={days}
          bars={[
            { label: t('training.kpi.averagePlannedLeadTimeDays'), value: k.averagePlannedLeadTimeDays ?? 0, display: figure(k.averagePlannedLeadTimeDays) },
            { label: t('training.kpi.averageDelayDays'), value: k.averageDelayDays ?? 0, display: figure(k.averageDelayDays) },
            { label: t('training.kpi.averageDestinationWaitDays'), value: k.averageDestinationWaitDays ?? 0, display: figure(k.averageDestinationWaitDays) },
            { label: t('training.kpi.averageLeadTimeDays'), value: k.averageLeadTimeDays ?? 0, display: figure(k.averageLeadTimeDays) },
          ]}
        />
      ) : null}
      {b ? (
        <>
          <BarChart testId="chart-lanes" title={t('training.chart.lanes')} unit={t('training.chart.declarations')} bars={b.lanes.map((l) => ({ label: laneLabel(t, l.lane), value: l.orders }))} />
          <BarChart
            testId="chart-delays"
            title={t('training.chart.delaysByCause')}
            unit={t('training.chart.daysPerOrder')}
            bars={b.delaysByCause.map((c) => ({ label: causeLabel(t, c.cause), value: c.averageDays, display: figure(c.averageDays) }))}
          />
          <BarChart
            testId="chart-waits"
            title={t('training.chart.waitsByCause')}
            unit={t('training.chart.daysPerOrder')}
            bars={b.destinationWaitsByCause.map((c) => ({ label: causeLabel(t, c.cause), value: c.averageDays, display: figure(c.averageDays) }))}
          />
        </>
      ) : null}
      <BarChart testId="chart-incidents" title={t('training.chart.incidents')} unit={t('training.chart.times')} bars={run.incidents.map((i) => ({ label: incidentLabel(t, i.type), value: i.events }))} />
      <BarChart testId="chart-refusals" title={t('training.chart.refusals')} unit={t('training.chart.times')} bars={run.refusals.map((r) => ({ label: r.rule, value: r.events }))} />
      {b ? (
        <BarChart testId="chart-co2" title={t('training.chart.co2')} unit="kg" bars={b.co2ByMode.map((c) => ({ label: modeLabel(t, c.mode), value: Number(c.kg), display: figure(c.kg) }))} />
      ) : null}
    </div>
  );
}
