/**
 * Every bundled scenario runs through the real services on the simulated clock and meets its own
 * expectations; the same seed gives the same report, byte for byte.
 */
import type { Connection } from 'mongoose';
import { runScenario } from '../../server/scenarios/run/runner';
import { BUNDLED_SCENARIOS, loadBundled } from '../support/bundled-scenarios';
import { connectMongoose } from '../support/database';

let connection: Connection;
beforeAll(async () => {
  connection = await connectMongoose(__filename);
});
afterAll(() => connection.close());

it.each(BUNDLED_SCENARIOS)('%s runs to the end and meets its expectations', async (file) => {
  const report = await runScenario(connection, loadBundled(file), { runId: `t-${process.pid}-${file.slice(0, 2)}` });
  const unmet = report.expectations.filter((e) => !e.met);
  if (unmet.length > 0) throw new Error(`unmet: ${JSON.stringify(unmet, null, 2)}`);
  expect(report.summary.delivered).toBe(report.summary.orders);
  expect(report.expectations.length).toBeGreaterThan(0);
  // Every day of delay belongs to exactly one cause: per order, the causes add up to the figure,
  // and lead time is the plan plus the transport delay plus the wait at the destination.
  const total = (causes: ReadonlyArray<{ days: number }>) => causes.reduce((n, c) => n + c.days, 0);
  for (const o of report.orders) {
    expect({ order: o.handle, delay: total(o.delays), wait: total(o.destinationWaits) }).toEqual({ order: o.handle, delay: Math.max(0, o.delayDays!), wait: o.destinationWaitDays });
    expect(o.leadTimeDays).toBe(o.plannedLeadTimeDays! + o.delayDays! + o.destinationWaitDays!);
  }
}, 60_000);
