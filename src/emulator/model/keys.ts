/**
 * RS256 signing keys for id_tokens, published as JWKS (spec §7.2). Generated lazily with Web
 * Crypto (`crypto.subtle`, on every runtime); rotatable. Kakao normally publishes more than one
 * key, so a rotation keeps the previous key published by default.
 *
 * @module
 */

import { randomHex } from './random.js';
import type { SigningKey } from './types.js';

const RS256_KEY: RsaHashedKeyGenParams = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};

/**
 * Generates one RSA-2048 RS256 key with a 30-hex-character `kid`.
 *
 * @example
 * ```ts
 * const { kid, publicJwk } = await generateSigningKey();
 * ```
 */
export async function generateSigningKey(): Promise<SigningKey> {
  const { privateKey, publicKey } = await crypto.subtle.generateKey(RS256_KEY, true, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', publicKey);
  const kid = randomHex(30);
  if (!jwk.n || !jwk.e) throw new Error('RSA key export produced no modulus/exponent');
  return { kid, privateKey, publicJwk: { kty: 'RSA', kid, alg: 'RS256', use: 'sig', n: jwk.n, e: jwk.e } };
}

/** The keys of one emulator: `current()` signs, `published()` is the JWKS. */
export interface SigningKeyRing {
  /** The key that signs new id_tokens (generated on first use). */
  current(): Promise<SigningKey>;
  /** Every published key, newest first. */
  published(): Promise<SigningKey[]>;
  /**
   * Makes a new key current. `retain` older keys stay published (default 1), the rest are dropped:
   * id_tokens signed with a dropped key no longer verify.
   */
  rotate(retain?: number): Promise<SigningKey>;
}

/**
 * Creates a key ring. Pass `initial` keys to skip generation (tests that create many emulators).
 *
 * @example
 * ```ts
 * const ring = createKeyRing();
 * const { kid } = await ring.current();
 * ```
 */
export function createKeyRing(initial?: SigningKey[]): SigningKeyRing {
  let keys: Promise<SigningKey[]> | undefined = initial?.length ? Promise.resolve([...initial]) : undefined;
  const published = () => {
    keys ??= generateSigningKey().then((k) => [k]);
    return keys;
  };
  return {
    published,
    current: async () => (await published())[0]!,
    async rotate(retain = 1) {
      const fresh = await generateSigningKey();
      const old = await published();
      keys = Promise.resolve([fresh, ...old.slice(0, Math.max(0, retain))]);
      return fresh;
    },
  };
}
