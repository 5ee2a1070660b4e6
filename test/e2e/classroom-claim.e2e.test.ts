/**
 * A server that dies in the middle of an advance leaves the exercise claimed: the claim is a lease
 * on the wall clock, so while it runs a second advance meets CONFLICT (its owner may be alive and
 * working), and once it has run out the next advance takes the claim over and moves the clock.
 * The dead process is stood in for by the record it leaves behind: the claim's fields set and
 * nobody left to release them.
 */
import { CLAIM_LEASE_MS } from '../../server/classroom/exercise-time';
import type { RunningServer } from '../../server/start';
import { ClassroomFixtures, stopClassroomServer } from '../support/classroom-fixtures';
import { dataOf, startTestServer } from '../support/graphql-client';
import { testClock } from '../support/world';

const wall = testClock(new Date('2026-06-01T08:00:00Z'));
/** Each reading moves the wall clock on by this much: a slow advance, without waiting for it. */
let stepPerReadMs = 0;
const clock = {
  now: (): Date => {
    if (stepPerReadMs > 0) wall.set(new Date(wall.now().getTime() + stepPerReadMs));
    return wall.now();
  },
  set: (at: Date | string) => wall.set(at),
};
let server: RunningServer;
let classroom: ClassroomFixtures;

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  classroom = new ClassroomFixtures(server);
});
afterAll(async () => {
  await stopClassroomServer(server);
});

/** What an advance's claim writes before it fires anything; a process killed then never clears it. */
async function leaveClaimBehind(number: string, lease: Date | null): Promise<void> {
  const exercises = server.storage.connection.collection('exercises');
  const advancingTo = new Date('2026-04-01T08:00:00Z');
  const update = lease
    ? { $set: { advancingTo, advancingUntil: lease }, $inc: { version: 1 } }
    : { $set: { advancingTo }, $unset: { advancingUntil: '' }, $inc: { version: 1 } };
  const r = await exercises.updateOne({ number }, update);
  expect(r.modifiedCount).toBe(1);
}

it('refuses an advance while a dead process\'s lease runs, then takes its claim over once it has run out', async () => {
  const exercise = await classroom.create({ scenario: 'rail-sea-moto-financing' });
  await leaveClaimBehind(exercise.number, new Date(clock.now().getTime() + CLAIM_LEASE_MS));

  const busy = dataOf(await classroom.advanceAttempt(exercise.number, { by: 'P1D' })).advanceExerciseClock;
  expect(busy.userErrors.map((e) => [e.code, e.rule])).toEqual([['CONFLICT', 'exercise-clock-busy']]);

  clock.set(new Date(clock.now().getTime() + CLAIM_LEASE_MS + 1));
  const moved = await classroom.advance(exercise.number, { by: 'P1D' });
  expect(moved.exercise!.now).toBe('2026-03-03T08:00:00.000Z');
  // Released: the claim does not linger, so the next move goes through at once.
  expect((await classroom.advance(exercise.number, { by: 'P1D' })).exercise!.now).toBe('2026-03-04T08:00:00.000Z');
  const record = await server.storage.connection.collection('exercises').findOne({ number: exercise.number });
  expect(record).toMatchObject({ advancingTo: null, advancingUntil: null });
}, 120_000);

it('takes over a claim that carries no lease (left by a server from before leases)', async () => {
  const exercise = await classroom.create({ scenario: 'rail-sea-moto-financing' });
  await leaveClaimBehind(exercise.number, null);
  expect((await classroom.advance(exercise.number, { by: 'PT6H' })).exercise!.now).toBe('2026-03-02T14:00:00.000Z');
}, 120_000);

it('lets a trainer start a running clock on an exercise a dead process left claimed, once the lease ran out', async () => {
  const exercise = await classroom.create({ scenario: 'rail-sea-moto-financing' });
  await leaveClaimBehind(exercise.number, new Date(clock.now().getTime() + CLAIM_LEASE_MS));
  clock.set(new Date(clock.now().getTime() + CLAIM_LEASE_MS + 1));
  const run = await classroom.send<{ runExerciseClock: { exercise: { clockRate: number } | null; userErrors: unknown[] } }>(
    'demo-trainer',
    'mutation($n: String!) { runExerciseClock(number: $n, rate: 0) { exercise { clockRate } userErrors { code rule } } }',
    { n: exercise.number },
  );
  expect(dataOf(run).runExerciseClock).toEqual({ exercise: { clockRate: 0 }, userErrors: [] });
}, 120_000);

it('renews its lease while an advance outlives it on the wall clock, and still releases the claim itself', async () => {
  const exercise = await classroom.create({ scenario: 'rail-sea-moto-financing' });
  const exercises = server.storage.connection.collection('exercises');
  // Every reading of the wall clock is a third of the lease later: the advance outlives its first lease many times over.
  stepPerReadMs = CLAIM_LEASE_MS / 3;
  try {
    const moved = await classroom.advance(exercise.number, { by: 'P30D' });
    expect(moved.exercise!.now).toBe('2026-04-01T08:00:00.000Z');
  } finally {
    stepPerReadMs = 0;
  }
  const record = await exercises.findOne({ number: exercise.number });
  // Released by the advance itself: a renewal that missed its own claim would have stopped it with an error.
  expect(record).toMatchObject({ advancingTo: null, advancingUntil: null });
  expect((await classroom.advance(exercise.number, { by: 'P1D' })).exercise!.now).toBe('2026-04-02T08:00:00.000Z');
}, 120_000);
