/**
 * Every bundled scenario runs through the real services on the simulated clock and meets its own
 * expectations; the same seed gives the same report, byte for byte.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Connection } from 'mongoose';
import { loadScenarioFile } from '../../server/scenarios/scenario-file';
import { runScenario } from '../../server/scenarios/run/runner';
import { connectMongoose } from '../support/database';

const DIR = path.join(__dirname, '..', '..', 'scenarios');
const BUNDLED = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

let connection: Connection;
beforeAll(async () => {
  connection = await connectMongoose(__filename);
});
afterAll(() => connection.close());

function load(file: string) {
  const r = loadScenarioFile(path.join(DIR, file));
  if (!r.ok) throw new Error(JSON.stringify(r.error, null, 2));
  return r.value;
}

it.each(BUNDLED)('%s runs to the end and meets its expectations', async (file) => {
  const report = await runScenario(connection, load(file), { runId: `t-${process.pid}-${file.slice(0, 2)}` });
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
