/**
 * A run plays its orders in rounds, so what it holds is bounded by the round, not by the run: the
 * run's places are cut into consecutive blocks, one per round, and each share plays its places of
 * a block on a fresh database, replaying the scenario's calendar from its start, then keeps the
 * orders' report rows and drops the database before the next block. Orders do not share anything
 * that would tell the rounds apart (an order's numbers, draws and events depend on the seed and its
 * place alone, and the policies are sized for the whole run), so the report is the same to the byte
 * whatever the round size, as it is whatever the number of workers.
 */

/**
 * At most this many orders per share in a round by default. Measured on scenario 01 with 2
 * workers (README, "A run in rounds"): a round costs a fresh database, the world and the
 * policies, about 0.13 s of CPU (20 rounds of 1 order against 1 round of 20), 0.5 ms an order at
 * this size; while the peak RSS of 1,000 orders per share at once was 822 MiB to 1,145 MiB, too
 * close to the 1 GiB a 10,000-order run must stay under.
 */
export const DEFAULT_ROUND_ORDERS = 250;

/** How many rounds a run of `total` orders in `workers` shares plays: enough that no share holds more than `roundOrders` at once. */
export function roundCount(total: number, workers: number, roundOrders: number = DEFAULT_ROUND_ORDERS): number {
  if (!Number.isInteger(roundOrders) || roundOrders < 1) throw new RangeError(`a round holds 1 or more orders per share, asked for ${roundOrders}`);
  if (total === 0) return 1;
  return Math.ceil(Math.ceil(total / workers) / roundOrders);
}

/**
 * The run's places (from 0) that round `round` plays: a block of consecutive places, the blocks as
 * even as they can be. Every share of a block plays at most ceil(block / workers) orders, which the
 * count above keeps within the round size.
 */
export function roundBlock(round: number, rounds: number, total: number): { from: number; to: number } {
  return { from: Math.floor((round * total) / rounds), to: Math.floor(((round + 1) * total) / rounds) };
}

/**
 * The old-generation limit of a worker thread playing rounds of `roundOrders` orders, MiB. Left to
 * itself V8 lets a heap grow to about four times what survived its last full collection, and a
 * worker's heap is mostly garbage at its peak: a 2,000-order run of scenario 01 with 2 workers
 * peaked at 900 MiB of RSS unbounded and at 529 to 542 MiB with limits of 200 to 448 MiB per worker
 * (V8 grows a heap with a lower limit by a smaller factor). That first measurement put the cost at
 * about 15 % more CPU per order; later same-window trials against a 1,963 MiB limit found 1 to 3 %
 * (README, "A run in rounds"), for 70 to 140 MiB less peak RSS. The limit grows with the round, a quarter of a MiB per order (about five
 * times what an order holds live), so a larger round never runs out of heap.
 */
export function workerHeapMiB(roundOrders: number): number {
  return 384 + Math.ceil(roundOrders / 4);
}
