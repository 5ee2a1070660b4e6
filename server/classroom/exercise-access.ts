/**
 * Who may do what with an exercise. A trainer runs the exercises it created; a participant's token
 * acts only inside its own exercise, in its one role, and never reaches the classroom's controls
 * nor another exercise; the real world's parties (other than the trainer) see no exercise at all.
 */
import type { Model } from 'mongoose';
import type { ExerciseRecord } from '../models/exercise.model';
import type { Role } from '../models/roles';
import { type Caller, hasRole } from '../parties/caller';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, forbidden, notFound } from '../shared/user-error';

/** The exercise seat a participant's request is routed to (null for a real-world request). */
export interface ExerciseSeat {
  exerciseId: string;
  number: string;
  participant: string;
  partyCode: string;
  role: Role;
}

/** The exercise `number` if the caller is the trainer who created it. */
export async function trainersExercise(model: Model<ExerciseRecord>, caller: Caller, seat: ExerciseSeat | null, number: string): Promise<Result<ExerciseRecord, UserError[]>> {
  if (seat) return fail([forbidden(`a participant's token acts only inside exercise ${seat.number}: the trainer runs the exercise`)]);
  if (!hasRole(caller, 'trainer')) return fail([forbidden('only a trainer runs exercises')]);
  const exercise = await model.findOne({ number: number.trim().toUpperCase(), trainerId: caller.party._id }).lean();
  // Another trainer's exercise answers as an unknown one would.
  return exercise ? ok(exercise) : fail([notFound(`exercise '${number}' does not exist or is not yours to run`)]);
}
