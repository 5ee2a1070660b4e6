/**
 * The classroom (issue 17): a trainer sets up exercises (a world of their own, from a scenario or
 * empty), invites participants (a token each, bound to one party and one role of that world),
 * moves the exercise's clock (time-driven work fires as it passes), injects incidents, and reads
 * the score. A participant's token routes every request to its exercise's world: the same API and
 * services, on the exercise's clock and database.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { nextSequence } from '../models/counter.model';
import { type ExerciseEventRecord, type ExerciseParticipantRecord, type ExerciseRecord, exerciseModel } from '../models/exercise.model';
import { type Caller, callerOf } from '../parties/caller';
import { hashToken } from '../parties/token.service';
import type { Scenario } from '../scenarios/scenario';
import type { Services } from '../services';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, forbidden } from '../shared/user-error';
import { type ExerciseSeat, trainersExercise } from './exercise-access';
import { simulatedAt } from './exercise-clock';
import { type InjectIncidentInput, injectIncident } from './exercise-incidents';
import { type CreateExerciseInput, type InviteInput, checkAdvance, checkCreate, checkInvite } from './exercise-input';
import { type ExerciseKpis, exerciseScore } from './exercise-score';
import { type Advanced, type ClockDeps, advanceTo, clockFree, logEvent, setRate } from './exercise-time';
import { type ExerciseReport, exerciseReport } from './exercise-report';
import { ExerciseWorlds, type ServicesBuilder } from './exercise-worlds';

dayjs.extend(utc);

/** A participant's token: the exercise it opens, then a token of that exercise's world. */
export const EXERCISE_TOKEN_PREFIX = 'ydx_';
const EXERCISE_TOKEN = /^ydx_([0-9a-f]{24})\.(.+)$/;
/** The fastest a clock may run: one simulated year per real minute. */
export const MAX_CLOCK_RATE = 525_600;
/** How often (real ms) a running clock fires what fell due. */
const TICK_MS = 1_000;

export interface RoutedRequest {
  services: Services;
  caller: Caller;
  seat: ExerciseSeat;
}

export interface Invitation {
  exercise: ExerciseRecord;
  participant: ExerciseParticipantRecord;
  /** shown once: the participant's bearer token */
  token: string;
}

export class ClassroomService {
  readonly model: Model<ExerciseRecord>;
  private readonly worlds: ExerciseWorlds;
  private ticker: NodeJS.Timeout | null = null;
  private ticking: Promise<void> | null = null;
  private stopped = false;

  constructor(
    main: Connection,
    mainDbName: string,
    private readonly wall: Clock,
    build: ServicesBuilder,
    private readonly scenarios: () => Scenario[],
    private readonly logger?: Pick<Logger, 'warn' | 'error'>,
  ) {
    this.model = exerciseModel(main);
    this.worlds = new ExerciseWorlds(main, mainDbName, wall, build);
  }

  private get clockDeps(): ClockDeps {
    return { model: this.model, worlds: this.worlds, wall: this.wall };
  }

  async create(caller: Caller, seat: ExerciseSeat | null, input: CreateExerciseInput): Promise<Result<ExerciseRecord, UserError[]>> {
    if (seat) return fail([forbidden(`a participant's token acts only inside exercise ${seat.number}`)]);
    if (!caller.roles.includes('trainer')) return fail([forbidden('only a trainer sets up exercises')]);
    const wallNow = this.wall.now();
    const checked = checkCreate(input, this.scenarios(), wallNow);
    if (!checked.ok) return checked;
    const { title, scenario, seed, start, defaultAfterDaysOverdue } = checked.value;
    const year = dayjs.utc(wallNow).year();
    const number = `EX-${year}-${String(await nextSequence(this.model.db, `exercise-${year}`)).padStart(6, '0')}`;
    const record: ExerciseRecord = {
      _id: new Types.ObjectId(),
      number,
      title,
      scenarioId: scenario?.id ?? null,
      // Kept as plain data, so the world can be rebuilt after a restart as it was set up.
      scenario: scenario ? (JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>) : null,
      seed,
      defaultAfterDaysOverdue,
      trainerId: caller.party._id,
      createdAt: wallNow,
      clock: { at: start, since: wallNow, rate: 0 },
      advancingTo: null,
      advancingUntil: null,
      version: 0,
      participants: [],
      incidents: [],
      fired: [],
    };
    await this.model.create(record);
    const world = await this.worlds.prepare(record);
    await logEvent(world, start, { name: 'exercise.created', actor: caller.party.code, outcome: 'done', detail: `${number} set up ${scenario ? `from scenario ${scenario.id}` : 'empty'}, seed ${seed}`, rule: null });
    return ok(record);
  }

