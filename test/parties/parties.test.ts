import type { Connection } from 'mongoose';
import { fixedClock } from '../../server/clock';
import { callerOf } from '../../server/parties/caller';
import { DEMO_PARTIES } from '../../server/parties/demo-parties';
import { seedDemoParties } from '../../server/parties/demo-seed';
import { PartyService } from '../../server/parties/party.service';
import { TokenService, hashToken } from '../../server/parties/token.service';
import { connectMongoose } from '../support/database';

const clock = fixedClock(new Date('2026-04-12T00:00:00Z'));
let conn: Connection;
let parties: PartyService;
let tokens: TokenService;

beforeAll(async () => {
  conn = await connectMongoose(__filename);
  parties = new PartyService(conn, clock);
  tokens = new TokenService(conn, clock);
  await parties.model.init();
  await tokens.model.init();
});
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

async function party(code: string, roles: string[]) {
  const r = await parties.create({ code, name: code, roles, country: 'CN' }, false);
  if (!r.ok) throw new Error(r.error[0].message);
  return callerOf(r.value);
}

describe('party registry', () => {
  it('lists every broken rule of a registration at once, by field', async () => {
    const trainer = await party('T-1', ['trainer']);
    const r = await parties.register(trainer, { code: 'bad code', name: ' ', roles: ['pirate'], country: 'China' });
    expect(!r.ok && r.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([
      ['input.code', 'party-code'],
      ['input.name', 'required'],
      ['input.roles.0', 'known-role'],
      ['input.country', 'iso3166-alpha2'],
    ]);
  });

  it('needs a carrier to name the modes it serves, and refuses an unknown mode', async () => {
    const trainer = await party('T-MODES', ['trainer']);
    const none = await parties.register(trainer, { code: 'CARR-0', name: 'n', roles: ['carrier'], country: 'CN' });
    expect(!none.ok && none.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([['input.modes', 'required']]);
    const unknown = await parties.register(trainer, { code: 'CARR-1', name: 'n', roles: ['carrier'], country: 'CN', modes: ['rail', 'pipeline'] });
    expect(!unknown.ok && unknown.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([['input.modes.1', 'transport-mode']]);
    const ok = await parties.register(trainer, { code: 'CARR-2', name: 'n', roles: ['carrier'], country: 'CN', modes: ['air'] });
    expect(ok.ok && ok.value.modes).toEqual(['air']);
    expect((await parties.byCode('CARR-2'))?.modes).toEqual(['air']);
  });

  it('lets only a trainer register, and refuses a duplicate code', async () => {
    const exporter = await party('EXP-1', ['exporter']);
    const denied = await parties.register(exporter, { code: 'NEW-1', name: 'n', roles: ['importer'], country: 'SG' });
    expect(!denied.ok && denied.error[0].code).toBe('FORBIDDEN');
    const trainer = await party('T-2', ['trainer']);
    expect((await parties.register(trainer, { code: 'NEW-1', name: 'n', roles: ['importer'], country: 'SG' })).ok).toBe(true);
    const dup = await parties.register(trainer, { code: 'NEW-1', name: 'n', roles: ['importer'], country: 'SG' });
    expect(!dup.ok && dup.error[0]).toMatchObject({ code: 'DUPLICATE', field: ['input', 'code'] });
  });
});

describe('API tokens', () => {
  it('stores only a hash, authenticates the token, and stops after revocation', async () => {
    const exporter = await party('EXP-2', ['exporter']);
    const issued = await tokens.issue(exporter, exporter.partyId, 'laptop');
    if (!issued.ok) throw new Error('issue failed');
    const { token, record } = issued.value;
    expect(token).toMatch(/^yd_[A-Za-z0-9_-]{43}$/);
    const stored = await tokens.model.findById(record._id).lean();
    expect(stored?.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await tokens.authenticate(token))?.partyId).toBe(exporter.partyId);
    expect(await tokens.authenticate(`${token}x`)).toBeNull();
    expect((await tokens.revoke(exporter, String(record._id))).ok).toBe(true);
    expect(await tokens.authenticate(token)).toBeNull();
  });

  it('lets a party manage only its own tokens (a trainer manages any)', async () => {
    const a = await party('EXP-3', ['exporter']);
    const b = await party('EXP-4', ['exporter']);
    const trainer = await party('T-3', ['trainer']);
    const forOther = await tokens.issue(a, b.partyId, 'sneaky');
    expect(!forOther.ok && forOther.error[0].code).toBe('FORBIDDEN');
    const issued = await tokens.issue(trainer, b.partyId, 'class laptop');
    if (!issued.ok) throw new Error('issue failed');
    const revokeOther = await tokens.revoke(a, String(issued.value.record._id));
    // Answered as for a token that does not exist: FORBIDDEN would confirm that this one does.
    expect(!revokeOther.ok && revokeOther.error[0]).toEqual({ code: 'NOT_FOUND', message: `token ${String(issued.value.record._id)} does not exist` });
    expect((await tokens.revoke(b, String(issued.value.record._id))).ok).toBe(true);
  });
});

describe('demo seed', () => {
  it('seeds every demo party with its documented token, idempotently', async () => {
    const first = await seedDemoParties(parties, tokens);
    const again = await seedDemoParties(parties, tokens);
    expect(again).toEqual(first);
    expect(first).toHaveLength(DEMO_PARTIES.length);
    const caller = await tokens.authenticate('demo-customs');
    expect(caller?.party.code).toBe('CQ-CUSTOMS');
    expect(caller?.party.demo).toBe(true);
    expect(await tokens.model.countDocuments({ tokenHash: hashToken('demo-customs') })).toBe(1);
  });

  it('gives a demo carrier stored before parties recorded modes its modes on the next seeding', async () => {
    await seedDemoParties(parties, tokens);
    await parties.model.collection.updateOne({ code: 'QZ-SHIP' }, { $unset: { modes: '' } });
    expect((await parties.byCode('QZ-SHIP'))?.modes).toBeUndefined();
    await seedDemoParties(parties, tokens);
    expect((await parties.byCode('QZ-SHIP'))?.modes).toEqual(['sea']);
    expect((await parties.byCode('CQ-RAIL'))?.modes).toEqual(['rail', 'road']);
  });

  it('retires the demo tokens when seeding is off, and seeding brings them back', async () => {
    await seedDemoParties(parties, tokens);
    expect(await tokens.revokeDemoTokens()).toBe(DEMO_PARTIES.length);
    expect(await tokens.authenticate('demo-trainer')).toBeNull();
    expect(await tokens.revokeDemoTokens()).toBe(0);
    await seedDemoParties(parties, tokens);
    expect((await tokens.authenticate('demo-trainer'))?.party.code).toBe('TRAINER');
  });
});
