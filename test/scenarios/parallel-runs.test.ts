/**
 * A run split among worker threads gives the same report, to the byte, as the run in one process:
 * for every bundled scenario with 2 workers, and with 3 for those whose orders share the most; and
 * in rounds of one order (rounds.ts). An order's numbers depend on its place in the run alone, and a failure in a worker fails the run with its error and leaves no thread behind.
 */
import workerThreads, { type Worker } from 'node:worker_threads';
import type { Connection } from 'mongoose';
import type { RunEvent, ScenarioReport } from '../../server/models/scenario-report';
import { renderMarkdown } from '../../server/scenarios/report/markdown';
import { reportJsonChunks } from '../../server/scenarios/report/write-report';
import { workerHeapMiB } from '../../server/scenarios/run/rounds';
import { type RunProgress, runScenario } from '../../server/scenarios/run/runner';
import type { Scenario } from '../../server/scenarios/scenario';
import { BUNDLED_SCENARIOS, loadBundled } from '../support/bundled-scenarios';
import { connectMongoose } from '../support/database';

let connection: Connection;
beforeAll(async () => {
  connection = await connectMongoose(__filename);
});
afterAll(() => connection.close());

const bytes = (report: ScenarioReport) => ({ json: [...reportJsonChunks(report)].join(''), markdown: renderMarkdown(report) });
let runs = 0;
const run = (scenario: Scenario, options: Parameters<typeof runScenario>[2]) => runScenario(connection, scenario, { runId: `par-${process.pid}-${++runs}`, ...options });

/**
 * Three workers too where orders could share most: an insurer's policy and a market move (05), a
 * reissued bill (07), a re-routing (09). A thread costs about 2 s of CPU to start, so not all.
 */
const THREE_WORKERS = ['05-emoto-laos-thailand-fx.yaml', '07-digital-bill-title.yaml', '09-yangtze-locks-reroute-rail.yaml'];

describe.each(BUNDLED_SCENARIOS)('%s', (file) => {
  const counts = THREE_WORKERS.includes(file) ? [2, 3] : [2];
  it(`writes the same JSON and Markdown with 1 and ${counts.join(' and ')} workers, and in rounds of 1 order${THREE_WORKERS.includes(file) ? ' (and of 2 in 2 workers)' : ''}`, async () => {
    const scenario = loadBundled(file);
    // Enough orders that every worker plays several, with copies of each scenario order.
    const orders = Math.max(6, scenario.orders.reduce((n, o) => n + (o.count ?? 1), 0) + 2);
    const one = bytes(await run(scenario, { orders, workers: 1 }));
    for (const workers of counts) expect({ workers, ...bytes(await run(scenario, { orders, workers })) }).toEqual({ workers, ...one });
    // Rounds (rounds.ts): each order on a database of its own, from the scenario's start.
    expect({ rounds: 'of 1', ...bytes(await run(scenario, { orders, workers: 1, roundOrders: 1 })) }).toEqual({ rounds: 'of 1', ...one });
    if (THREE_WORKERS.includes(file)) expect({ rounds: 'of 2 in 2 workers', ...bytes(await run(scenario, { orders, workers: 2, roundOrders: 2 })) }).toEqual({ rounds: 'of 2 in 2 workers', ...one });
  }, 240_000);
});

it("numbers an order's documents by its place in the run, whichever orders ran before it", async () => {
  const scenario = loadBundled('01-rail-sea-moto-financing.yaml');
  const numbers = (report: ScenarioReport) => report.orders.map((o) => ({ handle: o.handle, number: o.number, customs: o.customs?.declaration ?? null, loan: o.financing?.number ?? null, timeline: o.timeline.map((e) => e.detail) }));
  const five = numbers(await run(scenario, { orders: 5, workers: 1 }));
  const three = numbers(await run(scenario, { orders: 3, workers: 1 }));
  // The first three orders are the same orders in both runs: their numbers and story do not depend on the two more.
  expect(five.slice(0, 3)).toEqual(three);
  expect(five.map((o) => o.number)).toEqual(['ORD-2026-000001', 'ORD-2026-000002', 'ORD-2026-000003', 'ORD-2026-000004', 'ORD-2026-000005']);
  expect(new Set(five.map((o) => o.customs)).size).toBe(5);
}, 120_000);

