/**
 * An exercise's report in the two forms a scenario run's comes in: Markdown to read and JSON to
 * process. It is taken at the exercise's current time, so it can be read at any point of a class.
 */
import type { ExerciseEventRecord, ExerciseRecord } from '../models/exercise.model';
import type { ExerciseKpis } from './exercise-score';

export interface ExerciseReport {
  exercise: { number: string; title: string; scenarioId: string | null; seed: number };
  at: string;
  kpis: ExerciseKpis[];
  incidents: Array<{ seq: number; at: string; type: string; order: string | null; effect: string; note: string | null }>;
  events: Array<{ seq: number; at: string; name: string; actor: string; outcome: string; detail: string; rule: string | null }>;
}

export function exerciseReport(exercise: ExerciseRecord, at: Date, kpis: ExerciseKpis[], events: ExerciseEventRecord[]): ExerciseReport {
  return {
    exercise: { number: exercise.number, title: exercise.title, scenarioId: exercise.scenarioId, seed: exercise.seed },
    at: at.toISOString(),
    kpis,
    incidents: exercise.incidents.map((i) => ({ seq: i.seq, at: i.at.toISOString(), type: i.type, order: i.order, effect: i.effect, note: i.note })),
    events: events.map((e) => ({ seq: e.seq, at: e.at.toISOString(), name: e.name, actor: e.actor, outcome: e.outcome, detail: e.detail, rule: e.rule })),
  };
}

const cell = (value: unknown) => (value === null || value === undefined ? '—' : String(value).replace(/\|/g, '\\|'));

export function renderExerciseMarkdown(report: ExerciseReport): string {
  const header = ['Who', 'Role', 'Orders', 'Delivered', 'On time %', 'Lead time (d)', 'Freight USD', 'CO2 kg', 'Customs dwell (h)', 'Duties and fees CNY', 'Late fees CNY', 'Loans (overdue, default)', 'Financing cost USD'];
  const rows = report.kpis.map((k) => [
    k.participant === null ? 'Class' : `${k.participant} (${k.partyCode})`,
    k.role,
    k.orders,
    k.delivered,
    k.onTimeRatePercent,
    k.averageLeadTimeDays,
    k.freightUsd,
    k.co2Kg,
    k.averageCustomsDwellHours,
    k.dutiesAndFeesCny,
    k.lateFeesCny,
    `${k.loans} (${k.loansOverdue}, ${k.loansDefaulted})`,
    k.financingCostUsd,
  ]);
  const lines = [
    `# ${report.exercise.number}: ${report.exercise.title}`,
    '',
    `Scenario ${report.exercise.scenarioId ?? '(empty world)'}, seed ${report.exercise.seed}; exercise time ${report.at}.`,
    '',
    '## KPIs',
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    '',
    '## Incidents',
    '',
    ...(report.incidents.length === 0 ? ['None.'] : report.incidents.map((i) => `- ${i.at} ${i.type}${i.order ? ` on ${i.order}` : ''}: ${i.effect}${i.note ? ` (${i.note})` : ''}`)),
    '',
    '## Events',
    '',
    ...report.events.map((e) => `- ${e.at} ${e.name} by ${e.actor}${e.outcome === 'refused' ? ' (REFUSED)' : ''}: ${e.detail}`),
    '',
  ];
  return lines.join('\n');
}
