/**
 * The party registry and API tokens over real HTTP: the authorisation matrix of the party
 * mutations, userErrors, the registry as a paged connection, and demo seeding at start.
 */
import { DEMO_PARTIES } from '../../server/parties/demo-parties';
import { ROLES, type Role } from '../../server/models/roles';
import type { RunningServer } from '../../server/start';
import { connectClient, testDbName, testMongoUri } from '../support/database';
import { dataOf, errorCodes, graphql, type GraphQLResponse, startTestServer, stopTestServer } from '../support/graphql-client';
import { startTs } from '../support/processes';

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer(__filename);
});

afterAll(async () => {
  await stopTestServer(server);
});

const REGISTER = `mutation($input: RegisterPartyInput!) {
  registerParty(input: $input) { party { id code name roles country aeo } userErrors { code message field rule } }
}`;
const ISSUE = `mutation($partyId: ID!, $label: String!) {
  issueApiToken(partyId: $partyId, label: $label) { token apiToken { id prefix label createdAt revokedAt } userErrors { code message field rule } }
}`;
const REVOKE = `mutation($id: ID!) {
  revokeApiToken(id: $id) { apiToken { id revokedAt } userErrors { code message field rule } }
}`;

interface UserErrorData {
  code: string;
  message: string;
  field: string[] | null;
  rule: string | null;
}
interface PartyData {
  id: string;
  code: string;
  name: string;
  roles: string[];
  country: string;
  aeo: boolean;
}
type Payload<K extends string, T> = Record<K, { userErrors: UserErrorData[] } & Record<string, T | null>>;

function register(token: string, input: Record<string, unknown>) {
  return graphql<Payload<'registerParty', PartyData>>(server, REGISTER, { token, variables: { input } });
}
function issue(token: string, partyId: string, label = 'test') {
  return graphql<{ issueApiToken: { token: string | null; apiToken: { id: string } | null; userErrors: UserErrorData[] } }>(
    server,
    ISSUE,
    { token, variables: { partyId, label } },
  );
}
function revoke(token: string, id: string) {
  return graphql<Payload<'revokeApiToken', { id: string; revokedAt: string }>>(server, REVOKE, { token, variables: { id } });
}

async function registered(input: { code: string; roles?: string[]; country?: string }): Promise<PartyData> {
  const response = await register('demo-trainer', { name: input.code, roles: ['EXPORTER'], country: 'CN', ...input });
  const { party, userErrors } = dataOf(response).registerParty;
  expect(userErrors).toEqual([]);
  return party as PartyData;
}

async function partyIdOf(token: string): Promise<string> {
  return dataOf(await graphql<{ me: { party: { id: string } } }>(server, '{ me { party { id } } }', { token })).me.party.id;
}

/** 'ok', a thrown error's code, or 'userErrors:<codes>'. */
function outcome(response: GraphQLResponse<unknown>): string {
  const codes = errorCodes(response);
  if (codes.length > 0) return codes.join(',');
  const field = Object.values((response.body.data ?? {}) as Record<string, { userErrors: UserErrorData[] } | null>)[0];
  return field?.userErrors.length ? `userErrors:${field.userErrors.map((e) => e.code).join(',')}` : 'ok';
}

