/**
 * What the trainer's report page reads from a finished run over HTTP: the breakdown by lane,
 * cause and mode, the incidents by type, the refusals counted from the run's events, every order's row,
 * and one order's row with its legs and its timeline (the per-order timeline of the web page).
 */
import type { RunningServer } from '../../server/start';
import { dataOf, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
// A run plays in the background; on a busy machine it takes a while.
jest.setTimeout(120_000);

let server: RunningServer;

const call = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => dataOf(await graphql<T>(server, query, { token, variables }));

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
});
afterAll(async () => {
  await stopTestServer(server);
});

const START = `mutation($input: StartScenarioRunInput!) { startScenarioRun(input: $input) { run { number } userErrors { rule } } }`;
const REPORT = `query($number: String!, $handle: String!) { scenarioRun(number: $number) {
  status kpis { orders averageDelayDays }
  breakdown { lanes { lane orders } delaysByCause { cause orders totalDays averageDays } destinationWaitsByCause { cause totalDays }
    co2ByMode { mode kg } maxCustomsDwellHours completed }
  incidents { type events orders } refusals { rule events orders }
  orderReports { handle ref number route modes delayDays delays { cause days } lane finalState }
  orderReport(handle: $handle) { handle legs { seq from to mode plannedEtd plannedEta departedAt arrivedAt } timeline { seq order name } }
  missing: orderReport(handle: "no-such-order") { handle } } }`;

const EVENTS = `query($number: String!, $first: Int) { scenarioRun(number: $number) { events(first: $first) { seq order name refused rule } } }`;
type RunEvents = Array<{ seq: number; order: string | null; name: string; refused: boolean; rule: string | null }>;

type Report = {
  status: string;
  kpis: { orders: number; averageDelayDays: number };
  breakdown: {
    lanes: Array<{ lane: string; orders: number }>;
    delaysByCause: Array<{ cause: string; orders: number; totalDays: number; averageDays: number }>;
    co2ByMode: Array<{ mode: string; kg: string }>;
    completed: number;
  };
  incidents: Array<{ type: string; events: number; orders: number }>;
  refusals: Array<{ rule: string; events: number; orders: number }>;
  orderReports: Array<{ handle: string; ref: string; route: string | null; modes: string[]; delayDays: number | null; delays: Array<{ cause: string; days: number }>; lane: string | null; finalState: string }>;
  orderReport: { handle: string; legs: Array<{ seq: number; mode: string; departedAt: string | null; arrivedAt: string | null }>; timeline: Array<{ seq: number; order: string; name: string }> } | null;
  missing: null;
};

async function finished(number: string, handle: string): Promise<Report> {
  for (;;) {
    const { scenarioRun } = await call<{ scenarioRun: Report }>('demo-trainer', REPORT, { number, handle });
    if (scenarioRun.status !== 'RUNNING') return scenarioRun;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('breaks a finished run down by lane, cause, mode, incident and refusal, and gives each order its row and timeline', async () => {
  const { startScenarioRun } = await call<{ startScenarioRun: { run: { number: string } } }>('demo-trainer', START, { input: { scenario: 'yangtze-locks-reroute-rail', orders: 2 } });
  const run = await finished(startScenarioRun.run.number, 'river');
  expect(run.status).toBe('SUCCEEDED');
  const { scenarioRun } = await call<{ scenarioRun: { events: RunEvents } }>('demo-trainer', EVENTS, { number: startScenarioRun.run.number, first: 500 });
  const events = scenarioRun.events;
  expect(events.length).toBeLessThan(500);

  // The river shipment is held at the locks and misses its vessel, its twin is re-routed: the
  // incidents say so per type, and the timeline shows each played.
  expect(run.incidents).toEqual([
    { type: 'lockCongestion', events: 1, orders: 1 },
    { type: 'reroute', events: 1, orders: 1 },
    { type: 'vesselMissed', events: 1, orders: 1 },
  ]);
  expect(events.filter((e) => ['incident.lockCongestion', 'incident.vesselMissed', 'shipment.rerouted'].includes(e.name)).map((e) => `${e.order} ${e.name}`).sort()).toEqual([
    'rerouted shipment.rerouted',
    'river incident.lockCongestion',
    'river incident.vesselMissed',
  ]);
  expect(run.refusals.reduce((n, r) => n + r.events, 0)).toBe(events.filter((e) => e.refused).length);

  // The causes of delay add up to the orders' delays; the lanes to the declarations.
  const rows = run.orderReports;
  expect(rows.map((o) => o.handle)).toEqual(['river', 'rerouted']);
  const river = rows.find((o) => o.handle === 'river')!;
  expect(river.delayDays).toBeGreaterThanOrEqual(7);
  expect(river.delays.reduce((n, d) => n + d.days, 0)).toBe(river.delayDays);
  expect(run.breakdown.delaysByCause.reduce((n, c) => n + c.totalDays, 0)).toBe(rows.reduce((n, o) => n + Math.max(o.delayDays ?? 0, 0), 0));
  expect(run.breakdown.lanes.reduce((n, l) => n + l.orders, 0)).toBe(rows.filter((o) => o.lane).length);
  expect(run.breakdown.co2ByMode.map((c) => c.mode)).toEqual(expect.arrayContaining(['river', 'rail']));
  expect(run.breakdown.completed).toBe(rows.filter((o) => o.finalState === 'completed').length);

  // One order: its legs planned against actual, and exactly its own events in order.
  expect(run.orderReport!.handle).toBe('river');
  expect(run.orderReport!.legs.length).toBeGreaterThan(1);
  for (const leg of run.orderReport!.legs) expect(leg.arrivedAt).not.toBeNull();
  const own = events.filter((e) => e.order === 'river');
  expect(run.orderReport!.timeline.map((e) => e.seq)).toEqual(own.map((e) => e.seq));
  expect(run.missing).toBeNull();
});

it('shows nothing of a run to a caller who may not watch runs', async () => {
  const { scenarioRuns } = await call<{ scenarioRuns: Array<{ number: string }> }>('demo-trainer', '{ scenarioRuns(first: 1) { number } }');
  const number = scenarioRuns[0].number;
  const seen = await call<{ scenarioRun: unknown }>('demo-exporter', `query($number: String!) { scenarioRun(number: $number) { incidents { type } orderReports { handle } } }`, { number });
  expect(seen.scenarioRun).toBeNull();
});
