/**
 * Runs a scenario: opens the run's world on a database of its own, plays every order as a process
 * on the simulated clock, and builds the report. Progress is reported as orders finish.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { Scenario } from '../scenario';
import { buildReport } from './build-report';
import { expandOrders } from './expand-orders';
import { isImport, playImportOrder } from './import-script';
import { OrderRun, RunLog } from './order-run';
import { playExportOrder } from './order-script';
import { policyIssuer } from './policies';
import type { RunEvent, ScenarioReport } from '../../models/scenario-report';
import { openRunWorld } from './run-world';
import { Simulation } from './simulation';

export interface RunProgress {
  ordersDone: number;
  ordersTotal: number;
  /** the simulated instant reached, ISO 8601 */
  simulatedAt: string;
  events: number;
}

export interface RunOptions {
  /** overrides the scenario's seed */
  seed?: number;
  /** plays this many orders in all, repeating the scenario's orders */
  orders?: number;
  /** names the run's database (a hash of it: any text will do); a fresh id when left out */
  runId?: string;
  /** hears the progress after every step of the simulation */
  onProgress?: (progress: RunProgress) => void | Promise<void>;
  /** receives the run's events as they happen, in batches of at least `eventBatch` (and the rest at the end) */
  onEvents?: (events: RunEvent[]) => Promise<void>;
  eventBatch?: number;
  /** stops the run between two steps (it then fails with the signal's reason) */
  signal?: AbortSignal;
  /** keeps the run's database for inspection instead of dropping it */
  keepDatabase?: boolean;
}

/** The most orders one run plays: a guard against a typo, far above what a trainer needs. */
export const MAX_RUN_ORDERS = 1_000_000;

/** A database name within MongoDB's limits for any run id, the same for the same id. */
export function runDatabaseName(runId: string): string {
  return `yidan-run-${createHash('sha256').update(runId).digest('hex').slice(0, 20)}`;
}

export async function runScenario(connection: Connection, scenario: Scenario, options: RunOptions = {}): Promise<ScenarioReport> {
  const seed = options.seed ?? scenario.seed;
  const played = expandOrders(scenario, options.orders);
  if (played.length > MAX_RUN_ORDERS) throw new RangeError(`a run plays at most ${MAX_RUN_ORDERS} orders, asked for ${played.length}`);
  const sim = new Simulation(new Date(scenario.start));
  const world = await openRunWorld(connection, runDatabaseName(options.runId ?? randomUUID()), scenario, seed, sim.clock);
  try {
    const log = new RunLog();
    const shared = { log, policyFor: policyIssuer(world, scenario, played, log, sim.clock) };
    const runs = played.map(({ handle, spec }) => new OrderRun(sim, world, shared, scenario, spec, handle, seed));
    let done = 0;
    const processes = runs.map((run, index) => async () => {
      await (isImport(run) ? playImportOrder(run, index + 1) : playExportOrder(run, index + 1));
      done++;
    });
    for (const move of scenario.incidents ?? []) {
      if (move.type !== 'fxMove') continue;
      processes.push(async () => {
        await sim.until(new Date(new Date(scenario.start).getTime() + move.day * 86_400_000));
        log.record(log.scenarioTimeline, { at: sim.clock.now().toISOString(), order: null, name: 'incident.fxMove', actor: 'MARKET', outcome: 'done', detail: `${move.base}/${move.quote} moves to ${move.rate}${move.note ? `: ${move.note}` : ''}` });
      });
    }
    const { onEvents, onProgress, eventBatch = 200 } = options;
    if (onEvents) log.keepUnsent();
    const progress = (now: Date): RunProgress => ({ ordersDone: done, ordersTotal: runs.length, simulatedAt: now.toISOString(), events: log.count });
    await sim.run(processes, async (now) => {
      options.signal?.throwIfAborted();
      if (onEvents && log.unsentCount >= eventBatch) await onEvents(log.takeUnsent());
      await onProgress?.(progress(now));
    });
    if (onEvents) await onEvents(log.takeUnsent());
    await onProgress?.(progress(sim.clock.now()));
    return await buildReport(world, scenario, seed, runs, log);
  } finally {
    if (!options.keepDatabase) await world.drop();
  }
}
