/**
 * Compact RS256 JWS for id_tokens, over an injected {@link JwsSigner}. The default signer is Web
 * Crypto (`crypto.subtle`), so the emulator core runs on any runtime; the Node binding injects a
 * `node:crypto` signer, which is faster on Node (see docs/emulator.md).
 *
 * @module
 */

import { encodeBase64Url } from './random.js';
import type { SigningKey } from './types.js';

/**
 * Computes the RS256 (RSASSA-PKCS1-v1_5 with SHA-256) signature of a JWS signing input and
 * returns it base64url-encoded without padding. `signingInput` is ASCII (two base64url segments
 * joined by a dot).
 */
export type JwsSigner = (privateKey: CryptoKey, signingInput: string) => Promise<string>;

const encoder = new TextEncoder();

/**
 * The web-standard signer: `crypto.subtle.sign`. Works on Node, Bun, Deno and Cloudflare Workers.
 *
 * @example
 * ```ts
 * declare const key: CryptoKey;
 * const signature: string = await webCryptoSigner(key, 'eyJhbGciOiJSUzI1NiJ9.e30');
 * ```
 */
export const webCryptoSigner: JwsSigner = async (privateKey, signingInput) => {
  const signature = await crypto.subtle.sign('RSASSA-PKCS1-v1_5', privateKey, encoder.encode(signingInput));
  return encodeBase64Url(new Uint8Array(signature));
};

/** The encoded protected header depends only on the key: encoded once per key. */
const headerSegments = new WeakMap<SigningKey, string>();

function headerSegmentOf(key: SigningKey): string {
  let segment = headerSegments.get(key);
  if (segment === undefined) {
    segment = encodeSegment({ kid: key.kid, typ: 'JWT', alg: 'RS256' });
    headerSegments.set(key, segment);
  }
  return segment;
}

function encodeSegment(value: unknown): string {
  return encodeBase64Url(encoder.encode(JSON.stringify(value)));
}

/**
 * Signs `payload` as a compact JWS with header `{"kid", "typ": "JWT", "alg": "RS256"}` (Kakao's
 * header order).
 *
 * @example
 * ```ts
 * declare const key: SigningKey;
 * const jwt = await signRs256(key, { sub: '1' }, webCryptoSigner);
 * ```
 */
export async function signRs256(
  key: SigningKey,
  payload: Record<string, unknown>,
  signer: JwsSigner,
): Promise<string> {
  const input = `${headerSegmentOf(key)}.${encodeSegment(payload)}`;
  return `${input}.${await signer(key.privateKey, input)}`;
}
