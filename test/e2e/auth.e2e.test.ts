/**
 * Who may call what, and how much: bearer-token authentication, the anonymous rule, and the
 * per-request depth, alias and cost limits, all over real HTTP.
 */
import { getIntrospectionQuery } from 'graphql';
import { DEMO_PARTIES } from '../../server/parties/demo-parties';
import type { RunningServer } from '../../server/start';
import { dataOf, errorCodes, graphql, startTestServer, stopTestServer } from '../support/graphql-client';

const ME = '{ me { party { id code name country } roles tokens { id prefix label revokedAt } } }';

interface MeData {
  me: {
    party: { id: string; code: string; name: string; country: string };
    roles: string[];
    tokens: Array<{ id: string; prefix: string; label: string; revokedAt: string | null }>;
  };
}

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer(__filename);
});

afterAll(async () => {
  await stopTestServer(server);
});

describe('bearer tokens', () => {
  it('seeds every demo party at start', () => {
    expect(server.demoParties.map((p) => [p.code, p.token])).toEqual(DEMO_PARTIES.map((p) => [p.code, p.token]));
  });

  it.each(DEMO_PARTIES.map((p) => [p.token, p] as const))('me with %s is that party in its roles', async (token, demo) => {
    const { me } = dataOf(await graphql<MeData>(server, ME, { token }));
    expect(me.party).toMatchObject({ code: demo.code, name: demo.name, country: demo.country });
    expect(me.roles).toEqual(demo.roles.map((role) => role.toUpperCase()));
    expect(me.tokens.map((t) => t.prefix)).toContain(token.slice(0, 10));
  });

  it('refuses an unknown token with 401 and a Bearer challenge', async () => {
    const response = await graphql(server, ME, { token: 'demo-nobody' });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.body.data ?? undefined).toBeUndefined();
  });

  it.each(['Basic ZGVtbzpkZW1v', 'Bearer', 'Bearer two words', 'demo-exporter', 'Bearer demo-exporter,x'])(
    'refuses a malformed Authorization header %j with 401, even for health',
    async (authorization) => {
      const response = await graphql(server, '{ health { version } }', { headers: { authorization } });
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.body.errors?.[0].message).toMatch(/Bearer <token>/);
    },
  );

  it('accepts the scheme in any case', async () => {
    const response = await graphql<MeData>(server, ME, { headers: { authorization: 'bearer demo-bank' } });
    expect(dataOf(response).me.party.code).toBe('CQ-BANK');
  });

  it('stops accepting a token once it is revoked', async () => {
    const issued = dataOf(
      await graphql<{ issueApiToken: { token: string; apiToken: { id: string; prefix: string; label: string } } }>(
        server,
        'mutation($partyId: ID!) { issueApiToken(partyId: $partyId, label: "laptop") { token apiToken { id prefix label } userErrors { code } } }',
        { token: 'demo-exporter', variables: { partyId: dataOf(await graphql<MeData>(server, ME, { token: 'demo-exporter' })).me.party.id } },
      ),
    ).issueApiToken;
    expect(issued.token).toMatch(/^yd_/);
    expect(issued.apiToken).toMatchObject({ prefix: issued.token.slice(0, 10), label: 'laptop' });

    const before = dataOf(await graphql<MeData>(server, ME, { token: issued.token })).me;
    expect(before.party.code).toBe('CQ-MOTO');
    expect(before.tokens.find((t) => t.id === issued.apiToken.id)?.revokedAt).toBeNull();

    const revoked = await graphql<{ revokeApiToken: { apiToken: { revokedAt: string | null }; userErrors: unknown[] } }>(
      server,
      'mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { revokedAt } userErrors { code } } }',
      { token: issued.token, variables: { id: issued.apiToken.id } },
    );
    expect(dataOf(revoked).revokeApiToken.userErrors).toEqual([]);
    expect(new Date(dataOf(revoked).revokeApiToken.apiToken.revokedAt!).toISOString()).toBe(dataOf(revoked).revokeApiToken.apiToken.revokedAt);

    const after = await graphql(server, ME, { token: issued.token });
    expect(after.status).toBe(401);
    expect(errorCodes(after)).toEqual(['UNAUTHENTICATED']);
    // The demo token of the same party still works, and lists the revoked one as revoked.
    const tokens = dataOf(await graphql<MeData>(server, ME, { token: 'demo-exporter' })).me.tokens;
    expect(tokens.find((t) => t.id === issued.apiToken.id)?.revokedAt).toEqual(expect.any(String));
  });
});

