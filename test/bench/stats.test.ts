import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SCENARIO_NODE_FLAGS } from '../../server/bench/scenario-throughput';
import { closedLoop, percentile, summarise } from '../../server/bench/stats';

it('takes nearest-rank percentiles', () => {
  const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
  expect(percentile(sorted, 0.5)).toBe(50);
  expect(percentile(sorted, 0.99)).toBe(99);
  expect(percentile([7], 0.99)).toBe(7);
  expect(() => percentile([], 0.5)).toThrow(RangeError);
});

it('summarises latencies into throughput and percentiles', () => {
  const figures = summarise([4, 1, 3, 2], 2000);
  expect(figures).toEqual({ ops: 4, seconds: 2, opsPerSecond: 2, p50Ms: 2, p99Ms: 4 });
});

it('runs every operation once, from no more workers than asked, each worker one at a time', async () => {
  const seen: number[] = [];
  let running = 0;
  let most = 0;
  const busy = new Set<number>();
  const figures = await closedLoop(3, 10, async (worker, n) => {
    expect(busy.has(worker)).toBe(false);
    busy.add(worker);
    running++;
    most = Math.max(most, running);
    await new Promise((r) => setTimeout(r, 1));
    seen.push(n);
    running--;
    busy.delete(worker);
  });
  expect(seen.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(most).toBe(3);
  expect(figures.ops).toBe(10);
});

it('measures scenario runs with the node flags npm run scenario uses', () => {
  const { scripts } = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as { scripts: Record<string, string> };
  for (const flag of SCENARIO_NODE_FLAGS) expect(scripts.scenario.split(' ')).toContain(flag);
});
