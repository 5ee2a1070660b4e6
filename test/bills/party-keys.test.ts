import { Types } from 'mongoose';
import type { Connection } from 'mongoose';
import { fixedClock } from '../../server/clock';
import { PartyKeyService } from '../../server/bills/party-keys.service';
import { connectMongoose } from '../support/database';

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
