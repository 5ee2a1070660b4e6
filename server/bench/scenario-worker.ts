/**
 * One scenario run in a process of its own, so its peak RSS is its own: prints one JSON line
 * with the run's time, memory and outcome. Started by the scenario benchmark:
 *   node --import tsx server/bench/scenario-worker.ts <scenario.yaml> <orders> <workers> [round orders]
 */
import { createHash } from 'node:crypto';
import { PerformanceObserver } from 'node:perf_hooks';
import { runProcessStorage } from '../scenarios/run-storage';
import { type CommandCounts, commandsBetween, commandsRun } from './command-counts';
import { openStorage } from '../storage';
import { DEFAULT_ROUND_ORDERS, runScenario } from '../scenarios/run/runner';
import { loadScenarioFile } from '../scenarios/scenario-file';
import { reportJsonChunks } from '../scenarios/report/write-report';

export interface ScenarioWorkerResult {
  scenario: string;
  orders: number;
  /** worker threads the run played in (1: in this thread, on the storage opened here) */
  workers: number;
  /** at most this many orders per share at once (rounds.ts), and the rounds the run played */
  roundOrders: number;
  rounds: number;
  /** the run alone: storage is open and the file loaded before the clock starts */
  runMs: number;
  events: number;
  /** SHA-256 of the report's JSON as written: runs of a seed must agree whatever their workers and rounds */
  reportSha256: string;
  delivered: number;
  expectationsMet: number;
  expectations: number;
  /** CPU time of the run (user + system, every thread of the process): on a shared machine it moves less than the wall time */
  cpuMs: number;
  /** time spent in garbage collection during the run, by the main thread (worker threads' collections are not observed) */
  gcMs: number;
  /** process.resourceUsage().maxRSS, in KiB */
  peakRssKiB: number;
  heapUsedMiB: number;
  /**
   * the database commands the run sent, by kind (serverStatus' count, so deterministic for a seed);
   * null when worker threads played on engines of their own, which this process's count misses
   */
  commands: CommandCounts | null;
}

async function main(file: string, orders: number, workers: number, roundOrders: number): Promise<ScenarioWorkerResult> {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) throw new Error(`${file} is not a valid scenario: ${JSON.stringify(loaded.error)}`);
  // Memory only: a scenario run is measured on its own, not on the disk.
  const storage = await openStorage(runProcessStorage(process.env), { info: () => undefined, warn: () => undefined });
  try {
    let events = 0;
    let rounds = 0;
    let gcMs = 0;
    const gc = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) gcMs += entry.duration;
    });
    gc.observe({ entryTypes: ['gc'] });
    const commandsBefore = await commandsRun(storage.connection);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const report = await runScenario(storage.connection, loaded.value, {
      orders,
      workers,
      roundOrders,
      // To compare: worker threads playing on this process's storage (a database each) instead of an engine each.
      ...(process.env.YIDAN_BENCH_SHARED_STORAGE === '1' ? { workerUri: storage.uri } : {}),
      // To compare: worker threads reaching their engines over loopback TCP instead of in process.
      ...(process.env.YIDAN_BENCH_WORKER_TCP === '1' ? { workerEngineLink: 'tcp' as const } : {}),
      onProgress: (p) => {
        events = p.events;
        rounds = p.rounds;
      },
    });
    const runMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const digest = createHash('sha256');
    for (const chunk of reportJsonChunks(report)) digest.update(chunk);
    gc.disconnect();
    const countedHere = workers === 1 || process.env.YIDAN_BENCH_SHARED_STORAGE === '1';
    const commands = countedHere ? commandsBetween(commandsBefore, await commandsRun(storage.connection)) : null;
    return {
      scenario: report.scenario.id,
      orders: report.summary.orders,
      workers,
      roundOrders,
      rounds,
      runMs: Math.round(runMs),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      gcMs: Math.round(gcMs),
      events,
      reportSha256: digest.digest('hex'),
      delivered: report.summary.delivered,
      expectationsMet: report.expectations.filter((e) => e.met).length,
      expectations: report.expectations.length,
      peakRssKiB: process.resourceUsage().maxRSS,
      heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
      commands,
    };
  } finally {
    await storage.close();
  }
}

const [file, orders, workers, roundOrders] = process.argv.slice(2);
main(file, Number(orders), Number(workers ?? 1), Number(roundOrders ?? DEFAULT_ROUND_ORDERS))
  .then((result) => {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    process.stderr.write(`scenario worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
