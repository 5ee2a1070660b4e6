/**
 * Classroom exercises over GraphQL for e2e tests: the trainer's mutations as one call each, and a
 * class of participants standing in for the demo parties, so the order, customs and financing
 * fixtures act inside an exercise through a participant proxy.
 */
import { exerciseDatabaseName } from '../../server/classroom/exercise-worlds';
import type { RunningServer } from '../../server/start';
import { type GraphQLResponse, dataOf, graphql, stopTestServer } from './graphql-client';
import { type ParticipantProxy, participantProxy } from './participant-proxy';

export const TRAINER = 'demo-trainer';
export const ERRORS = 'userErrors { code field rule message }';
export const EXERCISE_FIELDS = 'number title scenarioId seed now clockRate participants { name partyCode role } incidents { seq at type order effect }';

export interface UserErrorView {
  code: string;
  field: string[] | null;
  rule: string | null;
  message: string;
}
export interface ExerciseView {
  number: string;
  title: string;
  scenarioId: string | null;
  seed: number;
  now: string;
  clockRate: number;
  participants: Array<{ name: string; partyCode: string; role: string }>;
  incidents: Array<{ seq: number; at: string; type: string; order: string | null; effect: string }>;
}

/** Who plays the demo parties in a class: demo token → party code and role. */
export const CLASS: Readonly<Record<string, { party: string; role: string }>> = {
  'demo-exporter': { party: 'CQ-MOTO', role: 'EXPORTER' },
  'demo-exporter-th': { party: 'TH-DURIAN', role: 'EXPORTER' },
  'demo-importer': { party: 'SG-LION', role: 'IMPORTER' },
  'demo-importer-cn': { party: 'CQ-IMPORTS', role: 'IMPORTER' },
  'demo-forwarder': { party: 'CQ-LANDSEA', role: 'FORWARDER' },
  'demo-carrier': { party: 'CQ-RAIL', role: 'CARRIER' },
  'demo-carrier-sea': { party: 'QZ-SHIP', role: 'CARRIER' },
  'demo-customs': { party: 'CQ-CUSTOMS', role: 'CUSTOMS' },
  'demo-bank': { party: 'CQ-BANK', role: 'BANK' },
  'demo-auditor': { party: 'AUDITOR', role: 'AUDITOR' },
};

/** Stops the server after dropping every exercise's database (stopTestServer drops the main one). */
export async function stopClassroomServer(server: RunningServer | undefined): Promise<void> {
  if (!server) return;
  const { connection, dbName } = server.storage;
  const exercises = await connection.collection('exercises').find({}, { projection: { _id: 1 } }).toArray();
  for (const e of exercises) await connection.useDb(exerciseDatabaseName(dbName, String(e._id)), { useCache: false }).dropDatabase();
  await stopTestServer(server);
}

export class ClassroomFixtures {
  constructor(readonly server: RunningServer) {}

  send<T>(token: string | undefined, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    return graphql<T>(this.server, query, { token, variables });
  }

