/**
 * Simulated orders per second for a scenario multiplied to 1,000 and 10,000 orders, each run in
 * a fresh process (scenario-worker.ts) so its peak RSS is its own. Cost per order at the larger
 * size relative to the smaller one says whether a run scales linearly: 1.0 is flat.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../project';
import type { ScenarioWorkerResult } from './scenario-worker';
import { round } from './stats';

const run = promisify(execFile);

export interface ScenarioRunFigures extends ScenarioWorkerResult {
  ordersPerSecond: number;
  msPerOrder: number;
  peakRssMiB: number;
}

export interface ScenarioFigures {
  scenario: string;
  runs: ScenarioRunFigures[];
  /** ms per order of the largest run ÷ ms per order of the smallest */
  costPerOrderRatio: number | null;
}

/** The node flags `npm run scenario` uses (package.json), so the bench measures the same runs. */
export const SCENARIO_NODE_FLAGS = ['--max-semi-space-size=32'];

export const DEFAULT_BENCH_SCENARIO = 'scenarios/01-rail-sea-moto-financing.yaml';

export async function benchScenarios(scenarioFile: string, sizes: number[]): Promise<ScenarioFigures> {
  const runs: ScenarioRunFigures[] = [];
  for (const orders of sizes) runs.push(await runOnce(scenarioFile, orders));
  const first = runs[0];
  const last = runs[runs.length - 1];
  return {
    scenario: scenarioFile,
    runs,
    costPerOrderRatio: runs.length > 1 ? round(last.msPerOrder / first.msPerOrder, 2) : null,
  };
}

async function runOnce(scenarioFile: string, orders: number): Promise<ScenarioRunFigures> {
  // As `npm run scenario` runs: a run allocates short-lived objects by the gigabyte, and a larger
  // young generation (32 MiB semi-spaces) cut GC time by a third and a 3,000-order run by 18 %.
  const node = [...SCENARIO_NODE_FLAGS, '--import', 'tsx', path.join('server', 'bench', 'scenario-worker.ts'), scenarioFile, String(orders)];
  const { stdout } = await run(process.execPath, node, {
    cwd: projectRoot,
    // The engine the figures are labelled with: the embedded one, never a mongod found on the PATH.
    env: { ...process.env, YIDAN_STORAGE: process.env.MONGODB_URI ? 'uri' : 'embedded' },
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as ScenarioWorkerResult;
  if (result.orders !== orders) throw new Error(`asked for ${orders} orders, the run played ${result.orders}`);
  return {
    ...result,
    ordersPerSecond: round(result.orders / (result.runMs / 1000), 2),
    msPerOrder: round(result.runMs / result.orders, 2),
    peakRssMiB: Math.round(result.peakRssKiB / 1024),
  };
}
