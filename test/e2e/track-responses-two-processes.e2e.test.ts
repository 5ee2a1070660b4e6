/**
 * Kept `track` answers with real processes: one embedded engine, two `npm start` servers on it.
 * Server A answers repeats from its kept responses; a milestone recorded through server B shows
 * on A once A's change stream brings it (polled with a deadline, as for the tracking cache), a
 * token revoked through B is refused by A on the very next request, and each caller on A gets
 * its own access. The counts of executions are checked in track-responses.e2e.test.ts.
 */
import { type ServerAddress, dataOf, errorCodes, graphql } from '../support/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';
import { ServerProcesses } from '../support/server-processes';

const processes = new ServerProcesses('track_responses_two_processes');
const SERVER = { env: { NODE_ENV: 'development', YIDAN_DEMO_SEED: '1' }, readyLine: 'caller cache serving', timeoutMs: 60_000 };
const TRACK = 'query Track($ref: String!) { track(reference: $ref) { timeline { type } order { number } onHold } }';

let a: ServerAddress;
let b: ServerAddress;
// Orders are booked through B only: each set of fixtures numbers its containers from 1.
let throughA: OrderFixtures;
let throughB: OrderFixtures;

beforeAll(async () => {
  const uri = await processes.engine();
  a = await processes.server(uri, SERVER);
  b = await processes.server(uri, SERVER);
  // Ready three days after the servers' today (their clock is the real one).
  const readyDate = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  throughB = await OrderFixtures.open(b, readyDate);
  throughA = await OrderFixtures.open(a, readyDate);
}, 120_000);

afterAll(() => processes.stop());

interface Tracked {
  timeline: Array<{ type: string }>;
  order: { number: string } | null;
  onHold: boolean;
}

async function track(server: ServerAddress, token: string, ref: string): Promise<Tracked | null> {
  return dataOf(await graphql<{ track: Tracked | null }>(server, TRACK, { token, variables: { ref } })).track;
}

const types = (t: Tracked | null) => t?.timeline.map((m) => m.type);

/** Repeats on A until its answer is `expected`: a change made through B reaches A through A's stream. */
async function untilOnA(token: string, ref: string, expected: string[]): Promise<string[] | undefined> {
  const deadline = Date.now() + 20_000;
  let seen = types(await track(a, token, ref));
  while (seen?.join() !== expected.join() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = types(await track(a, token, ref));
  }
  return seen;
}

it('a milestone recorded through server B replaces A’s kept answer once its change arrives; one through A on A’s next request', async () => {
  const ref = (await throughB.booked()).shipmentNumber;
  // Repeated on A: its tracking cache goes live and the answer is kept.
  expect(await untilOnA('demo-exporter', ref, [])).toEqual([]);
  for (let i = 0; i < 5; i++) expect(types(await track(a, 'demo-exporter', ref))).toEqual([]);

  await throughB.milestone('demo-carrier', ref, 1, 'GATE_IN');
  expect(await untilOnA('demo-exporter', ref, ['GATE_IN'])).toEqual(['GATE_IN']);
  for (let i = 0; i < 3; i++) expect(types(await track(a, 'demo-exporter', ref))).toEqual(['GATE_IN']);

  await throughA.milestone('demo-carrier', ref, 1, 'LOADED');
  expect(types(await track(a, 'demo-exporter', ref))).toEqual(['GATE_IN', 'LOADED']);
  // Other callers on A, after the exporter's answer was kept: each its own access.
  expect(await track(a, 'demo-carrier', ref)).toMatchObject({ order: null, timeline: [{ type: 'GATE_IN' }, { type: 'LOADED' }] });
  expect(await track(a, 'demo-exporter-th', ref)).toBeNull();
}, 120_000);

it('a token revoked through server B is refused by server A on the very next request, kept answer or not', async () => {
  const ref = (await throughB.booked()).shipmentNumber;
  const { me } = dataOf(await graphql<{ me: { party: { id: string } } }>(b, '{ me { party { id } } }', { token: 'demo-exporter' }));
  const issued = dataOf(
    await graphql<{ issueApiToken: { token: string; apiToken: { id: string } } }>(b, 'mutation($p: ID!) { issueApiToken(partyId: $p, label: "two processes") { token apiToken { id } } }', {
      token: 'demo-exporter',
      variables: { p: me.party.id },
    }),
  ).issueApiToken;
  for (let i = 0; i < 5; i++) expect(types(await track(a, issued.token, ref))).toEqual([]);
  const revoked = dataOf(await graphql<{ revokeApiToken: { userErrors: unknown[] } }>(b, 'mutation($id: ID!) { revokeApiToken(id: $id) { userErrors { message } } }', { token: 'demo-exporter', variables: { id: issued.apiToken.id } }));
  expect(revoked.revokeApiToken.userErrors).toEqual([]);
  const refused = await graphql(a, TRACK, { token: issued.token, variables: { ref } });
  expect({ status: refused.status, codes: errorCodes(refused) }).toEqual({ status: 401, codes: ['UNAUTHENTICATED'] });
}, 120_000);
