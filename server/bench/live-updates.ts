/**
 * Live updates under load, as deployed: one database, server A holding the subscribers (real
 * WebSockets from this process), server B taking the mutations. Measured:
 *  - latency from a milestone mutation's answer (through B) to its event at each subscriber on A,
 *    at each subscriber count (an event that arrives before the answer counts as 0 ms), and from
 *    sending the mutation;
 *  - server A's memory per idle subscription (its RSS before and after attaching them);
 *  - the milestone mutation's throughput on A without subscribers and with them attached, side by
 *    side in the same run, twice: with every subscriber on the 8 shipments the mutations change, so
 *    each mutation fans out to an eighth of them (the worst case), and with each subscriber
 *    following a shipment of its own, the mutations spread over those shipments, so each reaches
 *    one subscriber (a single window where every user watches their own documents), in five
 *    rounds reported by their median. The fan-out is also run against its floor (socket-floor.ts:
 *    only the frames' bytes, written by a process of its own). Every phase with the CPU time
 *    server A, the engine and this process spent per mutation, and server A's executions and
 *    events sent per mutation (its health.live counters). Server A is warmed up first.
 * The fan-out's phases change shipments no other phase changed, so none works on documents another grew.
 * The subscribers are this process's own sockets (see live-subscriber.ts): each checks every
 * frame it receives by its bytes, and each phase ends only once every subscriber received every
 * milestone recorded on its shipment, so a lost, doubled or wrong event fails the bench.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { systemClock } from '../config';
import { graphql } from '../tools/graphql-client';
import { OrderFixtures } from '../tools/order-fixtures';
import { BenchSubscriber } from './live-subscriber';
import { SocketFloor } from './socket-floor';
import { type PhaseFigures, closedLoop, percentile, round } from './stats';
import { startDatabase, startServerProcess } from './stack';

export interface LiveLatency {
  subscribers: number;
  milestones: number;
  deliveries: number;
  /** from the mutation's answer to the event (0 when the event came first) */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** from sending the mutation to the event: the commit, the change stream and the fan-out together */
  fromSendP50Ms: number;
  fromSendP99Ms: number;
}

export interface LiveFigures {
  shipments: number;
  latency: LiveLatency[];
  /** server A's resident memory growth per idle subscription, at the largest count */
  bytesPerIdleSubscription: number;
  /** every subscriber on the 8 shipments the mutations change: each mutation fans out to an eighth of them */
  throughput: ThroughputComparison;
  /** each subscriber on a shipment of its own, the mutations spread over them: each reaches one subscriber */
  ownShipments: ThroughputComparison;
}

/** The mutation's throughput without subscribers and with them attached, same run. */
export interface ThroughputComparison {
  subscribers: number;
  /** shipments the subscribers follow and the mutations change */
  shipments: number;
  concurrency: number;
  without: ThroughputPhase;
  with: ThroughputPhase;
  /** with ÷ without, ops per second */
  ratio: number;
  /**
   * without ÷ with, CPU time per mutation of server A, the engine and this process together: the
   * throughput ratio the cores would allow if nothing else ran on them (wall time moves with
   * other load on a shared machine, CPU time far less).
   */
  cpuRatio: number;
  /**
   * The same mutations with only the frames' bytes fanned out (socket-floor.ts: a writer process
   * and plain sockets, no GraphQL or change stream), the writer's CPU counted with server A's:
   * the throughput no fan-out to these sockets could beat on this machine. Fan-out case only.
   */
  floor?: ThroughputPhase;
  /** floor ÷ without, ops per second */
  floorRatio?: number;
  /** without ÷ floor, CPU per mutation (see cpuRatio) */
  floorCpuRatio?: number;
  /** Each round's ratio, when the comparison is its median round's. */
  rounds?: number[];
  /** Each round's cpuRatio, likewise. */
  cpuRounds?: number[];
}

/**
 * A throughput phase with the CPU time it cost, per mutation: server A's process (all its threads,
 * from /proc, 10 ms resolution over the phase) and this bench process (its subscriber sockets and
 * the mutations' HTTP clients). CPU time moves far less than wall time on a shared machine.
 */
