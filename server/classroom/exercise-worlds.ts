/**
 * The world of each exercise: a database of its own (so an exercise never sees another's
 * documents, nor the real-time world's, and the real world never sees an exercise's: isolation
 * by construction rather than by a filter every query must remember), the area services wired
 * exactly as the app wires them but on the exercise's clock, its customs administration and
 * market rates from the scenario, and its parties. Built once per process and exercise, on first
 * use, and rebuilt from the stored record after a restart.
 */
import { createHash } from 'node:crypto';
import type { Connection, Model } from 'mongoose';
import type { Clock } from '../clock';
import { type CustomsSettings, DEFAULT_CUSTOMS_SETTINGS } from '../customs/customs-settings';
import { DEFAULT_RATE_TABLE, type RateEntry } from '../financing/rules/fx';
import { type ExerciseEventRecord, type ExerciseRecord, exerciseEventModel } from '../models/exercise.model';
import { type Caller, callerOf } from '../parties/caller';
import { seedDemoParties } from '../parties/demo-seed';
import { customsSettingsOf, fxTableOf } from '../scenarios/run/run-world';
import type { Scenario } from '../scenarios/scenario';
import type { Services } from '../services';
import { ExerciseClock } from './exercise-clock';

/** Builds the app's services on another database and clock (app.ts passes createServices). */
export type ServicesBuilder = (world: { connection: Connection; dbName: string; clock: Clock; customs: CustomsSettings; fxTable: RateEntry[] }) => Promise<Services>;

export interface ExerciseWorld {
  exerciseId: string;
  connection: Connection;
  clock: ExerciseClock;
  services: Services;
  /** the market rates, growing as FX moves are injected (the services hold this very array) */
  fxTable: RateEntry[];
  events: Model<ExerciseEventRecord>;
  /** the world's party with this code as a caller, or null */
  partyCaller(code: string): Promise<Caller | null>;
  /** the first party holding `role` (by code), as a caller: who acts for the world's customs */
  roleCaller(role: 'customs' | 'bank'): Promise<Caller | null>;
}

/** A database name within MongoDB's limits, the same for the same main database and exercise. */
export function exerciseDatabaseName(mainDbName: string, exerciseId: string): string {
  return `yidan-ex-${createHash('sha256').update(`${mainDbName}\n${exerciseId}`).digest('hex').slice(0, 20)}`;
}

/** The FX moves injected so far, each valid from the exercise time it was injected at. */
function injectedMoves(exercise: ExerciseRecord): RateEntry[] {
  return exercise.incidents.filter((i) => i.type === 'fxMove').map((i) => ({ base: i.base!, quote: i.quote!, rate: i.rate!, from: i.at.toISOString() }));
}

export class ExerciseWorlds {
  private readonly worlds = new Map<string, Promise<{ world: ExerciseWorld; baseRates: number }>>();

  constructor(
    private readonly main: Connection,
    private readonly mainDbName: string,
    private readonly wall: Clock,
    private readonly build: ServicesBuilder,
  ) {}

  /** Sets up a new exercise's world: an empty database, the demo parties and the scenario's. */
  async prepare(exercise: ExerciseRecord): Promise<ExerciseWorld> {
    const connection = this.connectionOf(exercise);
    await connection.dropDatabase();
    const world = await this.get(exercise);
    const { parties, tokens } = world.services;
    await seedDemoParties(parties, tokens);
    // The published demo tokens must not open an exercise: participants get tokens of their own.
    await tokens.revokeDemoTokens();
    for (const party of (exercise.scenario as Scenario | null)?.parties ?? []) {
      const created = await parties.create(party, false);
      if (!created.ok) throw new Error(`scenario party ${party.code}: ${created.error.map((e) => e.message).join('; ')}`);
    }
    return world;
  }

  /** The exercise's world, its clock and market rates brought up to the stored record. */
  async get(exercise: ExerciseRecord): Promise<ExerciseWorld> {
    const id = String(exercise._id);
    let entry = this.worlds.get(id);
    if (!entry) {
      entry = this.open(exercise);
      this.worlds.set(id, entry);
      entry.catch(() => this.worlds.delete(id));
    }
    const { world, baseRates } = await entry;
    world.clock.load(exercise.clock);
    // Another server process may have injected an FX move: the table follows the record.
    const moves = injectedMoves(exercise);
    if (world.fxTable.length < baseRates + moves.length) world.fxTable.push(...moves.slice(world.fxTable.length - baseRates));
    return world;
  }

  /** Stops the background work of every world opened here (a server shutting down). */
  async stop(): Promise<void> {
    const opened = await Promise.allSettled(this.worlds.values());
    for (const r of opened) {
      if (r.status !== 'fulfilled') continue;
      await r.value.world.services.outbox.stopDispatcher();
      // Each world's caller cache holds a client and change streams of its own.
      await r.value.world.services.tokens.callers?.stop();
    }
  }

  private connectionOf(exercise: ExerciseRecord): Connection {
    return this.main.useDb(exerciseDatabaseName(this.mainDbName, String(exercise._id)), { useCache: true });
  }

  private async open(exercise: ExerciseRecord): Promise<{ world: ExerciseWorld; baseRates: number }> {
    const connection = this.connectionOf(exercise);
    const scenario = exercise.scenario as Scenario | null;
    const customs = scenario ? customsSettingsOf(scenario, exercise.seed) : { ...DEFAULT_CUSTOMS_SETTINGS, seed: exercise.seed };
    const base = scenario ? fxTableOf(scenario) : DEFAULT_RATE_TABLE;
    const fxTable: RateEntry[] = [...base];
    const clock = new ExerciseClock(exercise.clock, this.wall);
    const services = await this.build({ connection, dbName: connection.name, clock, customs, fxTable });
    const events = exerciseEventModel(connection);
    await events.init();
    const partyCaller = async (code: string) => {
      const party = await services.parties.model.findOne({ code }).lean();
      return party ? callerOf(party) : null;
    };
    const roleCaller = async (role: 'customs' | 'bank') => {
      const party = await services.parties.model.findOne({ roles: role }).sort({ code: 1 }).lean();
      return party ? callerOf(party) : null;
    };
    return { world: { exerciseId: String(exercise._id), connection, clock, services, fxTable, events, partyCaller, roleCaller }, baseRates: base.length };
  }
}
