/**
 * `npm run bench`: how fast a transition, a tracking query, a scenario run and the embedded
 * engine are, each against a baseline measured in the same run (the machine is shared and
 * noisy, so only ratios measured side by side mean much). Prints tables and writes the figures
 * as JSON to bench-results/ (or --out). Uses the embedded engine, or MONGODB_URI when set.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { systemClock } from '../config';
import { projectRoot } from '../project';
import { BENCH_USAGE, type BenchOptions, parseBenchArgs } from './bench-args';
import { benchDurability } from './durability';
import { benchEngine } from './engine-ops';
import { benchLive } from './live-updates';
import { type BenchResults, machineInfo, resultTables } from './results';
import { DEFAULT_BENCH_SCENARIO, benchScenarios } from './scenario-throughput';
import { startDatabase, startStack } from './stack';
import { benchTracking } from './tracking';
import { benchTransitions } from './transitions';

const err = (line: string): void => void process.stderr.write(`${line}\n`);

async function bench(options: BenchOptions): Promise<BenchResults> {
  // A benchmark measures the real machine: its timestamps come from the wall clock on purpose.
  const startedAt = systemClock.now().toISOString();
  const database = process.env.MONGODB_URI ? 'MongoDB at MONGODB_URI' : 'embedded engine';
  const results: BenchResults = { startedAt, quick: options.quick, machine: machineInfo(database) };
  const dbName = `yidan-bench-${process.pid}`;
  if (options.parts.includes('transitions') || options.parts.includes('tracking')) {
    err('starting the database and the server …');
    const stack = await startStack(dbName, options.profile && path.resolve(process.env.INIT_CWD ?? process.cwd(), options.profile));
    try {
      if (options.parts.includes('transitions')) {
        err(`transitions: ${options.transitionOps} per phase at concurrency ${options.concurrencies.join(' and ')} …`);
        results.transitions = await benchTransitions(stack, { concurrencies: options.concurrencies, ops: options.transitionOps });
      }
      if (options.parts.includes('tracking')) {
        err(`tracking: ${options.trackingConnections} clients, ${options.trackingRequests ? `${options.trackingRequests} requests` : `${options.trackingSeconds} s`}, then the floor …`);
        results.tracking = await benchTracking(stack, { connections: options.trackingConnections, seconds: options.trackingSeconds, requests: options.trackingRequests });
      }
    } finally {
      // The server first, so nothing writes while the database is dropped; a failed drop must not
      // leave processes behind.
      await stack.stopServer();
      await dropDatabase(stack.mongoUri, dbName).catch((error: unknown) => err(`warning: could not drop ${dbName}: ${String(error)}`));
      await stack.stop();
    }
  }
  if (options.parts.includes('engine')) {
    err(`engine: ${options.engineDocuments.toLocaleString('en-US')} documents …`);
    const db = await startDatabase(undefined, options.profile && path.resolve(process.env.INIT_CWD ?? process.cwd(), options.profile));
    try {
      results.engine = await benchEngine(db.uri, database, `${dbName}-engine`, { documents: options.engineDocuments, ops: options.engineOps, concurrency: options.engineConcurrency, enginePid: db.pid });
    } finally {
      await db.stop();
    }
  }
  if (options.parts.includes('durability')) {
    if (process.env.MONGODB_URI) {
      err('durability: skipped (it compares the embedded engine journaled and in memory; MONGODB_URI is set)');
    } else {
      err(`durability: journaled vs memory-only, ${options.durabilityOps} writes per phase; recovery of ${options.recoveryDocuments.toLocaleString('en-US')} documents …`);
      results.durability = await benchDurability({ ops: options.durabilityOps, transitionOps: options.transitionOps, recoveryDocuments: options.recoveryDocuments });
    }
  }
  if (options.parts.includes('live')) {
    err(`live updates: ${options.liveSubscribers.map((s) => s.toLocaleString('en-US')).join(' and ')} subscribers on server A, milestones through server B …`);
    const profileDir = options.profile && path.resolve(process.env.INIT_CWD ?? process.cwd(), options.profile);
    results.live = await benchLive(`${dbName}-live`, { subscribers: options.liveSubscribers, milestones: options.liveMilestones, ops: options.liveOps, ...(profileDir ? { profileDir } : {}) });
  }
  if (options.parts.includes('scenario')) {
    err(`scenario: ${options.scenarioOrders.map((o) => o.toLocaleString('en-US')).join(' and ')} orders with ${options.scenarioWorkers.join(' and ')} worker(s), rounds of at most ${options.scenarioRoundOrders.toLocaleString('en-US')} orders per worker (each run in its own process) …`);
    results.scenario = await benchScenarios(DEFAULT_BENCH_SCENARIO, options.scenarioOrders, options.scenarioWorkers, options.scenarioRoundOrders, options.profile && path.resolve(process.env.INIT_CWD ?? process.cwd(), options.profile));
  }
  return results;
}

async function dropDatabase(uri: string, dbName: string): Promise<void> {
  const { MongoClient } = await import('mongodb');
  const client = await MongoClient.connect(uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    await client.db(dbName).dropDatabase();
  } finally {
    await client.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseBenchArgs(argv);
  if (!parsed.ok) {
    for (const problem of parsed.error) err(`error: ${problem}`);
    err(BENCH_USAGE);
    return 2;
  }
  const options = parsed.value;
  const results = await bench(options);
  const file = options.out
    ? path.resolve(process.env.INIT_CWD ?? process.cwd(), options.out)
    : path.join(projectRoot, 'bench-results', `bench-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${resultTables(results, Boolean(process.stdout.isTTY) && !process.env.NO_COLOR)}\nfigures written to ${path.relative(process.cwd(), file) || file}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    err(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