export interface ThroughputPhase extends PhaseFigures {
  serverCpuMsPerOp: number;
  benchCpuMsPerOp: number;
  /** the embedded engine's process (null on an external MongoDB) */
  engineCpuMsPerOp: number | null;
  /** server A's executions of subscription events, and the events it sent, per mutation (its health.live counters) */
  executionsPerOp: number;
  eventsSentPerOp: number;
}

const LIVE_STATS = '{ health { live { executions eventsSent } } }';

async function liveStats(server: { url: string }): Promise<{ executions: number; eventsSent: number }> {
  const r = await graphql<{ health: { live: { executions: number; eventsSent: number } } }>(server, LIVE_STATS);
  if (!r.body.data) throw new Error(`health.live: ${JSON.stringify(r.body.errors)}`);
  return r.body.data.health.live;
}

export interface LiveBenchOptions {
  /** subscriber counts, ascending, e.g. [10, 1000] */
  subscribers: number[];
  /** milestones recorded (one at a time) per latency phase */
  milestones: number;
  /** milestone mutations per throughput phase */
  ops: number;
  /** a directory for server A's V8 CPU profile (written when it stops) */
  profileDir?: string;
}

/** Shipments the subscribers spread over; also the throughput phase's concurrency (one worker per shipment). */
const SHIPMENTS = 8;
const MILESTONE = `mutation($input: RecordMilestoneInput!) { recordMilestone(input: $input) { userErrors { code message } } }`;
/** Rounds of the own-shipment comparison (its figures are the median round's). */
const OWN_ROUNDS = 5;
/** Untimed mutations before the first phase, in phases' worth (options.ops each). */
const WARM_UP_ROUNDS = 5;
/** The server's limits are raised for the bench: all subscribers connect as a few demo parties. */
const SERVER_ENV = { YIDAN_LIVE_MAX_SUBSCRIPTIONS_PER_TOKEN: '100000', YIDAN_LIVE_MAX_CONNECTIONS: '100000' };
const TOKENS = ['demo-exporter', 'demo-importer', 'demo-forwarder', 'demo-carrier', 'demo-carrier-sea', 'demo-auditor', 'demo-trainer'];

const medianOf = (values: number[]): number => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

/** CPU ms per mutation of server A, the engine (when embedded) and this process. */
const cpuPerOp = (p: ThroughputPhase): number => p.serverCpuMsPerOp + (p.engineCpuMsPerOp ?? 0) + p.benchCpuMsPerOp;

/** CPU time (user + system, all threads) a process has used so far, in ms (10 ms resolution). */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces, so split after its closing paren): utime is the 14th field, stime the 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CLOCK_MONOTONIC in µs: the clock V8 stamps its CPU profile samples with. */
const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function recordMilestone(server: { url: string }, shipment: string): Promise<void> {
  const r = await graphql<{ recordMilestone: { userErrors: unknown[] } }>(server, MILESTONE, { token: 'demo-forwarder', variables: { input: { shipment, legSeq: 1, type: 'ELOCK_ALARM' } } });
  const errors = r.body.errors ?? r.body.data?.recordMilestone.userErrors ?? [];
  if (errors.length > 0) throw new Error(`recordMilestone on ${shipment}: ${JSON.stringify(errors)}`);
}

/** Subscribers of one shipment, and the arrival times of the milestone event being waited for. */
class Audience {
  readonly subscribers: BenchSubscriber[] = [];
  /** milestones recorded on the shipment since its subscribers attached */
  recorded = 0;
  arrivals: number[] = [];
  private wake: (() => void) | null = null;

  recount(): void {
    this.recorded = 0;
    for (const s of this.subscribers) s.milestones = 0;
  }

  add(subscriber: BenchSubscriber): void {
    this.subscribers.push(subscriber);
    subscriber.onMilestone = () => this.arrived();
  }

  private arrived(): void {
    this.arrivals.push(performance.now());
    if (this.arrivals.length >= this.subscribers.length) this.wake?.();
  }

  async all(): Promise<number[]> {
    if (this.arrivals.length < this.subscribers.length) await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = null;
    return this.arrivals.splice(0);
  }

  /** What is wrong with the deliveries so far: a bad frame, or a subscriber with more or fewer milestones than were recorded. */
  problem(): string | null {
    for (const s of this.subscribers) {
      if (s.failure) return s.failure;
      if (s.milestones !== this.recorded) return `a subscriber of ${s.shipment} received ${s.milestones} milestones of ${this.recorded} recorded`;
    }
    return null;
  }
}

