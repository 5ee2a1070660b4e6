/**
 * `npm run bench` arguments, checked without side effects: every problem names the flag and
 * the rule it broke.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_ROUND_ORDERS } from '../scenarios/run/rounds';
import { type Result, fail, ok } from '../shared/result';

export const BENCH_PARTS = ['transitions', 'tracking', 'scenario', 'engine', 'durability', 'live'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export const BENCH_USAGE =
  'usage: npm run bench -- [--only transitions,tracking,scenario,engine,durability,live] [--quick] [--scenario-orders 1000,10000] [--scenario-workers 1,2] [--scenario-round-orders N] [--out FILE] [--profile DIR]';

export interface BenchOptions {
  parts: BenchPart[];
  /** smaller sizes everywhere: a check that the benchmark works, not figures to quote */
  quick: boolean;
  transitionOps: number;
  concurrencies: number[];
  trackingConnections: number;
  trackingSeconds: number;
  /** quick runs: a fixed number of tracking requests instead of a duration */
  trackingRequests?: number;
  scenarioOrders: number[];
  /** worker threads per scenario run: each size is run with each count, back to back */
  scenarioWorkers: number[];
  /** at most this many orders per worker at once in a scenario run (rounds.ts) */
  scenarioRoundOrders: number;
  engineDocuments: number;
  engineOps: number;
  engineConcurrency: number;
  /** single writes per phase of the journaled-vs-memory comparison */
  durabilityOps: number;
  /** documents the recovery measurement starts from */
  recoveryDocuments: number;
  /** subscriber counts of the live-updates latency phases; the last also for memory and throughput */
  liveSubscribers: number[];
  /** milestones timed per latency phase */
  liveMilestones: number;
  /** milestone mutations per throughput phase */
  liveOps: number;
  out?: string;
  /** writes CPU profiles (.cpuprofile) under this directory: the server's and the engine's (transitions and tracking), each scenario run's */
  profile?: string;
}

const FULL = { liveSubscribers: [10, 1_000], liveMilestones: 48, liveOps: 500, transitionOps: 2_000, trackingSeconds: 10, scenarioOrders: [1_000, 10_000], engineDocuments: 100_000, engineOps: 5_000, durabilityOps: 5_000, recoveryDocuments: 100_000 };
const QUICK = { liveSubscribers: [10, 50], liveMilestones: 8, liveOps: 40, transitionOps: 100, trackingSeconds: 1, trackingRequests: 256, scenarioOrders: [10, 30], engineDocuments: 5_000, engineOps: 200, durabilityOps: 200, recoveryDocuments: 5_000 };

export function parseBenchArgs(argv: string[]): Result<BenchOptions, string[]> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { only: { type: 'string' }, quick: { type: 'boolean' }, 'scenario-orders': { type: 'string' }, 'scenario-workers': { type: 'string' }, 'scenario-round-orders': { type: 'string' }, out: { type: 'string' }, profile: { type: 'string' } },
      allowPositionals: false,
      strict: true,
    });
  } catch (error) {
    return fail([error instanceof Error ? error.message : String(error)]);
  }
  const problems: string[] = [];
  const { values } = parsed;
  const parts = values.only === undefined ? [...BENCH_PARTS] : values.only.split(',').map((p) => p.trim());
  for (const part of parts) {
    if (!(BENCH_PARTS as readonly string[]).includes(part)) problems.push(`--only takes ${BENCH_PARTS.join(', ')} (comma-separated), got ${JSON.stringify(part)}`);
  }
  const sizes = values.quick ? QUICK : FULL;
  let scenarioOrders = sizes.scenarioOrders;
  if (values['scenario-orders'] !== undefined) {
    const raw = values['scenario-orders'].split(',');
    const numbers = raw.map((r) => (/^\d+$/.test(r.trim()) ? Number(r.trim()) : Number.NaN));
    if (numbers.some((n) => !Number.isSafeInteger(n) || n < 1 || n > 100_000)) {
      problems.push(`--scenario-orders takes order counts from 1 to 100,000, comma-separated (got ${JSON.stringify(values['scenario-orders'])})`);
    } else {
      scenarioOrders = numbers;
    }
  }
  // One worker and one per core by default: the same run both ways, back to back (quick: 1 and 2, to check both paths).
  let scenarioWorkers = values.quick ? [1, 2] : [...new Set([1, availableParallelism()])];
  if (values['scenario-workers'] !== undefined) {
    const numbers = values['scenario-workers'].split(',').map((r) => (/^\d+$/.test(r.trim()) ? Number(r.trim()) : Number.NaN));
    if (numbers.some((n) => !Number.isSafeInteger(n) || n < 1 || n > 64)) {
      problems.push(`--scenario-workers takes worker counts from 1 to 64, comma-separated (got ${JSON.stringify(values['scenario-workers'])})`);
    } else {
      scenarioWorkers = numbers;
    }
  }
  let scenarioRoundOrders = DEFAULT_ROUND_ORDERS;
  if (values['scenario-round-orders'] !== undefined) {
    const raw = values['scenario-round-orders'].trim();
    if (/^\d+$/.test(raw) && Number(raw) >= 1 && Number(raw) <= 100_000) scenarioRoundOrders = Number(raw);
    else problems.push(`--scenario-round-orders takes one order count from 1 to 100,000 (got ${JSON.stringify(values['scenario-round-orders'])})`);
  }
  if (values.out === '') problems.push('--out must name a file');
  if (values.profile === '') problems.push('--profile must name a directory');
  if (problems.length > 0) return fail(problems);
  return ok({
    parts: parts as BenchPart[],
    quick: values.quick === true,
    transitionOps: sizes.transitionOps,
    concurrencies: [1, 32],
    trackingConnections: 64,
    trackingSeconds: sizes.trackingSeconds,
    trackingRequests: values.quick ? QUICK.trackingRequests : undefined,
    scenarioOrders,
    scenarioWorkers,
    scenarioRoundOrders,
    engineDocuments: sizes.engineDocuments,
    engineOps: sizes.engineOps,
    engineConcurrency: 16,
    liveSubscribers: sizes.liveSubscribers,
    liveMilestones: sizes.liveMilestones,
    liveOps: sizes.liveOps,
    durabilityOps: sizes.durabilityOps,
    recoveryDocuments: sizes.recoveryDocuments,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.profile !== undefined ? { profile: values.profile } : {}),
  });
}
