/**
 * The caller cache's rules against the real database: it serves only once its change streams
 * are open, keeps only successful lookups that nothing changed under, and empties itself on a
 * change made through another connection (another server process). The cross-process promise
 * (refused on the very next request) is checked with real processes in
 * test/e2e/token-revocation.e2e.test.ts.
 */
import mongoose, { type Connection } from 'mongoose';
import pino from 'pino';
import { fixedClock } from '../../server/clock';
import { apiTokenModel } from '../../server/models/api-token.model';
import { partyModel } from '../../server/models/party.model';
import { type Caller, callerOf } from '../../server/parties/caller';
import { CALLER_CACHE_DEFAULTS, CallerCache } from '../../server/parties/caller-cache';
import { PartyService } from '../../server/parties/party.service';
import { TokenService, hashToken } from '../../server/parties/token.service';
import { connectMongoose, testMongoUri } from '../support/database';
import { until } from '../support/until';

const clock = fixedClock(new Date('2026-04-12T00:00:00Z'));
const collections = { tokens: 'api_tokens', parties: 'parties' };
let conn: Connection;
let other: Connection;
let cache: CallerCache;
let tokens: TokenService;
let exporter: Caller;

beforeAll(async () => {
  conn = await connectMongoose(__filename);
  // The same database through a connection of its own, as another server process has.
  other = await mongoose.createConnection(testMongoUri(), { dbName: conn.name }).asPromise();
  const parties = new PartyService(conn, clock);
  await parties.model.init();
  cache = new CallerCache({ uri: testMongoUri(), dbName: conn.name }, collections, pino({ level: 'silent' }), { ...CALLER_CACHE_DEFAULTS, maxAwaitMs: 200 });
  tokens = new TokenService(conn, clock, cache);
  await tokens.model.init();
  const created = await parties.create({ code: 'CACHE-EXP', name: 'Cache Exporter', roles: ['exporter'], country: 'CN' }, false);
  if (!created.ok) throw new Error(created.error[0].message);
  exporter = callerOf(created.value);
  cache.start();
  await until('the cache serves', () => cache.live);
});

afterAll(async () => {
  await cache.stop();
  await conn.dropDatabase();
  await other.close();
  await conn.close();
});

async function issued(label: string): Promise<{ token: string; id: string }> {
  const r = await tokens.issue(exporter, exporter.partyId, label);
  if (!r.ok) throw new Error(r.error[0].message);
  return { token: r.value.token, id: String(r.value.record._id) };
}

it('answers a token it has looked up from memory, the same caller each time', async () => {
  const { token } = await issued('warm');
  const first = await tokens.authenticate(token);
  expect(first?.partyId).toBe(exporter.partyId);
  expect(cache.get(hashToken(token))).toBe(first);
  expect(await tokens.authenticate(token)).toBe(first);
});

it('never keeps an unknown token', async () => {
  const before = cache.size;
  expect(await tokens.authenticate('yd_not-a-token')).toBeNull();
  expect(cache.size).toBe(before);
});

it('refuses a token revoked through this process on the next lookup', async () => {
  const { token, id } = await issued('revoked here');
  expect(await tokens.authenticate(token)).not.toBeNull();
  const r = await tokens.revoke(exporter, id);
  expect(r.ok).toBe(true);
  expect(await tokens.authenticate(token)).toBeNull();
});

it('forgets every caller when another connection changes a token or a party', async () => {
  const { token } = await issued('changed elsewhere');
  expect((await tokens.authenticate(token))?.roles).toEqual(['exporter']);
  expect(cache.size).toBeGreaterThan(0);
  await partyModel(other).updateOne({ _id: exporter.partyId }, { $set: { roles: ['exporter', 'importer'] } });
  await until('the change empties the cache', () => cache.size === 0);
  expect((await tokens.authenticate(token))?.roles).toEqual(['exporter', 'importer']);

  await apiTokenModel(other).updateOne({ tokenHash: hashToken(token) }, { $set: { revokedAt: clock.now() } });
  await until('the revocation empties the cache', () => cache.size === 0);
  expect(await tokens.authenticate(token)).toBeNull();
});

it('does not keep a lookup that a change overtook', () => {
  const ticket = cache.ticket();
  expect(ticket).not.toBeNull();
  cache.forget();
  cache.remember('some-hash', exporter, ticket);
  expect(cache.get('some-hash')).toBeUndefined();
  cache.remember('some-hash', exporter, cache.ticket());
  expect(cache.get('some-hash')).toBe(exporter);
});

it('holds at most maxEntries callers', async () => {
  const small = new CallerCache({ uri: testMongoUri(), dbName: conn.name }, collections, pino({ level: 'silent' }), { ...CALLER_CACHE_DEFAULTS, maxAwaitMs: 200, maxEntries: 2 });
  small.start();
  try {
    await until('the small cache serves', () => small.live);
    for (const hash of ['h1', 'h2', 'h3']) small.remember(hash, exporter, small.ticket());
    expect(small.size).toBeLessThanOrEqual(2);
    expect(small.get('h3')).toBe(exporter);
  } finally {
    await small.stop();
  }
});

it('serves nothing once stopped, and tokens are then read from the database', async () => {
  const stopped = new CallerCache({ uri: testMongoUri(), dbName: conn.name }, collections, pino({ level: 'silent' }));
  const direct = new TokenService(conn, clock, stopped);
  const { token } = await issued('stopped cache');
  expect(stopped.live).toBe(false);
  expect(stopped.ticket()).toBeNull();
  expect((await direct.authenticate(token))?.partyId).toBe(exporter.partyId);
  expect(stopped.size).toBe(0);
});
