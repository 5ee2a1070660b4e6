/**
 * A run in rounds (server/scenarios/run/rounds.ts): the rounds cover every order once; a share's
 * database never holds more orders than a round; the stream hands every event on once, round by
 * round; the progress names the round. That the report is the same to the byte in rounds, for
 * every bundled scenario, is parallel-runs.test.ts's.
 */
import type { Connection } from 'mongoose';
import type { RunEvent } from '../../server/models/scenario-report';
import { roundBlock, roundCount } from '../../server/scenarios/run/rounds';
import { type RunProgress, runDatabaseName, runScenario } from '../../server/scenarios/run/runner';
import type { Scenario } from '../../server/scenarios/scenario';
import { loadBundled } from '../support/bundled-scenarios';
import { connectMongoose } from '../support/database';

let connection: Connection;
beforeAll(async () => {
  connection = await connectMongoose(__filename);
});
afterAll(() => connection.close());

let runs = 0;
const nextRunId = () => `rounds-${process.pid}-${++runs}`;
const run = (scenario: Scenario, options: Parameters<typeof runScenario>[2]) => runScenario(connection, scenario, { runId: nextRunId(), ...options });

describe('rounds', () => {
  it('cut the run into blocks that cover every place once, no share holding more than the round size', () => {
    for (const total of [1, 2, 3, 7, 10, 101, 1000, 10_000]) {
      for (const workers of [1, 2, 3]) {
        if (workers > total) continue;
        for (const roundOrders of [1, 2, 5, 1000]) {
          const rounds = roundCount(total, workers, roundOrders);
          const places: number[] = [];
          let mostHeld = 0;
          let emptyRounds = 0;
          for (let r = 0; r < rounds; r++) {
            const { from, to } = roundBlock(r, rounds, total);
            if (to <= from) emptyRounds++;
            const held = Array.from({ length: workers }, () => 0);
            for (let p = from; p < to; p++) {
              held[p % workers]++;
              places.push(p);
            }
            mostHeld = Math.max(mostHeld, ...held);
          }
          const cut = { total, workers, roundOrders };
          expect({ ...cut, emptyRounds, withinRound: mostHeld <= roundOrders }).toEqual({ ...cut, emptyRounds: 0, withinRound: true });
          expect(places.every((p, i) => p === i) && places.length === total).toBe(true);
        }
      }
    }
  });

  it('refuse a round of no orders, naming the rule', () => {
    expect(() => roundCount(10, 1, 0)).toThrow('a round holds 1 or more orders per share, asked for 0');
  });
});

it("holds no more than a round's orders in the share's database", async () => {
  const scenario = loadBundled('01-rail-sea-moto-financing.yaml');
  const runId = nextRunId();
  // The driver's handle: the run forgets its mongoose database (useDb) by name when it drops it.
  const db = connection.getClient().db(runDatabaseName(runId));
  const held: number[] = [];
  const report = await runScenario(connection, scenario, {
    runId,
    orders: 7,
    workers: 1,
    roundOrders: 3,
    onProgress: async () => void held.push(await db.collection('orders').countDocuments()),
  });
  expect(report.summary.delivered).toBe(7);
  expect(Math.max(...held)).toBe(3);
}, 120_000);

it('streams every event once, round by round in the order they happened, and names the round in the progress', async () => {
  const scenario = loadBundled('01-rail-sea-moto-financing.yaml');
  const streamed: RunEvent[] = [];
  const progress: RunProgress[] = [];
  const report = await run(scenario, { orders: 8, workers: 2, roundOrders: 2, eventBatch: 5, onEvents: async (events) => void streamed.push(...events), onProgress: (p) => void progress.push(p) });
  const reported = [...report.timeline, ...report.orders.flatMap((o) => o.timeline)];
  // Numbered in the order handed on, from 1; the same events as the report's, each once.
  expect(streamed.map((e) => e.seq)).toEqual(reported.map((_, i) => i + 1));
  const withoutSeq = (events: RunEvent[]) => events.map(({ seq: _seq, ...e }) => JSON.stringify(e)).sort();
  expect(withoutSeq(streamed)).toEqual(withoutSeq(reported));
  // Two rounds (4 orders per share, 2 a round): each one's events in time order, the second starting over.
  const restarts = streamed.filter((e, i) => i > 0 && e.at < streamed[i - 1].at);
  expect(restarts).toHaveLength(1);
  expect(progress.map((p) => p.rounds)).toEqual(progress.map(() => 2));
  const rounds = progress.map((p) => p.round);
  expect(rounds).toEqual([...rounds].sort((a, b) => a - b));
  expect(new Set(rounds)).toEqual(new Set([1, 2]));
  expect(progress[progress.length - 1]).toMatchObject({ ordersDone: 8, ordersTotal: 8, round: 2, events: reported.length });
}, 120_000);

it('keeps the database of a run in one round only, saying so', async () => {
  const scenario = loadBundled('01-rail-sea-moto-financing.yaml');
  await expect(run(scenario, { orders: 4, keepDatabase: true, roundOrders: 2 })).rejects.toThrow('keepDatabase keeps the database of a run played in one round (asked for 2)');
});
