/**
 * Runs a scenario: splits its orders into shares, plays each share on a database of its own (one
 * share in this process on the given connection; several in worker threads, each with an embedded
 * engine of its own, so a run uses every core), and builds the report from every order's row in
 * the orders' order in the run. An order's numbers, draws and events depend on the seed and the
 * order alone (play-share.ts), so the report is the same to the byte whatever the number of
 * workers. Each share plays its orders in rounds of at most `roundOrders` (rounds.ts), so a run
 * holds at most that many orders per share at once whatever its size; the report is the same to
 * the byte whatever the round size too. Progress is reported as orders finish, summed over the
 * shares, with the round the run is playing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { Connection } from 'mongoose';
import type { Scenario } from '../scenario';
import { assembleReport } from './build-report';
import { EventMerge, numberRunEvents } from './event-merge';
import { type ShareProgress, type ShareResult, type ShareRow, playShare, playedOrders } from './play-share';
import { runProgress, type ShareProgressSlots } from './run-progress';
import type { RunEvent, ScenarioReport } from '../../models/scenario-report';
import { DEFAULT_ROUND_ORDERS, roundCount, workerHeapMiB } from './rounds';
import { playSharesInThreads } from './share-threads';
import type { EngineLink } from './share-worker';

export { MAX_RUN_ORDERS } from './run-numbering';
export { DEFAULT_ROUND_ORDERS } from './rounds';

import type { RunProgress } from './run-progress';
export type { RunProgress } from './run-progress';

export interface RunOptions {
  /** overrides the scenario's seed */
  seed?: number;
  /** plays this many orders in all, repeating the scenario's orders */
  orders?: number;
  /**
   * plays the orders in this many shares: 1 plays them here on the given connection, more in as
   * many worker threads; by default one per core, and no more than one per MIN_ORDERS_PER_WORKER
   */
  workers?: number;
  /**
   * at most this many orders per share at once (DEFAULT_ROUND_ORDERS by default): a larger run
   * plays in rounds, each on a fresh database from the scenario's start (rounds.ts)
   */
  roundOrders?: number;
  /** where worker threads play: an embedded engine each (the default), or databases of their own on this server */
  workerUri?: string;
  /** how a worker thread reaches an engine of its own: in process with no socket (the default) or over loopback TCP */
  workerEngineLink?: EngineLink;
  /** names the run's database (a hash of it: any text will do); a fresh id when left out */
  runId?: string;
  /** hears the progress as orders finish */
  onProgress?: (progress: RunProgress) => void | Promise<void>;
  /**
   * receives the run's events as they happen, in batches of about `eventBatch` per share (and the
   * rest at the end); round by round, numbered in the order handed on, which is the report's
   * numbering when the run plays in one round (event-merge.ts)
   */
  onEvents?: (events: RunEvent[]) => Promise<void>;
  eventBatch?: number;
  /** stops the run (it then fails with the signal's reason) */
  signal?: AbortSignal;
  /** keeps the run's database for inspection instead of dropping it (a run in 1 worker and 1 round, the defaults then) */
  keepDatabase?: boolean;
}

/**
 * A worker thread costs its start (loading the modules, an engine, the world: about a second of
 * CPU); below this many orders per share, splitting a run costs more than it saves.
 */
export const MIN_ORDERS_PER_WORKER = 50;

/** A database name within MongoDB's limits for any run id, the same for the same id. */
export function runDatabaseName(runId: string): string {
  return `yidan-run-${createHash('sha256').update(runId).digest('hex').slice(0, 20)}`;
}

/** How many shares a run of `orders` plays in: as asked, else one per core, each worth its start. */
export function workerCount(orders: number, asked?: number): number {
  if (asked !== undefined) {
    if (!Number.isInteger(asked) || asked < 1) throw new RangeError(`a run plays in 1 or more workers, asked for ${asked}`);
    return Math.min(asked, orders);
  }
  return Math.max(1, Math.min(availableParallelism(), Math.floor(orders / MIN_ORDERS_PER_WORKER)));
}

export async function runScenario(connection: Connection, scenario: Scenario, options: RunOptions = {}): Promise<ScenarioReport> {
  const seed = options.seed ?? scenario.seed;
  const ordersTotal = playedOrders(scenario, options.orders).length;
  // A kept database must outlive the run: only the one share played here, on the given connection, does.
  const workers = workerCount(ordersTotal, options.workers ?? (options.keepDatabase ? 1 : undefined));
  if (options.keepDatabase && workers > 1) throw new RangeError(`keepDatabase keeps the database of a run played here, in 1 worker (asked for ${workers})`);
  // A kept database holds the whole run: one round, unless asked otherwise (which playShare refuses).
  const roundOrders = options.roundOrders ?? (options.keepDatabase ? ordersTotal : DEFAULT_ROUND_ORDERS);
  const rounds = roundCount(ordersTotal, workers, roundOrders);
  const dbName = runDatabaseName(options.runId ?? randomUUID());
  const { onEvents, onProgress, eventBatch } = options;
  const merge = onEvents ? new EventMerge(workers, onEvents) : null;
  const latest: ShareProgressSlots = Array.from({ length: workers }, () => null);
  const heard = async (share: number, progress: ShareProgress) => {
    latest[share] = progress;
    // Every share plays the scenario's own timeline; the first one speaks for it.
    merge?.add(share, share === 0 ? progress.newEvents : progress.newEvents.filter((e) => e.lane !== 0), progress.simulatedAt, progress.round);
    await merge?.release();
    await onProgress?.(runProgress(latest, ordersTotal, rounds, scenario.start));
  };
  const share = { seed, orders: options.orders, rounds, streamEvents: Boolean(onEvents), eventBatch };
  const results: ShareResult[] =
    workers === 1
      ? [await playShare(connection, scenario, { ...share, share: { index: 0, of: 1 }, dbName, onProgress: (p) => heard(0, p), signal: options.signal, keepDatabase: options.keepDatabase })]
      : await playSharesInThreads(
          Array.from({ length: workers }, (_, index) => ({ ...share, scenario, share: { index, of: workers }, dbName: `${dbName}-${index + 1}`, uri: options.workerUri, engineLink: options.workerEngineLink })),
          heard,
          options.signal,
          workerHeapMiB(Math.min(roundOrders, Math.ceil(ordersTotal / workers))),
        );
  if (merge) {
    for (let i = 0; i < workers; i++) merge.add(i, [], null);
    await merge.release();
  }
  const rows: ShareRow[] = results.flatMap((r) => r.orders).sort((a, b) => a.lane - b.lane);
  const timeline = results[0].timeline;
  numberRunEvents([{ lane: 0, events: timeline }, ...rows.map(({ lane, report }) => ({ lane, events: report.timeline }))]);
  return assembleReport(scenario, seed, rows.map((r) => r.report), timeline);
}