  async list(caller: Caller, seat: ExerciseSeat | null): Promise<ExerciseRecord[]> {
    if (seat || !caller.roles.includes('trainer')) return [];
    return await this.model.find({ trainerId: caller.party._id }).sort({ createdAt: -1, _id: -1 }).limit(100).lean();
  }

  /** The trainer's own exercise, or the participant's own; null for anyone else. */
  async find(caller: Caller, seat: ExerciseSeat | null, number: string): Promise<ExerciseRecord | null> {
    if (seat) return seat.number === number.trim().toUpperCase() ? this.model.findById(seat.exerciseId).lean() : null;
    const r = await trainersExercise(this.model, caller, seat, number);
    return r.ok ? r.value : null;
  }

  /** The exercise's time now (a running clock moves between two reads). */
  now(exercise: ExerciseRecord): Date {
    return simulatedAt(exercise.clock, this.wall.now());
  }

  async invite(caller: Caller, seat: ExerciseSeat | null, number: string, input: InviteInput): Promise<Result<Invitation, UserError[]>> {
    const found = await trainersExercise(this.model, caller, seat, number);
    if (!found.ok) return found;
    const exercise = found.value;
    const checked = checkInvite(input, exercise.participants.map((p) => p.name));
    if (!checked.ok) return checked;
    const world = await this.worlds.get(exercise);
    const party = await world.services.parties.model.findOne({ code: checked.value.party }).lean();
    if (!party) return fail([fieldError(['input', 'party'], 'known-party', `the exercise has no party '${input.party}'`)]);
    if (!party.roles.includes(checked.value.role)) return fail([fieldError(['input', 'role'], 'party-role', `${party.code} acts as ${party.roles.join(', ')}, not ${checked.value.role}`)]);
    const trainer = await world.partyCaller('TRAINER');
    const issued = await world.services.tokens.issue(trainer!, String(party._id), `participant ${checked.value.name}`);
    if (!issued.ok) return issued;
    const participant: ExerciseParticipantRecord = {
      name: checked.value.name,
      partyCode: party.code,
      role: checked.value.role,
      tokenId: issued.value.record._id,
      tokenPrefix: issued.value.record.prefix,
      invitedAt: this.wall.now(),
      revokedAt: null,
    };
    // The name check and the push are one conditional update: two invitations of one name, one wins.
    const updated = await this.model.findOneAndUpdate({ _id: exercise._id, 'participants.name': { $ne: participant.name } }, { $push: { participants: participant } }, { returnDocument: 'after' }).lean();
    if (!updated) {
      await world.services.tokens.model.updateOne({ _id: participant.tokenId }, { $set: { revokedAt: this.wall.now() } });
      return fail([{ code: 'DUPLICATE', field: ['input', 'name'], rule: 'unique', message: `input.name: a participant '${participant.name}' is already in the exercise` }]);
    }
    return ok({ exercise: updated, participant, token: `${EXERCISE_TOKEN_PREFIX}${String(exercise._id)}.${issued.value.token}` });
  }

