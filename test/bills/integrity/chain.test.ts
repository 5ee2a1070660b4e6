import { createPrivateKey, type JsonWebKey } from 'node:crypto';
import { decodeProtectedHeader } from 'jose';
import {
  documentChecksum,
  entryHash,
  generatePartyKeyPair,
  publicJwkOfKey,
  sealEntry,
  sha256Hex,
  verifyChain,
  type ChainEntry,
  type ChainVerification,
  type EntryFields,
  type EntrySigner,
  type PartyPublicJwk,
} from '../../../server/bills/integrity';

/** A fixed Ed25519 key from a 32-byte seed (PKCS#8 = fixed DER prefix + seed), so signatures are reproducible. */
function fixedParty(seedByte: number): { signer: EntrySigner; publicJwk: PartyPublicJwk } {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), Buffer.alloc(32, seedByte)]);
  const privateKeyPem = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).export({ format: 'pem', type: 'pkcs8' }).toString();
  const publicJwk = publicJwkOfKey(createPrivateKey(privateKeyPem));
  return { signer: { privateKeyPem, kid: publicJwk.kid }, publicJwk };
}

const parties = {
  'carrier-1': fixedParty(1),
  'shipper-1': fixedParty(2),
  'consignee-1': fixedParty(3),
  'bank-1': fixedParty(4),
};
type PartyId = keyof typeof parties;

const publicJwkOf = (partyId: string, kid: string): JsonWebKey | undefined => {
  const jwk = parties[partyId as PartyId]?.publicJwk;
  return jwk?.kid === kid ? jwk : undefined;
};
const partyOfKey = (kid: string): string | undefined =>
  Object.entries(parties).find(([, party]) => party.publicJwk.kid === kid)?.[0];

const document = {
  transportDocumentReference: 'YD-2026-000042',
  transportDocumentTypeCode: 'BOL',
  isToOrder: true,
  shipper: { partyName: 'Acme Exports' },
  consignmentItems: [{ descriptionOfGoods: ['Ceramic tiles'], HSCodes: ['690721'], cargoItems: [{ weight: 12000.5, weightUnit: 'KGM' }] }],
};
const checksum = documentChecksum(document);

const steps: Array<{ by: PartyId; fields: EntryFields }> = [
  {
    by: 'carrier-1',
    fields: { seq: 1, actionCode: 'ISSUE', actor: { partyId: 'carrier-1', role: 'CARRIER' }, recipient: 'shipper-1', at: '2026-03-01T08:00:00Z', payload: { documentChecksum: checksum } },
  },
  {
    by: 'shipper-1',
    fields: { seq: 2, actionCode: 'ENDORSE', actor: { partyId: 'shipper-1', role: 'HOLDER' }, recipient: 'consignee-1', at: '2026-03-02T09:30:00Z', payload: { endorsee: 'consignee-1' } },
  },
  {
    by: 'shipper-1',
    fields: { seq: 3, actionCode: 'TRANSFER', actor: { partyId: 'shipper-1', role: 'HOLDER' }, recipient: 'consignee-1', at: '2026-03-02T09:31:00Z', payload: { newHolder: 'consignee-1', note: 'paid' } },
  },
  {
    by: 'consignee-1',
    fields: { seq: 4, actionCode: 'SURRENDER_FOR_DELIVERY', actor: { partyId: 'consignee-1', role: 'HOLDER' }, recipient: 'carrier-1', at: '2026-03-20T14:00:00+08:00', payload: {} },
  },
];

async function sealChain(): Promise<ChainEntry[]> {
  const entries: ChainEntry[] = [];
  for (const step of steps) {
    const previous = entries.length === 0 ? checksum : entries[entries.length - 1].hash;
    entries.push(await sealEntry(previous, step.fields, parties[step.by].signer));
  }
  return entries;
}

let sealed: ChainEntry[];
beforeAll(async () => {
  sealed = await sealChain();
});
const copy = (): ChainEntry[] => structuredClone(sealed);
const verify = (entries: ChainEntry[], checksumToUse = checksum): Promise<ChainVerification> =>
  verifyChain(checksumToUse, entries, publicJwkOf, { partyOfKey });

