/**
 * Moving an exercise's clock. An advance claims the exercise with one conditional update on its
 * version (a second advance meanwhile, here or in another server process, is refused with
 * CONFLICT), then fires what falls due in order, each at its own instant (time-driven.ts), and
 * finally stores the new time with the keys of what fired. Time never moves backwards.
 *
 * The claim is a lease on the wall clock, renewed while the advance works: a process that dies
 * mid-advance cannot release it, so once its lease has run out the next advance takes the claim
 * over (and fires what the dead one had not recorded) instead of meeting CONFLICT for ever.
 */
import type { Model, Types } from 'mongoose';
import type { Clock } from '../clock';
import { nextSequence } from '../models/counter.model';
import type { ExerciseClockRecord, ExerciseRecord } from '../models/exercise.model';
import { type Result, fail, ok } from '../shared/result';
import type { UserError } from '../shared/user-error';
import { simulatedAt } from './exercise-clock';
import type { ExerciseWorld, ExerciseWorlds } from './exercise-worlds';
import type { Fired } from './due-item';
import { dueItems } from './time-driven';

/** A guard against a loop that keeps finding work: far above what a class produces in one move. */
const MAX_ITEMS_PER_ADVANCE = 10_000;

/** How long a claim holds without renewal: far above one item's firing, short enough for a class to wait out. */
export const CLAIM_LEASE_MS = 60_000;
/** An advance renews its lease once this much of it has passed. */
const RENEW_AFTER_MS = CLAIM_LEASE_MS / 4;

/**
 * The exercises whose clock is free to claim at `wallNow`: no advance under way, or one whose
 * lease ran out (its process died or hung), or one claimed before claims carried a lease.
 */
export function clockFree(wallNow: Date): Record<string, unknown> {
  return { $or: [{ advancingTo: null }, { advancingUntil: null }, { advancingUntil: { $lt: wallNow } }] };
}

export interface ClockDeps {
  model: Model<ExerciseRecord>;
  worlds: ExerciseWorlds;
  wall: Clock;
}

/** Appends one entry to the exercise's event log, in exercise time. */
export async function logEvent(world: ExerciseWorld, at: Date, fired: Fired): Promise<void> {
  const seq = await nextSequence(world.connection, 'exercise-events');
  await world.events.create({ seq, at, ...fired });
}

export interface Advanced {
  exercise: ExerciseRecord;
  /** the time-driven items that fired (done, or refused: a step that waits counts its first refusal) */
  fired: number;
}

/**
 * Moves the clock to `target`, firing what falls due on the way. `wallAt` is the wall-clock
 * reading the target was computed at: a running clock goes on from there without losing the
 * time the firing took.
 */
export async function advanceTo(deps: ClockDeps, exercise: ExerciseRecord, target: Date, wallAt: Date): Promise<Result<Advanced, UserError[]>> {
  const claimedAt = deps.wall.now();
  const claimed = await deps.model.findOneAndUpdate(
    { _id: exercise._id, version: exercise.version, ...clockFree(claimedAt) },
    { $set: { advancingTo: target, advancingUntil: new Date(claimedAt.getTime() + CLAIM_LEASE_MS) }, $inc: { version: 1 } },
    { returnDocument: 'after' },
  ).lean();
  if (!claimed) {
    return fail([{ code: 'CONFLICT', rule: 'exercise-clock-busy', message: `exercise ${exercise.number}: its clock was moved or is being moved by another request; read it again and retry` }]);
  }
  const world = await deps.worlds.get(claimed);
  const fired = new Set(claimed.fired);
  // Spent keys go on the record; a step that waits is only passed over for the rest of this advance.
  const firedNow: string[] = [];
  const passedOver = new Set(fired);
  let logged = 0;
  let reached = simulatedAt(claimed.clock, deps.wall.now());
  // The claim is ours while the version stays the one the claim set (a takeover bumps it).
  const ours = { _id: claimed._id, version: claimed.version };
  let renewedAt = claimedAt;
  try {
    for (let n = 0; n < MAX_ITEMS_PER_ADVANCE; n++) {
      renewedAt = await renewLease(deps, ours, renewedAt, exercise.number);
      const [next] = await dueItems(world, target, claimed, passedOver);
      if (!next) break;
      if (next.at > reached) reached = next.at;
      world.clock.holdAt(reached);
      const result = await next.fire();
      passedOver.add(next.key);
      const waits = result.outcome === 'refused' && next.retriedWhenRefused;
      const spent = waits ? `held:${next.key}` : next.key;
      if (!fired.has(spent)) {
        fired.add(spent);
        firedNow.push(spent);
        await logEvent(world, reached, result);
        logged++;
      }
      await world.services.outbox.run();
    }
    reached = target;
    world.clock.holdAt(target);
    await world.services.outbox.run();
  } finally {
    world.clock.holdAt(null);
    // Whatever fired is kept even when a later step failed: it must not fire again.
    const clock: ExerciseClockRecord = { at: reached, since: reached === target ? wallAt : deps.wall.now(), rate: claimed.clock.rate };
    // Only while the claim is still ours: after a takeover the new owner's record stands.
    const released = await deps.model.findOneAndUpdate(
      ours,
      { $set: { clock, advancingTo: null, advancingUntil: null }, $addToSet: { fired: { $each: firedNow } }, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (released) world.clock.load(released.clock);
  }
  const after = await deps.model.findById(claimed._id).lean();
  return ok({ exercise: after!, fired: logged });
}

/**
 * Extends the lease when a quarter of it has passed; throws when the claim was taken over
 * meanwhile (this process stalled past its lease), so it stops firing what is no longer its own.
 */
async function renewLease(deps: ClockDeps, ours: { _id: Types.ObjectId; version: number }, renewedAt: Date, number: string): Promise<Date> {
  const wallNow = deps.wall.now();
  if (wallNow.getTime() - renewedAt.getTime() < RENEW_AFTER_MS) return renewedAt;
  const renewed = await deps.model.updateOne(ours, { $set: { advancingUntil: new Date(wallNow.getTime() + CLAIM_LEASE_MS) } });
  if (renewed.matchedCount !== 1) throw new Error(`exercise ${number}: the clock's claim was taken over after its lease ran out`);
  return wallNow;
}

/** Lets the clock run at `rate` simulated ms per real ms from now (0 stops it where it is). */
export async function setRate(deps: ClockDeps, exercise: ExerciseRecord, rate: number): Promise<Result<ExerciseRecord, UserError[]>> {
  const wallNow = deps.wall.now();
  const clock: ExerciseClockRecord = { at: simulatedAt(exercise.clock, wallNow), since: wallNow, rate };
  const updated = await deps.model.findOneAndUpdate(
    { _id: exercise._id, version: exercise.version, ...clockFree(wallNow) },
    { $set: { clock, advancingTo: null, advancingUntil: null }, $inc: { version: 1 } },
    { returnDocument: 'after' },
  ).lean();
  if (!updated) return fail([{ code: 'CONFLICT', rule: 'exercise-clock-busy', message: `exercise ${exercise.number}: its clock is being moved; retry when the advance has finished` }]);
  return ok(updated);
}