  /** Takes a participant's token away: its requests are refused from now on. */
  async dismiss(caller: Caller, seat: ExerciseSeat | null, number: string, name: string): Promise<Result<ExerciseRecord, UserError[]>> {
    const found = await trainersExercise(this.model, caller, seat, number);
    if (!found.ok) return found;
    const participant = found.value.participants.find((p) => p.name === name.trim() && p.revokedAt === null);
    if (!participant) return fail([fieldError(['name'], 'known-participant', `exercise ${found.value.number} has no active participant '${name}'`)]);
    const world = await this.worlds.get(found.value);
    const now = this.wall.now();
    await world.services.tokens.model.updateOne({ _id: participant.tokenId }, { $set: { revokedAt: now } });
    const updated = await this.model.findOneAndUpdate({ _id: found.value._id, 'participants.name': participant.name }, { $set: { 'participants.$.revokedAt': now } }, { returnDocument: 'after' }).lean();
    return ok(updated!);
  }

  /** Whether a bearer token is a participant's (it then opens an exercise, never the real world). */
  isExerciseToken(token: string): boolean {
    return token.startsWith(EXERCISE_TOKEN_PREFIX);
  }

  /**
   * The world a participant's token opens, with the caller acting in its one role; null for a
   * token that opens nothing (malformed, unknown, revoked, or its participant dismissed).
   */
  async route(token: string): Promise<RoutedRequest | null> {
    const match = EXERCISE_TOKEN.exec(token);
    if (!match) return null;
    const exercise = await this.model.findById(match[1]).lean();
    if (!exercise) return null;
    const world = await this.worlds.get(exercise);
    const record = await world.services.tokens.model.findOne({ tokenHash: hashToken(match[2]), revokedAt: null }).lean();
    const participant = record && exercise.participants.find((p) => String(p.tokenId) === String(record._id) && p.revokedAt === null);
    if (!participant) return null;
    const party = await world.services.parties.model.findById(record.partyId).lean();
    if (!party) return null;
    const caller = { ...callerOf(party), roles: [participant.role] };
    return { services: world.services, caller, seat: { exerciseId: String(exercise._id), number: exercise.number, participant: participant.name, partyCode: party.code, role: participant.role } };
  }

  async advance(caller: Caller, seat: ExerciseSeat | null, number: string, input: { to?: string | null; by?: string | null }): Promise<Result<Advanced, UserError[]>> {
    const found = await trainersExercise(this.model, caller, seat, number);
    if (!found.ok) return found;
    const wallAt = this.wall.now();
    const target = checkAdvance(input, simulatedAt(found.value.clock, wallAt));
    if (!target.ok) return target;
    return advanceTo(this.clockDeps, found.value, target.value, wallAt);
  }

  /** Runs the clock at `rate` simulated time per real time (1,440: a day a minute); 0 stops it. */
  async runClock(caller: Caller, seat: ExerciseSeat | null, number: string, rate: number): Promise<Result<ExerciseRecord, UserError[]>> {
    const found = await trainersExercise(this.model, caller, seat, number);
    if (!found.ok) return found;
    if (!Number.isFinite(rate) || rate < 0 || rate > MAX_CLOCK_RATE) return fail([fieldError(['rate'], 'rate-range', `must be from 0 (stopped) to ${MAX_CLOCK_RATE} (a year a minute), got ${rate}`)]);
    // What fell due while it ran at the old rate fires first, at its own instant. This process's
    // ticker may be doing just that: the change waits for it rather than answering CONFLICT.
    await this.ticking;
    const current = await this.model.findById(found.value._id).lean();
    const caught = await this.catchUp(current!);
    if (!caught.ok) return caught;
    const set = await setRate(this.clockDeps, caught.value, rate);
    if (set.ok && rate > 0) this.startTicker();
    return set;
  }

  async inject(caller: Caller, seat: ExerciseSeat | null, number: string, input: InjectIncidentInput): Promise<Result<ExerciseRecord, UserError[]>> {
    const found = await trainersExercise(this.model, caller, seat, number);
    if (!found.ok) return found;
    const world = await this.worlds.get(found.value);
    const applied = await injectIncident(world, found.value.incidents.length + 1, input);
    if (!applied.ok) return applied;
    const { record, actor } = applied.value;
    await logEvent(world, record.at, { name: `incident.${record.type}`, actor, outcome: 'done', detail: `${record.effect}${record.note ? `: ${record.note}` : ''}`, rule: null });
    const updated = await this.model.findOneAndUpdate({ _id: found.value._id }, { $push: { incidents: record } }, { returnDocument: 'after' }).lean();
    return ok(updated!);
  }

