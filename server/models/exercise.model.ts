/**
 * Classroom exercises (issue 17): a trainer's world with its own simulated clock, parties and
 * documents. This record lives in the main database and holds what routes and drives the world:
 * its clock, its participants (each token bound to one party and one role of the exercise), the
 * incidents injected and the time-driven notices already given. The world's documents live in a
 * database of their own (see classroom/exercise-worlds.ts).
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import type { Role } from './roles';

/** Simulated time: `at` when the wall clock read `since`, running at `rate` simulated ms per real ms (0 = stopped). */
export interface ExerciseClockRecord {
  at: Date;
  since: Date;
  rate: number;
}

export interface ExerciseParticipantRecord {
  /** the participant's name as the trainer gave it, unique within the exercise */
  name: string;
  partyCode: string;
  role: Role;
  /** the api_tokens id in the exercise's database */
  tokenId: Types.ObjectId;
  /** the token's first characters, to tell tokens apart */
  tokenPrefix: string;
  invitedAt: Date;
  revokedAt: Date | null;
}

export interface ExerciseIncidentRecord {
  seq: number;
  /** exercise time */
  at: Date;
  type: string;
  order: string | null;
  leg: number | null;
  delayDays: number | null;
  base: string | null;
  quote: string | null;
  rate: string | null;
  note: string | null;
  /** what the incident did, in words */
  effect: string;
}

export interface ExerciseRecord {
  _id: Types.ObjectId;
  number: string;
  title: string;
  /** the scenario it was set up from (id and content), or null for an empty world */
  scenarioId: string | null;
  scenario: Record<string, unknown> | null;
  seed: number;
  /** days an overdue loan stays unpaid before the bank declares it in default */
  defaultAfterDaysOverdue: number;
  trainerId: Types.ObjectId;
  createdAt: Date;
  clock: ExerciseClockRecord;
  /** set while an advance runs: a second advance meanwhile is refused with CONFLICT */
  advancingTo: Date | null;
  /** wall-clock end of the advance's lease: a claim past it was left by a dead process and may be taken over */
  advancingUntil: Date | null;
  /** bumped by every clock change: the conditional update's guard */
  version: number;
  participants: ExerciseParticipantRecord[];
  incidents: ExerciseIncidentRecord[];
  /** keys of the time-driven notices already given (each is given once) */
  fired: string[];
}

const exerciseSchema = new Schema<ExerciseRecord>(
  {
    number: { type: String, required: true, unique: true },
    title: { type: String, required: true },
    scenarioId: { type: String, default: null },
    scenario: { type: Schema.Types.Mixed, default: null },
    seed: { type: Number, required: true },
    defaultAfterDaysOverdue: { type: Number, required: true },
    trainerId: { type: Schema.Types.ObjectId, required: true, index: true },
    createdAt: { type: Date, required: true },
    clock: { type: Schema.Types.Mixed, required: true },
    advancingTo: { type: Date, default: null },
    advancingUntil: { type: Date, default: null },
    version: { type: Number, required: true, default: 0 },
    participants: { type: Schema.Types.Mixed, default: [] },
    incidents: { type: Schema.Types.Mixed, default: [] },
    fired: { type: [String], default: [] },
  },
  { collection: 'exercises', versionKey: false },
);

export function exerciseModel(connection: Connection): Model<ExerciseRecord> {
  return (connection.models.Exercise as Model<ExerciseRecord> | undefined) ?? connection.model<ExerciseRecord>('Exercise', exerciseSchema);
}

/** What happened in an exercise, in exercise time: time-driven actions, notices, incidents. */
export interface ExerciseEventRecord {
  _id: Types.ObjectId;
  seq: number;
  at: Date;
  name: string;
  /** the party code that acted (or TRAINER, CLOCK) */
  actor: string;
  outcome: 'done' | 'refused';
  detail: string;
  rule: string | null;
}

const eventSchema = new Schema<ExerciseEventRecord>(
  {
    seq: { type: Number, required: true, unique: true },
    at: { type: Date, required: true },
    name: { type: String, required: true },
    actor: { type: String, required: true },
    outcome: { type: String, required: true },
    detail: { type: String, required: true },
    rule: { type: String, default: null },
  },
  { collection: 'exercise_events', versionKey: false },
);

/** The event log, kept in the exercise's own database. */
export function exerciseEventModel(connection: Connection): Model<ExerciseEventRecord> {
  return (connection.models.ExerciseEvent as Model<ExerciseEventRecord> | undefined) ?? connection.model<ExerciseEventRecord>('ExerciseEvent', eventSchema);
}
