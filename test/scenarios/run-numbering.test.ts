/**
 * A run's document numbers by order: the k-th document of a sequence that the order in place i
 * creates gets (k - 1) × MAX_RUN_ORDERS + i, whatever other orders do in between; the scenario's
 * timeline keeps the counters, and a sequence used by both, or by an order after it ended, stops
 * the run instead of colliding.
 */
import { MAX_RUN_ORDERS, RunNumbering } from '../../server/scenarios/run/run-numbering';
import { type LaneProcess, Simulation } from '../../server/scenarios/run/simulation';

async function numbersOf(lanes: Array<{ lane: number; names: string[]; readyHour: number }>): Promise<Map<number, Array<number | null>>> {
  const sim = new Simulation(new Date('2026-03-02T00:00:00Z'));
  const numbering = new RunNumbering(sim);
  const got = new Map<number, Array<number | null>>();
  const processes: LaneProcess[] = lanes.map(({ lane, names, readyHour }) => ({
    lane,
    process: async (s) => {
      const mine: Array<number | null> = [];
      got.set(lane, mine);
      for (const name of names) {
        await s.until(new Date(Date.UTC(2026, 2, 2, readyHour)));
        // A spawned process (a loan beside the journey) numbers in its order's lane.
        const numbered = s.signal();
        s.spawn(async () => {
          mine.push(numbering.next(name));
          numbered.fire();
        });
        await numbered.wait();
      }
    },
  }));
  await sim.run(processes);
  return got;
}

it("numbers an order's documents by its place, whichever orders run beside it", async () => {
  const alone = await numbersOf([{ lane: 7, names: ['order-2026', 'shipment-2026', 'bill-2026', 'bill-2026'], readyHour: 3 }]);
  const crowded = await numbersOf([
    { lane: 1, names: ['order-2026', 'bill-2026', 'bill-2026'], readyHour: 1 },
    { lane: 7, names: ['order-2026', 'shipment-2026', 'bill-2026', 'bill-2026'], readyHour: 3 },
    { lane: 9, names: ['bill-2026'], readyHour: 2 },
  ]);
  expect(alone.get(7)).toEqual([7, 7, 7, MAX_RUN_ORDERS + 7]);
  expect(crowded.get(7)).toEqual(alone.get(7));
  expect(crowded.get(1)).toEqual([1, 1, MAX_RUN_ORDERS + 1]);
  expect(crowded.get(9)).toEqual([9]);
});

it("leaves the scenario's timeline to the counters, and refuses a sequence both use", async () => {
  const sim = new Simulation(new Date('2026-03-02T00:00:00Z'));
  const numbering = new RunNumbering(sim);
  expect(numbering.next('credit-policy-2026')).toBeNull();
  await sim.run([
    {
      lane: 3,
      process: async () => {
        expect(() => numbering.next('credit-policy-2026')).toThrow("sequence credit-policy-2026 is numbered by orders and by the scenario's timeline: numbers would collide");
        expect(numbering.next('order-2026')).toBe(3);
      },
    },
  ]);
});

it('refuses a number for an order that has ended (its count was forgotten)', async () => {
  const sim = new Simulation(new Date('2026-03-02T00:00:00Z'));
  const numbering = new RunNumbering(sim);
  await sim.run([
    {
      lane: 4,
      process: async () => {
        expect(numbering.next('order-2026')).toBe(4);
        numbering.finished(4);
        expect(() => numbering.next('order-2026')).toThrow('order 4 of the run numbers a order-2026 document after it ended');
      },
    },
  ]);
});