  /** KPIs: the class's and every participant's for the trainer; only its own for a participant. */
  async score(caller: Caller, seat: ExerciseSeat | null, exercise: ExerciseRecord): Promise<ExerciseKpis[]> {
    const world = await this.worlds.get(exercise);
    if (seat) {
      const me = exercise.participants.filter((p) => p.name === seat.participant);
      return exerciseScore(world, me, false);
    }
    if (!caller.roles.includes('trainer') || String(exercise.trainerId) !== caller.partyId) return [];
    return exerciseScore(world, exercise.participants, true);
  }

  /** The event log after `after` (a seq), for the trainer. */
  async events(caller: Caller, seat: ExerciseSeat | null, exercise: ExerciseRecord, after: number, first: number): Promise<ExerciseEventRecord[]> {
    if (seat || String(exercise.trainerId) !== caller.partyId) return [];
    const world = await this.worlds.get(exercise);
    return world.events.find({ seq: { $gt: after } }).sort({ seq: 1 }).limit(first).lean();
  }

  /** The report at the exercise's time, for its trainer; null for anyone else. */
  async report(caller: Caller, seat: ExerciseSeat | null, exercise: ExerciseRecord): Promise<ExerciseReport | null> {
    if (seat || String(exercise.trainerId) !== caller.partyId) return null;
    const world = await this.worlds.get(exercise);
    const kpis = await exerciseScore(world, exercise.participants, true);
    const events = await world.events.find({}).sort({ seq: 1 }).lean();
    return exerciseReport(exercise, world.clock.now(), kpis, events);
  }

  /**
   * Fires what falls due on running clocks every TICK_MS of real time. The ticker runs only while
   * some exercise's clock runs: at start if one does (a restart picks a running class up again),
   * and from the moment a trainer lets one run; it stops itself when none does.
   */
  async resumeRunningClocks(): Promise<void> {
    if (await this.model.exists({ 'clock.rate': { $gt: 0 } })) this.startTicker();
  }

  private startTicker(): void {
    if (this.ticker || this.stopped) return;
    this.ticker = setInterval(() => {
      if (this.ticking) return;
      this.ticking = this.tick()
        .catch((error: unknown) => this.logger?.error({ err: error }, 'running exercise clocks could not be read'))
        .finally(() => {
          this.ticking = null;
        });
    }, TICK_MS);
    this.ticker.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    await this.ticking;
    await this.worlds.stop();
  }

  private async tick(): Promise<void> {
    const running = await this.model.find({ 'clock.rate': { $gt: 0 }, ...clockFree(this.wall.now()) }).lean();
    if (running.length === 0 && !(await this.model.exists({ 'clock.rate': { $gt: 0 } }))) {
      clearInterval(this.ticker!);
      this.ticker = null;
      return;
    }
    for (const exercise of running) {
      const r = await this.catchUp(exercise).catch((error: unknown) => {
        this.logger?.error({ err: error, exercise: exercise.number }, 'running exercise clock failed to fire what fell due');
        return null;
      });
      // Another process's tick or the trainer's advance got there first: nothing lost.
      if (r && !r.ok && r.error[0]?.code !== 'CONFLICT') this.logger?.warn({ exercise: exercise.number, errors: r.error }, 'running exercise clock refused');
    }
  }

  /** Fires what a running clock has passed, up to now. */
  private async catchUp(exercise: ExerciseRecord): Promise<Result<ExerciseRecord, UserError[]>> {
    if (exercise.clock.rate === 0) return ok(exercise);
    const wallAt = this.wall.now();
    const r = await advanceTo(this.clockDeps, exercise, simulatedAt(exercise.clock, wallAt), wallAt);
    return r.ok ? ok(r.value.exercise) : r;
  }
}
