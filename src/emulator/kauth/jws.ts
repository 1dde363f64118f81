/**
 * Compact RS256 JWS signing for id_tokens. Signs with `node:crypto` on libuv's thread pool: about
 * 1.5× the throughput of Web Crypto on Node 20, which matters for the token endpoint (one
 * signature per response). Keys are generated and published with jose; jose (and openid-client)
 * verify what this writes in the tests.
 *
 * @module
 */

import { KeyObject, sign } from 'node:crypto';
import type { SigningKey } from '../model/types.js';

const keyObjects = new WeakMap<CryptoKey, KeyObject>();

function keyObjectOf(key: CryptoKey): KeyObject {
  let keyObject = keyObjects.get(key);
  if (!keyObject) {
    keyObject = KeyObject.from(key);
    keyObjects.set(key, keyObject);
  }
  return keyObject;
}

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
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/**
 * Signs `payload` as a compact JWS with header `{"kid", "typ": "JWT", "alg": "RS256"}` (Kakao's
 * header order).
 *
 * @example
 * ```ts
 * declare const emulator: Emulator;
 * const jwt = await signRs256(await emulator.state.keys.current(), { sub: '1' });
 * ```
 */
export function signRs256(key: SigningKey, payload: Record<string, unknown>): Promise<string> {
  // Both segments are base64url, so the signing input is ASCII (latin1 encodes it fastest).
  const input = `${headerSegmentOf(key)}.${encodeSegment(payload)}`;
  return new Promise((resolve, reject) => {
    sign('sha256', Buffer.from(input, 'latin1'), keyObjectOf(key.privateKey), (error, signature) => {
      if (error) reject(error);
      else resolve(`${input}.${signature.toString('base64url')}`);
    });
  });
}