describe('sealEntry', () => {
  it('hashes the canonical JSON of the content plus previousHash, the first link being the document checksum', () => {
    const first = sealed[0];
    expect(first.previousHash).toBe(checksum);
    expect(first.hash).toBe(
      sha256Hex(
        `{"actionCode":"ISSUE","actor":{"partyId":"carrier-1","role":"CARRIER"},"at":"2026-03-01T08:00:00Z",` +
          `"payload":{"documentChecksum":"${checksum}"},"previousHash":"${checksum}","recipient":"shipper-1","seq":1}`,
      ),
    );
    sealed.slice(1).forEach((entry, i) => expect(entry.previousHash).toBe(sealed[i].hash));
  });

  it('signs {"hash": …} as a compact EdDSA JWS with header { alg, kid, typ }', () => {
    const [header, payload] = sealed[2].signature.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toEqual({
      alg: 'EdDSA',
      kid: parties['shipper-1'].publicJwk.kid,
      typ: 'yidan-bill-entry+jws',
    });
    expect(Buffer.from(payload, 'base64url').toString('utf8')).toBe(`{"hash":"${sealed[2].hash}"}`);
  });

  it('is deterministic: the same inputs give the same hashes and (Ed25519) the same signatures', async () => {
    const again = await sealChain();
    expect(again).toEqual(sealed);
    expect(again.map((e) => e.signature)).toEqual(sealed.map((e) => e.signature));
    // Keys do not enter the hash: another key signs differently but hashes the same.
    const other = generatePartyKeyPair();
    const byOther = await sealEntry(checksum, steps[0].fields, { privateKeyPem: other.privateKeyPem, kid: other.publicJwk.kid });
    expect(byOther.hash).toBe(sealed[0].hash);
    expect(byOther.signature).not.toBe(sealed[0].signature);
  });

  it('keeps its own copy of the payload', async () => {
    const payload: Record<string, unknown> = { endorsee: 'consignee-1' };
    const entry = await sealEntry(checksum, { ...steps[1].fields, payload }, parties['shipper-1'].signer);
    payload.endorsee = 'bank-1';
    expect(entry.payload).toEqual({ endorsee: 'consignee-1' });
  });

  it('refuses bad input before signing', async () => {
    const signer = parties['carrier-1'].signer;
    const fields = steps[0].fields;
    await expect(sealEntry(checksum, fields, { ...signer, kid: parties['bank-1'].publicJwk.kid })).rejects.toThrow(/is not the thumbprint of the given private key/);
    await expect(sealEntry('abc', fields, signer)).rejects.toThrow(/previousHash must be 64 lower-case hex/);
    await expect(sealEntry(checksum, { ...fields, seq: 0 }, signer)).rejects.toThrow(/seq must be a positive integer/);
    await expect(sealEntry(checksum, { ...fields, at: '2026-03-01 08:00' }, signer)).rejects.toThrow(/at must be an ISO 8601 date-time with a zone/);
    await expect(sealEntry(checksum, { ...fields, at: '2026-02-30T08:00:00Z' }, signer)).rejects.toThrow(/at must be an ISO 8601/);
    await expect(sealEntry(checksum, { ...fields, actionCode: '' }, signer)).rejects.toThrow(/actionCode/);
    await expect(sealEntry(checksum, { ...fields, payload: { when: new Date() } }, signer)).rejects.toThrow(/^\$\.payload\.when: Date objects are not accepted/);
    await expect(sealEntry(checksum, { ...fields, payload: { amount: NaN } }, signer)).rejects.toThrow(TypeError);
  });
});

