/**
 * The party directory against the real database: it serves a party from memory only while the
 * caller cache's change streams vouch that the parties did not change since it was read, so a
 * party changed through another connection (another server process) is read again once this
 * process's stream has the change, as the cached callers are; without a voucher it always reads.
 */
import mongoose, { type Connection } from 'mongoose';
import pino from 'pino';
import { fixedClock } from '../../server/clock';
import { type PartyRecord, partyModel } from '../../server/models/party.model';
import { CALLER_CACHE_DEFAULTS, CallerCache } from '../../server/parties/caller-cache';
import { PartyDirectory, SOLE_WRITER } from '../../server/parties/party-directory';
import { PartyService } from '../../server/parties/party.service';
import { connectMongoose, monitoredConnection, testMongoUri } from '../support/database';
import { until } from '../support/until';

const clock = fixedClock(new Date('2026-04-12T00:00:00Z'));
let conn: Connection;
/** This process's connection: its commands are counted. */
let monitored: Connection;
/** Another server process's connection to the same database. */
let other: Connection;
let cache: CallerCache;
let forwarder: PartyRecord;
const finds: string[] = [];

beforeAll(async () => {
  conn = await connectMongoose(__filename);
  monitored = await monitoredConnection(conn.name, ({ name, collection }) => {
    if (name === 'find') finds.push(collection);
  });
  other = await mongoose.createConnection(testMongoUri(), { dbName: conn.name }).asPromise();
  const parties = new PartyService(conn, clock);
  await parties.model.init();
  const created = await parties.create({ code: 'DIR-FWD', name: 'Directory Forwarder', roles: ['forwarder'], country: 'CN' }, false);
  if (!created.ok) throw new Error(created.error[0].message);
  forwarder = created.value;
  cache = new CallerCache({ uri: testMongoUri(), dbName: conn.name }, { tokens: 'api_tokens', parties: 'parties' }, pino({ level: 'silent' }), { ...CALLER_CACHE_DEFAULTS, maxAwaitMs: 200 });
  cache.start();
  await until('the caller cache serves', () => cache.live);
});

afterAll(async () => {
  await cache.stop();
  await conn.dropDatabase();
  await Promise.all([monitored.close(), other.close(), conn.close()]);
});

/** How many parties reads `act` sent, and what it answered. */
async function readsOf<T>(act: () => Promise<T>): Promise<{ reads: number; result: T }> {
  finds.length = 0;
  const result = await act();
  return { reads: finds.filter((c) => c === 'parties').length, result };
}

const id = () => String(forwarder._id);

it('reads every time without a voucher', async () => {
  const directory = new PartyDirectory(partyModel(monitored), null);
  const first = await readsOf(() => directory.byId(id()));
  const second = await readsOf(() => directory.byId(id()));
  expect([first.reads, second.reads]).toEqual([1, 1]);
  expect(second.result?.code).toBe('DIR-FWD');
});

it('serves a party once read while the streams are live, and reads it again after a change through another connection', async () => {
  const directory = new PartyDirectory(partyModel(monitored), cache);
  expect((await readsOf(() => directory.byId(id()))).reads).toBe(1);
  const kept = await readsOf(() => directory.inRole(id(), 'forwarder', ['input', 'forwarderId']));
  expect(kept.reads).toBe(0);
  expect(kept.result.ok).toBe(true);

  const before = cache.ticket();
  await partyModel(other).updateOne({ _id: forwarder._id }, { $set: { roles: ['carrier'] } });
  await until('the change reaches this process', () => cache.ticket() !== before);
  const changed = await readsOf(() => directory.inRole(id(), 'forwarder', ['input', 'forwarderId']));
  expect(changed.reads).toBe(1);
  expect(changed.result.ok ? null : changed.result.error.rule).toBe('forwarder-party');
  await partyModel(other).updateOne({ _id: forwarder._id }, { $set: { roles: ['forwarder'] } });
});

it('keeps no unknown party, and nothing while the streams are down', async () => {
  const directory = new PartyDirectory(partyModel(monitored), cache);
  const unknown = '65f000000000000000000001';
  expect((await readsOf(() => directory.byId(unknown))).result).toBeNull();
  expect((await readsOf(() => directory.byId(unknown))).reads).toBe(1);

  const stopped = new CallerCache({ uri: testMongoUri(), dbName: conn.name }, { tokens: 'api_tokens', parties: 'parties' }, pino({ level: 'silent' }));
  const unvouched = new PartyDirectory(partyModel(monitored), stopped);
  await unvouched.byId(id());
  expect((await readsOf(() => unvouched.byId(id()))).reads).toBe(1);
});

it('keeps a party once read for a sole writer (a scenario run)', async () => {
  const directory = new PartyDirectory(partyModel(monitored), SOLE_WRITER);
  expect((await readsOf(() => directory.byId(id()))).reads).toBe(1);
  expect((await readsOf(() => directory.byId(id()))).reads).toBe(0);
});

it('reads the parties a list names in one find, each once in the order named, then serves them kept', async () => {
  const directory = new PartyDirectory(partyModel(monitored), cache);
  const unknown = '65f000000000000000000002';
  const first = await readsOf(() => directory.byIds([unknown, id(), id().toUpperCase()]));
  expect(first.reads).toBe(1);
  expect(first.result.map((p) => p.code)).toEqual(['DIR-FWD']);
  const second = await readsOf(() => directory.byIds([id()]));
  expect(second.reads).toBe(0);
  expect(second.result.map((p) => p.code)).toEqual(['DIR-FWD']);
});