/** Waits until every subscriber received every milestone recorded on its shipment; fails with the first that did not (after 60 s) or got a bad frame. */
async function everyMilestoneDelivered(audiences: readonly Audience[]): Promise<void> {
  const deadline = performance.now() + 60_000;
  for (;;) {
    const problem = audiences.map((a) => a.problem()).find((p) => p !== null) ?? null;
    if (problem === null) return;
    const failed = audiences.some((a) => a.subscribers.some((s) => s.failure));
    if (failed || performance.now() > deadline) throw new Error(`live bench: ${problem}`);
    await settle(100);
  }
}

export async function benchLive(dbName: string, options: LiveBenchOptions): Promise<LiveFigures> {
  const database = await startDatabase(undefined, options.profileDir);
  const subscribers: BenchSubscriber[] = [];
  const stops: Array<() => Promise<void>> = [];
  try {
    if (options.profileDir) await mkdir(path.join(options.profileDir, 'server-a'), { recursive: true });
    const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.profileDir, 'server-a')}`] : [];
    const a = await startServerProcess(database.uri, dbName, SERVER_ENV, profile);
    stops.push(a.stop);
    const b = await startServerProcess(database.uri, dbName, SERVER_ENV);
    stops.push(b.stop);
    // The servers run on the wall clock: orders are ready three days from today.
    const readyDate = new Date(systemClock.now().getTime() + 3 * 86_400_000).toISOString().slice(0, 10);
    const fx = await OrderFixtures.open(b, readyDate);
    const book = async () => (await fx.booked()).shipmentNumber;
    const quiet: string[] = [];
    const followed: string[] = [];
    for (let i = 0; i < SHIPMENTS; i += 1) quiet.push(await book());
    for (let i = 0; i < SHIPMENTS; i += 1) followed.push(await book());
    /** The floor phase's shipments: fresh, like the other phases'. */
    const bare: string[] = [];
    for (let i = 0; i < SHIPMENTS; i += 1) bare.push(await book());
    const audiences = new Map<string, Audience>(followed.map((s) => [s, new Audience()]));
    const record = async (server: { url: string }, shipment: string): Promise<void> => {
      await recordMilestone(server, shipment);
      const audience = audiences.get(shipment);
      if (audience) audience.recorded += 1;
    };

    /** Opens subscribers until there are `count`, the i-th on shipments[i % shipments.length]. */
    const attach = async (count: number, shipments: string[]): Promise<void> => {
      const opened: Promise<unknown>[] = [];
      for (let i = subscribers.length; i < count; i += 1) {
        const shipment = shipments[i % shipments.length];
        opened.push(
          BenchSubscriber.open(a, TOKENS[i % TOKENS.length], shipment, `s${i}`).then(async (subscriber) => {
            subscribers.push(subscriber);
            await subscriber.current;
            audiences.get(shipment)!.add(subscriber);
          }),
        );
        // A few hundred sockets at once is what a reconnect storm looks like; more would only queue.
        if (opened.length % 200 === 0) await Promise.all(opened.slice(-200));
      }
      await Promise.all(opened);
      // Milestones count from here: the new subscribers have their CURRENT event and nothing
      // since, the others every milestone recorded before (checked at the end of each phase).
      for (const audience of audiences.values()) audience.recount();
    };

    /** When each throughput phase ran, on the clock of V8's CPU profiles (to cut server A's profile to a phase). */
    const phases: Array<{ phase: string; fromUs: number; toUs: number }> = [];
    const concurrency = SHIPMENTS;

    /** A throughput phase: `ops` mutations on A, the n-th on shipmentOf(worker, n); with subscribers, until every one has every milestone. */
    const measured = async (phase: string, ops: number, shipmentOf: (worker: number, n: number) => string, followedBy: readonly Audience[] | null, floor?: SocketFloor): Promise<ThroughputPhase> => {
      const pid = a.process.child.pid!;
      // The floor's writer stands in for server A's fan-out: its CPU counts as server A's.
      const serverCpu = async () => (await cpuMs(pid)) + (floor ? await cpuMs(floor.pid) : 0);
      const live0 = await liveStats(a);
      const engineCpu = async () => (database.pid === undefined ? 0 : cpuMs(database.pid));
      const [server0, engine0, bench0, from] = [await serverCpu(), await engineCpu(), process.cpuUsage(), monotonicUs()];
      /** Floor phase: mutations answered per worker, i.e. frames sent to each socket of its group. */
      const answered = new Array<number>(concurrency).fill(0);
      const figures = await closedLoop(concurrency, ops, async (w, n) => {
        await record(a, shipmentOf(w, n));
        if (floor) {
          answered[w] += 1;
          floor.fanOut(w);
        }
      });
      // CPU and counters once the fan-out of the phase's mutations is complete, so all of it counts.
      if (followedBy) await everyMilestoneDelivered(followedBy);
      if (floor) await floor.delivered((socket) => answered[socket % concurrency]);
      const [server1, engine1, bench1, to] = [await serverCpu(), await engineCpu(), process.cpuUsage(bench0), monotonicUs()];
      phases.push({ phase, fromUs: from, toUs: to });
      const live1 = await liveStats(a);
      const perOp = (n: number) => round(n / figures.ops, 2);
      return {
        ...figures,
        serverCpuMsPerOp: perOp(server1 - server0),
        benchCpuMsPerOp: perOp((bench1.user + bench1.system) / 1000),
        engineCpuMsPerOp: database.pid === undefined ? null : perOp(engine1 - engine0),
        executionsPerOp: perOp(live1.executions - live0.executions),
        eventsSentPerOp: perOp(live1.eventsSent - live0.eventsSent),
      };
    };
    const comparison = (subscriberCount: number, shipments: number, without: ThroughputPhase, withThem: ThroughputPhase): ThroughputComparison => ({
      subscribers: subscriberCount,
      shipments,
      concurrency,
      without,
      with: withThem,
      ratio: round(withThem.opsPerSecond / without.opsPerSecond, 3),
      cpuRatio: round(cpuPerOp(without) / cpuPerOp(withThem), 3),
    });

    const latency: LiveLatency[] = [];
    let bytesPerIdleSubscription = 0;
    let withSubscribers: ThroughputPhase | null = null;
    // Untimed mutations on shipments of their own first: server A's CPU per mutation settles only
    // after a few thousand (its code compiled and optimised), and a baseline taken before that would
    // be slower than every phase after it.
    const warm: string[] = [];
    for (let i = 0; i < SHIPMENTS; i += 1) warm.push(await book());
    await closedLoop(concurrency, WARM_UP_ROUNDS * options.ops, (w) => record(a, warm[w]));
    const without = await measured('without', options.ops, (w) => quiet[w], null);
    const largest = options.subscribers.at(-1)!;
    for (const count of options.subscribers) {
      const before = await rssBytes(a.process.child.pid!);
      const attachedBefore = subscribers.length;
      await attach(count, followed);
      await settle(1_000);
      bytesPerIdleSubscription = Math.round((await rssBytes(a.process.child.pid!) - before) / (count - attachedBefore));
      if (count === largest) {
        // It waits until every subscriber has every milestone before it counts, so single ones are timed from a quiet start.
        withSubscribers = await measured('with', options.ops, (w) => followed[w], [...audiences.values()]);
        for (const au of audiences.values()) au.arrivals.splice(0);
      }
      const afterAnswer: number[] = [];
      const fromSend: number[] = [];
      for (let k = 0; k < options.milestones; k += 1) {
        const shipment = followed[k % SHIPMENTS];
        const audience = audiences.get(shipment)!;
        const sent = performance.now();
        await record(b, shipment);
        const answered = performance.now();
        for (const at of await audience.all()) {
          afterAnswer.push(Math.max(0, at - answered));
          fromSend.push(at - sent);
        }
      }
      await everyMilestoneDelivered([...audiences.values()]);
      const sorted = afterAnswer.sort((x, y) => x - y);
      const sent = fromSend.sort((x, y) => x - y);
      latency.push({
        subscribers: count,
        milestones: options.milestones,
        deliveries: sorted.length,
        p50Ms: round(percentile(sorted, 0.5), 2),
        p99Ms: round(percentile(sorted, 0.99), 2),
        maxMs: round(sorted.at(-1)!, 2),
        fromSendP50Ms: round(percentile(sent, 0.5), 2),
        fromSendP99Ms: round(percentile(sent, 0.99), 2),
      });
    }

    // Each subscriber on a shipment of its own, in rounds: a baseline without subscribers, then a
    // thousand attached. A round's baseline changes each of a thousand shipments no one follows
    // once, and its measured phase each followed one once, so in every round both phases work on
    // documents of the same history, equally known to server A. A pair of phases moved by up to
    // 0.15× between runs on this machine (a major collection in one of them), so the comparison
    // is the median round's.
    const own = await bookMany(book, largest);
    const unfollowed = await bookMany(book, largest);
    const fanOutFrameBytes = Math.max(...subscribers.map((s) => s.milestoneFrameBytes));
    const detach = async (): Promise<void> => {
      await Promise.all(subscribers.splice(0).map((s) => s.close()));
      await socketsClosed(a);
      // Server A lets go of a thousand subscriptions; the next phase starts after that settled.
      await settle(1_000);
    };
    await detach();
    // The fan-out's floor: the same mutations, each followed by just its frames' bytes to a
    // thousand plain sockets, frames the size of the fan-out's milestone frames.
    const floor = await SocketFloor.open(largest, SHIPMENTS, fanOutFrameBytes);
    let floorPhase: ThroughputPhase;
    try {
      await settle(1_000);
      floorPhase = await measured('floor', options.ops, (w) => bare[w], null, floor);
    } finally {
      await floor.close();
    }
    const ownRounds: ThroughputComparison[] = [];
    for (let r = 0; r < OWN_ROUNDS; r += 1) {
      if (r > 0) await detach();
      const ownWithout = await measured(`own-without-${r}`, largest, (_w, n) => unfollowed[n], null);
      for (const shipment of own) audiences.set(shipment, new Audience());
      await attach(largest, own);
      await settle(1_000);
      const ownWith = await measured(`own-with-${r}`, largest, (_w, n) => own[n], own.map((shipment) => audiences.get(shipment)!));
      ownRounds.push(comparison(largest, own.length, ownWithout, ownWith));
    }
    const median = ownRounds.find((c) => c.ratio === medianOf(ownRounds.map((o) => o.ratio)))!;

    if (options.profileDir) await writeFile(path.join(options.profileDir, 'server-a', 'phases.json'), `${JSON.stringify(phases, null, 2)}\n`);
    return {
      shipments: SHIPMENTS,
      latency,
      bytesPerIdleSubscription,
      throughput: { ...comparison(largest, SHIPMENTS, without, withSubscribers!), floor: floorPhase, floorRatio: round(floorPhase.opsPerSecond / without.opsPerSecond, 3), floorCpuRatio: round(cpuPerOp(without) / cpuPerOp(floorPhase), 3) },
      ownShipments: { ...median, cpuRatio: medianOf(ownRounds.map((c) => c.cpuRatio)), rounds: ownRounds.map((c) => c.ratio), cpuRounds: ownRounds.map((c) => c.cpuRatio) },
    };
  } finally {
    await Promise.all(subscribers.map((s) => s.close().catch(() => undefined)));
    for (const stop of stops.reverse()) await stop();
    await database.stop();
  }
}

/** Books `count` shipments through `book`, a few at a time (one at a time, a thousand take minutes). */
async function bookMany(book: () => Promise<string>, count: number): Promise<string[]> {
  const shipments: string[] = new Array<string>(count);
  await closedLoop(SHIPMENTS, count, async (_w, n) => {
    shipments[n] = await book();
  });
  return shipments;
}

/** Waits until server A holds no subscriber socket (closed ones are counted off as their close arrives). */
async function socketsClosed(server: { url: string }): Promise<void> {
  const deadline = performance.now() + 60_000;
  for (;;) {
    const r = await graphql<{ health: { live: { sockets: number } } }>(server, '{ health { live { sockets } } }');
    const sockets = r.body.data?.health.live.sockets;
    if (sockets === 0) return;
    if (performance.now() > deadline) throw new Error(`live bench: server A still holds ${String(sockets)} sockets 60 s after its subscribers closed`);
    await settle(100);
  }
}
