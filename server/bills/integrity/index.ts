/**
 * Tamper evidence for the digital bill: canonical hashing (RFC 8785 + SHA-256), party keys
 * (Ed25519 JWK with RFC 7638 kid), sealed history entries (compact JWS) and chain verification.
 * Pure functions: no storage, no clock.
 */
export { canonicalJson, documentChecksum, sha256Hex } from './canonical';
export {
  ed25519JwkThumbprint,
  generatePartyKeyPair,
  privateKeyFromPem,
  publicJwkOfKey,
  publicKeyFromJwk,
  type PartyKeyPair,
  type PartyPublicJwk,
} from './keys';
export {
  ENTRY_JWS_ALG,
  ENTRY_JWS_TYP,
  entryHash,
  sealEntry,
  signedStatement,
  type ChainEntry,
  type EntryFields,
  type EntrySigner,
} from './chain';
export {
  verifyChain,
  type ChainBreakReason,
  type ChainVerification,
  type PublicJwkLookup,
  type VerifyChainOptions,
} from './verify';
