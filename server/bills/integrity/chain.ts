import type { KeyObject } from 'node:crypto';
import { CompactSign } from 'jose';
import { canonicalJson, sha256Hex } from './canonical';
import { privateKeyFromPem, publicJwkOfKey } from './keys';
import type { ChainEntry } from '../../models/bill.model';

export type { ChainEntry };

export type EntryFields = Pick<ChainEntry, 'seq' | 'actionCode' | 'actor' | 'recipient' | 'at' | 'payload'>;

export interface EntrySigner {
  privateKeyPem: string;
  /** Must be the RFC 7638 thumbprint of the key's public half (checked when sealing). */
  kid: string;
}

export const ENTRY_JWS_ALG = 'EdDSA';
export const ENTRY_JWS_TYP = 'yidan-bill-entry+jws';

const SHA256_HEX = /^[0-9a-f]{64}$/;
// Calendar date, time to at least the second, optional fraction, and a zone: what a server
// should record, and unambiguous to re-read. Not every ISO 8601 form (week dates, local times).
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isIsoInstant(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const match = ISO_INSTANT.exec(text);
  if (!match || Number.isNaN(Date.parse(text))) return false;
  // Date.parse rolls 2026-02-30 over to March; the calendar has to be checked by hand.
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The content each entry's hash covers, in one place so sealing and verifying cannot drift. */
export function entryHash(fields: EntryFields & { previousHash: string }): string {
  const { seq, actionCode, actor, recipient, at, payload, previousHash } = fields;
  return sha256Hex(canonicalJson({ seq, actionCode, actor, recipient, at, payload, previousHash }));
}

/** The exact text the entry's JWS signs. */
export function signedStatement(hash: string): string {
  return canonicalJson({ hash });
}

export async function sealEntry(previousHash: string, fields: EntryFields, signer: EntrySigner): Promise<ChainEntry> {
  assertSealable(previousHash, fields);
  const { privateKey, kid: ownKid } = parsedSigningKey(signer.privateKeyPem);
  if (signer.kid !== ownKid) {
    throw new TypeError(`signer kid ${signer.kid} is not the thumbprint of the given private key (${ownKid})`);
  }
  const entryFields: EntryFields = {
    seq: fields.seq,
    actionCode: fields.actionCode,
    actor: { partyId: fields.actor.partyId, role: fields.actor.role },
    recipient: fields.recipient,
    at: fields.at,
    payload: fields.payload,
  };
  // Hashing first also validates the payload, so bad input fails with a TypeError naming the path.
  const hash = entryHash({ ...entryFields, previousHash });
  // A copy, so a caller mutating its object afterwards cannot make the sealed entry lie.
  entryFields.payload = structuredClone(fields.payload);
  const signature = await new CompactSign(new TextEncoder().encode(signedStatement(hash)))
    .setProtectedHeader({ alg: ENTRY_JWS_ALG, kid: signer.kid, typ: ENTRY_JWS_TYP })
    .sign(privateKey);
  return { ...entryFields, previousHash, hash, signature };
}

/**
 * Parsing a PEM and deriving its thumbprint cost more than signing; a simulation seals thousands
 * of entries with a handful of party keys, so parsed keys are kept (bounded, keyed by the PEM).
 */
const parsedKeys = new Map<string, { privateKey: KeyObject; kid: string }>();
const MAX_PARSED_KEYS = 256;

function parsedSigningKey(pem: string): { privateKey: KeyObject; kid: string } {
  let parsed = parsedKeys.get(pem);
  if (!parsed) {
    const privateKey = privateKeyFromPem(pem);
    parsed = { privateKey, kid: publicJwkOfKey(privateKey).kid };
    if (parsedKeys.size >= MAX_PARSED_KEYS) parsedKeys.clear();
    parsedKeys.set(pem, parsed);
  }
  return parsed;
}

function assertSealable(previousHash: string, fields: EntryFields): void {
  if (!SHA256_HEX.test(previousHash)) {
    throw new TypeError('previousHash must be 64 lower-case hex characters (a SHA-256)');
  }
  if (!Number.isSafeInteger(fields.seq) || fields.seq < 1) {
    throw new TypeError(`seq must be a positive integer, got ${String(fields.seq)}`);
  }
  if (typeof fields.actionCode !== 'string' || fields.actionCode === '') {
    throw new TypeError('actionCode must be a non-empty string');
  }
  if (typeof fields.actor?.partyId !== 'string' || fields.actor.partyId === '' || typeof fields.actor.role !== 'string') {
    throw new TypeError('actor must have a non-empty partyId and a role');
  }
  if (fields.recipient !== null && typeof fields.recipient !== 'string') {
    throw new TypeError('recipient must be a party id or null');
  }
  if (!isIsoInstant(fields.at)) {
    throw new TypeError(`at must be an ISO 8601 date-time with a zone, got ${String(fields.at)}`);
  }
  if (typeof fields.payload !== 'object' || fields.payload === null || Array.isArray(fields.payload)) {
    throw new TypeError('payload must be a plain object');
  }
}
