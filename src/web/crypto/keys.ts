/**
 * Keys derived from the app's secrets (newest first), one set per purpose, so a cookie sealed for
 * one purpose (a login transaction) can never be opened as another (a session).
 *
 * @module
 */
import { base64url } from '../../client/index.js';

/** One derived key and the id written in the `kid` header of what it sealed. */
export interface DerivedKey {
  readonly kid: string;
  readonly key: CryptoKey;
}

const encoder = new TextEncoder();

/**
 * Derives an AES-256-GCM key per secret with HKDF-SHA-256 (`info` = purpose). The first key seals;
 * every key opens, so a new secret can be put first while cookies sealed with the old one still open.
 *
 * @example
 * ```ts
 * const keys = await deriveKeys(['a-secret-of-at-least-32-characters!!'], 'session');
 * ```
 */
export async function deriveKeys(secrets: readonly string[], purpose: string): Promise<DerivedKey[]> {
  return Promise.all(secrets.map((secret) => deriveKey(secret, purpose)));
}

async function deriveKey(secret: string, purpose: string): Promise<DerivedKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: encoder.encode('kakao-oauth/web'), info: encoder.encode(purpose) },
    material,
    256,
  );
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bits));
  const key = await crypto.subtle.importKey('raw', bits, 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { kid: base64url(digest.subarray(0, 9)), key };
}
