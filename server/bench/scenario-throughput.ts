/**
 * Simulated orders per second for a scenario multiplied to 1,000 and 10,000 orders, each size
 * played with each worker count back to back (one thread, then one per core), each run in a fresh
 * process (scenario-worker.ts) so its peak RSS and CPU time are its own (CPU time counts every
 * thread of the process). Every run must deliver every order, and the runs of a size must write
 * the same report to the byte whatever their worker count; each plays in rounds of the round size
 * given (rounds.ts), which the figures name. Cost per order at the larger size relative to the smaller one says
 * whether a run scales linearly: 1.0 is flat; orders/s with N workers ÷ with the first count says
 * what the cores bring.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../project';
import type { ScenarioWorkerResult } from './scenario-worker';
import { totalCommands } from './command-counts';
import { round } from './stats';

const run = promisify(execFile);

export interface ScenarioRunFigures extends ScenarioWorkerResult {
  ordersPerSecond: number;
  msPerOrder: number;
  cpuMsPerOrder: number;
  /** the share of the run's wall time spent in garbage collection, in percent */
  gcPercent: number;
  peakRssMiB: number;
  /** database commands per order, all kinds (the run's set-up, report and clean-up included); null when worker threads played on engines of their own */
  commandsPerOrder: number | null;
  /** the run's CPU profile, when the bench was asked for profiles */
  profile?: string;
}

export interface ScenarioFigures {
  scenario: string;
  runs: ScenarioRunFigures[];
  /** ms per order of the largest run ÷ ms per order of the smallest, with the first worker count */
  costPerOrderRatio: number | null;
  /** the same for CPU time per order, which a shared machine's load disturbs less */
  cpuPerOrderRatio: number | null;
  /** per size and worker count after the first: orders/s ÷ orders/s with the first count, run just before */
  speedups: Array<{ orders: number; workers: number; speedup: number }>;
}

/** The node flags `npm run scenario` uses (package.json), so the bench measures the same runs. */
export const SCENARIO_NODE_FLAGS = ['--max-semi-space-size=32'];

export const DEFAULT_BENCH_SCENARIO = 'scenarios/01-rail-sea-moto-financing.yaml';

export async function benchScenarios(scenarioFile: string, sizes: number[], workerCounts: number[], roundOrders: number, profileDir?: string): Promise<ScenarioFigures> {
  const runs: ScenarioRunFigures[] = [];
  const speedups: ScenarioFigures['speedups'] = [];
  for (const orders of sizes) {
    const bySize: ScenarioRunFigures[] = [];
    for (const workers of workerCounts) bySize.push(await runOnce(scenarioFile, orders, workers, roundOrders, profileDir));
    const digests = new Set(bySize.map((r) => r.reportSha256));
    if (digests.size > 1) throw new Error(`${orders} orders: the reports differ with ${workerCounts.join(', ')} workers (${[...digests].join(' ≠ ')}): a run must not depend on how it is split`);
    for (const run of bySize.slice(1)) speedups.push({ orders, workers: run.workers, speedup: round(run.ordersPerSecond / bySize[0].ordersPerSecond, 2) });
    runs.push(...bySize);
  }
  const sameWorkers = runs.filter((r) => r.workers === workerCounts[0]);
  const first = sameWorkers[0];
  const last = sameWorkers[sameWorkers.length - 1];
  return {
    scenario: scenarioFile,
    runs,
    costPerOrderRatio: sameWorkers.length > 1 ? round(last.msPerOrder / first.msPerOrder, 2) : null,
    cpuPerOrderRatio: sameWorkers.length > 1 ? round(last.cpuMsPerOrder / first.cpuMsPerOrder, 2) : null,
    speedups,
  };
}

async function runOnce(scenarioFile: string, orders: number, workers: number, roundOrders: number, profileDir?: string): Promise<ScenarioRunFigures> {
  // As `npm run scenario` runs: a run allocates short-lived objects by the gigabyte, and a larger
  // young generation (32 MiB semi-spaces) cut GC time by a third and a 3,000-order run by 18 %.
  const profile = profileDir ? path.join(profileDir, `scenario-${orders}-w${workers}`) : undefined;
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [];
  const node = [...SCENARIO_NODE_FLAGS, ...profiling, '--import', 'tsx', path.join('server', 'bench', 'scenario-worker.ts'), scenarioFile, String(orders), String(workers), String(roundOrders)];
  const { stdout } = await run(process.execPath, node, {
    cwd: projectRoot,
    // The engine the figures are labelled with: the embedded one, never a mongod found on the PATH.
    env: { ...process.env, YIDAN_STORAGE: process.env.MONGODB_URI ? 'uri' : 'embedded' },
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as ScenarioWorkerResult;
  if (result.orders !== orders) throw new Error(`asked for ${orders} orders, the run played ${result.orders}`);
  if (result.workers !== workers) throw new Error(`asked for ${workers} workers, the run played in ${result.workers}`);
  if (result.delivered !== orders) throw new Error(`${orders} orders with ${workers} worker(s): only ${result.delivered} delivered`);
  return {
    ...result,
    ordersPerSecond: round(result.orders / (result.runMs / 1000), 2),
    msPerOrder: round(result.runMs / result.orders, 2),
    cpuMsPerOrder: round(result.cpuMs / result.orders, 2),
    gcPercent: round((100 * result.gcMs) / result.runMs, 1),
    peakRssMiB: Math.round(result.peakRssKiB / 1024),
    commandsPerOrder: result.commands ? round(totalCommands(result.commands) / result.orders, 1) : null,
    ...(profile ? { profile } : {}),
  };
}
