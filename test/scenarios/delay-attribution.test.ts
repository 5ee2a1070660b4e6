/**
 * Delay by cause through the runner: transport delay (arrival against the planned ETA) and the wait
 * at the destination are kept apart, every day of each goes to exactly one cause, and run totals
 * are never shown as averages.
 */
import path from 'node:path';
import type { Connection } from 'mongoose';
import { kpiRows } from '../../server/scenarios/report/kpis';
import { runScenario } from '../../server/scenarios/run/runner';
import { loadScenarioFile } from '../../server/scenarios/scenario-file';
import { connectMongoose } from '../support/database';

let connection: Connection;
beforeAll(async () => {
  connection = await connectMongoose(__filename);
});
afterAll(() => connection.close());

async function run(file: string, orders?: number) {
  const loaded = loadScenarioFile(path.join(__dirname, '..', '..', 'scenarios', file));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return runScenario(connection, loaded.value, { runId: `delay-${process.pid}-${file.slice(0, 2)}`, orders });
}

const kpi = (report: Awaited<ReturnType<typeof run>>, label: string) => kpiRows(report.summary).find((k) => k.label === label)?.value;

it('05: the train arrives on plan, so no transport delay; the 57 days waiting for the default and the claim are a wait at the destination', async () => {
  const report = await run('05-emoto-laos-thailand-fx.yaml');
  const [emotos] = report.orders;
  expect(emotos).toMatchObject({ plannedLeadTimeDays: 8, leadTimeDays: 65, delayDays: 0, delays: [], destinationWaitDays: 57 });
  expect(emotos.destinationWaits).toEqual([{ cause: 'buyer default: loan enforced or claimed', days: 57 }]);
  expect(report.summary).toMatchObject({ onTime: 1, averageDelayDays: 0, averageDestinationWaitDays: 57, delaysByCause: [] });
  expect(kpi(report, 'Delay by cause')).toBe('none');
  expect(kpi(report, 'Wait by cause')).toBe('buyer default: loan enforced or claimed: total 57 d, average 57.0 d per delivered order (1 order affected)');
}, 60_000);

it('09: the river shipment is 8 days late and its causes add up to 8, the lock queue absorbed by the slack before the Shanghai vessel', async () => {
  const report = await run('09-yangtze-locks-reroute-rail.yaml');
  const river = report.orders.find((o) => o.handle === 'river')!;
  expect(river.delayDays).toBe(8);
  expect(river.delays).toEqual([
    { cause: 'vessel missed', days: 7 },
    { cause: 'other (arrival hour, connections)', days: 1 },
  ]);
  expect(report.orders.find((o) => o.handle === 'rerouted')).toMatchObject({ delayDays: 0, delays: [] });
  expect(report.summary.delaysByCause.reduce((n, c) => n + c.totalDays, 0)).toBe(8);
}, 60_000);

it('06 played 20 times: the e-lock alarm costs 20 days in all and 1.0 per order, shown as a total and an average, not a sum beside an average', async () => {
  const report = await run('06-toys-inspect-then-stuff-elock.yaml', 20);
  expect(report.summary.averageDelayDays).toBe(1);
  expect(report.summary.delaysByCause).toEqual([{ cause: 'e-lock alarm', orders: 20, totalDays: 20, averageDays: 1 }]);
  expect(kpi(report, 'Delay by cause')).toBe('e-lock alarm: total 20 d, average 1.0 d per arrived order (20 orders affected)');
}, 120_000);
