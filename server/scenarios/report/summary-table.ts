/**
 * The console summary printed after a run: one row per KPI (the same rows as the Markdown
 * report) and the expectations met. Colour only when asked for (the CLI asks when stdout is a
 * terminal), so piped and logged output stays plain text.
 */
import Table from 'cli-table3';
import type { ScenarioReport } from '../../models/scenario-report';
import { kpiRows } from './kpis';

export interface SummaryTableOptions {
  /** ANSI colours; off unless asked for */
  color?: boolean;
  /** total width in characters the table may take (the value column wraps to fit) */
  width?: number;
}

const LABEL_WIDTH = 24;
const DEFAULT_WIDTH = 100;
/** Below this the values wrap too often to read; a narrower terminal wraps the lines instead. */
const MIN_VALUE_WIDTH = 30;

const paint = (on: boolean, code: number, text: string): string => (on ? `\u001b[${code}m${text}\u001b[39m` : text);

export function summaryTable(report: ScenarioReport, options: SummaryTableOptions = {}): string {
  const color = options.color ?? false;
  // Three borders and the label column come out of the total width.
  const valueWidth = Math.max(MIN_VALUE_WIDTH, (options.width ?? DEFAULT_WIDTH) - LABEL_WIDTH - 3);
  const table = new Table({
    head: ['KPI', 'Value'],
    colWidths: [LABEL_WIDTH, valueWidth],
    wordWrap: true,
    style: { head: color ? ['cyan'] : [], border: color ? ['grey'] : [], compact: true },
  });
  for (const row of kpiRows(report.summary)) table.push([row.label, row.value]);
  const { met, total } = report.summary.expectations;
  table.push(['Expectations met', paint(color, met === total ? 32 : 31, `${met}/${total}`)]);
  return table.toString();
}

/** One line per unmet expectation, for the CLI to print under the table. */
export function unmetExpectationLines(report: ScenarioReport): string[] {
  return report.expectations.filter((e) => !e.met).map((e) => `unmet: ${e.id}: ${e.text}`);
}