describe('authorisation matrix of the party mutations', () => {
  /** One demo party per role. */
  const tokenOf = Object.fromEntries(ROLES.map((role) => [role, DEMO_PARTIES.find((p) => p.roles.includes(role))!.token])) as Record<Role, string>;
  const MUTATIONS = ['registerParty', 'issueApiToken for self', 'issueApiToken for another party', 'revokeApiToken of another party'] as const;
  type Mutation = (typeof MUTATIONS)[number];

  const TRAINER_ONLY: Record<Mutation, string> = {
    registerParty: 'FORBIDDEN',
    'issueApiToken for self': 'ok',
    'issueApiToken for another party': 'FORBIDDEN',
    // NOT_FOUND, as for a token that does not exist: FORBIDDEN would confirm this one does.
    'revokeApiToken of another party': 'userErrors:NOT_FOUND',
  };
  const EXPECTED: Record<Role, Record<Mutation, string>> = {
    exporter: TRAINER_ONLY,
    importer: TRAINER_ONLY,
    consolidator: TRAINER_ONLY,
    forwarder: TRAINER_ONLY,
    carrier: TRAINER_ONLY,
    customs: TRAINER_ONLY,
    bank: TRAINER_ONLY,
    insurer: TRAINER_ONLY,
    trainer: { registerParty: 'ok', 'issueApiToken for self': 'ok', 'issueApiToken for another party': 'ok', 'revokeApiToken of another party': 'ok' },
    auditor: TRAINER_ONLY,
  };

  it('allows exactly the expected role × mutation pairs, and a refusal changes nothing', async () => {
    const target = await registered({ code: 'MATRIX-TARGET', roles: ['IMPORTER'] });
    const actual = {} as Record<Role, Record<Mutation, string>>;
    for (const role of ROLES) {
      const token = tokenOf[role];
      const targetToken = dataOf(await issue('demo-trainer', target.id, `for ${role} to revoke`)).issueApiToken;
      const responses: Record<Mutation, GraphQLResponse<unknown>> = {
        registerParty: await register(token, { code: `BY-${role.toUpperCase()}`, name: 'n', roles: ['BANK'], country: 'CN' }),
        'issueApiToken for self': await issue(token, await partyIdOf(token)),
        'issueApiToken for another party': await issue(token, target.id),
        'revokeApiToken of another party': await revoke(token, targetToken.apiToken!.id),
      };
      actual[role] = Object.fromEntries(MUTATIONS.map((m) => [m, outcome(responses[m])])) as Record<Mutation, string>;

      // A refused revocation leaves the token working; an allowed one stops it.
      const targetStillWorks = (await graphql(server, '{ me { party { code } } }', { token: targetToken.token! })).status === 200;
      expect({ role, targetStillWorks }).toEqual({ role, targetStillWorks: actual[role]['revokeApiToken of another party'] !== 'ok' });
    }
    expect(actual).toEqual(EXPECTED);

    // Refused registrations created nothing; the trainer's did.
    const codes = await allCodes();
    expect(codes.filter((code) => code.startsWith('BY-'))).toEqual(['BY-TRAINER']);
  });

  it('answers a refusal with HTTP 200, a FORBIDDEN error at the field and no payload', async () => {
    const response = await register('demo-exporter', { code: 'NOPE', name: 'n', roles: ['BANK'], country: 'CN' });
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toEqual([
      expect.objectContaining({ message: 'only a trainer registers parties', path: ['registerParty'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    ]);
  });
});

describe('registerParty', () => {
  it('registers a party and returns it', async () => {
    const response = await register('demo-trainer', { code: 'CQ-NEW-1', name: ' Chongqing New ', roles: ['EXPORTER', 'FORWARDER'], country: 'CN', aeo: true });
    expect(dataOf(response).registerParty).toEqual({
      party: { id: expect.stringMatching(/^[0-9a-f]{24}$/), code: 'CQ-NEW-1', name: 'Chongqing New', roles: ['EXPORTER', 'FORWARDER'], country: 'CN', aeo: true },
      userErrors: [],
    });
  });

  it('reports every broken rule of bad input, each with its field and rule', async () => {
    const response = await register('demo-trainer', { code: 'bad code', name: '  ', roles: [], country: 'China' });
    const { party, userErrors } = dataOf(response).registerParty;
    expect(party).toBeNull();
    expect(userErrors.map(({ code, field, rule }) => ({ code, field, rule }))).toEqual([
      { code: 'VALIDATION', field: ['input', 'code'], rule: 'party-code' },
      { code: 'VALIDATION', field: ['input', 'name'], rule: 'required' },
      { code: 'VALIDATION', field: ['input', 'roles'], rule: 'required' },
      { code: 'VALIDATION', field: ['input', 'country'], rule: 'iso3166-alpha2' },
    ]);
    for (const error of userErrors) expect(error.message).toMatch(new RegExp(`^${error.field!.join('\\.')}: `));
  });

  it('refuses a code already registered as DUPLICATE', async () => {
    const { userErrors } = dataOf(await register('demo-trainer', { code: 'CQ-MOTO', name: 'again', roles: ['EXPORTER'], country: 'CN' })).registerParty;
    expect(userErrors).toEqual([expect.objectContaining({ code: 'DUPLICATE', field: ['input', 'code'], rule: 'unique' })]);
  });

  it('registers a carrier with the modes it serves, shows them, and refuses a carrier without modes or modes for a non-carrier', async () => {
    const query = `mutation($input: RegisterPartyInput!) { registerParty(input: $input) { party { code modes } userErrors { field rule } } }`;
    const send = (input: Record<string, unknown>) => graphql<Payload<'registerParty', { code: string; modes: string[] }>>(server, query, { token: 'demo-trainer', variables: { input } });
    const barge = dataOf(await send({ code: 'CQ-BARGE', name: 'Yangtze Barge Line', roles: ['CARRIER'], country: 'CN', modes: ['RIVER'] })).registerParty;
    expect(barge).toEqual({ party: { code: 'CQ-BARGE', modes: ['RIVER'] }, userErrors: [] });
    expect(dataOf(await send({ code: 'CQ-NOMODE', name: 'n', roles: ['CARRIER'], country: 'CN' })).registerParty.userErrors).toEqual([{ field: ['input', 'modes'], rule: 'required' }]);
    expect(dataOf(await send({ code: 'CQ-TWICE', name: 'n', roles: ['CARRIER'], country: 'CN', modes: ['SEA', 'SEA'] })).registerParty.userErrors).toEqual([{ field: ['input', 'modes', '1'], rule: 'unique' }]);
    expect(dataOf(await send({ code: 'CQ-BANKER', name: 'n', roles: ['BANK'], country: 'CN', modes: ['SEA'] })).registerParty.userErrors).toEqual([{ field: ['input', 'modes'], rule: 'carrier-only' }]);
    // The demo carriers: the corridor's rail operator (trains and trucks) and the container line.
    const carriers = dataOf(await graphql<{ parties: { edges: Array<{ node: { code: string; modes: string[] } }> } }>(server, '{ parties(filter: { role: CARRIER }) { edges { node { code modes } } } }', { token: 'demo-exporter' })).parties;
    expect(carriers.edges.map((e) => e.node)).toEqual(expect.arrayContaining([{ code: 'CQ-RAIL', modes: ['RAIL', 'ROAD'] }, { code: 'QZ-SHIP', modes: ['SEA'] }]));
  });

  it('rejects an unknown role at the schema, before the service', async () => {
    const response = await register('demo-trainer', { code: 'X-1', name: 'x', roles: ['PIRATE'], country: 'CN' });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('issueApiToken and revokeApiToken', () => {
  it('issue a working token once and list it under me without its value', async () => {
    const bank = await partyIdOf('demo-bank');
    const { token, apiToken, userErrors } = dataOf(await issue('demo-bank', bank, 'treasury desk')).issueApiToken;
    expect(userErrors).toEqual([]);
    const me = dataOf(await graphql<{ me: { party: { code: string }; tokens: Array<Record<string, unknown>> } }>(
      server,
      '{ me { party { code } tokens { id prefix label } } }',
      { token: token! },
    )).me;
    expect(me.party.code).toBe('CQ-BANK');
    expect(me.tokens).toContainEqual({ id: apiToken!.id, prefix: token!.slice(0, 10), label: 'treasury desk' });
    expect(JSON.stringify(me.tokens)).not.toContain(token!);
  });

  it('report a blank label, an unknown party and an unknown token as userErrors', async () => {
    const self = await partyIdOf('demo-carrier');
    expect(dataOf(await issue('demo-carrier', self, '  ')).issueApiToken.userErrors).toEqual([
      expect.objectContaining({ code: 'VALIDATION', field: ['label'], rule: 'required' }),
    ]);
    expect(outcome(await issue('demo-trainer', '0123456789abcdef01234567'))).toBe('userErrors:NOT_FOUND');
    expect(outcome(await revoke('demo-trainer', '0123456789abcdef01234567'))).toBe('userErrors:NOT_FOUND');
  });
});

describe('party and parties', () => {
  it('party(id) returns the party, or null for an unknown id', async () => {
    const id = await partyIdOf('demo-customs');
    const found = dataOf(await graphql<{ party: PartyData | null }>(server, 'query($id: ID!) { party(id: $id) { code roles } }', { token: 'demo-exporter', variables: { id } }));
    expect(found.party).toEqual({ code: 'CQ-CUSTOMS', roles: ['CUSTOMS'] });
    const missing = dataOf(await graphql<{ party: PartyData | null }>(server, '{ party(id: "0123456789abcdef01234567") { code } }', { token: 'demo-exporter' }));
    expect(missing.party).toBeNull();
  });

  it('filters by role', async () => {
    const page = dataOf(await graphql<{ parties: Connection }>(server, '{ parties(first: 100, filter: { role: CARRIER }) { totalCount edges { node { code roles } } } }', { token: 'demo-importer' })).parties;
    // The two demo carriers and the barge line registered above.
    expect(page.edges.map((e) => e.node.code)).toEqual(['CQ-BARGE', 'CQ-RAIL', 'QZ-SHIP']);
    expect(page.totalCount).toBe(3);
  });
});

interface Connection {
  totalCount: number;
  edges: Array<{ cursor: string; node: { code: string; roles?: string[] } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const PAGE = 'query($first: Int, $after: String) { parties(first: $first, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }';

async function page(first: number | undefined, after?: string | null, token = 'demo-auditor'): Promise<GraphQLResponse<{ parties: Connection }>> {
  return graphql<{ parties: Connection }>(server, PAGE, { token, variables: { first, after } });
}

async function allCodes(): Promise<string[]> {
  return dataOf(await page(100)).parties.edges.map((e) => e.node.code);
}

describe('parties as a connection', () => {
  beforeAll(async () => {
    for (let i = 0; i < 27; i++) await registered({ code: `PAGE-${String(i).padStart(2, '0')}` });
  });

  it('walks every party once with first/after, in code order', async () => {
    const everything = await allCodes();
    expect(everything.length).toBeGreaterThan(25);
    expect([...everything].sort()).toEqual(everything);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { parties }: { parties: Connection } = dataOf(await page(7, after));
      expect(parties.totalCount).toBe(everything.length);
      expect(parties.edges.length).toBeLessThanOrEqual(7);
      seen.push(...parties.edges.map((e) => e.node.code));
      expect(parties.pageInfo.endCursor).toBe(parties.edges.at(-1)?.cursor ?? null);
      pages++;
      if (!parties.pageInfo.hasNextPage) break;
      after = parties.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything);
    expect(pages).toBe(Math.ceil(everything.length / 7));
  });

  it('pages 20 by default', async () => {
    const { parties } = dataOf(await page(undefined));
    expect(parties.edges).toHaveLength(20);
    expect(parties.pageInfo.hasNextPage).toBe(true);
  });

  it('keeps its place when parties are registered before and after the cursor', async () => {
    const before = await allCodes();
    const first = dataOf(await page(10)).parties;
    await registered({ code: '0-INSERTED-BEFORE' });
    await registered({ code: 'ZZ-INSERTED-AFTER' });

    const rest: string[] = [];
    let after = first.pageInfo.endCursor;
    for (;;) {
      const { parties }: { parties: Connection } = dataOf(await page(10, after));
      rest.push(...parties.edges.map((e) => e.node.code));
      if (!parties.pageInfo.hasNextPage) break;
      after = parties.pageInfo.endCursor;
    }
    const walked = [...first.edges.map((e) => e.node.code), ...rest];
    expect(walked).toEqual([...before, 'ZZ-INSERTED-AFTER']);
  });

  it.each([
    [1000, 'max-page-size', 'first: must be at most 100 (got 1000)'],
    [-1, 'non-negative', 'first: must not be negative (got -1)'],
  ])('refuses first: %d naming the argument and the rule', async (first, rule, message) => {
    const response = await graphql(server, `{ parties(first: ${first}) { totalCount } }`, { token: 'demo-exporter' });
    expect(response.body.errors).toEqual([
      expect.objectContaining({ message, path: ['parties'], extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['first'], rule }) }),
    ]);
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await page(5, Buffer.from('["code","CQ-MOTO","not-an-id"]').toString('base64url'));
    expect(response.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['after'], rule: 'cursor' }) })]);
  });
});

describe('demo seeding', () => {
  it('is off in production unless YIDAN_DEMO_SEED=1', async () => {
    const production = await startTestServer(`${__filename}-production`, { NODE_ENV: 'production' });
    try {
      expect(production.demoParties).toEqual([]);
      expect((await graphql(production, '{ me { roles } }', { token: 'demo-trainer' })).status).toBe(401);
    } finally {
      await stopTestServer(production);
    }
    const forced = await startTestServer(`${__filename}-forced`, { NODE_ENV: 'production', YIDAN_DEMO_SEED: '1' });
    try {
      expect(forced.demoParties.map((p) => p.token)).toEqual(DEMO_PARTIES.map((p) => p.token));
      expect((await graphql(forced, '{ me { roles } }', { token: 'demo-trainer' })).status).toBe(200);
    } finally {
      await stopTestServer(forced);
    }
  });

  it('prints the demo parties and tokens at npm start, marked demo only, as a block and a log line', async () => {
    const dbName = testDbName(`${__filename}-process`);
    const proc = startTs('server/main.ts', [], { MONGODB_URI: testMongoUri(), YIDAN_DB_NAME: dbName, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'development', YIDAN_STORAGE: '', YIDAN_DEMO_SEED: '' });
    try {
      await proc.waitForLine((line) => line.includes('Yidan listening'));
      const output = proc.output.join('\n');
      const banner = output.slice(output.indexOf('DEMO ONLY — these tokens are public, never use them outside training'));
      expect(banner).not.toBe('');
      for (const demo of DEMO_PARTIES) expect(banner).toMatch(new RegExp(`^  ${demo.code} +${demo.roles.join(',')} +${demo.token} +${escape(demo.name)}$`, 'm'));
      const logLine = proc.output.map(tryJson).find((entry) => entry?.demoOnly === true);
      expect(logLine?.msg).toMatch(/DEMO ONLY/);
      expect(logLine?.demoParties).toEqual(DEMO_PARTIES.map((p) => ({ code: p.code, roles: p.roles, token: p.token })));
    } finally {
      expect(await proc.stop('SIGTERM')).toBe(0);
      const client = await connectClient();
      await client.db(dbName).dropDatabase();
      await client.close();
    }
  }, 60_000);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tryJson(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
