import type { JsonWebKey, KeyObject } from 'node:crypto';
import { compactVerify, decodeProtectedHeader, type ProtectedHeaderParameters } from 'jose';
import { ENTRY_JWS_ALG, ENTRY_JWS_TYP, entryHash, signedStatement, type ChainEntry } from './chain';
import { ed25519JwkThumbprint, publicKeyFromJwk } from './keys';

export type ChainBreakReason = 'sequence' | 'previous-hash' | 'hash' | 'signature' | 'unknown-key' | 'signer';

export type ChainVerification =
  | { ok: true; entries: number }
  | {
      ok: false;
      /** Seq of the first entry that cannot be trusted; entries 1..brokenAt-1 verified. */
      brokenAt: number;
      reason: ChainBreakReason;
      message: string;
    };

export type PublicJwkLookup = (partyId: string, kid: string) => JsonWebKey | undefined;

export interface VerifyChainOptions {
  /**
   * Who owns a key id, if anyone. Only used to tell a signature by another party ('signer') from
   * one by a key nobody registered ('unknown-key'); without it both are 'unknown-key'.
   */
  partyOfKey?: (kid: string) => string | undefined;
}

type Break = Omit<Extract<ChainVerification, { ok: false }>, 'ok'>;

/**
 * Recomputes a bill's history from the document checksum fixed at issue and stops at the first
 * entry that does not hold, naming it. Per entry, in this order: its seq is its position (1..n);
 * previousHash links to the checksum (entry 1) or the previous entry's hash; hash matches the
 * content; the JWS header is { alg EdDSA, kid, typ }, kid is a key of the actor, the JWS verifies
 * with that key, and it signs exactly `{"hash":"<this entry's hash>"}`.
 *
 * Not detected here: removal of trailing entries (compare the head hash or count with what the
 * bill record holds) and whether an action was allowed (the lifecycle's job).
 */
export async function verifyChain(
  documentChecksum: string,
  entries: ChainEntry[],
  publicJwkOf: PublicJwkLookup,
  options: VerifyChainOptions = {},
): Promise<ChainVerification> {
  let expectedPrevious = documentChecksum;
  for (let i = 0; i < entries.length; i++) {
    const found = await checkEntry(entries[i], i + 1, expectedPrevious, publicJwkOf, options);
    if (found) return { ok: false, ...found };
    expectedPrevious = entries[i].hash;
  }
  return { ok: true, entries: entries.length };
}

async function checkEntry(
  entry: ChainEntry,
  position: number,
  expectedPrevious: string,
  publicJwkOf: PublicJwkLookup,
  options: VerifyChainOptions,
): Promise<Break | undefined> {
  const name = describe(entry);
  const broken = (reason: ChainBreakReason, why: string): Break => ({
    brokenAt: position,
    reason,
    message: `entry ${position} (${name}): ${why}`,
  });

  if (entry.seq !== position) {
    return {
      brokenAt: position,
      reason: 'sequence',
      message: `entry ${position}: missing or out of order — found entry ${String(entry.seq)} (${name}) in its place`,
    };
  }

  if (entry.previousHash !== expectedPrevious) {
    return broken(
      'previous-hash',
      position === 1
        ? 'previousHash does not match the document checksum fixed at issue — the document or the entry was altered'
        : `previousHash does not match the hash of entry ${position - 1} — the chain was cut or re-linked`,
    );
  }

  let recomputed: string;
  try {
    recomputed = entryHash(entry);
  } catch (error) {
    return broken('hash', `its content cannot be hashed (${(error as Error).message}) — the entry is malformed`);
  }
  if (entry.hash !== recomputed) {
    return broken('hash', 'the hash does not match its content — the entry was altered');
  }

  let header: ProtectedHeaderParameters;
  try {
    header = decodeProtectedHeader(entry.signature);
  } catch {
    return broken('signature', 'the signature is not a well-formed compact JWS');
  }
  const members = Object.keys(header).sort().join(',');
  if (header.alg !== ENTRY_JWS_ALG || header.typ !== ENTRY_JWS_TYP || typeof header.kid !== 'string' || members !== 'alg,kid,typ') {
    return broken(
      'signature',
      `the signature header must be exactly { alg: ${ENTRY_JWS_ALG}, kid, typ: ${ENTRY_JWS_TYP} }, got ${JSON.stringify(header)}`,
    );
  }
  const kid = header.kid;
  const partyId: unknown = entry.actor?.partyId;
  if (typeof partyId !== 'string' || partyId === '') {
    return broken('signer', 'the entry names no acting party, so no signature can be attributed');
  }

  const jwk = publicJwkOf(partyId, kid);
  if (jwk === undefined) {
    const owner = options.partyOfKey?.(kid);
    if (owner !== undefined && owner !== partyId) {
      return broken('signer', `signed with key ${kid} of party ${owner}, not by the acting party ${partyId}`);
    }
    return broken('unknown-key', `no key ${kid} is registered for party ${partyId}`);
  }
  let key: KeyObject;
  try {
    if (ed25519JwkThumbprint(jwk) !== kid) {
      return broken('unknown-key', `the key registered for party ${partyId} as ${kid} has a different thumbprint`);
    }
    key = publicKeyFromJwk(jwk);
  } catch (error) {
    return broken('unknown-key', `the key registered for party ${partyId} as ${kid} is unusable (${(error as Error).message})`);
  }

  let signed: Uint8Array;
  try {
    signed = (await compactVerify(entry.signature, key, { algorithms: [ENTRY_JWS_ALG] })).payload;
  } catch {
    return broken('signature', `the signature does not verify with party ${partyId}'s key ${kid} — it was made with another key or altered`);
  }
  if (new TextDecoder().decode(signed) !== signedStatement(entry.hash)) {
    return broken('signature', 'the signature is valid but signs a different hash — the entry was changed and re-hashed without being re-signed');
  }
  return undefined;
}

function describe(entry: ChainEntry): string {
  const action = typeof entry?.actionCode === 'string' ? entry.actionCode : 'unknown action';
  const party = typeof entry?.actor?.partyId === 'string' ? entry.actor.partyId : 'unknown';
  return `${action} by party ${party}`;
}
