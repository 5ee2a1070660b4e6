import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { CompactSign, calculateJwkThumbprint } from 'jose';
import {
  ed25519JwkThumbprint,
  generatePartyKeyPair,
  privateKeyFromPem,
  publicJwkOfKey,
  publicKeyFromJwk,
} from '../../../server/bills/integrity';

// RFC 8037 Appendix A.1-A.4: the Ed25519 example key, its RFC 7638 thumbprint and the JWS
// of "Example of Ed25519 signing" with header {"alg":"EdDSA"}.
const RFC8037 = {
  d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
  x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
  thumbprint: 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k',
  jws:
    'eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.' +
    'hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg',
};

describe('party keys', () => {
  it('generates an Ed25519 pair: public JWK with kid = RFC 7638 thumbprint, private key as PKCS#8 PEM', async () => {
    const pair = generatePartyKeyPair();
    expect(pair.publicJwk).toEqual({ kty: 'OKP', crv: 'Ed25519', x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), kid: expect.any(String), alg: 'EdDSA', use: 'sig' });
    expect(pair.publicJwk).not.toHaveProperty('d');
    expect(pair.publicJwk.kid).toBe(await calculateJwkThumbprint(pair.publicJwk, 'sha256'));
    expect(pair.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    expect(publicJwkOfKey(privateKeyFromPem(pair.privateKeyPem))).toEqual(pair.publicJwk);
    expect(publicKeyFromJwk(pair.publicJwk).asymmetricKeyType).toBe('ed25519');
  });

  it('gives each party its own key', () => {
    expect(generatePartyKeyPair().publicJwk.kid).not.toBe(generatePartyKeyPair().publicJwk.kid);
  });

  it('computes the RFC 8037 A.3 thumbprint, ignoring kid/alg/use', () => {
    expect(ed25519JwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: RFC8037.x })).toBe(RFC8037.thumbprint);
    const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: RFC8037.d, x: RFC8037.x }, format: 'jwk' });
    expect(publicJwkOfKey(key)).toEqual({ kty: 'OKP', crv: 'Ed25519', x: RFC8037.x, kid: RFC8037.thumbprint, alg: 'EdDSA', use: 'sig' });
  });

  it('signs deterministically: the RFC 8037 A.4 example JWS comes out byte for byte', async () => {
    const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: RFC8037.d, x: RFC8037.x }, format: 'jwk' });
    const pem = key.export({ format: 'pem', type: 'pkcs8' }).toString();
    const jws = await new CompactSign(new TextEncoder().encode('Example of Ed25519 signing'))
      .setProtectedHeader({ alg: 'EdDSA' })
      .sign(privateKeyFromPem(pem));
    expect(jws).toBe(RFC8037.jws);
  });

  it('refuses other key types and public JWKs carrying private material', () => {
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => privateKeyFromPem(ec.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString())).toThrow(/expected an Ed25519 PEM, got ec/);
    expect(() => publicKeyFromJwk(ec.publicKey.export({ format: 'jwk' }))).toThrow(/expected an Ed25519 JWK/);
    expect(() => publicJwkOfKey(ec.publicKey)).toThrow(/expected an Ed25519 key/);
    expect(() => publicKeyFromJwk({ kty: 'OKP', crv: 'Ed25519', x: RFC8037.x, d: RFC8037.d })).toThrow(/must not carry private material/);
    expect(() => ed25519JwkThumbprint({ kty: 'EC', crv: 'P-256', x: 'abc' })).toThrow(TypeError);
  });
});
