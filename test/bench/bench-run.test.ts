/**
 * `npm run bench -- --quick` as a real process: it measures all four parts and writes figures
 * that hang together. Only shapes and invariants are checked, never how fast anything was.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchResults } from '../../server/bench/results';
import { DEFAULT_ROUND_ORDERS } from '../../server/scenarios/run/rounds';
import { testMongoUri } from '../support/database';
import { startTs } from '../support/processes';

// Against a real MongoDB the bench uses it too; on the embedded engine it starts its own process.
const env = (): NodeJS.ProcessEnv => (process.env.YIDAN_TEST_ENGINE === 'uri' ? { MONGODB_URI: testMongoUri() } : { MONGODB_URI: '' });

const positive = (v: number): void => {
  expect(Number.isFinite(v)).toBe(true);
  expect(v).toBeGreaterThan(0);
};

it('measures transitions, tracking, scenario runs, the engine, its journal against memory-only and live updates, and writes the figures as JSON', async () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'yidan-bench-')), 'figures.json');
  const child = startTs('server/bench/cli.ts', ['--quick', '--out', out], env());
  const code = await child.exited;
  const output = child.output.join('\n');
  expect({ code, output }).toMatchObject({ code: 0 });
  expect(output).toContain('track(reference)');
  const r = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
  expect(r.quick).toBe(true);
  expect(r.machine.cores).toBeGreaterThan(0);
  expect(r.machine.database).toBe(process.env.YIDAN_TEST_ENGINE === 'uri' ? 'MongoDB at MONGODB_URI' : 'embedded engine');

  expect(r.transitions!.map((t) => t.concurrency)).toEqual([1, 32]);
  for (const t of r.transitions!) {
    positive(t.graphql.opsPerSecond);
    positive(t.rawDriver.opsPerSecond);
    positive(t.throughputRatio);
    positive(t.p50Ratio);
    // CPU per transition of the server and the engine's process: readable on Linux with the engine.
    if (process.platform === 'linux' && r.machine.database === 'embedded engine') {
      for (const v of [t.cpuMsPerOp.graphqlServer, t.cpuMsPerOp.graphqlDatabase, t.cpuMsPerOp.rawDatabase]) positive(v!);
    }
    // The bench's own, beside them (its client's latency is part of every transition at one client).
    for (const v of [t.cpuMsPerOp.graphqlClient, t.cpuMsPerOp.rawClient]) positive(v);
  }

  const tracking = r.tracking!;
  expect(tracking.connections).toBe(64);
  positive(tracking.tracking.requests);
  positive(tracking.floor.requests);
  positive(tracking.throughputRatio);
  positive(tracking.p99Ratio!);
  // CPU per request is read from /proc; the engine's only where the bench started the engine.
  if (process.platform === 'linux') {
    for (const phase of [tracking.tracking, tracking.floor]) {
      positive(phase.serverCpuMsPerRequest!);
      if (process.env.YIDAN_TEST_ENGINE === 'uri') expect(phase.engineCpuMsPerRequest).toBeNull();
      else expect(phase.engineCpuMsPerRequest).toBeGreaterThanOrEqual(0);
    }
  }

  const scenario = r.scenario!;
  expect(scenario.runs.map((run) => [run.orders, run.workers])).toEqual([[10, 1], [10, 2], [30, 1], [30, 2]]);
  expect(scenario.speedups.map((s) => [s.orders, s.workers])).toEqual([[10, 2], [30, 2]]);
  for (const s of scenario.speedups) positive(s.speedup);
  for (const run of scenario.runs) {
    expect(run.delivered).toBe(run.orders);
    // one round of the default size: the quick sizes are far below it
    expect([run.rounds, run.roundOrders]).toEqual([1, DEFAULT_ROUND_ORDERS]);
    expect(run.reportSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(run.expectationsMet).toBe(run.expectations);
    positive(run.peakRssMiB);
    positive(run.msPerOrder);
    positive(run.cpuMsPerOrder);
    expect(run.gcPercent).toBeGreaterThanOrEqual(0);
    if (run.workers > 1) {
      // worker threads play on engines of their own, which the run's process does not count
      expect(run.commands).toBeNull();
      continue;
    }
    // counted by the engine: every order writes its lifecycles, each a findAndModify at least
    expect(run.commands!.findAndModify).toBeGreaterThanOrEqual(run.orders * 10);
    expect(run.commandsPerOrder).toBeGreaterThan(run.commands!.findAndModify / run.orders);
  }
  positive(scenario.costPerOrderRatio!);
  positive(scenario.cpuPerOrderRatio!);

  const engine = r.engine!;
  expect(engine.ops.map((o) => o.op)).toEqual([
    'insertOne',
    'findOne by _id',
    'findOneAndUpdate versioned $set/$inc/$push',
    'findOneAndUpdate by _id',
    'find by indexed field',
    'find by indexed field and state',
    'transaction: find, update, insert, commit',
    'find by unindexed field',
  ]);
  // The engine's CPU per op, read from /proc: only where the bench started the engine's process.
  for (const op of engine.ops) {
    if (process.platform !== 'linux' || process.env.YIDAN_TEST_ENGINE === 'uri') expect(op.engineCpuMsPerOp).toBeNull();
    else expect(op.engineCpuMsPerOp).toBeGreaterThanOrEqual(0);
  }
  expect(engine.indexedPlan.stages).toContain('IXSCAN');
  expect(engine.indexedPlan.docsExamined).toBe(1);
  expect(engine.unindexedPlan.stages).toContain('COLLSCAN');
  expect(engine.unindexedPlan.docsExamined).toBe(engine.documents);

  if (process.env.YIDAN_TEST_ENGINE === 'uri') {
    expect(r.durability).toBeUndefined();
  } else {
    const durability = r.durability!;
    expect(durability.rows.map((row) => `${row.op} @${row.concurrency}`)).toEqual([
      'insertOne @1', 'insertOne @32', 'findOneAndUpdate by _id @1', 'findOneAndUpdate by _id @32', 'transition via GraphQL (hold/resume) @32',
    ]);
    for (const row of durability.rows) {
      expect(row.memory.ops).toBe(row.durable.ops);
      positive(row.ratio);
    }
    expect(durability.recovery.documents).toBe(5_000);
    expect(output).toContain('from the journal alone (after kill -9)');
  }

  // Each latency phase records one milestone per shipment: every subscriber receives exactly one.
  const live = r.live!;
  expect(live.latency.map((row) => [row.subscribers, row.deliveries])).toEqual([
    [10, 10],
    [50, 50],
  ]);
  for (const row of live.latency) expect(row.p99Ms).toBeGreaterThanOrEqual(row.p50Ms);
  expect(live.throughput.without.ops).toBe(live.throughput.with.ops);
  positive(live.throughput.ratio);
  // Each mutation reaches the 6 or 7 subscribers of its shipment (50 over 8 shipments; the bench
  // itself fails unless every subscriber got every milestone), and no event is executed more often than sent.
  expect(live.throughput.with.eventsSentPerOp).toBeGreaterThanOrEqual(6);
  expect(live.throughput.with.eventsSentPerOp).toBeLessThanOrEqual(7);
  expect(live.throughput.with.executionsPerOp).toBeLessThanOrEqual(live.throughput.with.eventsSentPerOp);
  expect(live.throughput.without.eventsSentPerOp).toBe(0);
  positive(live.throughput.with.serverCpuMsPerOp);
  positive(live.throughput.cpuRatio);
  // The floor ran the same mutations with only the frames' bytes fanned out (no events executed).
  expect(live.throughput.floor!.ops).toBe(live.throughput.without.ops);
  expect(live.throughput.floor!.executionsPerOp).toBe(0);
  positive(live.throughput.floorRatio!);
  positive(live.throughput.floorCpuRatio!);
  expect(output).toContain("only the frames' bytes to 50 plain sockets");
  if (live.throughput.without.engineCpuMsPerOp !== null) positive(live.throughput.without.engineCpuMsPerOp);
  // Each subscriber on a shipment of its own (50): each mutation reaches exactly its one subscriber.
  const own = live.ownShipments;
  expect([own.subscribers, own.shipments]).toEqual([50, 50]);
  expect(own.without.ops).toBe(own.with.ops);
  expect(own.with.eventsSentPerOp).toBe(1);
  expect(own.without.eventsSentPerOp).toBe(0);
  positive(own.ratio);
  // Five rounds, the comparison the median round's, every round's ratio reported.
  expect(own.rounds).toHaveLength(5);
  expect(own.cpuRounds).toHaveLength(5);
  expect([...own.rounds!].sort((a, b) => a - b)[2]).toBe(own.ratio);
  expect([...own.cpuRounds!].sort((a, b) => a - b)[2]).toBe(own.cpuRatio);
  expect(output).toContain(`(median of ${own.rounds!.map((v) => `${v.toFixed(2)}×`).join(', ')})`);
  expect(output).toContain('memory per idle subscription on server A');
}, 720_000);

it('refuses unknown parts and bad sizes, naming the flag', async () => {
  const child = startTs('server/bench/cli.ts', ['--only', 'transitions,speed', '--scenario-orders', '0', '--scenario-round-orders', 'ten'], env());
  expect(await child.exited).toBe(2);
  const output = child.output.join('\n');
  expect(output).toContain('--only takes transitions, tracking, scenario, engine, durability');
  expect(output).toContain('--scenario-orders takes order counts from 1 to 100,000');
  expect(output).toContain('--scenario-round-orders takes one order count from 1 to 100,000 (got "ten")');
}, 30_000);
