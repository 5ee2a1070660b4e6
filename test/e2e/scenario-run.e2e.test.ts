/**
 * Scenario runs over HTTP with the demo tokens: the trainer lists the bundled scenarios, starts
 * one, watches its progress and events, and reads the report; the same seed gives the same
 * report; bad input is refused by field and rule; only trainers start runs, and only trainers
 * and auditors watch them.
 */
import type { RunningServer } from '../../server/start';
import { dataOf, errorCodes, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;

const call = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => dataOf(await graphql<T>(server, query, { token, variables }));

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
});
afterAll(async () => {
  await stopTestServer(server);
});

const START = `mutation($input: StartScenarioRunInput!) { startScenarioRun(input: $input) {
  run { number status scenarioId seed orders progress { ordersDone ordersTotal } }
  userErrors { code field rule message } } }`;
const WATCH = `query($number: String!) { scenarioRun(number: $number) {
  number status error progress { ordersDone ordersTotal events simulatedAt }
  events(first: 200) { seq at order name actor refused detail rule }
  kpis { orders delivered averageLeadTimeDays averageDelayDays averageDestinationWaitDays logisticsCostSharePercent withinCostTarget interestPaidUsd expectationsMet expectationsTotal }
  expectations { id met evidence } markdown reportJson } }`;

type Run = {
  number: string;
  status: string;
  error: string | null;
  progress: { ordersDone: number; ordersTotal: number; events: number; simulatedAt: string | null };
  events: Array<{ seq: number; name: string; refused: boolean; rule: string | null; order: string | null }>;
  kpis: { orders: number; delivered: number; expectationsMet: number; expectationsTotal: number; withinCostTarget: boolean } | null;
  expectations: Array<{ id: string; met: boolean; evidence: string[] }> | null;
  markdown: string | null;
  reportJson: string | null;
};

/** Watches the run as a trainer would, until it has finished. */
async function finished(number: string): Promise<Run> {
  for (;;) {
    const { scenarioRun } = await call<{ scenarioRun: Run }>('demo-trainer', WATCH, { number });
    if (scenarioRun.status !== 'RUNNING') return scenarioRun;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('lists the bundled scenarios to any caller, each citing its sources', async () => {
  const { scenarios } = await call<{ scenarios: Array<{ id: string; file: string; sources: string[]; orders: number }> }>('demo-exporter', '{ scenarios { id file sources orders } }');
  expect(scenarios.map((s) => s.id)).toContain('rail-sea-moto-financing');
  for (const s of scenarios) expect(s.sources.length).toBeGreaterThan(0);
});

it('starts a run for the trainer, shows its events and report, and replays the same report for the same seed', async () => {
  const { startScenarioRun } = await call<{ startScenarioRun: { run: { number: string; status: string; orders: number }; userErrors: unknown[] } }>('demo-trainer', START, {
    input: { scenario: 'rail-sea-moto-financing', seed: 7 },
  });
  expect(startScenarioRun.userErrors).toEqual([]);
  expect(startScenarioRun.run).toMatchObject({ status: 'RUNNING', orders: 1 });
  const run = await finished(startScenarioRun.run.number);
  expect(run).toMatchObject({ status: 'SUCCEEDED', error: null, progress: { ordersDone: 1, ordersTotal: 1 }, kpis: { orders: 1, delivered: 1, averageDelayDays: 0, averageDestinationWaitDays: 0, expectationsMet: 2, expectationsTotal: 2 } });
  expect(run.events.map((e) => e.seq)).toEqual(run.events.map((_e, i) => i + 1));
  expect(run.events).toContainEqual(expect.objectContaining({ name: 'financing.approved', refused: true, rule: 'financing-control', order: 'moto' }));
  expect(run.markdown).toContain('loan-waits-for-invoice');
  const report = JSON.parse(run.reportJson!) as { orders: Array<{ timeline: unknown[] }>; scenario: { seed: number } };
  expect(report.scenario.seed).toBe(7);
  expect(report.orders[0].timeline).toHaveLength(run.events.filter((e) => e.order === 'moto').length);

  const again = await call<{ startScenarioRun: { run: { number: string } } }>('demo-trainer', START, { input: { scenario: 'rail-sea-moto-financing', seed: 7 } });
  const replay = await finished(again.startScenarioRun.run.number);
  expect(replay.reportJson).toBe(run.reportJson);

  // An auditor watches; an exporter neither watches nor starts.
  expect((await call<{ scenarioRun: Run | null }>('demo-auditor', WATCH, { number: run.number })).scenarioRun?.status).toBe('SUCCEEDED');
  expect((await call<{ scenarioRun: Run | null }>('demo-exporter', WATCH, { number: run.number })).scenarioRun).toBeNull();
  const refused = await graphql(server, START, { token: 'demo-exporter', variables: { input: { scenario: 'rail-sea-moto-financing' } } });
  expect(errorCodes(refused)).toContain('FORBIDDEN');
});

it('refuses bad input by field and rule, including a YAML scenario by line', async () => {
  const bad = await call<{ startScenarioRun: { run: null; userErrors: Array<{ field: string[]; rule: string; message: string }> } }>('demo-trainer', START, {
    input: { scenario: 'no-such-scenario', seed: -1, orders: 5000 },
  });
  expect(bad.startScenarioRun.run).toBeNull();
  expect(bad.startScenarioRun.userErrors.map((e) => `${e.field.join('.')} ${e.rule}`)).toEqual(['input.scenario scenario-unknown', 'input.seed seed-range', 'input.orders orders-range']);
  const yaml = await call<{ startScenarioRun: { userErrors: Array<{ field: string[]; rule: string; message: string }> } }>('demo-trainer', START, {
    input: { yaml: 'id: my-run\ntitle: A scenario\nseed: 1\nstart: 2026-03-02T08:00:00Z\norders: []\n' },
  });
  expect(yaml.startScenarioRun.userErrors[0]).toMatchObject({ field: ['input', 'yaml'], rule: 'minItems' });
  expect(yaml.startScenarioRun.userErrors[0].message).toMatch(/^input\.yaml: line 5, column \d+: \/orders: /);
});