  async call<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return dataOf(await this.send<T>(token, query, variables));
  }

  /** The trainer sets up an exercise; throws on userErrors. */
  async create(input: Record<string, unknown>): Promise<ExerciseView> {
    const r = await this.createAttempt(input);
    if (!r.exercise) throw new Error(`createExercise: ${JSON.stringify(r.userErrors)}`);
    return r.exercise;
  }

  async createAttempt(input: Record<string, unknown>, token = TRAINER) {
    const data = await this.call<{ createExercise: { exercise: ExerciseView | null; userErrors: UserErrorView[] } }>(
      token,
      `mutation($input: CreateExerciseInput!) { createExercise(input: $input) { exercise { ${EXERCISE_FIELDS} } ${ERRORS} } }`,
      { input },
    );
    return data.createExercise;
  }

  async inviteAttempt(number: string, input: { name: string; party: string; role: string }, token = TRAINER) {
    const data = await this.call<{ inviteParticipant: { token: string | null; participant: { name: string; role: string } | null; userErrors: UserErrorView[] } }>(
      token,
      `mutation($n: String!, $input: InviteParticipantInput!) { inviteParticipant(number: $n, input: $input) { token participant { name role } ${ERRORS} } }`,
      { n: number, input },
    );
    return data.inviteParticipant;
  }

  /** Invites one participant; its token. */
  async invite(number: string, name: string, party: string, role: string): Promise<string> {
    const r = await this.inviteAttempt(number, { name, party, role });
    if (!r.token) throw new Error(`inviteParticipant ${name}: ${JSON.stringify(r.userErrors)}`);
    return r.token;
  }

  /** Invites the whole CLASS; demo token → participant token. */
  async inviteClass(number: string, who: readonly string[] = Object.keys(CLASS)): Promise<Record<string, string>> {
    const tokens: Record<string, string> = {};
    for (const demo of who) tokens[demo] = await this.invite(number, demo.replace(/^demo-/, ''), CLASS[demo].party, CLASS[demo].role);
    return tokens;
  }

  /** A proxy through which the demo tokens act as the exercise's participants. */
  proxy(tokens: Record<string, string>): Promise<ParticipantProxy> {
    return participantProxy(this.server, tokens);
  }

  async advanceAttempt(number: string, input: { to?: string; by?: string }, token = TRAINER) {
    const response = await this.send<{ advanceExerciseClock: { exercise: ExerciseView | null; fired: number | null; userErrors: UserErrorView[] } }>(
      token,
      `mutation($n: String!, $input: AdvanceExerciseClockInput!) { advanceExerciseClock(number: $n, input: $input) { exercise { ${EXERCISE_FIELDS} } fired ${ERRORS} } }`,
      { n: number, input },
    );
    return response;
  }

  async advance(number: string, input: { to?: string; by?: string }) {
    const r = dataOf(await this.advanceAttempt(number, input)).advanceExerciseClock;
    if (!r.exercise) throw new Error(`advanceExerciseClock: ${JSON.stringify(r.userErrors)}`);
    return r;
  }

  async injectAttempt(number: string, input: Record<string, unknown>, token = TRAINER) {
    const data = await this.call<{ injectIncident: { exercise: ExerciseView | null; userErrors: UserErrorView[] } }>(
      token,
      `mutation($n: String!, $input: InjectIncidentInput!) { injectIncident(number: $n, input: $input) { exercise { ${EXERCISE_FIELDS} } ${ERRORS} } }`,
      { n: number, input },
    );
    return data.injectIncident;
  }

  /** The trainer injects an incident; throws on userErrors. */
  async inject(number: string, input: Record<string, unknown>): Promise<ExerciseView> {
    const r = await this.injectAttempt(number, input);
    if (!r.exercise) throw new Error(`injectIncident: ${JSON.stringify(r.userErrors)}`);
    return r.exercise;
  }

  /** The exercise as `token` reads it, with its score and events. */
  async read(number: string, token = TRAINER) {
    const data = await this.call<{ exercise: (ExerciseView & { score: KpisView[]; events: EventView[]; markdown: string | null; reportJson: string | null }) | null }>(
      token,
      `query($n: String!) { exercise(number: $n) { ${EXERCISE_FIELDS} score { ${KPI_FIELDS} } events(first: 50) { seq at name actor refused detail rule } markdown reportJson } }`,
      { n: number },
    );
    return data.exercise;
  }
}

export const KPI_FIELDS =
  'participant partyCode role orders delivered onTime onTimeRatePercent averageLeadTimeDays averagePlannedLeadTimeDays freightUsd co2Kg averageCustomsDwellHours dutiesAndFeesCny lateFeesCny loans loansOverdue loansDefaulted financingCostUsd';

export interface KpisView {
  participant: string | null;
  partyCode: string | null;
  role: string | null;
  orders: number;
  delivered: number;
  onTime: number;
  onTimeRatePercent: number | null;
  averageLeadTimeDays: number | null;
  averagePlannedLeadTimeDays: number | null;
  freightUsd: string;
  co2Kg: string;
  averageCustomsDwellHours: number | null;
  dutiesAndFeesCny: string;
  lateFeesCny: string;
  loans: number;
  loansOverdue: number;
  loansDefaulted: number;
  financingCostUsd: string;
}

export interface EventView {
  seq: number;
  at: string;
  name: string;
  actor: string;
  refused: boolean;
  detail: string;
  rule: string | null;
}