it('streams events numbered as in the report, and sums progress over the workers', async () => {
  const scenario = loadBundled('01-rail-sea-moto-financing.yaml');
  const streamed: RunEvent[] = [];
  const progress: RunProgress[] = [];
  const report = await run(scenario, { orders: 6, workers: 2, eventBatch: 5, onEvents: async (events) => void streamed.push(...events), onProgress: (p) => void progress.push(p) });
  const reported = [...report.timeline, ...report.orders.flatMap((o) => o.timeline)].sort((a, b) => a.seq - b.seq);
  expect(streamed).toEqual(reported);
  expect(streamed.map((e) => e.seq)).toEqual(reported.map((_, i) => i + 1));
  const last = progress[progress.length - 1];
  expect(last).toMatchObject({ ordersDone: 6, ordersTotal: 6, events: reported.length });
}, 120_000);

/** Runs `play` and returns the worker threads it started, once it has settled (and the options each was started with in `options`). */
async function threadsOf(play: () => Promise<unknown>, options: Array<ConstructorParameters<typeof Worker>[1]> = []): Promise<Worker[]> {
  const threads: Worker[] = [];
  const RealWorker = workerThreads.Worker;
  const started = jest.spyOn(workerThreads, 'Worker').mockImplementation((...args: ConstructorParameters<typeof Worker>) => {
    const thread = new RealWorker(...args);
    threads.push(thread);
    options.push(args[1]);
    return thread;
  });
  try {
    await play();
  } finally {
    started.mockRestore();
  }
  return threads;
}

it('fails the run with the error of the worker that failed, and leaves no worker thread behind', async () => {
  const scenario = loadBundled('01-rail-sea-moto-financing.yaml');
  // A buyer no party is: the loader would refuse it, a worker meets it when it plays the order.
  const broken: Scenario = { ...scenario, orders: scenario.orders.map((o, i) => (i === 0 ? { ...o, buyer: 'NO-SUCH-BUYER' } : o)) };
  const threads = await threadsOf(() => expect(run(broken, { orders: 4, workers: 2 })).rejects.toThrow(/NO-SUCH-BUYER/));
  expect(threads).toHaveLength(2);
  // A thread that has exited has no id any more.
  for (const thread of threads) expect(thread.threadId).toBe(-1);
}, 120_000);

it("stops every worker when the run's signal aborts, failing with its reason", async () => {
  const stopper = new AbortController();
  const threads = await threadsOf(() =>
    expect(
      run(loadBundled('01-rail-sea-moto-financing.yaml'), {
        orders: 8,
        workers: 2,
        signal: stopper.signal,
        // The first order done anywhere: the server shuts down.
        onProgress: (p) => void (p.ordersDone > 0 && stopper.abort(new Error('stopped: the server shut down'))),
      }),
    ).rejects.toThrow('stopped: the server shut down'),
  );
  expect(threads).toHaveLength(2);
  for (const thread of threads) expect(thread.threadId).toBe(-1);
}, 120_000);

it("starts each worker thread with an old-generation limit sized to the orders it holds at once", async () => {
  const scenario = loadBundled('01-rail-sea-moto-financing.yaml');
  for (const { roundOrders, held } of [
    { roundOrders: 1, held: 1 },
    { roundOrders: undefined, held: 2 },
  ]) {
    const options: Array<ConstructorParameters<typeof Worker>[1]> = [];
    await threadsOf(() => run(scenario, { orders: 4, workers: 2, roundOrders }), options);
    expect(options.map((o) => o?.resourceLimits?.maxOldGenerationSizeMb)).toEqual([workerHeapMiB(held), workerHeapMiB(held)]);
  }
  expect(workerHeapMiB(1_000)).toBeGreaterThan(workerHeapMiB(250));
}, 120_000);
