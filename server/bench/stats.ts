/** Latency figures of one measured phase: exact percentiles over every recorded sample. */
export interface PhaseFigures {
  ops: number;
  seconds: number;
  /** completed operations per second of wall-clock time */
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** The value at or below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) throw new RangeError('no samples');
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(latenciesMs: readonly number[], elapsedMs: number): PhaseFigures {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    ops: sorted.length,
    seconds: round(elapsedMs / 1000, 3),
    opsPerSecond: round(sorted.length / (elapsedMs / 1000), 1),
    p50Ms: round(percentile(sorted, 0.5), 2),
    p99Ms: round(percentile(sorted, 0.99), 2),
  };
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Runs `total` operations from `concurrency` workers, each starting its next operation as soon
 * as its last one ends (a closed loop), and times every operation.
 */
export async function closedLoop(concurrency: number, total: number, op: (worker: number, n: number) => Promise<void>): Promise<PhaseFigures> {
  const latencies: number[] = [];
  let next = 0;
  let failed = false;
  const started = performance.now();
  const worker = async (w: number): Promise<void> => {
    // After one failure the others stop taking work, so the phase ends with its error at once.
    while (next < total && !failed) {
      const n = next++;
      const t0 = performance.now();
      try {
        await op(w, n);
      } catch (error) {
        failed = true;
        throw error;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  return summarise(latencies, performance.now() - started);
}
