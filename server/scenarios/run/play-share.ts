/**
 * One worker's share of a scenario run: the run's world on a database of its own, the policies
 * and the scenario's timeline (every share plays them, the same in each), and the orders whose
 * place in the run falls to this share (place modulo the number of shares). Each order plays in
 * its own lane of the simulation: its numbers (run-numbering.ts), its draws (keyed by its handle)
 * and its events' numbers depend on the seed and the order alone, so the orders' report rows come
 * out the same whichever share played them. A share plays its orders in rounds (rounds.ts): each
 * round on a fresh database, from the scenario's start, its rows read and its database dropped
 * before the next, so the share holds one round's orders at a time.
 */
import type { Connection } from 'mongoose';
import type { OrderReport, RunEvent } from '../../models/scenario-report';
import type { Scenario } from '../scenario';
import { readOrderReports } from './build-report';
import type { PlayedOrder } from './expand-orders';
import { expandOrders } from './expand-orders';
import { isImport, playImportOrder } from './import-script';
import { type LaneEvent, OrderRun, RunLog } from './order-run';
import { playExportOrder } from './order-script';
import { issuePolicies } from './policies';
import { MAX_RUN_ORDERS, RunNumbering } from './run-numbering';
import { roundBlock } from './rounds';
import { openRunWorld } from './run-world';
import { type LaneProcess, Simulation } from './simulation';

/** Which orders a share plays: those whose place (from 0) modulo `of` is `index`. */
export interface ShareOf {
  index: number;
  of: number;
}

/** What a share tells the run as it plays: its counts, its round and clock, and the events recorded since the last time. */
export interface ShareProgress {
  /** orders done, every round so far */
  ordersDone: number;
  /** the round the share is playing, from 1, of `rounds` */
  round: number;
  rounds: number;
  /** the share's simulated instant in its round, ISO 8601: it records no event of the round before it any more */
  simulatedAt: string;
  /** every event recorded so far, the scenario's timeline (once) included */
  events: number;
  /** of which on the scenario's timeline (every share records the same ones) */
  timelineEvents: number;
  /** events of this round */
  newEvents: LaneEvent[];
  /** the share has played all its orders */
  finished: boolean;
}

export interface ShareOptions {
  seed: number;
  orders?: number;
  share: ShareOf;
  /** plays the share's orders in this many rounds (rounds.ts); 1 by default */
  rounds?: number;
  /** the share's database name */
  dbName: string;
  /** hands events over (in `onProgress`) for the run's watchers, in batches of at least `eventBatch` */
  streamEvents?: boolean;
  eventBatch?: number;
  /** hears the share's progress when a round starts, an order ends, a batch of events is ready, and at the end */
  onProgress?: (progress: ShareProgress) => void | Promise<void>;
  /** takes each round's report rows as the round ends (the result then holds none): a worker thread hands them on at once */
  onRows?: (rows: ShareRow[]) => void;
  signal?: AbortSignal;
  /** keeps the database (of a run played in one round) */
  keepDatabase?: boolean;
}

/** An order's report row and its lane (its place in the run, from 1); events numbered within their lane. */
export interface ShareRow {
  lane: number;
  report: OrderReport;
}

export interface ShareResult {
  /** the share's orders' report rows not handed to `onRows` */
  orders: ShareRow[];
  /** the scenario's own timeline (policies, market moves): the same in every share and round */
  timeline: RunEvent[];
}

/** The orders a run plays, checked against the guard. */
export function playedOrders(scenario: Scenario, orders?: number) {
  const played = expandOrders(scenario, orders);
  if (played.length > MAX_RUN_ORDERS) throw new RangeError(`a run plays at most ${MAX_RUN_ORDERS} orders, asked for ${played.length}`);
  return played;
}

/** What a share has told of the rounds it finished. */
interface ShareTally {
  ordersDone: number;
  events: number;
  /** the scenario's timeline as the share's first round recorded it; null before */
  timeline: RunEvent[] | null;
}

export async function playShare(connection: Connection, scenario: Scenario, options: ShareOptions): Promise<ShareResult> {
  const { share } = options;
  const rounds = options.rounds ?? 1;
  if (options.keepDatabase && rounds > 1) throw new RangeError(`keepDatabase keeps the database of a run played in one round (asked for ${rounds})`);
  const played = playedOrders(scenario, options.orders);
  const tally: ShareTally = { ordersDone: 0, events: 0, timeline: null };
  const kept: ShareRow[] = [];
  for (let round = 1; round <= rounds; round++) {
    const { from, to } = roundBlock(round - 1, rounds, played.length);
    const places: number[] = [];
    for (let place = from; place < to; place++) if (place % share.of === share.index) places.push(place);
    const rows = places.length > 0 ? await playRound(connection, scenario, options, played, places, { round, rounds }, tally) : [];
    if (options.onRows) options.onRows(rows);
    else kept.push(...rows);
    if (places.length === 0 && round === rounds) {
      // A share with no order in the last round (a run of few orders) still says it has finished.
      const timelineEvents = tally.timeline?.length ?? 0;
      await options.onProgress?.({ ordersDone: tally.ordersDone, round, rounds, simulatedAt: new Date(scenario.start).toISOString(), events: tally.events, timelineEvents, newEvents: [], finished: true });
    }
  }
  if (!tally.timeline) throw new Error(`share ${share.index + 1} of ${share.of} played no order`);
  return { orders: kept, timeline: tally.timeline };
}

/** One round of a share: its orders played from the scenario's start on a fresh database, their rows read, the database dropped. */
async function playRound(
  connection: Connection,
  scenario: Scenario,
  options: ShareOptions,
  played: readonly PlayedOrder[],
  places: readonly number[],
  { round, rounds }: { round: number; rounds: number },
  tally: ShareTally,
): Promise<ShareRow[]> {
  const { seed } = options;
  const sim = new Simulation(new Date(scenario.start));
  const numbering = new RunNumbering(sim);
  const world = await openRunWorld(connection, options.dbName, scenario, seed, sim.clock, numbering);
  try {
    const log = new RunLog(tally.timeline !== null);
    if (options.streamEvents) log.keepUnsent();
    const shared = { log, policyFor: await issuePolicies(world, scenario, played, log, sim.clock) };
    const runs = places.map((place) => new OrderRun(sim, world, shared, scenario, played[place].spec, played[place].handle, place + 1, seed));
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
      await options.onProgress?.({
        ordersDone: tally.ordersDone + done,
        round,
        rounds,
        simulatedAt: now.toISOString(),
        events: tally.events + log.count,
        timelineEvents: (tally.timeline ?? log.scenarioTimeline).length,
        newEvents: log.takeUnsent(),
        finished,
      });
    };
    // Says the share is in this round: the run's event merge holds this round's events of other shares until then.
    await report(sim.clock.now(), false);
    await sim.run(processes, async (now) => {
      options.signal?.throwIfAborted();
      if (done !== reported || log.unsentCount >= eventBatch) await report(now, false);
    });
    if (tally.timeline && JSON.stringify(log.scenarioTimeline) !== JSON.stringify(tally.timeline)) {
      throw new Error(`round ${round} of the run told the scenario's timeline differently from its first round: a round must not depend on another`);
    }
    const rows = (await readOrderReports(world, runs)).map((row, i) => ({ lane: runs[i].lane, report: row }));
    await report(sim.clock.now(), round === rounds);
    tally.timeline ??= log.scenarioTimeline;
    tally.ordersDone += done;
    tally.events += log.count;
    return rows;
  } finally {
    if (!options.keepDatabase) await world.drop();
  }
}
