import { runProgress, type ShareProgressSlots } from '../../server/scenarios/run/run-progress';
import type { ShareProgress } from '../../server/scenarios/run/play-share';

const START = '2026-03-01T00:00:00.000Z';
const share = (round: number, simulatedAt: string, ordersDone: number, finished = false): ShareProgress => ({
  ordersDone,
  round,
  rounds: 2,
  simulatedAt,
  events: ordersDone * 10 + 3,
  timelineEvents: 3,
  newEvents: [],
  finished,
});

it('reports round 1 at the start of the calendar while a share has not reported, however far the others are', () => {
  // Worker 2 raced through its first round before worker 1 said anything.
  const latest: ShareProgressSlots = [null, share(2, '2026-03-04T00:00:00.000Z', 2)];
  expect(runProgress(latest, 8, 2, START)).toMatchObject({ round: 1, simulatedAt: START, ordersDone: 2, events: 23 });
});

it('never goes back a round as the shares report in any order', () => {
  const latest: ShareProgressSlots = [null, null];
  const reports: Array<[number, ShareProgress]> = [
    [1, share(1, '2026-03-03T00:00:00.000Z', 0)],
    [1, share(2, '2026-03-02T00:00:00.000Z', 2)],
    [0, share(1, '2026-03-05T00:00:00.000Z', 1)],
    [0, share(2, '2026-03-01T12:00:00.000Z', 2)],
    [1, share(2, '2026-03-09T00:00:00.000Z', 4, true)],
    [0, share(2, '2026-03-09T00:00:00.000Z', 4, true)],
  ];
  const rounds = reports.map(([index, progress]) => {
    latest[index] = progress;
    return runProgress(latest, 8, 2, START);
  });
  expect(rounds.map((p) => p.round)).toEqual([1, 1, 1, 2, 2, 2]);
  // In round 1 the slowest share's instant; in round 2 the slowest still playing; at the end the last.
  expect(rounds.map((p) => p.simulatedAt)).toEqual([START, START, '2026-03-05T00:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-03-01T12:00:00.000Z', '2026-03-09T00:00:00.000Z']);
  expect(rounds[rounds.length - 1]).toMatchObject({ ordersDone: 8, ordersTotal: 8 });
});
