import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

/**
 * Party signing keys for the bill's history: Ed25519 only (JWS alg `EdDSA`). Ed25519 signatures
 * are deterministic, so the same entry sealed twice gives the same JWS, which keeps fixtures and
 * tests stable; ES256 would not.
 */
export type PartyPublicJwk = JsonWebKey & {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
};

export interface PartyKeyPair {
  publicJwk: PartyPublicJwk;
  /** PKCS#8 PEM. Whoever stores it decides how it is protected; this module never persists it. */
  privateKeyPem: string;
}

export function generatePartyKeyPair(): PartyKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicJwk: publicJwkOfKey(publicKey),
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

/**
 * RFC 7638 thumbprint (SHA-256, base64url) of an Ed25519 public JWK: the hash of the required
 * members only, in lexicographic order, so `kid`, `alg` and `use` never change it.
 */
export function ed25519JwkThumbprint(jwk: { crv?: string; kty?: string; x?: string }): string {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string' || jwk.x === '') {
    throw new TypeError('expected an Ed25519 public JWK (kty OKP, crv Ed25519, x)');
  }
  // Written out rather than via canonicalJson: RFC 7638 fixes exactly this form.
  const required = `{"crv":${JSON.stringify(jwk.crv)},"kty":${JSON.stringify(jwk.kty)},"x":${JSON.stringify(jwk.x)}}`;
  return createHash('sha256').update(required, 'utf8').digest('base64url');
}

/** The public JWK (with `kid` = its thumbprint) of an Ed25519 public or private key. */
export function publicJwkOfKey(key: KeyObject): PartyPublicJwk {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  assertEd25519(publicKey, 'key');
  const exported = publicKey.export({ format: 'jwk' });
  const x = exported.x;
  if (typeof x !== 'string') throw new TypeError('Ed25519 key exported without x');
  return { kty: 'OKP', crv: 'Ed25519', x, kid: ed25519JwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x }), alg: 'EdDSA', use: 'sig' };
}

/**
 * An Ed25519 public key from its JWK. Refuses other key types and JWKs carrying private
 * material (`d`): a public-key registry holding a private key is a leak, not a lookup.
 */
export function publicKeyFromJwk(jwk: JsonWebKey): KeyObject {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519') {
    throw new TypeError(`expected an Ed25519 JWK (kty OKP, crv Ed25519), got kty ${String(jwk.kty)} crv ${String(jwk.crv)}`);
  }
  if ('d' in jwk) {
    throw new TypeError('a public JWK must not carry private material (d)');
  }
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  assertEd25519(key, 'JWK');
  return key;
}

/** An Ed25519 private key from PKCS#8 PEM. */
export function privateKeyFromPem(pem: string): KeyObject {
  const key = createPrivateKey({ key: pem, format: 'pem' });
  assertEd25519(key, 'PEM');
  return key;
}

function assertEd25519(key: KeyObject, what: string): void {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(`expected an Ed25519 ${what}, got ${String(key.asymmetricKeyType)}`);
  }
}
