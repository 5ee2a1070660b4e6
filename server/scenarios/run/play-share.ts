/**
 * One worker's share of a scenario run: the run's world on a database of its own, the policies
 * and the scenario's timeline (every share plays them, the same in each), and the orders whose
 * place in the run falls to this share (place modulo the number of shares). Each order plays in
 * its own lane of the simulation: its numbers (run-numbering.ts), its draws (keyed by its handle)
 * and its events' numbers depend on the seed and the order alone, so the orders' report rows come
 * out the same whichever share played them.
 */
import type { Connection } from 'mongoose';
import type { OrderReport, RunEvent } from '../../models/scenario-report';
import type { Scenario } from '../scenario';
import { readOrderReports } from './build-report';
import { expandOrders } from './expand-orders';
import { isImport, playImportOrder } from './import-script';
import { type LaneEvent, OrderRun, RunLog } from './order-run';
import { playExportOrder } from './order-script';
import { issuePolicies } from './policies';
import { MAX_RUN_ORDERS, RunNumbering } from './run-numbering';
import { openRunWorld } from './run-world';
import { type LaneProcess, Simulation } from './simulation';

/** Which orders a share plays: those whose place (from 0) modulo `of` is `index`. */
export interface ShareOf {
  index: number;
  of: number;
}

/** What a share tells the run as it plays: its counts, its clock, and the events recorded since the last time. */
export interface ShareProgress {
  ordersDone: number;
  /** the share's simulated instant, ISO 8601: it records no event before it any more */
  simulatedAt: string;
  /** every event recorded so far, the scenario's timeline included */
  events: number;
  /** of which on the scenario's timeline (every share records the same ones) */
  timelineEvents: number;
  newEvents: LaneEvent[];
  /** the share has played all its orders */
  finished: boolean;
}

export interface ShareOptions {
  seed: number;
  orders?: number;
  share: ShareOf;
  /** the share's database name */
  dbName: string;
  /** hands events over (in `onProgress`) for the run's watchers, in batches of at least `eventBatch` */
  streamEvents?: boolean;
  eventBatch?: number;
  /** hears the share's progress when an order ends, when a batch of events is ready, and at the end */
  onProgress?: (progress: ShareProgress) => void | Promise<void>;
  signal?: AbortSignal;
  keepDatabase?: boolean;
}

export interface ShareResult {
  /** the share's orders' report rows, each with its lane (its place in the run, from 1); events numbered within their lane */
  orders: Array<{ lane: number; report: OrderReport }>;
  /** the scenario's own timeline (policies, market moves): the same in every share */
  timeline: RunEvent[];
}

/** The orders a run plays, checked against the guard. */
export function playedOrders(scenario: Scenario, orders?: number) {
  const played = expandOrders(scenario, orders);
  if (played.length > MAX_RUN_ORDERS) throw new RangeError(`a run plays at most ${MAX_RUN_ORDERS} orders, asked for ${played.length}`);
  return played;
}

export async function playShare(connection: Connection, scenario: Scenario, options: ShareOptions): Promise<ShareResult> {
  const { seed, share } = options;
  const played = playedOrders(scenario, options.orders);
  const sim = new Simulation(new Date(scenario.start));
  const numbering = new RunNumbering(sim);
  const world = await openRunWorld(connection, options.dbName, scenario, seed, sim.clock, numbering);
  try {
    const log = new RunLog();
    if (options.streamEvents) log.keepUnsent();
    const shared = { log, policyFor: await issuePolicies(world, scenario, played, log, sim.clock) };
    const runs = played.flatMap(({ handle, spec }, index) => (index % share.of === share.index ? [new OrderRun(sim, world, shared, scenario, spec, handle, index + 1, seed)] : []));
    let done = 0;
    let reported = -1;
    const processes: LaneProcess[] = runs.map((run) => ({
      lane: run.lane,
      process: async () => {
        await (isImport(run) ? playImportOrder(run, run.lane) : playExportOrder(run, run.lane));
        numbering.finished(run.lane);
        done++;
      },
    }));
    for (const move of scenario.incidents ?? []) {
      if (move.type !== 'fxMove') continue;
      processes.push({
        lane: 0,
        process: async () => {
          await sim.until(new Date(new Date(scenario.start).getTime() + move.day * 86_400_000));
          log.record(0, log.scenarioTimeline, { at: sim.clock.now().toISOString(), order: null, name: 'incident.fxMove', actor: 'MARKET', outcome: 'done', detail: `${move.base}/${move.quote} moves to ${move.rate}${move.note ? `: ${move.note}` : ''}` });
        },
      });
    }
    const eventBatch = options.eventBatch ?? 200;
    const report = async (now: Date, finished: boolean) => {
      reported = done;
      await options.onProgress?.({ ordersDone: done, simulatedAt: now.toISOString(), events: log.count, timelineEvents: log.scenarioTimeline.length, newEvents: log.takeUnsent(), finished });
    };
    await sim.run(processes, async (now) => {
      options.signal?.throwIfAborted();
      if (done !== reported || log.unsentCount >= eventBatch) await report(now, false);
    });
    await report(sim.clock.now(), true);
    return { orders: (await readOrderReports(world, runs)).map((row, i) => ({ lane: runs[i].lane, report: row })), timeline: log.scenarioTimeline };
  } finally {
    if (!options.keepDatabase) await world.drop();
  }
}
