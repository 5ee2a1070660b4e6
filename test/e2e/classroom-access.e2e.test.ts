/**
 * Who may do what with an exercise, as a matrix over GraphQL HTTP: the trainer who set it up runs
 * it; its participants act only inside it (never on the classroom's controls); the real world's
 * other parties see no exercise; anonymous and dismissed tokens are refused. Then the checks of
 * what a trainer sends, each naming its field and rule.
 */
import type { RunningServer } from '../../server/start';
import { ClassroomFixtures, type ExerciseView, TRAINER, stopClassroomServer } from '../support/classroom-fixtures';
import { errorCodes, startTestServer } from '../support/graphql-client';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-06-01T08:00:00Z'));
let server: RunningServer;
let classroom: ClassroomFixtures;
let exercise: ExerciseView;
const callers: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  classroom = new ClassroomFixtures(server);
  exercise = await classroom.create({ title: 'Access matrix', start: '2026-03-02T08:00:00Z' });
  callers.trainer = TRAINER;
  callers['participant (exporter)'] = await classroom.invite(exercise.number, 'ana', 'CQ-MOTO', 'EXPORTER');
  callers['participant (bank)'] = await classroom.invite(exercise.number, 'ben', 'CQ-BANK', 'BANK');
  callers['real exporter'] = 'demo-exporter';
  callers['real auditor'] = 'demo-auditor';
  callers.anonymous = undefined;
  const dismissed = await classroom.invite(exercise.number, 'cy', 'CQ-RAIL', 'CARRIER');
  const r = await classroom.call<{ dismissParticipant: { exercise: { participants: Array<{ name: string }> } } }>(TRAINER, 'mutation($n: String!) { dismissParticipant(number: $n, name: "cy") { exercise { number } userErrors { message } } }', { n: exercise.number });
  expect(r.dismissParticipant.exercise).not.toBeNull();
  callers.dismissed = dismissed;
});
afterAll(async () => {
  await stopClassroomServer(server);
});

let invited = 0;

type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'null' | 'empty';

/** Each operation, and what each caller gets: the trainer runs, everyone else is kept out. */
const MUTATIONS: Array<[name: string, document: () => { query: string; variables: Record<string, unknown> }]> = [
  ['createExercise', () => ({ query: 'mutation { createExercise(input: { start: "2026-03-02T08:00:00Z" }) { exercise { number } userErrors { code } } }', variables: {} })],
  ['inviteParticipant', () => ({ query: `mutation($n: String!) { inviteParticipant(number: $n, input: { name: "invitee ${++invited}", party: "SG-LION", role: IMPORTER }) { token userErrors { code } } }`, variables: { n: exercise.number } })],
  ['advanceExerciseClock', () => ({ query: 'mutation($n: String!) { advanceExerciseClock(number: $n, input: { by: "PT1H" }) { exercise { now } userErrors { code } } }', variables: { n: exercise.number } })],
  ['runExerciseClock', () => ({ query: 'mutation($n: String!) { runExerciseClock(number: $n, rate: 0) { exercise { now } userErrors { code } } }', variables: { n: exercise.number } })],
  ['injectIncident', () => ({ query: 'mutation($n: String!) { injectIncident(number: $n, input: { type: "fxMove", base: "USD", quote: "CNY", rate: "7.2" }) { exercise { number } userErrors { code } } }', variables: { n: exercise.number } })],
  ['dismissParticipant', () => ({ query: 'mutation($n: String!) { dismissParticipant(number: $n, name: "nobody") { exercise { number } userErrors { code } } }', variables: { n: exercise.number } })],
];

const EXPECTED_MUTATION: Record<string, Outcome> = {
  trainer: 'ok',
  'participant (exporter)': 'FORBIDDEN',
  'participant (bank)': 'FORBIDDEN',
  'real exporter': 'FORBIDDEN',
  'real auditor': 'FORBIDDEN',
  anonymous: 'UNAUTHENTICATED',
  dismissed: 'UNAUTHENTICATED',
};

async function outcomeOf(token: string | undefined, query: string, variables: Record<string, unknown>): Promise<Outcome> {
  const r = await classroom.send<Record<string, unknown>>(token, query, variables);
  const code = errorCodes(r)[0];
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return code;
  if (code) throw new Error(`unexpected ${code}: ${JSON.stringify(r.body.errors)}`);
  const [value] = Object.values(r.body.data ?? {});
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : 'ok';
  // A trainer's control may still refuse by rule (an unknown participant to dismiss): it was let in.
  return 'ok';
}

it('lets only the trainer run the exercise: every other caller is refused each control', async () => {
  const seen: Record<string, Record<string, Outcome>> = {};
  const expected: Record<string, Record<string, Outcome>> = {};
  for (const [name, document] of MUTATIONS) {
    seen[name] = {};
    expected[name] = {};
    for (const [caller, token] of Object.entries(callers)) {
      const { query, variables } = document();
      seen[name][caller] = await outcomeOf(token, query, variables);
      expected[name][caller] = EXPECTED_MUTATION[caller]!;
    }
  }
  expect(seen).toEqual(expected);
});

