/**
 * The trainer's report as Markdown: what was run, the KPIs against the plan, each expectation
 * with its evidence, one row per order, and the first orders' timelines. Everything comes from
 * the report itself (no wall clock) in the report's own order, so the same run gives the same
 * bytes.
 */
import type { CauseTotal, OrderReport, RunEvent, ScenarioReport } from '../../models/scenario-report';
import { DASH, decimal, instant, number, plural, signedDays } from './format';
import { kpiRows } from './kpis';

/** Timelines beyond this many orders stay in report.json only: a long Markdown file helps nobody. */
export const MARKDOWN_TIMELINE_LIMIT = 20;

/**
 * Inline text: backslash-escapes the punctuation Markdown would act on (including `|`, which
 * would split a table cell, and `<`, which would open HTML) and folds line breaks.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|]/g, '\\$&');
}

/** A code span for identifiers; plain escaped text when the value could break out of one. */
function code(text: string): string {
  return /[`|\r\n]/.test(text) || text === '' ? escapeMarkdown(text) : `\`${text}\``;
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function header(r: ScenarioReport): string[] {
  const s = r.scenario;
  const lines = [
    `# Scenario report: ${escapeMarkdown(s.title)}`,
    '',
    `- **Scenario:** ${code(s.id)}`,
    `- **Seed:** ${s.seed}`,
    `- **Start:** ${instant(s.start)} UTC`,
    `- **Ended:** ${instant(r.endedAt)} UTC (simulated)`,
    `- **Orders:** ${s.orders}`,
  ];
  if (s.description) lines.push('', escapeMarkdown(s.description.trim()));
  lines.push('', '**Sources:** ' + (s.sources.length === 0 ? DASH : s.sources.map(escapeMarkdown).join(', ')));
  return lines;
}

function kpis(r: ScenarioReport): string[] {
  return ['## KPIs', '', ...table(['KPI', 'Value'], kpiRows(r.summary).map((k) => [escapeMarkdown(k.label), escapeMarkdown(k.value)]))];
}

/**
 * Every cause of transport delay and of waiting at the destination, with its total and its
 * average per order in columns of their own; the last row of each stage is the stage's KPI.
 */
function delayCauses(r: ScenarioReport): string[] {
  const s = r.summary;
  const rows = (stage: string, list: readonly CauseTotal[], orders: number, average: number | null) => [
    ...list.map((c) => [escapeMarkdown(stage), escapeMarkdown(c.cause), String(c.orders), number(c.totalDays, 0), number(c.averageDays)]),
    [escapeMarkdown(stage), '**all causes**', String(orders), number(list.reduce((n, c) => n + c.totalDays, 0), 0), number(average)],
  ];
  const arrived = r.orders.filter((o) => o.delayDays !== null).length;
  const delivered = r.orders.filter((o) => o.destinationWaitDays !== null).length;
  const head = ['Stage', 'Cause', 'Orders', 'Total (d)', 'Average per order (d)'];
  return [
    '## Delay by cause',
    '',
    'Transport delay is the arrival at the destination against the planned ETA; the wait at the destination runs from arrival to delivery. Each day is counted once, for the cause acting when it was lost; the averages are over every arrived (or delivered) order.',
    '',
    ...table(head, [...rows('transport', s.delaysByCause, arrived, s.averageDelayDays), ...rows('at destination', s.destinationWaitsByCause, delivered, s.averageDestinationWaitDays)]),
  ];
}

function expectations(r: ScenarioReport): string[] {
  const { met, total } = r.summary.expectations;
  const heading = `## Expectations (${met} of ${total} met)`;
  if (r.expectations.length === 0) return [heading, '', 'The scenario states no expectations.'];
  const rows = r.expectations.map((e) => [
    e.met ? '✅' : '❌',
    `${escapeMarkdown(e.text)} (${code(e.id)})`,
    e.evidence.length === 0 ? DASH : e.evidence.map(escapeMarkdown).join('<br>'),
  ]);
  return [heading, '', ...table(['', 'Expectation', 'Evidence'], rows)];
}

function route(o: OrderReport): string {
  if (!o.route) return DASH;
  return `${o.route.name} (${o.route.modes.join(' → ')})`;
}

/** An order's causes, e.g. "vessel missed 7, other 1; at destination: loan repayment 1". */
function orderCauses(o: OrderReport): string {
  const list = (causes: OrderReport['delays']) => causes.map((c) => `${c.cause} ${c.days}`).join(', ');
  const parts = [...(o.delays.length ? [list(o.delays)] : []), ...(o.destinationWaits.length ? [`at destination: ${list(o.destinationWaits)}`] : [])];
  return parts.length === 0 ? DASH : parts.join('; ');
}

function orderRow(o: OrderReport): string[] {
  const financing = o.financing ? `${o.financing.kind} ${o.financing.state}` : DASH;
  return [
    code(o.handle),
    escapeMarkdown(o.number),
    escapeMarkdown(route(o)),
    number(o.plannedLeadTimeDays, 0),
    number(o.leadTimeDays, 0),
    signedDays(o.delayDays),
    number(o.destinationWaitDays, 0),
    escapeMarkdown(orderCauses(o)),
    escapeMarkdown(o.customs?.lane ?? DASH),
    number(o.customs?.dwellHours, 1),
    decimal(o.freightUsd),
    escapeMarkdown(financing),
  ];
}

function orders(r: ScenarioReport): string[] {
  const head = ['Order', 'Number', 'Route', 'Planned (d)', 'Actual (d)', 'Transport delay (d)', 'Wait at destination (d)', 'Causes (d)', 'Lane', 'Dwell (h)', 'Freight (USD)', 'Financing'];
  return ['## Orders', '', ...table(head, r.orders.map(orderRow))];
}

function event(e: RunEvent): string {
  const what = `${instant(e.at)} · ${escapeMarkdown(e.actor)} · ${code(e.name)}`;
  const detail = e.detail ? ` — ${escapeMarkdown(e.detail)}` : '';
  if (e.outcome === 'refused') return `- ${what} · **refused** (rule ${code(e.rule ?? 'unknown')})${detail}`;
  return `- ${what}${detail}`;
}

function timeline(title: string, events: RunEvent[]): string[] {
  return [title, '', ...(events.length === 0 ? ['No events.'] : events.map(event))];
}

function timelines(r: ScenarioReport): string[] {
  const shown = r.orders.slice(0, MARKDOWN_TIMELINE_LIMIT);
  const lines = ['## Timelines', ''];
  lines.push('Times are simulated, UTC. Refused attempts are marked with the rule that refused them.');
  for (const o of shown) lines.push('', ...timeline(`### ${escapeMarkdown(o.handle)} — ${escapeMarkdown(o.number)} — ${escapeMarkdown(route(o))}`, o.timeline));
  const left = r.orders.length - shown.length;
  if (left > 0) lines.push('', `${plural(left, 'more order timeline')} ${left === 1 ? 'is' : 'are'} left out of this file; every timeline is in report.json.`);
  if (r.timeline.length > 0) lines.push('', ...timeline('### Scenario events', r.timeline));
  return lines;
}

export function renderMarkdown(report: ScenarioReport): string {
  const sections = [header(report), kpis(report), delayCauses(report), expectations(report), orders(report), timelines(report)];
  return sections.map((s) => s.join('\n')).join('\n\n') + '\n';
}
