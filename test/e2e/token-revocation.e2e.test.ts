/**
 * Each server process remembers who a token stands for (parties/caller-cache.ts), so a request
 * need not read its token and party every time. Revocation must still take effect at once on
 * every process: two `npm start` servers on one embedded engine process, a token warmed into
 * both caches, revoked through one, and refused by the other on the very next request.
 */
import { type ServerAddress, dataOf, errorCodes, graphql } from '../support/graphql-client';
import { ServerProcesses } from '../support/server-processes';

const processes = new ServerProcesses('token_revocation');
let a: ServerAddress;
let b: ServerAddress;

const ME = '{ me { party { id code } } }';
const ISSUE = 'mutation($partyId: ID!, $label: String!) { issueApiToken(partyId: $partyId, label: $label) { token apiToken { id } userErrors { code message } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { revokedAt } userErrors { code message } } }';

interface Me {
  me: { party: { id: string; code: string } };
}

// Until its change streams are open a process reads every token from the database; the test is
// about the cache, so each server is ready once its cache says it serves.
const SERVER = { env: { NODE_ENV: 'development', YIDAN_DEMO_SEED: '1' }, readyLine: 'caller cache serving', timeoutMs: 60_000 };

beforeAll(async () => {
  const uri = await processes.engine();
  a = await processes.server(uri, SERVER);
  b = await processes.server(uri, SERVER);
}, 120_000);

afterAll(() => processes.stop());

async function issue(server: ServerAddress, label: string): Promise<{ token: string; id: string }> {
  const exporter = dataOf(await graphql<Me>(server, ME, { token: 'demo-exporter' })).me.party;
  const r = dataOf(
    await graphql<{ issueApiToken: { token: string; apiToken: { id: string }; userErrors: unknown[] } }>(server, ISSUE, {
      token: 'demo-exporter',
      variables: { partyId: exporter.id, label },
    }),
  ).issueApiToken;
  expect(r.userErrors).toEqual([]);
  return { token: r.token, id: r.apiToken.id };
}

async function me(server: ServerAddress, token: string): Promise<{ status: number; code?: string; party?: string }> {
  const response = await graphql<Me>(server, ME, { token });
  return response.status === 200 ? { status: 200, party: dataOf(response).me.party.code } : { status: response.status, code: errorCodes(response)[0] };
}

async function revoke(server: ServerAddress, id: string): Promise<void> {
  const r = dataOf(await graphql<{ revokeApiToken: { apiToken: { revokedAt: string | null }; userErrors: unknown[] } }>(server, REVOKE, { token: 'demo-exporter', variables: { id } }));
  expect(r.revokeApiToken.userErrors).toEqual([]);
  expect(r.revokeApiToken.apiToken.revokedAt).toEqual(expect.any(String));
}

const REFUSED = { status: 401, code: 'UNAUTHENTICATED' };
const ACCEPTED = { status: 200, party: 'CQ-MOTO' };

it('the demo exporter is the party the test expects', async () => {
  expect(await me(a, 'demo-exporter')).toEqual(ACCEPTED);
});

// Several rounds, each way round: a stale cache would let one of them through.
it.each(Array.from({ length: 6 }, (_, i) => [i, i % 2 === 0 ? 'a' : 'b', i % 2 === 0 ? 'b' : 'a'] as const))(
  'round %i: a token revoked through server %s is refused by server %s on the very next request',
  async (round, through, other) => {
    const servers = { a, b };
    const { token, id } = await issue(servers[through], `round ${round}`);
    // Used on both, twice: both processes now hold it in their caches.
    for (const server of [a, b, a, b]) expect(await me(server, token)).toEqual(ACCEPTED);
    await revoke(servers[through], id);
    expect(await me(servers[other], token)).toEqual(REFUSED);
    expect(await me(servers[through], token)).toEqual(REFUSED);
  },
);

it('another token of the same party stays accepted on both', async () => {
  expect(await me(a, 'demo-exporter')).toEqual(ACCEPTED);
  expect(await me(b, 'demo-exporter')).toEqual(ACCEPTED);
});
