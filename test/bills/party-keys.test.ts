import { type Connection, Types } from 'mongoose';
import { fixedClock } from '../../server/clock';
import { PartyKeyService } from '../../server/bills/party-keys.service';
import { connectMongoose, monitoredConnection } from '../support/database';

let conn: Connection;
let keys: PartyKeyService;

beforeAll(async () => {
  conn = await connectMongoose(__filename);
  keys = new PartyKeyService(conn, fixedClock(new Date('2026-03-02T00:00:00Z')));
  await keys.model.init();
});
afterAll(async () => {
  await conn.dropDatabase();
  await conn.close();
});

it('gives each party one key pair, also when two requests ask at once', async () => {
  const party = String(new Types.ObjectId());
  const [a, b] = await Promise.all([keys.signerFor(party), keys.signerFor(party)]);
  expect(a.kid).toBe(b.kid);
  expect(await keys.model.countDocuments({ partyId: new Types.ObjectId(party) })).toBe(1);
  expect((await keys.signerFor(party)).kid).toBe(a.kid);
  const published = await keys.publicKeys([party]);
  expect(published.get(a.kid)).toMatchObject({ partyId: party, jwk: { kty: 'OKP', crv: 'Ed25519', kid: a.kid } });
  expect(JSON.stringify(published.get(a.kid)?.jwk)).not.toContain('"d"');
});

describe('a sole writer (a scenario run on its own database)', () => {
  let monitored: Connection;
  const finds: string[] = [];

  beforeAll(async () => {
    monitored = await monitoredConnection(conn.name, ({ name, collection }) => {
      if (name === 'find' || name === 'insert') finds.push(`${name} ${collection}`);
    });
  });
  afterAll(() => monitored.close());

  it('keeps each party signer once read or created, and it is the stored key', async () => {
    const sole = new PartyKeyService(monitored, fixedClock(new Date('2026-03-02T00:00:00Z')), { soleWriter: true });
    const stored = String(new Types.ObjectId());
    const existing = await keys.signerFor(stored);
    const created = String(new Types.ObjectId());
    finds.length = 0;
    expect(await sole.signerFor(stored)).toEqual(existing);
    expect(await sole.signerFor(stored)).toEqual(existing);
    const first = await sole.signerFor(created);
    expect(await sole.signerFor(created)).toEqual(first);
    expect(finds).toEqual(['find party_keys', 'find party_keys', 'insert party_keys']);
    expect(await keys.signerFor(created)).toEqual(first);
  });

  it('reads the key on every signature when it is not the only writer', async () => {
    const shared = new PartyKeyService(monitored, fixedClock(new Date('2026-03-02T00:00:00Z')));
    const party = String(new Types.ObjectId());
    const signer = await keys.signerFor(party);
    finds.length = 0;
    expect(await shared.signerFor(party)).toEqual(signer);
    expect(await shared.signerFor(party)).toEqual(signer);
    expect(finds).toEqual(['find party_keys', 'find party_keys']);
  });
});