describe('anonymous requests', () => {
  it('may ask for health', async () => {
    const response = await graphql<{ health: { version: string } }>(server, '{ health { version } __typename }');
    expect(response.status).toBe(200);
    expect(dataOf(response).health.version).toEqual(expect.any(String));
  });

  it('may introspect outside production', async () => {
    const response = await graphql<{ __schema: { types: Array<{ name: string }> } }>(server, getIntrospectionQuery());
    expect(response.status).toBe(200);
    expect(dataOf(response).__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Party', 'UserError', 'PageInfo']));
  });

  it.each([
    ['me', ME],
    ['parties', '{ parties { totalCount } }'],
    ['a mutation', 'mutation { revokeApiToken(id: "000000000000000000000000") { userErrors { code } } }'],
    ['me beside health', '{ health { version } me { roles } }'],
    ['me in a fragment', '{ ...Mine } fragment Mine on Query { me { roles } }'],
    ['me in an inline fragment', '{ ... on Query { me { roles } } }'],
  ])('are refused %s with 401 before anything runs', async (_name, query) => {
    const response = await graphql(server, query);
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    // No data key at all: execution never started (a resolver-level refusal would give data: null).
    expect(Object.keys(response.body)).toEqual(['errors']);
  });
});

function deepIntrospection(levels: number): string {
  let selection = 'name';
  for (let i = 0; i < levels; i++) selection = `ofType { ${selection} }`;
  // __type > fields > type > ofType x levels > name: depth 4 + levels.
  return `{ __type(name: "Party") { fields { type { ${selection} } } } }`;
}

function aliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `h${i}: health { version }`).join(' ')} }`;
}

const PARTY_PAGE = 'parties(first: 100) { edges { cursor node { id code name roles country aeo } } pageInfo { hasNextPage } }';

describe('request limits (defaults: depth 10, aliases 15, cost 5000)', () => {
  it('refuses an operation deeper than 10, naming the limit', async () => {
    const ok = await graphql(server, deepIntrospection(6), { token: 'demo-auditor' });
    expect(ok.status).toBe(200);
    const response = await graphql(server, deepIntrospection(7), { token: 'demo-auditor' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: 'Query depth limit of 10 exceeded, found 11.',
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth', maximum: 10 }),
      }),
    ]);
  });

  it('refuses more than 15 aliases, naming the limit', async () => {
    expect((await graphql(server, aliases(15))).status).toBe(200);
    const response = await graphql(server, aliases(16));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: 'Aliases limit of 15 exceeded, found 16.',
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxAliases', maximum: 15 }),
      }),
    ]);
  });

  it('refuses an operation costing over 5000, naming the limit', async () => {
    expect((await graphql(server, `{ ${PARTY_PAGE} }`, { token: 'demo-auditor' })).status).toBe(200);
    const response = await graphql(server, `{ a: ${PARTY_PAGE} b: ${PARTY_PAGE} }`, { token: 'demo-auditor' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Query Cost limit of 5000 exceeded, found \d+\.$/),
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxCost', maximum: 5000 }),
      }),
    ]);
  });

  it('lets the full introspection query through', async () => {
    const response = await graphql(server, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true }));
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });
});

describe('request limits from the environment', () => {
  let limited: RunningServer;

  beforeAll(async () => {
    limited = await startTestServer(`${__filename}-limited`, { YIDAN_MAX_DEPTH: '3', YIDAN_MAX_ALIASES: '1', YIDAN_MAX_COST: '20', YIDAN_DEMO_SEED: '0' });
  });

  afterAll(async () => {
    await stopTestServer(limited);
  });

  it.each([
    ['YIDAN_MAX_DEPTH', '{ health { instances { id } } }', '{ parties { edges { node { code } } } }', 'maxDepth'],
    ['YIDAN_MAX_ALIASES', aliases(1), aliases(2), 'maxAliases'],
    ['YIDAN_MAX_COST', '{ health { version storage } }', '{ parties(first: 10) { totalCount } }', 'maxCost'],
  ])('applies %s', async (_variable, allowed, refused, limit) => {
    expect(errorCodes(await graphql(limited, allowed))).toEqual([]);
    const response = await graphql(limited, refused);
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.extensions?.limit)).toEqual([limit]);
  });

  it('seeds no demo parties with YIDAN_DEMO_SEED=0', async () => {
    expect(limited.demoParties).toEqual([]);
    expect((await graphql(limited, ME, { token: 'demo-trainer' })).status).toBe(401);
  });
});