describe('verifyChain', () => {
  it('accepts the untouched 4-entry chain, and an empty one', async () => {
    await expect(verify(copy())).resolves.toEqual({ ok: true, entries: 4 });
    await expect(verify([])).resolves.toEqual({ ok: true, entries: 0 });
  });

  it('catches an edited payload field at that entry', async () => {
    const entries = copy();
    entries[2].payload.note = 'unpaid';
    await expect(verify(entries)).resolves.toEqual({
      ok: false,
      brokenAt: 3,
      reason: 'hash',
      message: 'entry 3 (TRANSFER by party shipper-1): the hash does not match its content — the entry was altered',
    });
  });

  it('catches an edited actor (party or role)', async () => {
    const party = copy();
    party[1].actor.partyId = 'bank-1';
    await expect(verify(party)).resolves.toMatchObject({ ok: false, brokenAt: 2, reason: 'hash', message: expect.stringMatching(/^entry 2 \(ENDORSE by party bank-1\): the hash does not match/) });
    const role = copy();
    role[3].actor.role = 'CARRIER';
    await expect(verify(role)).resolves.toMatchObject({ ok: false, brokenAt: 4, reason: 'hash' });
  });

  it('catches an edited recipient or timestamp', async () => {
    const recipient = copy();
    recipient[2].recipient = 'bank-1';
    await expect(verify(recipient)).resolves.toMatchObject({ ok: false, brokenAt: 3, reason: 'hash' });
    const at = copy();
    at[0].at = '2026-03-01T07:00:00Z';
    await expect(verify(at)).resolves.toMatchObject({ ok: false, brokenAt: 1, reason: 'hash' });
  });

  it('catches reordered entries, named where the order breaks', async () => {
    const entries = copy();
    [entries[1], entries[2]] = [entries[2], entries[1]];
    await expect(verify(entries)).resolves.toEqual({
      ok: false,
      brokenAt: 2,
      reason: 'sequence',
      message: 'entry 2: missing or out of order — found entry 3 (TRANSFER by party shipper-1) in its place',
    });
    // Renumbering to hide the swap breaks the links (and the hashes) instead.
    entries[1].seq = 2;
    entries[2].seq = 3;
    await expect(verify(entries)).resolves.toMatchObject({ ok: false, brokenAt: 2, reason: 'previous-hash' });
  });

  it('catches a removed entry, renumbered or not', async () => {
    const entries = copy();
    entries.splice(1, 1);
    await expect(verify(entries)).resolves.toMatchObject({ ok: false, brokenAt: 2, reason: 'sequence', message: expect.stringContaining('found entry 3 (TRANSFER by party shipper-1)') });
    entries[1].seq = 2;
    entries[2].seq = 3;
    await expect(verify(entries)).resolves.toEqual({
      ok: false,
      brokenAt: 2,
      reason: 'previous-hash',
      message: 'entry 2 (TRANSFER by party shipper-1): previousHash does not match the hash of entry 1 — the chain was cut or re-linked',
    });
  });

  it('catches a changed previousHash', async () => {
    const entries = copy();
    entries[2].previousHash = sha256Hex('something else');
    await expect(verify(entries)).resolves.toMatchObject({ ok: false, brokenAt: 3, reason: 'previous-hash' });
  });

  it('catches a changed document: the first entry no longer links to its checksum', async () => {
    const altered = documentChecksum({ ...document, isToOrder: false });
    await expect(verify(copy(), altered)).resolves.toEqual({
      ok: false,
      brokenAt: 1,
      reason: 'previous-hash',
      message: 'entry 1 (ISSUE by party carrier-1): previousHash does not match the document checksum fixed at issue — the document or the entry was altered',
    });
  });

  it("catches an entry signed with another party's key", async () => {
    const entries = copy();
    const { seq, actionCode, actor, recipient, at, payload } = entries[2];
    entries[2] = await sealEntry(entries[1].hash, { seq, actionCode, actor, recipient, at, payload }, parties['consignee-1'].signer);
    await expect(verify(entries)).resolves.toEqual({
      ok: false,
      brokenAt: 3,
      reason: 'signer',
      message: `entry 3 (TRANSFER by party shipper-1): signed with key ${parties['consignee-1'].publicJwk.kid} of party consignee-1, not by the acting party shipper-1`,
    });
    // Without an owner lookup the verifier can only say the key is not the actor's.
    await expect(verifyChain(checksum, entries, publicJwkOf)).resolves.toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'unknown-key',
      message: `entry 3 (TRANSFER by party shipper-1): no key ${parties['consignee-1'].publicJwk.kid} is registered for party shipper-1`,
    });
  });

  it("catches another party's signature claiming the actor's kid", async () => {
    const entries = copy();
    const { seq, actionCode, actor, recipient, at, payload } = entries[2];
    const forged = await sealEntry(entries[1].hash, { seq, actionCode, actor, recipient, at, payload }, parties['consignee-1'].signer);
    const [, body, sig] = forged.signature.split('.');
    const claimedHeader = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: parties['shipper-1'].publicJwk.kid, typ: 'yidan-bill-entry+jws' })).toString('base64url');
    entries[2] = { ...forged, signature: `${claimedHeader}.${body}.${sig}` };
    await expect(verify(entries)).resolves.toMatchObject({ ok: false, brokenAt: 3, reason: 'signature', message: expect.stringContaining('does not verify with party shipper-1') });
  });

  it('catches a key nobody registered', async () => {
    const stranger = generatePartyKeyPair();
    const entries = copy();
    const { seq, actionCode, actor, recipient, at, payload } = entries[3];
    entries[3] = await sealEntry(entries[2].hash, { seq, actionCode, actor, recipient, at, payload }, { privateKeyPem: stranger.privateKeyPem, kid: stranger.publicJwk.kid });
    await expect(verify(entries)).resolves.toMatchObject({ ok: false, brokenAt: 4, reason: 'unknown-key' });
  });

  it('catches a forged entry that was re-hashed (and re-linked) but not re-signed', async () => {
    const entries = copy();
    entries[1].payload.endorsee = 'bank-1';
    entries[1].recipient = 'bank-1';
    entries[1].hash = entryHash(entries[1]);
    for (let i = 2; i < entries.length; i++) {
      entries[i].previousHash = entries[i - 1].hash;
      entries[i].hash = entryHash(entries[i]);
    }
    await expect(verify(entries)).resolves.toEqual({
      ok: false,
      brokenAt: 2,
      reason: 'signature',
      message: 'entry 2 (ENDORSE by party shipper-1): the signature is valid but signs a different hash — the entry was changed and re-hashed without being re-signed',
    });
  });

  it("catches a signature moved from another entry of the same signer", async () => {
    const entries = copy();
    entries[2].signature = entries[1].signature;
    await expect(verify(entries)).resolves.toMatchObject({ ok: false, brokenAt: 3, reason: 'signature', message: expect.stringContaining('signs a different hash') });
  });

  it('catches a tampered or malformed JWS and a header that is not exactly { alg, kid, typ }', async () => {
    const bitFlip = copy();
    const [h, p, s] = bitFlip[0].signature.split('.');
    const sigBytes = Buffer.from(s, 'base64url');
    sigBytes[0] ^= 1;
    bitFlip[0].signature = `${h}.${p}.${sigBytes.toString('base64url')}`;
    await expect(verify(bitFlip)).resolves.toMatchObject({ ok: false, brokenAt: 1, reason: 'signature' });

    const garbage = copy();
    garbage[1].signature = 'not-a-jws';
    await expect(verify(garbage)).resolves.toMatchObject({ ok: false, brokenAt: 2, reason: 'signature', message: expect.stringContaining('not a well-formed compact JWS') });

    const extraHeader = copy();
    const embedded = Buffer.from(
      JSON.stringify({ ...decodeProtectedHeader(extraHeader[0].signature), jwk: parties['carrier-1'].publicJwk }),
    ).toString('base64url');
    extraHeader[0].signature = `${embedded}.${p}.${s}`;
    await expect(verify(extraHeader)).resolves.toMatchObject({ ok: false, brokenAt: 1, reason: 'signature', message: expect.stringContaining('must be exactly') });
  });

  it('reports content that cannot be hashed as a broken hash, not a crash', async () => {
    const entries = copy();
    (entries[3].payload as Record<string, unknown>).x = undefined;
    await expect(verify(entries)).resolves.toMatchObject({ ok: false, brokenAt: 4, reason: 'hash', message: expect.stringContaining('$.payload.x: undefined') });
  });

  it('stops at the first broken entry when several are', async () => {
    const entries = copy();
    entries[3].payload.extra = true;
    entries[1].at = '2026-03-02T09:30:01Z';
    await expect(verify(entries)).resolves.toMatchObject({ ok: false, brokenAt: 2, reason: 'hash' });
  });
});