it('shows the exercise to its trainer and its participants, and to no one else', async () => {
  const read = { query: 'query($n: String!) { exercise(number: $n) { number } }', variables: { n: exercise.number } };
  const list = { query: '{ exercises { number } }', variables: {} };
  const seen: Record<string, [Outcome, Outcome]> = {};
  for (const [caller, token] of Object.entries(callers)) seen[caller] = [await outcomeOf(token, read.query, read.variables), await outcomeOf(token, list.query, list.variables)];
  expect(seen).toEqual({
    trainer: ['ok', 'ok'],
    'participant (exporter)': ['ok', 'empty'],
    'participant (bank)': ['ok', 'empty'],
    'real exporter': ['null', 'empty'],
    'real auditor': ['null', 'empty'],
    anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
    dismissed: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
  });
});

it('binds a participant to its one party and role: it acts as nobody else', async () => {
  const me = await classroom.call<{ me: { party: { code: string }; roles: string[] } }>(callers['participant (exporter)']!, '{ me { party { code } roles } }');
  expect(me.me).toEqual({ party: { code: 'CQ-MOTO' }, roles: ['EXPORTER'] });
  // The bank's participant may not start the exporter's business.
  const r = await classroom.send(callers['participant (bank)'], 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { number } userErrors { code } } }', {
    input: { buyerId: '000000000000000000000000', currency: 'USD', incoterm: 'FCA', incotermPlace: 'CNCKG', origin: 'CNCKG', destination: 'SGSIN', tradeMode: '0110', readyDate: '2026-03-02', lines: [{ hsCode: '8714.10', description: 'Brakes', quantity: '1', unit: 'H87', unitPrice: '1', grossWeightKg: '1' }] },
  });
  expect(errorCodes(r)).toEqual(['FORBIDDEN']);
});

it('refuses what a trainer sends wrong, naming the field and the rule', async () => {
  const rules = async (input: Record<string, unknown>) => (await classroom.createAttempt(input)).userErrors.map((e) => `${e.field?.join('.')}#${e.rule}`);
  expect(await rules({ scenario: 'no-such-scenario' })).toEqual(['input.scenario#scenario-unknown']);
  expect(await rules({ scenario: 'rail-sea-moto-financing', yaml: 'id: x' })).toEqual(['input.scenario#one-scenario']);
  expect(await rules({ seed: -1, defaultAfterDaysOverdue: 0, title: ' ' })).toEqual(['input.seed#seed-range', 'input.defaultAfterDaysOverdue#days-range', 'input.title#title-length']);

  const invite = async (input: { name: string; party: string; role: string }) => (await classroom.inviteAttempt(exercise.number, input)).userErrors.map((e) => `${e.code} ${e.field?.join('.')}#${e.rule}`);
  expect(await invite({ name: 'dee', party: 'NO-SUCH', role: 'EXPORTER' })).toEqual(['VALIDATION input.party#known-party']);
  expect(await invite({ name: 'dee', party: 'CQ-MOTO', role: 'BANK' })).toEqual(['VALIDATION input.role#party-role']);
  expect(await invite({ name: 'dee', party: 'TRAINER', role: 'TRAINER' })).toEqual(['VALIDATION input.role#participant-role']);
  expect(await invite({ name: 'ana', party: 'CQ-MOTO', role: 'EXPORTER' })).toEqual(['DUPLICATE input.name#unique']);

  const inject = async (input: Record<string, unknown>) => (await classroom.injectAttempt(exercise.number, input)).userErrors.map((e) => `${e.code} ${e.field?.join('.') ?? ''}#${e.rule ?? ''}`);
  expect(await inject({ type: 'meteorStrike' })).toEqual(['VALIDATION input.type#incident-type']);
  expect(await inject({ type: 'billTampered', order: 'ORD-2026-000001' })).toEqual(['VALIDATION input.type#participant-action']);
  expect(await inject({ type: 'fxMove', base: 'XXX', quote: 'CNY', rate: '-1' })).toEqual(['VALIDATION input.base#currency', 'VALIDATION input.rate#positive-decimal']);
  expect(await inject({ type: 'vesselMissed', order: 'ORD-2026-000001', leg: 0, delayDays: 99 })).toEqual(['VALIDATION input.leg#leg-number', 'VALIDATION input.delayDays#delay-range']);
  expect(await inject({ type: 'elockAlarm', order: 'ORD-2026-999999' })).toEqual(['NOT_FOUND input.order#known-order']);
});

it('runs the clock at a rate of the wall clock, and stops it where it stands', async () => {
  const now = async () => (await classroom.read(exercise.number))!.now;
  const rate = (r: number) => classroom.call<{ runExerciseClock: { exercise: { now: string; clockRate: number } | null; userErrors: Array<{ rule: string }> } }>(TRAINER, 'mutation($n: String!, $r: Float!) { runExerciseClock(number: $n, rate: $r) { exercise { now clockRate } userErrors { rule } } }', { n: exercise.number, r });
  expect((await rate(-1)).runExerciseClock.userErrors).toEqual([{ rule: 'rate-range' }]);
  const from = await now();
  // One simulated day per real minute: ten minutes of the wall clock are ten days of the exercise.
  expect((await rate(1440)).runExerciseClock.exercise).toEqual({ now: from, clockRate: 1440 });
  clock.set(new Date(clock.now().getTime() + 10 * 60_000).toISOString());
  const stopped = (await rate(0)).runExerciseClock.exercise!;
  expect(stopped).toEqual({ now: new Date(new Date(from).getTime() + 10 * 86_400_000).toISOString(), clockRate: 0 });
  clock.set(new Date(clock.now().getTime() + 10 * 60_000).toISOString());
  expect(await now()).toBe(stopped.now);
});
